package workshop

import (
	"testing"
	"time"
)

func TestStopwatch(t *testing.T) {
	s := &Session{}
	s.AddStep(StepValues, "Values", 10)
	s.AddStep(StepDiscussion, "Talk", 5)
	a, b := &s.Steps[0], &s.Steps[1] // after both adds: AddStep may move the slice
	var w Stopwatch
	t0 := time.Date(2026, 3, 14, 9, 0, 0, 0, time.UTC)
	at := func(sec float64) time.Time { return t0.Add(time.Duration(sec * float64(time.Second))) }

	if w.Start(s, "nope", t0) || w.RunningAny() {
		t.Fatal("started an unknown step")
	}
	if w.Start(s, a.ID, t0) {
		t.Error("starting the first step reported a change")
	}
	if got := w.Used(s, a.ID, at(90.9)); got != 90 {
		t.Errorf("used after 90.9 s = %d", got)
	}
	if got := w.Remaining(s, a.ID, at(90.9)); got != 600-90 {
		t.Errorf("remaining = %d", got)
	}
	// Flushes keep the fraction: 2.5 s + 2.5 s is 5 s, not 4.
	if !w.Flush(s, at(2.5)) || a.UsedSeconds != 2 {
		t.Fatalf("flush at 2.5 s wrote %d", a.UsedSeconds)
	}
	w.Flush(s, at(5))
	if a.UsedSeconds != 5 || w.Unwritten(at(5)) != 0 {
		t.Errorf("after flushes at 2.5 and 5 s: %d s written, %v unwritten", a.UsedSeconds, w.Unwritten(at(5)))
	}
	// Starting another step writes the first and times the second.
	if !w.Start(s, b.ID, at(65)) || a.UsedSeconds != 65 || !w.Running(b.ID) || w.Active() != b.ID {
		t.Fatalf("switch: a used %d, running b %v", a.UsedSeconds, w.Running(b.ID))
	}
	w.AddMinute(s, b.ID)
	if got := w.Remaining(s, b.ID, at(65+400)); got != 300+60-400 {
		t.Errorf("b remaining with a minute added = %d, want -40", got)
	}
	if !w.Over(s, b.ID, at(65+301)) || w.Over(s, b.ID, at(65+300)) {
		t.Error("Over should turn true past 300 s, whatever minutes were added")
	}
	if !w.Pause(s, at(65+120)) || b.UsedSeconds != 120 || w.RunningAny() {
		t.Errorf("pause: b used %d", b.UsedSeconds)
	}
	if w.Pause(s, at(500)) {
		t.Error("pausing twice reported a change")
	}
	if !w.Reset(s, b.ID, at(500)) || b.UsedSeconds != 0 || w.Remaining(s, b.ID, at(500)) != 300 {
		t.Errorf("reset: used %d, remaining %d", b.UsedSeconds, w.Remaining(s, b.ID, at(500)))
	}
	// A step removed while timed stops the stopwatch without writing.
	w.Start(s, a.ID, at(600))
	s.Steps = s.Steps[1:] // a's ID is gone
	if w.Flush(s, at(700)) || w.RunningAny() {
		t.Error("a removed step kept the stopwatch running")
	}
}
