package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"scaleroom/workshop"
)

// fakeClock is a clock tests move by hand.
type fakeClock struct{ t time.Time }

func (c *fakeClock) Now() time.Time          { return c.t }
func (c *fakeClock) Advance(d time.Duration) { c.t = c.t.Add(d) }

// fixture is an editor on a session with one step of each exercise kind,
// three participants and a clock the test controls.
type fixture struct {
	ed      *Editor
	clock   *fakeClock
	changes int
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	test.NewTempApp(t)
	s := &workshop.Session{Title: "Scaling, spring", Participants: []workshop.Participant{}, Steps: []workshop.Step{}, Actions: []workshop.Action{}}
	for _, n := range []string{"Ana", "Ben", "Chloé"} {
		if _, err := s.AddParticipant(n); err != nil {
			t.Fatal(err)
		}
	}
	s.AddStep(workshop.StepOpening, "Welcome", 10)
	s.AddStep(workshop.StepValues, "Values", 30)
	s.AddStep(workshop.StepLoad, "What we carry", 40)
	s.AddStep(workshop.StepReflection, "Ecocycle", 25)
	s.AddStep(workshop.StepClosing, "Next steps", 5)
	f := &fixture{clock: &fakeClock{t: time.Date(2026, 3, 12, 9, 0, 0, 0, time.UTC)}}
	w := test.NewWindow(nil)
	t.Cleanup(w.Close)
	f.ed = &Editor{Session: s, Window: w, Now: f.clock.Now}
	f.ed.Changed = func() { f.changes++ }
	return f
}

// step returns the fixture's step of a kind.
func (f *fixture) step(kind workshop.StepKind) *workshop.Step {
	for i := range f.ed.Session.Steps {
		if f.ed.Session.Steps[i].Kind == kind {
			return &f.ed.Session.Steps[i]
		}
	}
	return nil
}

// withResponses records a value on the values step with three named
// responses: Ana endorses (1), Ben disagrees and commits (6), Chloé is in
// serious disagreement (7) with a reservation.
func (f *fixture) withResponses(t testing.TB) *workshop.Step {
	st := f.step(workshop.StepValues)
	v, err := st.Values.AddValue("Decide close to the work", "")
	if err != nil {
		t.Fatal(err)
	}
	v.SetResponse("p1", 1)
	v.SetResponse("p2", 6)
	v.SetResponse("p3", 7)
	v.Response("p3").Note = "Not while budgets sit centrally"
	return st
}

// canvasText is every piece of text drawn under o, however deep.
func canvasText(o fyne.CanvasObject) string {
	var b strings.Builder
	for _, obj := range test.LaidOutObjects(o) {
		if t, ok := obj.(*canvas.Text); ok && obj.Visible() {
			b.WriteString(t.Text)
			b.WriteString("\n")
		}
	}
	return b.String()
}
