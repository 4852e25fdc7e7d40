package workshop

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// ownedSession has Ana (p1), Bo (p2) and Cy (p3); Ana owns an action, a
// load item and a decision by ID, and Finance, outside the room, owns one
// action by name.
func ownedSession(t *testing.T) *Session {
	t.Helper()
	s := sessionWithResponses(t)
	ls := s.AddStep(StepLoad, "Load", 40)
	it := ls.Load.AddItem("Weekly report")
	it.Owner, it.Load, it.Decision, it.DecisionOwner = ParticipantOwner("p1"), 3, DecisionStop, ParticipantOwner("p1")
	it2 := ls.Load.AddItem("Dashboards")
	it2.Owner, it2.DecisionOwner = ParticipantOwner("p2"), NamedOwner("Finance")
	s.AddAction("Send the notes", ParticipantOwner("p1"), "2026-05-01", "")
	s.AddAction("Find a budget", NamedOwner("Finance"), "", "")
	s.AddAction("Book the room", ParticipantOwner("p2"), "", "")
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestRenameKeepsOwners(t *testing.T) {
	s := ownedSession(t)
	it := &s.Steps[1].Load.Items[0]
	it.Decision = DecisionLess
	it.DecisionOwner = Owner{} // a warning about Ana's item names her
	if err := s.RenameParticipant("p1", "Ana Lima"); err != nil {
		t.Fatal(err)
	}
	warnings := s.Steps[1].Load.Analyse(s.Participants).Warnings
	cases := []struct{ what, got, want string }{
		{"action", s.OwnerName(s.Actions[0].Owner), "Ana Lima"},
		{"item", s.OwnerName(it.Owner), "Ana Lima"},
		{"group", s.OpenActionsByOwner()[0].Name, "Ana Lima"},
		{"warning owner", warnings[len(warnings)-1].Team, "Ana Lima"},
		{"outside the room", s.OwnerName(s.Actions[1].Owner), "Finance"},
		{"someone else", s.OwnerName(s.Actions[2].Owner), "Bo"},
		{"filter", strings.Join(s.Owners(), ", "), "Ana Lima, Bo, Finance"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("%s: %q, want %q", c.what, c.got, c.want)
		}
	}
	mine := s.OwnerMatcher("p1")
	if !mine(s.Actions[0].Owner) || !mine(it.Owner) || mine(s.Actions[2].Owner) || mine(s.Actions[1].Owner) {
		t.Error("OwnerMatcher after rename")
	}
}

func TestRemoveParticipantKeepsOwnershipAsText(t *testing.T) {
	s := ownedSession(t)
	if n := s.OwnershipCount("p1"); n != 3 {
		t.Errorf("Ana owns %d, want 3", n)
	}
	s.RemoveParticipant("p1")
	it := s.Steps[1].Load.Items[0]
	want := Owner{Name: "Ana"}
	if s.Actions[0].Owner != want || it.Owner != want || it.DecisionOwner != want {
		t.Errorf("owners after removal: %+v %+v %+v", s.Actions[0].Owner, it.Owner, it.DecisionOwner)
	}
	if s.Actions[2].Owner != ParticipantOwner("p2") || s.Steps[1].Load.Items[1].DecisionOwner != (Owner{Name: "Finance"}) {
		t.Error("removal changed other people's ownerships")
	}
	if err := s.Validate(); err != nil {
		t.Errorf("session after removal: %v", err)
	}
	// Added back, Ana's typed name reaches her sheet again.
	p, _ := s.AddParticipant("Ana")
	if !s.OwnerMatcher(p.ID)(s.Actions[0].Owner) {
		t.Error("free text of her name does not count for Ana")
	}
}

func TestValidateOwners(t *testing.T) {
	cases := []struct {
		name string
		edit func(s *Session)
		want string
	}{
		{"dangling action owner", func(s *Session) { s.Actions[2].Owner = ParticipantOwner("p9") },
			`actions[2].owner: no participant has id "p9"`},
		{"dangling item owner", func(s *Session) { s.Steps[1].Load.Items[1].Owner = ParticipantOwner("p9") },
			`steps[1].load.items[1].owner: no participant has id "p9"`},
		{"dangling decision owner", func(s *Session) { s.Steps[1].Load.Items[0].DecisionOwner = ParticipantOwner("Ana") },
			`steps[1].load.items[0].decision_owner: no participant has id "Ana"`},
		{"both", func(s *Session) { s.Actions[0].Owner.Name = "Ana" },
			"actions[0].owner: give either a participant or a name, not both"},
		{"blank name", func(s *Session) { s.Actions[1].Owner = Owner{Name: "  "} },
			"actions[1].owner: the name is blank; leave the owner out instead"},
	}
	for _, c := range cases {
		s := ownedSession(t)
		c.edit(s)
		err := s.Validate()
		var ve *ValidationError
		if !errors.As(err, &ve) || len(ve.Problems) != 1 || ve.Problems[0].String() != c.want {
			t.Errorf("%s: %v, want %s", c.name, err, c.want)
		}
	}
	_, err := Decode(strings.NewReader(`{"kind":"session","version":2,"actions":[{"id":"a1","text":"x","owner":{"participant":"p1"}}]}`))
	if err == nil || !strings.Contains(err.Error(), `actions[0].owner: no participant has id "p1"`) {
		t.Errorf("loading a dangling owner: %v", err)
	}
	_, err = Decode(strings.NewReader(`{"kind":"session","version":2,"actions":[{"id":"a1","text":"x","owner":{"person":"p1"}}]}`))
	if err == nil || !strings.Contains(err.Error(), `unknown field "person"`) {
		t.Errorf("unknown owner field: %v", err)
	}
}

func TestOwnerFromText(t *testing.T) {
	s := &Session{Participants: []Participant{
		{ID: "p1", Name: "Ana Lima"}, {ID: "p2", Name: "Bo"}, {ID: "p3", Name: "BO"}, {ID: "p4", Name: "Zoë"},
	}}
	for _, c := range []struct {
		typed string
		want  Owner
	}{
		{"Ana Lima", ParticipantOwner("p1")},
		{"  ana  LIMA ", ParticipantOwner("p1")},
		{"Zoe\u0308", ParticipantOwner("p4")}, // NFD
		{"Bo", ParticipantOwner("p2")},        // picked from the list: the exact name
		{"bo", NamedOwner("bo")},              // two people fit: no guess
		{"Finance team ", NamedOwner("Finance team")},
		{"p1", NamedOwner("p1")}, // IDs are not typed
		{"  ", Owner{}},
	} {
		if got := s.OwnerFromText(c.typed); got != c.want {
			t.Errorf("OwnerFromText(%q) = %+v, want %+v", c.typed, got, c.want)
		}
	}
}

// TestOwnerIdentity: a participant's actions group together whether linked
// by ID or typed as their name, under their current name; text owners group
// by their text.
func TestOwnerIdentity(t *testing.T) {
	s := &Session{Participants: []Participant{{ID: "p1", Name: "Ana Lima"}}, Actions: []Action{
		{ID: "a1", Text: "x", Owner: ParticipantOwner("p1"), Due: "2026-05-02"},
		{ID: "a2", Text: "y", Owner: NamedOwner("ana lima"), Due: "2026-05-01"},
		{ID: "a3", Text: "z", Owner: NamedOwner("Finance")},
		{ID: "a4", Text: "w"},
	}}
	var got []string
	for _, g := range s.OpenActionsByOwner() {
		for _, a := range g.Actions {
			got = append(got, g.Name+":"+a.ID)
		}
	}
	if want := []string{"Ana Lima:a2", "Ana Lima:a1", "Finance:a3", ":a4"}; !reflect.DeepEqual(got, want) {
		t.Errorf("groups %v, want %v", got, want)
	}
	if g := s.OpenActionsByOwner()[0]; g.Owner != ParticipantOwner("p1") {
		t.Errorf("group owner %+v", g.Owner)
	}
	if s.OwnerKey(s.Actions[0].Owner) != s.OwnerKey(s.Actions[1].Owner) || s.OwnerKey(s.Actions[2].Owner) == s.OwnerKey(NamedOwner("finance")) {
		t.Error("OwnerKey")
	}
}

// TestLoadWarningsPerOwnerIdentity: items a participant owns by ID and by
// their typed name are one owner's load, named by their current name.
func TestLoadWarningsPerOwnerIdentity(t *testing.T) {
	ps := []Participant{{ID: "p1", Name: "Ana Lima"}}
	e := &LoadExercise{Unit: UnitPoints, Items: []LoadItem{
		{Name: "A", Owner: ParticipantOwner("p1"), Load: 1, Complexity: Complicated},
		{Name: "B", Owner: NamedOwner("ANA LIMA"), Load: 1, Complexity: Complicated},
	}}
	w := e.Analyse(ps).Warnings
	want := []LoadWarning{{"Ana Lima", `Ana Lima carries 2 complicated domains ("A", "B"): one is the most a team should hold.`}}
	if !reflect.DeepEqual(w, want) {
		t.Errorf("warnings %q", w)
	}
}

func TestTemplateFromTurnsOwnersToText(t *testing.T) {
	s := ownedSession(t)
	tpl := TemplateFrom(s, "x", "X", "")
	if got := tpl.Session.Steps[1].Load.Items[0].Owner; got != (Owner{Name: "Ana"}) {
		t.Errorf("template item owner %+v", got)
	}
	if err := tpl.Validate(); err != nil {
		t.Error(err)
	}
	if s.Steps[1].Load.Items[0].Owner != ParticipantOwner("p1") {
		t.Error("making a template changed the session's owners")
	}
}
