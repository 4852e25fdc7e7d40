package report

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"scaleroom/workshop"
	"scaleroom/workshop/workshoptest"
)

// The typical session (workshoptest.Typical), worked out by hand:
//
//	Value 01, 12 people, participant i (0-based) at level i%8+1, stating
//	commitment [not said, does not, conditional, commits][(3i)%4]:
//	  levels 1 2 3 4 5 6 7 8 1 2 3 4: two each at 1-4, one each at 5-8;
//	  6 agree (1-3), 3 open (4-5), 3 disagree (6-8);
//	  commits: i=0 and 8 (level 1 implies it), 3, 7, 11: 5;
//	  conditional: 2, 6, 10: 3; withhold: 1, 5, 9: 3 (Participant 002,
//	  006, 010); i=4 said nothing at level 5, which implies nothing;
//	  disagree and commit: i=7 at 8, which also blocks (Participant 008);
//	  7 and 8 fail the pass rule: i=6 and 7, so it does not pass.
//	  Notes from i=0, 5, 10 (where i%5 == 0).
//	Every value spans 12 consecutive levels mod 8, so every value has a 7
//	and an 8: none passes.
//	Load: 30 items, item i loads i%5+1 and is undecided, kept, done less
//	(to half), stopped or deferred as i%5 is 0 to 4: 90 points today,
//	6×(1+2+1.5) = 27 after, capacity 60; top-down are the even items:
//	45; 6 undecided; stopped: items 4, 9, ..., 29.
//	Actions: 7, "Follow up on point N" for Participant 00N, due
//	2026-12-20, from the values step.
func typical() *workshop.Session { return workshoptest.Session(workshoptest.Typical) }

func build(t *testing.T, s *workshop.Session, opt Options) *Report {
	t.Helper()
	r, err := Build(s, opt)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// blocks returns the section's blocks of type T, in order.
func blocks[T Block](sec *Section) []T {
	var out []T
	for _, b := range sec.Blocks {
		if x, ok := b.(T); ok {
			out = append(out, x)
		}
	}
	return out
}

// texts is every paragraph's and list's text on a medium.
func texts(sec *Section, m Medium) []string {
	var out []string
	for _, b := range sec.For(m) {
		switch b := b.(type) {
		case *Paragraph:
			out = append(out, b.Text)
		case *List:
			out = append(out, b.Text())
		}
	}
	return out
}

func TestValueResultOnTheTypicalSession(t *testing.T) {
	r := build(t, typical(), Options{})
	sec := r.Section("s2")
	if sec == nil || sec.Title != "Values: disagree and commit" || sec.Level != 0 {
		t.Fatalf("values section %+v", sec)
	}
	if got := texts(sec, Print); !slices.Contains(got, "Result: 0 passing, 8 not passing, 0 without responses.") {
		t.Errorf("print paragraphs %q", got)
	}
	if got := texts(sec, Screen); !slices.Equal(got, []string{"Scale: Gradients of Agreement. Passes when no one is at 7 or 8."}) {
		t.Errorf("screen paragraphs %q", got)
	}
	v := sec.Value("v1")
	if v == nil {
		t.Fatal("no result for v1")
	}
	var counts []int
	for _, lc := range v.Distribution {
		counts = append(counts, lc.Count)
	}
	if !slices.Equal(counts, []int{2, 2, 2, 2, 1, 1, 1, 1}) || v.Responded != 12 {
		t.Errorf("counts per level %v, %d responded", counts, v.Responded)
	}
	for _, c := range [][2]string{
		{v.Name, "Value 01"},
		{v.Title, "Value 01 — does not pass"},
		{v.Verdict, "Does not pass"},
		{v.Spread, "1 Whole-hearted endorsement: 2 · 2 Agreement with a minor point of contention: 2 · 3 Support with reservations: 2 · " +
			"4 Abstain: 2 · 5 More discussion needed: 1 · 6 Don't like it, but will support it: 1 · 7 Serious disagreement: 1 · 8 Veto: 1"},
		{v.Counts, "12 responses: 6 agree, 3 open, 3 disagree. Commitment: 5 commit, 3 conditional, 3 withhold."},
		{v.Tally, "12 responses · 6 agree · 3 open · 3 disagree"},
		{v.Failing, "2 responses are at a level the pass rule does not allow."},
	} {
		if c[0] != c[1] {
			t.Errorf("got %q, want %q", c[0], c[1])
		}
	}
	wantGroups := []Field{
		{Label: "Disagree and commit:", Text: "1 (Participant 008)"},
		{Label: "Withheld commitment:", Text: "3 (Participant 002, Participant 006, Participant 010)"},
		{Label: "Blocks:", Text: "1 (Participant 008)"},
	}
	if !slices.Equal(v.Groups, wantGroups) {
		t.Errorf("groups %+v", v.Groups)
	}
	if want := []string{"Disagree and commit: 1 (Participant 008)", "Withhold commitment: 3 (Participant 002, Participant 006, Participant 010)",
		"Block: 1 (Participant 008)"}; !slices.Equal(v.Said, want) {
		t.Errorf("the projector's lines %q", v.Said)
	}
	note := "I need to see leadership live this before I fully believe it."
	if v.Reservations == nil || len(v.Reservations.Rows) != 3 {
		t.Fatalf("reservations %+v", v.Reservations)
	}
	wantRows := [][]string{
		{"Participant 001", "1 Whole-hearted endorsement", "Commits"},
		{"Participant 006", "6 Don't like it, but will support it", "Does not commit"},
		{"Participant 011", "3 Support with reservations", "Conditional"},
	}
	for i, row := range v.Reservations.Rows {
		if !slices.Equal(row.Cells, wantRows[i]) || row.Note != "Reservation: "+note {
			t.Errorf("reservation %d: %q, %q", i, row.Cells, row.Note)
		}
	}
	if len(v.Quotes) != 3 || v.Quotes[1] != "“"+note+"” — Participant 006" {
		t.Errorf("quotes %q", v.Quotes)
	}

	// Moving the 7 and the 8 to 6 and 1 passes the value, and only it.
	s := typical()
	resp := s.Steps[1].Values.Values[0].Responses
	resp[6].Level, resp[7].Level = 6, 1
	sec = build(t, s, Options{}).Section("s2")
	v = sec.Value("v1")
	if v.Verdict != "Passes" || !v.Passes || v.Failing != "" || v.Title != "Value 01 — passes" {
		t.Errorf("after the change: %q, %v, %q", v.Verdict, v.Passes, v.Failing)
	}
	if got := texts(sec, Print); !slices.Contains(got, "Result: 1 passing, 7 not passing, 0 without responses.") {
		t.Errorf("print paragraphs after the change %q", got)
	}
}

func TestLoadOnTheTypicalSession(t *testing.T) {
	sec := build(t, typical(), Options{}).Section("s3")
	charts := blocks[*LoadChart](sec)
	if len(charts) != 1 {
		t.Fatalf("%d load charts", len(charts))
	}
	c := charts[0]
	if c.Before != 90 || c.After != 27 || c.Capacity != 60 || c.Caption != "Today 90, after the decisions 27, capacity 60" {
		t.Errorf("chart %+v", c)
	}
	// Intrinsic, extraneous and germane take items 0, 1, 2 mod 3: each
	// type has two items of each load mod 5, so 30 points today each.
	for _, lt := range workshop.LoadTypes {
		if c.ByType[lt] != 30 {
			t.Errorf("%s today: %v", lt, c.ByType[lt])
		}
	}
	fields := blocks[*Field](sec)
	if len(fields) != 2 || fields[0].Text != "Platform" || fields[1].Label != "Load:" ||
		fields[1].Text != "90 points today, 27 after the decisions; capacity 60 points. From above (top-down): 45. Items still undecided: 6." {
		t.Errorf("fields %+v", fields)
	}
	callouts := blocks[*Callout](sec)
	if len(callouts) != 1 || callouts[0].Items[0] != "Today's load is 90 points against a capacity of 60: 50% over." {
		t.Errorf("warnings %+v", callouts)
	}
	tables := blocks[*Table](sec)
	if len(tables) != 2 || len(tables[0].Rows) != 6 || len(tables[1].Rows) != 30 {
		t.Fatalf("stop-doing and item tables %+v", tables)
	}
	for i, row := range tables[0].Rows {
		want := []string{workshoptest.Session(workshoptest.Typical).Steps[2].Load.Items[5*i+3].Name, "Team " + itoa((5*i+3)%7+1), "4", "Rosa Díaz", "15 December 2026"}
		if !slices.Equal(row.Cells, want) {
			t.Errorf("stopped item %d: %q, want %q", i, row.Cells, want)
		}
	}
	if !tables[0].Columns[2].Numeric || tables[0].Columns[0].Numeric {
		t.Errorf("stop-doing columns %+v", tables[0].Columns)
	}
	// Lists: the warnings for the screen and for the room, then one list
	// per decision, six items each. Besides the capacity, the domain
	// heuristics warn about the teams of the 18 items that remain (item i
	// is Team i%7+1's, simple, complicated or complex as i%3 is 0 to 2):
	// Team 1 holds 2 simple and 1 complicated, which is fine; Team 2 holds
	// 2 complicated; Teams 3, 4 and 5 a complex domain and another item;
	// Team 6 two complex and a simple one; Team 7 a complex and two simple.
	// Seven warnings: the room sees five and how many more.
	var titles []string
	for _, l := range blocks[*List](sec) {
		titles = append(titles, fmt.Sprintf("%s %d", l.Title, len(l.Items)))
	}
	if want := []string{" 7", " 6", "Stop: 6", "Do less: 6", "Defer: 6"}; !slices.Equal(titles, want) {
		t.Errorf("lists %q, want %q", titles, want)
	}
	if room := blocks[*List](sec)[1]; room.Media() != Room || room.Items[5] != "…and 2 more: the summary lists them all." {
		t.Errorf("the room's warnings %+v", room)
	}
	if len(callouts[0].Items) != 7 || callouts[0].Items[1] != `Team 2 carries 2 complicated domains ("Item 002", "Item 023"): one is the most a team should hold.` {
		t.Errorf("printed warnings %q", callouts[0].Items)
	}
	screen := strings.Join(texts(sec, Screen), "\n")
	for _, want := range []string{
		"Capacity 60 points. Today 90, after the decisions 27.",
		"Cognitive-load warnings (Team Topologies)",
		"Stop, do less, defer\nStop:\n• Item 004 (Rosa Díaz, by 15 December 2026)\n",
		"Do less:\n• Item 003 (Rosa Díaz, by 15 December 2026, 3 → 1.5)\n",
		"Defer:\n• Item 005 (Rosa Díaz, by 15 December 2026)\n",
	} {
		if !strings.Contains(screen, want) {
			t.Errorf("screen lacks %q:\n%s", want, screen)
		}
	}
}

func TestActionsOnTheTypicalSession(t *testing.T) {
	s := typical()
	s.Actions[6].Done = true
	r := build(t, s, Options{})
	sec := r.Section(ActionsID)
	tables := blocks[*Table](sec)
	heads := blocks[*Heading](sec)
	if len(tables) != 2 || len(heads) != 2 || heads[0].Text != "Open" || heads[1].Text != "Done" {
		t.Fatalf("actions: %d tables under %+v", len(tables), heads)
	}
	if len(tables[0].Rows) != 6 || len(tables[1].Rows) != 1 {
		t.Fatalf("%d open and %d done", len(tables[0].Rows), len(tables[1].Rows))
	}
	for i, row := range tables[0].Rows {
		want := []string{"Follow up on point " + itoa(i+1), "Participant 00" + itoa(i+1), "20 December 2026", "Values: disagree and commit"}
		if !slices.Equal(row.Cells, want) {
			t.Errorf("open action %d: %q", i, row.Cells)
		}
	}
	if got := tables[1].Rows[0].Cells[0]; got != "Follow up on point 7" {
		t.Errorf("done: %q", got)
	}
	screen := texts(sec, Screen)
	if len(screen) != 1 || !strings.HasPrefix(screen[0], "Participant 001:\n  • Follow up on point 1 (due 20 December 2026)\nParticipant 002:\n") ||
		!strings.HasSuffix(screen[0], "\nDone: 1 action.") {
		t.Errorf("screen:\n%q", screen)
	}
	room := texts(sec, Room)
	if len(room) != 2 || room[0] != "Actions" ||
		!strings.HasPrefix(room[1], "• Follow up on point 1 — Participant 001 · due 20 December 2026 · from Values: disagree and commit\n") {
		t.Errorf("room:\n%q", room)
	}
	// The closing step's result on the projector is the same section.
	if got := BuildStep(s, Options{Privacy: Unattributed}, "s5"); got == nil || got.ID != ActionsID ||
		texts(got, Room)[1] != "• Follow up on point 1 — due 20 December 2026 · from Values: disagree and commit\n• Follow up on point 2 — due 20 December 2026 · from Values: disagree and commit\n"+
			"• Follow up on point 3 — due 20 December 2026 · from Values: disagree and commit\n• Follow up on point 4 — due 20 December 2026 · from Values: disagree and commit\n"+
			"• Follow up on point 5 — due 20 December 2026 · from Values: disagree and commit\n• Follow up on point 6 — due 20 December 2026 · from Values: disagree and commit" {
		t.Errorf("the closing step's result without names: %+v", got)
	}
	if BuildStep(s, Options{}, "s1") != nil || HasResult(s, "s1") || !HasResult(s, "s5") || HasResult(s, "nope") {
		t.Error("an opening step, or no step, has a result")
	}
}

func TestGlanceAndAgendaOnTheTypicalSession(t *testing.T) {
	s := typical()
	s.Steps[1].UsedSeconds, s.Steps[1].Done = 41*60+5, true
	r := build(t, s, Options{})
	glance := blocks[*List](r.Section(GlanceID))
	want := []string{
		"Values: disagree and commit: 0 of 8 values pass, 8 do not, 0 have no responses yet.",
		"Load inventory: load 90 points today, 27 after the decisions, against a capacity of 60; 6 on the stop-doing list.",
		"Scale up or scale down: scale up 3, hold 3, scale down 3, stop 3.",
		"Actions agreed: 7.",
	}
	if len(glance) != 1 || !slices.Equal(glance[0].Items, want) {
		t.Errorf("glance %+v", glance)
	}
	agenda := r.Section(AgendaID)
	table := blocks[*Table](agenda)[0]
	if got := table.Rows[1].Cells; !slices.Equal(got, []string{"2", "Values: disagree and commit", "Values", "45 min", "41 min 05 s", "yes"}) {
		t.Errorf("agenda row %q", got)
	}
	if last := table.Rows[len(table.Rows)-1]; !last.Total || !slices.Equal(last.Cells, []string{"", "Total", "", "175 min", "41 min 05 s", ""}) {
		t.Errorf("total row %+v", last)
	}
	if got := texts(agenda, Screen); len(got) != 1 || !strings.Contains(got[0], "2. Values: disagree and commit — 45 min planned, 41:05 used, done\n") ||
		!strings.HasSuffix(got[0], "Total: 175 min planned, 41:05 used") {
		t.Errorf("agenda on screen %q", got)
	}
}

// A personal sheet holds only its reader's answers, notes, actions and
// load items, and names no one else: not even the owner of a decision on
// an item the reader owns.
func TestPersonalSheetHoldsOnlyTheReaders(t *testing.T) {
	s := typical()
	for v := range s.Steps[1].Values.Values {
		for i := range s.Steps[1].Values.Values[v].Responses {
			s.Steps[1].Values.Values[v].Responses[i].Note = "Reservation " + itoa(v) + "-" + itoa(i)
		}
	}
	items := s.Steps[2].Load.Items
	items[0].Owner = workshop.ParticipantOwner("p4")
	items[1].DecisionOwner = workshop.ParticipantOwner("p4")
	items[2].Owner, items[2].DecisionOwner = workshop.ParticipantOwner("p4"), workshop.ParticipantOwner("p5")
	items[3].Owner = workshop.ParticipantOwner("p5")
	r := build(t, s, Options{Participant: "p4"})
	if r.Variant != "Personal sheet for Participant 004" || !r.Sheet {
		t.Errorf("variant %q", r.Variant)
	}
	var all []string
	walkStrings(r, func(x string) { all = append(all, x) })
	for _, x := range all {
		for _, p := range s.Participants {
			if p.ID != "p4" && strings.Contains(x, p.Name) {
				t.Errorf("%q names %s", x, p.Name)
			}
		}
		if strings.Contains(x, "Reservation ") && !strings.HasSuffix(x, "-3") {
			t.Errorf("someone else's note: %q", x)
		}
		if strings.Contains(x, "Follow up on point") && x != "Follow up on point 4" {
			t.Errorf("someone else's action: %q", x)
		}
	}
	sec := r.Section("s2")
	for i, v := range blocks[*ValueResult](sec) {
		// Participant 004 (i=3) answered value v at level (3+v)%8+1.
		level := (3+i)%8 + 1
		if v.Mine == nil || v.Mine.Level != level || !v.Mine.Marked || !strings.HasPrefix(v.Mine.Lines[0].Text, itoa(level)+" ") ||
			v.Mine.Lines[1] != (Field{Label: "Your note:", Text: "Reservation " + itoa(i) + "-3"}) {
			t.Errorf("value %d: mine %+v", i, v.Mine)
		}
		if v.Reservations != nil || len(v.Quotes) > 0 {
			t.Errorf("value %d shows the group's notes", i)
		}
	}
	yours := r.Section(YoursID)
	tables := blocks[*Table](yours)
	if len(tables) != 2 || len(tables[0].Rows) != 1 || tables[0].Rows[0].Cells[0] != "Follow up on point 4" {
		t.Fatalf("own actions %+v", tables)
	}
	var got []string
	for _, row := range tables[1].Rows {
		got = append(got, strings.Join(row.Cells, " | "))
	}
	want := []string{"Item 001 | 1 | Not decided", "Item 002 | 2 | Keep, by 15 December 2026", "Item 003 | 3 | Do less, by 15 December 2026"}
	if !slices.Equal(got, want) {
		t.Errorf("own load items %q, want %q", got, want)
	}

	// A show of hands recorded nobody's level: the sheet says so and marks
	// nothing.
	s.Steps[1].Values.Mode = workshop.ModeTally
	v := build(t, s, Options{Participant: "p4"}).Section("s2").Value("v1")
	if v.Mine.Marked || v.Mine.Lines[0].Text != "not recorded by name (hands were counted)" || len(v.Mine.Lines) != 1 {
		t.Errorf("show of hands: %+v", v.Mine)
	}
	if _, err := Build(s, Options{Participant: "p99"}); !errors.Is(err, ErrUnknownParticipant) {
		t.Errorf("unknown reader: %v", err)
	}
}

func BenchmarkBuildTypical(b *testing.B) { benchmarkBuild(b, typical(), Options{}) }

func BenchmarkBuildLarge(b *testing.B) {
	benchmarkBuild(b, workshoptest.Session(workshoptest.Large), Options{})
}

func BenchmarkBuildLargeAnonymous(b *testing.B) {
	benchmarkBuild(b, workshoptest.Session(workshoptest.Large), Options{Privacy: Anonymous})
}

func benchmarkBuild(b *testing.B, s *workshop.Session, opt Options) {
	for b.Loop() {
		if _, err := Build(s, opt); err != nil {
			b.Fatal(err)
		}
	}
}
