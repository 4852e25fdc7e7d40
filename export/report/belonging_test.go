package report

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"scaleroom/workshop"
)

// belongingSession is a room of nine on four levels, worked out by hand:
//
//	1 Eva Stone   executive     linked to Dan
//	2 Dan Ortiz   director      Eva, Mia, Tom
//	3 Dora Park   director      Max
//	4 Mia Chen    manager       Dan
//	5 Max Roy     manager       Dora
//	6 Tom Hale    team member   Dan (skips the managers)
//	7 Tia Berg    team member   nobody
//	8 Teo Lind    team member   nobody
//	9 Nia Cole    no level
//
// Relationships per pair: executive–director 1, director–manager 2,
// director–team member 1; manager–team member has none: a broken rung.
// The new planning cycle (director, manager) is within belonging; the new
// rota (manager, team member) crosses the broken rung and touches the team
// members, of whom only 1 in 3 has someone across.
func belongingSession(t testing.TB) *workshop.Session {
	t.Helper()
	s := &workshop.Session{Title: "Belonging day", Facilitator: "Rosa Díaz"}
	for _, p := range [][2]string{
		{"Eva Stone", "executive"}, {"Dan Ortiz", "director"}, {"Dora Park", "director"}, {"Mia Chen", "manager"}, {"Max Roy", "manager"},
		{"Tom Hale", "team member"}, {"Tia Berg", "team member"}, {"Teo Lind", "team member"}, {"Nia Cole", ""},
	} {
		q, err := s.AddParticipant(p[0])
		if err != nil {
			t.Fatal(err)
		}
		q.Level = p[1]
	}
	st := s.AddStep(workshop.StepBelonging, "Map the relationships", 35)
	st.Prompt = "Who could you say no to?"
	e := st.Belonging
	if err := e.SetLevels([]string{"executive", "director", "manager", "team member"}); err != nil {
		t.Fatal(err)
	}
	for _, l := range [][2]string{{"p2", "p1"}, {"p4", "p2"}, {"p5", "p3"}, {"p6", "p2"}} {
		if err := e.AddLink(s, l[0], l[1]); err != nil {
			t.Fatal(err)
		}
	}
	e.AddChange("New planning cycle", []string{"director", "manager"}, 8, "")
	e.AddChange("New rota", []string{"manager", "team member"}, 2, "")
	return s
}

func rowTexts(t *Table) []string {
	var out []string
	for _, r := range t.Rows {
		out = append(out, strings.Join(r.Cells, " | "))
	}
	return out
}

func TestBelongingSectionNamed(t *testing.T) {
	s := belongingSession(t)
	sec := build(t, s, Options{}).Section("s1")
	if sec == nil || sec.Title != "Speed of belonging: Map the relationships" {
		t.Fatalf("section %+v", sec)
	}
	headline := "1 broken rung: manager and team member. 2 of 8 people on a level have nobody on another. 1 person is on no level."
	for _, m := range []Medium{Print, Screen, Room} {
		if got := texts(sec, m); !slices.Contains(got, headline) {
			t.Errorf("medium %d lacks the headline: %q", m, got)
		}
	}
	maps := blocks[*BelongingMap](sec)
	if len(maps) != 1 || maps[0].On != Print|Screen|Room {
		t.Fatalf("maps %+v", maps)
	}
	m := maps[0]
	var people []string
	for _, p := range m.People {
		people = append(people, fmt.Sprintf("%d %s %d %t", p.Number, p.Name, p.Level, p.Alone))
	}
	wantPeople := []string{"1 Eva Stone 0 false", "2 Dan Ortiz 1 false", "3 Dora Park 1 false", "4 Mia Chen 2 false",
		"5 Max Roy 2 false", "6 Tom Hale 3 false", "7 Tia Berg 3 true", "8 Teo Lind 3 true"}
	if !slices.Equal(people, wantPeople) {
		t.Errorf("people %q", people)
	}
	if want := [][2]int{{1, 0}, {3, 1}, {4, 2}, {5, 1}}; !reflect.DeepEqual(m.Links, want) || len(m.Pairs) != 0 {
		t.Errorf("links %v, pairs %v", m.Links, m.Pairs)
	}
	if !slices.Equal(m.Linked(1), []int{0, 3, 5}) {
		t.Errorf("Dan is linked to %v", m.Linked(1))
	}
	wantLevels := []MapLevel{{"executive", "1 person", ""}, {"director", "2 people", ""},
		{"manager", "2 people", ""}, {"team member", "3 people", "2 with nobody across"}}
	if !reflect.DeepEqual(m.Levels, wantLevels) || !reflect.DeepEqual(m.Rungs, []MapRung{{2, "Broken rung"}}) {
		t.Errorf("levels %+v, rungs %+v", m.Levels, m.Rungs)
	}
	sh := m.Shape()
	if sh.Levels != 4 || !slices.Equal(sh.PersonLevel, []int{0, 1, 1, 2, 2, 3, 3, 3}) || !slices.Equal(sh.Broken, []int{2}) {
		t.Errorf("shape %+v", sh)
	}
	if !strings.HasPrefix(m.Caption, "Each dot is a person") || !strings.Contains(m.Caption, "(4 relationships)") || !strings.Contains(m.Caption, "broken rung") {
		t.Errorf("caption %q", m.Caption)
	}

	tables := blocks[*Table](sec)
	if len(tables) != 3 {
		t.Fatalf("%d tables", len(tables))
	}
	if got := rowTexts(tables[0]); !slices.Equal(got, []string{
		"1. executive | – | 1 | 0 | 0", "2. director | 1 | – | 2 | 1", "3. manager | 0 | 2 | – | 0", "4. team member | 0 | 1 | 0 | –",
	}) {
		t.Errorf("matrix %q", got)
	}
	// Dan has someone above, Dora not: 1 of 2; both have someone below.
	if got := rowTexts(tables[1]); !slices.Equal(got, []string{
		"1. executive | 1 | – | 1 of 1 | 1 of 1", "2. director | 2 | 1 of 2 | 2 of 2 | 2 of 2",
		"3. manager | 2 | 2 of 2 | 0 of 2 | 2 of 2", "4. team member | 3 | 1 of 3 | – | 1 of 3",
	}) {
		t.Errorf("shares %q", got)
	}
	if got := rowTexts(tables[2]); !slices.Equal(got, []string{
		"New planning cycle | director, manager | 8 | Within belonging", "New rota | manager, team member | 2 | Faster than belonging",
	}) {
		t.Errorf("pace %q", got)
	}
	if n := tables[2].Rows[1].Note; !strings.HasPrefix(n, "Faster than belonging: nobody between manager and team member") || !strings.Contains(n, "longer than 2 weeks") {
		t.Errorf("rota's advice %q", n)
	}
	if c := blocks[*Callout](sec); len(c) != 1 || !slices.Equal(c[0].Items, []string{"Nobody on manager has a relationship with anybody on team member."}) {
		t.Errorf("callouts %+v", c)
	}
	screen := strings.Join(texts(sec, Screen), "\n")
	for _, want := range []string{
		"Relationships per pair of levels:\n• executive and director: 1\n• director and manager: 2\n• director and team member: 1",
		"Nobody on another level:\n• team member: Tia Berg, Teo Lind",
		"• New rota (manager, team member; 2 weeks): Faster than belonging: ",
		"• New planning cycle (director, manager; 8 weeks): Within belonging: every rung",
	} {
		if !strings.Contains(screen, want) {
			t.Errorf("the screen lacks %q:\n%s", want, screen)
		}
	}
	if f := blocks[*Field](sec); len(f) != 1 || f[0].Text != "Nia Cole" {
		t.Errorf("on no level %+v", f)
	}
	if got := texts(sec, Room); !slices.Contains(got, "Pace check: 1 of 2 planned changes are faster than belonging: New rota.") {
		t.Errorf("the room reads %q", got)
	}
	if !HasResult(s, "s1") || BuildStep(s, Options{}, "s1") == nil {
		t.Error("the projector has no result for the map")
	}
	glance := build(t, s, Options{}).Section(GlanceID).Blocks[0].(*List).Items
	if glance[0] != "Map the relationships: 1 broken rung, 2 of 8 people on a level with nobody on another, 1 of 2 planned changes faster than belonging." {
		t.Errorf("glance %q", glance)
	}
}

// Without names the map is drawn by counts: no dots, no names, nobody
// listed as alone or on no level.
func TestBelongingSectionByCounts(t *testing.T) {
	s := belongingSession(t)
	for _, p := range []Privacy{Unattributed, Anonymous} {
		sec := build(t, s, Options{Privacy: p}).Section("s1")
		m := blocks[*BelongingMap](sec)[0]
		want := []MapPair{{0, 1, 1, 0.5, "1"}, {1, 2, 2, 1, "2"}, {1, 3, 1, 0.5, "1"}}
		if len(m.People) != 0 || len(m.Links) != 0 || !reflect.DeepEqual(m.Pairs, want) {
			t.Errorf("privacy %d: people %v links %v pairs %+v", p, m.People, m.Links, m.Pairs)
		}
		if !strings.Contains(m.Caption, "people are not shown") {
			t.Errorf("caption %q", m.Caption)
		}
		var all []string
		walkStrings(sec, func(x string) { all = append(all, x) })
		for _, x := range all {
			for _, p := range s.Participants {
				if strings.Contains(x, strings.Fields(p.Name)[0]) {
					t.Errorf("%q names %s", x, p.Name)
				}
			}
		}
		if got := texts(sec, Print); !slices.Contains(got, "Not shown by name in this summary; the table above counts them per level.") {
			t.Errorf("print %q", got)
		}
		if len(blocks[*Field](sec)) != 0 {
			t.Error("people on no level are listed")
		}
		// The counts are the same as by name.
		if got := rowTexts(blocks[*Table](sec)[0]); got[1] != "2. director | 1 | – | 2 | 1" {
			t.Errorf("matrix %q", got)
		}
	}
	if got := BelongingFigure(s, "s1", Options{Privacy: Unattributed}); len(got.People) != 0 || len(got.Pairs) != 3 {
		t.Errorf("the screen's figure without names %+v", got)
	}
	if got := BelongingFigure(s, "s1", Options{}); len(got.People) != 8 {
		t.Errorf("the screen's figure %+v", got)
	}
	if BelongingFigure(s, "s9", Options{}) != nil {
		t.Error("a figure for no step")
	}
}

func TestBelongingSectionTally(t *testing.T) {
	s := belongingSession(t)
	e := s.Steps[0].Belonging
	e.Mode = workshop.ModeTally
	// Of 3 team members, 2 have a director; 1 a manager. Both managers have
	// a director; 1 of 2 directors has the executive, and 1 a team member.
	for _, c := range []struct {
		from, to string
		n        int
	}{{"team member", "director", 2}, {"team member", "manager", 1}, {"manager", "director", 2}, {"director", "executive", 1}, {"director", "team member", 1}} {
		if err := e.SetCount(c.from, c.to, c.n); err != nil {
			t.Fatal(err)
		}
	}
	sec := build(t, s, Options{}).Section("s1")
	m := blocks[*BelongingMap](sec)[0]
	want := []MapPair{{0, 1, 1, 1.0 / 3, "1 up · 0 down"}, {1, 2, 2, 2.0 / 3, "2 up · 0 down"}, {1, 3, 3, 1, "2 up · 1 down"}, {2, 3, 1, 1.0 / 3, "1 up · 0 down"}}
	if len(m.People) != 0 || !reflect.DeepEqual(m.Pairs, want) || len(m.Rungs) != 0 {
		t.Errorf("pairs %+v, rungs %+v, people %d", m.Pairs, m.Rungs, len(m.People))
	}
	tables := blocks[*Table](sec)
	if got := rowTexts(tables[0]); !slices.Equal(got, []string{
		"1. executive | – | 0 | 0 | 0", "2. director | 1 | – | 0 | 1", "3. manager | 0 | 2 | – | 0", "4. team member | 0 | 2 | 1 | –",
	}) || tables[0].Columns[0].Title != "People on … with someone on" {
		t.Errorf("tally matrix %q", got)
	}
	// Lower bounds: team members up max(2, 1) = 2 of 3.
	if got := rowTexts(tables[1])[3]; got != "4. team member | 3 | at least 2 of 3 | – | at least 2 of 3" {
		t.Errorf("tally shares %q", got)
	}
	if got := texts(sec, Screen); !slices.Contains(got, "People with someone on another level, per pair of levels:\n• executive and director: 1 up, 0 down\n• director and manager: 2 up, 0 down\n• director and team member: 2 up, 1 down\n• manager and team member: 1 up, 0 down") {
		t.Errorf("screen %q", got)
	}
	if got := texts(sec, Print); slices.ContainsFunc(got, func(x string) bool { return strings.Contains(x, "Tia") }) {
		t.Errorf("a show of hands names people: %q", got)
	}
}

// A personal sheet holds the reader's own relationships, counted per
// level, and nothing else of the map: no one else's name, no figure.
func TestBelongingOnAPersonalSheet(t *testing.T) {
	s := belongingSession(t)
	for _, c := range []struct {
		who  string
		want []string
		rows []string
	}{
		{"p2", []string{"Your level: director.", "You have 3 relationships with people on other levels. Who they are is left out, as everywhere on this sheet."},
			[]string{"executive | 1", "manager | 1", "team member | 1"}},
		{"p6", []string{"Your level: team member.", "You have 1 relationship with people on other levels. Who they are is left out, as everywhere on this sheet."},
			[]string{"director | 1"}},
		{"p7", []string{"Your level: team member.", "No relationship across levels was recorded for you."}, nil},
		{"p9", []string{"You were on no level of this map, so no relationship across levels was recorded for you."}, nil},
	} {
		for _, p := range []Privacy{Named, Anonymous} {
			r := build(t, s, Options{Participant: c.who, Privacy: p})
			sec := r.Section("s1")
			if sec == nil || sec.Level != 1 {
				t.Fatalf("%s: no belonging section", c.who)
			}
			if got := texts(sec, Print); !slices.Equal(got, c.want) {
				t.Errorf("%s: %q", c.who, got)
			}
			tables := blocks[*Table](sec)
			if c.rows == nil && len(tables) != 0 || c.rows != nil && !slices.Equal(rowTexts(tables[0]), c.rows) {
				t.Errorf("%s: tables %+v", c.who, tables)
			}
			if len(blocks[*BelongingMap](sec)) != 0 {
				t.Errorf("%s: the sheet has the map", c.who)
			}
			me := s.Participant(c.who).Name
			walkStrings(r, func(x string) {
				for _, q := range s.Participants {
					if q.Name != me && strings.Contains(x, q.Name) {
						t.Errorf("%s's sheet names %s in %q", me, q.Name, x)
					}
				}
			})
		}
	}
	s.Steps[0].Belonging.Mode = workshop.ModeTally
	if got := texts(build(t, s, Options{Participant: "p2"}).Section("s1"), Print); !strings.HasPrefix(got[0], "This map was made by a show of hands") {
		t.Errorf("tally sheet %q", got)
	}
	s.Steps[0].Belonging.SetLevels(nil)
	if build(t, s, Options{Participant: "p2"}).Section("s1") != nil {
		t.Error("a sheet has a map with no levels")
	}
}

// The largest room: 40 people on five levels, a 2,000-character name,
// every link a room of 40 could make, and names in the changes; the
// anonymous report and the projector without names still name nobody.
func TestBelongingNamesNobodyInTheLargestRoom(t *testing.T) {
	for _, mention := range []bool{false, true} {
		s := roomOf40(mention)
		st := s.AddStep(workshop.StepBelonging, "Belonging", 30)
		e := st.Belonging
		levels := []string{"board", "director", "head", "manager", "team"}
		e.SetLevels(levels)
		for i := range s.Participants {
			s.Participants[i].Level = levels[i%5]
		}
		for i := range s.Participants {
			for j := i + 1; j < len(s.Participants); j += 3 {
				e.AddLink(s, s.Participants[i].ID, s.Participants[j].ID) // same-level pairs are refused
			}
		}
		if len(e.Links) < 200 {
			t.Fatalf("only %d links", len(e.Links))
		}
		name := "a director"
		if mention {
			name = s.Participants[7].Name
		}
		e.AddChange("Pair "+name+" with the board", []string{"board", "director"}, 3, "")
		if err := s.Validate(); err != nil {
			t.Fatal(err)
		}
		if mention {
			leaks(t, s, build(t, s, Options{Privacy: Anonymous}))
			leaks(t, s, build(t, s, Options{Privacy: Anonymous, Participant: s.Participants[39].ID}))
		} else {
			leaks(t, s, build(t, s, Options{Privacy: Unattributed}))
		}
		named := blocks[*BelongingMap](build(t, s, Options{}).Section(st.ID))[0]
		if len(named.People) != 40 || len(named.Links) != len(e.Links) || named.People[39].Name != s.Participants[39].Name {
			t.Errorf("named map: %d people, %d links", len(named.People), len(named.Links))
		}
	}
}

func BenchmarkBelongingSection200(b *testing.B) {
	s := &workshop.Session{}
	levels := []string{"executive", "director", "head", "manager", "team member"}
	for i := range 200 {
		p, _ := s.AddParticipant(fmt.Sprintf("Person %03d", i))
		p.Level = levels[min(i/10, 4)]
	}
	st := s.AddStep(workshop.StepBelonging, "B", 60)
	st.Belonging.SetLevels(levels)
	x := 1
	for len(st.Belonging.Links) < 2000 {
		x = (x*1103515245 + 12345) % (1 << 31)
		st.Belonging.AddLink(s, s.Participants[x%200].ID, s.Participants[(x/200)%200].ID)
	}
	b.ReportAllocs()
	for b.Loop() {
		if BuildStep(s, Options{}, st.ID) == nil {
			b.Fatal("no section")
		}
	}
}
