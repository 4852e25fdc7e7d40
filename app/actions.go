package app

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"scaleroom/assets/locale"
	"scaleroom/export/report"
	"scaleroom/workshop"
)

// ActionForm is the what / who / by-when form for an action, used by the
// quick-add dialog every exercise screen offers and by the actions screen.
type ActionForm struct {
	ed *Editor

	Text  *widget.Entry
	Owner *widget.SelectEntry
	Due   *widget.Entry
	// Source picks the step the action came from; nil when the form is
	// opened from a step, which is then the source.
	Source *widget.Select
	stepID string
}

// NewActionForm makes an empty form; stepID is the step the action comes
// from, or "" to let the facilitator pick one.
func NewActionForm(ed *Editor, stepID string) *ActionForm {
	f := &ActionForm{ed: ed, stepID: stepID}
	f.Text = widget.NewEntry()
	f.Text.SetPlaceHolder(lang.L("What will be done"))
	f.Text.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New(lang.L("say what will be done"))
		}
		return nil
	}
	f.Owner = widget.NewSelectEntry(nil)
	untabbedDropDown(f.Owner, actionOwnerOptions(ed.Session))
	f.Owner.SetPlaceHolder(lang.L("Who does it"))
	f.Due = widget.NewEntry()
	f.Due.SetPlaceHolder(datePattern())
	f.Due.Validator = func(s string) error {
		_, err := readDate(s)
		return err
	}
	if stepID == "" {
		f.Source = widget.NewSelect(sourceOptions(ed.Session), nil)
		f.Source.SetSelected(noStep())
	}
	return f
}

// onEnter runs submit when Enter is pressed in any of the form's fields:
// facilitators type the owner or the date last and expect Enter to add.
func (f *ActionForm) onEnter(submit func()) {
	for _, e := range []*widget.Entry{f.Text, &f.Owner.Entry, f.Due} {
		e.OnSubmitted = func(string) { submit() }
	}
}

// untabbedDropDown swaps a SelectEntry's drop-down button for an icon that
// opens the same list but takes no keyboard focus: otherwise Tab from the
// owner lands on the button and a date typed next goes nowhere.
func untabbedDropDown(e *widget.SelectEntry, options []string) {
	e.SetOptions(options) // makes the button
	b, ok := e.ActionItem.(*widget.Button)
	if !ok {
		return
	}
	e.ActionItem = newTapIcon(b.Icon, b.OnTapped)
}

// tapIcon is an icon that runs onTap when tapped; unlike a button it is not
// in the Tab order.
type tapIcon struct {
	widget.Icon
	onTap    func()
	disabled bool
}

func newTapIcon(res fyne.Resource, onTap func()) *tapIcon {
	t := &tapIcon{onTap: onTap}
	t.ExtendBaseWidget(t)
	t.SetResource(res)
	return t
}

// Tapped implements fyne.Tappable.
func (t *tapIcon) Tapped(*fyne.PointEvent) {
	if t.onTap != nil && !t.disabled {
		t.onTap()
	}
}

// Enable, Disable and Disabled let SelectEntry.Disable, which expects its
// drop-down to be Disableable, work as before.
func (t *tapIcon) Enable()        { t.disabled = false }
func (t *tapIcon) Disable()       { t.disabled = true }
func (t *tapIcon) Disabled() bool { return t.disabled }

// noStep is the source picker's choice for an action from no step.
func noStep() string { return lang.L("No particular step") }

func sourceOptions(s *workshop.Session) []string {
	out := []string{noStep()}
	for i, st := range s.Steps {
		out = append(out, stepOption(i, &st))
	}
	return out
}

func stepOption(i int, st *workshop.Step) string { return fmt.Sprintf("%d. %s", i+1, st.Title) }

// actionOwnerOptions suggests the people in the room and the owners used so
// far, by name; anyone else can be typed. A picked or typed name that is a
// participant's links the action to them (workshop.Session.OwnerFromText).
func actionOwnerOptions(s *workshop.Session) []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range s.Participants {
		if !seen[p.Name] {
			seen[p.Name] = true
			out = append(out, p.Name)
		}
	}
	for _, o := range s.Owners() {
		if !seen[o] {
			seen[o] = true
			out = append(out, o)
		}
	}
	sort.Strings(out)
	return out
}

// Items lays the form out for a widget.Form or a form dialog.
func (f *ActionForm) Items() []*widget.FormItem {
	items := []*widget.FormItem{
		{Text: lang.L("Action"), Widget: f.Text, HintText: lang.L("One concrete step, in the room's words")},
		{Text: lang.L("Owner"), Widget: f.Owner, HintText: lang.L("Pick someone in the room or type a name")},
		{Text: lang.L("Due"), Widget: f.Due, HintText: lang.L("May stay empty")},
	}
	if f.Source != nil {
		items = append(items, &widget.FormItem{Text: lang.L("From step"), Widget: f.Source})
	}
	return items
}

// source is the step ID the action is recorded against.
func (f *ActionForm) source() string {
	if f.Source == nil {
		return f.stepID
	}
	for i, st := range f.ed.Session.Steps {
		if stepOption(i, &st) == f.Source.Selected {
			return st.ID
		}
	}
	return ""
}

// check validates the fields, returning the due date as stored.
func (f *ActionForm) check() (string, error) {
	if err := f.Text.Validator(f.Text.Text); err != nil {
		return "", fmt.Errorf(lang.L("Action: %w"), err)
	}
	due, err := readDate(f.Due.Text)
	if err != nil {
		return "", fmt.Errorf(lang.L("Due: %w"), err)
	}
	return due, nil
}

// Submit records the action and empties the form for the next one.
func (f *ActionForm) Submit() (*workshop.Action, error) {
	due, err := f.check()
	if err != nil {
		return nil, err
	}
	text := strings.TrimSpace(f.Text.Text)
	if err := f.ed.Apply(fmt.Sprintf(lang.L("adding %s"), quoted(text, lang.L("an action"))), workshop.AddAction(text, f.ed.Session.OwnerFromText(f.Owner.Text), due, f.source())); err != nil {
		return nil, err
	}
	id := f.ed.Session.Actions[len(f.ed.Session.Actions)-1].ID
	f.Text.SetText("")
	f.Due.SetText("")
	// An emptied form is ready for the next action, not wrong: no red.
	f.Text.SetValidationError(nil)
	// Keep the owner: several actions for one person often come together.
	f.Owner.SetOptions(actionOwnerOptions(f.ed.Session))
	return findAction(f.ed.Session, id), nil
}

// fill puts an existing action into the form for editing.
func (f *ActionForm) fill(a *workshop.Action) {
	f.Text.SetText(a.Text)
	f.Owner.SetText(f.ed.Session.OwnerName(a.Owner))
	f.Due.SetText(locale.FormDate(a.Due))
	if f.Source != nil {
		f.Source.SetSelected(noStep())
		for i, st := range f.ed.Session.Steps {
			if st.ID == a.Step {
				f.Source.SetSelected(stepOption(i, &st))
			}
		}
	}
}

// saveTo writes the form into an existing action.
func (f *ActionForm) saveTo(a *workshop.Action) error {
	due, err := f.check()
	if err != nil {
		return err
	}
	text, owner, step := strings.TrimSpace(f.Text.Text), f.ed.Session.OwnerFromText(f.Owner.Text), f.source()
	return f.ed.Apply(fmt.Sprintf(lang.L("edit of %s"), quoted(a.Text, lang.L("an action"))), workshop.ChangeAction(a.ID, func(a *workshop.Action) error {
		a.Text, a.Owner, a.Due, a.Step = text, owner, due, step
		return nil
	}))
}

func findAction(s *workshop.Session, id string) *workshop.Action {
	for i := range s.Actions {
		if s.Actions[i].ID == id {
			return &s.Actions[i]
		}
	}
	return nil
}

// QuickAction is the dialog an exercise screen opens to note an action
// without leaving the step.
type QuickAction struct {
	Form   *ActionForm
	Dialog *dialog.FormDialog
	// Added is the action recorded, once the dialog is confirmed.
	Added *workshop.Action
}

// ShowQuickAction opens the quick-add dialog for an action from stepID.
func ShowQuickAction(ed *Editor, stepID string) *QuickAction {
	q := &QuickAction{Form: NewActionForm(ed, stepID)}
	title := lang.L("New action")
	if st := ed.Session.Step(stepID); st != nil {
		title = fmt.Sprintf(lang.L("New action from %s"), inQuotes(st.Title))
	}
	q.Dialog = dialog.NewForm(title, lang.L("Add action"), lang.L("Cancel"), q.Form.Items(), func(ok bool) {
		if !ok {
			return
		}
		a, err := q.Form.Submit()
		if err != nil {
			dialog.ShowError(err, ed.Window)
			return
		}
		q.Added = a
	}, ed.Window)
	q.Form.onEnter(q.Dialog.Submit)
	q.Dialog.Resize(fyne.NewSize(520, 0))
	q.Dialog.Show()
	ed.Window.Canvas().Focus(q.Form.Text)
	return q
}

// Owner filter choices besides the owners themselves.
func filterEveryone() string { return lang.L("Everyone") }
func filterNobody() string   { return lang.L("Nobody yet") }

// ActionsScreen lists every action of the session, open ones grouped by
// owner and by due date, with a filter by owner and a form to add more.
type ActionsScreen struct {
	ed *Editor

	Form     *ActionForm
	AddBtn   *widget.Button
	FormErr  *widget.Label
	Filter   *widget.Select
	ShowDone *widget.Check
	List     *widget.List
	Empty    *widget.Label
	Count    *widget.Label

	visible    []string                   // action IDs in list order
	filterKeys map[string]map[string]bool // owner filter choice -> owner identities
	rows       rowsOf[*actionRow]
	editing    *ActionForm // the form of the open edit dialog
	root       fyne.CanvasObject
}

// actionRow is one line of the list; kept so tests can reach its widgets.
type actionRow struct {
	id     string
	Done   *widget.Check
	Text   *widget.Label
	Meta   *widget.Label
	Edit   *widget.Button
	Remove *widget.Button
	obj    fyne.CanvasObject
}

// NewActionsScreen builds the actions screen.
func NewActionsScreen(ed *Editor) *ActionsScreen {
	s := &ActionsScreen{ed: ed, rows: rowsOf[*actionRow]{}}
	s.Form = NewActionForm(ed, "")
	s.FormErr = widget.NewLabel("")
	s.FormErr.Importance = widget.DangerImportance
	s.FormErr.Hide()
	s.AddBtn = widget.NewButtonWithIcon(lang.L("Add action"), theme.ContentAddIcon(), s.add)
	s.AddBtn.Importance = widget.HighImportance
	s.Form.onEnter(s.add)
	s.Filter = widget.NewSelect(nil, func(string) { s.refreshList() })
	s.ShowDone = widget.NewCheck(lang.L("Show done actions"), func(bool) { s.refreshList() })
	s.Count = widget.NewLabel("")
	s.Empty = widget.NewLabel("")
	s.Empty.Importance = widget.LowImportance
	s.Empty.Wrapping = fyne.TextWrapWord
	s.List = widget.NewList(func() int { return len(s.visible) }, s.newRow, s.updateRow)

	form := widget.NewForm(s.Form.Items()...)
	top := container.NewVBox(
		heading(lang.L("Record an action")),
		form,
		container.NewHBox(s.AddBtn),
		s.FormErr,
		widget.NewSeparator(),
		container.NewBorder(nil, nil, widget.NewLabel(lang.L("Owner")), container.NewHBox(s.ShowDone, s.Count), s.Filter),
	)
	s.root = container.NewBorder(top, nil, nil, nil, container.NewStack(s.List, container.NewVBox(s.Empty)))
	s.Refresh()
	return s
}

// Object is the screen's root widget.
func (s *ActionsScreen) Object() fyne.CanvasObject { return s.root }

// Refresh re-reads the session's actions.
func (s *ActionsScreen) Refresh() {
	// The filter lists owners by name but matches by identity, so a
	// participant's actions stay together however their name was typed.
	opts := []string{filterEveryone()}
	s.filterKeys = map[string]map[string]bool{}
	for _, c := range s.ed.Session.OwnerChoices() {
		// Two owners shown alike (a text that is the name of one of two
		// participants who share it by NameKey) share one choice.
		if s.filterKeys[c.Name] == nil {
			s.filterKeys[c.Name] = map[string]bool{}
			opts = append(opts, c.Name)
		}
		s.filterKeys[c.Name][c.Key] = true
	}
	opts = append(opts, filterNobody())
	cur := s.Filter.Selected
	s.Filter.SetOptions(opts)
	keep := false
	for _, o := range opts {
		keep = keep || o == cur
	}
	if !keep {
		cur = filterEveryone()
	}
	s.Filter.OnChanged = nil
	s.Filter.SetSelected(cur)
	s.Filter.OnChanged = func(string) { s.refreshList() }
	s.Form.Owner.SetOptions(actionOwnerOptions(s.ed.Session))
	s.Form.Source.SetOptions(sourceOptions(s.ed.Session))
	s.refreshList()
}

// Visible lists the IDs of the actions shown, in order.
func (s *ActionsScreen) Visible() []string { return append([]string(nil), s.visible...) }

func (s *ActionsScreen) refreshList() {
	filter := s.Filter.Selected
	keys, ownerKey := s.filterKeys[filter], s.ed.Session.OwnerKeys()
	match := func(a *workshop.Action) bool {
		switch filter {
		case filterEveryone(), "":
			return true
		case filterNobody():
			return a.Owner.IsZero()
		}
		return keys[ownerKey(a.Owner)]
	}
	s.visible = s.visible[:0]
	for _, g := range s.ed.Session.OpenActionsByOwner() {
		for _, a := range g.Actions {
			if match(a) {
				s.visible = append(s.visible, a.ID)
			}
		}
	}
	done, closed := 0, 0
	for i := range s.ed.Session.Actions {
		a := &s.ed.Session.Actions[i]
		// Dropped actions show with the done ones: they are not to do.
		if !a.Open() && match(a) {
			closed++
			if a.Done {
				done++
			}
			if s.ShowDone.Checked {
				s.visible = append(s.visible, a.ID)
			}
		}
	}
	open := len(s.visible)
	if s.ShowDone.Checked {
		open -= closed
	}
	count := fmt.Sprintf(lang.L("%d open, %d done"), open, done)
	if dropped := closed - done; dropped > 0 {
		count = fmt.Sprintf(lang.L("%d open, %d done, %d dropped"), open, done, dropped)
	}
	s.Count.SetText(count)
	switch {
	case len(s.visible) > 0:
		s.Empty.Hide()
	case len(s.ed.Session.Actions) == 0:
		s.Empty.SetText(lang.L("No actions yet. Add them here, or with the Action… button on any exercise."))
		s.Empty.Show()
	default:
		s.Empty.SetText(lang.L("No actions match this filter."))
		s.Empty.Show()
	}
	s.List.Refresh()
}

func (s *ActionsScreen) add() {
	if _, err := s.Form.Submit(); err != nil {
		showErr(s.FormErr, err.Error())
		return
	}
	showErr(s.FormErr, "")
	s.Refresh()
	s.ed.Window.Canvas().Focus(s.Form.Text) // ready to type the next one
}

func (s *ActionsScreen) newRow() fyne.CanvasObject {
	r := &actionRow{}
	r.Done = widget.NewCheck("", nil)
	r.Text = widget.NewLabel("")
	r.Text.Truncation = fyne.TextTruncateEllipsis
	r.Meta = widget.NewLabel("")
	r.Meta.SizeName = theme.SizeNameCaptionText // smaller, not fainter: owners must be readable
	r.Edit = widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { s.editAction(r.id) })
	r.Remove = widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { s.removeAction(r.id) })
	r.obj = container.NewBorder(nil, nil, r.Done, container.NewHBox(r.Meta, r.Edit, r.Remove), r.Text)
	return s.rows.keep(r.obj, r)
}

func (s *ActionsScreen) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	r := s.rows[o]
	if r == nil || i < 0 || i >= len(s.visible) {
		return
	}
	a := findAction(s.ed.Session, s.visible[i])
	if a == nil {
		return
	}
	r.id = a.ID
	r.Done.OnChanged = nil
	r.Done.SetChecked(a.Done)
	id := a.ID
	r.Done.OnChanged = func(done bool) { s.setDone(id, done) }
	r.Text.SetText(a.Text)
	r.Meta.SetText(report.ActionMeta(s.ed.Session, a))
}

// row returns the list row showing an action, if it is on screen.
func (s *ActionsScreen) row(id string) *actionRow {
	for _, r := range s.rows {
		if r.id == id && r.obj.Visible() {
			return r
		}
	}
	return nil
}

func (s *ActionsScreen) setDone(id string, done bool) {
	a := findAction(s.ed.Session, id)
	if a == nil || a.Done == done {
		return
	}
	label := fmt.Sprintf(lang.L("marking %s done"), quoted(a.Text, lang.L("an action")))
	if !done {
		label = fmt.Sprintf(lang.L("marking %s not done"), quoted(a.Text, lang.L("an action")))
	}
	// Only an action that is gone can refuse, and then there is nothing to mark.
	_ = s.ed.Apply(label, workshop.ChangeAction(id, func(a *workshop.Action) error { a.Done = done; return nil }))
	s.refreshList()
}

func (s *ActionsScreen) removeAction(id string) {
	a := findAction(s.ed.Session, id)
	if a == nil {
		return
	}
	// No question first: undo brings it back.
	what := quoted(a.Text, lang.L("the action"))
	if err := s.ed.Apply(fmt.Sprintf(lang.L("removal of %s"), what), workshop.RemoveAction(id)); err != nil {
		showErr(s.FormErr, sentence(err.Error()))
		return
	}
	s.ed.notify(removedNotice(what, false))
	s.Refresh()
}

// editAction opens the form on an existing action.
func (s *ActionsScreen) editAction(id string) *dialog.FormDialog {
	a := findAction(s.ed.Session, id)
	if a == nil {
		return nil
	}
	f := NewActionForm(s.ed, "")
	f.fill(a)
	d := dialog.NewForm(lang.L("Edit action"), lang.L("Save"), lang.L("Cancel"), f.Items(), func(ok bool) {
		if !ok {
			return
		}
		if a := findAction(s.ed.Session, id); a != nil {
			if err := f.saveTo(a); err != nil {
				dialog.ShowError(err, s.ed.Window)
				return
			}
		}
		s.Refresh()
	}, s.ed.Window)
	f.onEnter(d.Submit)
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
	s.editing = f
	return d
}
