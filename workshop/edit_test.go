package workshop

import (
	"reflect"
	"testing"
	"time"
)

func sessionWithResponses(t *testing.T) *Session {
	t.Helper()
	s := &Session{}
	s.PasteParticipants("Ana\nBo\nCy")
	st := s.AddStep(StepValues, "Values", 30)
	for _, name := range []string{"Trust", "Speed"} {
		v, err := st.Values.AddValue(name, "")
		if err != nil {
			t.Fatal(err)
		}
		for i, p := range s.Participants {
			v.SetResponse(p.ID, i+1)
		}
	}
	return s
}

func TestPasteParticipants(t *testing.T) {
	s := &Session{}
	s.AddParticipant("Ana")
	added, skipped := s.PasteParticipants("  Bo \r\n\nAna\nCy\nBo\n\t\n")
	if !reflect.DeepEqual(added, []string{"Bo", "Cy"}) || !reflect.DeepEqual(skipped, []string{"Ana", "Bo"}) {
		t.Errorf("added %v skipped %v", added, skipped)
	}
	// Two spreadsheet columns: name, then team; a name in other case or
	// spacing is the same person.
	added, skipped = s.PasteParticipants("Dana Cohen\tPlatform\nana\tSales\n 李娜 \t 支付 \t extra\n")
	if !reflect.DeepEqual(added, []string{"Dana Cohen", "李娜"}) || !reflect.DeepEqual(skipped, []string{"ana"}) {
		t.Errorf("columns: added %v skipped %v", added, skipped)
	}
	if p := s.ParticipantByName("Dana Cohen"); p == nil || p.Team != "Platform" {
		t.Errorf("Dana Cohen: %+v", p)
	}
	if p := s.ParticipantByName("李娜"); p == nil || p.Team != "支付" {
		t.Errorf("李娜: %+v", p)
	}
	if _, err := s.AddParticipant("  ANA "); err == nil || err.Error() != `"Ana" is already in the room` {
		t.Errorf("adding ANA again: %v", err)
	}
	var ids []string
	for _, p := range s.Participants {
		ids = append(ids, p.ID+"="+p.Name)
	}
	if !reflect.DeepEqual(ids, []string{"p1=Ana", "p2=Bo", "p3=Cy", "p4=Dana Cohen", "p5=李娜"}) {
		t.Errorf("roster %v", ids)
	}
}

func TestRenameKeepsResponses(t *testing.T) {
	s := sessionWithResponses(t)
	if err := s.RenameParticipant("p2", "Bea"); err != nil {
		t.Fatal(err)
	}
	if err := s.RenameParticipant("p1", "Bea"); err == nil {
		t.Error("two participants may not share a name")
	}
	if err := s.RenameParticipant("p1", "  "); err == nil {
		t.Error("a blank name was accepted")
	}
	if s.ResponseCount("p2") != 2 || s.Participant("p2").Name != "Bea" {
		t.Error("rename lost the responses")
	}
}

func TestRemoveParticipantRemovesResponses(t *testing.T) {
	s := sessionWithResponses(t)
	if got := s.RemoveParticipant("p2"); got != 2 {
		t.Errorf("removed %d responses, want 2", got)
	}
	if s.ResponseCount("p2") != 0 || len(s.Participants) != 2 {
		t.Error("participant or responses left behind")
	}
	if err := s.Validate(); err != nil {
		t.Errorf("session inconsistent after removal: %v", err)
	}
	// IDs are never reused, so an old response can never attach to a newcomer.
	p, _ := s.AddParticipant("Di")
	if p.ID != "p4" {
		t.Errorf("new participant got %s, want p4", p.ID)
	}
}

func TestMoveAndRemoveSteps(t *testing.T) {
	s := &Session{}
	a := s.AddStep(StepOpening, "A", 5).ID
	s.AddStep(StepBreak, "B", 10)
	s.AddStep(StepClosing, "C", 15)
	s.AddAction("Send notes", NamedOwner("Ana"), "", a)
	s.MoveStep(0, 2)
	var order []string
	for _, st := range s.Steps {
		order = append(order, st.Title)
	}
	if !reflect.DeepEqual(order, []string{"B", "C", "A"}) {
		t.Errorf("order %v", order)
	}
	s.MoveStep(2, 0)
	s.MoveStep(0, 9) // out of range: ignored
	if s.Steps[0].Title != "A" {
		t.Errorf("first step %q", s.Steps[0].Title)
	}
	s.RemoveStep(a)
	if len(s.Steps) != 2 || s.Actions[0].Step != "" || s.PlannedMinutes() != 25 {
		t.Errorf("after removal: %d steps, action step %q, %d min", len(s.Steps), s.Actions[0].Step, s.PlannedMinutes())
	}
	if err := s.Validate(); err != nil {
		t.Error(err)
	}
}

func TestSetScaleDropsImpossibleResponses(t *testing.T) {
	s := sessionWithResponses(t) // levels 1, 2, 3 for each value
	e := s.Steps[0].Values
	e.Values[0].AddHand(8, 2)
	e.Values[0].AddHand(2, 1)
	if n, _ := e.LostOnScale(RomanVoting); n != 2 || len(e.Values[0].Responses) != 3 || e.Values[0].Tally[8] != 2 {
		t.Errorf("the dry run counted %d or changed the exercise", n)
	}
	dropped, err := e.SetScale(RomanVoting) // levels 1-3 only
	if err != nil {
		t.Fatal(err)
	}
	if dropped != 2 || len(e.Values[0].Responses) != 3 || !reflect.DeepEqual(e.Values[0].Tally, map[int]int{2: 1}) {
		t.Errorf("dropped %d, responses %v, tally %v", dropped, e.Values[0].Responses, e.Values[0].Tally)
	}
	if _, err := e.SetScale("nope"); err == nil || e.Scale != RomanVoting {
		t.Error("an unknown scale was accepted")
	}
}

func TestRemoveValueAndDuplicates(t *testing.T) {
	s := sessionWithResponses(t)
	e := s.Steps[0].Values
	if _, err := e.AddValue("Trust", ""); err == nil {
		t.Error("duplicate value name accepted")
	}
	e.RemoveValue("v1")
	if len(e.Values) != 1 || e.Values[0].Name != "Speed" {
		t.Errorf("values %+v", e.Values)
	}
}

func TestDuplicateItem(t *testing.T) {
	e := &LoadExercise{Unit: UnitPoints}
	a := e.AddItem("Standup")
	a.Load, a.Target = 2, ptr(1)
	e.AddItem("Report")
	cp := e.DuplicateItem("l1")
	if cp == nil || cp.ID != "l3" || cp.Name != "Standup" || e.Items[1].ID != "l3" || len(e.Items) != 3 {
		t.Fatalf("items %+v", e.Items)
	}
	*e.Items[1].Target = 0.5
	if *e.Items[0].Target != 1 {
		t.Error("duplicate shares its target with the original")
	}
	e.RemoveItem("l1")
	if e.Items[0].ID != "l3" {
		t.Errorf("items %+v", e.Items)
	}
}

func TestCloneIsDeep(t *testing.T) {
	s := sessionWithResponses(t)
	s.Steps[0].Values.Values[0].AddHand(3, 1)
	c := s.Clone()
	if !reflect.DeepEqual(c, s) {
		t.Fatal("clone differs")
	}
	c.Steps[0].Values.Values[0].Responses[0].Level = 8
	c.Steps[0].Values.Values[0].AddHand(3, 1)
	c.Participants[0].Name = "Changed"
	if s.Steps[0].Values.Values[0].Responses[0].Level == 8 || s.Steps[0].Values.Values[0].Tally[3] != 1 || s.Participants[0].Name == "Changed" {
		t.Error("changing the clone changed the original")
	}
}

func TestTemplateFromDropsPeopleAndResults(t *testing.T) {
	s := sessionWithResponses(t)
	s.Facilitator, s.Date, s.Notes = "Rosa", "2026-11-24", "private"
	ls := s.AddStep(StepLoad, "Load", 40)
	it := ls.Load.AddItem("Report")
	it.Load, it.Decision, it.DecisionOwner = 3, DecisionStop, ParticipantOwner("p1")
	rs := s.AddStep(StepReflection, "Reflect", 30)
	in := rs.Reflection.AddInitiative("PMO")
	in.Evidence, in.Phase, in.Direction = "slow approvals", PhaseMaturity, DirectionStop
	s.AddAction("Do it", ParticipantOwner("p1"), "", "")
	s.Steps[0].Done, s.Steps[0].UsedSeconds = true, 90

	tpl := TemplateFrom(s, "x", "Quarterly review", "desc")
	ts := tpl.Session
	if len(ts.Participants) != 0 || len(ts.Actions) != 0 || ts.Notes != "" || ts.Date != "" || ts.Title != "Quarterly review" {
		t.Errorf("people or dated content kept: %+v", ts)
	}
	if v := ts.Steps[0].Values.Values; len(v) != 2 || v[0].Responses != nil {
		t.Errorf("values %+v", v)
	}
	if got := ts.Steps[1].Load.Items[0]; got.Name != "Report" || got.Load != 3 || got.Decision != "" || !got.DecisionOwner.IsZero() {
		t.Errorf("item %+v", got)
	}
	if got := ts.Steps[2].Reflection.Initiatives[0]; got != (Initiative{ID: "i1", Name: "PMO", Evidence: "slow approvals"}) {
		t.Errorf("initiative %+v", got)
	}
	if ts.Steps[0].Done || ts.Steps[0].UsedSeconds != 0 || ts.Steps[0].Timebox != 30 {
		t.Errorf("step state kept: %+v", ts.Steps[0])
	}
	if s.ResponseCount("p1") != 2 {
		t.Error("making a template changed the session")
	}
	if err := tpl.Validate(); err != nil {
		t.Error(err)
	}
	now := time.Date(2027, 2, 3, 10, 0, 0, 0, time.UTC)
	ns := tpl.NewSession(now)
	if ns.Template != "x" || ns.Date != "2027-02-03" || !ns.Created.Equal(now) {
		t.Errorf("new session %+v", ns)
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Quarterly review (Q3)": "quarterly-review-q3",
		"  Café  Équipe ":       "cafe-equipe",
		"!!!":                   "",
		"values-60":             "values-60",
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}
