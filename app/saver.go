package app

import (
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2/lang"

	"scaleroom/assets/locale"

	"scaleroom/workshop"
	"scaleroom/workshop/safefile"
	"scaleroom/workshop/store"
)

// newSaver starts the writer that keeps the window's session safe (see
// workshop/store), wired to the window: snapshots carry the running
// timer's time, and results reach the status line and dialogs.
func newSaver(sw *SessionWindow, path string, lock *safefile.Lock) *store.Saver {
	app := sw.App
	var opened *workshop.Session
	if path != "" {
		opened = sw.Editor.Session.Clone()
	}
	return store.NewSaver(path, lock, opened, store.Config{
		RecoveryDir: app.RecoveryDir,
		Quiet:       app.AutosaveDelay,
		Ceiling:     app.AutosaveCeiling,
		Do:          app.Do,
		Snapshot: func() *workshop.Session {
			sw.Timer.Flush()
			return sw.Editor.Session.Clone()
		},
		Written:   sw.showSaved,
		WriteFile: app.writeFile,
		Now:       app.Now,
	})
}

// showSaved tells the facilitator what the writer did: the status line
// always, a dialog for a conflict or the first failure.
func (sw *SessionWindow) showSaved(res store.Result) {
	if sw.closed || res.Skipped || res.CopyOnly {
		return
	}
	s := sw.saver
	at := locale.Clock(sw.App.Now())
	switch {
	case res.Saved:
		sw.saveWarned = false
		if res.Moved {
			sw.App.addRecent(res.Path)
			sw.App.refreshMenu()
		}
		// Time first: the toolbar cuts the end off on a laptop screen.
		msg := lang.L("Autosaved at %s · %s")
		if res.Explicit {
			msg = lang.L("Saved at %s · %s")
		}
		sw.Status.SetText(fmt.Sprintf(msg, at, filepath.Base(res.Path)))
	case res.Conflict:
		if res.FirstConflict {
			sw.showConflict()
		}
		sw.Status.SetText(fmt.Sprintf(lang.L("Not saving to %s: it changed on disk · your work is in a recovery copy"), filepath.Base(res.Path)))
	case res.ToRecovery && res.Recovered:
		sw.Status.SetText(fmt.Sprintf(lang.L("Recovery copy at %s"), at))
	case res.Path == "" && res.Recovered:
		sw.Status.SetText(fmt.Sprintf(lang.L("Not saved yet · recovery copy at %s"), at))
	default:
		msg := fmt.Sprintf(lang.L("Autosave failed at %s"), at)
		if res.Explicit {
			msg = fmt.Sprintf(lang.L("Save failed at %s"), at)
		}
		if res.Recovered {
			msg = fmt.Sprintf(lang.L("%s · your work is in a recovery copy"), msg)
		}
		sw.Status.SetText(msg)
		// An explicit save to the session's own file says so itself (see
		// saveTo and whenSafe); autosave warns once until a save works.
		if res.Explicit && res.Path != s.Path() {
			// A Save As to a new place failed: the session stays where it was.
			showProblem(sw.App.Window, lang.L("Could not save"), saveError(res.Path, res.Err))
		} else if !res.Explicit && !sw.saveWarned && res.Path != "" {
			sw.saveWarned = true
			text := saveError(res.Path, res.Err)
			if res.Recovered {
				text += "\n\n" + lang.L("Meanwhile Scaleroom keeps a recovery copy and will offer it when you next start.")
			}
			showProblem(sw.App.Window, lang.L("Could not save"), text)
		}
	}
	sw.updateTitle()
}

func sameFile(a, b string) bool { return absPath(a) == absPath(b) }

func absPath(p string) string {
	if p == "" {
		return ""
	}
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}
