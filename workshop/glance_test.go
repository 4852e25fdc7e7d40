package workshop

import (
	"reflect"
	"testing"
)

func TestGlance(t *testing.T) {
	s := &Session{}
	s.AddParticipant("Ana")
	vs := s.AddStep(StepValues, "Our values", 30)
	v, _ := vs.Values.AddValue("Trust", "")
	v.SetResponse("p1", 8)
	vs.Values.AddValue("Speed", "")
	ls := s.AddStep(StepLoad, "What we carry", 30)
	ls.Load.Unit, ls.Load.Capacity = UnitHours, 10
	a := ls.Load.AddItem("Report")
	a.Load, a.Decision = 4, DecisionStop
	ls.Load.AddItem("Standup").Load = 2.5
	rs := s.AddStep(StepReflection, "Grow or let go", 30)
	rs.Reflection.AddInitiative("PMO").Direction = DirectionDown
	rs.Reflection.AddInitiative("Wiki")
	s.AddStep(StepReflection, "Grow or shrink?", 10)
	s.AddStep(StepReflection, "  ", 10)
	s.AddAction("Tell finance", Owner{}, "", "")
	want := []string{
		"Our values: 0 of 2 values pass, 1 do not, 1 have no responses yet.",
		"What we carry: load 6.5 hours a week today, 2.5 after the decisions, against a capacity of 10; 1 on the stop-doing list.",
		"Grow or let go: scale down 1, not decided 1.",
		"Grow or shrink? No initiatives.",
		"No initiatives.",
		"Actions agreed: 1.",
	}
	if got := s.Glance(); !reflect.DeepEqual(got, want) {
		t.Errorf("Glance:\n%q\nwant\n%q", got, want)
	}
}

func TestStepHeading(t *testing.T) {
	for _, tt := range []struct {
		kind        StepKind
		title, want string
	}{
		{StepValues, "Our values", "Values: Our values"},
		{StepValues, "Values: disagree and commit", "Values: disagree and commit"},
		{StepLoad, "load inventory (team A)", "load inventory (team A)"},
		{StepReflection, "", "Scale up or scale down"},
		{StepBreak, "Coffee", "Coffee"},
		{StepReflection, "Scale up or scale down?", "Scale up or scale down?"},
		{StepLoad, "What we carry", "Load inventory: What we carry"},
	} {
		st := Step{Kind: tt.kind, Title: tt.title}
		if got := st.Heading(); got != tt.want {
			t.Errorf("Heading(%s, %q) = %q, want %q", tt.kind, tt.title, got, tt.want)
		}
	}
}
