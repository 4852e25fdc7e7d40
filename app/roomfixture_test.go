package app

import (
	"fmt"
	"testing"
	"time"

	"scaleroom/workshop"
)

// roomNames are twelve people, as many as a typical workshop table seats.
var roomNames = []string{"Ana Lima", "Ben Okafor", "Chloé Martin", "Dev Patel", "Eva Novak", "Farid Haddad",
	"Grace Kim", "Hugo Silva", "Ines Duarte", "Jonas Berg", "Kemal Aydin", "Lena Vogel"}

// projectorSession is the half-day template with its examples, twelve people,
// and the first two values answered: the first by all twelve across six
// levels (it does not pass), the second passing.
func projectorSession(t testing.TB) *Editor {
	t.Helper()
	ts, err := workshop.BuiltinTemplates()
	if err != nil {
		t.Fatal(err)
	}
	var s *workshop.Session
	for _, tp := range ts {
		if tp.ID == "half-day-scaling" {
			s = withExamples(tp.NewSession(time.Date(2026, 3, 12, 9, 0, 0, 0, time.UTC)))
		}
	}
	if s == nil {
		t.Fatal("no half-day-scaling template")
	}
	for _, n := range roomNames {
		if _, err := s.AddParticipant(n); err != nil {
			t.Fatal(err)
		}
	}
	ex := roomStep(s, workshop.StepValues).Values
	if len(ex.Values) < 2 {
		t.Fatalf("the template's values step has %d values", len(ex.Values))
	}
	first := []int{1, 1, 1, 2, 2, 3, 3, 3, 5, 6, 6, 7}
	second := []int{1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 6}
	for i, p := range s.Participants {
		ex.Values[0].SetResponse(p.ID, first[i])
		ex.Values[1].SetResponse(p.ID, second[i])
	}
	ex.Values[0].Response(s.Participants[11].ID).Note = fmt.Sprintf("Not while %s decides the budgets", roomNames[0])
	return &Editor{Session: s, Changed: func() {}, Now: time.Now}
}

// roomStep is the session's first step of a kind.
func roomStep(s *workshop.Session, k workshop.StepKind) *workshop.Step {
	for i := range s.Steps {
		if s.Steps[i].Kind == k {
			return &s.Steps[i]
		}
	}
	return nil
}
