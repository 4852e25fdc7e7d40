package workshoptest

import (
	"time"

	"scaleroom/workshop"
)

// SpringDate, SummerDate and AutumnDate are the days of Series' sessions.
const (
	SpringDate = "2026-04-14"
	SummerDate = "2026-07-14"
	AutumnDate = "2026-10-13"
)

// Series builds three sessions of one series, each a follow-up of the one
// before made by workshop.FollowUp and then worked through, with figures
// small enough to check by hand (see the comments). The paths are where
// the files are said to be, for the links.
func Series(dir string) (spring, summer, autumn *workshop.Session) {
	spring = Spring()
	summer = mustFollow(spring, dir+"/spring.json", SummerDate)
	Summer(summer)
	autumn = mustFollow(summer, dir+"/summer.json", AutumnDate)
	Autumn(autumn)
	return spring, summer, autumn
}

func mustFollow(prev *workshop.Session, path, date string) *workshop.Session {
	s, err := workshop.FollowUp(prev, path, time.Date(2026, 4, 15, 9, 0, 0, 0, time.UTC), date)
	if err != nil {
		panic(err)
	}
	return s
}

// Spring is the first session of Series: four people, two values, a load
// inventory of 17 points against a capacity of 12 (9 after the
// decisions), three initiatives and four actions, one of them done.
//
//	v1 "Decide close to the work": 1, 3, 6 commits, 2 → 3 agree, 1
//	   disagrees and commits, none withheld, 4 commit; passes.
//	v2 "Fewer things, done well": 3, 7, 5, 6 conditional → 1 agrees,
//	   none disagrees and commits, 1 withholds (7), 1 commits; does not
//	   pass (someone at 7).
func Spring() *workshop.Session {
	at := time.Date(2026, 4, 10, 8, 30, 0, 0, time.UTC)
	s := &workshop.Session{Title: "How we scale: spring", Organisation: "Riverside Housing Trust", Facilitator: "Amara Nwosu",
		Date: SpringDate, Created: at, Modified: at, Series: "riverside-scaling",
		Participants: []workshop.Participant{}, Actions: []workshop.Action{}}
	for _, n := range []string{"Zoë Laurent", "José Ramírez", "Priya Shah", "Tom Becker"} {
		if _, err := s.AddParticipant(n); err != nil {
			panic(err)
		}
	}
	s.AddStep(workshop.StepOpening, "Welcome", 10)
	vs := s.AddStep(workshop.StepValues, "Values: disagree and commit", 40)
	vs.Values.AddValue("Decide close to the work", "")
	vs.Values.AddValue("Fewer things, done well", "")
	v1, v2 := vs.Values.Value("v1"), vs.Values.Value("v2")
	answer := func(v *workshop.Value, levels ...int) {
		for i, l := range levels {
			v.SetResponse(s.Participants[i].ID, l)
		}
	}
	answer(v1, 1, 3, 6, 2)
	v1.Response("p3").Commitment = workshop.Commits
	answer(v2, 3, 7, 5, 6)
	v2.Response("p4").Commitment = workshop.Conditional
	ls := s.AddStep(workshop.StepLoad, "Load inventory", 50)
	ls.Load.Team, ls.Load.Capacity = "Lettings", 12
	item := func(name string, load float64, d workshop.Decision) *workshop.LoadItem {
		it := ls.Load.AddItem(name)
		it.Load, it.Decision = load, d
		return it
	}
	item("Tenancy visits", 5, workshop.DecisionKeep)
	one := 1.0
	item("Void-property report", 3, workshop.DecisionLess).Target = &one
	item("Portal migration", 4, workshop.DecisionLess)
	item("Duplicate entry", 2, workshop.DecisionStop)
	item("Tenant panel pilot", 2, workshop.DecisionDefer)
	item("Monday meeting", 1, workshop.DecisionNone)
	rs := s.AddStep(workshop.StepReflection, "Scale up or scale down?", 45)
	for _, in := range []workshop.Initiative{
		{Name: "Central contact centre", Phase: workshop.PhaseMaturity, Trap: workshop.TrapRigidity, Direction: workshop.DirectionDown},
		{Name: "Tenant coffee mornings", Phase: workshop.PhaseBirth, Trap: workshop.TrapPoverty, Direction: workshop.DirectionUp},
		{Name: "Annual tenant survey", Phase: workshop.PhaseDestruction, Direction: workshop.DirectionStop},
	} {
		n := rs.Reflection.AddInitiative(in.Name)
		in.ID = n.ID
		*n = in
	}
	s.AddStep(workshop.StepClosing, "Actions", 15)
	add := func(text string, owner workshop.Owner, done bool) {
		a, err := s.AddAction(text, owner, "2026-05-01", ls.ID)
		if err != nil {
			panic(err)
		}
		a.Done = done
	}
	add("Switch the void-property report to monthly", workshop.ParticipantOwner("p3"), false)
	add("Turn off the old system's input screens", workshop.ParticipantOwner("p1"), true)
	add("Direct-number trial for two patches", workshop.ParticipantOwner("p4"), false)
	add("Share the summary with everyone", workshop.NamedOwner("Amara Nwosu"), false)
	return s
}

// Summer works through the follow-up of Spring. Its baseline load is 11
// (5 + 1 + 2 + 2 deferred + 1: the stopped item is gone); the room stops
// the tenant panel pilot and takes the portal migration down to 1, which
// leaves 8. "Fewer things, done well" is renamed "Fewer things, finished".
// Of the three actions carried over, a1 is done, a3 dropped and a4
// carried on; a5 is new.
//
//	v1: 1, 2, 3, 6 commits → 3 agree, 1 disagrees and commits, 4 commit; passes.
//	v2: 2, 6 commits, 3, 3 → 3 agree, 1 disagrees and commits, 4 commit; passes.
//
// The contact centre's direction goes from scale down to stop; the coffee
// mornings move from birth to maturity.
func Summer(s *workshop.Session) {
	vs := stepOf(s, workshop.StepValues)
	v1, v2 := vs.Values.Value("v1"), vs.Values.Value("v2")
	v2.Name = "Fewer things, finished"
	for i, l := range []int{1, 2, 3, 6} {
		v1.SetResponse(s.Participants[i].ID, l)
	}
	v1.Response("p4").Commitment = workshop.Commits
	for i, l := range []int{2, 6, 3, 3} {
		v2.SetResponse(s.Participants[i].ID, l)
	}
	v2.Response("p2").Commitment = workshop.Commits
	ls := stepOf(s, workshop.StepLoad)
	ls.Load.Item("l5").Decision = workshop.DecisionStop
	one := 1.0
	l3 := ls.Load.Item("l3")
	l3.Decision, l3.Target = workshop.DecisionLess, &one
	rs := stepOf(s, workshop.StepReflection)
	rs.Reflection.Initiatives[0].Direction = workshop.DirectionStop
	rs.Reflection.Initiatives[1].Phase = workshop.PhaseMaturity
	action(s, "a1").Done = true
	action(s, "a3").Dropped = true
	if _, err := s.AddAction("Ask the repairs team about the panel", workshop.ParticipantOwner("p2"), "2026-08-01", ""); err != nil {
		panic(err)
	}
}

// Autumn works through the follow-up of Summer: its baseline load is 8
// (the pilot is gone, the migration at 1) and no decision changes it; a4
// and a5 are done, and a6 is new and open.
//
//	v1: 1, 1, 2, 7 → 3 agree, none disagrees and commits, 1 withholds, 3 commit; does not pass.
//	v2: 1, 2, 2, 6 → 3 agree, 1 disagrees and commits, 4 commit; passes.
func Autumn(s *workshop.Session) {
	vs := stepOf(s, workshop.StepValues)
	for i, l := range []int{1, 1, 2, 7} {
		vs.Values.Value("v1").SetResponse(s.Participants[i].ID, l)
	}
	for i, l := range []int{1, 2, 2, 6} {
		vs.Values.Value("v2").SetResponse(s.Participants[i].ID, l)
	}
	action(s, "a4").Done = true
	action(s, "a5").Done = true
	if _, err := s.AddAction("Plan the winter review", workshop.ParticipantOwner("p1"), "", ""); err != nil {
		panic(err)
	}
}

func stepOf(s *workshop.Session, kind workshop.StepKind) *workshop.Step {
	for i := range s.Steps {
		if s.Steps[i].Kind == kind {
			return &s.Steps[i]
		}
	}
	panic("no step of kind " + kind)
}

func action(s *workshop.Session, id string) *workshop.Action {
	for i := range s.Actions {
		if s.Actions[i].ID == id {
			return &s.Actions[i]
		}
	}
	panic("no action " + id)
}
