package report

import (
	"slices"
	"strings"
	"testing"
	"time"

	"scaleroom/workshop"
	"scaleroom/workshop/workshoptest"
)

// The series of workshoptest.Series, worked out by hand there: spring,
// then summer (its follow-up, worked through), then autumn.

func cells(t *Table) [][]string {
	var out [][]string
	for _, r := range t.Rows {
		if r.Group != "" {
			out = append(out, []string{"# " + r.Group})
			continue
		}
		out = append(out, r.Cells)
	}
	return out
}

func sectionIndex(r *Report, id string) int {
	for i, s := range r.Sections {
		if s.ID == id {
			return i
		}
	}
	return -1
}

func equalRows(t *testing.T, what string, got, want [][]string) {
	t.Helper()
	if !slices.EqualFunc(got, want, slices.Equal[[]string]) {
		t.Errorf("%s:\n got %q\nwant %q", what, got, want)
	}
}

func TestSinceLastTime(t *testing.T) {
	spring, summer, _ := workshoptest.Series("/data")
	r := build(t, summer, Options{Previous: spring})
	sec := r.Section(SinceID)
	if sec == nil || sec.Title != "Since last time" || sec.Level != 0 {
		t.Fatalf("section %+v", sec)
	}
	// After the cover's page (cover, glance, agenda), before the steps.
	if i := sectionIndex(r, SinceID); i != sectionIndex(r, AgendaID)+1 || sectionIndex(r, "s2") < i {
		t.Errorf("since at %d, agenda at %d", i, sectionIndex(r, AgendaID))
	}
	tables := blocks[*Table](sec)
	if len(tables) != 4 {
		t.Fatalf("%d tables", len(tables))
	}
	equalRows(t, "actions", cells(tables[0]), [][]string{
		{"Switch the void-property report to monthly", "Priya Shah", "14 April 2026", "Done"},
		{"Share the summary with everyone", "Amara Nwosu", "14 April 2026", "Carried on"},
		{"Direct-number trial for two patches", "Tom Becker", "14 April 2026", "Dropped"},
	})
	equalRows(t, "values", cells(tables[1]), [][]string{
		{"Decide close to the work", "Passes", "Passes", "3→3", "1→1", "0→0"},
		{"Fewer things, finished", "Does not pass", "Passes", "1→3 (+2)", "0→1 (+1)", "1→0 (−1)"},
	})
	if n := tables[1].Rows[1].Note; n != "Called “Fewer things, done well” last time." {
		t.Errorf("rename note %q", n)
	}
	equalRows(t, "load", cells(tables[2]), [][]string{
		{"Then", "17 points", "9 points", "12"},
		{"Now", "11 points", "8 points", "12"},
		{"Change", "−6", "−1", "0"},
	})
	equalRows(t, "initiatives", cells(tables[3]), [][]string{
		{"Central contact centre", "Maturity", "Scale down → Stop"},
		{"Tenant coffee mornings", "Birth → Maturity", "Scale up"},
	})
	wantScreen := []string{
		"Compared with the previous session of the series, “How we scale: spring” of 14 April 2026.",
		"Of 3 actions carried over, 1 done, 1 carried on, 1 dropped.",
		"• Decide close to the work: still passes. Agree 3→3, disagree and commit 1→1, withheld 0→0.\n" +
			"• Fewer things, finished (was “Fewer things, done well”): did not pass, now passes. Agree 1→3 (+2), disagree and commit 0→1 (+1), withheld 1→0 (−1).",
		"Load inventory (points): before the decisions 17→11 (−6); after them 9→8 (−1); capacity 12.",
		"• Central contact centre: direction from Scale down to Stop.\n• Tenant coffee mornings: phase from Birth to Maturity.",
		"1 initiative kept its phase and direction.",
	}
	if got := texts(sec, Screen); !slices.Equal(got, wantScreen) {
		t.Errorf("screen:\n got %q\nwant %q", got, wantScreen)
	}
	// The glance counts the review in one line.
	glance := blocks[*List](r.Section(GlanceID))[0].Items
	if !slices.Contains(glance, "Since last time: of 3 actions carried over, 1 done, 1 carried on, 1 dropped.") {
		t.Errorf("glance %q", glance)
	}
}

func TestSinceLastTimeOnTheProjector(t *testing.T) {
	spring, summer, _ := workshoptest.Series("/data")
	review := summer.Steps[0].ID
	if !HasResult(summer, review) {
		t.Fatal("the review step has no result")
	}
	sec := BuildStep(summer, Options{Privacy: Unattributed, Previous: spring}, review)
	if sec == nil || sec.ID != SinceID {
		t.Fatalf("section %+v", sec)
	}
	got := strings.Join(texts(sec, Room), "\n")
	for _, want := range []string{"Of 3 actions carried over, 1 done, 1 carried on, 1 dropped.", "Dropped: Direct-number trial for two patches",
		"did not pass, now passes", "before the decisions 17→11 (−6)", "Tenant coffee mornings: phase from Birth to Maturity."} {
		if !strings.Contains(got, want) {
			t.Errorf("projector lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "Priya") || strings.Contains(got, "Tom Becker") {
		t.Errorf("names on the projector with names off:\n%s", got)
	}
	// A session that follows none has no such section.
	if HasResult(spring, "s1") || build(t, spring, Options{}).Section(SinceID) != nil {
		t.Error("spring has a since-last-time section")
	}
}

func TestSinceLastTimeWithoutThePreviousSession(t *testing.T) {
	_, summer, _ := workshoptest.Series("/data")
	sec := build(t, summer, Options{PreviousProblem: "the previous session, “How we scale: spring” of 2026-04-14, is no longer at /data/spring.json"}).Section(SinceID)
	if sec == nil {
		t.Fatal("no section")
	}
	c := blocks[*Callout](sec)
	if len(c) != 1 || c[0].Items[0] != "The values, the load and the initiatives are not compared: the previous session, “How we scale: spring” of 2026-04-14, is no longer at /data/spring.json." {
		t.Errorf("callout %+v", c)
	}
	// The actions carried over are the session's own: they are still there.
	if tables := blocks[*Table](sec); len(tables) != 1 || len(tables[0].Rows) != 3 {
		t.Errorf("tables %+v", tables)
	}
}

func TestSinceLastTimeAnonymous(t *testing.T) {
	// Ingrid was in the room in spring and left; an action still names her.
	spring := workshoptest.Spring()
	p, _ := spring.AddParticipant("Ingrid Sørensen")
	spring.Actions[3].Text = "Share the summary with Ingrid and Zoë"
	spring.Step("s2").Values.Values[1].Name = "Fewer things, as Sørensen says"
	summer, err := workshop.FollowUp(spring, "/data/spring.json", time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC), workshoptest.SummerDate)
	if err != nil {
		t.Fatal(err)
	}
	workshoptest.Summer(summer)
	summer.RemoveParticipant(p.ID)
	r := build(t, summer, Options{Privacy: Anonymous, Previous: spring})
	sec := r.Section(SinceID)
	equalRows(t, "actions", cells(blocks[*Table](sec)[0]), [][]string{
		{"Switch the void-property report to monthly", "14 April 2026", "Done"},
		{"Share the summary with [name] and [name]", "14 April 2026", "Carried on"},
		{"Direct-number trial for two patches", "14 April 2026", "Dropped"},
	})
	if n := blocks[*Table](sec)[1].Rows[1].Note; n != "Called “Fewer things, as [name] says” last time." {
		t.Errorf("rename note %q", n)
	}
	all := append(slices.Clone(summer.Participants), spring.Participants...)
	both := summer.Clone()
	both.Participants = all
	leaks(t, both, r)
}

func TestTrendsSection(t *testing.T) {
	spring, summer, autumn := workshoptest.Series("/data")
	sr, err := workshop.NewSeries([]*workshop.Session{spring, summer, autumn}, nil)
	if err != nil {
		t.Fatal(err)
	}
	r := build(t, autumn, Options{Previous: summer, Series: sr})
	sec := r.Section(TrendsID)
	if sec == nil || sec.Level != 0 {
		t.Fatalf("section %+v", sec)
	}
	if i := sectionIndex(r, TrendsID); i < sectionIndex(r, ParticipantsID) || (sectionIndex(r, AppendixID) >= 0 && i > sectionIndex(r, AppendixID)) {
		t.Errorf("trends at %d", i)
	}
	charts := blocks[*TrendChart](sec)
	if len(charts) != 4 {
		t.Fatalf("%d charts", len(charts))
	}
	type want struct {
		kind    TrendKind
		title   string
		points  []string
		caption string
	}
	for i, w := range []want{
		{TrendValue, "Decide close to the work", []string{"4 of 4", "4 of 4", "3 of 4"},
			"14 April 2026: 4 of 4 commit, passes · 14 July 2026: 4 of 4 commit, passes · 13 October 2026: 3 of 4 commit, does not pass"},
		{TrendValue, "Fewer things, finished", []string{"1 of 4", "4 of 4", "4 of 4"},
			"14 April 2026: 1 of 4 commit, does not pass · 14 July 2026: 4 of 4 commit, passes · 13 October 2026: 4 of 4 commit, passes"},
		{TrendLoad, "Load in points, before and after the decisions", []string{"17→9", "11→8", "8→8"},
			"14 April 2026: 17→9 points against 12 · 14 July 2026: 11→8 points against 12 · 13 October 2026: 8→8 points against 12"},
		{TrendActions, "Actions agreed at each session", []string{"3 of 4 done", "1 of 1 done", "0 of 1 done"},
			"14 April 2026: 3 of 4 done, 1 dropped, 0 open · 14 July 2026: 1 of 1 done, 0 dropped, 0 open · 13 October 2026: 0 of 1 done, 0 dropped, 1 open"},
	} {
		c := charts[i]
		if c.Kind != w.kind || c.Title != w.title || !slices.Equal(c.Points, w.points) || c.Caption != w.caption {
			t.Errorf("chart %d: %v %q %q\n%q", i, c.Kind, c.Title, c.Points, c.Caption)
		}
	}
	tables := blocks[*Table](sec)
	equalRows(t, "sessions", cells(tables[0]), [][]string{{"14 April 2026", "How we scale: spring"}, {"14 July 2026", "How we scale: spring"}, {"13 October 2026", "How we scale: spring"}})
	equalRows(t, "values", cells(tables[1]), [][]string{
		{"# Decide close to the work"},
		{"14 April 2026", "4 of 4", "1", "0", "Passes"}, {"14 July 2026", "4 of 4", "1", "0", "Passes"}, {"13 October 2026", "3 of 4", "0", "1", "Does not pass"},
		{"# Fewer things, finished"},
		{"14 April 2026", "1 of 4", "0", "1", "Does not pass"}, {"14 July 2026", "4 of 4", "1", "0", "Passes"}, {"13 October 2026", "4 of 4", "1", "0", "Passes"},
	})
	equalRows(t, "load", cells(tables[2]), [][]string{
		{"14 April 2026", "17 points", "9 points", "12"}, {"14 July 2026", "11 points", "8 points", "12"}, {"13 October 2026", "8 points", "8 points", "12"},
	})
	equalRows(t, "actions", cells(tables[3]), [][]string{
		{"14 April 2026", "4", "3", "1", "0"}, {"14 July 2026", "1", "1", "0", "0"}, {"13 October 2026", "1", "0", "0", "1"},
	})
	// Without a series there is no trends page.
	if build(t, autumn, Options{}).Section(TrendsID) != nil {
		t.Error("trends without a series")
	}
}
