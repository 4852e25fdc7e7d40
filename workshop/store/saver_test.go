package store

import (
	"path/filepath"
	"testing"
	"time"

	"scaleroom/workshop"
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

// TestSaverWithoutAWindow drives a Saver as the app does, with a plain
// queue for the owner's goroutine: a new session goes to its recovery copy,
// a Save moves it to its file, and another program's change to the file
// is never overwritten.
func TestSaverWithoutAWindow(t *testing.T) {
	dir := t.TempDir()
	sess := &workshop.Session{Title: "Offsite", Participants: []workshop.Participant{}, Steps: []workshop.Step{}, Actions: []workshop.Action{}}
	owner := make(chan func(), 16)
	var results []Result
	s := NewSaver("", nil, nil, Config{
		RecoveryDir: filepath.Join(dir, "recovery"),
		Quiet:       time.Hour, Ceiling: time.Hour,
		Do:       func(f func()) { owner <- f },
		Snapshot: func() *workshop.Session { return sess.Clone() },
		Written:  func(r Result) { results = append(results, r) },
	})
	defer s.Stop()
	wait := func() Result {
		t.Helper()
		n := len(results)
		for len(results) == n {
			select {
			case f := <-owner:
				f()
			case <-time.After(10 * time.Second):
				t.Fatal("no result")
			}
		}
		return results[len(results)-1]
	}

	sess.Location = "Porto"
	s.Changed()
	s.AutosaveNow()
	if r := wait(); !r.Recovered || r.Saved || !s.Dirty() {
		t.Fatalf("autosave without a file: %+v, dirty %v", r, s.Dirty())
	}
	if recs := Recoveries(filepath.Join(dir, "recovery")); len(recs) != 1 || recs[0].Session.Location != "Porto" {
		t.Fatalf("recovery copies: %+v", recs)
	}

	p := filepath.Join(dir, "offsite.json")
	s.Save(p, nil, nil)
	if r := wait(); !r.Saved || !r.Moved || s.Path() != p || s.Dirty() {
		t.Fatalf("save as: %+v, path %q, dirty %v", r, s.Path(), s.Dirty())
	}
	if recs := Recoveries(filepath.Join(dir, "recovery")); len(recs) != 0 {
		t.Errorf("recovery copy left after the save: %+v", recs)
	}

	theirs := sess.Clone()
	theirs.Location = "Changed elsewhere"
	workshop.SaveFile(p, theirs)
	sess.Location = "Mine"
	s.Changed()
	s.AutosaveNow()
	if r := wait(); !r.Conflict || !r.FirstConflict || !r.Recovered || !s.Conflict() {
		t.Fatalf("after another program's change: %+v", r)
	}
	if got, _ := workshop.LoadFile(p); got.Location != "Changed elsewhere" {
		t.Errorf("the other program's change was overwritten: %q", got.Location)
	}
}
