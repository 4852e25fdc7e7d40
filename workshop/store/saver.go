// Package store keeps sessions safe on disk for the app, without Fyne: one
// writer per open session that autosaves on a schedule and runs explicit
// saves, recovery copies of work that has no file to go to, the check that
// nobody else changed the file, and the list of recent files. The app hands
// it a way to run code on its UI goroutine and hears results through
// callbacks.
package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	"scaleroom/workshop"
	"scaleroom/workshop/safefile"
)

// Autosave writes after a pause in editing, and never later than the
// ceiling after the first change not yet written, however fast changes
// keep coming: a facilitator recording a round types a key every second or
// two for minutes, and a quiet wait alone would never write during it.
const (
	DefaultQuiet   = time.Second
	DefaultCeiling = 3 * time.Second
)

// Schedule decides when autosave writes. It is plain arithmetic on the
// times it is given, so tests can replay any rhythm of edits.
type Schedule struct {
	Quiet, Ceiling time.Duration
	first          time.Time // oldest change not yet handed to the writer
}

// Changed records an edit at now and returns when to write.
func (a *Schedule) Changed(now time.Time) time.Time {
	if a.first.IsZero() {
		a.first = now
	}
	due := now.Add(a.Quiet)
	if ceiling := a.first.Add(a.Ceiling); ceiling.Before(due) {
		due = ceiling
	}
	return due
}

// Taken says every change so far went to the writer.
func (a *Schedule) Taken() { a.first = time.Time{} }

// Config is what a Saver needs from the app.
type Config struct {
	// RecoveryDir holds recovery copies; "" turns them off.
	RecoveryDir string
	Quiet       time.Duration
	Ceiling     time.Duration
	// Do runs f on the owner's goroutine (the UI goroutine).
	Do func(f func())
	// Snapshot copies the session for the writer, on the owner's
	// goroutine, with anything pending in it (the running timer).
	Snapshot func() *workshop.Session
	// Written hears every result on the owner's goroutine, after the
	// saver's own bookkeeping.
	Written func(Result)
	// WriteFile writes data atomically; nil means WriteSafely. Tests slow
	// it down or make it fail.
	WriteFile func(path string, data []byte, backup bool) error
	// Now stamps the version opened; nil means time.Now.
	Now func() time.Time
}

// Saver keeps one open session safe. Its methods run on the owner's
// goroutine; the writer goroutine gets immutable snapshots and reports
// back through Config.Do, so nothing is encoded or written on the owner's
// goroutine.
type Saver struct {
	cfg      Config
	path     string
	lock     *safefile.Lock // held while path is open here
	dirty    bool           // changes not yet at path (or in the recovery copy, without a path)
	failed   bool           // the last write to path did not happen
	conflict bool           // path changed on disk under us: not written until resolved
	gen      int            // bumped on every change; a write carries the gen it saved
	schedule Schedule
	timer    *time.Timer
	busy     int // explicit saves under way
	stopped  bool
	// epoch counts Discards: a job queued before one is not written.
	epoch int
	// recoveryID names this session's recovery copy. It stays the same for
	// the session's life so repeated autosaves replace one file.
	recoveryID string
	// opened is the version read from path (or first saved there), which a
	// revert brings back.
	opened   *workshop.Session
	openedAt time.Time

	// The writer's side. writeMu serialises every write, so an older
	// autosave never lands after a newer save.
	writeMu sync.Mutex
	// backedUp holds the files whose .bak this sitting has made: the first
	// write keeps the version found on disk, later ones leave it alone, so
	// .bak is the file as it was when opened, not as it was 3 s ago.
	backedUp  map[string]bool
	savedGen  int    // newest gen written to savedPath
	savedPath string // where the newest save went
	disk      stamp  // path's content as last read or written
	// moved maps a file the session left by a Save As to where it went,
	// so saves queued for the old file follow it instead of writing there.
	moved       map[string]string
	writerEpoch int // the epoch of the last Discard
	mu          sync.Mutex
	queue       []*job // guarded by mu
	wake        chan struct{}
	quit        chan struct{}
	finished    chan struct{}
}

type job struct {
	snap *workshop.Session
	path string // "" when the session has no file yet
	gen  int
	// explicit jobs (Save, Save As, closing) are never merged with others
	// and report to done.
	explicit bool
	// toRecovery writes only the recovery copy (closing after a failure).
	toRecovery bool
	// copyOnly writes a copy to path and changes nothing else.
	copyOnly bool
	// saveAs moves the session to path when the save lands; lock is the
	// new file's lock, adopted then.
	saveAs bool
	from   string // the session's file when the Save As was asked for
	lock   *safefile.Lock
	epoch  int
	// recoveryID names the recovery copy this job writes or retires.
	recoveryID string
	done       func(Result)
}

// Result says where a save's data ended up.
type Result struct {
	Path       string // the file the save was for ("" without one)
	Explicit   bool   // a Save, Save As, copy or closing save, not an autosave
	ToRecovery bool   // only the recovery copy was asked for
	CopyOnly   bool   // a copy, which changes nothing about the session

	Saved     bool  // written to Path
	Recovered bool  // written to the recovery copy instead
	Conflict  bool  // Path changed on disk since it was read: not written
	Skipped   bool  // a newer save made this one pointless
	Err       error // why Path could not be written
	// RecoverErr says why the recovery copy could not be written either.
	RecoverErr error

	// Set by the saver's bookkeeping before Written hears the result:
	Moved         bool // a Save As landed: the session's file is now Path
	FirstConflict bool // this result found the conflict
	Current       bool // the save holds every change made so far
}

// stamp identifies a file's content, to notice another program's write.
type stamp struct {
	path string
	sum  [sha256.Size]byte
}

// Handover is what a session passes to the one replacing it on the same
// file (reload, revert): the file's lock, so it is never free in between,
// and which backups this sitting already made.
type Handover struct {
	Lock     *safefile.Lock
	backedUp map[string]bool
	// disk is what the file held as this session last knew it. A revert
	// keeps it, so a change another program made since is still noticed;
	// a reload reads the file afresh and does not.
	disk stamp
}

// Fresh forgets what the file held, for a session that reads it again.
func (h Handover) Fresh() Handover {
	h.disk = stamp{}
	return h
}

// NewSaver starts the writer for a session at path ("" for none yet),
// holding lock, whose content on opening was opened.
func NewSaver(path string, lock *safefile.Lock, opened *workshop.Session, cfg Config) *Saver {
	if cfg.WriteFile == nil {
		cfg.WriteFile = WriteSafely
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	s := &Saver{
		cfg: cfg, path: path, lock: lock,
		schedule: Schedule{Quiet: cfg.Quiet, Ceiling: cfg.Ceiling},
		backedUp: map[string]bool{},
		moved:    map[string]string{},
		wake:     make(chan struct{}, 1), quit: make(chan struct{}), finished: make(chan struct{}),
	}
	if path != "" {
		s.recoveryID = FileRecoveryID(path)
		s.opened, s.openedAt = opened, cfg.Now()
	} else {
		s.recoveryID = fmt.Sprintf("unsaved-%d", time.Now().UnixNano())
	}
	go s.loop(path)
	return s
}

// WriteSafely writes data to path atomically (see safefile.Write).
func WriteSafely(path string, data []byte, backup bool) error {
	return safefile.Write(path, backup, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// Path is the session's file, "" before it is first saved.
func (s *Saver) Path() string { return s.path }

// Dirty reports changes not yet written.
func (s *Saver) Dirty() bool { return s.dirty }

// Failed reports that the last write to the file did not happen.
func (s *Saver) Failed() bool { return s.failed }

// Conflict reports that the file changed on disk under the session, which
// then writes only its recovery copy until Resolve or a move.
func (s *Saver) Conflict() bool { return s.conflict }

// Busy reports explicit saves still under way.
func (s *Saver) Busy() bool { return s.busy > 0 }

// Opened is the version opened (or first saved) and when, for a revert;
// nil before the session has a file.
func (s *Saver) Opened() (*workshop.Session, time.Time) { return s.opened, s.openedAt }

// SetOpened replaces the version a revert brings back.
func (s *Saver) SetOpened(sess *workshop.Session, at time.Time) { s.opened, s.openedAt = sess, at }

// RecoveryID names the session's recovery copy.
func (s *Saver) RecoveryID() string { return s.recoveryID }

// SetRecoveryID makes the saver write (and in the end retire) the recovery
// copy a recovered session came from.
func (s *Saver) SetRecoveryID(id string) { s.recoveryID = id }

// Forget marks the session as having nothing left to write, for closing
// after the facilitator accepted that a failed save loses the last edits.
func (s *Saver) Forget() { s.dirty = false }

// SetSchedule changes the autosave timing (tests).
func (s *Saver) SetSchedule(quiet, ceiling time.Duration) {
	s.schedule = Schedule{Quiet: quiet, Ceiling: ceiling}
}

// KnowsDisk reports whether the writer has read the file's content, which
// it does when it starts, to notice another program's later changes.
func (s *Saver) KnowsDisk() bool {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	return s.disk.path != ""
}

// Changed records an edit and schedules the autosave.
func (s *Saver) Changed() {
	s.dirty = true
	s.gen++
	now := time.Now()
	due := s.schedule.Changed(now)
	if s.timer != nil {
		s.timer.Stop()
	}
	do := s.cfg.Do
	s.timer = time.AfterFunc(due.Sub(now), func() { do(s.AutosaveNow) })
}

// snapshot copies the session for the writer; every change so far goes
// with it.
func (s *Saver) snapshot() *workshop.Session {
	snap := s.cfg.Snapshot() // may record an edit (the timer): before the reset
	if s.timer != nil {
		s.timer.Stop()
	}
	s.schedule.Taken()
	return snap
}

// AutosaveNow hands a copy of the session to the writer if anything
// changed.
func (s *Saver) AutosaveNow() {
	if !s.dirty || s.stopped {
		return
	}
	snap := s.snapshot()
	s.enqueue(&job{snap: snap, path: s.path, gen: s.gen, toRecovery: s.conflict, recoveryID: s.recoveryID})
}

// Save writes the session to path: its own file, or a new one for a Save
// As, whose lock the caller has taken (the session moves there when the
// save lands). done hears the result after Written.
func (s *Saver) Save(path string, lock *safefile.Lock, done func(Result)) {
	snap := s.snapshot()
	saveAs := absPath(path) != absPath(s.path)
	s.explicit(&job{snap: snap, path: path, gen: s.gen, saveAs: saveAs, from: s.path, lock: lock, recoveryID: s.recoveryID}, done)
}

// WriteCopy writes the session to path as a copy; the session stays with
// its own file.
func (s *Saver) WriteCopy(path string, done func(Result)) {
	s.explicit(&job{snap: s.snapshot(), path: path, copyOnly: true}, done)
}

// KeepInRecovery writes the session to its recovery copy only, for closing
// after a failed save.
func (s *Saver) KeepInRecovery(done func(Result)) {
	s.explicit(&job{snap: s.snapshot(), path: s.path, gen: s.gen, toRecovery: true, recoveryID: s.recoveryID}, done)
}

func (s *Saver) explicit(j *job, done func(Result)) {
	j.explicit = true
	s.busy++
	j.done = func(r Result) {
		s.busy--
		if done != nil {
			done(r)
		}
	}
	s.enqueue(j)
}

// enqueue adds a job; an autosave replaces an autosave still waiting, since
// it holds everything the older one did.
func (s *Saver) enqueue(j *job) {
	j.epoch = s.epoch
	s.mu.Lock()
	if n := len(s.queue); n > 0 && !j.explicit && !s.queue[n-1].explicit {
		s.queue[n-1] = j
	} else {
		s.queue = append(s.queue, j)
	}
	s.mu.Unlock()
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

func (s *Saver) next() *job {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.queue) == 0 {
		return nil
	}
	j := s.queue[0]
	s.queue = s.queue[1:]
	return j
}

func (s *Saver) loop(path string) {
	defer close(s.finished)
	if path != "" {
		s.writeMu.Lock()
		if s.disk.path == "" { // not handed over by the session before
			s.disk, _ = readStamp(path)
		}
		s.writeMu.Unlock()
	}
	for {
		quitting := false
		select {
		case <-s.quit:
			quitting = true
		case <-s.wake:
		}
		// Whatever is queued is written, even when the session is being
		// put away: the queue holds the facilitator's latest work.
		for j := s.next(); j != nil; j = s.next() {
			res := s.write(j)
			if !quitting {
				s.cfg.Do(func() { s.settle(j, res) })
			} else {
				j.lock.Release() // nobody will adopt it now
			}
		}
		if quitting {
			return
		}
	}
}

// write saves a job to its file, or to the recovery copy when there is no
// file, the file cannot be written, or it changed on disk.
func (s *Saver) write(j *job) Result {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if j.epoch < s.writerEpoch {
		// Queued before the facilitator discarded the changes.
		return Result{Path: j.path, Explicit: j.explicit, Skipped: true}
	}
	switch {
	case j.path == "" && !j.toRecovery && s.savedPath != "":
		// Asked for before a Save As landed: the session lives there now.
		j.path = s.savedPath
	case !j.saveAs && !j.copyOnly:
		// Asked for on a file a Save As has since left: follow the session
		// (a chain never longer than the moves made).
		for range len(s.moved) {
			to, ok := s.moved[absPath(j.path)]
			if !ok {
				break
			}
			j.path = to
		}
	}
	res := Result{Path: j.path, Explicit: j.explicit, ToRecovery: j.toRecovery, CopyOnly: j.copyOnly}
	if j.copyOnly {
		var data []byte
		if data, res.Err = encode(j.snap); res.Err == nil {
			res.Err = s.cfg.WriteFile(j.path, data, false)
		}
		res.Saved = res.Err == nil
		return res
	}
	if j.path != "" && !j.toRecovery {
		if !j.explicit && j.path == s.savedPath && j.gen <= s.savedGen {
			res.Skipped = true
			return res
		}
		if s.writeFile(j, &res) {
			return res
		}
	}
	if res.RecoverErr = s.writeRecovery(j.recoveryID, j.snap, j.path); res.RecoverErr == nil {
		res.Recovered = true
	}
	return res
}

// writeFile writes a job to its file unless the file changed on disk,
// reporting whether it did. Held under writeMu.
func (s *Saver) writeFile(j *job, res *Result) bool {
	data, err := encode(j.snap)
	if err != nil {
		res.Err = err
		return false
	}
	if res.Conflict = s.changedOnDisk(j.path); res.Conflict {
		return false
	}
	key := absPath(j.path)
	_, statErr := os.Stat(j.path)
	backup := !s.backedUp[key]
	if res.Err = s.cfg.WriteFile(j.path, data, backup); res.Err != nil {
		return false
	}
	// A new file has nothing to back up yet: its next save keeps this
	// first version.
	if backup && statErr == nil {
		s.backedUp[key] = true
	}
	res.Saved = true
	if j.saveAs && j.from != "" && absPath(j.from) != absPath(j.path) {
		s.moved[absPath(j.from)] = j.path
		delete(s.moved, absPath(j.path)) // back on a file it had left
	}
	s.savedGen, s.savedPath = j.gen, j.path
	s.disk = stamp{path: j.path, sum: sha256.Sum256(data)}
	s.removeRecovery(j.recoveryID)
	return true
}

func encode(s *workshop.Session) ([]byte, error) {
	var b bytes.Buffer
	if err := workshop.Encode(&b, s); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// changedOnDisk reports whether path holds something other than what this
// session last read or wrote there: another program, a sync folder or
// another copy of Scaleroom wrote it. A file that is gone, or that this
// session never read, has nothing to protect. The content is compared
// every time: a sync tool can change a file and keep its size and time
// (rsync -t), and a session file is small. Held under writeMu.
func (s *Saver) changedOnDisk(path string) bool {
	if s.disk.path == "" || absPath(s.disk.path) != absPath(path) {
		return false
	}
	now, err := readStamp(path)
	return err == nil && now.sum != s.disk.sum
}

// readStamp reads a file's stamp; a session file is at most a few MiB.
func readStamp(path string) (stamp, error) {
	f, err := safefile.Open(path) // a pipe put in its place must not hang the writer
	if err != nil {
		return stamp{}, err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, io.LimitReader(f, workshop.MaxFileSize+1)); err != nil {
		return stamp{}, err
	}
	st := stamp{path: path}
	h.Sum(st.sum[:0])
	return st, nil
}

// settle does the saver's bookkeeping for a result on the owner's
// goroutine, then tells the app and the job's caller.
func (s *Saver) settle(j *job, res Result) {
	if s.stopped {
		// The session was put away meanwhile: nothing to update or tell.
		j.lock.Release()
		return
	}
	if !res.CopyOnly && !res.Skipped {
		switch {
		case res.Saved:
			if j.saveAs && absPath(j.path) != absPath(s.path) { // the session moves there
				s.moveTo(j.path, j.lock, j.snap)
				res.Moved = true
			}
			res.Current = j.gen == s.gen
			if res.Current {
				s.dirty = false
			}
			s.failed = false
		case res.Conflict:
			res.FirstConflict = !s.conflict
			s.conflict = true
		case res.ToRecovery, j.path == "":
			// Only the recovery copy was asked for, or there is no file.
		case j.path == s.path:
			s.failed = true
		}
	}
	if j.lock != nil && !res.Moved {
		j.lock.Release()
	}
	if s.cfg.Written != nil {
		s.cfg.Written(res)
	}
	if j.done != nil {
		j.done(res)
	}
}

// moveTo makes path the session's file after a Save As landed there.
func (s *Saver) moveTo(path string, lock *safefile.Lock, snap *workshop.Session) {
	if lock != nil {
		s.lock.Release()
		s.lock = lock
	}
	s.path = path
	s.conflict = false
	// The recovery copy now belongs to the file.
	s.recoveryID = FileRecoveryID(path)
	s.opened, s.openedAt = snap, s.cfg.Now()
}

// FileRecoveryID names the recovery copy of a session file after the
// file's absolute path, so each file has at most one copy, whoever wrote it.
func FileRecoveryID(path string) string {
	sum := sha256.Sum256([]byte(absPath(path)))
	return "file-" + hex.EncodeToString(sum[:8])
}

// Discard forgets changes the facilitator chose not to keep: the autosave
// that would write them is called off, a write already under way is waited
// for, and the recovery copy goes.
func (s *Saver) Discard() {
	if s.timer != nil {
		s.timer.Stop()
	}
	s.schedule.Taken()
	s.epoch++
	s.mu.Lock()
	dropped := s.queue
	s.queue = nil
	s.mu.Unlock()
	s.writeMu.Lock()
	// A job the writer took but has not started sees this and skips.
	s.writerEpoch = s.epoch
	s.removeRecovery(s.recoveryID)
	s.writeMu.Unlock()
	s.dirty = false
	for _, j := range dropped {
		j.lock.Release()
		if j.done != nil {
			j.done(Result{Path: j.path, Explicit: j.explicit, Skipped: true})
		}
	}
}

// Stop ends the writer goroutine once what is queued is written, and gives
// up the file's lock.
func (s *Saver) Stop() {
	if s.timer != nil {
		s.timer.Stop()
	}
	s.stopped = true
	close(s.quit)
	<-s.finished
	s.lock.Release()
	s.lock = nil
}

// HandOver passes the file to the session that replaces this one. Call it
// before Stop; the saver keeps no lock.
func (s *Saver) HandOver() Handover {
	s.writeMu.Lock()
	h := Handover{Lock: s.lock, backedUp: s.backedUp, disk: s.disk}
	s.writeMu.Unlock()
	s.lock = nil
	return h
}

// TakeOver continues a sitting handed over, before the first write.
func (s *Saver) TakeOver(h Handover) {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if h.backedUp != nil {
		s.backedUp = h.backedUp
	}
	if h.disk.path != "" {
		s.disk = h.disk
	}
}

func (s *Saver) recoveryPaths(id string) (data, origin string) {
	return RecoveryPaths(s.cfg.RecoveryDir, id)
}

// writeRecovery keeps a copy of the session in the recovery folder, with a
// note of the file it belongs to. Held under writeMu.
func (s *Saver) writeRecovery(id string, snap *workshop.Session, origin string) error {
	data, org := s.recoveryPaths(id)
	if data == "" {
		return fmt.Errorf("no folder for recovery copies")
	}
	if err := os.MkdirAll(filepath.Dir(data), 0o700); err != nil {
		return err
	}
	if err := safefile.Write(org, false, func(w io.Writer) error {
		_, err := io.WriteString(w, absPath(origin))
		return err
	}); err != nil {
		return err
	}
	return safefile.Write(data, false, func(w io.Writer) error { return workshop.Encode(w, snap) })
}

// removeRecovery deletes a recovery copy once the work is safe elsewhere.
func (s *Saver) removeRecovery(id string) {
	data, org := s.recoveryPaths(id)
	if data != "" {
		os.Remove(data)
		os.Remove(org)
	}
}

func absPath(p string) string {
	if p == "" {
		return ""
	}
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}
