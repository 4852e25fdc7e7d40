package workshop

import (
	"strings"
	"testing"
)

func TestAgendaEdits(t *testing.T) {
	s := &Session{}
	s.AddParticipant("Ana")
	open := s.AddStep(StepOpening, "Welcome", 10).ID
	vals := s.AddStep(StepValues, "Values", 30).ID
	if c := s.Step(vals).Content(); c != "" {
		t.Fatalf("empty values step holds %q", c)
	}
	// An empty step changes kind and gets that kind's empty exercise.
	if err := s.SetStepKind(open, StepLoad); err != nil {
		t.Fatal(err)
	}
	if st := s.Step(open); st.Kind != StepLoad || st.Load == nil || st.Load.Unit != UnitPoints || st.Values != nil {
		t.Fatalf("after kind change: %+v", st)
	}
	if err := s.SetStepKind(open, StepBreak); err != nil || s.Step(open).Load != nil {
		t.Fatalf("to break: %v, %+v", err, s.Step(open))
	}
	if err := s.SetStepKind(open, "party"); err == nil {
		t.Fatal("unknown kind accepted")
	}
	// A step with content keeps its kind.
	v, _ := s.Step(vals).Values.AddValue("Candour", "")
	v.SetResponse(s.Participants[0].ID, 6)
	if c := s.Step(vals).Content(); c != "1 value with 1 answer" {
		t.Fatalf("content %q", c)
	}
	err := s.SetStepKind(vals, StepBreak)
	if err == nil || !strings.Contains(err.Error(), `"Values" holds 1 value with 1 answer`) || s.Step(vals).Kind != StepValues {
		t.Fatalf("kind change of a full step: %v", err)
	}
	// Titles and timeboxes.
	if err := s.SetStepTitle(vals, "  Our   values "); err != nil || s.Step(vals).Title != "Our values" {
		t.Fatalf("title: %v %q", err, s.Step(vals).Title)
	}
	if err := s.SetStepTitle(vals, " \n "); err == nil {
		t.Fatal("blank title accepted")
	}
	if err := s.SetStepTitle(vals, strings.Repeat("é", MaxStepTitle+1)); err == nil {
		t.Fatal("over-long title accepted")
	}
	if err := s.SetTimebox(vals, MaxTimebox+1); err == nil || s.Step(vals).Timebox != 30 {
		t.Fatal("over-long timebox accepted")
	}
	if err := s.SetTimebox(vals, 45); err != nil || s.Step(vals).Timebox != 45 {
		t.Fatal("timebox not set")
	}
	// Insert places the step; indexes follow.
	id := s.InsertStep(0, StepDiscussion, "Check-in", 5)
	if s.StepIndex(id) != 0 || s.StepIndex(vals) != 2 || s.StepIndex("nope") != -1 {
		t.Fatalf("order after insert: %v", stepIDs(s))
	}
	id2 := s.InsertStep(99, StepClosing, "Close", 5)
	if s.StepIndex(id2) != 3 {
		t.Fatalf("insert past the end: %v", stepIDs(s))
	}
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
}

func stepIDs(s *Session) []string {
	var out []string
	for _, st := range s.Steps {
		out = append(out, st.ID)
	}
	return out
}

func TestEnsureExercise(t *testing.T) {
	for _, kind := range []StepKind{StepValues, StepLoad, StepReflection, StepBelonging, StepBreak} {
		st := Step{Kind: kind}
		st.EnsureExercise()
		got := []bool{st.Values != nil, st.Load != nil, st.Reflection != nil, st.Belonging != nil}
		want := []bool{kind == StepValues, kind == StepLoad, kind == StepReflection, kind == StepBelonging}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%s: exercises %v, want %v", kind, got, want)
				break
			}
		}
	}
	// An exercise already there is kept.
	st := Step{Kind: StepLoad, Load: &LoadExercise{Unit: UnitHours, Capacity: 40}}
	st.EnsureExercise()
	if st.Load.Unit != UnitHours || st.Load.Capacity != 40 {
		t.Fatalf("existing inventory replaced: %+v", st.Load)
	}
}
