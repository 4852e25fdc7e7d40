package app

import (
	"testing"
	"time"

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
