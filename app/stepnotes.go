package app

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"scaleroom/workshop"
)

// NotesScreen serves steps without an exercise of their own (opening,
// discussion, break, closing, and exercises whose screen is not built in):
// the session notes to capture what the room says, the timebox, and a way
// to mark the step done and move on.
type NotesScreen struct {
	ed       *Editor
	stepID   string
	Notes    *TextArea
	Timebox  *widget.Entry
	DoneNext *widget.Button
	Info     *widget.Label
	loading  bool
	root     fyne.CanvasObject
	// setDone marks the step done or not; the session window's also moves
	// on to the next step.
	setDone func(stepID string, done bool)
}

func newNotesScreen(ed *Editor, stepID string) *NotesScreen {
	n := &NotesScreen{ed: ed, stepID: stepID}
	n.Notes = NewTextArea()
	n.Notes.Wrapping = fyne.TextWrapWord
	n.Notes.SetPlaceHolder(lang.L("Capture what the room says: questions, concerns, ideas, who will follow up.\nThese notes are the session's notes and go into the summary."))
	n.Notes.OnChanged = func(s string) {
		if !n.loading {
			typeNotes(ed, s)
		}
	}
	n.Timebox = widget.NewEntry()
	// The validator marks what cannot be a timebox ("12abc", "-5") instead
	// of quietly storing part of it.
	n.Timebox.Validator = func(s string) error {
		_, err := parseTimebox(s)
		return err
	}
	n.Timebox.OnChanged = func(s string) {
		if n.loading {
			return
		}
		m, err := parseTimebox(s)
		if err != nil {
			return
		}
		// The field refuses what SetTimebox would.
		_ = ed.Type(lang.L("timebox"), "timebox "+stepID, workshop.SetTimebox(stepID, m))
	}
	n.DoneNext = widget.NewButtonWithIcon(lang.L("Mark step done"), theme.ConfirmIcon(), n.toggleDone)
	n.Info = widget.NewLabel("")
	n.Info.Wrapping = fyne.TextWrapWord

	timebox := container.NewHBox(widget.NewLabel(lang.L("Timebox")), container.NewGridWrap(fyne.NewSize(80, n.Timebox.MinSize().Height), n.Timebox), widget.NewLabel(lang.L("minutes")))
	bottom := container.NewBorder(nil, nil, timebox, n.DoneNext, n.Info)
	n.root = container.NewBorder(sectionLabel(lang.L("Session notes")), bottom, nil, nil, n.Notes)
	n.Refresh()
	return n
}

// parseTimebox reads a timebox in whole minutes, within what the file
// format allows (a day).
func parseTimebox(s string) (int, error) {
	m, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || m < 0 || m > workshop.MaxTimebox {
		return 0, fmt.Errorf(lang.L("a timebox is a whole number of minutes, 0 to %d"), workshop.MaxTimebox)
	}
	return m, nil
}

// Object is the screen's root.
func (n *NotesScreen) Object() fyne.CanvasObject { return n.root }

// Refresh re-reads the step and the notes.
func (n *NotesScreen) Refresh() {
	n.loading = true
	defer func() { n.loading = false }()
	setNotes(&n.Notes.Entry, n.ed.Session.Notes)
	st := n.ed.Session.Step(n.stepID)
	if st == nil {
		return
	}
	setText(n.Timebox, fmt.Sprint(st.Timebox))
	if st.Done {
		n.DoneNext.SetText(lang.L("Done · mark not done"))
		n.DoneNext.Importance = widget.MediumImportance
	} else {
		n.DoneNext.SetText(lang.L("Mark step done"))
		n.DoneNext.Importance = widget.HighImportance
	}
	n.DoneNext.Refresh()
	n.Info.SetText(kindHint(st.Kind))
}

func (n *NotesScreen) toggleDone() {
	st := n.ed.Session.Step(n.stepID)
	if st == nil {
		return
	}
	if n.setDone != nil {
		n.setDone(n.stepID, !st.Done)
		return
	}
	setDone(n.ed, st, !st.Done)
	n.Refresh()
}

// setDone marks a step done or not done.
func setDone(ed *Editor, st *workshop.Step, done bool) {
	label := fmt.Sprintf(lang.L("marking %s done"), quoted(st.Title, lang.L("the step")))
	if !done {
		label = fmt.Sprintf(lang.L("marking %s not done"), quoted(st.Title, lang.L("the step")))
	}
	// Only a step that is gone can refuse, and then there is nothing to mark.
	_ = ed.Apply(label, workshop.SetStepDone(st.ID, done))
}

// typeNotes records typing in the session notes, which the details page
// and the steps without an exercise both show.
func typeNotes(ed *Editor, text string) {
	_ = ed.Type(lang.L("typing in the session notes"), "details notes", workshop.ChangeDetails(func(d *workshop.Details) { d.Notes = text }))
}

func kindHint(k workshop.StepKind) string {
	switch k {
	case workshop.StepBreak:
		return lang.L("Say when the room restarts and write it where everyone can see it.")
	case workshop.StepOpening:
		return lang.L("Check everyone is on the participant list before the first exercise.")
	case workshop.StepClosing:
		return lang.L("Read back the actions with their owners and dates before people leave.")
	case workshop.StepDiscussion:
		return lang.L("Note who said what only when they agree to be quoted.")
	}
	return lang.L("The exercise screen for this step is not part of this build; notes taken here are kept with the session.")
}
