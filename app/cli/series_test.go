package cli

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"scaleroom/workshop"
	"scaleroom/workshop/workshoptest"
)

// edit loads a session file, changes it and saves it, as a facilitator
// working through the session would.
func edit(t *testing.T, path string, f func(s *workshop.Session)) {
	t.Helper()
	s, err := workshop.LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f(s)
	if err := workshop.SaveFile(path, s); err != nil {
		t.Fatal(err)
	}
}

// cliSeries builds workshoptest's series of three with the command line:
// spring from a template, filled with workshoptest.Spring's room; summer
// and autumn as follow-ups, worked through as workshoptest says. The
// figures are worked out by hand in workshoptest.
func cliSeries(t *testing.T, dir string) (spring, summer, autumn string) {
	t.Helper()
	lib := workshop.Library{}
	spring, summer, autumn = filepath.Join(dir, "spring.json"), filepath.Join(dir, "summer.json"), filepath.Join(dir, "autumn.json")
	if r := runCLI(t, lib, "new", "--template", "half-day-scaling", "-o", spring); r.code != ExitOK {
		t.Fatalf("new: %+v", r)
	}
	edit(t, spring, func(s *workshop.Session) {
		fill := workshoptest.Spring()
		s.Title, s.Date, s.Facilitator = fill.Title, fill.Date, fill.Facilitator
		s.Participants, s.Steps, s.Actions = fill.Participants, fill.Steps, fill.Actions
	})
	r := runCLI(t, lib, "new", "--follow-up", spring, "--date", workshoptest.SummerDate, "-o", summer)
	if r.code != ExitOK || r.stdout != "wrote "+summer+", dated 2026-07-14, the follow-up of "+spring+" (2026-04-14) with 3 open actions carried over\n" {
		t.Fatalf("follow-up: %+v", r)
	}
	edit(t, summer, workshoptest.Summer)
	if r := runCLI(t, lib, "new", "--follow-up", summer, "--date", workshoptest.AutumnDate, "-o", autumn); r.code != ExitOK {
		t.Fatalf("follow-up of the follow-up: %+v", r)
	}
	edit(t, autumn, workshoptest.Autumn)
	return spring, summer, autumn
}

func TestFollowUpFromTheCommandLine(t *testing.T) {
	dir := t.TempDir()
	spring, summer, autumn := cliSeries(t, dir)
	a, err := workshop.LoadFile(spring)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := workshop.LoadFile(summer)
	c, _ := workshop.LoadFile(autumn)
	if a.Series == "" || b.Series != a.Series || c.Series != a.Series {
		t.Errorf("series %q %q %q", a.Series, b.Series, c.Series)
	}
	if *b.Previous != (workshop.PreviousLink{Date: "2026-04-14", Title: "How we scale: spring", Path: spring}) ||
		*c.Previous != (workshop.PreviousLink{Date: "2026-07-14", Title: "How we scale: spring", Path: summer}) {
		t.Errorf("links %+v %+v", b.Previous, c.Previous)
	}
	if c.Steps[0].Kind != workshop.StepReview || c.Steps[0].ID != b.Steps[0].ID || c.Step("s2").Values.Value("v2").Name != "Fewer things, finished" {
		t.Errorf("autumn %+v", c.Steps[0])
	}
	// Today (the test's clock) is the default date.
	today := filepath.Join(dir, "winter.json")
	if r := runCLI(t, workshop.Library{}, "new", "--follow-up", autumn, "-o", today); r.code != ExitOK {
		t.Fatalf("%+v", r)
	}
	if w, _ := workshop.LoadFile(today); w.Date != "2026-11-24" || len(w.Actions) != 1 || w.Actions[0].ID != "a6" {
		t.Errorf("winter %+v", w)
	}
}

func TestFollowUpRefusesAndWritesNothing(t *testing.T) {
	dir := t.TempDir()
	spring, _, _ := cliSeries(t, dir)
	out := filepath.Join(dir, "next.json")
	newer := filepath.Join(dir, "newer.json")
	os.WriteFile(newer, []byte(`{"kind": "session", "version": 99}`), 0o644)
	undated := filepath.Join(dir, "undated.json")
	edit(t, spring, func(s *workshop.Session) {}) // unchanged
	data, _ := os.ReadFile(spring)
	os.WriteFile(undated, []byte(strings.Replace(string(data), `"date": "2026-04-14",`, "", 1)), 0o644)
	for _, c := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"--follow-up", filepath.Join(dir, "gone.json")}, ExitInvalid, "gone.json: there is no such file"},
		{[]string{"--follow-up", newer}, ExitInvalid, "made by a newer Scaleroom: file version 99, this version of Scaleroom reads up to 3; please update Scaleroom"},
		{[]string{"--follow-up", spring, "--date", "2026-04-14"}, ExitInvalid, "spring.json: a follow-up dated 2026-04-14 cannot follow the session of 2026-04-14: give it a later date"},
		{[]string{"--follow-up", undated}, ExitInvalid, `undated.json: "How we scale: spring" has no date: give it the day it took place before making its follow-up`},
		{[]string{"--follow-up", spring, "--date", "soon"}, ExitInvalid, `"soon" is not a date like 2026-03-31`},
		{[]string{"--follow-up", spring, "--template", "values-60"}, ExitUsage, "needs either --template ID or --follow-up PREVIOUS"},
		{[]string{"--template", "values-60", "--date", "2026-07-14"}, ExitUsage, "--date is for --follow-up"},
	} {
		r := runCLI(t, workshop.Library{}, append(append([]string{"new"}, c.args...), "-o", out)...)
		if r.code != c.code || !strings.Contains(r.stderr, c.msg) {
			t.Errorf("%v: %+v", c.args, r)
		}
		if _, err := os.Stat(out); err == nil {
			t.Fatalf("%v wrote %s", c.args, out)
		}
	}
	if r := runCLI(t, workshop.Library{}, "new", "--follow-up", spring, "-o", spring, "--force"); r.code != ExitUsage || !strings.Contains(r.stderr, "would replace") {
		t.Errorf("onto itself: %+v", r)
	}
}

func TestTrendsTable(t *testing.T) {
	dir := t.TempDir()
	spring, summer, autumn := cliSeries(t, dir)
	s, _ := workshop.LoadFile(spring)
	// In any order: the series is put in date order.
	r := runCLI(t, workshop.Library{}, "trends", autumn, spring, summer)
	if r.code != ExitOK {
		t.Fatalf("%+v", r)
	}
	want := "Series " + s.Series + ": 3 sessions, 2026-04-14 to 2026-10-13\n" + `
DATE         SESSION                FILE
2026-04-14   How we scale: spring   ` + spring + `
2026-07-14   How we scale: spring   ` + summer + `
2026-10-13   How we scale: spring   ` + autumn + `

VALUE                      DATE         COMMIT   DISAGREE AND COMMIT   WITHHELD   RESULT
Decide close to the work   2026-04-14   4 of 4   1                     0          passes
                           2026-07-14   4 of 4   1                     0          passes
                           2026-10-13   3 of 4   0                     1          does not pass
Fewer things, finished     2026-04-14   1 of 4   0                     1          does not pass
                           2026-07-14   4 of 4   1                     0          passes
                           2026-10-13   4 of 4   1                     0          passes

LOAD             DATE         BEFORE   AFTER   CAPACITY   UNIT
Load inventory   2026-04-14   17       9       12         points
                 2026-07-14   11       8       12         points
                 2026-10-13   8        8       12         points

ACTIONS                 DATE         AGREED   DONE   DROPPED   OPEN
agreed at the session   2026-04-14   4        3      1         0
                        2026-07-14   1        1      0         0
                        2026-10-13   1        0      0         1
`
	if r.stdout != want {
		t.Errorf("table:\n%s\nwant:\n%s", r.stdout, want)
	}
}

func TestTrendsCSV(t *testing.T) {
	dir := t.TempDir()
	spring, summer, autumn := cliSeries(t, dir)
	r := runCLI(t, workshop.Library{}, "trends", "--csv", spring, summer, autumn)
	if r.code != ExitOK {
		t.Fatalf("%+v", r)
	}
	rows, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, row := range rows {
		got = append(got, strings.Join(row, ","))
	}
	title := "How we scale: spring"
	want := []string{
		"section,date,session,item,answered,commit,disagree_and_commit,withheld,passes,before,after,capacity,unit,agreed,done,dropped,open",
		"value,2026-04-14," + title + ",Decide close to the work,4,4,1,0,yes,,,,,,,,",
		"value,2026-07-14," + title + ",Decide close to the work,4,4,1,0,yes,,,,,,,,",
		"value,2026-10-13," + title + ",Decide close to the work,4,3,0,1,no,,,,,,,,",
		"value,2026-04-14," + title + ",\"Fewer things, finished\",4,1,0,1,no,,,,,,,,",
		"value,2026-07-14," + title + ",\"Fewer things, finished\",4,4,1,0,yes,,,,,,,,",
		"value,2026-10-13," + title + ",\"Fewer things, finished\",4,4,1,0,yes,,,,,,,,",
		"load,2026-04-14," + title + ",Load inventory,,,,,,17,9,12,points,,,,",
		"load,2026-07-14," + title + ",Load inventory,,,,,,11,8,12,points,,,,",
		"load,2026-10-13," + title + ",Load inventory,,,,,,8,8,12,points,,,,",
		"actions,2026-04-14," + title + ",,,,,,,,,,,4,3,1,0",
		"actions,2026-07-14," + title + ",,,,,,,,,,,1,1,0,0",
		"actions,2026-10-13," + title + ",,,,,,,,,,,1,0,0,1",
	}
	// csv.Reader unquotes: compare fields, not the quoting.
	for i := range want {
		want[i] = strings.ReplaceAll(want[i], `"`, "")
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("csv:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestTrendsRefuse(t *testing.T) {
	dir := t.TempDir()
	spring, summer, autumn := cliSeries(t, dir)
	other := filepath.Join(dir, "other.json")
	if r := runCLI(t, workshop.Library{}, "new", "--template", "values-60", "-o", other); r.code != ExitOK {
		t.Fatal(r)
	}
	twin := filepath.Join(dir, "twin.json")
	edit(t, summer, func(s *workshop.Session) {})
	data, _ := os.ReadFile(summer)
	os.WriteFile(twin, []byte(strings.Replace(strings.Replace(string(data), `"date": "2026-07-14"`, `"date": "2026-04-14"`, 1), `"previous"`, `"ignored"`, 0)), 0o644)
	edit(t, twin, func(s *workshop.Session) { s.Previous = nil })
	newer := filepath.Join(dir, "newer.json")
	os.WriteFile(newer, []byte(`{"kind": "session", "version": 4}`), 0o644)
	for _, c := range []struct {
		files []string
		msg   string
	}{
		{[]string{spring, other}, "belong to different series: trends compare the sessions of one series"},
		{[]string{spring, twin}, "are both dated 2026-04-14, so their order is unknown"},
		{[]string{spring, autumn}, autumn + " follows the session of 2026-07-14, last seen at " + summer + ", which is missing: add its file"},
		{[]string{spring, newer}, "made by a newer Scaleroom: file version 4"},
		{[]string{spring, filepath.Join(dir, "gone.json")}, "gone.json: there is no such file"},
	} {
		r := runCLI(t, workshop.Library{}, append([]string{"trends"}, c.files...)...)
		if r.code != ExitInvalid || !strings.Contains(r.stderr, c.msg) || r.stdout != "" {
			t.Errorf("%v:\n%+v", c.files, r)
		}
	}
	if r := runCLI(t, workshop.Library{}, "trends"); r.code != ExitUsage {
		t.Errorf("no files: %+v", r)
	}
}

func TestExportSinceLastTimeAndTrends(t *testing.T) {
	dir := t.TempDir()
	spring, summer, autumn := cliSeries(t, dir)
	lib := workshop.Library{}
	out := filepath.Join(t.TempDir(), "summer.pdf")
	if r := runCLI(t, lib, "export", summer, "-o", out); r.code != ExitOK {
		t.Fatalf("%+v", r)
	}
	got := strings.Join(strings.Fields(pdfText(t, out)), " ")
	for _, want := range []string{"Since last time", "Compared with the previous session of the series, “How we scale: spring” of 14 April 2026.",
		"Of 3 actions carried over, 1 done, 1 carried on, 1 dropped.", "Fewer things, finished", "1→3 (+2)", "1→0 (−1)",
		"−6", "Scale down → Stop", "Birth → Maturity"} {
		if !strings.Contains(got, want) {
			t.Errorf("summer's PDF lacks %q", want)
		}
	}
	// The trends page, from the folder: other files there are passed over.
	os.WriteFile(filepath.Join(dir, "package.json"), []byte(`{"name": "x"}`), 0o644)
	out = filepath.Join(t.TempDir(), "autumn.pdf")
	if r := runCLI(t, lib, "export", autumn, "--trends", dir, "-o", out); r.code != ExitOK {
		t.Fatalf("%+v", r)
	}
	got = strings.Join(strings.Fields(pdfText(t, out)), " ")
	for _, want := range []string{"Trends across the series", "3 sessions of this series, from 14 April 2026 to 13 October 2026.",
		"Load: Load inventory", "3/4", "17→9", "Actions: done against agreed"} {
		if !strings.Contains(got, want) {
			t.Errorf("autumn's PDF lacks %q", want)
		}
	}
	// pdftotext's layout reads tables row by row.
	raw, _ := exec.Command("pdftotext", "-raw", "-enc", "UTF-8", out, "-").Output()
	flat := strings.Join(strings.Fields(string(raw)), " ")
	for _, want := range []string{
		"Fewer things, finished 14 April 2026 1 of 4 0 1 Does not pass 14 July 2026 4 of 4 1 0 Passes 13 October 2026 4 of 4 1 0 Passes",
		"14 April 2026 17 points 9 points 12 14 July 2026 11 points 8 points 12 13 October 2026 8 points 8 points 12",
		"14 April 2026 4 3 1 0 14 July 2026 1 1 0 0 13 October 2026 1 0 0 1"} {
		if !strings.Contains(flat, want) {
			t.Errorf("autumn's PDF lacks %q", want)
		}
	}
	// The previous session has moved: a clear message, and no PDF.
	moved := filepath.Join(t.TempDir(), "spring-2026.json")
	if err := os.Rename(spring, moved); err != nil {
		t.Fatal(err)
	}
	out = filepath.Join(t.TempDir(), "summer.pdf")
	r := runCLI(t, lib, "export", summer, "-o", out)
	if r.code != ExitInvalid || !strings.Contains(r.stderr, "is no longer at "+spring+": it may have been moved, renamed or deleted; give its file with --previous FILE") {
		t.Errorf("moved: %+v", r)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a PDF was written without the session it compares with")
	}
	if r := runCLI(t, lib, "export", summer, "--previous", autumn, "-o", out); r.code != ExitInvalid || !strings.Contains(r.stderr, "is the session of 2026-10-13, but") {
		t.Errorf("the wrong previous: %+v", r)
	}
	if r := runCLI(t, lib, "export", summer, "--previous", moved, "-o", out); r.code != ExitOK {
		t.Errorf("--previous: %+v", r)
	}
	// With spring gone from the folder, autumn's trends start at summer.
	if r := runCLI(t, lib, "export", autumn, "--trends", dir, "-o", out); r.code != ExitOK {
		t.Errorf("trends from summer: %+v", r)
	}
	// A newer file in the folder might be of the series: nothing is written.
	os.WriteFile(filepath.Join(dir, "newer.json"), []byte(`{"kind": "session", "version": 4}`), 0o644)
	os.Remove(out)
	if r := runCLI(t, lib, "export", autumn, "--trends", dir, "-o", out); r.code != ExitInvalid || !strings.Contains(r.stderr, "newer.json: made by a newer Scaleroom") {
		t.Errorf("newer file in the folder: %+v", r)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a PDF was written")
	}
	if r := runCLI(t, lib, "export", autumn, "--trends", dir, "--participant", "Zoë Laurent", "-o", out); r.code != ExitUsage {
		t.Errorf("trends on a sheet: %+v", r)
	}
}

// BenchmarkTrendsLarge runs scaleroom trends over a series of 20 large
// sessions (workshoptest.Large: 200 people, 60 values, 500 load items),
// loading every file. Goal: under 500 ms.
func BenchmarkTrendsLarge(b *testing.B) {
	dir := b.TempDir()
	first := workshoptest.Session(workshoptest.Large)
	files := []string{filepath.Join(dir, "s00.json")}
	if err := workshop.SaveFile(files[0], first); err != nil {
		b.Fatal(err)
	}
	prev := first
	for i := 1; i < 20; i++ {
		date := fmt.Sprintf("2027-%02d-01", i%12+1)
		if i >= 12 {
			date = fmt.Sprintf("2028-%02d-01", i%12+1)
		}
		next, err := workshop.FollowUp(prev, files[i-1], first.Created, date)
		if err != nil {
			b.Fatal(err)
		}
		// Everyone answers again, as in the first session.
		for j := range next.Steps {
			if vs := next.Steps[j].Values; vs != nil {
				for k := range vs.Values {
					vs.Values[k].Responses = first.Step(next.Steps[j].ID).Values.Values[k].Responses
				}
			}
		}
		files = append(files, filepath.Join(dir, fmt.Sprintf("s%02d.json", i)))
		if err := workshop.SaveFile(files[i], next); err != nil {
			b.Fatal(err)
		}
		prev = next
	}
	env := Env{Stdout: io.Discard, Stderr: io.Discard}
	b.ResetTimer()
	for b.Loop() {
		if code := trends(files, env); code != ExitOK {
			b.Fatal("trends failed")
		}
	}
}

// BenchmarkNewFollowUpLarge runs scaleroom new --follow-up on the large
// session: reading it, making the follow-up and writing it. Goal: under
// 50 ms (the follow-up alone: workshop's BenchmarkFollowUpLarge).
func BenchmarkNewFollowUpLarge(b *testing.B) {
	dir := b.TempDir()
	prev := filepath.Join(dir, "large.json")
	if err := workshop.SaveFile(prev, workshoptest.Session(workshoptest.Large)); err != nil {
		b.Fatal(err)
	}
	out := filepath.Join(dir, "next.json")
	env := Env{Stdout: io.Discard, Stderr: io.Discard, Now: func() time.Time { return time.Date(2027, 1, 5, 9, 0, 0, 0, time.UTC) }}
	for b.Loop() {
		if code := followUp(prev, out, "", env); code != ExitOK {
			b.Fatal("follow-up failed")
		}
	}
}
