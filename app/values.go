package app

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"scaleroom/workshop"
)

// Mode labels for the mode picker: the words the PDF uses too, in the
// language in use.
func modeNamedLabel() string { return workshop.ModeNamed.Label() }
func modeTallyLabel() string { return workshop.ModeTally.Label() }

// ValuesScreen runs "Values: disagree and commit": the list of values, the
// response grid (or the hand tally), the whole-room view and the live
// results for the selected value.
type ValuesScreen struct {
	ed     *Editor
	stepID string

	// Selected is the index of the value shown; Cursor the participant (named
	// mode) or scale level (tally mode) the keys act on.
	Selected int
	Cursor   int
	// last is the participant whose level was recorded most recently, so a
	// commitment key right after a level key applies to them and not to the
	// next person the cursor moved on to; -1 when the cursor was moved by
	// hand.
	last int

	// The step's controls pass recording keys on to the grid (keyroute.go).
	ScaleSelect *routedSelect
	// PassSelect picks the pass rule among workshop.PassRules of the scale.
	PassSelect *routedSelect
	ModePicker *routedSelect // named responses or a show of hands
	ValueList  *routedList
	AddButton  *widget.Button
	EditButton *widget.Button
	RemoveBtn  *widget.Button
	ValueTitle *widget.Label
	ValueDesc  *widget.Label
	Tabs       *container.AppTabs
	Grid       *keyList // named responses, one row per participant
	Tally      *keyList // hands per level
	Room       *routedTable
	Empty      *widget.Label // why the grid is empty, when it is
	Bar        *DistributionBar
	Counts     *widget.Label
	Summary    *widget.Label
	Verdict    *widget.Label
	Keys       *widget.Label
	Feedback   *widget.Label // what the last key did
	// OnShowValue hears the ID of the value shown whenever it is shown,
	// "" when there is none; the session window tells the projector.
	OnShowValue func(valueID string)

	keys keyRoute // delivers keys typed elsewhere in the step to the grid
	// pendingNotes are notes typed for someone before their level, by
	// value and participant (see setNote).
	pendingNotes map[string]string
	gridRows     rowsOf[*gridRow]
	tallyRows    rowsOf[*tallyRow]
	valueRows    rowsOf[*valueRow]
	binding      bool // rows are being filled from the model: ignore their callbacks
	responses    *fyne.Container
	footer       *fyne.Container // Feedback and Keys, shown in the navigation bar
	verdictLine  *fyne.Container // Verdict beside Bar
	header       *fyne.Container
	middle       *fyne.Container
	root         fyne.CanvasObject
}

// NewValuesScreen builds the values screen for a step.
func NewValuesScreen(ed *Editor, stepID string) *ValuesScreen {
	v := &ValuesScreen{ed: ed, stepID: stepID, last: -1,
		gridRows: rowsOf[*gridRow]{}, tallyRows: rowsOf[*tallyRow]{}, valueRows: rowsOf[*valueRow]{}}
	v.build()
	v.Refresh()
	return v
}

// Exercise is the step's exercise; it finds the step each time because
// steps can be reordered or replaced.
func (v *ValuesScreen) Exercise() *workshop.ValuesExercise {
	st := v.ed.Session.Step(v.stepID)
	if st == nil {
		return nil
	}
	st.EnsureExercise()
	return st.Values
}

// Value is the selected value, or nil when there are none.
func (v *ValuesScreen) Value() *workshop.Value {
	ex := v.Exercise()
	if ex == nil || v.Selected < 0 || v.Selected >= len(ex.Values) {
		return nil
	}
	return &ex.Values[v.Selected]
}

// ValueID is the selected value's ID, "" when there are no values.
func (v *ValuesScreen) ValueID() string {
	if val := v.Value(); val != nil {
		return val.ID
	}
	return ""
}

func (v *ValuesScreen) scale() workshop.Scale { return v.Exercise().ScaleOrDefault() }

func (v *ValuesScreen) tally() bool { return v.Exercise().Mode == workshop.ModeTally }

// Object is the screen's root.
func (v *ValuesScreen) Object() fyne.CanvasObject { return v.root }

// FocusFirst gives the keyboard to the grid (or tally), so the facilitator
// can start recording as soon as the step opens.
func (v *ValuesScreen) FocusFirst() {
	if v.Tabs.SelectedIndex() != 0 {
		v.Tabs.SelectIndex(0) // the grid cannot take the keyboard while hidden
	}
	target := v.Grid
	if v.tally() {
		target = v.Tally
	}
	v.ed.Window.Canvas().Focus(target)
}

func (v *ValuesScreen) build() {
	left := v.buildValues()

	v.ValueTitle = widget.NewLabel("")
	v.ValueTitle.TextStyle.Bold = true
	v.ValueTitle.Truncation = fyne.TextTruncateEllipsis
	v.ValueDesc = widget.NewLabel("")
	v.ValueDesc.Wrapping = fyne.TextWrapWord

	v.buildGrid()
	v.buildTally()
	v.buildRoom()
	v.Empty = widget.NewLabel("")
	v.Empty.Wrapping = fyne.TextWrapWord
	v.Empty.Alignment = fyne.TextAlignCenter
	v.Keys = widget.NewLabel("")
	v.Keys.Wrapping = fyne.TextWrapWord
	v.Keys.SizeName = theme.SizeNameCaptionText
	v.Feedback = widget.NewLabel("")
	v.responses = container.NewStack()
	v.Feedback.TextStyle.Bold = true
	// What the last key did sits beside the key help, one line for both,
	// in the window's navigation bar (see Footer), so the grid keeps the
	// height: every line is a person in the room.
	v.Keys.Wrapping = fyne.TextWrapOff
	v.Keys.Truncation = fyne.TextTruncateEllipsis
	v.Feedback.Truncation = fyne.TextTruncateEllipsis
	v.footer = container.New(&columns{widths: []float32{230}}, v.Feedback, v.Keys)
	responses := v.responses

	v.Tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(lang.L("Responses"), theme.ListIcon(), responses),
		container.NewTabItemWithIcon(lang.L("Whole room"), theme.GridIcon(), v.Room),
	)
	// Tabs down the side: a laptop screen has width to spare beside the
	// grid, and every pixel of height is a person in the room.
	v.Tabs.SetTabLocation(container.TabLocationLeading)
	v.Tabs.OnSelected = func(*container.TabItem) {
		if v.Tabs.SelectedIndex() == 0 {
			v.FocusFirst()
		} else {
			v.Room.Refresh()
		}
	}

	results := v.buildResults()
	v.header = container.NewVBox(newLeadLine(v.ValueTitle, v.ValueDesc, 0.45), results)
	v.middle = container.NewBorder(v.header, nil, nil, nil, v.Tabs)
	outer := container.NewHSplit(left, container.NewPadded(v.middle))
	outer.Offset = 0.24
	v.root = outer
}

// valueRow is one value in the list: whether it passes, its name and how
// many have answered.
type valueRow struct {
	icon  *widget.Icon
	name  *widget.Label
	count *widget.Label
}

func (v *ValuesScreen) newValueRow() fyne.CanvasObject {
	r := &valueRow{icon: widget.NewIcon(theme.RadioButtonIcon()), name: widget.NewLabel("Value name"), count: widget.NewLabel("12/12")}
	r.name.Truncation = fyne.TextTruncateEllipsis
	return v.valueRows.keep(container.NewBorder(nil, nil, r.icon, r.count, r.name), r)
}

func (v *ValuesScreen) updateValueRow(id widget.ListItemID, o fyne.CanvasObject) {
	ex, r := v.Exercise(), v.valueRows[o]
	if r == nil || id >= len(ex.Values) {
		return
	}
	sc := ex.ScaleOrDefault()
	res := workshop.AnalyseValue(&sc, ex.Mode, &ex.Values[id], v.ed.Session.Participants)
	relabel(r.name, ex.Values[id].Name)
	count := strconv.Itoa(res.Responded)
	if ex.Mode != workshop.ModeTally {
		count += "/" + strconv.Itoa(len(v.ed.Session.Participants))
	}
	relabel(r.count, count)
	switch {
	case res.Responded == 0:
		r.icon.SetResource(theme.RadioButtonIcon())
	case res.Passes:
		r.icon.SetResource(theme.NewSuccessThemedResource(theme.ConfirmIcon()))
	default:
		r.icon.SetResource(theme.NewErrorThemedResource(theme.CancelIcon()))
	}
}

// buildValues makes the left column: the values, their buttons, and the
// scale and mode of the round.
func (v *ValuesScreen) buildValues() fyne.CanvasObject {
	names := []string{}
	for _, sc := range workshop.Scales() {
		names = append(names, sc.Name)
	}
	v.keys = v.recordingKeys()
	keys := v.keys
	v.ScaleSelect = newRoutedSelect(names, v.thenRecord(func(name string) {
		if v.binding {
			return
		}
		v.changeScale(name)
	}), keys)
	v.PassSelect = newRoutedSelect(nil, v.thenRecord(func(label string) {
		if v.binding {
			return
		}
		v.changePass(label)
	}), keys)
	v.ModePicker = newRoutedSelect([]string{modeNamedLabel(), modeTallyLabel()}, v.thenRecord(func(s string) {
		if v.binding {
			return
		}
		mode := workshop.ModeNamed
		if s == modeTallyLabel() {
			mode = workshop.ModeTally
		}
		if ex := v.Exercise(); ex.Mode != mode {
			v.askMode(mode)
		}
	}), keys)

	v.ValueList = newRoutedList(
		func() int { return len(v.Exercise().Values) },
		v.newValueRow,
		v.updateValueRow,
		keys,
	)
	v.ValueList.OnSelected = func(id widget.ListItemID) {
		if v.binding {
			return
		}
		if id != v.Selected {
			v.SelectValue(id)
		}
		v.FocusFirst()
	}
	v.AddButton = widget.NewButtonWithIcon(lang.L("Add"), theme.ContentAddIcon(), v.AskAddValue)
	// Keyed apart from the Edit menu, which French calls "Édition".
	v.EditButton = widget.NewButtonWithIcon(lang.X("values.edit", "Edit"), theme.DocumentCreateIcon(), v.AskEditValue)
	v.RemoveBtn = widget.NewButtonWithIcon("", theme.DeleteIcon(), v.RemoveSelected)
	// The buttons wrap onto a second row when their words are long (German
	// "Hinzufügen", "Bearbeiten"), rather than widen the column.
	valueButtons := newFlowRow(v.AddButton, v.EditButton, v.RemoveBtn)
	// Scale and mode are set once per round, so they live under the list
	// and leave the height of the screen to the grid.
	// The column is as wide as the pickers' chosen words (a select is as
	// narrow as its placeholder, and cuts the rest), up to a width that
	// leaves the grid its room on the smallest window.
	settings := container.New(&widerFor{inner: layout.NewVBoxLayout(), width: func() float32 {
		w := float32(0)
		for _, s := range []*routedSelect{v.ScaleSelect, v.PassSelect, v.ModePicker} {
			w = max(w, selectFor(s.Selected))
		}
		return min(w, 250)
	}}, valueButtons, widget.NewSeparator(),
		sectionLabel(lang.L("Scale")), v.ScaleSelect, v.PassSelect, sectionLabel(lang.L("Responses")), v.ModePicker)
	return container.NewBorder(sectionLabel(lang.L("Values")), settings, nil, nil, v.ValueList)
}

// buildResults makes the selected value's live results: verdict, bar and
// counts.
func (v *ValuesScreen) buildResults() fyne.CanvasObject {
	v.Bar = NewDistributionBar(nil)
	// Counts change on every key and fit one line; who disagrees and
	// commits or withholds changes less often and may wrap. Two labels keep
	// the costly wrapping off the common path.
	v.Counts = widget.NewLabel("")
	v.Summary = widget.NewLabel("")
	v.Summary.Wrapping = fyne.TextWrapWord
	v.Verdict = widget.NewLabel("")
	v.Verdict.TextStyle.Bold = true
	// The verdict wraps beside the bar when the column is too narrow for
	// its words (a long pass rule, in German or French), rather than push
	// the grid narrower.
	v.verdictLine = newBesideWrap(v.Verdict, container.NewPadded(v.Bar), 160)
	// Results sit right under the value, where the facilitator's eyes are
	// while the room answers, rather than in a side column that crowds the
	// grid on a laptop screen.
	return container.NewStack(themedRect(theme.ColorNameInputBackground, 6),
		container.New(&tightVBox{}, v.verdictLine, v.Counts, v.Summary))
}

// Footer is what the screen puts in the window's navigation bar, between
// Back and Next: what the last key did and which keys record.
func (v *ValuesScreen) Footer() fyne.CanvasObject { return v.footer }

// Refresh re-reads the exercise into every part of the screen.
func (v *ValuesScreen) Refresh() {
	ex := v.Exercise()
	if ex == nil {
		return
	}
	unbind := v.bind()
	sc := ex.ScaleOrDefault()
	v.ScaleSelect.SetSelected(sc.Name)
	var rules []string
	for _, r := range workshop.PassRules(ex.ScaleOrDefault()) {
		rules = append(rules, passLabel(r))
	}
	v.PassSelect.SetOptions(rules)
	v.PassSelect.SetSelected(passLabel(sc.Pass))
	if ex.Mode == workshop.ModeTally {
		v.ModePicker.SetSelected(modeTallyLabel())
	} else {
		v.ModePicker.SetSelected(modeNamedLabel())
	}
	unbind()
	if v.Selected >= len(ex.Values) {
		v.Selected = len(ex.Values) - 1
	}
	if v.Selected < 0 && len(ex.Values) > 0 {
		v.Selected = 0
	}
	v.ValueList.Refresh()
	v.selectInList()
	v.showValue()
	v.Room.Refresh()
}

// bind marks the screen as filling widgets from the model, so their change
// callbacks do not write back; the returned func restores the previous
// state, because filling one widget can fill others (a list selecting a row
// updates its items).
func (v *ValuesScreen) bind() func() {
	prev := v.binding
	v.binding = true
	return func() { v.binding = prev }
}

func (v *ValuesScreen) selectInList() {
	if v.Selected < 0 {
		v.ValueList.UnselectAll()
		return
	}
	defer v.bind()()
	v.ValueList.Select(v.Selected)
	if v.ValueList.Size().Height == 0 {
		// Select scrolls the row into a view of no height, which leaves the
		// list a row down once it is laid out; start it at the top instead.
		v.ValueList.ScrollToOffset(0)
	}
}

// SelectValue shows the value at index i.
func (v *ValuesScreen) SelectValue(i int) {
	ex := v.Exercise()
	if i < 0 || i >= len(ex.Values) {
		return
	}
	v.Selected = i
	v.last = -1
	v.Cursor = 0
	if !v.tally() {
		// Start at the first person who has not answered this value yet.
		for j, p := range v.ed.Session.Participants {
			if ex.Values[i].Response(p.ID) == nil {
				v.Cursor = j
				break
			}
		}
	}
	v.selectInList()
	v.showValue()
}

// showValue fills the header, the responses area and the results for the
// selected value.
func (v *ValuesScreen) showValue() {
	ex := v.Exercise()
	val := v.Value()
	if v.OnShowValue != nil {
		v.OnShowValue(v.ValueID())
	}
	hasValue := val != nil
	setEnabled(v.EditButton, hasValue)
	setEnabled(v.RemoveBtn, hasValue)
	if !hasValue {
		v.ValueTitle.SetText(lang.L("No values yet"))
		v.ValueDesc.SetText(lang.L("Add the values the room will respond to: a name and a sentence saying what living the value looks like."))
	} else {
		v.ValueTitle.SetText(fmt.Sprintf(lang.L("%d of %d · %s"), v.Selected+1, len(ex.Values), val.Name))
		v.ValueDesc.SetText(val.Description)
		if val.Description == "" {
			v.ValueDesc.SetText(lang.L("(no description)"))
		}
	}
	var content fyne.CanvasObject
	switch {
	case !hasValue:
		v.Empty.SetText(lang.L("Use Add under the list of values to write the first one."))
		content = v.Empty
	case ex.Mode == workshop.ModeTally:
		content = v.Tally
		v.clampCursor(len(ex.ScaleOrDefault().Levels))
		v.Tally.shown = v.Cursor
		v.Tally.Refresh()
		v.Tally.showCursor(v.Cursor, true)
	case len(v.ed.Session.Participants) == 0:
		v.Empty.SetText(lang.L("No one is on the participant list yet. Add people on the Participants page, or switch to Show of hands to count without names."))
		content = v.Empty
	default:
		content = v.Grid
		v.clampCursor(len(v.ed.Session.Participants))
		v.Grid.shown = v.Cursor
		v.Grid.Refresh()
		v.Grid.showCursor(v.Cursor, true)
	}
	if len(v.responses.Objects) != 1 || v.responses.Objects[0] != content {
		v.responses.Objects = []fyne.CanvasObject{content}
		v.responses.Refresh()
	}
	v.showKeyState()
	v.showResults()
	// The wrapped description may need more lines: lay out again, without
	// Refresh, which would also refresh every row of the grid.
	v.middle.Layout.Layout(v.middle.Objects, v.middle.Size())
}

func (v *ValuesScreen) clampCursor(n int) {
	if v.Cursor >= n {
		v.Cursor = n - 1
	}
	if v.Cursor < 0 {
		v.Cursor = 0
	}
}

// recordingKeys passes a key typed into another control of the step to
// the grid (or tally), bringing the Responses tab forward if needed.
func (v *ValuesScreen) recordingKeys() keyRoute {
	target := func() fyne.Focusable {
		v.FocusFirst()
		switch f := v.ed.Window.Canvas().Focused(); f {
		case v.Grid, v.Tally:
			return f
		}
		return nil // no grid to record into (no value, no one listed)
	}
	return keyRoute{
		onRune: func(r rune) bool {
			f := target()
			if f != nil {
				f.TypedRune(r)
			}
			return f != nil
		},
		onKey: func(k *fyne.KeyEvent) bool {
			f := target()
			if f != nil {
				f.TypedKey(k)
			}
			return f != nil
		},
	}
}

// thenRecord runs a picker's handler, then gives the keyboard back to the
// grid, so the cursor row and the help line say keys are recorded again;
// not while the handler asks a question (a new overlay), nor while rows
// are being filled in.
func (v *ValuesScreen) thenRecord(f func(string)) func(string) {
	return func(s string) {
		ov := v.ed.Window.Canvas().Overlays()
		n := len(ov.List())
		f(s)
		if !v.binding && len(ov.List()) <= n {
			v.FocusFirst()
		}
	}
}

// RecordsKeys marks the values screen as one whose keys are a
// recording: the agenda passes keys typed into it on to the screen.
func (v *ValuesScreen) RecordsKeys() keyRoute { return v.keys }

// showKeyState says under the grid whether keys are being recorded, and
// how; the cursor row shows the same at a glance.
func (v *ValuesScreen) showKeyState() {
	list := v.Grid
	if v.tally() {
		list = v.Tally
	}
	if list.recording {
		relabel(v.Keys, fmt.Sprintf(lang.L("Recording · %s"), v.keyHelp()))
		return
	}
	relabel(v.Keys, lang.L("Not recording: keys go to the field you are in. Enter there, or a click on a row, records again."))
}

func (v *ValuesScreen) keyHelp() string {
	sc := v.scale()
	lo, hi := sc.Levels[0].Value, sc.Levels[0].Value
	for _, l := range sc.Levels {
		lo, hi = min(lo, l.Value), max(hi, l.Value)
	}
	if v.tally() {
		return fmt.Sprintf(lang.L("%d–%d pick a level · + or Space: one more hand · − or Backspace: one fewer · Up/Down: level · Left/Right: value"), lo, hi)
	}
	return fmt.Sprintf(lang.L("%d–%d level and next person · C commits · O conditional · X does not commit · N note · Backspace clears · Up/Down: person · Left/Right: value"), lo, hi)
}

// showResults shows the selected value's analysis from the workshop
// package, the same numbers the PDF prints.
func (v *ValuesScreen) showResults() {
	val := v.Value()
	if val == nil {
		v.setVerdict("", v.Verdict.Importance)
		v.Bar.Set(nil)
		v.Counts.SetText("")
		v.Summary.SetText("")
		return
	}
	ex := v.Exercise()
	sc := ex.ScaleOrDefault()
	res := workshop.AnalyseValue(&sc, ex.Mode, val, v.ed.Session.Participants)
	switch {
	case res.Responded == 0:
		v.setVerdict(fmt.Sprintf(lang.L("No responses yet · %s"), sc.Pass.Describe()), widget.MediumImportance)
	case res.Passes:
		v.setVerdict(passVerdict(sc.Pass), widget.SuccessImportance)
	default:
		v.setVerdict(fmt.Sprintf(lang.L("Does not pass · %s at a failing level"), plural(res.Failing, lang.L("response"), lang.L("responses"))), widget.DangerImportance)
	}
	v.Bar.Set(res.Distribution)
	who := func(ids []string) string {
		if len(ids) == 0 || ex.Mode == workshop.ModeTally {
			return ""
		}
		return " (" + participantNames(v.ed.Session, ids) + ")"
	}
	responded := res.Counted()
	if ex.Mode != workshop.ModeTally {
		responded += fmt.Sprintf(lang.L(" of %d people"), len(v.ed.Session.Participants))
	}
	relabel(v.Counts, responded+" · "+res.Leaning())
	relabel(v.Summary, fmt.Sprintf(lang.L("Disagree and commit: %d%s · Withhold commitment: %d%s · Conditional commitment: %d · Blocks: %d%s"),
		res.DisagreeAndCommit, who(res.DisagreeAndCommitPeople), res.Withheld, who(res.WithheldPeople),
		res.Conditional, res.Blocks, who(res.BlockPeople)))
}

// setVerdict shows the verdict, and lays its line out again for the
// width of its words; nothing when it has not changed, as on most keys.
func (v *ValuesScreen) setVerdict(text string, imp widget.Importance) {
	if v.Verdict.Text == text && v.Verdict.Importance == imp {
		return
	}
	v.Verdict.Text, v.Verdict.Importance = text, imp
	v.Verdict.Refresh()
	v.verdictLine.Layout.Layout(v.verdictLine.Objects, v.verdictLine.Size())
}

// recorded refreshes what a change to the selected value touches.
func (v *ValuesScreen) recorded() {
	v.ValueList.RefreshItem(v.Selected)
	v.showResults()
}

// passLabel words a pass rule briefly enough for the narrow settings column.
func passLabel(r workshop.PassRule) string {
	if len(r.FailAt) == 0 {
		return r.Describe()
	}
	return fmt.Sprintf(lang.L("Pass: no one at %s"), r.FailingLevels())
}

// passVerdict says that a value passes, and under which rule.
func passVerdict(r workshop.PassRule) string {
	if len(r.FailAt) == 0 {
		return fmt.Sprintf(lang.L("Passes · %s"), r.Describe())
	}
	return fmt.Sprintf(lang.L("Passes · no one is at %s"), r.FailingLevels())
}

// changePass sets the rule that decides whether a value passes; the scale's
// own rule is stored as no override, so the file stays as it was.
func (v *ValuesScreen) changePass(label string) {
	ex := v.Exercise()
	own, _ := workshop.ScaleByID(ex.Scale)
	for _, r := range workshop.PassRules(ex.ScaleOrDefault()) {
		if passLabel(r) != label {
			continue
		}
		rule := &r
		if slices.Equal(r.FailAt, own.Pass.FailAt) {
			rule = nil
		}
		if err := v.ed.Apply(lang.L("pass rule"), workshop.SetPass(v.stepID, rule)); err != nil {
			showProblem(v.ed.Window, lang.L("Pass rule not changed"), sentence(err.Error()))
		}
		v.Refresh()
		return
	}
}

func (v *ValuesScreen) changeScale(name string) {
	ex := v.Exercise()
	var target workshop.Scale
	for _, sc := range workshop.Scales() {
		if sc.Name == name {
			target = sc
		}
	}
	if target.ID == "" || target.ID == ex.Scale {
		return
	}
	// Answers at levels the new scale lacks are deleted without a
	// question: undo brings them back, and the notice says so.
	lost, _ := ex.LostOnScale(target.ID)
	if err := v.ed.Apply(fmt.Sprintf(lang.L("switch to %s"), target.Name), workshop.SetScale(v.stepID, target.ID)); err != nil {
		showProblem(v.ed.Window, lang.L("Scale not changed"), sentence(err.Error()))
	} else if lost > 0 {
		v.ed.notify(removedNotice(fmt.Sprintf(lang.L("%s at levels %s lacks"), plural(lost, lang.L("answer"), lang.L("answers")), target.Name), lost > 1))
	}
	v.Refresh()
}

// askMode switches between named responses and a show of hands. What was
// recorded in the other mode stays in the file but drops out of the results
// and the PDF, so the facilitator is told before it seems to vanish.
func (v *ValuesScreen) askMode(mode workshop.Mode) {
	ex := v.Exercise()
	apply := func() {
		_ = v.ed.Apply(switchModeLabel(mode), workshop.SetMode(v.stepID, mode)) // one of workshop.Modes
		v.Cursor, v.last = 0, -1
		v.Refresh()
		v.FocusFirst()
	}
	named, hands := ex.Recorded()
	title, msg := "", ""
	switch {
	case mode == workshop.ModeTally && named > 0:
		title = lang.L("Count hands instead?")
		msg = fmt.Sprintf(lang.L("The %s recorded person by person are kept, but the results and the PDF count only hands until you switch back."), plural(named, lang.L("response"), lang.L("responses")))
	case mode == workshop.ModeNamed && hands > 0:
		title = lang.L("Record person by person instead?")
		msg = fmt.Sprintf(lang.L("The %s counted are kept, but the results and the PDF show only named responses until you switch back."), plural(hands, lang.L("hand"), lang.L("hands")))
	default:
		apply()
		return
	}
	d := dialog.NewConfirm(title, msg, func(ok bool) {
		if ok {
			apply()
		} else {
			v.Refresh() // put the radio back
		}
	}, v.ed.Window)
	d.SetConfirmText(lang.L("Switch"))
	d.SetDismissText(lang.L("Keep as it is"))
	d.Show()
}

// AskAddValue asks for a new value's name and description.
func (v *ValuesScreen) AskAddValue() {
	v.valueForm(lang.L("Add a value"), lang.L("Add"), "", "", func(name, desc string) error {
		ex := v.Exercise()
		if err := v.ed.Apply(fmt.Sprintf(lang.L("adding %s"), quoted(strings.TrimSpace(name), lang.L("a value"))), workshop.AddValue(v.stepID, name, desc)); err != nil {
			return err
		}
		v.ValueList.Refresh()
		v.SelectValue(len(ex.Values) - 1)
		return nil
	})
}

// AskEditValue edits the selected value's name and description.
func (v *ValuesScreen) AskEditValue() {
	val := v.Value()
	if val == nil {
		return
	}
	id := val.ID
	v.valueForm(lang.L("Edit value"), lang.L("Save"), val.Name, val.Description, func(name, desc string) error {
		return v.EditValue(id, name, desc)
	})
}

// EditValue renames and redescribes a value; names stay unique.
func (v *ValuesScreen) EditValue(id, name, desc string) error {
	old := ""
	if val := v.Exercise().Value(id); val != nil {
		old = val.Name
	}
	if err := v.ed.Apply(fmt.Sprintf(lang.L("edit of %s"), quoted(old, lang.L("a value"))), workshop.EditValue(v.stepID, id, name, desc)); err != nil {
		return err
	}
	v.ValueList.Refresh()
	v.showValue()
	v.Room.Refresh()
	return nil
}

func (v *ValuesScreen) valueForm(title, confirm, name, desc string, save func(name, desc string) error) {
	n := widget.NewEntry()
	n.SetText(name)
	n.SetPlaceHolder(lang.L("e.g. Small teams decide"))
	d := NewTextArea()
	d.Wrapping = fyne.TextWrapWord
	d.SetText(desc)
	d.SetPlaceHolder(lang.L("What living this value looks like, in a sentence"))
	d.SetMinRowsVisible(3)
	// "Description" cannot be a key of a flat translation file: go-i18n
	// reads it as a message's field and refuses the whole file.
	items := []*widget.FormItem{widget.NewFormItem(lang.L("Name"), n), widget.NewFormItem(lang.X("values.description", "Description"), d)}
	var dlg *dialog.FormDialog
	dlg = dialog.NewForm(title, confirm, lang.L("Cancel"), items, func(ok bool) {
		if !ok {
			v.FocusFirst()
			return
		}
		if err := save(n.Text, d.Text); err != nil {
			// The dialog has closed: open it again with what was typed,
			// under the message, so a long description is not lost.
			v.valueForm(title, confirm, n.Text, d.Text, save)
			showProblem(v.ed.Window, lang.L("Value not saved"), sentence(err.Error()))
			return
		}
		v.FocusFirst()
	}, v.ed.Window)
	dlg.Resize(fyne.NewSize(560, 0))
	dlg.Show()
	v.ed.Window.Canvas().Focus(n)
}

// RemoveSelected removes the selected value with its answers. It does not
// ask first: undo brings them back.
func (v *ValuesScreen) RemoveSelected() {
	if val := v.Value(); val != nil {
		v.RemoveValue(val.ID)
	}
}

// RemoveValue deletes a value and its responses.
func (v *ValuesScreen) RemoveValue(id string) {
	val := v.Exercise().Value(id)
	if val == nil {
		return
	}
	what := quoted(val.Name, lang.L("the value"))
	n := len(val.Responses) + val.Hands()
	if err := v.ed.Apply(fmt.Sprintf(lang.L("removal of %s"), what), workshop.RemoveValue(v.stepID, id)); err != nil {
		showProblem(v.ed.Window, lang.L("Value not removed"), sentence(err.Error()))
		return
	}
	if n > 0 {
		what = fmt.Sprintf(lang.L("%s and %s"), what, plural(n, lang.L("answer"), lang.L("answers")))
	}
	v.ed.notify(removedNotice(what, n > 0))
	v.Refresh()
}
