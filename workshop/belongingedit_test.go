package workshop

import (
	"reflect"
	"strings"
	"testing"
)

func TestRenameLevelFollowsEverywhere(t *testing.T) {
	s, e := belongingRoom(t)
	if err := e.AddLink(s, "p4", "p2"); err != nil { // Mia (manager) – Dan
		t.Fatal(err)
	}
	e.SetCount("manager", "director", 2)
	e.AddChange("New rota", []string{"manager", "team member"}, 4, "")
	// A second map of the same room that lists managers too, and a third
	// that already has a "team lead" level of its own.
	other := s.AddStep(StepBelonging, "Again", 10).Belonging
	other.SetLevels([]string{"director", "Manager"})
	third := s.AddStep(StepBelonging, "Third", 10).Belonging
	third.SetLevels([]string{"manager", "team lead"})

	dropped, err := s.RenameLevel(e, "MANAGER", " team  lead ")
	if err != nil || dropped != 0 {
		t.Fatalf("rename: %d, %v", dropped, err)
	}
	if !reflect.DeepEqual(e.Levels, []string{"executive", "director", "team lead", "team member"}) {
		t.Errorf("levels %q", e.Levels)
	}
	if s.Participants[3].Level != "team lead" || s.Participants[4].Level != "team lead" {
		t.Errorf("Mia and Max are on %q and %q", s.Participants[3].Level, s.Participants[4].Level)
	}
	if e.Count("team lead", "director") != 2 || !reflect.DeepEqual(e.Changes[0].Levels, []string{"team lead", "team member"}) {
		t.Errorf("counts %v, change levels %q", e.Counts, e.Changes[0].Levels)
	}
	if !reflect.DeepEqual(other.Levels, []string{"director", "team lead"}) {
		t.Errorf("the other map's levels %q", other.Levels)
	}
	// The third map had both names: it keeps its own list.
	if !reflect.DeepEqual(third.Levels, []string{"manager", "team lead"}) {
		t.Errorf("the third map's levels %q", third.Levels)
	}
	if len(e.Links) != 1 || AnalyseBelonging(s, e).Matrix[1][2] != 1 {
		t.Errorf("the link went with the rename: %v", e.Links)
	}
	for _, c := range []struct{ from, to, want string }{
		{"nowhere", "x", "not one of the levels"},
		{"team lead", "Director", "already a level"},
		{"team lead", "  ", "needs a name"},
		{"team lead", strings.Repeat("x", 81), "at most 80"},
	} {
		if _, err := s.RenameLevel(e, c.from, c.to); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q to %q: %v, want %q", c.from, c.to, err, c.want)
		}
	}
	// Renaming onto the name of people on no level of this map puts them
	// on it: Nia was "team lead" by hand, and her link to Mia goes.
	s.Participants[8].Level = "Coach"
	e.Links = append(e.Links, BelongingLink{Who: "p9", Whom: "p4"})
	if dropped, err := s.RenameLevel(e, "team lead", "coach"); err != nil || dropped != 1 {
		t.Fatalf("merge rename: %d, %v", dropped, err)
	}
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
}

// A level that goes leaves the counts and the changes that named it: a
// change still naming it would not load again.
func TestRemovedLevelLeavesCountsAndChanges(t *testing.T) {
	s, e := belongingRoom(t)
	e.SetCount("manager", "director", 2)
	e.SetCount("team member", "director", 1)
	e.AddChange("New rota", []string{"manager", "team member"}, 4, "")
	if err := e.SetLevels([]string{"executive", "director", "team member"}); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(e.Counts, []LevelPairCount{{"team member", "director", 1}}) || !reflect.DeepEqual(e.Changes[0].Levels, []string{"team member"}) {
		t.Errorf("counts %v, change levels %q", e.Counts, e.Changes[0].Levels)
	}
	if s.Participants[3].Level != "manager" || AnalyseBelonging(s, e).Unplaced[0] != "p4" {
		t.Errorf("Mia's level %q", s.Participants[3].Level)
	}
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestEditChange(t *testing.T) {
	s, e := belongingRoom(t)
	c, _ := e.AddChange("Rota", []string{"manager"}, 2, "load:i3")
	id := c.ID
	if err := e.EditChange(id, " New  rota ", []string{"Team Member", "manager", "manager"}, 6); err != nil {
		t.Fatal(err)
	}
	got := e.Changes[0]
	want := PlannedChange{ID: id, Name: "New rota", Levels: []string{"team member", "manager"}, Weeks: 6, Source: "load:i3"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("edited %+v, want %+v", got, want)
	}
	for _, c := range []struct {
		name   string
		levels []string
		weeks  int
		want   string
	}{{"", nil, 1, "needs a name"}, {"X", []string{"board"}, 1, `"board" is not one`}, {"X", nil, 521, "0 to 520"}} {
		if err := e.EditChange(id, c.name, c.levels, c.weeks); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: %v", c, err)
		}
	}
	if !reflect.DeepEqual(e.Changes[0], want) {
		t.Errorf("a refused edit changed the change: %+v", e.Changes[0])
	}
	if err := e.EditChange("c99", "X", nil, 1); err == nil {
		t.Error("edited a change that is not there")
	}
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestPickPerson(t *testing.T) {
	s, e := belongingRoom(t)
	s.Participants[7].Name = "Élodie O'Brien" // p8, team member
	e.AddLink(s, "p6", "p2")                  // Tom – Dan
	for _, c := range []struct {
		who, typed string
		id         string
		matches    []string
	}{
		{"p6", "2", "p2", nil},   // a roster number, whatever the level
		{"p6", "16", "", nil},    // past the end of the list
		{"p6", " 3 ", "p3", nil}, // spaces around it
		{"p6", "d", "p3", nil},   // Dan is linked to Tom already: "d" is Dora
		{"p1", "d", "", []string{"p2", "p3"}},
		{"p1", "do", "p3", nil}, // Dora
		{"p1", "m", "", []string{"p4", "p5"}},
		{"p1", "MI", "p4", nil},    // case ignored
		{"p1", "elo", "p8", nil},   // accents ignored
		{"p1", "brien", "p8", nil}, // a word after an apostrophe
		{"p1", "o'b", "p8", nil},
		{"p1", "t", "", []string{"p6", "p7"}},
		{"p6", "t", "p7", nil},          // only Tia fits, on Tom's level: AddLink says so
		{"p1", "nia", "p9", nil},        // on no level: AddLink says so
		{"p1", "x", "", nil},            // nobody
		{"p1", "", "", nil},             // nothing typed
		{"p1", "dan ", "p2", nil},       // a trailing space is not a word
		{"p1", "dora o", "", nil},       // no Dora O…
		{"p1", "elodie o'b", "p8", nil}, // a whole name and more
		{"p1", "eva", "", nil},          // Eva is the one asking
	} {
		id, matches := e.PickPerson(s, c.who, c.typed)
		if id != c.id || !reflect.DeepEqual(matches, c.matches) {
			t.Errorf("%s typing %q: %q %q, want %q %q", c.who, c.typed, id, matches, c.id, c.matches)
		}
	}
	// An exact name wins over a longer one that starts the same.
	s.Participants[5].Name = "Dan Jr" // Tom becomes Dan Jr, team member
	if id, _ := e.PickPerson(s, "p1", "dan"); id != "p2" {
		t.Errorf("dan: %q", id)
	}
}

func TestBelongingGlance(t *testing.T) {
	s, e := belongingRoom(t)
	e.AddLink(s, "p2", "p1")
	e.AddLink(s, "p4", "p2")
	e.AddChange("New rota", []string{"manager", "team member"}, 2, "")
	e.AddChange("Board reporting", []string{"executive"}, 0, "")
	// Rungs: executive–director and director–manager have a link;
	// manager–team member none. Of the 8 placed, Dora, Max and the three
	// team members have nobody across. The rota crosses the broken rung.
	want := []string{
		"Belonging: 1 broken rung, 5 of 8 people on a level with nobody on another, 1 of 2 planned changes faster than belonging.",
		"Actions agreed: 0.",
	}
	if got := s.Glance(); !reflect.DeepEqual(got, want) {
		t.Errorf("glance %q", got)
	}
	e.Mode = ModeTally
	e.Changes = nil
	if got := s.Glance()[0]; got != "Belonging: 3 broken rungs." {
		t.Errorf("show of hands with no counts: %q", got)
	}
	e.SetLevels(nil)
	if got := s.Glance()[0]; got != "Belonging: no levels yet." {
		t.Errorf("no levels: %q", got)
	}
	if got := s.Steps[0].Heading(); got != "Speed of belonging: Belonging" {
		t.Errorf("heading %q", got)
	}
}
