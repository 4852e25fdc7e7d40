package app

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2/test"

	"scaleroom/workshop"
)

// clockSession opens the values-60 template with three people and a
// clock the test moves: s1 opening (5 min), s2 values (35), s3 discussion
// (12), s4 closing (8).
func clockSession(t *testing.T) (*guiFixture, *SessionWindow, *fakeClock) {
	t.Helper()
	f := newGUI(t)
	sw := startValues(t, f)
	clock := &fakeClock{t: time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)}
	sw.Editor.Now = clock.Now
	return f, sw, clock
}

// stepRow is the text of a step's row in the agenda.
func stepRow(sw *SessionWindow, id string) string {
	for i, e := range sw.entries {
		if e.page == nil && e.stepID == id {
			return sidebarText(sw, i)
		}
	}
	return ""
}

// running lists the steps whose clocks count.
func running(sw *SessionWindow) []string {
	var ids []string
	for _, st := range sw.Editor.Session.Steps {
		if sw.Timer.Running(st.ID) {
			ids = append(ids, st.ID)
		}
	}
	return ids
}

func TestOneClockRunsAndTheBarSaysWhose(t *testing.T) {
	_, sw, clock := clockSession(t)
	bar := sw.TimerBar
	sess := sw.Editor.Session
	sw.GoToStep("s2")
	test.Tap(bar.StartPause)
	clock.Advance(5 * time.Minute)
	sw.Timer.Tick()

	// On another step the bar shows the one clock that runs, and whose.
	sw.GoToStep("s3")
	if bar.Clock.Text != "30:00" || bar.StartPause.Text != "Pause" || bar.Status.Text != "Running" {
		t.Errorf("on s3 the bar shows %q %q %q, want s2's 30:00, Running, Pause", bar.Clock.Text, bar.Status.Text, bar.StartPause.Text)
	}
	if !bar.elsewhere.Visible() || bar.Elsewhere.Text != "Timing step 2, “Round on each value”" || !bar.GoTo.Visible() || !bar.TimeHere.Visible() {
		t.Errorf("on s3 the bar says %q (shown %v, go %v, time here %v)", bar.Elsewhere.Text, bar.elsewhere.Visible(), bar.GoTo.Visible(), bar.TimeHere.Visible())
	}
	if got := running(sw); fmt.Sprint(got) != "[s2]" {
		t.Fatalf("clocks running: %v", got)
	}

	// Timing this step instead records the first and starts this one:
	// still one clock.
	clock.Advance(90 * time.Second)
	test.Tap(bar.TimeHere)
	if got := running(sw); fmt.Sprint(got) != "[s3]" {
		t.Fatalf("after Time this step instead, clocks running: %v", got)
	}
	if used := sess.Step("s2").UsedSeconds; used != 390 {
		t.Errorf("s2 recorded %d s, want 390", used)
	}
	if bar.elsewhere.Visible() || bar.Clock.Text != "12:00" {
		t.Errorf("timing the step on screen: note shown %v, clock %q", bar.elsewhere.Visible(), bar.Clock.Text)
	}

	// Pause, Reset and +1 min act on the clock shown, wherever the
	// facilitator looks.
	clock.Advance(2 * time.Minute)
	sw.GoToPage("summary")
	if bar.Clock.Text != "10:00" || bar.Elsewhere.Text != "Timing step 3, “What we heard”" || !bar.GoTo.Visible() || bar.TimeHere.Visible() {
		t.Errorf("on a page: clock %q, note %q, go %v, time here %v", bar.Clock.Text, bar.Elsewhere.Text, bar.GoTo.Visible(), bar.TimeHere.Visible())
	}
	test.Tap(bar.PlusMinute)
	if bar.Clock.Text != "11:00" {
		t.Errorf("+1 min on a page: clock %q, want 11:00", bar.Clock.Text)
	}
	test.Tap(bar.StartPause)
	if len(running(sw)) != 0 || sess.Step("s3").UsedSeconds != 120 {
		t.Errorf("Pause on a page: running %v, s3 used %d", running(sw), sess.Step("s3").UsedSeconds)
	}
	if bar.Elsewhere.Text != "Paused on step 3, “What we heard”" {
		t.Errorf("paused, on a page the bar says %q", bar.Elsewhere.Text)
	}
	test.Tap(bar.GoTo)
	if currentStepID(sw) != "s3" || bar.elsewhere.Visible() {
		t.Errorf("Go there went to %q (note shown %v)", currentStepID(sw), bar.elsewhere.Visible())
	}

	// Paused, a step shows its own clock, ready to start; starting it
	// leaves the paused one alone.
	sw.GoToStep("s4")
	if bar.Clock.Text != "8:00" || bar.StartPause.Text != "Start" || bar.elsewhere.Visible() {
		t.Errorf("s4 with the clock paused on s3: %q %q, note shown %v", bar.Clock.Text, bar.StartPause.Text, bar.elsewhere.Visible())
	}
	test.Tap(bar.StartPause)
	if got := running(sw); fmt.Sprint(got) != "[s4]" || sess.Step("s3").UsedSeconds != 120 {
		t.Errorf("running %v, s3 used %d", got, sess.Step("s3").UsedSeconds)
	}
}

func TestTimeboxChangeShowsAtOnce(t *testing.T) {
	_, sw, clock := clockSession(t)
	sw.GoToStep("s1") // an opening: its screen edits the timebox
	n := sw.CurrentScreen().(*NotesScreen)
	if !strings.Contains(sw.StepMeta.Text, "5 min") || sw.TimerBar.Clock.Text != "5:00" {
		t.Fatalf("before: %q, clock %q", sw.StepMeta.Text, sw.TimerBar.Clock.Text)
	}
	n.Timebox.SetText("12")
	if got := sw.StepMeta.Text; got != "Step 1 of 4 · Opening · 12 min · not started" {
		t.Errorf("heading %q after the timebox became 12", got)
	}
	if sw.TimerBar.Clock.Text != "12:00" {
		t.Errorf("clock %q after the timebox became 12", sw.TimerBar.Clock.Text)
	}
	if row := stepRow(sw, "s1"); !strings.Contains(row, "12 min") {
		t.Errorf("agenda row %q", row)
	}
	if got := sw.Planned.Text; got != "Agenda · 1 h 7 min planned" {
		t.Errorf("total %q", got)
	}

	// While the clock runs, too.
	test.Tap(sw.TimerBar.StartPause)
	clock.Advance(time.Minute)
	sw.Timer.Tick()
	n.Timebox.SetText("20")
	if sw.TimerBar.Clock.Text != "19:00" || !strings.Contains(sw.StepMeta.Text, "20 min") {
		t.Errorf("running: clock %q, heading %q", sw.TimerBar.Clock.Text, sw.StepMeta.Text)
	}
	if row := stepRow(sw, "s1"); !strings.Contains(row, "1:00 of 20 min") {
		t.Errorf("agenda row %q", row)
	}
}

// TestStepWithWorkIsInProgress records a full round, 12 people on 8
// values, 96 answers, as the room did.
func TestStepWithWorkIsInProgress(t *testing.T) {
	f := newGUI(t)
	s := roomSession(12, 8)
	s.AddStep(workshop.StepDiscussion, "What we heard", 10)
	s.AddStep(workshop.StepBreak, "Break", 10)
	sw, _ := openValues(t, f, s)
	w := f.s.Window
	row := func(id string) string { return stepRow(sw, id) }
	if r := row("s1"); !strings.Contains(r, "now") {
		t.Errorf("untouched step on screen: %q", r)
	}
	for v := 0; v < 8; v++ {
		for p := 0; p < 12; p++ {
			press(t, w, fmt.Sprint(1+(p+v)%8))
		}
		press(t, w, "{Right}")
	}
	if r, _ := s.Steps[0].Values.Recorded(); r != 96 {
		t.Fatalf("%d answers recorded", r)
	}
	if r := row("s1"); !strings.Contains(r, "in progress") {
		t.Errorf("agenda row of a step with 96 answers: %q", r)
	}
	if got := sw.StepMeta.Text; !strings.HasSuffix(got, "· in progress") {
		t.Errorf("heading %q", got)
	}
	sw.GoToStep("s2")
	if r := row("s1"); !strings.Contains(r, "in progress") {
		t.Errorf("agenda row, from another step: %q", r)
	}
	if r, meta := row("s2"), sw.StepMeta.Text; !strings.Contains(r, "now") || !strings.HasSuffix(meta, "· not started") {
		t.Errorf("untouched discussion: row %q, heading %q", r, meta)
	}
	// A step is in progress from the moment its clock starts.
	test.Tap(sw.TimerBar.StartPause)
	if r, meta := row("s2"), sw.StepMeta.Text; !strings.Contains(r, "in progress") || !strings.HasSuffix(meta, "· in progress") {
		t.Errorf("clock started: row %q, heading %q", r, meta)
	}
	if r := row("s3"); !strings.Contains(r, "not started") {
		t.Errorf("a step not reached: %q", r)
	}
}

func TestStepDoneMovesOnAndTheLastOffersTheSummary(t *testing.T) {
	f, sw, clock := clockSession(t)
	w := f.s.Window
	sess := sw.Editor.Session
	sw.GoToStep("s2")
	test.Tap(sw.TimerBar.StartPause)
	clock.Advance(3 * time.Minute)
	test.Tap(sw.DoneCheck)
	if !sess.Step("s2").Done || currentStepID(sw) != "s3" {
		t.Fatalf("after Step done on s2: done %v, on %q", sess.Step("s2").Done, currentStepID(sw))
	}
	if sw.DoneCheck.Checked || sw.StepTitle.Text != "What we heard" {
		t.Errorf("on the next step: check %v, title %q", sw.DoneCheck.Checked, sw.StepTitle.Text)
	}
	// The clock of a step done stops, with its time recorded.
	if sw.Timer.RunningAny() || sess.Step("s2").UsedSeconds != 180 {
		t.Errorf("running %v, s2 used %d s, want 180", sw.Timer.RunningAny(), sess.Step("s2").UsedSeconds)
	}
	if r := stepRow(sw, "s2"); !strings.Contains(r, "done") {
		t.Errorf("s2's row %q", r)
	}

	// The notes screen's button does the same.
	test.Tap(sw.CurrentScreen().(*NotesScreen).DoneNext)
	if !sess.Step("s3").Done || currentStepID(sw) != "s4" {
		t.Fatalf("after Mark step done on s3: done %v, on %q", sess.Step("s3").Done, currentStepID(sw))
	}

	// After the last step the workshop is done; the summary is offered.
	test.Tap(sw.CurrentScreen().(*NotesScreen).DoneNext)
	if !sess.Step("s4").Done || currentStepID(sw) != "s4" {
		t.Fatalf("last step: done %v, on %q", sess.Step("s4").Done, currentStepID(sw))
	}
	msg := dialogText(w)
	if !strings.Contains(msg, "the workshop is done") || !strings.Contains(msg, "1 step is not marked done:\n1. Why we are here") {
		t.Errorf("the last step done says %q", msg)
	}
	test.Tap(overlayButton(t, w, "Show the summary"))
	if _, ok := sw.CurrentScreen().(*SummaryScreen); !ok {
		t.Errorf("Show the summary went to %T", sw.CurrentScreen())
	}

	// Unticking goes nowhere.
	sw.GoToStep("s2")
	test.Tap(sw.DoneCheck)
	if sess.Step("s2").Done || currentStepID(sw) != "s2" {
		t.Errorf("unticked: done %v, on %q", sess.Step("s2").Done, currentStepID(sw))
	}
}

// Every step done, the message has no list; forty steps with 2,000-
// character titles keep it to five lines of 60 characters.
func TestWorkshopDoneMessage(t *testing.T) {
	f := newGUI(t)
	s := roomSession(2, 1)
	long := strings.Repeat("Ökonomie der Aufmerksamkeit ", 75)[:2000]
	for i := 0; i < 40; i++ {
		s.AddStep(workshop.StepDiscussion, long, 5)
	}
	sw := f.s.show(s, "", nil, false)
	last := s.Steps[len(s.Steps)-1].ID
	sw.GoToStep(last)
	test.Tap(sw.DoneCheck)
	msg := dialogText(f.s.Window)
	if !strings.Contains(msg, "40 steps are not marked done:\n1. Values\n2. Ökonomie") || !strings.Contains(msg, "\n5. Ökonomie") ||
		strings.Contains(msg, "\n6. ") || !strings.Contains(msg, "and 35 more") {
		t.Errorf("message:\n%s", msg)
	}
	for _, l := range strings.Split(msg, "\n") {
		if n := utf8.RuneCountInString(l); n > 70 {
			t.Errorf("a line of %d characters: %.80s…", n, l)
		}
	}
	test.Tap(overlayButton(t, f.s.Window, "Stay here"))
	for i := range s.Steps {
		s.Steps[i].Done = true
	}
	s.Steps[len(s.Steps)-1].Done = false
	sw.Refresh()
	test.Tap(sw.DoneCheck)
	if msg := dialogText(f.s.Window); !strings.HasPrefix(msg, "That was the last step: the workshop is done.\n") || strings.Contains(msg, "not marked") {
		t.Errorf("all done: %q", msg)
	}
}

// The Agenda page re-times steps too: the clock running for one, shown on
// that page, follows at once, and so does the step's heading.
func TestTimeboxChangedOnTheAgendaShowsAtOnce(t *testing.T) {
	_, sw, clock := clockSession(t)
	sw.GoToStep("s2") // 35 min
	test.Tap(sw.TimerBar.StartPause)
	clock.Advance(5 * time.Minute)
	sw.Timer.Tick()
	sw.GoToPage("agenda")
	a := sw.CurrentScreen().(*AgendaScreen)
	a.List.Select(1)
	if sw.TimerBar.Clock.Text != "30:00" {
		t.Fatalf("on the agenda the clock shows %q", sw.TimerBar.Clock.Text)
	}
	a.Timebox.SetText("50")
	if sw.TimerBar.Clock.Text != "45:00" {
		t.Errorf("after re-timing to 50 min the clock shows %q, want 45:00", sw.TimerBar.Clock.Text)
	}
	if r := stepRow(sw, "s2"); !strings.Contains(r, "5:00 of 50 min · in progress") {
		t.Errorf("agenda row %q", r)
	}
	sw.GoToStep("s2")
	if got := sw.StepMeta.Text; got != "Step 2 of 4 · Values: disagree and commit · 50 min · in progress" {
		t.Errorf("heading %q", got)
	}
}

func TestNoClockOnAPage(t *testing.T) {
	f := newGUI(t)
	sw := startValues(t, f)
	sw.GoToPage("participants")
	bar := sw.TimerBar
	if bar.Clock.Text != "--:--" || bar.Status.Text != "No step" || !bar.StartPause.Disabled() {
		t.Fatalf("on a page with no clock running: %q %q, start enabled %v", bar.Clock.Text, bar.Status.Text, !bar.StartPause.Disabled())
	}
}
