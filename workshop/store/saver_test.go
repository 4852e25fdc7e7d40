package store

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

	"scaleroom/workshop"
	"scaleroom/workshop/safefile"
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

// TestAutosaveQueuedDuringSaveAsFollowsTheSession: an autosave asked for
// while a Save As was still writing went to the old file and then moved
// the session back there, holding the new file's lock.
func TestAutosaveQueuedDuringSaveAsFollowsTheSession(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json")
	sess := &workshop.Session{Title: "Offsite", Participants: []workshop.Participant{}, Steps: []workshop.Step{}, Actions: []workshop.Action{}}
	if err := workshop.SaveFile(a, sess); err != nil {
		t.Fatal(err)
	}
	lockA, _ := safefile.Acquire(a)
	owner := make(chan func(), 16)
	release := make(chan struct{})
	s := NewSaver(a, lockA, sess.Clone(), Config{
		RecoveryDir: filepath.Join(dir, "recovery"),
		Quiet:       time.Hour, Ceiling: time.Hour,
		Do:       func(f func()) { owner <- f },
		Snapshot: func() *workshop.Session { return sess.Clone() },
		WriteFile: func(path string, data []byte, backup bool) error {
			if path == b {
				<-release // a slow disk under the Save As
			}
			return WriteSafely(path, data, backup)
		},
	})
	defer s.Stop()
	for !s.KnowsDisk() {
		time.Sleep(time.Millisecond)
	}
	lockB, err := safefile.Acquire(b)
	if err != nil {
		t.Fatal(err)
	}
	saved := 0
	s.Save(b, lockB, func(Result) { saved++ })
	sess.Location = "typed during the Save As"
	s.Changed()
	s.AutosaveNow()
	close(release)
	for saved == 0 || s.Busy() || s.Dirty() {
		select {
		case f := <-owner:
			f()
		case <-time.After(10 * time.Second):
			t.Fatal("the saves never finished")
		}
	}
	if s.Path() != b {
		t.Fatalf("the session is at %s, want %s", s.Path(), b)
	}
	if got, _ := workshop.LoadFile(b); got.Location != "typed during the Save As" {
		t.Errorf("b.json holds %q", got.Location)
	}
	if got, _ := workshop.LoadFile(a); got.Location != "" {
		t.Errorf("the file left behind was written: %q", got.Location)
	}
	if _, err := safefile.Acquire(b); !errors.Is(err, safefile.ErrLocked) {
		t.Errorf("b.json is not locked: %v", err)
	}
	if l, err := safefile.Acquire(a); err != nil {
		t.Errorf("a.json is still locked: %v", err)
	} else {
		l.Release()
	}
}

// TestDiscardStopsAJobAlreadyTaken: a write the writer had taken before
// Don't save must not bring a recovery copy back.
func TestDiscardStopsAJobAlreadyTaken(t *testing.T) {
	dir := t.TempDir()
	rec := filepath.Join(dir, "recovery")
	sess := &workshop.Session{Title: "Never saved", Participants: []workshop.Participant{}, Steps: []workshop.Step{}, Actions: []workshop.Action{}}
	s := NewSaver("", nil, nil, Config{RecoveryDir: rec, Quiet: time.Hour, Ceiling: time.Hour,
		Do: func(func()) {}, Snapshot: func() *workshop.Session { return sess.Clone() }})
	s.writeMu.Lock() // the writer takes the job, then waits for the lock
	s.Changed()
	s.AutosaveNow()
	for {
		s.mu.Lock()
		n := len(s.queue)
		s.mu.Unlock()
		if n == 0 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	go func() { time.Sleep(50 * time.Millisecond); s.writeMu.Unlock() }()
	s.Discard() // waits for the lock, as the UI does
	s.Stop()
	if recs := Recoveries(rec); len(recs) != 0 {
		t.Errorf("a recovery copy came back after Discard: %+v", recs)
	}
}
