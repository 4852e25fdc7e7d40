package workshop

import (
	"testing"
	"time"
)

func builtin(t *testing.T, id string) *Template {
	t.Helper()
	all, err := BuiltinTemplates()
	if err != nil {
		t.Fatal(err)
	}
	for _, tpl := range all {
		if tpl.ID == id {
			return tpl
		}
	}
	t.Fatalf("no built-in template %q", id)
	return nil
}

func TestBuiltinTemplateStartsEmptyAndFillsWithExamples(t *testing.T) {
	tpl := builtin(t, "half-day-scaling")
	s := tpl.NewSession(time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC))
	var load *Step
	var refl *Step
	for i := range s.Steps {
		switch s.Steps[i].Kind {
		case StepLoad:
			load = &s.Steps[i]
		case StepReflection:
			refl = &s.Steps[i]
		}
	}
	if load == nil || refl == nil {
		t.Fatal("half-day template lost its load or reflection step")
	}
	if n := len(load.Load.Items); n != 0 {
		t.Fatalf("new session has %d load items, want none", n)
	}
	if n := len(refl.Reflection.Initiatives); n != 0 {
		t.Fatalf("new session has %d initiatives, want none", n)
	}
	if len(s.Owners()) != 0 {
		t.Fatalf("owners %v suggested from examples not in the session", s.Owners())
	}
	// The template itself keeps them (10 items and 6 initiatives in the asset).
	x := BuiltinExamples(s.Template, load.ID, StepLoad)
	if len(x.Items) != 10 || len(x.Initiatives) != 0 {
		t.Fatalf("load examples: %d items, %d initiatives; want 10 and 0", len(x.Items), len(x.Initiatives))
	}
	added := load.Load.AddExamples(x.Items)
	if len(added) != 10 || len(load.Load.Items) != 10 || load.Load.Items[0].Name != x.Items[0].Name {
		t.Fatalf("added %d, have %d items", len(added), len(load.Load.Items))
	}
	seen := map[string]bool{}
	for _, it := range load.Load.Items {
		if seen[it.ID] {
			t.Fatalf("duplicate ID %s", it.ID)
		}
		seen[it.ID] = true
	}
	// A second fill adds nothing: every example is there by name.
	if again := load.Load.AddExamples(x.Items); len(again) != 0 {
		t.Fatalf("second fill added %d", len(again))
	}
	// One item renamed away and one removed: the fill brings back both names.
	load.Load.Items[0].Name = "Our own thing"
	load.Load.RemoveItem(load.Load.Items[1].ID)
	if again := load.Load.AddExamples(x.Items); len(again) != 2 {
		t.Fatalf("refill added %d, want 2", len(again))
	}
	xi := BuiltinExamples(s.Template, refl.ID, StepReflection)
	if len(xi.Initiatives) != 6 {
		t.Fatalf("reflection examples: %d initiatives, want 6", len(xi.Initiatives))
	}
	if got := refl.Reflection.AddExamples(xi.Initiatives); len(got) != 6 || refl.Reflection.Initiatives[5].Phase != xi.Initiatives[5].Phase {
		t.Fatalf("added %d initiatives", len(got))
	}
	if err := s.Validate(); err != nil {
		t.Fatalf("session with examples: %v", err)
	}
	// The examples come back intact from the embedded file each time: the
	// fill did not edit the template.
	if x2 := BuiltinExamples(s.Template, load.ID, StepLoad); x2.Items[0].Name != x.Items[0].Name {
		t.Fatal("examples changed by the fill")
	}
}

func TestBuiltinExamplesFindNothingElsewhere(t *testing.T) {
	for _, c := range []struct{ tpl, step string }{
		{"", "load"},              // a session from no template
		{"my-own", "load"},        // a user template: its rows are in the session already
		{"half-day-scaling", "x"}, // a values step has no example rows
	} {
		x := BuiltinExamples(c.tpl, c.step, StepValues)
		if !x.Empty() {
			t.Errorf("%s/%s: %d items, %d initiatives; want none", c.tpl, c.step, len(x.Items), len(x.Initiatives))
		}
	}
	// A re-created step of the kind is matched when the template has one.
	if x := BuiltinExamples("half-day-scaling", "new-step-id", StepLoad); len(x.Items) != 10 {
		t.Fatalf("by kind: %d items, want 10", len(x.Items))
	}
}

func TestUserTemplateKeepsItsRows(t *testing.T) {
	tpl := builtin(t, "half-day-scaling")
	own := TemplateFrom(tpl.Session.Clone(), "ours", "Ours", "")
	s := own.NewSession(time.Now())
	n := 0
	for _, st := range s.Steps {
		if st.Load != nil {
			n += len(st.Load.Items)
		}
	}
	if n != 10 {
		t.Fatalf("user template session has %d load items, want its own 10", n)
	}
}
