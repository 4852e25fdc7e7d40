package workshop

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestFormatDocExamplesLoad loads every whole file shown in
// docs/FORMAT.md, so the documentation cannot drift from the format: the
// full example must load as it is, with the figures the page works out.
func TestFormatDocExamplesLoad(t *testing.T) {
	data, err := os.ReadFile("../docs/FORMAT.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```json\n(.*?)```").FindAllStringSubmatch(string(data), -1)
	var sessions []*Session
	files := 0
	for _, b := range blocks {
		if !strings.Contains(b[1], `"version":`) {
			continue // a fragment, not a file
		}
		files++
		s, _, err := DecodeAny(strings.NewReader(b[1]))
		if err != nil {
			t.Errorf("example does not load: %v\n%.200s", err, b[1])
			continue
		}
		if !strings.Contains(b[1], fmt.Sprintf(`"version": %d`, FormatVersion)) {
			t.Errorf("example is not the current version:\n%.200s", b[1])
		}
		if s != nil {
			sessions = append(sessions, s)
		}
	}
	if files != 2 || len(sessions) != 1 {
		t.Fatalf("found %d example files and %d sessions, want a template and the full example", files, len(sessions))
	}
	s := sessions[0]
	r := s.Step("s4").Load.Analyse(s.Participants)
	if r.Before != 17 || r.After != 9 {
		t.Errorf("load %v -> %v, want 17 -> 9", r.Before, r.After)
	}
	var owners []string
	for _, a := range s.Actions {
		owners = append(owners, s.OwnerName(a.Owner))
	}
	if got := strings.Join(owners, ", "); got != "Priya Shah, Zoë Laurent, Tom Becker, Amara Nwosu" {
		t.Errorf("action owners %s", got)
	}
	if it := s.Step("s4").Load.Items[4]; s.OwnerName(it.DecisionOwner) != "José Ramírez" || s.OwnerName(it.Owner) != "Lettings" {
		t.Errorf("item l5 owners %+v", it)
	}
}
