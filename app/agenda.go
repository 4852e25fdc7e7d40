package app

import (
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"scaleroom/workshop"
)

// stepKindChoices lists the kinds of step in the reader's language, so it
// is made when a picker needs it.
func stepKindChoices() choices { return termChoices(workshop.StepKindTerms) }

// AgendaScreen edits the agenda: add, remove, reorder and retitle steps,
// set their timeboxes, and change the kind of a step that is still empty.
type AgendaScreen struct {
	ed *Editor
	// reshaped tells the window that steps were added, removed, reordered
	// or changed kind, so it rebuilds the sidebar and drops the screen of a
	// step whose kind changed.
	reshaped func(stepID string)

	List     *widget.List
	Add      *widget.Button
	AddKind  *widget.Select
	Up, Down *widget.Button
	Remove   *widget.Button
	Title    *widget.Entry
	Kind     *widget.Select
	KindNote *widget.Label // why the kind cannot change
	Timebox  *widget.Entry
	FieldErr *widget.Label
	Result   *widget.Label

	form        *fyne.Container
	noSelection *widget.Label
	rows        rowsOf[*agendaRow]
	selected    string // step ID
	loading     bool
	root        fyne.CanvasObject
}

type agendaRow struct{ title, meta *widget.Label }

func newAgendaScreen(ed *Editor, reshaped func(stepID string)) *AgendaScreen {
	a := &AgendaScreen{ed: ed, reshaped: reshaped, rows: rowsOf[*agendaRow]{}}
	a.build()
	a.Refresh()
	return a
}

func (a *AgendaScreen) build() {
	a.buildList()
	a.buildTools()
	a.buildForm()
	tools := container.NewHBox(a.Add, a.AddKind, a.Up, a.Down, a.Remove)
	left := container.NewBorder(container.NewVBox(tools, a.Result), nil, nil, nil, a.List)
	split := container.NewHSplit(left, container.NewVScroll(container.NewVBox(a.noSelection, a.form)))
	split.Offset = 0.5
	a.root = split
}

// buildList makes the list of steps: number, title, kind, time and what
// the step holds.
func (a *AgendaScreen) buildList() {
	a.List = widget.NewList(func() int { return len(a.ed.Session.Steps) },
		func() fyne.CanvasObject {
			r := &agendaRow{title: widget.NewLabel(lang.L("10. Step title")), meta: widget.NewLabel(lang.L("Scale up or scale down · 120 min"))}
			r.title.Truncation = fyne.TextTruncateEllipsis
			r.meta.SizeName = theme.SizeNameCaptionText
			r.meta.Truncation = fyne.TextTruncateEllipsis
			return a.rows.keep(container.New(&tightVBox{}, r.title, r.meta), r)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			r := a.rows[o]
			if r == nil || i >= len(a.ed.Session.Steps) {
				return
			}
			st := &a.ed.Session.Steps[i]
			r.title.SetText(fmt.Sprintf("%d. %s", i+1, st.Title))
			meta := kindLabel(st.Kind) + " · " + minutesText(st.Timebox)
			if c := st.Content(); c != "" {
				meta += " · " + c
			}
			r.meta.SetText(meta)
		})
	a.List.OnSelected = func(i widget.ListItemID) {
		if i >= 0 && i < len(a.ed.Session.Steps) {
			a.selectStep(a.ed.Session.Steps[i].ID)
		}
	}
}

// buildTools makes the buttons that add, move and remove steps.
func (a *AgendaScreen) buildTools() {
	a.AddKind = newChoiceSelect(stepKindChoices(), func(workshop.StepKind) {})
	a.AddKind.SetSelected(stepKindChoices().label(string(workshop.StepDiscussion)))
	a.Add = widget.NewButtonWithIcon(lang.L("Add step"), theme.ContentAddIcon(), a.addStep)
	a.Add.Importance = widget.HighImportance
	a.Up = widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { a.move(-1) })
	a.Down = widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { a.move(1) })
	a.Remove = widget.NewButtonWithIcon(lang.L("Remove"), theme.DeleteIcon(), a.removeSelected)
	a.Result = widget.NewLabel("")
	a.Result.Wrapping = fyne.TextWrapWord
	a.Result.Hide() // shown with what the last removal did
}

// buildForm makes the selected step's fields.
func (a *AgendaScreen) buildForm() {
	a.Title = widget.NewEntry()
	a.Title.OnChanged = func(v string) {
		a.edit(lang.L("title"), "title", true, func(id string) workshop.Edit { return workshop.SetStepTitle(id, v) })
	}
	a.Kind = newChoiceSelect(stepKindChoices(), func(k workshop.StepKind) {
		if k == "" || a.loading {
			return
		}
		a.edit(lang.L("kind"), "kind", false, func(id string) workshop.Edit { return workshop.SetStepKind(id, k) })
		a.reshaped(a.selected)
	})
	a.KindNote = widget.NewLabel("")
	a.KindNote.Wrapping = fyne.TextWrapWord
	a.Timebox = widget.NewEntry()
	a.Timebox.Validator = func(s string) error { _, err := parseTimebox(s); return err }
	a.Timebox.OnChanged = func(v string) {
		m, err := parseTimebox(v)
		if err != nil {
			if !a.loading {
				showErr(a.FieldErr, fmt.Sprintf(lang.L("Timebox: %s."), err.Error()))
			}
			return
		}
		a.edit(lang.L("timebox"), "timebox", true, func(id string) workshop.Edit { return workshop.SetTimebox(id, m) })
	}
	a.FieldErr = widget.NewLabel("")
	a.FieldErr.Importance = widget.DangerImportance
	a.FieldErr.Wrapping = fyne.TextWrapWord
	a.FieldErr.Hide()

	timebox := container.NewHBox(container.NewGridWrap(fyne.NewSize(90, a.Timebox.MinSize().Height), a.Timebox), widget.NewLabel(lang.L("minutes")))
	a.form = container.NewVBox(
		widget.NewForm(
			widget.NewFormItem(lang.L("Title"), a.Title),
			widget.NewFormItem(lang.L("Kind"), a.Kind),
			widget.NewFormItem(lang.L("Timebox"), timebox),
		),
		a.KindNote,
		a.FieldErr,
	)
	a.noSelection = widget.NewLabel(lang.L("Select a step to change it, or add one after the selected step."))
	a.noSelection.Wrapping = fyne.TextWrapWord
}

// Object is the screen's root.
func (a *AgendaScreen) Object() fyne.CanvasObject { return a.root }

// Refresh re-reads the agenda.
func (a *AgendaScreen) Refresh() {
	if a.ed.Session.Step(a.selected) == nil {
		a.selected = ""
		a.List.UnselectAll()
	}
	a.List.Refresh()
	a.fillForm()
}

func (a *AgendaScreen) selectStep(id string) {
	a.selected = id
	showErr(a.FieldErr, "")
	a.fillForm()
	if i := a.ed.Session.StepIndex(id); i >= 0 {
		a.List.Select(i)
		a.List.ScrollTo(i)
	}
}

func (a *AgendaScreen) fillForm() {
	st := a.ed.Session.Step(a.selected)
	i := a.ed.Session.StepIndex(a.selected)
	setEnabled(a.Up, st != nil && i > 0)
	setEnabled(a.Down, st != nil && i < len(a.ed.Session.Steps)-1)
	setEnabled(a.Remove, st != nil)
	if st == nil {
		a.form.Hide()
		a.noSelection.Show()
		return
	}
	a.noSelection.Hide()
	a.form.Show()
	a.loading = true
	defer func() { a.loading = false }()
	if a.Title.Text != st.Title {
		a.Title.SetText(st.Title)
	}
	setChoice(a.Kind, stepKindChoices(), st.Kind)
	if c := st.Content(); c != "" {
		a.Kind.Disable()
		a.KindNote.SetText(fmt.Sprintf(lang.L("This step holds %s, so its kind stays %s. Add a new step for another exercise."), c, kindLabel(st.Kind)))
		a.KindNote.Show()
	} else {
		a.Kind.Enable()
		a.KindNote.Hide()
	}
	if m, err := parseTimebox(a.Timebox.Text); err != nil || m != st.Timebox {
		a.Timebox.SetText(strconv.Itoa(st.Timebox))
	}
}

// edit applies a change, made for the selected step's ID, to it; a
// refused one says why. field names it in the Edit menu ("title"), key
// names it for the history, in any language; typing says it comes from a
// text field, whose keystrokes make one step to undo.
func (a *AgendaScreen) edit(field, key string, typing bool, edit func(id string) workshop.Edit) {
	st := a.ed.Session.Step(a.selected)
	if a.loading || st == nil {
		return
	}
	label := fmt.Sprintf(lang.L("%s of %s"), field, quoted(st.Title, lang.L("the step")))
	var err error
	if typing {
		err = a.ed.Type(label, "step "+st.ID+" "+key, edit(st.ID))
	} else {
		err = a.ed.Apply(label, edit(st.ID))
	}
	if err != nil {
		showErr(a.FieldErr, sentence(err.Error()))
		return
	}
	showErr(a.FieldErr, "")
	a.List.Refresh()
}

// addStep adds a step of the chosen kind after the selected one (or at
// the end), selects it and puts the cursor in its title.
func (a *AgendaScreen) addStep() {
	kind := workshop.StepKind(stepKindChoices().code(a.AddKind.Selected))
	if kind == "" {
		kind = workshop.StepDiscussion
	}
	at := len(a.ed.Session.Steps)
	if i := a.ed.Session.StepIndex(a.selected); i >= 0 {
		at = i + 1
	}
	title := workshop.StepKindTerms.Label(kind)
	// A known kind and 15 minutes: never refused.
	_ = a.ed.Apply(fmt.Sprintf(lang.L("adding %s"), quoted(title, lang.L("a step"))), workshop.InsertStep(at, kind, title, 15))
	id := a.ed.Session.Steps[min(at, len(a.ed.Session.Steps)-1)].ID
	a.reshaped(id)
	showErr(a.Result, "")
	a.List.Refresh()
	a.selectStep(id)
	if w := a.ed.Window; w != nil {
		w.Canvas().Focus(a.Title)
	}
}

func (a *AgendaScreen) move(by int) {
	i := a.ed.Session.StepIndex(a.selected)
	if i < 0 || i+by < 0 || i+by >= len(a.ed.Session.Steps) {
		return
	}
	_ = a.ed.Apply(fmt.Sprintf(lang.L("moving %s"), quoted(a.ed.Session.Steps[i].Title, lang.L("the step"))), workshop.MoveStep(i, i+by)) // in range: never refused
	a.reshaped("")
	a.List.Refresh()
	a.selectStep(a.selected)
}

// removeSelected removes the selected step with what it holds. It does
// not ask first: undo brings the step back whole, with the links of the
// actions agreed in it.
func (a *AgendaScreen) removeSelected() {
	if st := a.ed.Session.Step(a.selected); st != nil {
		a.remove(st.ID)
	}
}

func (a *AgendaScreen) remove(id string) {
	st := a.ed.Session.Step(id)
	if st == nil {
		return
	}
	title, held := st.Title, st.Content()
	i := a.ed.Session.StepIndex(id)
	what := quoted(title, lang.L("the step"))
	if err := a.ed.Apply(fmt.Sprintf(lang.L("removal of %s"), what), workshop.RemoveStep(id)); err != nil {
		showErr(a.FieldErr, sentence(err.Error()))
		return
	}
	a.reshaped(id)
	if held != "" {
		what = fmt.Sprintf(lang.L("%s and its %s"), what, held)
	}
	a.ed.notify(removedNotice(what, held != ""))
	showErr(a.Result, fmt.Sprintf(lang.X("agenda.removed", "Removed %s."), inQuotes(title)))
	a.selected = ""
	a.List.UnselectAll()
	a.Refresh()
	if n := len(a.ed.Session.Steps); n > 0 {
		a.selectStep(a.ed.Session.Steps[min(i, n-1)].ID)
	}
}
