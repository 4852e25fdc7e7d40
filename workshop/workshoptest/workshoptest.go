// Package workshoptest builds sessions of known shape for tests and
// benchmarks across packages: a typical workshop and a very large one.
package workshoptest

import (
	"fmt"
	"time"

	"scaleroom/workshop"
)

// Size says how big a session to build.
type Size struct {
	Participants, Values, LoadItems, Initiatives int
}

// Typical is a realistic half-day workshop.
var Typical = Size{Participants: 12, Values: 8, LoadItems: 30, Initiatives: 12}

// Large is far beyond any real room, for benchmarks: about 2 MB of JSON.
var Large = Size{Participants: 200, Values: 60, LoadItems: 500, Initiatives: 100}

// Session builds a deterministic session of the given size: every
// participant answers every value, with a spread of levels, commitments and
// notes; load items cover every type, complexity and decision.
func Session(n Size) *workshop.Session {
	at := time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)
	s := &workshop.Session{
		Title: "Scaling review", Organisation: "Northwind Cooperative", Facilitator: "Rosa Díaz",
		Date: "2026-11-24", Location: "Room 4", Created: at, Modified: at.Add(3 * time.Hour),
		Participants: []workshop.Participant{}, Actions: []workshop.Action{},
		Notes: "The room asked for a follow-up on reporting load in January.",
	}
	for i := 0; i < n.Participants; i++ {
		if _, err := s.AddParticipant(fmt.Sprintf("Participant %03d", i+1)); err != nil {
			panic(err)
		}
		p := &s.Participants[i]
		p.Role, p.Team, p.Level = "Engineer", fmt.Sprintf("Team %d", i%7+1), "front line"
	}
	s.AddStep(workshop.StepOpening, "Why we are here", 10).Prompt = "Set the scene."
	vs := s.AddStep(workshop.StepValues, "Values: disagree and commit", 45)
	vs.Prompt = "Read each value aloud, then reveal levels together."
	commitments := []workshop.Commitment{workshop.Undecided, workshop.Commits, workshop.Conditional, workshop.DoesNot}
	for v := 0; v < n.Values; v++ {
		val, err := vs.Values.AddValue(fmt.Sprintf("Value %02d", v+1), "We act on this value when it costs us something.")
		if err != nil {
			panic(err)
		}
		for i, p := range s.Participants {
			r := workshop.Response{Participant: p.ID, Level: (i+v)%8 + 1, Commitment: commitments[(i*3+v)%4]}
			if (i+v)%5 == 0 {
				r.Note = "I need to see leadership live this before I fully believe it."
			}
			val.Responses = append(val.Responses, r)
		}
	}
	ls := s.AddStep(workshop.StepLoad, "Load inventory", 60)
	ls.Load.Team, ls.Load.Capacity = "Platform", float64(n.LoadItems)*2
	for i := 0; i < n.LoadItems; i++ {
		it := ls.Load.AddItem(fmt.Sprintf("Item %03d", i+1))
		it.Owner = workshop.NamedOwner(fmt.Sprintf("Team %d", i%7+1))
		it.Origin = workshop.Origins[i%2]
		it.Load = float64(i%5 + 1)
		it.Type = workshop.LoadTypes[i%3]
		it.Complexity = workshop.Complexities[i%3]
		it.Decision = append([]string{""}, workshop.Decisions...)[i%5]
		if it.Decision != "" {
			it.DecisionOwner, it.DecisionDate = workshop.NamedOwner("Rosa Díaz"), "2026-12-15" // the facilitator
		}
	}
	rs := s.AddStep(workshop.StepReflection, "Scale up or scale down", 45)
	for i := 0; i < n.Initiatives; i++ {
		in := rs.Reflection.AddInitiative(fmt.Sprintf("Initiative %03d", i+1))
		in.Phase = workshop.Phases[i%4]
		in.Direction = workshop.Directions[i%4]
		in.Closeness, in.Layers = i%5+1, i%4
		in.Evidence = "Three teams asked for it last quarter."
		in.Rationale = "It keeps decisions close to the people affected."
		in.FirstAction = "Name an owner by Friday."
		if i%3 == 0 {
			in.Trap = workshop.Traps[i%2]
		}
		in.Contested = i%6 == 0
	}
	s.AddStep(workshop.StepClosing, "Commitments", 15)
	for i := 0; i < n.Participants/2+1; i++ {
		var owner workshop.Owner
		if len(s.Participants) > 0 {
			owner = workshop.ParticipantOwner(s.Participants[i%len(s.Participants)].ID)
		}
		if _, err := s.AddAction(fmt.Sprintf("Follow up on point %d", i+1), owner, "2026-12-20", vs.ID); err != nil {
			panic(err)
		}
	}
	return s
}
