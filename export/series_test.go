package export

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"scaleroom/workshop"
	"scaleroom/workshop/workshoptest"
)

// The series of workshoptest.Series, whose figures are worked out by hand
// there and in export/report's tests, as a reader of the PDF finds them.

func TestSinceLastTimeInThePDF(t *testing.T) {
	spring, summer, _ := workshoptest.Series("/data")
	path, _ := render(t, summer, Options{Previous: spring})
	got := text(t, path)
	mustContain(t, "since last time", got,
		"Since last time",
		"Compared with the previous session of the series, “How we scale: spring” of 14 April 2026.",
		"Of 3 actions carried over, 1 done, 1 carried on, 1 dropped.",
		"Switch the void-property report to monthly Priya Shah 14 April 2026 Done",
		"Share the summary with everyone Amara Nwosu 14 April 2026 Carried on",
		"Direct-number trial for two patches Tom Becker 14 April 2026 Dropped",
		"Decide close to the work Passes Passes 3→3 1→1 0→0",
		"Fewer things, finished Does not pass Passes 1→3 (+2) 0→1 (+1) 1→0 (−1)",
		"Called “Fewer things, done well” last time.",
		"Then 17 points 9 points 12", "Now 11 points 8 points 12", "Change −6 −1 0",
		"Central contact centre Maturity Scale down → Stop",
		"Tenant coffee mornings Birth → Maturity Scale up",
		"1 initiative kept its phase and direction.")
	// It comes after the cover's page and before the first exercise.
	if i, j := strings.Index(got, "Compared with the previous"), strings.Index(got, "Decision scale:"); i < 0 || j < i {
		t.Errorf("since last time at %d, the values at %d", i, j)
	}
	anon, _ := render(t, summer, Options{Previous: spring, Anonymous: true})
	got = text(t, anon)
	mustContain(t, "anonymous since last time", got, "Switch the void-property report to monthly 14 April 2026 Done",
		"Fewer things, finished Does not pass Passes 1→3 (+2)")
	for _, name := range []string{"Priya", "Tom Becker", "Amara"} {
		if strings.Contains(got, name) {
			t.Errorf("the anonymous PDF names %s", name)
		}
	}
}

func TestTrendsInThePDF(t *testing.T) {
	spring, summer, autumn := workshoptest.Series("/data")
	sr, err := workshop.NewSeries([]*workshop.Session{spring, summer, autumn}, nil)
	if err != nil {
		t.Fatal(err)
	}
	path, _ := render(t, autumn, Options{Previous: summer, Series: sr})
	got := text(t, path)
	mustContain(t, "trends", got,
		"Trends across the series",
		"3 sessions of this series, from 14 April 2026 to 13 October 2026.",
		"Decide close to the work 14 April 2026 4 of 4 1 0 Passes 14 July 2026 4 of 4 1 0 Passes 13 October 2026 3 of 4 0 1 Does not pass",
		"Fewer things, finished 14 April 2026 1 of 4 0 1 Does not pass 14 July 2026 4 of 4 1 0 Passes 13 October 2026 4 of 4 1 0 Passes",
		"14 April 2026 17 points 9 points 12 14 July 2026 11 points 8 points 12 13 October 2026 8 points 8 points 12",
		"14 April 2026 4 3 1 0 14 July 2026 1 1 0 0 13 October 2026 1 0 0 1",
		// The charts' own labels.
		"17→9", "3/4", "passed", "did not pass", "before the decisions", "capacity")
}

// TestTrendChartsLook renders the trends of a series of six sessions for
// a person to look at: SCALEROOM_LOOK=DIR keeps the PDF and its pages as
// PNG there.
func TestTrendChartsLook(t *testing.T) {
	dir := os.Getenv("SCALEROOM_LOOK")
	if dir == "" {
		t.Skip("set SCALEROOM_LOOK=DIR to keep the trend pages as pictures")
	}
	spring, summer, autumn := workshoptest.Series("/data")
	sessions := []*workshop.Session{spring, summer, autumn}
	for i, date := range []string{"2027-01-12", "2027-04-13", "2027-07-13"} {
		next, err := workshop.FollowUp(sessions[len(sessions)-1], "/data/x.json", autumn.Created, date)
		if err != nil {
			t.Fatal(err)
		}
		vs := next.Step("s2").Values
		for j, p := range next.Participants {
			vs.Value("v1").SetResponse(p.ID, []int{1, 2, 6, 7}[(i+j)%4])
			vs.Value("v2").SetResponse(p.ID, []int{1, 2, 3, 3}[(i+j)%4])
		}
		next.Step("s3").Load.Items[0].Decision = workshop.DecisionLess
		sessions = append(sessions, next)
	}
	sr, err := workshop.NewSeries(sessions, nil)
	if err != nil {
		t.Fatal(err)
	}
	data, _, err := Render(sessions[len(sessions)-1], Options{Series: sr})
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "trends.pdf")
	if err := os.WriteFile(out, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := exec.Command(tool(t, "pdftoppm"), "-png", "-r", "60", out, filepath.Join(dir, "trends")).Run(); err != nil {
		t.Fatal(err)
	}
}

func TestSeriesInMarkdown(t *testing.T) {
	spring, summer, autumn := workshoptest.Series("/data")
	sr, err := workshop.NewSeries([]*workshop.Session{spring, summer, autumn}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := WriteMarkdown(&b, autumn, Options{Previous: summer, Series: sr}); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	mustContain(t, "markdown", got,
		"## Since last time",
		"**Compared with the previous session of the series, “How we scale: spring” of 14 July 2026.**",
		"| Fewer things, finished | Passes | Passes | 3→3 | 1→1 | 0→0 |",
		"## Trends across the series",
		"**Decide close to the work:** 14 April 2026: 4 of 4 commit, passes · 14 July 2026: 4 of 4 commit, passes · 13 October 2026: 3 of 4 commit, does not pass",
		"**Actions agreed at each session:** 14 April 2026: 3 of 4 done, 1 dropped, 0 open")
}
