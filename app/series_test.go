package app

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"scaleroom/export/report"
	"scaleroom/workshop"
	"scaleroom/workshop/workshoptest"
)

// The series of workshoptest.Series, whose figures are worked out by hand
// there, as the facilitator meets it on screen.

// saveSeries writes spring, summer and autumn into dir, each follow-up
// linked to the file before it.
func saveSeries(t *testing.T, dir string) (spring, summer, autumn string) {
	t.Helper()
	a, b, c := workshoptest.Series(dir)
	spring, summer, autumn = filepath.Join(dir, "spring.json"), filepath.Join(dir, "summer.json"), filepath.Join(dir, "autumn.json")
	for p, s := range map[string]*workshop.Session{spring: a, summer: b, autumn: c} {
		if err := workshop.SaveFile(p, s); err != nil {
			t.Fatal(err)
		}
	}
	return spring, summer, autumn
}

func TestNewFollowUpFromTheMenu(t *testing.T) {
	f := newGUI(t)
	springPath := f.path("spring.json")
	f.openSaved(t, springPath, workshoptest.Spring())
	menuItem(t, f.s.Window, "New follow-up…").Action()
	if !strings.Contains(dialogText(f.s.Window), "The next session of the series") {
		t.Fatalf("the menu shows %q", dialogText(f.s.Window))
	}
	test.Tap(overlayButton(t, f.s.Window, "Cancel"))
	d := f.s.Session.NewFollowUp()
	if d == nil {
		t.Fatal("no dialog")
	}
	// Today (2026-03-14 in the tests) comes before spring: no date offered.
	if d.Date.Text != "" || !strings.Contains(dialogText(f.s.Window), "3 open actions to review on a first step, Since last time") {
		t.Errorf("date %q, dialog %q", d.Date.Text, dialogText(f.s.Window))
	}
	d.Date.SetText("2026-04-14")
	d.Create()
	if !d.Error.Visible() || d.Error.Text != "A follow-up dated 2026-04-14 cannot follow the session of 2026-04-14: give it a later date." {
		t.Errorf("same date: %q", d.Error.Text)
	}
	if f.s.Session.Editor.Session.Previous != nil {
		t.Fatal("a follow-up opened with a bad date")
	}
	d.Date.SetText(workshoptest.SummerDate)
	d.Create()
	f.settle(t)
	sw := f.s.Session
	s := sw.Editor.Session
	if s.Previous == nil || s.Previous.Path != springPath || sw.Path() != "" || !strings.Contains(sw.Status.Text, "Follow-up of spring.json") {
		t.Fatalf("follow-up %+v at %q, status %q", s.Previous, sw.Path(), sw.Status.Text)
	}
	// It opens on Since last time, its first step.
	r, ok := sw.CurrentScreen().(*ReviewScreen)
	if !ok {
		t.Fatalf("opened on %T", sw.CurrentScreen())
	}
	if r.Source.Text != `Compared with "How we scale: spring" of 14 April 2026, read from `+springPath+"." || r.Locate.Visible() {
		t.Errorf("source %q", r.Source.Text)
	}
	if r.Count.Text != "Of 3 actions carried over, 0 done, 3 carried on, 0 dropped." || r.Actions.Length() != 3 {
		t.Errorf("count %q, %d rows", r.Count.Text, r.Actions.Length())
	}
	// The room marks them, through the rows on screen.
	r.Actions.Refresh()
	row := r.Row("a1")
	if row == nil || row.Selected != report.OutcomeCarried {
		t.Fatalf("row a1: %+v", row)
	}
	row.SetSelected(report.OutcomeDone)
	r.Row("a3").SetSelected(report.OutcomeDropped)
	if a := findAction(s, "a1"); !a.Done || a.Dropped {
		t.Errorf("a1 %+v", a)
	}
	if a := findAction(s, "a3"); a.Done || !a.Dropped {
		t.Errorf("a3 %+v", a)
	}
	if r.Count.Text != "Of 3 actions carried over, 1 done, 1 carried on, 1 dropped." || !sw.Dirty() {
		t.Errorf("count %q, dirty %v", r.Count.Text, sw.Dirty())
	}
	// Undo takes the last mark back, and redo puts it again.
	sw.Undo()
	if a := findAction(s, "a3"); a.Dropped || r.Count.Text != "Of 3 actions carried over, 1 done, 2 carried on, 0 dropped." {
		t.Errorf("after undo: a3 %+v, count %q", a, r.Count.Text)
	}
	sw.Redo()
	if a := findAction(s, "a3"); !a.Dropped {
		t.Errorf("after redo: a3 %+v", a)
	}
	r = sw.CurrentScreen().(*ReviewScreen)
	// Back to carried on, and done again.
	r.Row("a3").SetSelected(report.OutcomeCarried)
	if a := findAction(s, "a3"); a.Done || a.Dropped {
		t.Errorf("a3 carried on: %+v", a)
	}
	r.Row("a3").SetSelected(report.OutcomeDropped)
	// The room answers again: the changes follow.
	vs := s.Step("s2").Values
	vs.Value("v2").Name = "Fewer things, finished"
	for i, l := range []int{2, 6, 3, 3} {
		vs.Value("v2").SetResponse(s.Participants[i].ID, l)
	}
	sw.Changed()
	r.Refresh()
	for _, want := range []string{
		"Fewer things, finished (was “Fewer things, done well”): did not pass, now passes. Agree 1→3 (+2), disagree and commit 0→1 (+1), withheld 1→0 (−1).",
		"Decide close to the work: passed, now no responses yet.",
		"Load inventory (points): before the decisions 17→11 (−6); after them 9→11 (+2); capacity 12.",
		"No initiative changed phase or direction. 3 initiatives kept their phase and direction.",
	} {
		if !strings.Contains(r.Text(), want) {
			t.Errorf("review lacks %q:\n%s", want, r.Text())
		}
	}
	// The Actions page counts the dropped one apart and shows it with the
	// done ones.
	sw.GoToPage("actions")
	acts := sw.CurrentScreen().(*ActionsScreen)
	if acts.Count.Text != "1 open, 1 done, 1 dropped" {
		t.Errorf("actions page %q", acts.Count.Text)
	}
	// The summary and the projector say the same.
	sw.GoToPage("summary")
	if sum := sw.CurrentScreen().(*SummaryScreen); !strings.Contains(sum.Text(), "Of 3 actions carried over, 1 done, 1 carried on, 1 dropped.") ||
		!strings.Contains(sum.Text(), "did not pass, now passes") {
		t.Errorf("summary:\n%s", sum.Text())
	}
	p := NewProjector(sw.Editor, nil)
	p.Options = sw.reportOptions
	p.SetStep(s.Steps[0].ID)
	p.SetReveal(true)
	if got := p.Text(); !strings.Contains(got, "Dropped: Direct-number trial for two patches") || !strings.Contains(got, "Agree 1→3 (+2)") {
		t.Errorf("projector:\n%s", got)
	}
	// Saved, the follow-up keeps its marks and its link.
	summerPath := f.path("summer.json")
	f.picked = []string{summerPath}
	sw.SaveAs(nil)
	f.settle(t)
	back, err := workshop.LoadFile(summerPath)
	if err != nil || !findAction(back, "a1").Done || !findAction(back, "a3").Dropped || back.Previous.Path != springPath || back.Steps[0].Kind != workshop.StepReview {
		t.Fatalf("saved follow-up: %v", err)
	}
}

func TestFollowUpFromARecentSession(t *testing.T) {
	f := newGUI(t)
	path := f.path("spring.json")
	if err := workshop.SaveFile(path, workshoptest.Spring()); err != nil {
		t.Fatal(err)
	}
	f.s.addRecent(path)
	f.s.ShowHome()
	f.s.Home.RecentList.Refresh()
	b := f.s.Home.FollowUpButton(path)
	if b == nil || b.Disabled() {
		t.Fatal("no Follow-up button on the recent row")
	}
	b.OnTapped()
	if !strings.Contains(dialogText(f.s.Window), `The next session of the series of "How we scale: spring" (14 April 2026)`) {
		t.Fatalf("dialog %q", dialogText(f.s.Window))
	}
	var date *widget.Entry
	walk(f.s.Window.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok {
			date = e
		}
	})
	date.SetText(workshoptest.SummerDate)
	test.Tap(overlayButton(t, f.s.Window, "Create follow-up"))
	f.settle(t)
	sw := f.s.Session
	if sw == nil || sw.Editor.Session.Previous == nil || sw.Editor.Session.Date != workshoptest.SummerDate || len(sw.Editor.Session.Actions) != 3 {
		t.Fatalf("no follow-up opened")
	}
	// A recent file that a newer Scaleroom replaced: a message, no session.
	f.s.ShowHome()
	os.WriteFile(path, []byte(`{"kind": "session", "version": 9}`), 0o644)
	if d := f.s.FollowUpRecent(path); d != nil || !strings.Contains(dialogText(f.s.Window), "newer") {
		t.Errorf("newer file: %q", dialogText(f.s.Window))
	}
	if f.s.Session != nil {
		t.Error("a session opened")
	}
}

func TestReviewWhenThePreviousSessionMoved(t *testing.T) {
	f := newGUI(t)
	dir := t.TempDir()
	spring, summer, autumn := saveSeries(t, dir)
	moved := filepath.Join(t.TempDir(), "spring-2026.json")
	if err := os.Rename(spring, moved); err != nil {
		t.Fatal(err)
	}
	s, _ := workshop.LoadFile(summer)
	sw := f.openSaved(t, f.path("summer.json"), s)
	r := sw.CurrentScreen().(*ReviewScreen)
	want := `The previous session, "How we scale: spring" of 2026-04-14, is no longer at ` + spring + ": it may have been moved, renamed or deleted."
	if !strings.HasPrefix(r.Source.Text, want) || !r.Locate.Visible() {
		t.Errorf("source %q", r.Source.Text)
	}
	// Its own actions are still there to mark; nothing is compared.
	if r.Actions.Length() != 3 || !strings.Contains(r.Text(), "Nothing to compare yet.") {
		t.Errorf("%d rows, changes %q", r.Actions.Length(), r.Text())
	}
	// Export refuses and writes nothing.
	out := f.path("summer")
	f.picked = []string{out}
	e := ShowExportPDF(sw)
	e.Dialog.Submit()
	if !strings.Contains(dialogText(f.s.Window), "nothing was written") {
		t.Errorf("dialog %q", dialogText(f.s.Window))
	}
	if _, err := os.Stat(out + ".pdf"); err == nil {
		t.Error("a PDF was written")
	}
	// Located: another session is refused, the right one taken.
	f.picked = []string{autumn}
	r.Locate.OnTapped()
	if !strings.Contains(dialogText(f.s.Window), "autumn.json is the session of 13 October 2026, and this one follows the session of 14 April 2026. Nothing was changed.") {
		t.Errorf("wrong file: %q", dialogText(f.s.Window))
	}
	if sw.Editor.Session.Previous.Path != spring {
		t.Error("the link changed")
	}
	f.picked = []string{moved}
	r.Locate.OnTapped()
	r = sw.CurrentScreen().(*ReviewScreen)
	if sw.Editor.Session.Previous.Path != moved || r.Locate.Visible() || !strings.Contains(r.Source.Text, "read from "+moved) || !sw.Dirty() {
		t.Errorf("located: link %q, source %q", sw.Editor.Session.Previous.Path, r.Source.Text)
	}
	if !strings.Contains(r.Text(), "Fewer things, finished (was “Fewer things, done well”): did not pass, now passes.") {
		t.Errorf("changes %q", r.Text())
	}
}

func TestTrendsPage(t *testing.T) {
	f := newGUI(t)
	dir := t.TempDir()
	_, summer, autumn := saveSeries(t, dir)
	f.s.addRecent(summer)
	a, _ := workshop.LoadFile(autumn)
	sw := f.openSaved(t, autumn, a)
	sw.GoToPage("trends")
	tr, ok := sw.CurrentScreen().(*TrendsScreen)
	if !ok {
		t.Fatalf("trends page is %T", sw.CurrentScreen())
	}
	f.ui.runUntil(t, func() bool { return !tr.Loading() })
	// From the recent files: summer and autumn; spring is in no list yet.
	if len(tr.Charts) != 4 || !strings.Contains(tr.Text(), "2 sessions of this series, from 14 July 2026 to 13 October 2026.") {
		t.Fatalf("%d charts:\n%s", len(tr.Charts), tr.Text())
	}
	// The folder brings spring.
	f.s.pickFolder = func(done func(string)) { done(dir) }
	tr.Folder.OnTapped()
	f.ui.runUntil(t, func() bool { return !tr.Loading() })
	for _, want := range []string{
		"3 sessions of this series, from 14 April 2026 to 13 October 2026.",
		"Decide close to the work: 14 April 2026: 4 of 4 commit, passes · 14 July 2026: 4 of 4 commit, passes · 13 October 2026: 3 of 4 commit, does not pass",
		"Fewer things, finished: 14 April 2026: 1 of 4 commit, does not pass · 14 July 2026: 4 of 4 commit, passes · 13 October 2026: 4 of 4 commit, passes",
		"Load in points, before and after the decisions: 14 April 2026: 17→9 points against 12 · 14 July 2026: 11→8 points against 12 · 13 October 2026: 8→8 points against 12",
		"Actions agreed at each session: 14 April 2026: 3 of 4 done, 1 dropped, 0 open · 14 July 2026: 1 of 1 done, 0 dropped, 0 open · 13 October 2026: 0 of 1 done, 0 dropped, 1 open",
	} {
		if !strings.Contains(tr.Text(), want) {
			t.Errorf("trends lack %q:\n%s", want, tr.Text())
		}
	}
	if len(tr.Charts) != 4 || tr.Problem.Visible() {
		t.Fatalf("%d charts, problem %q", len(tr.Charts), tr.Problem.Text)
	}
	// The open session counts as it is on screen.
	sw.Editor.Session.Step("s2").Values.Value("v1").SetResponse("p4", 2)
	sw.Changed()
	tr.Refresh()
	if !strings.Contains(tr.Text(), "13 October 2026: 4 of 4 commit, passes") {
		t.Errorf("the edit is not in the trends:\n%s", tr.Text())
	}
	// The charts draw what they say: three dots, the last filled.
	ch := tr.Charts[0]
	ch.Resize(trendChartSize)
	rd := test.WidgetRenderer(ch).(*trendRenderer)
	if len(rd.points) != 3 || rd.points[2].dot.FillColor != rd.points[2].dot.StrokeColor || rd.points[2].figure.Text != "4/4" || !rd.points[2].dot.Visible() {
		t.Errorf("last point %+v", rd.points[2])
	}
	// Two sessions on one date: a message, no charts.
	twin, _ := workshop.LoadFile(summer)
	twin.Date, twin.Previous = workshoptest.SpringDate, nil
	workshop.SaveFile(filepath.Join(dir, "twin.json"), twin)
	tr.Reload.OnTapped()
	f.ui.runUntil(t, func() bool { return !tr.Loading() })
	if !tr.Problem.Visible() || !strings.Contains(tr.Problem.Text, "are both dated 2026-04-14, so their order is unknown") || len(tr.Charts) != 0 {
		t.Errorf("same date: %q, %d charts", tr.Problem.Text, len(tr.Charts))
	}
	os.Remove(filepath.Join(dir, "twin.json"))
	// A newer file in the folder might be of the series.
	os.WriteFile(filepath.Join(dir, "newer.json"), []byte(`{"kind": "session", "version": 9}`), 0o644)
	tr.Reload.OnTapped()
	f.ui.runUntil(t, func() bool { return !tr.Loading() })
	if !tr.Problem.Visible() || !strings.Contains(tr.Problem.Text, "made by a newer Scaleroom") {
		t.Errorf("newer file: %q", tr.Problem.Text)
	}
}

func TestExportWithTrends(t *testing.T) {
	f := newGUI(t)
	dir := t.TempDir()
	_, _, autumn := saveSeries(t, dir)
	a, _ := workshop.LoadFile(autumn)
	sw := f.openSaved(t, autumn, a)
	sw.series.trendsDir = dir
	out := f.path("autumn")
	f.picked = []string{out}
	e := ShowExportPDF(sw)
	done := false
	var werr error
	e.Done = func(_ string, err error) { werr, done = err, true }
	e.Variant.SetSelected(pdfPersonal)
	if !e.Trends.Disabled() {
		t.Error("trends offered on a personal sheet")
	}
	e.Variant.SetSelected(pdfFull)
	e.Trends.SetChecked(true)
	e.Dialog.Submit()
	f.ui.runUntil(t, func() bool { return done })
	if werr != nil {
		t.Fatal(werr)
	}
	raw, err := exec.Command("pdftotext", "-raw", out+".pdf", "-").Output()
	if err != nil {
		t.Skip("pdftotext is not installed")
	}
	got := strings.Join(strings.Fields(string(raw)), " ")
	for _, want := range []string{"Since last time", "Trends across the series", "3 sessions of this series, from 14 April 2026 to 13 October 2026.",
		"14 April 2026 4 3 1 0 14 July 2026 1 1 0 0 13 October 2026 1 0 0 1"} {
		if !strings.Contains(got, want) {
			t.Errorf("PDF lacks %q", want)
		}
	}
}

// TestFollowUpOfTheWorstRoom makes the follow-up of a room of 40 with
// 2,000-character names and long action texts, and works on its review
// step and trends page.
func TestFollowUpOfTheWorstRoom(t *testing.T) {
	f := newGUI(t)
	s := workshoptest.Session(workshoptest.Size{Participants: 40, Values: 8, LoadItems: 60, Initiatives: 20})
	s.Participants[39].Name = strings.Repeat("Xochiquetzalli", 143)[:2000]
	for i := range s.Actions {
		s.Actions[i].Text = strings.Repeat("Follow up with the whole room on what we heard. ", 420)[:20000]
		s.Actions[i].Owner = workshop.ParticipantOwner("p40")
	}
	path := f.path("big.json")
	f.openSaved(t, path, s)
	d := f.s.Session.NewFollowUp()
	d.Date.SetText("2027-01-05")
	d.Create()
	f.settle(t)
	sw := f.s.Session
	r, ok := sw.CurrentScreen().(*ReviewScreen)
	if !ok || r.Actions.Length() != len(s.Actions) {
		t.Fatalf("review %T", sw.CurrentScreen())
	}
	r.Mark(s.Actions[0].ID, report.OutcomeDone)
	r.Mark(s.Actions[1].ID, report.OutcomeDropped)
	if want := "Of 21 actions carried over, 1 done, 19 carried on, 1 dropped."; r.Count.Text != want {
		t.Errorf("count %q", r.Count.Text)
	}
	if w := r.Object().MinSize().Width; w > 1200 {
		t.Errorf("the review screen is %v wide", w)
	}
	sw.GoToPage("trends")
	tr := sw.CurrentScreen().(*TrendsScreen)
	f.ui.runUntil(t, func() bool { return !tr.Loading() })
	if tr.Problem.Visible() || len(tr.Charts) != 8+1+1 {
		t.Errorf("problem %q, %d charts", tr.Problem.Text, len(tr.Charts))
	}
}
