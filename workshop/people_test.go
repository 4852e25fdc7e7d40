package workshop

import "testing"

func TestFindParticipantNormalisesNames(t *testing.T) {
	s := &Session{Participants: []Participant{
		{ID: "p1", Name: "José-María Núñez"}, // NFC, as the app stores what it is typed
		{ID: "p2", Name: "Ana Lima"},
		{ID: "p3", Name: "ANA LIMA "}, // differs from p2 only in case and space
		{ID: "p4", Name: "Zoë"},
	}}
	cases := []struct{ typed, want string }{
		{"José-María Núñez", "p1"},
		{"Jose\u0301-Mari\u0301a Nu\u0301n\u0303ez", "p1"}, // NFD, as macOS sends it
		{"josé-maría  núñez", "p1"},
		{"JOSE\u0301-MARI\u0301A NU\u0301N\u0303EZ", "p1"},
		{"Zoe\u0308", "p4"},
		{"p4", "p4"},
		{"Ana Lima", "p2"}, // exact name wins
		{"ana lima", ""},   // two people fit: refuse rather than guess
		{"Zoe", ""},        // no accent is another name
		{"", ""},
	}
	for _, c := range cases {
		got := ""
		if p := s.FindParticipant(c.typed); p != nil {
			got = p.ID
		}
		if got != c.want {
			t.Errorf("FindParticipant(%q) = %q, want %q", c.typed, got, c.want)
		}
	}
	if !SameName("Zoe\u0308 ", "zoë") || SameName("", "") || SameName("Zoe", "Zoë") {
		t.Error("SameName")
	}
}
