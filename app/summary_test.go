package app

import (
	"strings"
	"testing"

	"scaleroom/workshop"
)

func TestSummaryShowsEveryExercise(t *testing.T) {
	f := newFixture(t)
	f.withResponses(t)
	load := f.step(workshop.StepLoad)
	load.Load.Capacity = 6
	load.UsedSeconds = 41*60 + 5
	it := load.Load.AddItem("Weekly report")
	it.Owner, it.Load, it.Decision, it.DecisionOwner, it.DecisionDate = workshop.ParticipantOwner("p2"), 4, workshop.DecisionStop, workshop.ParticipantOwner("p2"), "2026-04-01"
	it2 := load.Load.AddItem("On-call")
	it2.Owner, it2.Load = workshop.ParticipantOwner("p1"), 5
	refl := f.step(workshop.StepReflection)
	in := refl.Reflection.AddInitiative("Central intake")
	in.Phase, in.Trap, in.Direction, in.FirstAction = workshop.PhaseMaturity, workshop.TrapRigidity, workshop.DirectionDown, "Pilot direct referrals"
	in2 := refl.Reflection.AddInitiative("Drop-in sessions")
	in2.Phase, in2.Direction, in2.Contested = workshop.PhaseBirth, workshop.DirectionUp, true
	f.ed.Session.AddAction("Stop the weekly report", workshop.ParticipantOwner("p2"), "2026-04-01", load.ID)
	f.ed.Session.AddAction("Ask the board what it reads", workshop.Owner{}, "", "")

	s := NewSummaryScreen(f.ed)
	txt := s.Text()
	for _, want := range []string{
		"Values: 0 of 1 values pass, 1 do not, 0 have no responses yet.",
		"What we carry: load 9 points today, 5 after the decisions, against a capacity of 6; 1 on the stop-doing list.",
		"Ecocycle: scale up 1, scale down 1.",
		"Actions agreed: 2.",
		"3. What we carry — 40 min planned, 41:05 used",
		"Total: 110 min planned, 41:05 used",
		"Scale: Gradients of Agreement. Passes when no one is at 7 or 8.",
		"Decide close to the work — does not pass",
		"1 Whole-hearted endorsement: 1 · 6 Don't like it, but will support it: 1 · 7 Serious disagreement: 1",
		"3 responses: 1 agree, 0 open, 2 disagree. Commitment: 2 commit, 0 conditional, 1 withholds.",
		"Disagree and commit: 1 (Ben)",
		"Withheld commitment: 1 (Chloé)",
		"“Not while budgets sit centrally” — Chloé",
		"Capacity 6 points. Today 9, after the decisions 5.",
		"Today's load is 9 points against a capacity of 6: 50% over.",
		"Stop:\n• Weekly report (Ben, by 1 April 2026)",
		"Birth: Drop-in sessions (scale up)\nMaturity: Central intake (scale down)",
		"Rigidity trap: Central intake.",
		"Placed without consensus: Drop-in sessions.",
		"First action for Central intake: Pilot direct referrals",
		"Ben:\n  • Stop the weekly report (due 1 April 2026)\nNo owner yet:\n  • Ask the board what it reads",
	} {
		if !strings.Contains(txt, want) {
			t.Errorf("summary lacks %q", want)
		}
	}
	if t.Failed() {
		t.Log(txt)
	}

	// It follows the session after a change elsewhere.
	f.ed.Session.Actions[1].Done = true
	s.Refresh()
	if txt := s.Text(); !strings.Contains(txt, "Done: 1 action.") || strings.Contains(txt, "No owner yet") {
		t.Errorf("summary did not refresh:\n%s", txt)
	}
}
