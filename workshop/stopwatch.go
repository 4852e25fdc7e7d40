package workshop

import "time"

// Stopwatch times the steps of a session, one step at a time. The time a
// step used is kept in its UsedSeconds, so it is saved with the session;
// the part of a run not yet written there is added by Flush. Minutes added
// during a sitting extend that step's countdown but leave its planned
// timebox, which the agenda compares with, alone.
//
// The zero Stopwatch is stopped. Methods take the session and the time, so
// the stopwatch holds no clock and no session of its own.
type Stopwatch struct {
	active  string // step being timed, running or paused
	running bool
	since   time.Time      // start of the part of the run not yet in UsedSeconds
	extra   map[string]int // seconds added to a step's countdown this sitting
}

// Active is the step being timed, running or paused; "" before any start.
func (w *Stopwatch) Active() string { return w.active }

// Running reports whether the stopwatch is counting for stepID.
func (w *Stopwatch) Running(stepID string) bool { return w.running && w.active == stepID }

// RunningAny reports whether the stopwatch is counting for any step.
func (w *Stopwatch) RunningAny() bool { return w.running }

// Start times stepID from now, pausing the step timed before. It reports
// whether the session changed (the paused step's time was written).
func (w *Stopwatch) Start(s *Session, stepID string, now time.Time) (changed bool) {
	if s.Step(stepID) == nil || w.Running(stepID) {
		return false
	}
	changed = w.Flush(s, now)
	w.active, w.running, w.since = stepID, true, now
	return changed
}

// Pause stops counting and writes the time used into the session.
func (w *Stopwatch) Pause(s *Session, now time.Time) (changed bool) {
	if !w.running {
		return false
	}
	changed = w.Flush(s, now)
	w.running = false
	return changed
}

// Reset sets a step's time used back to zero and forgets its extra
// minutes; a running stopwatch goes on from zero.
func (w *Stopwatch) Reset(s *Session, stepID string, now time.Time) (changed bool) {
	st := s.Step(stepID)
	if st == nil {
		return false
	}
	if w.Running(stepID) {
		w.since = now
	}
	delete(w.extra, stepID)
	if st.UsedSeconds == 0 {
		return false
	}
	st.UsedSeconds = 0
	return true
}

// AddMinute gives a step one more minute on its countdown.
func (w *Stopwatch) AddMinute(s *Session, stepID string) {
	if s.Step(stepID) == nil {
		return
	}
	if w.extra == nil {
		w.extra = map[string]int{}
	}
	w.extra[stepID] += 60
}

// Used is the time a step has used, in whole seconds, including the part
// of a run not yet written to the session.
func (w *Stopwatch) Used(s *Session, stepID string, now time.Time) int {
	st := s.Step(stepID)
	if st == nil {
		return 0
	}
	used := st.UsedSeconds
	if w.Running(stepID) {
		used += int(now.Sub(w.since) / time.Second)
	}
	return used
}

// Remaining is a step's countdown in seconds, negative once the timebox
// (with any minutes added) is exceeded.
func (w *Stopwatch) Remaining(s *Session, stepID string, now time.Time) int {
	st := s.Step(stepID)
	if st == nil {
		return 0
	}
	return st.Timebox*60 + w.extra[stepID] - w.Used(s, stepID, now)
}

// Over reports whether a step has used more than its planned timebox.
func (w *Stopwatch) Over(s *Session, stepID string, now time.Time) bool {
	st := s.Step(stepID)
	return st != nil && w.Used(s, stepID, now) > st.Timebox*60
}

// Unwritten is how long the running step has counted since its time was
// last written into the session.
func (w *Stopwatch) Unwritten(now time.Time) time.Duration {
	if !w.running {
		return 0
	}
	return now.Sub(w.since)
}

// Flush writes the whole seconds counted so far into the running step's
// UsedSeconds, keeping the fraction, so repeated flushes lose no time. A
// step removed while timed stops the stopwatch. It reports whether the
// session changed.
func (w *Stopwatch) Flush(s *Session, now time.Time) bool {
	if !w.running {
		return false
	}
	st := s.Step(w.active)
	if st == nil {
		w.running = false
		return false
	}
	secs := int(now.Sub(w.since) / time.Second)
	if secs <= 0 {
		return false
	}
	st.UsedSeconds += secs
	w.since = w.since.Add(time.Duration(secs) * time.Second)
	return true
}
