package workshop

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// belongingRoom is four levels, top first, with people placed:
//
//	executive: Eva (p1)
//	director:  Dan (p2), Dora (p3)
//	manager:   Mia (p4), Max (p5)
//	team:      Tom (p6), Tia (p7), Teo (p8)
//	no level:  Nia (p9)
func belongingRoom(t testing.TB) (*Session, *BelongingExercise) {
	t.Helper()
	s := &Session{}
	for _, p := range []struct{ name, level string }{
		{"Eva", "executive"}, {"Dan", "director"}, {"Dora", "Director"}, {"Mia", "manager"},
		{"Max", "manager"}, {"Tom", "team member"}, {"Tia", "team member"}, {"Teo", "team member"}, {"Nia", ""},
	} {
		q, err := s.AddParticipant(p.name)
		if err != nil {
			t.Fatal(err)
		}
		q.Level = p.level
	}
	st := s.AddStep(StepBelonging, "Belonging", 30)
	e := st.Belonging
	if err := e.SetLevels([]string{"executive", " director ", "manager", "team member"}); err != nil {
		t.Fatal(err)
	}
	return s, e
}

func TestBelongingAnalysis(t *testing.T) {
	s, e := belongingRoom(t)
	for _, l := range [][2]string{
		{"p2", "p1"}, // Dan asks Eva: director–executive
		{"p4", "p2"}, // Mia asks Dan: manager–director
		{"p5", "p3"}, // Max asks Dora: manager–director
		{"p6", "p2"}, // Tom asks Dan: team–director (skips managers)
	} {
		if err := e.AddLink(s, l[0], l[1]); err != nil {
			t.Fatalf("%v: %v", l, err)
		}
	}
	r := AnalyseBelonging(s, e)
	// Matrix by hand: exec–dir 1, dir–mgr 2, dir–team 1, symmetric.
	want := [][]int{
		{0, 1, 0, 0},
		{1, 0, 2, 1},
		{0, 2, 0, 0},
		{0, 1, 0, 0},
	}
	if !reflect.DeepEqual(r.Matrix, want) {
		t.Fatalf("matrix %v, want %v", r.Matrix, want)
	}
	// Rung manager–team member has no direct link: Tom's skips it.
	if !reflect.DeepEqual(r.BrokenRungs, []int{2}) {
		t.Fatalf("broken rungs %v, want [2]", r.BrokenRungs)
	}
	// Tia and Teo have nobody across; Nia is on no level.
	if !reflect.DeepEqual(r.Isolated, []string{"p7", "p8"}) || !reflect.DeepEqual(r.Unplaced, []string{"p9"}) {
		t.Fatalf("isolated %v unplaced %v", r.Isolated, r.Unplaced)
	}
	// Shares by hand. executive: nobody above (-1), Eva has a link down (1).
	// director: Dan up (1 of 2), Dan and Dora down (2 of 2).
	// manager: Mia and Max up (2 of 2), nobody down (0).
	// team: Tom up (1 of 3), nothing below (-1).
	wantUp := []float64{-1, 0.5, 1, 1.0 / 3}
	wantDown := []float64{1, 1, 0, -1}
	wantAcross := []float64{1, 1, 1, 1.0 / 3}
	if !reflect.DeepEqual(r.Up, wantUp) || !reflect.DeepEqual(r.Down, wantDown) || !reflect.DeepEqual(r.Across, wantAcross) {
		t.Fatalf("up %v down %v across %v", r.Up, r.Down, r.Across)
	}

	// Pace check. A reorganisation of managers and directors crosses a rung
	// with links, and both levels are fully linked: within belonging. A new
	// rota for managers and teams crosses the broken rung and touches the
	// thin team level. One for the executive alone stays on one level.
	e.AddChange("New planning cycle", []string{"director", "manager"}, 8, "")
	e.AddChange("New rota", []string{"Manager", "team member"}, 2, "")
	e.AddChange("Board reporting", []string{"executive"}, 0, "")
	e.AddChange("Everyone's goals", []string{"executive", "team member"}, 0, "")
	r = AnalyseBelonging(s, e)
	got := []bool{}
	for _, c := range r.Changes {
		got = append(got, c.TooFast)
	}
	if !reflect.DeepEqual(got, []bool{false, true, false, true}) {
		t.Fatalf("too fast %v", got)
	}
	rota := r.Changes[1]
	if !reflect.DeepEqual(rota.Rungs, []int{2}) || !reflect.DeepEqual(rota.Thin, []int{3}) {
		t.Fatalf("rota rungs %v thin %v", rota.Rungs, rota.Thin)
	}
	for _, want := range []string{"Faster than belonging", "nobody between manager and team member", "fewer than half the people on the team member level", "longer than 2 weeks", "skip-level"} {
		if !strings.Contains(rota.Advice, want) {
			t.Errorf("advice lacks %q: %s", want, rota.Advice)
		}
	}
	if !strings.HasPrefix(r.Changes[2].Advice, "Within belonging: it stays on one level") {
		t.Errorf("one-level advice %q", r.Changes[2].Advice)
	}
	// The span executive..team crosses every rung, the broken one included.
	if !reflect.DeepEqual(r.Changes[3].Rungs, []int{2}) {
		t.Errorf("span rungs %v", r.Changes[3].Rungs)
	}
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestBelongingEdgeCases(t *testing.T) {
	// Empty exercise: no levels, nothing to say, no panic.
	s := &Session{}
	s.AddParticipant("Ana")
	e := s.AddStep(StepBelonging, "B", 10).Belonging
	r := AnalyseBelonging(s, e)
	if len(r.Matrix) != 0 || len(r.BrokenRungs) != 0 || !reflect.DeepEqual(r.Unplaced, []string{"p1"}) {
		t.Fatalf("empty: %+v", r)
	}
	// One level: no rungs, nobody can link across.
	e.SetLevels([]string{"everyone"})
	s.Participants[0].Level = "Everyone"
	r = AnalyseBelonging(s, e)
	if len(r.BrokenRungs) != 0 || r.Up[0] != -1 || r.Down[0] != -1 || r.Across[0] != 0 || !reflect.DeepEqual(r.Isolated, []string{"p1"}) {
		t.Fatalf("one level: %+v", r)
	}
	// A level with nobody on it has no shares, and a rung to it is broken.
	e.SetLevels([]string{"everyone", "ghosts"})
	r = AnalyseBelonging(s, e)
	if r.Across[1] != -1 || !reflect.DeepEqual(r.BrokenRungs, []int{0}) {
		t.Fatalf("empty level: across %v rungs %v", r.Across, r.BrokenRungs)
	}
}

func TestBelongingLinkRules(t *testing.T) {
	s, e := belongingRoom(t)
	cases := []struct {
		who, whom, err string
	}{
		{"p1", "p1", "themselves"},
		{"p2", "p3", "same level"},
		{"p9", "p1", "Nia is on no level"},
		{"p1", "p99", "in the room"},
	}
	for _, c := range cases {
		if err := e.AddLink(s, c.who, c.whom); err == nil || !strings.Contains(err.Error(), c.err) {
			t.Errorf("%s→%s: %v, want %q", c.who, c.whom, err, c.err)
		}
	}
	if err := e.AddLink(s, "p4", "p1"); err != nil {
		t.Fatal(err)
	}
	if err := e.AddLink(s, "p1", "p4"); err == nil || !strings.Contains(err.Error(), "already linked") {
		t.Errorf("the same pair the other way round: %v", err)
	}
	if got := e.LinksOf("p1"); !reflect.DeepEqual(got, []string{"p4"}) {
		t.Errorf("links of Eva %v", got)
	}
	// Mia moves up to the executive level: her link to Eva goes.
	dropped, err := s.SetDetails("p4", "", "", "Executive")
	if err != nil || dropped != 1 || len(e.Links) != 0 {
		t.Fatalf("moving level: dropped %d, %v, links %v", dropped, err, e.Links)
	}
	if !e.RemoveLink("p1", "p1") == false {
		t.Error("removed a link that was not there")
	}
	// Levels: blanks skipped, duplicates refused.
	if err := e.SetLevels([]string{"A", "", "a"}); err == nil {
		t.Error("duplicate levels accepted")
	}
}

func TestBelongingTally(t *testing.T) {
	s, e := belongingRoom(t)
	e.Mode = ModeTally
	// Of the 3 team members, 2 have someone two levels up (director); 1 a
	// manager. Of 2 managers, 2 have a director. Of 2 directors, 1 has the
	// executive.
	for _, c := range []struct {
		from, to string
		n        int
	}{{"team member", "director", 2}, {"team member", "manager", 1}, {"manager", "director", 2}, {"director", "executive", 1}} {
		if err := e.SetCount(c.from, c.to, c.n); err != nil {
			t.Fatal(err)
		}
	}
	if err := e.SetCount("manager", "manager", 1); err == nil {
		t.Error("a count within a level accepted")
	}
	r := AnalyseBelonging(s, e)
	if r.Matrix[3][1] != 2 || r.Matrix[1][3] != 0 || r.Matrix[2][1] != 2 {
		t.Fatalf("tally matrix %v", r.Matrix)
	}
	// Rungs: exec–dir has 1, dir–mgr 2, mgr–team 1: none broken.
	if len(r.BrokenRungs) != 0 {
		t.Fatalf("rungs %v", r.BrokenRungs)
	}
	// Lower bounds: team up = max(2,1)/3; manager up 2/2; director up 1/2.
	if r.Up[3] != 2.0/3 || r.Up[2] != 1 || r.Up[1] != 0.5 || len(r.Isolated) != 0 {
		t.Fatalf("tally up %v isolated %v", r.Up, r.Isolated)
	}
	// Clearing a count removes it.
	e.SetCount("team member", "manager", 0)
	if e.Count("team member", "manager") != 0 || len(e.Counts) != 3 {
		t.Fatalf("counts %v", e.Counts)
	}
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestBelongingValidation(t *testing.T) {
	base := `{"kind":"session","version":3,"participants":[{"id":"p1","name":"Ana","level":"top"},{"id":"p2","name":"Bo","level":"top"},{"id":"p3","name":"Cy","level":"bottom"}],
"steps":[{"id":"s1","kind":"belonging","title":"B","timebox":10,"belonging":{"levels":["top","bottom"],"mode":"named",%s}}]}`
	for _, c := range []struct{ body, want string }{
		{`"links":[{"who":"p1","whom":"p9"}]`, `unknown participant "p9"`},
		{`"links":[{"who":"p1","whom":"p1"}]`, "linked to themselves"},
		{`"links":[{"who":"p1","whom":"p2"}]`, "same level"},
		{`"links":[{"who":"p1","whom":"p3"},{"who":"p3","whom":"p1"}]`, "linked twice"},
		{`"counts":[{"from":"top","to":"middle","count":1}]`, `"middle" is not one of the levels`},
		{`"counts":[{"from":"top","to":"bottom","count":-1}]`, "between 0 and"},
		{`"changes":[{"id":"c1","name":"X","levels":["nowhere"]}]`, `"nowhere" is not one of the levels`},
		{`"changes":[{"id":"c1","name":"X","levels":[],"weeks":9999}]`, "between 0 and 520"},
		{`"levels2":[]`, "levels2"},
	} {
		_, err := Decode(strings.NewReader(fmt.Sprintf(base, c.body)))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", c.body, err, c.want)
		}
	}
	ok := fmt.Sprintf(base, `"links":[{"who":"p1","whom":"p3"}],"changes":[{"id":"c1","name":"X","levels":["top","bottom"],"weeks":4}]`)
	s, err := Decode(strings.NewReader(ok))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := Encode(&b, s); err != nil {
		t.Fatal(err)
	}
	back, err := Decode(strings.NewReader(b.String()))
	if err != nil || !reflect.DeepEqual(back.Steps[0].Belonging, s.Steps[0].Belonging) {
		t.Fatalf("round trip: %v\n%+v\n%+v", err, back.Steps[0].Belonging, s.Steps[0].Belonging)
	}
	// A belonging object on another kind of step.
	bad := strings.Replace(ok, `"kind":"belonging"`, `"kind":"discussion"`, 1)
	if _, err := Decode(strings.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "only a belonging step") {
		t.Errorf("belonging on a discussion: %v", err)
	}
}

// A room of 200 people on 5 levels with 2,000 links.
func largeBelonging(tb testing.TB) (*Session, *BelongingExercise) {
	s := &Session{}
	levels := []string{"executive", "director", "head", "manager", "team member"}
	for i := range 200 {
		p, _ := s.AddParticipant(fmt.Sprintf("Person %03d", i))
		p.Level = levels[min(i/10, 4)] // 10 per level, the rest team members
	}
	e := s.AddStep(StepBelonging, "B", 60).Belonging
	e.SetLevels(levels)
	// Pairs in a scrambled order (an LCG over the 40,000 ordered pairs);
	// same-level and repeated pairs are refused and skipped.
	x := 1
	for i := 0; len(e.Links) < 2000; i++ {
		x = (x*1103515245 + 12345) % (1 << 31)
		a, b := s.Participants[x%200].ID, s.Participants[(x/200)%200].ID
		e.AddLink(s, a, b)
		if i > 1000000 {
			tb.Fatalf("only %d links", len(e.Links))
		}
	}
	for i := range 20 {
		e.AddChange(fmt.Sprintf("Change %d", i), []string{levels[i%5], levels[(i+2)%5]}, i, "")
	}
	return s, e
}

func TestBelongingLarge(t *testing.T) {
	s, e := largeBelonging(t)
	r := AnalyseBelonging(s, e)
	total := 0
	for i := range r.Matrix {
		for j := range r.Matrix[i] {
			total += r.Matrix[i][j]
			if r.Matrix[i][j] != r.Matrix[j][i] {
				t.Fatalf("named matrix not symmetric at %d,%d", i, j)
			}
		}
	}
	if total != 2*2000 || len(r.Changes) != 20 {
		t.Fatalf("matrix sums to %d, want 4000; %d changes", total, len(r.Changes))
	}
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
}

func BenchmarkAnalyseBelonging200(b *testing.B) {
	s, e := largeBelonging(b)
	b.ReportAllocs()
	for b.Loop() {
		AnalyseBelonging(s, e)
	}
}
