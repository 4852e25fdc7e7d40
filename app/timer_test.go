package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"scaleroom/workshop"
)

func TestTimerCountsWarnsAndKeepsRunningAcrossSteps(t *testing.T) {
	f := newFixture(t)
	load := f.step(workshop.StepLoad)       // 40 min
	refl := f.step(workshop.StepReflection) // 25 min
	tm := NewTimer(f.ed)
	bar := NewTimerBar(tm)
	bar.SetStep(load.ID)

	if got := bar.Clock.Text; got != "40:00" {
		t.Fatalf("before start the clock shows %q, want 40:00", got)
	}
	width := bar.Object().MinSize().Width
	test.Tap(bar.StartPause)
	if !tm.Running(load.ID) || bar.StartPause.Text != "Pause" {
		t.Fatalf("Start did not start the timer (button %q)", bar.StartPause.Text)
	}
	f.clock.Advance(10*time.Minute + 30*time.Second)
	tm.Tick()
	if got := bar.Clock.Text; got != "29:30" {
		t.Errorf("after 10:30 the clock shows %q, want 29:30", got)
	}
	// Ticks past flushEvery write the time into the session.
	if load.UsedSeconds != 630 {
		t.Errorf("UsedSeconds = %d after a flush, want 630", load.UsedSeconds)
	}

	// Looking at another step does not stop the clock, and the bar goes
	// on showing the one clock, with the step it times.
	bar.SetStep(refl.ID)
	if bar.Clock.Text != "29:30" || bar.StartPause.Text != "Pause" {
		t.Errorf("other step shows %q / %q, want the running 29:30 and Pause", bar.Clock.Text, bar.StartPause.Text)
	}
	f.clock.Advance(4 * time.Minute)
	tm.Tick()
	if want := "Timing step 3, “What we carry”"; bar.Elsewhere.Text != want || bar.Clock.Text != "25:30" {
		t.Errorf("elsewhere note %q, clock %q, want %q and 25:30", bar.Elsewhere.Text, bar.Clock.Text, want)
	}
	bar.SetStep(load.ID)
	if tm.Used(load.ID) != 870 {
		t.Errorf("used %d s, want 870", tm.Used(load.ID))
	}

	// One minute before the end it warns; at zero it says time is up.
	f.clock.Advance(24*time.Minute + 31*time.Second) // 59 s left
	tm.Tick()
	if tm.State(load.ID) != TimerWarning || bar.Status.Text != "1 min left" || bar.Clock.Text != "0:59" {
		t.Errorf("at 59 s left: state %v, status %q, clock %q", tm.State(load.ID), bar.Status.Text, bar.Clock.Text)
	}
	if got := bar.Object().MinSize().Width; got != width {
		t.Errorf("the timer bar went from %v to %v wide: its buttons moved", width, got)
	}
	if bar.bg.FillColor != timerColor(TimerWarning) {
		t.Error("the countdown is not amber in the last minute")
	}
	f.clock.Advance(59 * time.Second)
	tm.Tick()
	if tm.State(load.ID) != TimerOver || bar.Status.Text != "Time is up" || bar.Clock.Text != "0:00" {
		t.Errorf("at zero: state %v, status %q, clock %q", tm.State(load.ID), bar.Status.Text, bar.Clock.Text)
	}
	f.clock.Advance(75 * time.Second)
	tm.Tick()
	if bar.Clock.Text != "-1:15" {
		t.Errorf("overtime clock %q, want -1:15", bar.Clock.Text)
	}

	// +1 minute extends the countdown, not the plan.
	test.Tap(bar.PlusMinute)
	if bar.Clock.Text != "-0:15" || load.Timebox != 40 {
		t.Errorf("after +1 min: clock %q, timebox %d", bar.Clock.Text, load.Timebox)
	}

	// Pause records everything used; time passing while paused is not counted.
	test.Tap(bar.StartPause)
	if tm.RunningAny() || load.UsedSeconds != 40*60+75 {
		t.Fatalf("after pause: running %v, UsedSeconds %d, want %d", tm.RunningAny(), load.UsedSeconds, 40*60+75)
	}
	f.clock.Advance(time.Hour)
	tm.Tick()
	if tm.Used(load.ID) != 40*60+75 {
		t.Errorf("paused timer counted on: %d", tm.Used(load.ID))
	}
	if got := tm.UsedVsPlan(load.ID); got != "41:15 of 40 min" || !tm.Over(load.ID) {
		t.Errorf("agenda says %q (over %v)", got, tm.Over(load.ID))
	}
	if got := tm.UsedVsPlan(refl.ID); got != "25 min" {
		t.Errorf("untimed step's agenda text %q", got)
	}

	// Reset clears time and extra minutes.
	test.Tap(bar.ResetBtn)
	if load.UsedSeconds != 0 || bar.Clock.Text != "40:00" {
		t.Errorf("after reset: used %d, clock %q", load.UsedSeconds, bar.Clock.Text)
	}
	if f.changes == 0 {
		t.Error("timer edits never called Changed")
	}
}

func TestTimerStartingAnotherStepPausesTheFirst(t *testing.T) {
	f := newFixture(t)
	a, b := f.step(workshop.StepValues), f.step(workshop.StepLoad)
	tm := NewTimer(f.ed)
	tm.Start(a.ID)
	f.clock.Advance(90*time.Second + 400*time.Millisecond)
	tm.Start(b.ID)
	f.clock.Advance(20 * time.Second)
	tm.Pause()
	if a.UsedSeconds != 90 || b.UsedSeconds != 20 {
		t.Errorf("used a=%d b=%d, want 90 and 20", a.UsedSeconds, b.UsedSeconds)
	}
	// A step removed while timed is not written to and does not panic.
	tm.Start(a.ID)
	f.ed.Session.RemoveStep(a.ID)
	f.clock.Advance(5 * time.Second)
	tm.Pause()
	tm.Tick()
	if tm.RunningAny() {
		t.Error("timer still running for a removed step")
	}
}

func TestFormatClock(t *testing.T) {
	for secs, want := range map[int]string{0: "0:00", 59: "0:59", 61: "1:01", 3600: "60:00", -5: "-0:05", -125: "-2:05"} {
		if got := FormatClock(secs); got != want {
			t.Errorf("FormatClock(%d) = %q, want %q", secs, got, want)
		}
	}
}
