package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"scaleroom/workshop"
)

func TestHomeStartsDefaultTemplateInOneClick(t *testing.T) {
	f := newGUI(t)
	h := f.s.Home
	if h == nil || len(h.Templates) < 2 {
		t.Fatalf("home should list the built-in templates, got %+v", h)
	}
	test.Tap(h.StartButton)
	sw := f.s.Session
	if sw == nil {
		t.Fatal("Start did not open a session")
	}
	if got := sw.Editor.Session.Template; got != "half-day-scaling" {
		t.Errorf("template = %q, want the first built-in, half-day-scaling", got)
	}
	if got := f.s.Window.Title(); got != "How we scale: a half-day workshop (not saved yet) — Scaleroom" {
		t.Errorf("title = %q", got)
	}
	if got := sw.Planned.Text; got != "Agenda · 3 h 40 min planned" {
		t.Errorf("planned = %q", got)
	}
	if got := sw.StepTitle.Text; got != "Welcome and why less matters" {
		t.Errorf("first step shown = %q", got)
	}
	if !strings.HasPrefix(sw.NextButton.Text, "Next: Values") {
		t.Errorf("next button = %q", sw.NextButton.Text)
	}
	_ = workshop.StepValues
}

func TestUntouchedNewSessionLeavesWithoutAsking(t *testing.T) {
	f := newGUI(t)
	test.Tap(f.s.Home.StartButton)
	left := false
	f.s.leave(func() { left = true })
	if !left || f.s.Window.Canvas().Overlays().Top() != nil {
		t.Fatal("an untouched session should close without a question")
	}
}

func TestNotesScreenMarksStepDone(t *testing.T) {
	f := newGUI(t)
	test.Tap(f.s.Home.StartButton)
	sw := f.s.Session
	n, ok := sw.CurrentScreen().(*NotesScreen)
	if !ok {
		t.Fatalf("opening step shows %T", sw.CurrentScreen())
	}
	test.Type(n.Notes, "Ask Farid about the Q3 roadmap")
	test.Tap(n.DoneNext) // marks the step done and moves on
	st := sw.Editor.Session.Steps[0]
	if !st.Done || sw.Editor.Session.Notes != "Ask Farid about the Q3 roadmap" || sw.StepTitle.Text != "Values: disagree and commit" {
		t.Fatalf("done %v notes %q, on %q", st.Done, sw.Editor.Session.Notes, sw.StepTitle.Text)
	}
	if !strings.Contains(sidebarText(sw, 3), "done") { // details, participants, agenda, step 1
		t.Errorf("sidebar row: %q", sidebarText(sw, 3))
	}
	test.Tap(sw.BackButton)
	if !sw.DoneCheck.Checked {
		t.Error("back on the step done, the header's check is clear")
	}
	test.Tap(sw.DoneCheck) // and back from the header
	if sw.Editor.Session.Steps[0].Done || n.DoneNext.Text != "Mark step done" {
		t.Errorf("done %v button %q", sw.Editor.Session.Steps[0].Done, n.DoneNext.Text)
	}
	test.Tap(sw.NextButton)
	if sw.StepTitle.Text != "Values: disagree and commit" {
		t.Errorf("next step %q", sw.StepTitle.Text)
	}
}

// TestNotesTimeboxRefusesPartNumbers: "12abc" used to be stored as 12.
func TestNotesTimeboxRefusesPartNumbers(t *testing.T) {
	f := newGUI(t)
	test.Tap(f.s.Home.StartButton)
	sw := f.s.Session
	n := sw.CurrentScreen().(*NotesScreen)
	before := sw.Editor.Session.Steps[0].Timebox
	n.Timebox.SetText("12abc")
	if got := sw.Editor.Session.Steps[0].Timebox; got != before || n.Timebox.Validate() == nil {
		t.Errorf("timebox %d after typing 12abc (was %d); validation error %v", got, before, n.Timebox.Validate())
	}
	n.Timebox.SetText(" 25 ")
	if got := sw.Editor.Session.Steps[0].Timebox; got != 25 || n.Timebox.Validate() != nil {
		t.Errorf("timebox %d after typing 25, validation %v", got, n.Timebox.Validate())
	}
}
