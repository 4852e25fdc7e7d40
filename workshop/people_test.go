package workshop

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

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

func TestAnonymousOrderIsNotRosterOrder(t *testing.T) {
	s := &Session{Title: "Offsite", Facilitator: "Hanna", Created: time.Date(2026, 3, 2, 9, 15, 7, 0, time.UTC)}
	for i := 1; i <= 12; i++ {
		s.Participants = append(s.Participants, Participant{ID: fmt.Sprintf("p%d", i), Name: fmt.Sprintf("Person %d", i)})
	}
	order := s.AnonymousOrder()
	roster := make([]string, len(s.Participants))
	for i, p := range s.Participants {
		roster[i] = p.ID
	}
	if slices.Equal(order, roster) {
		t.Fatalf("anonymous order is the roster order: %v", order)
	}
	sorted := slices.Clone(order)
	slices.Sort(sorted)
	wantSorted := slices.Clone(roster)
	slices.Sort(wantSorted)
	if !slices.Equal(sorted, wantSorted) {
		t.Fatalf("order %v is not a permutation of the roster", order)
	}
	// Pinned: a change of hash would renumber every saved session's
	// anonymous PDFs, so it must not change by accident; exports
	// stay byte for byte the same.
	want := []string{"p2", "p7", "p6", "p12", "p1", "p3", "p4", "p11", "p5", "p9", "p8", "p10"}
	if !slices.Equal(order, want) {
		t.Errorf("order %q, want %q", order, want)
	}
	if again := s.Clone().AnonymousOrder(); !slices.Equal(again, order) {
		t.Errorf("a copy numbers differently: %v", again)
	}
	// Reordering the roster does not move anyone's label.
	labels := s.AnonymousLabels()
	slices.Reverse(s.Participants)
	for id, l := range s.AnonymousLabels() {
		if labels[id] != l {
			t.Errorf("%s: %s after reordering the roster, %s before", id, l, labels[id])
		}
	}
	// Another session numbers the same IDs differently.
	other := s.Clone()
	other.Created = other.Created.Add(time.Second)
	if slices.Equal(other.AnonymousOrder(), order) {
		t.Error("two sessions share one numbering")
	}
	// Over many sessions, the first label falls on every roster place:
	// nothing about the roster shows through.
	seen := map[string]int{}
	for k := 0; k < 600; k++ {
		other.Created = s.Created.Add(time.Duration(k) * time.Minute)
		seen[other.AnonymousOrder()[0]]++
	}
	if len(seen) != 12 {
		t.Errorf("Participant 1 fell on only %d of 12 people over 600 sessions: %v", len(seen), seen)
	}
}
