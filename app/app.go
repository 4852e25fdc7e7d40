package app

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"scaleroom/assets"
	_ "scaleroom/assets/locale/translations" // the GUI speaks the reader's language
	"scaleroom/workshop"
	"scaleroom/workshop/safefile"
	"scaleroom/workshop/store"
)

// AppName is shown in window titles and dialogs.
const AppName = "Scaleroom"

// RecoveryDirEnv overrides where recovery copies of unsaved work are kept.
const RecoveryDirEnv = "SCALEROOM_RECOVERY_DIR"

// Scaleroom is the running GUI: one main window that shows either the home
// screen or an open session.
type Scaleroom struct {
	App     fyne.App
	Window  fyne.Window
	Library workshop.Library
	// RecoveryDir holds autosaved copies of sessions that could not be saved
	// to their own file (never saved, or the file's folder is gone).
	RecoveryDir string
	// AutosaveDelay is the pause in editing after which autosave writes;
	// AutosaveCeiling is the longest a change waits for it, however fast
	// edits keep coming.
	AutosaveDelay   time.Duration
	AutosaveCeiling time.Duration
	Now             func() time.Time
	// Do runs f on the UI goroutine. It is fyne.Do; tests that want to see
	// real concurrency replace it with a queue they drain themselves,
	// because the test driver runs fyne.Do on the calling goroutine.
	Do func(f func())
	// pickFile, when set, replaces the file dialogs (tests). save tells which
	// dialog; the callback gets "" when the user cancels.
	pickFile func(save bool, suggested string, done func(path string))
	// locale is the user's locale; tests set it.
	locale func() fyne.Locale
	// writeFile, when set, replaces the atomic file write (tests slow it
	// down or make it fail).
	writeFile func(path string, data []byte, backup bool) error
	// pickFolder, when set, replaces the folder dialog (tests); done gets ""
	// on cancel.
	pickFolder func(done func(path string))

	Home    *Home
	Session *SessionWindow // nil while the home screen shows
}

// Start opens Scaleroom's window on a, on the home screen or on file when it
// is set, and offers to recover unsaved work from an earlier run. main.go
// calls a.Run afterwards.
func Start(a fyne.App, file string) *Scaleroom {
	s := New(a, workshop.DefaultLibrary(), DefaultRecoveryDir())
	s.Window.Show()
	s.Begin(file)
	return s
}

// DefaultRecoveryDir is $SCALEROOM_RECOVERY_DIR, or scaleroom/recovery in the
// user's config folder ("" when there is none: recovery is then off).
func DefaultRecoveryDir() string {
	if d := os.Getenv(RecoveryDirEnv); d != "" {
		return d
	}
	cfg, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	return filepath.Join(cfg, "scaleroom", "recovery")
}

// New makes the main window without showing it.
func New(a fyne.App, lib workshop.Library, recoveryDir string) *Scaleroom {
	s := &Scaleroom{
		App:             a,
		Library:         lib,
		RecoveryDir:     recoveryDir,
		AutosaveDelay:   store.DefaultQuiet,
		AutosaveCeiling: store.DefaultCeiling,
		Now:             time.Now,
		Do:              fyne.Do,
	}
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	a.Settings().SetTheme(newAppTheme(a.Settings().Theme()))
	s.Window = a.NewWindow(AppName)
	s.Window.SetMaster()
	s.Window.Resize(s.startSize())
	s.Window.CenterOnScreen()
	s.Window.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) { s.dropped(uris) })
	s.Window.SetCloseIntercept(func() {
		s.leave(func() {
			s.keepSize()
			s.Window.Close()
		})
	})
	return s
}

// DefaultSize fits a 1366×768 or 1280×800 laptop screen with its panel
// and title bar; a bigger screen gets the size the facilitator last left.
var DefaultSize = fyne.NewSize(1200, 700)

const widthKey, heightKey = "windowWidth", "windowHeight"

// startSize is the size the window was left at, or DefaultSize.
func (s *Scaleroom) startSize() fyne.Size {
	p := s.App.Preferences()
	w, h := p.FloatWithFallback(widthKey, 0), p.FloatWithFallback(heightKey, 0)
	if w < 640 || h < 480 || w > 10000 || h > 10000 {
		return DefaultSize
	}
	return fyne.NewSize(float32(w), float32(h))
}

// keepSize remembers the window's size for the next start.
func (s *Scaleroom) keepSize() {
	sz := s.Window.Canvas().Size()
	if sz.Width > 0 && sz.Height > 0 {
		s.App.Preferences().SetFloat(widthKey, float64(sz.Width))
		s.App.Preferences().SetFloat(heightKey, float64(sz.Height))
	}
}

// Begin shows the home screen, or the session in file, then offers any
// recovery copies.
func (s *Scaleroom) Begin(file string) {
	s.ShowHome()
	if file != "" {
		s.openAny(file)
	}
	s.offerRecovery()
}

// ShowHome replaces whatever is open with the home screen. Callers make sure
// the open session is safe first (see leave).
func (s *Scaleroom) ShowHome() {
	if s.Session != nil {
		s.Session.close()
		s.Session = nil
	}
	s.Home = newHome(s)
	s.Window.SetMainMenu(s.Home.menu())
	s.Window.SetContent(s.Home.Object())
	s.Home.left.Refresh() // wrapped text knows its height once laid out
	s.Window.SetTitle(AppName)
	s.Home.focusDefault()
}

// NewSession opens a new, never saved session from a template. It counts
// as unchanged until the facilitator edits it, so an untouched session can
// be put away without a question.
func (s *Scaleroom) NewSession(t *workshop.Template) *SessionWindow {
	return s.show(t.NewSession(s.Now()), "", nil, false)
}

// OpenFile loads a session file and shows it in place of what is open,
// once that is safe (see leave). When the file cannot be read, a dialog says
// why and whatever was open stays as it was. A file open in another
// Scaleroom is offered as a copy instead, so two editors never overwrite
// each other.
func (s *Scaleroom) OpenFile(path string) bool {
	if s.Session != nil && sameFile(s.Session.Path(), path) {
		return true // already open here
	}
	sess, err := workshop.LoadFile(path)
	if err != nil {
		showProblem(s.Window, fmt.Sprintf(lang.L("Could not open %s"), filepath.Base(path)), openError(path, err))
		return false
	}
	lock, err := safefile.Acquire(path)
	if err != nil {
		if !errors.Is(err, safefile.ErrLocked) {
			showProblem(s.Window, fmt.Sprintf(lang.L("Could not open %s"), filepath.Base(path)), openError(path, err))
			return false
		}
		s.offerCopy(sess, path)
		return true
	}
	// The lock is taken again once the open session is put away: the
	// facilitator may cancel that, and a lock held meanwhile would keep the
	// file "open elsewhere" for good.
	lock.Release()
	s.leave(func() {
		lock, err := safefile.Acquire(path)
		if errors.Is(err, safefile.ErrLocked) {
			s.offerCopy(sess, path)
			return
		}
		if err == nil {
			// Read again: the file may have changed while the facilitator
			// answered questions, and the writer compares with what it
			// finds on disk now.
			var fresh *workshop.Session
			if fresh, err = workshop.LoadFile(path); err == nil {
				sess = fresh
			} else {
				lock.Release()
			}
		}
		if err != nil {
			showProblem(s.Window, fmt.Sprintf(lang.L("Could not open %s"), filepath.Base(path)), openError(path, err))
			return
		}
		s.addRecent(path)
		s.show(sess, path, lock, false)
	})
	return true
}

// offerCopy says a file is open in another Scaleroom and offers to open
// its content as a new, unsaved session instead.
func (s *Scaleroom) offerCopy(sess *workshop.Session, path string) {
	name := filepath.Base(path)
	msg := fmt.Sprintf(lang.L("%s is open in another Scaleroom window, which saves to it.\n\nOpen a copy to look at it or work on it separately: the copy is saved under a new name, and the file stays with the other window."), name)
	d := dialog.NewCustomConfirm(fmt.Sprintf(lang.L("%s is already open"), name), lang.L("Open a copy"), lang.L("Cancel"), wrapped(msg), func(ok bool) {
		if !ok {
			return
		}
		s.leave(func() {
			// Unchanged until edited: closing an untouched copy loses
			// nothing, the file is still there.
			sw := s.show(sess, "", nil, false)
			sw.Status.SetText(fmt.Sprintf(lang.L("Copy of %s · not saved yet"), name))
		})
	}, s.Window)
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

// wrapped is a word-wrapped label for dialog text.
func wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// show puts a session in the window, replacing the home screen or the
// session that was open (callers have made that one safe). lock is path's
// lock, taken by the caller; the session window holds it from now on.
func (s *Scaleroom) show(sess *workshop.Session, path string, lock *safefile.Lock, dirty bool) *SessionWindow {
	if s.Session != nil {
		s.Session.close()
	}
	s.Home = nil
	sw := newSessionWindow(s, sess, path, lock)
	s.Session = sw
	s.Window.SetMainMenu(sw.menu())
	s.Window.SetContent(sw.Object())
	sw.main.Refresh() // wrapped text knows its height once laid out
	// The first screen was built before the window had it, when nothing
	// could take the keyboard: give it now, so a round opened mid-way
	// records from the first key.
	sw.focusScreen()
	if dirty {
		sw.Changed()
	}
	sw.updateTitle()
	return sw
}

// leave runs next once the open session is safe to put away: saved, or the
// facilitator chose to discard it. It does nothing when they cancel.
func (s *Scaleroom) leave(next func()) {
	if s.Session == nil {
		next()
		return
	}
	s.Session.whenSafe(next)
}

// chooseOpen asks for a session file to open. The file is read before the
// open session is put away, so a file that fails leaves it untouched.
func (s *Scaleroom) chooseOpen() {
	s.pick(false, "", func(path string) {
		if path != "" {
			s.openAny(path)
		}
	})
}

// chooseNew goes back to the home screen to pick a template.
func (s *Scaleroom) chooseNew() {
	s.leave(s.ShowHome)
}

func (s *Scaleroom) pick(save bool, suggested string, done func(path string)) {
	if s.pickFile != nil {
		s.pickFile(save, suggested, done)
		return
	}
	if save {
		showSaveDialog(s.Window, suggested, done)
	} else {
		showOpenDialog(s.Window, done)
	}
}

// showProblem is how problems reach the facilitator: a dialog with the
// message wrapped to a readable width, however long the loader's detail.
func showProblem(w fyne.Window, title, message string) {
	l := widget.NewLabel(message)
	l.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(title, lang.L("OK"), l, w)
	d.Resize(fyne.NewSize(560, l.MinSize().Height))
	d.Show()
}

// refreshMenu rebuilds the main menu, for instance when the recent files
// changed.
func (s *Scaleroom) refreshMenu() {
	switch {
	case s.Session != nil:
		s.Window.SetMainMenu(s.Session.menu())
	case s.Home != nil:
		s.Window.SetMainMenu(s.Home.menu())
	}
}

// userLocale is the locale the system reports.
func (s *Scaleroom) userLocale() fyne.Locale {
	if s.locale != nil {
		return s.locale()
	}
	return lang.SystemLocale()
}
