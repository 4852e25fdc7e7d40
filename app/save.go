package app

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"scaleroom/workshop"
	"scaleroom/workshop/safefile"
)

// saver keeps a session safe: explicit saves, the autosave loop, and the
// recovery copy for work that has no file to go to.
//
// Fields without a lock are touched on the UI goroutine only. The writer
// goroutine gets immutable snapshots and reports back through App.Do.
type saver struct {
	sw    *SessionWindow
	path  string
	dirty bool
	gen   int // bumped on every change; a write carries the gen it saved
	timer *time.Timer
	// recoveryID names this session's recovery copy. It stays the same for
	// the session's life so repeated autosaves replace one file.
	recoveryID string
	warned     bool // an autosave failure was already shown in a dialog

	// writeMu serialises every write to disk, so an older autosave can never
	// land after a newer explicit save.
	writeMu  sync.Mutex
	savedGen int // newest gen on disk at path; guarded by writeMu
	mu       sync.Mutex
	pending  *saveJob // guarded by mu
	wake     chan struct{}
	quit     chan struct{}
	finished chan struct{}
}

type saveJob struct {
	snap *workshop.Session
	path string // "" to write only the recovery copy
	gen  int
}

// saveResult says where a job's data ended up.
type saveResult struct {
	job        saveJob
	savedPath  bool  // written to job.path
	recovered  bool  // written to the recovery copy instead
	err        error // why job.path could not be written
	recoverErr error // why the recovery copy could not be written either
	skipped    bool  // a newer explicit save made this job pointless
}

func newSaver(sw *SessionWindow, path string) *saver {
	s := &saver{sw: sw, path: path, wake: make(chan struct{}, 1), quit: make(chan struct{}), finished: make(chan struct{})}
	if path != "" {
		s.recoveryID = fileRecoveryID(path)
	} else {
		s.recoveryID = fmt.Sprintf("unsaved-%d", time.Now().UnixNano())
	}
	go s.loop()
	return s
}

// changed runs on the UI goroutine after every edit.
func (s *saver) changed() {
	s.dirty = true
	s.gen++
	if s.timer != nil {
		s.timer.Stop()
	}
	do := s.sw.App.Do
	s.timer = time.AfterFunc(s.sw.App.AutosaveDelay, func() { do(s.autosaveNow) })
}

// autosaveNow snapshots the session on the UI goroutine and hands the copy
// to the writer; encoding and disk I/O happen off the UI goroutine.
func (s *saver) autosaveNow() {
	if s.sw.closed || !s.dirty {
		return
	}
	job := &saveJob{snap: s.sw.Editor.Session.Clone(), path: s.path, gen: s.gen}
	s.mu.Lock()
	s.pending = job // a newer snapshot replaces one not yet written
	s.mu.Unlock()
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

func (s *saver) loop() {
	defer close(s.finished)
	for {
		select {
		case <-s.quit:
			return
		case <-s.wake:
		}
		s.mu.Lock()
		job := s.pending
		s.pending = nil
		s.mu.Unlock()
		if job == nil {
			continue
		}
		res := s.write(*job)
		s.sw.App.Do(func() { s.autosaved(res) })
	}
}

// write saves a job to its file, or to the recovery copy when there is no
// file or the file cannot be written.
func (s *saver) write(job saveJob) saveResult {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	res := saveResult{job: job}
	if job.path != "" && job.gen <= s.savedGen {
		res.skipped = true
		return res
	}
	if job.path != "" {
		if res.err = workshop.SaveFile(job.path, job.snap); res.err == nil {
			res.savedPath = true
			s.savedGen = job.gen
			s.removeRecovery()
			return res
		}
	}
	if res.recoverErr = s.writeRecovery(job.snap, job.path); res.recoverErr == nil {
		res.recovered = true
	}
	return res
}

// autosaved runs on the UI goroutine with what the writer did.
func (s *saver) autosaved(res saveResult) {
	sw := s.sw
	if sw.closed || res.skipped {
		return
	}
	at := sw.App.Now().Format("15:04")
	switch {
	case res.savedPath:
		if res.job.gen == s.gen && res.job.path == s.path {
			s.dirty = false
		}
		s.warned = false
		// Time first: the toolbar cuts the end off on a laptop screen.
		sw.Status.SetText(fmt.Sprintf("Autosaved at %s · %s", at, filepath.Base(res.job.path)))
	case res.job.path == "" && res.recovered:
		sw.Status.SetText(fmt.Sprintf("Not saved yet · recovery copy at %s", at))
	default:
		msg := fmt.Sprintf("Autosave failed at %s", at)
		if res.recovered {
			msg += " · your work is in a recovery copy"
		}
		sw.Status.SetText(msg)
		if !s.warned {
			s.warned = true
			text := "Autosave could not write your work anywhere. Keep this window open and use Save As to save it to another folder."
			if res.err != nil {
				text = saveError(res.job.path, res.err)
				if res.recovered {
					text += "\n\nMeanwhile Scaleroom keeps a recovery copy and will offer it when you next start."
				}
			}
			showProblem(sw.App.Window, "Autosave failed", text)
		}
	}
	sw.updateTitle()
}

// saveNow writes the session to path on the calling (UI) goroutine; explicit
// saves are rare and the facilitator expects them to be done when the
// status says so.
func (s *saver) saveNow(path string) error {
	snap := s.sw.Editor.Session.Clone()
	gen := s.gen
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if err := workshop.SaveFile(path, snap); err != nil {
		return err
	}
	s.savedGen = gen
	s.path = path
	if s.gen == gen {
		s.dirty = false
	}
	s.removeRecovery()
	// The recovery copy now belongs to the file.
	s.recoveryID = fileRecoveryID(path)
	return nil
}

// fileRecoveryID names the recovery copy of a session file after the file's
// absolute path, so each file has at most one copy, whoever wrote it.
func fileRecoveryID(path string) string {
	sum := sha256.Sum256([]byte(absPath(path)))
	return "file-" + hex.EncodeToString(sum[:8])
}

// stop ends the writer goroutine; a write in progress finishes first.
// discard forgets changes the facilitator chose not to save: the autosave
// that would write them is called off, a write already under way is waited
// for, and the recovery copy goes.
func (s *saver) discard() {
	if s.timer != nil {
		s.timer.Stop()
	}
	s.mu.Lock()
	s.pending = nil
	s.mu.Unlock()
	s.writeMu.Lock()
	s.removeRecovery()
	s.writeMu.Unlock()
	s.dirty = false
}

func (s *saver) stop() {
	if s.timer != nil {
		s.timer.Stop()
	}
	close(s.quit)
	<-s.finished
}

func (s *saver) recoveryPaths() (data, origin string) {
	dir := s.sw.App.RecoveryDir
	if dir == "" {
		return "", ""
	}
	return filepath.Join(dir, s.recoveryID+".json"), filepath.Join(dir, s.recoveryID+".origin")
}

// writeRecovery keeps a copy of the session in the recovery folder, with a
// note of the file it belongs to. Held under writeMu.
func (s *saver) writeRecovery(snap *workshop.Session, origin string) error {
	data, org := s.recoveryPaths()
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
func (s *saver) removeRecovery() {
	data, org := s.recoveryPaths()
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

// Save writes the session to its file, or asks for one the first time.
// done, when set, hears whether the session ended up saved.
func (sw *SessionWindow) Save(done func(ok bool)) {
	if sw.saver.path == "" {
		sw.SaveAs(done)
		return
	}
	sw.saveTo(sw.saver.path, done)
}

// SaveAs asks for a file and saves the session there.
func (sw *SessionWindow) SaveAs(done func(ok bool)) {
	suggested := workshop.FileSlug(sw.Editor.Session.Title)
	if suggested == "" {
		suggested = "session"
	}
	sw.App.pick(true, suggested+".json", func(path string) {
		if path == "" {
			if done != nil {
				done(false)
			}
			return
		}
		sw.saveTo(withJSONExt(path), done)
	})
}

func (sw *SessionWindow) saveTo(path string, done func(ok bool)) {
	if err := sw.saver.saveNow(path); err != nil {
		showProblem(sw.App.Window, "Could not save", saveError(path, err))
		sw.Status.SetText("Save failed · your work is still in this window")
		if done != nil {
			done(false)
		}
		return
	}
	sw.App.addRecent(path)
	sw.Status.SetText(fmt.Sprintf("Saved at %s · %s", sw.App.Now().Format("15:04"), filepath.Base(path)))
	sw.updateTitle()
	if done != nil {
		done(true)
	}
}

// SaveAsTemplate asks for a name and a one-line description and stores the
// session's agenda as one of the user's templates.
func (sw *SessionWindow) SaveAsTemplate() {
	name := widget.NewEntry()
	name.SetText(sw.Editor.Session.Title)
	desc := widget.NewEntry()
	desc.SetPlaceHolder("One line shown when picking a template")
	items := []*widget.FormItem{
		widget.NewFormItem("Name", name),
		widget.NewFormItem("Description", desc),
	}
	d := dialog.NewForm("Save as template", "Save template", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		sw.saveTemplate(name.Text, desc.Text)
	}, sw.App.Window)
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

func (sw *SessionWindow) saveTemplate(name, desc string) {
	name = strings.TrimSpace(name)
	if name == "" {
		showProblem(sw.App.Window, "Template not saved", "A template needs a name.")
		return
	}
	t := workshop.TemplateFrom(sw.Editor.Session, workshop.Slug(name), name, strings.TrimSpace(desc))
	if _, err := sw.App.Library.Save(t); err != nil {
		showProblem(sw.App.Window, "Template not saved", fmt.Sprintf("Could not save the template %q: %v.", name, err))
		return
	}
	sw.Status.SetText(fmt.Sprintf("Template %q saved", name))
}

// whenSafe runs next once the session is safe to put away: at once when
// nothing is unsaved, otherwise after asking whether to save the changes.
func (sw *SessionWindow) whenSafe(next func()) {
	if !sw.saver.dirty {
		next()
		return
	}
	if sw.saver.path != "" {
		// Autosave writes within seconds, so these are the last few edits.
		sw.askSave("Save changes?",
			fmt.Sprintf("Your latest changes are not in %s yet.\nSave them before closing?", filepath.Base(sw.saver.path)),
			"Save", func() {
				if err := sw.saver.saveNow(sw.saver.path); err != nil {
					sw.askLeaveAfterFailure(err, next)
					return
				}
				next()
			}, next)
		return
	}
	title := strings.TrimSpace(sw.Editor.Session.Title)
	if title == "" {
		title = "this session"
	}
	sw.askSave("Save before closing?",
		fmt.Sprintf("%q has never been saved to a file.\nSave it before closing, or your changes will be lost.", title),
		"Save…", func() {
			sw.SaveAs(func(ok bool) {
				if ok {
					next()
				}
			})
		}, next)
}

// askSave offers Save, Don't save and Cancel. Don't save calls off the
// pending autosave and drops the recovery copy (see discard), then runs next.
func (sw *SessionWindow) askSave(title, message, saveLabel string, save, next func()) {
	msg := widget.NewLabel(message)
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons(title, msg, sw.App.Window)
	saveBtn := widget.NewButton(saveLabel, func() {
		d.Hide()
		save()
	})
	saveBtn.Importance = widget.HighImportance
	discard := widget.NewButton("Don't save", func() {
		d.Hide()
		sw.saver.discard()
		next()
	})
	discard.Importance = widget.DangerImportance
	cancel := widget.NewButton("Cancel", func() { d.Hide() })
	d.SetButtons([]fyne.CanvasObject{cancel, discard, saveBtn})
	d.Resize(fyne.NewSize(460, 0))
	d.Show()
}

func (sw *SessionWindow) askLeaveAfterFailure(err error, next func()) {
	sw.saver.writeMu.Lock()
	recErr := sw.saver.writeRecovery(sw.Editor.Session.Clone(), sw.saver.path)
	sw.saver.writeMu.Unlock()
	text := saveError(sw.saver.path, err)
	if recErr == nil {
		text += "\n\nA recovery copy was kept: Scaleroom will offer it when you next start."
	} else {
		text += "\n\nNo recovery copy could be kept either: if you close now, the latest changes are lost."
	}
	dialog.ShowCustomConfirm("Could not save", "Close anyway", "Stay", widget.NewLabel(text), func(leave bool) {
		if leave {
			sw.saver.dirty = false
			next()
		}
	}, sw.App.Window)
}

// withJSONExt adds .json when the name has no extension of ours; the file
// save dialog does not do it.
func withJSONExt(path string) string { return withExt(path, ".json") }

// withExt adds ext to path unless it already ends with it, in any case.
func withExt(path, ext string) string {
	if strings.EqualFold(filepath.Ext(path), ext) {
		return path
	}
	return path + ext
}

var jsonFilter = storage.NewExtensionFileFilter([]string{".json"})

func showOpenDialog(w fyne.Window, done func(path string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			showProblem(w, "Could not open", fmt.Sprintf("The file could not be opened: %v.", err))
			return
		}
		if r == nil { // cancelled
			return
		}
		path := r.URI().Path()
		r.Close()
		done(path)
	}, w)
	d.SetFilter(jsonFilter)
	d.SetConfirmText("Open")
	d.Resize(fyne.NewSize(880, 600))
	d.Show()
}

func showSaveDialog(w fyne.Window, suggested string, done func(path string)) {
	showFileSaveDialog(w, suggested, ".json", "Save", done)
}

// showFileSaveDialog asks where to write a file with extension ext, adding
// the extension when the name lacks it (Fyne's dialog does not). done gets
// "" when the facilitator cancels or the file cannot be created.
func showFileSaveDialog(w fyne.Window, suggested, ext, confirm string, done func(path string)) {
	keepFilesUntilWritten() // the dialog would empty an existing file first
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			showProblem(w, "Could not "+strings.ToLower(confirm), fmt.Sprintf("The file could not be created: %v.", err))
			done("")
			return
		}
		if wc == nil { // cancelled
			done("")
			return
		}
		// Closing the unused writer leaves the disk alone (see
		// keepFilesUntilWritten): no empty file is left under the name as
		// typed.
		path := wc.URI().Path()
		wc.Close()
		done(withExt(path, ext))
	}, w)
	d.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	d.SetFileName(suggested)
	d.SetConfirmText(confirm)
	d.Resize(fyne.NewSize(880, 600))
	d.Show()
}
