package store

import (
	"testing"
	"time"
)

// TestAutosaveScheduleHasACeiling replays a values round, a key every
// 0.8 s (faster than the quiet wait) for a minute, against the schedule: no change may wait longer than the
// ceiling to be handed to the writer. A quiet wait alone never wrote.
func TestAutosaveScheduleHasACeiling(t *testing.T) {
	a := Schedule{Quiet: time.Second, Ceiling: 3 * time.Second}
	t0 := time.Date(2026, 3, 14, 9, 0, 0, 0, time.UTC)
	var due time.Time
	oldest := time.Time{} // oldest change not yet written
	writes, worst := 0, time.Duration(0)
	for ms := 0; ms <= 60_000; ms += 100 {
		now := t0.Add(time.Duration(ms) * time.Millisecond)
		if !due.IsZero() && !now.Before(due) { // the autosave timer fires
			if age := now.Sub(oldest); age > worst {
				worst = age
			}
			a.Taken()
			due, oldest = time.Time{}, time.Time{}
			writes++
		}
		if ms%800 == 0 { // a key
			if oldest.IsZero() {
				oldest = now
			}
			due = a.Changed(now)
		}
	}
	if worst > 3*time.Second {
		t.Errorf("a change waited %v to be written, want at most 3s", worst)
	}
	// Each write comes 3 s after the first key it holds, and the next key
	// comes 0.8 s after the one before: a write every 3.2 s, 18 in 60 s.
	if writes != 18 {
		t.Errorf("%d writes in a minute of steady typing, want 18 (one per 3.2 s)", writes)
	}

	// One change alone is written after the quiet wait.
	b := Schedule{Quiet: time.Second, Ceiling: 3 * time.Second}
	if got := b.Changed(t0).Sub(t0); got != time.Second {
		t.Errorf("single change due after %v, want 1s", got)
	}
	// A burst is written at the ceiling, counted from its first change.
	b.Changed(t0.Add(1900 * time.Millisecond))
	if got := b.Changed(t0.Add(2500 * time.Millisecond)).Sub(t0); got != 3*time.Second {
		t.Errorf("burst due at %v, want 3s after its first change", got)
	}
}
