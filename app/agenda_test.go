package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"scaleroom/workshop"
)

func TestAgendaEditing(t *testing.T) {
	f := newGUI(t)
	sw := startValues(t, f) // values-60: four steps, the second a values round
	w := f.s.Window
	sess := sw.Editor.Session
	sw.GoToStep("s2")
	press(t, w, "6") // Ana answers: the values step now holds an answer
	sw.GoToPage("agenda")
	a, ok := sw.CurrentScreen().(*AgendaScreen)
	if !ok {
		t.Fatalf("agenda page shows %T", sw.CurrentScreen())
	}
	before := len(sess.Steps)
	if a.Remove.Disabled() == false {
		t.Fatal("Remove enabled with no step selected")
	}

	// Add a discussion after step 1; it is selected with its title ready.
	a.List.Select(0)
	a.AddKind.SetSelected(stepKindChoices().label(string(workshop.StepDiscussion)))
	test.Tap(a.Add)
	if len(sess.Steps) != before+1 || sess.Steps[1].Kind != workshop.StepDiscussion || a.selected != sess.Steps[1].ID {
		t.Fatalf("add: %d steps, second %+v", len(sess.Steps), sess.Steps[1])
	}
	if w.Canvas().Focused() != a.Title {
		t.Fatal("the new step's title does not have the keyboard")
	}
	newID := sess.Steps[1].ID
	a.Title.SetText("Pairs: what we heard")
	a.Timebox.SetText("12")
	if st := sess.Step(newID); st.Title != "Pairs: what we heard" || st.Timebox != 12 {
		t.Fatalf("edit: %+v", st)
	}
	// The sidebar follows: the new step is step 2 there.
	if got := sidebarText(sw, 4); !strings.Contains(got, "2. Pairs: what we heard") || !strings.Contains(got, "12 min") {
		t.Fatalf("sidebar row 4 = %q", got)
	}
	// A timebox that cannot be one is refused and not stored.
	a.Timebox.SetText("-5")
	if !a.FieldErr.Visible() || sess.Step(newID).Timebox != 12 {
		t.Fatalf("bad timebox: error shown %v, timebox %d", a.FieldErr.Visible(), sess.Step(newID).Timebox)
	}
	a.Timebox.SetText("15")

	// An empty step changes kind, and its screen is the new kind's.
	setChoice(a.Kind, stepKindChoices(), workshop.StepLoad)
	if sess.Step(newID).Kind != workshop.StepLoad || sess.Step(newID).Load == nil {
		t.Fatalf("kind change: %+v", sess.Step(newID))
	}
	sw.GoToStep(newID)
	if _, ok := sw.CurrentScreen().(*LoadScreen); !ok {
		t.Fatalf("the step now shows %T, want the load screen", sw.CurrentScreen())
	}
	sw.GoToPage("agenda")

	// Reorder: move it down past the values round.
	a.selectStep(newID)
	test.Tap(a.Down)
	if sess.StepIndex(newID) != 2 || sess.Steps[1].ID != "s2" {
		t.Fatalf("move down: %v", stepOrder(sess))
	}

	// The values step holds an answer: its kind is fixed. Removing it does
	// not ask: the notice says what went, and Ctrl+Z brings it back.
	a.selectStep("s2")
	if !a.Kind.Disabled() || !strings.Contains(a.KindNote.Text, "1 answer") {
		t.Fatalf("full step: kind disabled %v, note %q", a.Kind.Disabled(), a.KindNote.Text)
	}
	title := sess.Step("s2").Title
	test.Tap(a.Remove)
	if w.Canvas().Overlays().Top() != nil {
		t.Fatalf("removing a step asked: %q", dialogText(w))
	}
	if sess.Step("s2") != nil || !strings.HasPrefix(a.Result.Text, `Removed "`) {
		t.Fatalf("remove: result %q", a.Result.Text)
	}
	if want := "Removed “" + title + "” and its 4 values with 1 answer · Ctrl+Z brings them back"; sw.Notice.Text != want {
		t.Errorf("notice %q, want %q", sw.Notice.Text, want)
	}
	ctrl(t, w, keyUndo)
	if st := sess.Step("s2"); st == nil || st.Values.Values[0].Responses[0].Level == 0 || sess.StepIndex("s2") != 1 {
		t.Fatalf("undo did not bring the step back in its place: %v", stepOrder(sess))
	}
	sw.GoToStep("s2")
	if vs, ok := sw.CurrentScreen().(*ValuesScreen); !ok || len(vs.Value().Responses) != 1 {
		t.Fatalf("the step back shows %T", sw.CurrentScreen())
	}
	sw.GoToPage("agenda")
	ctrl(t, w, keyRedo)
	if sess.Step("s2") != nil {
		t.Fatal("redo left the step")
	}
	// An empty step goes without a question.
	a.selectStep(newID)
	test.Tap(a.Remove)
	if w.Canvas().Overlays().Top() != nil || sess.Step(newID) != nil {
		t.Fatal("an empty step asked, or stayed")
	}
	if len(sess.Steps) != before-1 {
		t.Fatalf("%d steps, want %d", len(sess.Steps), before-1)
	}
	if err := sess.Validate(); err != nil {
		t.Fatal(err)
	}
}

func stepOrder(s *workshop.Session) []string {
	var out []string
	for _, st := range s.Steps {
		out = append(out, st.ID)
	}
	return out
}
