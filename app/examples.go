package app

import (
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"scaleroom/workshop"
)

// examplesOf returns the example rows the session's built-in template has
// for this step; empty for any other session.
func examplesOf(ed *Editor, stepID string) workshop.Examples {
	st := ed.Session.Step(stepID)
	if st == nil {
		return workshop.Examples{}
	}
	return workshop.BuiltinExamples(ed.Session.Template, stepID, st.Kind)
}

// newExamplesButton makes the "Fill with examples" button of an empty
// inventory or initiative list. showExamplesButton decides when it shows.
func newExamplesButton(fill func()) *widget.Button {
	b := widget.NewButtonWithIcon(lang.L("Fill with examples"), theme.ContentPasteIcon(), fill)
	b.Hide()
	return b
}

// showExamplesButton shows the button only on an empty list whose template
// has examples: once the room has its own rows, examples would be noise.
func showExamplesButton(b *widget.Button, empty bool, x workshop.Examples) {
	if empty && !x.Empty() {
		b.Show()
	} else {
		b.Hide()
	}
}

// fillExamples adds the step's examples as one undoable edit and returns
// the IDs of the rows added (none when every example is there by name).
func fillExamples(ed *Editor, stepID string) []string {
	var added []string
	if ed.Session.Step(stepID) == nil {
		return nil
	}
	_ = ed.Apply(lang.L("filling with examples"), workshop.AddExamples(stepID, examplesOf(ed, stepID), func(ids []string) { added = ids })) // the step is there
	return added
}
