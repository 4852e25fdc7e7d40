package workshoptest

import (
	"time"

	"scaleroom/workshop"
)

// BelongingPeople are a room of fifteen on four levels, in roster order:
// two executives, three directors, four managers and six team members.
// Some names share a first letter or a word's start (Dev, Dora and Diaz;
// Mei, Marta and Mensah; Hana and Haddad; Lucia and Lin; Bruno and Berg),
// as in any real room.
var BelongingPeople = [][2]string{
	{"Amara Okafor", "executive"}, {"Bruno Castell", "executive"},
	{"Chiara Conti", "director"}, {"Dev Patel", "director"}, {"Dora Sokolova", "director"},
	{"Farah Haddad", "manager"}, {"Gustav Berg", "manager"}, {"Hana Sato", "manager"}, {"Ivan Petrov", "manager"},
	{"Jonas Weber", "team member"}, {"Kofi Mensah", "team member"}, {"Lucia Romero", "team member"},
	{"Mei Lin", "team member"}, {"Marta Nowak", "team member"}, {"Oscar Diaz", "team member"},
}

// BelongingLevels are the room's levels, top first.
var BelongingLevels = []string{"executive", "director", "manager", "team member"}

// BelongingLinks are the thirty relationships the room names when asked
// person by person, as roster numbers: who (asked in turn), whom. The
// leaders know each other well; only two team members, Jonas and Kofi,
// know anyone above them, and only directors and executives: nobody links
// a manager and a team member, a broken rung, and four of the six team
// members have nobody on another level.
var BelongingLinks = [][2]int{
	{1, 4}, {1, 5}, {1, 6}, {1, 7}, {1, 9},
	{2, 4}, {2, 5}, {2, 6}, {2, 7}, {2, 8},
	{3, 1}, {3, 6}, {3, 7}, {3, 8}, {3, 9}, {3, 10},
	{4, 6}, {4, 7}, {4, 8}, {4, 9}, {4, 11},
	{5, 6}, {5, 7}, {5, 8}, {5, 9},
	{9, 2},
	{10, 4}, {10, 1},
	{11, 5}, {11, 2},
}

// BelongingRoom is the room of BelongingPeople with a belonging step (s1)
// listing its levels, and no relationships recorded yet.
func BelongingRoom() *workshop.Session {
	at := time.Date(2026, 5, 6, 9, 0, 0, 0, time.UTC)
	s := &workshop.Session{Title: "Speed of belonging", Organisation: "Northwind Cooperative", Facilitator: "Rosa Díaz",
		Date: "2026-05-06", Created: at, Modified: at.Add(2 * time.Hour), Participants: []workshop.Participant{}, Actions: []workshop.Action{}}
	for _, p := range BelongingPeople {
		q, err := s.AddParticipant(p[0])
		if err != nil {
			panic(err)
		}
		q.Level = p[1]
	}
	st := s.AddStep(workshop.StepBelonging, "Map the relationships across levels", 55)
	st.Prompt = "On another level than yours, who could you say no to, or ask for help, without thinking twice?"
	if err := st.Belonging.SetLevels(BelongingLevels); err != nil {
		panic(err)
	}
	return s
}

// MappedBelongingRoom is BelongingRoom with its thirty relationships
// recorded and four planned changes, two of them faster than belonging.
func MappedBelongingRoom() *workshop.Session {
	s := BelongingRoom()
	e := s.Steps[0].Belonging
	for _, l := range BelongingLinks {
		if err := e.AddLink(s, s.Participants[l[0]-1].ID, s.Participants[l[1]-1].ID); err != nil {
			panic(err)
		}
	}
	for _, c := range []struct {
		name   string
		levels []string
		weeks  int
	}{
		{"Quarterly strategy review", []string{"executive", "director"}, 12},
		{"Weekly planning across teams", []string{"director", "manager", "team member"}, 4},
		{"New expense tool", []string{"manager", "team member"}, 2},
		{"Shared on-call for managers", []string{"manager"}, 6},
	} {
		if _, err := e.AddChange(c.name, c.levels, c.weeks, ""); err != nil {
			panic(err)
		}
	}
	return s
}
