package workshop

import (
	"reflect"
	"testing"
)

func initiativeNames(list []*Initiative) []string {
	var out []string
	for _, in := range list {
		out = append(out, in.Name)
	}
	return out
}

func TestReflectionAnalyse(t *testing.T) {
	e := &ReflectionExercise{Initiatives: []Initiative{
		{ID: "i1", Name: "Monthly all-hands", Phase: PhaseMaturity, Trap: TrapRigidity, Direction: DirectionDown, FirstAction: "Halve it"},
		{ID: "i2", Name: "Mentoring circles", Phase: PhaseBirth, Trap: TrapPoverty, Direction: DirectionUp},
		{ID: "i3", Name: "Central PMO", Phase: PhaseMaturity, Trap: TrapRigidity, Direction: DirectionStop, Contested: true},
		{ID: "i4", Name: "New wiki", Phase: PhaseRenewal, Direction: DirectionHold},
		{ID: "i5", Name: "Hackathon"},
	}}
	r := e.Analyse()
	checks := []struct {
		what string
		got  []string
		want []string
	}{
		{"maturity", initiativeNames(r.ByPhase[PhaseMaturity]), []string{"Monthly all-hands", "Central PMO"}},
		{"not placed", initiativeNames(r.ByPhase[""]), []string{"Hackathon"}},
		{"scale down", initiativeNames(r.ByDirection[DirectionDown]), []string{"Monthly all-hands"}},
		{"undecided", initiativeNames(r.ByDirection[""]), []string{"Hackathon"}},
		{"rigidity", initiativeNames(r.InTrap[TrapRigidity]), []string{"Monthly all-hands", "Central PMO"}},
		{"poverty", initiativeNames(r.InTrap[TrapPoverty]), []string{"Mentoring circles"}},
		{"contested", initiativeNames(r.Contested), []string{"Central PMO"}},
		{"no first action", initiativeNames(r.NoFirstAction), []string{"Mentoring circles", "Central PMO"}},
	}
	for _, c := range checks {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s = %v, want %v", c.what, c.got, c.want)
		}
	}
}

func TestOpenActionsByOwner(t *testing.T) {
	s := &Session{Actions: []Action{
		{ID: "a1", Text: "Write the stop list", Owner: NamedOwner("Mia"), Due: "2026-12-10"},
		{ID: "a2", Text: "Book the room", Owner: Owner{}},
		{ID: "a3", Text: "Share the PDF", Owner: NamedOwner("Bo"), Done: true},
		{ID: "a4", Text: "Talk to finance", Owner: NamedOwner("Mia"), Due: "2026-12-01"},
		{ID: "a5", Text: "Draft values", Owner: NamedOwner("Mia")},
		{ID: "a6", Text: "Ask the board", Owner: NamedOwner("Al"), Due: "2027-01-15"},
	}}
	got := s.OpenActionsByOwner()
	var flat []string
	for _, o := range got {
		for _, a := range o.Actions {
			flat = append(flat, o.Name+":"+a.ID)
		}
	}
	want := []string{"Al:a6", "Mia:a4", "Mia:a1", "Mia:a5", ":a2"}
	if !reflect.DeepEqual(flat, want) {
		t.Errorf("open actions = %v, want %v", flat, want)
	}
	if owners := s.Owners(); !reflect.DeepEqual(owners, []string{"Al", "Bo", "Mia"}) {
		t.Errorf("owners = %v", owners)
	}
}
