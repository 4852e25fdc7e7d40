package workshop

import "testing"

func TestProgress(t *testing.T) {
	s := &Session{}
	ana, _ := s.AddParticipant("Ana")
	open := s.AddStep(StepOpening, "Welcome", 10).ID
	values := s.AddStep(StepValues, "Values", 30).ID
	load := s.AddStep(StepLoad, "Load", 40).ID
	refl := s.AddStep(StepReflection, "Ecocycle", 25).ID
	bel := s.AddStep(StepBelonging, "Who can you say no to?", 30).ID
	talk := s.AddStep(StepDiscussion, "Talk", 15).ID
	if _, err := s.Step(values).Values.AddValue("Small teams decide", ""); err != nil {
		t.Fatal(err)
	}
	s.Notes = "shared by every step without an exercise"
	ben, _ := s.AddParticipant("Ben") // may move ana: find both by ID
	s.Participant(ana.ID).Level, s.Participant(ben.ID).Level = "Team", "Board"
	b := s.Step(bel).Belonging
	if err := b.SetLevels([]string{"Board", "Team"}); err != nil {
		t.Fatal(err)
	}

	want := map[string]Progress{open: NotStarted, values: NotStarted, load: NotStarted, refl: NotStarted, bel: NotStarted, talk: NotStarted, "gone": NotStarted}
	check := func(when string) {
		t.Helper()
		for id, p := range want {
			if got := s.Progress(id); got != p {
				t.Errorf("%s: step %s is %q, want %q", when, id, got.Label(), p.Label())
			}
		}
	}
	// A value to vote on and the levels are the steps' preparation, not
	// the room's work.
	check("before the room works")

	v := &s.Step(values).Values.Values[0]
	v.SetResponse(ana.ID, 3)
	want[values] = InProgress
	check("after one answer")
	v.Responses = nil
	v.AddHand(2, 1)
	check("after one hand")

	s.Step(load).Load.AddItem("Weekly report")
	s.Step(refl).Reflection.AddInitiative("Guild")
	s.Step(open).UsedSeconds = 1
	if _, err := s.AddAction("Ask Farid", Owner{}, "", talk); err != nil {
		t.Fatal(err)
	}
	if err := b.AddLink(s, ana.ID, ben.ID); err != nil {
		t.Fatal(err)
	}
	want[load], want[refl], want[open], want[talk], want[bel] = InProgress, InProgress, InProgress, InProgress, InProgress
	check("after items, initiatives, time, an action and a link")

	s.Step(values).Done = true
	s.Step(refl).Reflection.Initiatives = nil
	s.Step(refl).Done = true // done without any work: still done
	want[values], want[refl] = Finished, Finished
	check("after marking done")
	if Finished.Label() != "done" || InProgress.Label() != "in progress" || NotStarted.Label() != "not started" {
		t.Error("stage labels changed")
	}
}
