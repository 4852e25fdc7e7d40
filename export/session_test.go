package export

import (
	"fmt"
	"strings"
	"time"

	"scaleroom/workshop"
)

// typicalNames is the roster of the typical session. Greek and Cyrillic
// names check that the font renders them; "Will Turner" checks that the
// anonymiser replaces "Will" but not "will".
var typicalNames = []string{
	"Ana Lima", "Björn Åkesson", "Chloé Dubois", "Dmitri Volkov", "Νίκος Παππάς", "Ольга Петрова",
	"Will Turner", "Sara Okafor", "Tomás Ruiz", "Mei Chen", "Jonas Weber", "Priya Nair",
}

// typicalSession builds a 12-person session with hand-chosen answers so
// that a test can check the PDF against figures worked out by hand:
//
//	v1 "Customers first": 7 agree, 2 open, 3 disagree; Dmitri Volkov and
//	   Νίκος Παππάς disagree and commit; Ольга Петрова withholds (level 7):
//	   does not pass.
//	v2 "Small teams decide": passes; Tomás Ruiz disagrees and commits;
//	   Chloé Dubois commits on a condition.
//	v3 "Write it down": Björn Åkesson vetoes (level 8): does not pass.
//	v4-v7 pass; v8 has no responses.
//	Load: 30 items of 1, 2, 3 points in turn: 60 points today, 30 after
//	the decisions, against a capacity of 40.
func typicalSession() *workshop.Session {
	s := &workshop.Session{
		Title:        "Scaling the product organisation",
		Organisation: "Northwind Cooperative",
		Facilitator:  "Hanna Berg",
		Date:         "2025-06-12",
		Location:     "Lisbon, Sala Tejo",
		Created:      time.Date(2025, 6, 1, 9, 0, 0, 0, time.UTC),
		Modified:     time.Date(2025, 6, 12, 17, 30, 0, 0, time.UTC),
		Notes:        "Ana Lima will send the slides. Will asked about the budget; Hanna Berg promised an answer by Friday.",
	}
	roles := []string{"Engineering lead", "Designer", "Product manager", "Engineer"}
	teams := []string{"Platform", "Payments", "Mobile"}
	for i, n := range typicalNames {
		s.Participants = append(s.Participants, workshop.Participant{
			ID: fmt.Sprintf("p%d", i+1), Name: n, Role: roles[i%len(roles)], Team: teams[i%len(teams)],
		})
	}
	s.Steps = []workshop.Step{
		{ID: "s1", Kind: workshop.StepOpening, Title: "Why we are here", Timebox: 10, UsedSeconds: 540, Done: true},
		{ID: "s2", Kind: workshop.StepValues, Title: "Our values", Timebox: 45, UsedSeconds: 3125, Done: true,
			Prompt: "Pick a level for each value, then reveal together.", Values: typicalValues()},
		{ID: "s3", Kind: workshop.StepBreak, Title: "Coffee", Timebox: 15},
		{ID: "s4", Kind: workshop.StepLoad, Title: "What we carry", Timebox: 40, UsedSeconds: 2400, Load: typicalLoad()},
		{ID: "s5", Kind: workshop.StepReflection, Title: "Grow or let go", Timebox: 40, Reflection: typicalReflection()},
		{ID: "s6", Kind: workshop.StepClosing, Title: "Commitments and close", Timebox: 10},
	}
	s.Actions = []workshop.Action{
		{ID: "a1", Text: "Send the values write-up to everyone", Owner: workshop.ParticipantOwner("p1"), Due: "2025-06-20", Step: "s2"},
		{ID: "a2", Text: "Ask finance about a budget for small teams", Owner: workshop.ParticipantOwner("p7"), Due: "2025-06-30", Step: "s2"},
		{ID: "a3", Text: "Stop the weekly status report", Owner: workshop.NamedOwner("Platform team"), Due: "2025-07-01", Step: "s4"},
		{ID: "a4", Text: "Find an owner for the testing guild", Step: "s5"},
		{ID: "a5", Text: "Book the follow-up room", Owner: workshop.ParticipantOwner("p1"), Due: "2025-06-14", Done: true},
		{ID: "a6", Text: "Write the first guild charter", Owner: workshop.ParticipantOwner("p8"), Due: "2025-07-15", Step: "s5"},
	}
	return s
}

func typicalValues() *workshop.ValuesExercise {
	ex := &workshop.ValuesExercise{Scale: workshop.GradientsOfAgreement, Mode: workshop.ModeNamed}
	names := []string{"Customers first", "Small teams decide", "Write it down", "Learn in public",
		"Fix what you find", "Say no early", "Default to open", "Leave room to rest"}
	for i, n := range names {
		ex.Values = append(ex.Values, workshop.Value{ID: fmt.Sprintf("v%d", i+1), Name: n,
			Description: "What we mean by " + strings.ToLower(n) + ", in one sentence."})
	}
	set := func(v int, levels []int) {
		for i, l := range levels {
			ex.Values[v].Responses = append(ex.Values[v].Responses, workshop.Response{Participant: fmt.Sprintf("p%d", i+1), Level: l})
		}
	}
	set(0, []int{1, 2, 3, 6, 6, 7, 1, 2, 4, 5, 1, 3})
	ex.Values[0].Responses[3].Note = "I would rather we said users, not customers."
	ex.Values[0].Responses[5].Note = "Not when it means weekend work."
	set(1, []int{1, 1, 2, 2, 3, 3, 1, 2, 6, 1, 2, 3})
	ex.Values[1].Responses[2].Commitment = workshop.Conditional
	ex.Values[1].Responses[2].Note = "If we get the budget to staff the teams."
	set(2, []int{1, 8, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2})
	ex.Values[2].Responses[1].Note = "This will bury us in documents."
	for v := 3; v < 7; v++ {
		levels := make([]int, 12)
		for p := range levels {
			levels[p] = 1 + (p+v)%3
		}
		set(v, levels)
	}
	return ex
}

func typicalLoad() *workshop.LoadExercise {
	ex := &workshop.LoadExercise{Team: "Product group", Unit: workshop.UnitPoints, Capacity: 40}
	owners := []string{"Platform", "Payments", "Mobile"}
	for i := 0; i < 30; i++ {
		it := workshop.LoadItem{
			ID:         fmt.Sprintf("l%d", i+1),
			Name:       fmt.Sprintf("Load item %d", i+1),
			Owner:      workshop.NamedOwner(owners[i%3]),
			Origin:     workshop.Origins[i%2],
			Load:       float64(1 + i%3),
			Type:       workshop.LoadTypes[i%3],
			Complexity: workshop.Complexities[(i/3)%3],
		}
		switch i % 5 {
		case 0:
			it.Decision = workshop.DecisionStop
		case 1:
			it.Decision = workshop.DecisionLess
		case 2:
			it.Decision = workshop.DecisionKeep
		case 3:
			it.Decision = workshop.DecisionDefer
		}
		if it.Decision != "" && it.Decision != workshop.DecisionKeep && i != 25 {
			it.DecisionOwner = workshop.ParticipantOwner("p8") // Sara Okafor
			it.DecisionDate = "2025-07-01"
		}
		ex.Items = append(ex.Items, it)
	}
	ex.Items[0].Name = "Weekly status report"
	ex.Items[0].Note = "Nobody reads it since the dashboard exists."
	ex.Items[7].Owner = workshop.ParticipantOwner("p1") // Ana Lima
	return ex
}

func typicalReflection() *workshop.ReflectionExercise {
	in := func(name string, phase workshop.Phase, trap workshop.Trap, dir workshop.Direction, rationale, first string) workshop.Initiative {
		return workshop.Initiative{Name: name, Phase: phase, Trap: trap, Direction: dir, Rationale: rationale, FirstAction: first}
	}
	list := []workshop.Initiative{
		in("Quarterly planning ritual", workshop.PhaseMaturity, workshop.TrapRigidity, workshop.DirectionDown, "It takes three days and changes little.", "Cut it to half a day"),
		in("Testing guild", workshop.PhaseBirth, workshop.TrapPoverty, workshop.DirectionUp, "People want it and nobody has time for it.", ""),
		in("Innovation days", workshop.PhaseRenewal, "", workshop.DirectionHold, "Too early to judge.", "Review in autumn"),
		in("Legacy billing", workshop.PhaseDestruction, "", workshop.DirectionStop, "Replaced by the new platform.", "Switch off the last customers"),
		in("Design system", workshop.PhaseMaturity, "", workshop.DirectionHold, "Works well.", ""),
		in("Mentoring circles", workshop.PhaseBirth, "", workshop.DirectionUp, "Strong early feedback.", "Open two more circles"),
		in("Architecture board", workshop.PhaseMaturity, workshop.TrapRigidity, workshop.DirectionDown, "Adds a layer of approval.", "Make it advisory"),
		in("Data platform", workshop.PhaseBirth, "", workshop.DirectionUp, "Every team asks for it.", "Staff it with two people"),
		in("Monthly all-hands", workshop.PhaseMaturity, "", workshop.DirectionHold, "Still valued.", ""),
		in("Old wiki", workshop.PhaseDestruction, "", workshop.DirectionStop, "Nobody updates it.", "Archive it"),
		in("Pairing rotations", workshop.PhaseRenewal, "", workshop.DirectionUp, "Spreads knowledge.", "Try for a month"),
		in("Hackathon", "", "", "", "", ""),
	}
	for i := range list {
		list[i].ID = fmt.Sprintf("i%d", i+1)
	}
	list[2].Contested = true
	list[0].Closeness, list[0].Layers = 2, 3
	list[0].Evidence = "Three of the last four plans changed within a month."
	return &workshop.ReflectionExercise{Initiatives: list}
}

// largeSession builds the stress case: 200 participants, 60 values, 500
// load items and 100 initiatives, every participant answering every value.
func largeSession() *workshop.Session {
	s := &workshop.Session{
		Title: "Company-wide scaling review", Organisation: "Large Org", Facilitator: "Facilitator Name",
		Date: "2025-09-01", Location: "Main hall",
		Modified: time.Date(2025, 9, 1, 18, 0, 0, 0, time.UTC),
	}
	for i := 0; i < 200; i++ {
		s.Participants = append(s.Participants, workshop.Participant{ID: fmt.Sprintf("p%d", i+1), Name: fmt.Sprintf("Person Number%d", i+1), Team: fmt.Sprintf("Team %d", i%20)})
	}
	vals := &workshop.ValuesExercise{Scale: workshop.GradientsOfAgreement, Mode: workshop.ModeNamed}
	for v := 0; v < 60; v++ {
		val := workshop.Value{ID: fmt.Sprintf("v%d", v+1), Name: fmt.Sprintf("Value %d", v+1), Description: "A value the whole company is asked to act on."}
		for p := 0; p < 200; p++ {
			r := workshop.Response{Participant: fmt.Sprintf("p%d", p+1), Level: 1 + (p*7+v*3)%8}
			if (p+v)%25 == 0 {
				r.Note = "A reservation that explains what would make it easier to commit to this value in practice."
			}
			val.Responses = append(val.Responses, r)
		}
		vals.Values = append(vals.Values, val)
	}
	load := &workshop.LoadExercise{Unit: workshop.UnitHours, Capacity: 1200}
	for i := 0; i < 500; i++ {
		load.Items = append(load.Items, workshop.LoadItem{
			ID: fmt.Sprintf("l%d", i+1), Name: fmt.Sprintf("Recurring commitment %d", i+1), Owner: workshop.NamedOwner(fmt.Sprintf("Team %d", i%20)),
			Origin: workshop.Origins[i%2], Load: float64(1 + i%6), Type: workshop.LoadTypes[i%3],
			Complexity: workshop.Complexities[i%3], Decision: workshop.Decisions[i%4], DecisionOwner: workshop.ParticipantOwner("p1"),
		})
	}
	refl := &workshop.ReflectionExercise{}
	for i := 0; i < 100; i++ {
		refl.Initiatives = append(refl.Initiatives, workshop.Initiative{
			ID: fmt.Sprintf("i%d", i+1), Name: fmt.Sprintf("Initiative %d", i+1), Phase: workshop.Phases[i%4],
			Direction: workshop.Directions[i%4], Rationale: "Because the room agreed after a short debate.", FirstAction: "Name an owner",
		})
	}
	s.Steps = []workshop.Step{
		{ID: "s1", Kind: workshop.StepValues, Title: "Values", Timebox: 90, Values: vals},
		{ID: "s2", Kind: workshop.StepLoad, Title: "Load", Timebox: 60, Load: load},
		{ID: "s3", Kind: workshop.StepReflection, Title: "Reflection", Timebox: 60, Reflection: refl},
	}
	for i := 0; i < 150; i++ {
		s.Actions = append(s.Actions, workshop.Action{ID: fmt.Sprintf("a%d", i+1), Text: "Follow up on the decision", Owner: workshop.ParticipantOwner(fmt.Sprintf("p%d", i%200+1)), Due: "2025-10-01"})
	}
	return s
}
