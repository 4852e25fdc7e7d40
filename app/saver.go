package app

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
	defaultAutosaveQuiet   = time.Second
	defaultAutosaveCeiling = 3 * time.Second
)

// autosaveSchedule decides when autosave writes. It is plain arithmetic on
// the times it is given, so tests can replay any rhythm of edits.
type autosaveSchedule struct {
	quiet, ceiling time.Duration
	first          time.Time // oldest change not yet handed to the writer
}

// changed records an edit at now and returns when to write.
func (a *autosaveSchedule) changed(now time.Time) time.Time {
	if a.first.IsZero() {
		a.first = now
	}
	due := now.Add(a.quiet)
	if ceiling := a.first.Add(a.ceiling); ceiling.Before(due) {
		due = ceiling
	}
	return due
}

// taken says every change so far went to the writer.
func (a *autosaveSchedule) taken() { a.first = time.Time{} }

// saver keeps a session safe: explicit saves, the autosave loop, the
// recovery copy for work that has no file to go to, the lock that keeps a
// second editor off the file, and the check that nobody else changed the
// file since it was read.
//
// Fields above the writer's section are touched on the UI goroutine only.
// The writer goroutine gets immutable snapshots and reports back through
// App.Do; nothing is encoded or written on the UI goroutine.
type saver struct {
	sw    *SessionWindow
	path  string
	lock  *safefile.Lock // held while path is open here
	dirty bool           // changes not yet at path (or in the recovery copy, without a path)
	// failed: the last write to path did not happen (the title says so).
	failed bool
	// conflict: path changed on disk under us; nothing is written to it
	// until the facilitator reloads it or keeps this version as a copy.
	conflict bool
	gen      int // bumped on every change; a write carries the gen it saved
	schedule autosaveSchedule
	timer    *time.Timer
	busy     int // explicit saves under way
	// recoveryID names this session's recovery copy. It stays the same for
	// the session's life so repeated autosaves replace one file.
	recoveryID string
	warned     bool // an autosave failure was already shown in a dialog
	// opened is the version read from path (or first saved there), which
	// File > Revert brings back.
	opened   *workshop.Session
	openedAt time.Time

	// The writer's side. writeMu serialises every write, so an older
	// autosave never lands after a newer save.
	writeMu   sync.Mutex
	writeFile func(path string, data []byte, backup bool) error
	// backedUp holds the files whose .bak this sitting has made: the first
	// write keeps the version found on disk, later ones leave it alone, so
	// .bak is the file as it was when opened, not as it was 3 s ago.
	backedUp  map[string]bool
	savedGen  int    // newest gen written to savedPath; guarded by writeMu
	savedPath string // guarded by writeMu
	disk      stamp  // path's content as last read or written; guarded by writeMu
	mu        sync.Mutex
	queue     []*saveJob // guarded by mu
	wake      chan struct{}
	quit      chan struct{}
	finished  chan struct{}
}

type saveJob struct {
	snap *workshop.Session
	path string // "" when the session has no file yet
	gen  int
	// explicit jobs (Save, Save As, closing) are never merged with others
	// and report to done.
	explicit bool
	// toRecovery writes only the recovery copy (closing after a failure).
	toRecovery bool
	// copyOnly writes a copy to path and changes nothing else: the session
	// stays with its file (the version replaced by a revert).
	copyOnly bool
	// lock is the new file's lock for a Save As, adopted when it succeeds.
	lock *safefile.Lock
	// recoveryID names the recovery copy this job writes or retires.
	recoveryID string
	done       func(saveResult) // on the UI goroutine
}

// saveResult says where a job's data ended up.
type saveResult struct {
	job        saveJob
	savedPath  bool  // written to job.path
	recovered  bool  // written to the recovery copy instead
	conflict   bool  // job.path changed on disk since we read it: not written
	err        error // why job.path could not be written
	recoverErr error // why the recovery copy could not be written either
	skipped    bool  // a newer save made this job pointless
}

// stamp identifies a file's content, to notice another program's write.
type stamp struct {
	path string
	sum  [sha256.Size]byte
}

func newSaver(sw *SessionWindow, path string, lock *safefile.Lock) *saver {
	s := &saver{
		sw: sw, path: path, lock: lock,
		schedule:  autosaveSchedule{quiet: sw.App.AutosaveDelay, ceiling: sw.App.AutosaveCeiling},
		writeFile: sw.App.writeFile,
		backedUp:  map[string]bool{},
		wake:      make(chan struct{}, 1), quit: make(chan struct{}), finished: make(chan struct{}),
	}
	if s.writeFile == nil {
		s.writeFile = writeSafely
	}
	if path != "" {
		s.recoveryID = fileRecoveryID(path)
		s.opened = sw.Editor.Session.Clone()
		s.openedAt = sw.App.Now()
	} else {
		s.recoveryID = fmt.Sprintf("unsaved-%d", time.Now().UnixNano())
	}
	go s.loop(path)
	return s
}

func writeSafely(path string, data []byte, backup bool) error {
	return safefile.Write(path, backup, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// changed runs on the UI goroutine after every edit.
func (s *saver) changed() {
	s.dirty = true
	s.gen++
	now := time.Now()
	due := s.schedule.changed(now)
	if s.timer != nil {
		s.timer.Stop()
	}
	do := s.sw.App.Do
	s.timer = time.AfterFunc(due.Sub(now), func() { do(s.autosaveNow) })
}

// snapshot copies the session for the writer, with the running timer's
// time in it.
func (s *saver) snapshot() *workshop.Session {
	if s.sw.Timer != nil {
		s.sw.Timer.Flush()
	}
	if s.timer != nil {
		s.timer.Stop()
	}
	s.schedule.taken()
	return s.sw.Editor.Session.Clone()
}

// autosaveNow hands a copy of the session to the writer; encoding and disk
// I/O happen off the UI goroutine.
func (s *saver) autosaveNow() {
	if s.sw.closed || !s.dirty {
		return
	}
	snap := s.snapshot()
	s.enqueue(&saveJob{snap: snap, path: s.path, gen: s.gen, toRecovery: s.conflict, recoveryID: s.recoveryID})
}

// save hands an explicit save of the session to path to the writer; done
// hears the result on the UI goroutine.
func (s *saver) save(path string, lock *safefile.Lock, done func(saveResult)) {
	snap := s.snapshot()
	s.busy++
	s.enqueue(&saveJob{snap: snap, path: path, gen: s.gen, explicit: true, lock: lock, recoveryID: s.recoveryID, done: func(r saveResult) {
		s.busy--
		if done != nil {
			done(r)
		}
	}})
}

// writeCopy writes the session to path as a copy, leaving the session
// with its own file; done hears the result on the UI goroutine.
func (s *saver) writeCopy(path string, done func(saveResult)) {
	s.busy++
	s.enqueue(&saveJob{snap: s.snapshot(), path: path, explicit: true, copyOnly: true,
		done: func(r saveResult) { s.busy--; done(r) }})
}

// keepInRecovery writes the session to its recovery copy only, for closing
// after a failed save.
func (s *saver) keepInRecovery(done func(saveResult)) {
	s.busy++
	s.enqueue(&saveJob{snap: s.snapshot(), path: s.path, gen: s.gen, explicit: true, toRecovery: true, recoveryID: s.recoveryID,
		done: func(r saveResult) { s.busy--; done(r) }})
}

// enqueue adds a job; an autosave replaces an autosave still waiting, since
// it holds everything the older one did.
func (s *saver) enqueue(job *saveJob) {
	s.mu.Lock()
	if n := len(s.queue); n > 0 && !job.explicit && !s.queue[n-1].explicit {
		s.queue[n-1] = job
	} else {
		s.queue = append(s.queue, job)
	}
	s.mu.Unlock()
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

func (s *saver) next() *saveJob {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.queue) == 0 {
		return nil
	}
	job := s.queue[0]
	s.queue = s.queue[1:]
	return job
}

func (s *saver) loop(path string) {
	defer close(s.finished)
	if path != "" {
		s.writeMu.Lock()
		s.disk, _ = readStamp(path)
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
		for job := s.next(); job != nil; job = s.next() {
			res := s.write(*job)
			if !quitting {
				s.sw.App.Do(func() { s.written(res) })
			} else if job.lock != nil && !res.savedPath {
				job.lock.Release()
			}
		}
		if quitting {
			return
		}
	}
}

// write saves a job to its file, or to the recovery copy when there is no
// file, the file cannot be written, or it changed on disk.
func (s *saver) write(job saveJob) saveResult {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if job.path == "" && !job.toRecovery && s.savedPath != "" {
		// Asked for before a Save As landed: the session lives there now.
		job.path = s.savedPath
	}
	res := saveResult{job: job}
	if job.copyOnly {
		var data []byte
		if data, res.err = encodeSession(job.snap); res.err == nil {
			res.err = s.writeFile(job.path, data, false)
		}
		res.savedPath = res.err == nil
		return res
	}
	if job.path != "" && !job.toRecovery {
		if !job.explicit && job.path == s.savedPath && job.gen <= s.savedGen {
			res.skipped = true
			return res
		}
		var data []byte
		if data, res.err = encodeSession(job.snap); res.err == nil {
			if res.conflict = s.changedOnDisk(job.path); !res.conflict {
				key := absPath(job.path)
				_, statErr := os.Stat(job.path)
				backup := !s.backedUp[key]
				if res.err = s.writeFile(job.path, data, backup); res.err == nil {
					// A new file has nothing to back up yet: its next
					// save keeps this first version.
					if backup && statErr == nil {
						s.backedUp[key] = true
					}
					res.savedPath = true
					s.savedGen, s.savedPath = job.gen, job.path
					s.disk = stampOf(job.path, data)
					s.removeRecovery(job.recoveryID)
					return res
				}
			}
		}
	}
	if res.recoverErr = s.writeRecovery(job.recoveryID, job.snap, job.path); res.recoverErr == nil {
		res.recovered = true
	}
	return res
}

func encodeSession(s *workshop.Session) ([]byte, error) {
	var b bytes.Buffer
	if err := workshop.Encode(&b, s); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// changedOnDisk reports whether path holds something other than what this
// session last read or wrote there: another program, a sync folder or
// another copy of Scaleroom wrote it. A file that is gone, or that this
// session never read, has nothing to protect. Held under writeMu.
func (s *saver) changedOnDisk(path string) bool {
	if s.disk.path == "" || !sameFile(s.disk.path, path) {
		return false
	}
	// The content is compared every time: a sync tool can change a file
	// and keep its size and time (rsync -t). A session file is small, and
	// this runs on the writer goroutine.
	now, err := readStamp(path)
	if err != nil {
		return false
	}
	return now.sum != s.disk.sum
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

// stampOf is the stamp of data just written to path.
func stampOf(path string, data []byte) stamp {
	return stamp{path: path, sum: sha256.Sum256(data)}
}

func sameFile(a, b string) bool { return absPath(a) == absPath(b) }

// written runs on the UI goroutine with what the writer did.
func (s *saver) written(res saveResult) {
	sw := s.sw
	if res.job.done != nil {
		defer res.job.done(res)
	}
	if res.job.copyOnly {
		return
	}
	if sw.closed || res.skipped {
		if res.job.lock != nil && !res.savedPath {
			res.job.lock.Release()
		}
		return
	}
	at := sw.App.Now().Format("15:04")
	switch {
	case res.savedPath:
		if res.job.path != s.path { // a Save As landed: the session moves there
			s.moveTo(res.job.path, res.job.lock, res.job.snap)
		}
		if res.job.gen == s.gen {
			s.dirty = false
		}
		s.failed, s.warned = false, false
		verb := "Autosaved"
		if res.job.explicit {
			verb = "Saved"
		}
		// Time first: the toolbar cuts the end off on a laptop screen.
		sw.Status.SetText(fmt.Sprintf("%s at %s · %s", verb, at, filepath.Base(res.job.path)))
	case res.conflict:
		if res.job.lock != nil {
			res.job.lock.Release()
		}
		if !s.conflict {
			s.conflict = true
			sw.showConflict()
		}
		sw.Status.SetText(fmt.Sprintf("Not saving to %s: it changed on disk · your work is in a recovery copy", filepath.Base(res.job.path)))
	case res.job.toRecovery && res.recovered:
		sw.Status.SetText(fmt.Sprintf("Recovery copy at %s", at))
	case res.job.path == "" && res.recovered:
		sw.Status.SetText(fmt.Sprintf("Not saved yet · recovery copy at %s", at))
	default:
		if res.job.lock != nil {
			res.job.lock.Release()
		}
		if res.job.path == s.path {
			s.failed = true
		}
		msg := fmt.Sprintf("Autosave failed at %s", at)
		if res.job.explicit {
			msg = fmt.Sprintf("Save failed at %s", at)
		}
		if res.recovered {
			msg += " · your work is in a recovery copy"
		}
		sw.Status.SetText(msg)
		if res.job.explicit && res.job.path != s.path {
			// A Save As to a new place failed: the session stays where it was.
			showProblem(sw.App.Window, "Could not save", saveError(res.job.path, res.err))
		} else if !s.warned && res.job.path != "" {
			s.warned = true
			text := saveError(res.job.path, res.err)
			if res.recovered {
				text += "\n\nMeanwhile Scaleroom keeps a recovery copy and will offer it when you next start."
			}
			showProblem(sw.App.Window, "Could not save", text)
		}
	}
	sw.updateTitle()
}

// moveTo makes path the session's file after a Save As landed there.
func (s *saver) moveTo(path string, lock *safefile.Lock, snap *workshop.Session) {
	if lock != nil {
		s.lock.Release()
		s.lock = lock
	}
	s.path = path
	s.conflict = false
	// The recovery copy now belongs to the file.
	s.recoveryID = fileRecoveryID(path)
	s.opened, s.openedAt = snap, s.sw.App.Now()
	s.sw.App.addRecent(path)
	s.sw.App.refreshMenu()
}

// fileRecoveryID names the recovery copy of a session file after the file's
// absolute path, so each file has at most one copy, whoever wrote it.
func fileRecoveryID(path string) string {
	sum := sha256.Sum256([]byte(absPath(path)))
	return "file-" + hex.EncodeToString(sum[:8])
}

// discard forgets changes the facilitator chose not to keep: the autosave
// that would write them is called off, a write already under way is waited
// for, and the recovery copy goes.
func (s *saver) discard() {
	if s.timer != nil {
		s.timer.Stop()
	}
	s.schedule.taken()
	s.mu.Lock()
	s.queue = nil
	s.mu.Unlock()
	s.writeMu.Lock()
	s.removeRecovery(s.recoveryID)
	s.writeMu.Unlock()
	s.dirty = false
}

// stop ends the writer goroutine once what is queued is written, and gives
// up the file's lock.
func (s *saver) stop() {
	if s.timer != nil {
		s.timer.Stop()
	}
	close(s.quit)
	<-s.finished
	s.lock.Release()
	s.lock = nil
}

// handOver passes the file's lock to the session that replaces this one
// (reload, revert), so it is never free in between.
func (s *saver) handOver() *safefile.Lock {
	l := s.lock
	s.lock = nil
	return l
}

func (s *saver) recoveryPaths(id string) (data, origin string) {
	dir := s.sw.App.RecoveryDir
	if dir == "" {
		return "", ""
	}
	return filepath.Join(dir, id+".json"), filepath.Join(dir, id+".origin")
}

// writeRecovery keeps a copy of the session in the recovery folder, with a
// note of the file it belongs to. Held under writeMu.
func (s *saver) writeRecovery(id string, snap *workshop.Session, origin string) error {
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

// removeRecovery deletes the recovery copy once the work is safe elsewhere.
func (s *saver) removeRecovery(id string) {
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
