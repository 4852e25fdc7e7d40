package app

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"scaleroom/workshop"
)

func TestBuiltinTemplateStartsEmptyAndFillsWithExamples(t *testing.T) {
	f := newGUI(t)
	sw := f.s.NewSession(scaleDownTemplate(t))
	sess := sw.Editor.Session
	var loadID, reflID string
	for _, st := range sess.Steps {
		switch st.Kind {
		case workshop.StepLoad:
			loadID = st.ID
		case workshop.StepReflection:
			reflID = st.ID
		}
	}
	sw.GoToStep(loadID)
	load, ok := sw.CurrentScreen().(*LoadScreen)
	if !ok {
		t.Fatalf("load step shows %T", sw.CurrentScreen())
	}
	if n := len(sess.Step(loadID).Load.Items); n != 0 {
		t.Fatalf("new session has %d load items", n)
	}
	if owners := load.ownerOptions(); len(owners) != 0 {
		t.Fatalf("owner suggestions %v in a session with nobody and nothing", owners)
	}
	if !load.Examples.Visible() {
		t.Fatal("no Fill with examples on an empty inventory")
	}
	test.Tap(load.Examples)
	items := sess.Step(loadID).Load.Items
	want := len(workshop.BuiltinExamples(sess.Template, loadID, workshop.StepLoad).Items)
	if want == 0 || len(items) != want {
		t.Fatalf("after the fill: %d items, want %d", len(items), want)
	}
	if load.Examples.Visible() {
		t.Fatal("Fill with examples still shown on a filled inventory")
	}
	if load.selected != items[0].ID || load.Name.Text != items[0].Name {
		t.Fatalf("first example not selected: selected %q, name field %q", load.selected, load.Name.Text)
	}
	if !sw.saver.Dirty() {
		t.Fatal("the fill is not an unsaved change")
	}
	// Removing every item brings the offer back.
	for len(sess.Step(loadID).Load.Items) > 0 {
		sess.Step(loadID).Load.RemoveItem(sess.Step(loadID).Load.Items[0].ID)
	}
	load.Refresh()
	if !load.Examples.Visible() {
		t.Fatal("emptied inventory offers no examples")
	}

	sw.GoToStep(reflID)
	refl := sw.CurrentScreen().(*ReflectionScreen)
	if !refl.Examples.Visible() {
		t.Fatal("no Fill with examples on an empty initiative list")
	}
	test.Tap(refl.Examples)
	ins := sess.Step(reflID).Reflection.Initiatives
	if len(ins) == 0 || refl.Examples.Visible() || refl.Name.Text != ins[0].Name {
		t.Fatalf("after the fill: %d initiatives, button shown %v, name field %q", len(ins), refl.Examples.Visible(), refl.Name.Text)
	}
}

func TestNoExamplesOutsideBuiltinTemplates(t *testing.T) {
	f := newGUI(t)
	tpl := &workshop.Template{ID: "ours", Name: "Ours", Session: *scaleDownTemplate(t).Session.Clone()}
	sw := f.s.NewSession(tpl) // a user template: its rows are the room's own
	var stepID string
	for _, st := range sw.Editor.Session.Steps {
		if st.Kind == workshop.StepLoad {
			stepID = st.ID
		}
	}
	sw.GoToStep(stepID)
	load := sw.CurrentScreen().(*LoadScreen)
	if load.Examples.Visible() || len(sw.Editor.Session.Step(stepID).Load.Items) == 0 {
		t.Fatal("a user template's session lost its rows or offers examples")
	}
	sw.Editor.Session.Template = "" // a session from no template at all
	for len(sw.Editor.Session.Step(stepID).Load.Items) > 0 {
		e := sw.Editor.Session.Step(stepID).Load
		e.RemoveItem(e.Items[0].ID)
	}
	load.Refresh()
	if load.Examples.Visible() {
		t.Fatal("a session from no template offers examples")
	}
}
