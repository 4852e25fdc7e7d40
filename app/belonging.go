package app

import (
	"errors"
	"fmt"
	"image/color"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"scaleroom/export/report"
	"scaleroom/workshop"
)

// The tabs of the belonging screen, in order.
const (
	tabLevels = iota
	tabRelationships
	tabPace
)

// noLevel is the level picker's choice for a person on none of the levels.
func noLevel() string { return lang.L("No level") }

// BelongingScreen runs the speed of belonging: the levels of the hierarchy
// and who is on each; the relationships across levels, recorded person by
// person from the keyboard while the room talks (or counted by a show of
// hands), drawn on the map as they come; and the pace check of the changes
// the session plans.
type BelongingScreen struct {
	ed     *Editor
	stepID string

	Tabs *container.AppTabs

	// Levels and people.
	LevelList   *widget.List
	LevelEntry  *widget.Entry
	AddLevel    *widget.Button
	RenameLevel *widget.Button
	LevelUp     *widget.Button
	LevelDown   *widget.Button
	RemoveLevel *widget.Button
	// FromRoster lists the levels the participants already have, when the
	// map has none yet.
	FromRoster *widget.Button
	LevelErr   *widget.Label
	// Places lists everyone with their level; number keys place the person
	// under the cursor.
	Places      *keyList
	Unplaced    *widget.Label
	PlaceCursor int

	// Relationships.
	Mode *routedSelect
	// Capture lists everyone with their relationships; the cursor row is
	// the person being asked, and typed keys pick whom they name.
	Capture *keyList
	Cursor  int
	// Query says what has been typed and whom it finds.
	Query *widget.Label
	// Counts are the show of hands' fields, by pair of level indexes
	// (from, to).
	Counts    map[[2]int]*widget.Entry
	TallyHelp *widget.Label
	Headline  *widget.Label
	Drawing   *BelongingDrawing
	Empty     *widget.Label // why there is nothing to record into

	// Pace check.
	ChangeList   *widget.List
	ChangeName   *widget.Entry
	ChangeLevels *widget.CheckGroup
	ChangeWeeks  *widget.Entry
	AddChange    *widget.Button
	// Suggestions offers the changes other steps plan (scale-up
	// decisions, stop and less decisions) that the list lacks.
	Suggestions  *widget.Select
	ChangeErr    *widget.Label
	ChangeDetail *widget.Label
	EditChange   *widget.Button
	RemoveChange *widget.Button

	Feedback *widget.Label // what the last key did
	Keys     *widget.Label // which keys do what

	level       int    // index of the level selected in LevelList, -1 for none
	change      string // ID of the change selected in ChangeList
	source      string // where the change being typed came from
	suggested   []workshop.PlannedChange
	typed       string
	tallyLevels []string // the levels the show-of-hands grid was built for
	result      workshop.BelongingResult
	binding     bool

	keys        keyRoute // passes keys typed in the step's controls to Capture
	placeKeys   keyRoute // passes keys typed in a level picker to Places
	captureRows rowsOf[*captureRow]
	placeRows   rowsOf[*placeRow]
	changeRows  rowsOf[*changeRow]
	levelRows   rowsOf[*levelRow]
	recordBox   *fyne.Container
	tallyBox    *fyne.Container
	footer      *fyne.Container
	root        fyne.CanvasObject
}

// NewBelongingScreen builds the screen for a belonging step.
func NewBelongingScreen(ed *Editor, stepID string) *BelongingScreen {
	b := &BelongingScreen{ed: ed, stepID: stepID, level: -1, Counts: map[[2]int]*widget.Entry{},
		captureRows: rowsOf[*captureRow]{}, placeRows: rowsOf[*placeRow]{}, changeRows: rowsOf[*changeRow]{}, levelRows: rowsOf[*levelRow]{}}
	b.build()
	b.Refresh()
	// Start where the work is: the levels until someone is on one, then
	// the relationships.
	if e := b.exercise(); e != nil && len(e.Levels) > 0 && len(b.result.Unplaced) < len(ed.Session.Participants) {
		b.Tabs.SelectIndex(tabRelationships)
	}
	b.refreshTab()
	// Only now: the window gives the screen the keyboard once it shows it.
	b.Tabs.OnSelected = func(*container.TabItem) {
		b.refreshTab()
		b.FocusFirst()
	}
	return b
}

// exercise is the step's map; it finds the step each time because steps
// can be reordered.
func (b *BelongingScreen) exercise() *workshop.BelongingExercise {
	st := b.ed.Session.Step(b.stepID)
	if st == nil {
		return nil
	}
	st.EnsureExercise()
	return st.Belonging
}

func (b *BelongingScreen) tally() bool { return b.exercise().Mode == workshop.ModeTally }

// Object implements StepScreen.
func (b *BelongingScreen) Object() fyne.CanvasObject { return b.root }

// Footer is what the screen puts in the window's navigation bar: what the
// last key did and which keys record.
func (b *BelongingScreen) Footer() fyne.CanvasObject { return b.footer }

// RecordsKeys marks the screen as one whose keys are a recording while
// relationships are captured by name: the agenda passes keys typed into
// it on to the capture list.
func (b *BelongingScreen) RecordsKeys() keyRoute { return b.keys }

func (b *BelongingScreen) build() {
	b.Feedback = widget.NewLabel("")
	b.Feedback.TextStyle.Bold = true
	b.Feedback.Truncation = fyne.TextTruncateEllipsis
	b.Keys = widget.NewLabel("")
	b.Keys.SizeName = theme.SizeNameCaptionText
	b.Keys.Truncation = fyne.TextTruncateEllipsis
	b.footer = container.New(&columns{widths: []float32{300}}, b.Feedback, b.Keys)
	b.keys = b.captureKeys()
	b.placeKeys = b.placesKeys()

	b.Tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(lang.L("Levels and people"), theme.AccountIcon(), b.buildLevels()),
		container.NewTabItemWithIcon(lang.L("Relationships"), theme.GridIcon(), b.buildRelationships()),
		container.NewTabItemWithIcon(lang.L("Pace check"), theme.HistoryIcon(), b.buildPace()),
	)
	b.root = b.Tabs
}

// FocusFirst gives the keyboard to the control the current tab records
// with: the people's levels, the relationships, or the change's name.
func (b *BelongingScreen) FocusFirst() {
	c := b.ed.Window.Canvas()
	switch b.Tabs.SelectedIndex() {
	case tabLevels:
		if len(b.ed.Session.Participants) > 0 && len(b.exercise().Levels) > 0 {
			c.Focus(b.Places)
		} else {
			c.Focus(b.LevelEntry)
		}
	case tabRelationships:
		if b.canCapture() {
			c.Focus(b.Capture)
		} else {
			c.Unfocus()
		}
	case tabPace:
		c.Focus(b.ChangeName)
	}
}

// canCapture says whether there is anyone to record relationships for.
func (b *BelongingScreen) canCapture() bool {
	e := b.exercise()
	return e != nil && !b.tally() && len(e.Levels) > 0 && len(b.ed.Session.Participants) > 0
}

// clip shortens s to at most n characters, the last an ellipsis when it
// is cut, reading no further than the cut: a 2,000-character name costs
// what a short one does, on every key of the capture.
func clip(s string, n int) string {
	cut, count := 0, 0
	for i := range s {
		if count == n-1 {
			cut = i
		}
		if count == n {
			return s[:cut] + "…"
		}
		count++
	}
	return s
}

// say shows what the last action did.
func (b *BelongingScreen) say(s string) { relabel(b.Feedback, clip(s, 60)) }

// apply makes an edit of the map through the window's history, so that
// undo takes it back, and draws the map and its headline again; it
// returns why an edit was refused.
func (b *BelongingScreen) apply(label string, e workshop.Edit) error {
	if err := b.ed.Apply(label, e); err != nil {
		return err
	}
	b.refreshMap()
	return nil
}

// changeMap is apply for an edit of the map's levels, mode, show of hands or
// planned changes.
func (b *BelongingScreen) changeMap(label string, f func(e *workshop.BelongingExercise) error) error {
	return b.apply(label, workshop.ChangeBelonging(b.stepID, f))
}

// Refresh re-reads the step into every part of the screen.
func (b *BelongingScreen) Refresh() {
	e := b.exercise()
	if e == nil {
		return
	}
	b.refreshLevels()
	b.refreshRelationships()
	b.refreshPace()
	b.refreshTab()
}

// refreshTab shows the key help of the tab on screen.
func (b *BelongingScreen) refreshTab() {
	switch {
	case b.Tabs.SelectedIndex() == tabLevels:
		n := len(b.exercise().Levels)
		help := fmt.Sprintf(lang.L("1–%d: put the person on that level and go on · 0 or Backspace: no level · Up/Down: person"), min(n, 9))
		if n == 0 {
			help = lang.L("Type a level and press Enter, top level first.")
		}
		relabel(b.Keys, help)
	case b.Tabs.SelectedIndex() == tabRelationships && b.canCapture():
		if b.Capture.recording {
			relabel(b.Keys, lang.L("Recording · name or number, Enter: link · Backspace: undo · Down: next person"))
		} else {
			relabel(b.Keys, lang.L("Not recording: click a person in the list to record again."))
		}
	case b.Tabs.SelectedIndex() == tabRelationships:
		relabel(b.Keys, lang.L("Type each count in its field: how many on the row's level have someone on the column's level."))
	default:
		relabel(b.Keys, lang.L("Name a change, tick the levels it touches, say in how many weeks it should land, then Add."))
	}
}

// ---- Levels and people ----

type levelRow struct{ name, count *widget.Label }

type placeRow struct {
	id    int
	bg    *canvas.Rectangle
	num   *widget.Label
	name  *widget.Label
	level *routedSelect
	info  *widget.Label
}

func (b *BelongingScreen) buildLevels() fyne.CanvasObject {
	b.LevelList = widget.NewList(
		func() int { return len(b.exercise().Levels) },
		func() fyne.CanvasObject {
			r := &levelRow{name: widget.NewLabel("12. Level name"), count: widget.NewLabel(plural(40, lang.L("person"), lang.L("people")))}
			r.name.Truncation = fyne.TextTruncateEllipsis
			r.count.Importance = widget.LowImportance
			return b.levelRows.keep(container.NewBorder(nil, nil, nil, r.count, r.name), r)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			r, e := b.levelRows[o], b.exercise()
			if r == nil || i >= len(e.Levels) {
				return
			}
			relabel(r.name, fmt.Sprintf("%d. %s", i+1, e.Levels[i]))
			n := 0
			if i < len(b.result.People) {
				n = len(b.result.People[i])
			}
			relabel(r.count, plural(n, lang.L("person"), lang.L("people")))
		})
	b.LevelList.OnSelected = func(i widget.ListItemID) {
		b.level = i
		b.showLevelButtons()
	}
	b.LevelList.OnUnselected = func(widget.ListItemID) {
		b.level = -1
		b.showLevelButtons()
	}
	b.LevelEntry = widget.NewEntry()
	b.LevelEntry.SetPlaceHolder(lang.L("A level, e.g. manager, then Enter"))
	b.LevelEntry.OnSubmitted = func(string) { b.AddLevelTyped() }
	b.AddLevel = widget.NewButtonWithIcon(lang.L("Add"), theme.ContentAddIcon(), b.AddLevelTyped)
	b.RenameLevel = widget.NewButtonWithIcon(lang.L("Rename…"), theme.DocumentCreateIcon(), b.AskRenameLevel)
	b.LevelUp = widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { b.MoveLevel(b.level, b.level-1) })
	b.LevelDown = widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { b.MoveLevel(b.level, b.level+1) })
	b.RemoveLevel = widget.NewButtonWithIcon("", theme.DeleteIcon(), b.RemoveSelectedLevel)
	b.FromRoster = widget.NewButtonWithIcon(lang.L("Use the participants' levels"), theme.AccountIcon(), b.LevelsFromRoster)
	b.LevelErr = widget.NewLabel("")
	b.LevelErr.Importance = widget.DangerImportance
	b.LevelErr.Wrapping = fyne.TextWrapWord
	b.LevelErr.Hide()
	top := container.NewVBox(sectionLabel(lang.L("Levels, top first")),
		container.NewBorder(nil, nil, nil, b.AddLevel, b.LevelEntry), b.LevelErr)
	bottom := container.NewVBox(container.NewHBox(b.RenameLevel, b.LevelUp, b.LevelDown, b.RemoveLevel), b.FromRoster)
	left := container.NewBorder(top, bottom, nil, nil, b.LevelList)

	b.Places = newKeyList(func() int { return len(b.ed.Session.Participants) }, b.newPlaceRow, b.updatePlaceRow)
	b.Places.OnSelected = func(i widget.ListItemID) {
		b.Places.UnselectAll()
		b.PlaceCursor = i
		b.Places.showCursor(i, false)
		b.ed.Window.Canvas().Focus(b.Places)
	}
	b.Places.onRune = b.placeRune
	b.Places.onKey = b.placeKey
	b.Places.onFocus = b.refreshTab
	b.Unplaced = widget.NewLabel("")
	b.Unplaced.Wrapping = fyne.TextWrapWord
	right := container.NewBorder(container.NewVBox(sectionLabel(lang.L("Who is on which level")), b.Unplaced), nil, nil, nil, b.Places)
	split := container.NewHSplit(left, container.NewPadded(right))
	split.Offset = 0.34
	return split
}

func (b *BelongingScreen) newPlaceRow() fyne.CanvasObject {
	r := &placeRow{id: -1, bg: canvas.NewRectangle(color.Transparent), num: widget.NewLabel("40."), name: widget.NewLabel("Participant"),
		info: widget.NewLabel("Role · team")}
	r.num.Alignment = fyne.TextAlignTrailing
	r.info.Importance = widget.LowImportance
	r.info.Truncation = fyne.TextTruncateEllipsis
	r.level = newRoutedSelect(nil, func(s string) {
		if b.binding || r.id < 0 {
			return
		}
		if s == noLevel() {
			s = ""
		}
		b.Place(r.id, s)
		b.ed.Window.Canvas().Focus(b.Places)
	}, b.placeKeys)
	return b.placeRows.keep(container.NewStack(r.bg,
		container.New(&columns{widths: []float32{40, 170, 170}}, r.num, r.name, r.level, r.info)), r)
}

func (b *BelongingScreen) updatePlaceRow(i widget.ListItemID, o fyne.CanvasObject) {
	r, ps, e := b.placeRows[o], b.ed.Session.Participants, b.exercise()
	if r == nil || i >= len(ps) {
		return
	}
	r.id = i
	prev := b.binding
	b.binding = true
	defer func() { b.binding = prev }()
	paintCursor(r.bg, i == b.Places.shown, b.Places.recording)
	p := &ps[i]
	relabel(r.num, strconv.Itoa(i+1)+".")
	relabel(r.name, clip(p.Name, 20))
	relabel(r.info, joinNonEmpty(" · ", p.Role, p.Team))
	opts := append(slices.Clone(e.Levels), noLevel())
	if !slices.Equal(r.level.Options, opts) {
		r.level.Options = opts
		r.level.Refresh()
	}
	if l := e.LevelIndex(p.Level); l >= 0 {
		reselect(&r.level.Select, e.Levels[l])
		r.name.Importance = widget.MediumImportance
	} else {
		reselect(&r.level.Select, noLevel())
		r.name.Importance = widget.WarningImportance // not on the map yet
	}
	r.name.Refresh()
}

// placesKeys passes keys typed in a row's level picker to the list.
func (b *BelongingScreen) placesKeys() keyRoute {
	deliver := func(f func()) bool {
		if len(b.ed.Session.Participants) == 0 {
			return false
		}
		b.ed.Window.Canvas().Focus(b.Places)
		f()
		return true
	}
	return keyRoute{
		onRune: func(r rune) bool { return deliver(func() { b.placeRune(r) }) },
		onKey:  func(k *fyne.KeyEvent) bool { return deliver(func() { b.placeKey(k) }) },
	}
}

// placeRune puts the person under the cursor on level n (1 to 9) and moves
// on to the next person; 0 takes them off every level.
func (b *BelongingScreen) placeRune(r rune) {
	e := b.exercise()
	if r < '0' || r > '9' || b.PlaceCursor >= len(b.ed.Session.Participants) {
		return
	}
	n := int(r - '0')
	level := ""
	if n > 0 {
		if n > len(e.Levels) {
			b.say(fmt.Sprintf(lang.L("There is no level %d: the list has %s."), n, plural(len(e.Levels), lang.L("level"), lang.L("levels"))))
			return
		}
		level = e.Levels[n-1]
	}
	b.Place(b.PlaceCursor, level)
	b.movePlace(1)
}

func (b *BelongingScreen) placeKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyDown:
		b.movePlace(1)
	case fyne.KeyUp:
		b.movePlace(-1)
	case fyne.KeyHome:
		b.movePlace(-b.PlaceCursor)
	case fyne.KeyEnd:
		b.movePlace(len(b.ed.Session.Participants) - 1 - b.PlaceCursor)
	case fyne.KeyBackspace, fyne.KeyDelete:
		b.Place(b.PlaceCursor, "")
	}
}

func (b *BelongingScreen) movePlace(d int) {
	c := b.PlaceCursor + d
	if c < 0 || c >= len(b.ed.Session.Participants) {
		return
	}
	b.PlaceCursor = c
	b.Places.showCursor(c, false)
}

// Place puts participant i on a level of the map ("" for none). Links to
// people now on the same level go, and the facilitator is told.
func (b *BelongingScreen) Place(i int, level string) {
	ps := b.ed.Session.Participants
	if i < 0 || i >= len(ps) {
		return
	}
	p := &ps[i]
	if p.Level == level {
		return
	}
	dropped := 0
	err := b.apply(fmt.Sprintf(lang.L("level of %s"), clip(p.Name, 40)),
		workshop.SetParticipantDetails(p.ID, p.Role, p.Team, level, func(n int) { dropped = n }))
	if err != nil {
		b.say(sentence(err.Error()))
		return
	}
	switch {
	case dropped > 0:
		b.say(fmt.Sprintf(lang.L("%s is now on %s; %s with someone on that level went."), p.Name, level, plural(dropped, lang.L("link"), lang.L("links"))))
	case level == "":
		b.say(fmt.Sprintf(lang.L("%s is on no level."), p.Name))
	default:
		b.say(fmt.Sprintf(lang.L("%s is on %s."), p.Name, level))
	}
	b.Places.RefreshItem(i)
	b.showUnplaced()
	b.LevelList.Refresh()
	b.refreshCapture()
}

// showUnplaced names the people on no level, who the map leaves out.
func (b *BelongingScreen) showUnplaced() {
	ids := b.result.Unplaced
	switch {
	case len(b.ed.Session.Participants) == 0:
		b.Unplaced.SetText(lang.L("No one is on the participant list yet. Add people on the Participants page."))
		b.Unplaced.Importance = widget.MediumImportance
	case len(ids) == 0:
		b.Unplaced.SetText(lang.L("Everyone is on a level."))
		b.Unplaced.Importance = widget.SuccessImportance
	default:
		b.Unplaced.SetText(fmt.Sprintf(lang.L("On no level yet, so not on the map: %s."), clip(participantNames(b.ed.Session, ids), 300)))
		b.Unplaced.Importance = widget.WarningImportance
	}
	b.Unplaced.Refresh()
}

func (b *BelongingScreen) refreshLevels() {
	e := b.exercise()
	if b.level >= len(e.Levels) {
		b.level = -1
		b.LevelList.UnselectAll()
	}
	b.LevelList.Refresh()
	b.showLevelButtons()
	b.Places.shown = min(b.PlaceCursor, max(len(b.ed.Session.Participants)-1, 0))
	b.PlaceCursor = b.Places.shown
	b.Places.Refresh()
	b.showUnplaced()
}

func (b *BelongingScreen) showLevelButtons() {
	n := len(b.exercise().Levels)
	on := b.level >= 0 && b.level < n
	setEnabled(b.RenameLevel, on)
	setEnabled(b.RemoveLevel, on)
	setEnabled(b.LevelUp, on && b.level > 0)
	setEnabled(b.LevelDown, on && b.level < n-1)
	if n == 0 && len(b.ed.Session.Levels()) > 0 {
		b.FromRoster.Show()
	} else {
		b.FromRoster.Hide()
	}
}

// setLevels replaces the list of levels, saying why when it cannot.
func (b *BelongingScreen) setLevels(label string, levels []string) bool {
	if err := b.changeMap(label, func(e *workshop.BelongingExercise) error { return e.SetLevels(levels) }); err != nil {
		showErr(b.LevelErr, sentence(err.Error()))
		return false
	}
	showErr(b.LevelErr, "")
	b.Refresh()
	return true
}

// AddLevelTyped adds the level typed in LevelEntry at the bottom.
func (b *BelongingScreen) AddLevelTyped() {
	name := strings.TrimSpace(b.LevelEntry.Text)
	if name == "" {
		return
	}
	if b.setLevels(fmt.Sprintf(lang.L("adding the level %s"), quoted(name, "")), append(slices.Clone(b.exercise().Levels), name)) {
		b.LevelEntry.SetText("")
		b.say(fmt.Sprintf(lang.L("Added the level %s."), name))
	}
	b.ed.Window.Canvas().Focus(b.LevelEntry)
}

// MoveLevel moves a level up or down the list.
func (b *BelongingScreen) MoveLevel(from, to int) {
	levels := slices.Clone(b.exercise().Levels)
	if from < 0 || to < 0 || from >= len(levels) || to >= len(levels) {
		return
	}
	levels[from], levels[to] = levels[to], levels[from]
	if b.setLevels(fmt.Sprintf(lang.L("move of the level %s"), quoted(levels[to], "")), levels) {
		b.level = to
		b.LevelList.Select(to)
	}
}

// LevelsFromRoster lists the levels the participants already have, in the
// order they first appear, to be put in order from the top.
func (b *BelongingScreen) LevelsFromRoster() {
	if b.setLevels(lang.L("levels from the participants"), b.ed.Session.Levels()) {
		b.say(lang.L("Listed the participants' levels: put them in order, top level first."))
	}
}

// AskRenameLevel asks for a new name for the selected level.
func (b *BelongingScreen) AskRenameLevel() {
	e := b.exercise()
	if b.level < 0 || b.level >= len(e.Levels) {
		return
	}
	old := e.Levels[b.level]
	name := widget.NewEntry()
	name.SetText(old)
	d := dialog.NewForm(fmt.Sprintf(lang.L("Rename %s"), old), lang.L("Rename"), lang.L("Cancel"), []*widget.FormItem{
		{Text: lang.L("Name"), Widget: name, HintText: lang.L("Everyone on this level moves with it")},
	}, func(ok bool) {
		if ok {
			b.RenameLevelTo(old, name.Text)
		}
	}, b.ed.Window)
	d.Resize(fyne.NewSize(420, 0))
	d.Show()
	b.ed.Window.Canvas().Focus(name)
}

// RenameLevelTo renames a level, and with it everyone on it.
func (b *BelongingScreen) RenameLevelTo(old, name string) {
	dropped := 0
	err := b.apply(fmt.Sprintf(lang.L("renaming the level %s"), quoted(old, "")), workshop.RenameBelongingLevel(b.stepID, old, name, func(n int) { dropped = n }))
	if err != nil {
		showErr(b.LevelErr, sentence(err.Error()))
		return
	}
	showErr(b.LevelErr, "")
	msg := fmt.Sprintf(lang.L("Renamed %s to %s."), old, strings.TrimSpace(name))
	if dropped > 0 {
		msg += fmt.Sprintf(lang.L(" %s between people now on one level went."), workshop.UpperFirst(plural(dropped, lang.L("link"), lang.L("links"))))
	}
	b.say(msg)
	b.Refresh()
}

// RemoveSelectedLevel removes the selected level. It does not ask first:
// undo brings it back, with its counts and the people on it.
func (b *BelongingScreen) RemoveSelectedLevel() {
	if e := b.exercise(); b.level >= 0 && b.level < len(e.Levels) {
		b.RemoveLevelNamed(e.Levels[b.level])
	}
}

// RemoveLevelNamed takes a level off the list. The people on it keep
// their level as typed and are on no level of the map; its counts go.
func (b *BelongingScreen) RemoveLevelNamed(name string) {
	e := b.exercise()
	i := e.LevelIndex(name)
	if i < 0 {
		return
	}
	people := 0
	if i < len(b.result.People) {
		people = len(b.result.People[i])
	}
	levels := slices.Delete(slices.Clone(e.Levels), i, i+1)
	if !b.setLevels(fmt.Sprintf(lang.L("removal of the level %s"), quoted(name, "")), levels) {
		return
	}
	b.level = -1
	b.LevelList.UnselectAll()
	what := fmt.Sprintf(lang.L("the level %s"), quoted(name, ""))
	if people > 0 {
		what += fmt.Sprintf(lang.L(" (%s on it now on no level)"), plural(people, lang.L("person"), lang.L("people")))
	}
	b.ed.notify(removedNotice(what, false))
}

// ---- Relationships ----

type captureRow struct {
	id                       int
	bg                       *canvas.Rectangle
	num, name, level, linked *widget.Label
}

func (b *BelongingScreen) buildRelationships() fyne.CanvasObject {
	b.Mode = newRoutedSelect([]string{workshop.ModeNamed.Label(), workshop.ModeTally.Label()}, func(s string) {
		if b.binding {
			return
		}
		mode := workshop.ModeNamed
		if s == workshop.ModeTally.Label() {
			mode = workshop.ModeTally
		}
		if b.exercise().Mode != mode {
			b.AskMode(mode)
		}
	}, b.keys)
	b.Capture = newKeyList(func() int { return len(b.ed.Session.Participants) }, b.newCaptureRow, b.updateCaptureRow)
	b.Capture.OnSelected = func(i widget.ListItemID) {
		b.Capture.UnselectAll()
		b.SetCursor(i)
		b.FocusFirst()
	}
	b.Capture.onRune = b.captureRune
	b.Capture.onKey = b.captureKey
	b.Capture.onFocus = b.refreshTab
	b.Query = widget.NewLabel("")
	b.Query.TextStyle.Bold = true
	b.Query.Truncation = fyne.TextTruncateEllipsis
	b.Empty = widget.NewLabel("")
	b.Empty.Wrapping = fyne.TextWrapWord
	b.TallyHelp = widget.NewLabel(lang.L("Rows are the people asked, columns the level they name: how many on the row's level have someone on the column's level they could say no to, or ask for help? Ask the room level by level and count the hands."))
	b.TallyHelp.Wrapping = fyne.TextWrapWord
	b.tallyBox = container.NewStack()
	b.recordBox = container.NewStack()

	b.Headline = widget.NewLabel("")
	b.Headline.Wrapping = fyne.TextWrapWord
	b.Headline.TextStyle.Bold = true
	b.Drawing = NewBelongingDrawing()
	b.Drawing.OnSelect = func(i int) {
		m := b.Drawing.Map()
		if i < len(m.People) && !b.tally() {
			b.SetCursor(m.People[i].Number - 1)
			b.FocusFirst()
		}
	}
	mode := container.NewBorder(nil, nil, widget.NewLabel(lang.L("Record")), nil, b.Mode)
	left := container.NewBorder(mode, nil, nil, nil, b.recordBox)
	right := container.NewBorder(b.Headline, nil, nil, nil, b.Drawing)
	split := container.NewHSplit(left, container.NewPadded(right))
	split.Offset = 0.42
	return split
}

func (b *BelongingScreen) newCaptureRow() fyne.CanvasObject {
	r := &captureRow{id: -1, bg: canvas.NewRectangle(color.Transparent), num: widget.NewLabel("40."), name: widget.NewLabel("Participant"),
		level: widget.NewLabel("Level"), linked: widget.NewLabel("12 · 14")}
	r.num.Alignment = fyne.TextAlignTrailing
	r.level.Importance = widget.LowImportance
	r.linked.Truncation = fyne.TextTruncateEllipsis
	return b.captureRows.keep(container.NewStack(r.bg,
		container.New(&columns{widths: []float32{40, 150, 100}, optional: 2, spare: 120}, r.num, r.name, r.level, r.linked)), r)
}

func (b *BelongingScreen) updateCaptureRow(i widget.ListItemID, o fyne.CanvasObject) {
	r, s, e := b.captureRows[o], b.ed.Session, b.exercise()
	if r == nil || i >= len(s.Participants) {
		return
	}
	r.id = i
	paintCursor(r.bg, i == b.Capture.shown, b.Capture.recording)
	p := &s.Participants[i]
	relabel(r.num, strconv.Itoa(i+1)+".")
	relabel(r.name, clip(p.Name, 18))
	if l := e.LevelIndex(p.Level); l >= 0 {
		relabel(r.level, clip(e.Levels[l], 12))
	} else {
		relabel(r.level, lang.L("no level"))
	}
	var names []string
	for _, id := range e.LinksOf(p.ID) {
		names = append(names, b.personLabel(id, 14))
	}
	if len(names) == 0 {
		relabel(r.linked, "–")
	} else {
		// The column shows some 40 characters: no need to shape more.
		relabel(r.linked, clip(strings.Join(names, " · "), 60))
	}
}

// personLabel is a person as the capture list names them: their number
// and their name, cut to n characters.
func (b *BelongingScreen) personLabel(id string, n int) string {
	for i, p := range b.ed.Session.Participants {
		if p.ID == id {
			return strconv.Itoa(i+1) + " " + clip(p.Name, n)
		}
	}
	return "?"
}

// captureKeys passes a key typed in another control of the relationships
// tab (the mode picker, the agenda) to the capture list; it reports false
// when relationships are not being recorded by name.
func (b *BelongingScreen) captureKeys() keyRoute {
	target := func() bool {
		if b.Tabs.SelectedIndex() != tabRelationships || !b.canCapture() {
			return false
		}
		b.ed.Window.Canvas().Focus(b.Capture)
		return true
	}
	return keyRoute{
		onRune: func(r rune) bool {
			if !target() {
				return false
			}
			b.captureRune(r)
			return true
		},
		onKey: func(k *fyne.KeyEvent) bool {
			if !target() {
				return false
			}
			b.captureKey(k)
			return true
		},
	}
}

// captureRune adds a typed character to the search for whom the person
// under the cursor names.
func (b *BelongingScreen) captureRune(r rune) {
	if !unicode.IsPrint(r) || (r == ' ' && b.typed == "") || utf8.RuneCountInString(b.typed) >= 80 {
		return
	}
	b.typed += string(r)
	b.showQuery()
}

// captureKey: Enter links the person found (or, with nothing typed, goes
// on to the next person); Backspace takes back a typed character, or the
// last link when nothing is typed; Delete removes the last link; Escape
// clears what was typed; Up and Down move between people.
func (b *BelongingScreen) captureKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		if b.typed == "" {
			b.moveCursor(1)
			return
		}
		b.linkTyped()
	case fyne.KeyBackspace:
		if b.typed != "" {
			_, size := utf8.DecodeLastRuneInString(b.typed)
			b.typed = b.typed[:len(b.typed)-size]
			b.showQuery()
			return
		}
		b.RemoveLastLink()
	case fyne.KeyDelete:
		b.typed = ""
		b.RemoveLastLink()
	case fyne.KeyEscape:
		b.typed = ""
		b.showQuery()
	case fyne.KeyDown:
		b.moveCursor(1)
	case fyne.KeyUp:
		b.moveCursor(-1)
	case fyne.KeyHome:
		b.moveCursor(-b.Cursor)
	case fyne.KeyEnd:
		b.moveCursor(len(b.ed.Session.Participants) - 1 - b.Cursor)
	}
}

func (b *BelongingScreen) moveCursor(d int) {
	c := b.Cursor + d
	if c < 0 || c >= len(b.ed.Session.Participants) {
		if d > 0 && b.typed == "" {
			b.say(lang.L("That was the last person."))
		}
		return
	}
	b.SetCursor(c)
}

// SetCursor records for participant i next.
func (b *BelongingScreen) SetCursor(i int) {
	if i < 0 || i >= len(b.ed.Session.Participants) {
		return
	}
	b.Cursor = i
	b.typed = ""
	b.Capture.showCursor(i, false)
	b.showQuery()
	b.selectOnMap()
}

// who is the participant being recorded for.
func (b *BelongingScreen) who() *workshop.Participant {
	ps := b.ed.Session.Participants
	if b.Cursor < 0 || b.Cursor >= len(ps) {
		return nil
	}
	return &ps[b.Cursor]
}

// showQuery says whom the keys typed so far find.
func (b *BelongingScreen) showQuery() {
	p, e := b.who(), b.exercise()
	if p == nil {
		relabel(b.Query, "")
		return
	}
	name := clip(p.Name, 30)
	if e.LevelIndex(p.Level) < 0 {
		relabel(b.Query, fmt.Sprintf(lang.L("%s is on no level: place them on Levels and people first."), name))
		return
	}
	if b.typed == "" {
		relabel(b.Query, fmt.Sprintf(lang.L("%s names… (a name or number, then Enter)"), name))
		return
	}
	id, matches := e.PickPerson(b.ed.Session, p.ID, b.typed)
	typed := fmt.Sprintf(lang.L("“%s”"), b.typed)
	switch {
	case id != "":
		q := b.ed.Session.Participant(id)
		relabel(b.Query, fmt.Sprintf(lang.L("%s: %s (%s) · Enter links"), typed, clip(q.Name, 30), b.levelWord(q)))
	case len(matches) > 0:
		var names []string
		for _, m := range matches[:min(len(matches), 4)] {
			names = append(names, b.personLabel(m, 16))
		}
		more := ""
		if len(matches) > 4 {
			more = ", …"
		}
		relabel(b.Query, fmt.Sprintf(lang.L("%s fits %d: %s%s · type more, or the number"), typed, len(matches), strings.Join(names, ", "), more))
	default:
		relabel(b.Query, fmt.Sprintf(lang.L("%s: nobody fits"), typed))
	}
}

// levelWord is a participant's level as the map knows it.
func (b *BelongingScreen) levelWord(p *workshop.Participant) string {
	if l := b.exercise().LevelIndex(p.Level); l >= 0 {
		return b.exercise().Levels[l]
	}
	return lang.L("no level")
}

// linkTyped links the person under the cursor with the one typed.
func (b *BelongingScreen) linkTyped() {
	p, e := b.who(), b.exercise()
	if p == nil {
		return
	}
	id, matches := e.PickPerson(b.ed.Session, p.ID, b.typed)
	if id == "" {
		if len(matches) > 0 {
			b.say(fmt.Sprintf(lang.L("“%s” fits %d people: type more, or the number."), b.typed, len(matches)))
		} else {
			b.say(fmt.Sprintf(lang.L("Nobody fits “%s”."), b.typed))
		}
		return
	}
	b.typed = ""
	if err := b.Link(p.ID, id); err != nil {
		b.say(sentence(err.Error()))
	}
	b.showQuery()
}

// Link records that who could say no to, or ask for help from, whom.
func (b *BelongingScreen) Link(who, whom string) error {
	s := b.ed.Session
	a, q := s.Participant(who), s.Participant(whom)
	if a == nil || q == nil {
		return errors.New(lang.L("both people must be in the room"))
	}
	label := fmt.Sprintf(lang.L("link of %s and %s"), clip(a.Name, 30), clip(q.Name, 30))
	if err := b.apply(label, workshop.LinkPeople(b.stepID, who, whom)); err != nil {
		return err
	}
	b.say(fmt.Sprintf(lang.L("Linked %s and %s (%s)"), a.Name, q.Name, b.levelWord(q)))
	b.linksChanged(who, whom)
	return nil
}

// RemoveLastLink removes the link the person under the cursor was given
// last.
func (b *BelongingScreen) RemoveLastLink() {
	p, e := b.who(), b.exercise()
	if p == nil {
		return
	}
	links := e.LinksOf(p.ID)
	if len(links) == 0 {
		b.say(fmt.Sprintf(lang.L("%s has no link to remove."), p.Name))
		return
	}
	last := links[len(links)-1]
	other := b.ed.Session.Participant(last).Name
	label := fmt.Sprintf(lang.L("removal of the link of %s and %s"), clip(p.Name, 30), clip(other, 30))
	if err := b.apply(label, workshop.UnlinkPeople(b.stepID, p.ID, last)); err != nil {
		b.say(sentence(err.Error()))
		return
	}
	b.say(fmt.Sprintf(lang.L("Removed the link between %s and %s"), p.Name, other))
	b.linksChanged(p.ID, last)
	b.showQuery()
}

// linksChanged redraws the rows of two people whose link changed.
func (b *BelongingScreen) linksChanged(a, c string) {
	for i, p := range b.ed.Session.Participants {
		if p.ID == a || p.ID == c {
			b.Capture.RefreshItem(i)
		}
	}
}

// refreshRelationships shows the capture list, the show of hands or why
// there is nothing to record yet.
func (b *BelongingScreen) refreshRelationships() {
	e := b.exercise()
	b.binding = true
	reselect(&b.Mode.Select, e.Mode.Label())
	b.binding = false
	var content fyne.CanvasObject
	switch {
	case len(e.Levels) == 0:
		b.Empty.SetText(lang.L("List the levels of the hierarchy first, on Levels and people, and put everyone on one."))
		content = b.Empty
	case e.Mode == workshop.ModeTally:
		b.refreshTally()
		content = container.NewBorder(b.TallyHelp, nil, nil, nil, b.tallyBox)
	case len(b.ed.Session.Participants) == 0:
		b.Empty.SetText(lang.L("No one is on the participant list yet. Add people on the Participants page, or count a show of hands instead."))
		content = b.Empty
	default:
		content = container.NewBorder(b.Query, nil, nil, nil, b.Capture)
	}
	b.recordBox.Objects = []fyne.CanvasObject{content}
	b.recordBox.Refresh()
	b.refreshCapture()
	b.refreshMap()
}

// refreshCapture redraws the capture list around its cursor.
func (b *BelongingScreen) refreshCapture() {
	n := len(b.ed.Session.Participants)
	b.Cursor = min(b.Cursor, max(n-1, 0))
	b.Capture.shown = b.Cursor
	b.Capture.Refresh()
	if n > 0 {
		b.Capture.showCursor(b.Cursor, true)
	}
	b.showQuery()
}

// refreshMap draws the map and its headline from the session.
func (b *BelongingScreen) refreshMap() {
	e := b.exercise()
	b.result = workshop.AnalyseBelonging(b.ed.Session, e)
	b.Drawing.SetMap(report.BelongingFigure(b.ed.Session, b.stepID, report.Options{}))
	b.selectOnMap()
	h := report.BelongingHeadline(b.ed.Session, b.stepID)
	if h == "" {
		h = lang.L("The map appears here once the levels are listed.")
	}
	relabel(b.Headline, h)
	if b.ChangeList != nil {
		b.ChangeList.Refresh()
		b.showChange()
	}
}

// selectOnMap rings the person being recorded on the map.
func (b *BelongingScreen) selectOnMap() {
	sel := -1
	if !b.tally() {
		for i, p := range b.Drawing.Map().People {
			if p.Number == b.Cursor+1 {
				sel = i
			}
		}
	}
	b.Drawing.SetSelected(sel)
}

// refreshTally builds the show-of-hands grid for the levels, once per
// list of levels, and fills in the counts.
func (b *BelongingScreen) refreshTally() {
	e := b.exercise()
	if !slices.Equal(b.tallyLevels, e.Levels) {
		b.tallyLevels = slices.Clone(e.Levels)
		b.Counts = map[[2]int]*widget.Entry{}
		n := len(e.Levels)
		// Fields of one width in rows, so that twelve levels scroll
		// sideways rather than squeezing every field.
		widths := []float32{112}
		for range n {
			widths = append(widths, 62)
		}
		head := []fyne.CanvasObject{widget.NewLabel("")}
		for j := range n {
			h := widget.NewLabel(clip(e.Levels[j], 7))
			h.TextStyle.Bold = true
			head = append(head, h)
		}
		rows := []fyne.CanvasObject{container.New(&columns{widths: widths}, head...)}
		for i := range n {
			h := widget.NewLabel(clip(e.Levels[i], 12))
			h.TextStyle.Bold = true
			cells := []fyne.CanvasObject{h}
			for j := range n {
				if i == j {
					cells = append(cells, widget.NewLabel("–"))
					continue
				}
				cells = append(cells, b.countEntry(i, j))
			}
			rows = append(rows, container.New(&columns{widths: widths}, cells...))
		}
		b.tallyBox.Objects = []fyne.CanvasObject{container.NewScroll(container.NewVBox(rows...))}
		b.tallyBox.Refresh()
	}
	b.binding = true
	defer func() { b.binding = false }()
	for k, en := range b.Counts {
		v := ""
		if n := e.Count(e.Levels[k[0]], e.Levels[k[1]]); n > 0 {
			v = strconv.Itoa(n)
		}
		setText(en, v)
	}
}

// countEntry is the field for how many people on level i have someone on
// level j.
func (b *BelongingScreen) countEntry(i, j int) *widget.Entry {
	en := widget.NewEntry()
	en.SetPlaceHolder("0")
	en.Validator = func(s string) error {
		_, err := parseCount(s)
		return err
	}
	en.OnChanged = func(s string) {
		if b.binding {
			return
		}
		n, err := parseCount(s)
		if err != nil {
			return
		}
		b.SetCount(i, j, n)
	}
	b.Counts[[2]int{i, j}] = en
	return en
}

// parseCount reads a count of hands: blank is none.
func parseCount(s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n > workshop.MaxBelongingRow {
		return 0, fmt.Errorf(lang.L("a count of hands is a whole number from 0 to %d"), workshop.MaxBelongingRow)
	}
	return n, nil
}

// SetCount records that n people on level i have someone on level j.
func (b *BelongingScreen) SetCount(i, j, n int) {
	e := b.exercise()
	if i >= len(e.Levels) || j >= len(e.Levels) {
		return
	}
	from, to := e.Levels[i], e.Levels[j]
	if e.Count(from, to) == n {
		return
	}
	err := b.ed.Type(fmt.Sprintf(lang.L("count of %s with someone on %s"), from, to), fmt.Sprintf("count %s %d %d", b.stepID, i, j),
		workshop.ChangeBelonging(b.stepID, func(e *workshop.BelongingExercise) error { return e.SetCount(from, to, n) }))
	if err != nil {
		b.say(sentence(err.Error()))
		return
	}
	b.refreshMap()
	b.say(fmt.Sprintf(lang.L("%s: %s with someone on %s"), workshop.UpperFirst(from), plural(n, lang.L("person"), lang.L("people")), to))
}

// AskMode switches between naming people and a show of hands. What was
// recorded the other way stays in the file, but leaves the map and the PDF
// until the mode comes back, so the facilitator is told first.
func (b *BelongingScreen) AskMode(mode workshop.Mode) {
	e := b.exercise()
	apply := func() {
		_ = b.changeMap(switchModeLabel(mode), func(e *workshop.BelongingExercise) error { e.Mode = mode; return nil })
		b.Refresh()
		b.FocusFirst()
	}
	title, msg := "", ""
	switch {
	case mode == workshop.ModeTally && len(e.Links) > 0:
		title = lang.L("Count hands instead?")
		msg = fmt.Sprintf(lang.L("The %s recorded by name are kept, but the map and the PDF show only the counts until you switch back."), plural(len(e.Links), lang.L("relationship"), lang.L("relationships")))
	case mode == workshop.ModeNamed && len(e.Counts) > 0:
		title = lang.L("Record by name instead?")
		msg = fmt.Sprintf(lang.L("The %s of the show of hands are kept, but the map and the PDF show only relationships by name until you switch back."), plural(len(e.Counts), lang.L("count"), lang.L("counts")))
	default:
		apply()
		return
	}
	d := dialog.NewConfirm(title, msg, func(ok bool) {
		if ok {
			apply()
		} else {
			b.refreshRelationships() // put the picker back
		}
	}, b.ed.Window)
	d.SetConfirmText(lang.L("Switch"))
	d.SetDismissText(lang.L("Keep as it is"))
	d.Show()
}

// ---- Pace check ----

type changeRow struct {
	icon       *widget.Icon
	name, meta *widget.Label
}

func (b *BelongingScreen) buildPace() fyne.CanvasObject {
	b.Suggestions = widget.NewSelect(nil, func(name string) {
		if b.binding || name == "" {
			return
		}
		for _, c := range b.suggested {
			if c.Name == name {
				b.ChangeName.SetText(c.Name)
				b.source = c.Source
			}
		}
		b.ChangeErr.Hide()
		b.ed.Window.Canvas().Focus(b.ChangeWeeks)
	})
	b.Suggestions.PlaceHolder = lang.L("From the session's decisions…")
	b.ChangeName = widget.NewEntry()
	b.ChangeName.SetPlaceHolder(lang.L("A change the session plans, e.g. New planning cycle"))
	b.ChangeName.OnChanged = func(string) {
		if !b.binding && b.ChangeName.Text == "" {
			b.source = ""
		}
	}
	b.ChangeLevels = widget.NewCheckGroup(nil, nil)
	b.ChangeLevels.Horizontal = true
	b.ChangeWeeks = widget.NewEntry()
	b.ChangeWeeks.SetPlaceHolder(lang.L("e.g. 6"))
	b.ChangeWeeks.Validator = func(s string) error {
		_, err := parseWeeks(s)
		return err
	}
	b.ChangeWeeks.OnSubmitted = func(string) { b.AddTypedChange() }
	b.ChangeName.OnSubmitted = func(string) { b.AddTypedChange() }
	b.AddChange = widget.NewButtonWithIcon(lang.L("Add"), theme.ContentAddIcon(), b.AddTypedChange)
	b.AddChange.Importance = widget.HighImportance
	b.ChangeErr = widget.NewLabel("")
	b.ChangeErr.Importance = widget.DangerImportance
	b.ChangeErr.Wrapping = fyne.TextWrapWord
	b.ChangeErr.Hide()
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Change"), container.NewBorder(nil, nil, nil, b.Suggestions, b.ChangeName)),
		// The levels' names are the room's own words, of any length: the
		// row scrolls rather than widen the window.
		widget.NewFormItem(lang.L("Levels it touches"), container.NewHScroll(b.ChangeLevels)),
		widget.NewFormItem(lang.L("Lands in"), container.NewBorder(nil, nil, nil, container.NewHBox(widget.NewLabel(lang.L("weeks")), b.AddChange), b.ChangeWeeks)),
	)

	b.ChangeList = widget.NewList(
		func() int { return len(b.exercise().Changes) },
		func() fyne.CanvasObject {
			r := &changeRow{icon: widget.NewIcon(theme.ConfirmIcon()), name: widget.NewLabel("Change"), meta: widget.NewLabel("Faster than belonging · levels · weeks")}
			r.name.TextStyle.Bold = true
			r.name.Truncation = fyne.TextTruncateEllipsis
			r.meta.Truncation = fyne.TextTruncateEllipsis
			return b.changeRows.keep(container.NewBorder(nil, nil, r.icon, nil, container.New(&tightVBox{}, r.name, r.meta)), r)
		},
		b.updateChangeRow)
	b.ChangeList.OnSelected = func(i widget.ListItemID) {
		if e := b.exercise(); i < len(e.Changes) {
			b.change = e.Changes[i].ID
			b.showChange()
		}
	}
	b.ChangeDetail = widget.NewLabel("")
	b.ChangeDetail.Wrapping = fyne.TextWrapWord
	b.EditChange = widget.NewButtonWithIcon(lang.L("Edit…"), theme.DocumentCreateIcon(), b.AskEditChange)
	b.RemoveChange = widget.NewButtonWithIcon(lang.L("Remove"), theme.DeleteIcon(), func() { b.RemoveChangeID(b.change) })
	detail := container.NewBorder(nil, nil, nil, container.NewVBox(b.EditChange, b.RemoveChange), b.ChangeDetail)
	return container.NewBorder(container.NewVBox(form, b.ChangeErr, widget.NewSeparator()), detail, nil, nil, b.ChangeList)
}

func (b *BelongingScreen) updateChangeRow(i widget.ListItemID, o fyne.CanvasObject) {
	r := b.changeRows[o]
	if r == nil || i >= len(b.result.Changes) {
		return
	}
	c := b.result.Changes[i]
	relabel(r.name, c.Change.Name)
	meta := fmt.Sprintf("%s · %s · %s", report.PaceWord(c), changeLevelsText(c.Change), weeksText(c.Change.Weeks))
	relabel(r.meta, meta)
	if c.TooFast {
		r.icon.SetResource(theme.NewErrorThemedResource(theme.WarningIcon()))
		r.meta.Importance = widget.DangerImportance
	} else {
		r.icon.SetResource(theme.NewSuccessThemedResource(theme.ConfirmIcon()))
		r.meta.Importance = widget.SuccessImportance
	}
	r.meta.Refresh()
}

func changeLevelsText(c workshop.PlannedChange) string {
	if len(c.Levels) == 0 {
		return lang.L("no level given")
	}
	return strings.Join(c.Levels, ", ")
}

func weeksText(n int) string {
	if n == 0 {
		return lang.L("no pace set")
	}
	return plural(n, lang.L("week"), lang.L("weeks"))
}

// parseWeeks reads how many weeks a change is meant to take: blank is not
// said.
func parseWeeks(s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n > workshop.MaxChangeWeeks {
		return 0, fmt.Errorf(lang.L("weeks are a whole number from 0 to %d"), workshop.MaxChangeWeeks)
	}
	return n, nil
}

// refreshPace shows the changes with their pace, the levels to tick and
// the suggestions from other steps.
func (b *BelongingScreen) refreshPace() {
	e := b.exercise()
	if !slices.Equal(b.ChangeLevels.Options, e.Levels) {
		kept := slices.DeleteFunc(slices.Clone(b.ChangeLevels.Selected), func(l string) bool { return !slices.Contains(e.Levels, l) })
		b.ChangeLevels.Options = slices.Clone(e.Levels)
		b.ChangeLevels.Selected = kept
		b.ChangeLevels.Refresh()
	}
	b.suggested = b.ed.Session.SuggestedChanges(e)
	var names []string
	for _, c := range b.suggested {
		names = append(names, c.Name)
	}
	b.binding = true
	b.Suggestions.SetOptions(names)
	b.Suggestions.ClearSelected()
	b.binding = false
	if len(names) == 0 {
		b.Suggestions.Hide()
	} else {
		b.Suggestions.Show()
	}
	if !slices.ContainsFunc(e.Changes, func(c workshop.PlannedChange) bool { return c.ID == b.change }) {
		b.change = ""
		b.ChangeList.UnselectAll()
	}
	b.ChangeList.Refresh()
	b.showChange()
}

// showChange shows the selected change's advice in full.
func (b *BelongingScreen) showChange() {
	for _, c := range b.result.Changes {
		if c.Change.ID == b.change {
			setLabel(b.ChangeDetail, fmt.Sprintf(lang.L("%s: %s"), c.Change.Name, c.Advice))
			b.EditChange.Enable()
			b.RemoveChange.Enable()
			return
		}
	}
	text := lang.L("Select a change to read what the map says about it.")
	if len(b.exercise().Changes) == 0 {
		text = lang.L("No changes yet. Add the changes the session plans, and each is checked against the map.")
	}
	setLabel(b.ChangeDetail, text)
	b.EditChange.Disable()
	b.RemoveChange.Disable()
}

// AddTypedChange adds the change typed in the form.
func (b *BelongingScreen) AddTypedChange() {
	weeks, err := parseWeeks(b.ChangeWeeks.Text)
	if err != nil {
		showErr(b.ChangeErr, sentence(err.Error()))
		return
	}
	name, levels, source, id := b.ChangeName.Text, b.ChangeLevels.Selected, b.source, ""
	err = b.changeMap(fmt.Sprintf(lang.L("adding the change %s"), quoted(strings.TrimSpace(name), "")), func(e *workshop.BelongingExercise) error {
		c, err := e.AddChange(name, levels, weeks, source)
		if err == nil {
			id = c.ID
		}
		return err
	})
	if err != nil {
		showErr(b.ChangeErr, sentence(err.Error()))
		return
	}
	showErr(b.ChangeErr, "")
	b.change = id
	b.binding = true
	b.ChangeName.SetText("")
	b.ChangeWeeks.SetText("")
	b.ChangeLevels.SetSelected(nil)
	b.binding = false
	b.source = ""
	b.refreshPace()
	if i := len(b.exercise().Changes) - 1; i >= 0 {
		b.ChangeList.Select(i)
	}
	b.ed.Window.Canvas().Focus(b.ChangeName)
}

// RemoveChangeID takes a change off the list.
func (b *BelongingScreen) RemoveChangeID(id string) {
	e := b.exercise()
	i := slices.IndexFunc(e.Changes, func(c workshop.PlannedChange) bool { return c.ID == id })
	if i < 0 {
		return
	}
	name := quoted(e.Changes[i].Name, "")
	if err := b.changeMap(fmt.Sprintf(lang.L("removal of the change %s"), name), func(e *workshop.BelongingExercise) error { e.RemoveChange(id); return nil }); err != nil {
		showErr(b.ChangeErr, sentence(err.Error()))
		return
	}
	b.change = ""
	b.refreshPace()
	b.ed.notify(removedNotice(fmt.Sprintf(lang.L("the change %s"), name), false))
}

// AskEditChange edits the selected change's name, levels and weeks.
func (b *BelongingScreen) AskEditChange() {
	e := b.exercise()
	i := slices.IndexFunc(e.Changes, func(c workshop.PlannedChange) bool { return c.ID == b.change })
	if i < 0 {
		return
	}
	c := e.Changes[i]
	name := widget.NewEntry()
	name.SetText(c.Name)
	levels := widget.NewCheckGroup(slices.Clone(e.Levels), nil)
	levels.SetSelected(slices.Clone(c.Levels))
	weeks := widget.NewEntry()
	if c.Weeks > 0 {
		weeks.SetText(strconv.Itoa(c.Weeks))
	}
	d := dialog.NewForm(lang.L("Edit change"), lang.L("Save"), lang.L("Cancel"), []*widget.FormItem{
		widget.NewFormItem(lang.L("Change"), name),
		widget.NewFormItem(lang.L("Levels"), levels),
		{Text: lang.L("Weeks"), Widget: weeks, HintText: lang.L("How fast it is meant to land")},
	}, func(ok bool) {
		if !ok {
			return
		}
		n, err := parseWeeks(weeks.Text)
		if err == nil {
			err = b.changeMap(fmt.Sprintf(lang.L("edit of the change %s"), quoted(c.Name, "")), func(e *workshop.BelongingExercise) error {
				return e.EditChange(c.ID, name.Text, levels.Selected, n)
			})
		}
		if err != nil {
			showProblem(b.ed.Window, lang.L("Change not saved"), sentence(err.Error()))
			return
		}
		b.refreshPace()
	}, b.ed.Window)
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

// switchModeLabel names a switch of recording mode in the Edit menu, one
// sentence per mode so that each language words it its own way.
func switchModeLabel(mode workshop.Mode) string {
	switch mode {
	case workshop.ModeNamed:
		return lang.L("switch to by name")
	case workshop.ModeTally:
		return lang.L("switch to show of hands")
	}
	return fmt.Sprintf(lang.L("switch to %s"), strings.ToLower(mode.Label()))
}
