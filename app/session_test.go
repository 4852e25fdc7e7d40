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
