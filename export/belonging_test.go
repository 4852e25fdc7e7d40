package export

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"scaleroom/workshop"
	"scaleroom/workshop/workshoptest"
)

// The room of fifteen, mapped (workshoptest.MappedBelongingRoom), read
// back from the PDF: by hand, 30 relationships, executive–director 5,
// executive–manager 7, executive–team member 2, director–manager 12,
// director–team member 4; no manager knows a team member (a broken rung);
// Lucia, Mei, Marta and Oscar have nobody on another level; the weekly
// planning and the expense tool cross the broken rung.
func TestBelongingInThePDF(t *testing.T) {
	s := workshoptest.MappedBelongingRoom()
	path, _ := render(t, s, Options{})
	got := text(t, path)
	mustContain(t, "the named summary", got,
		"Speed of belonging: Map the relationships across levels",
		"Map the relationships across levels: 1 broken rung, 4 of 15 people on a level with nobody on another, 2 of 4 planned changes faster than belonging.",
		"1 broken rung: manager and team member. 4 of 15 people on a level have nobody on another.",
		// The figure: levels, counts and the rung's label in the left column.
		"executive 2 people director", "team member 6 people 4 with nobody across", "Broken rung",
		"Each dot is a person, numbered as on the participant list",
		"Relationships per pair of levels",
		"1. executive – 5 7 2", "2. director 5 – 12 4", "3. manager 7 12 – 0", "4. team member 2 4 0 –",
		"Who has someone on another level",
		"4. team member 6 2 of 6 – 2 of 6", "3. manager 4 4 of 4 0 of 4 4 of 4",
		"Nobody on manager has a relationship with anybody on team member.",
		"team member: Lucia Romero, Mei Lin, Marta Nowak, Oscar Diaz",
		"Pace check",
		"New expense tool manager, team member 2 Faster than belonging",
		"Quarterly strategy review executive, director 12 Within belonging",
		"Faster than belonging: nobody between manager and team member has a relationship across",
		"skip-level conversations")

	anon, _ := render(t, s, Options{Anonymous: true})
	got = text(t, anon)
	mustContain(t, "the anonymous summary", got,
		"Relationships per pair of levels", "2. director 5 – 12 4", "people are not shown", "Broken rung",
		"Not shown by name in this summary")
	low := strings.ToLower(got + info(t, anon))
	for _, p := range s.Participants {
		for _, part := range strings.Fields(p.Name) {
			if regexp.MustCompile(`\b` + strings.ToLower(part) + `\b`).MatchString(low) {
				t.Errorf("the anonymous PDF holds %q", part)
			}
		}
	}

	// Jonas's sheet: his three relationships, by level, and no one else.
	sheet, _ := render(t, s, Options{Participant: "Jonas Weber"})
	got = text(t, sheet)
	mustContain(t, "Jonas's sheet", got, "Your level: team member.", "You have 3 relationships with people on other levels.",
		"executive 1", "director 2")
	for _, p := range s.Participants[:9] {
		if strings.Contains(got, p.Name) {
			t.Errorf("Jonas's sheet names %s", p.Name)
		}
	}
	if strings.Contains(got, "Relationships per pair of levels") || strings.Contains(got, "Broken rung") {
		t.Error("Jonas's sheet holds the map")
	}
	if dir := os.Getenv("SCALEROOM_SHOTS"); dir != "" {
		for name, p := range map[string]string{"belonging.pdf": path, "belonging-anonymous.pdf": anon} {
			data, _ := os.ReadFile(p)
			os.WriteFile(filepath.Join(dir, name), data, 0o644)
		}
	}
}

// Every string the anonymous render draws, the figure's included, is free
// of the names, in the largest room: 40 people, one with a 2,000-character
// name, on five levels.
func TestBelongingAnonymousTraced(t *testing.T) {
	s := workshoptest.Session(workshoptest.Size{Participants: 40})
	s.Participants[39].Name = strings.Repeat("Xochiquetzalli", 143)[:2000]
	st := s.AddStep(workshop.StepBelonging, "Belonging", 30)
	levels := []string{"board", "director", "head", "manager", "team"}
	st.Belonging.SetLevels(levels)
	for i := range s.Participants {
		s.Participants[i].Level = levels[i%5]
	}
	for i := range s.Participants {
		for j := i + 1; j < len(s.Participants); j += 4 {
			st.Belonging.AddLink(s, s.Participants[i].ID, s.Participants[j].ID)
		}
	}
	st.Belonging.AddChange("Pair "+s.Participants[39].Name+" with the board", []string{"board", "team"}, 2, "")
	var seen []string
	if _, _, err := renderTraced(s, Options{Anonymous: true}, func(x string) { seen = append(seen, x) }); err != nil {
		t.Fatal(err)
	}
	for _, x := range seen {
		low := strings.ToLower(norm.NFC.String(x))
		for _, p := range s.Participants {
			if strings.Contains(low, strings.ToLower(p.Name[:12])) {
				t.Fatalf("%.40q reaches the PDF in %.80q", p.Name, x)
			}
		}
	}
	// The named PDF draws every one of them, and still renders.
	if _, _, err := Render(s, Options{}); err != nil {
		t.Fatal(err)
	}
}
