package app

import (
	"fmt"
	"path/filepath"

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
	at := sw.App.Now().Format("15:04")
	switch {
	case res.Saved:
		sw.saveWarned = false
		if res.Moved {
			sw.App.addRecent(res.Path)
			sw.App.refreshMenu()
		}
		verb := "Autosaved"
		if res.Explicit {
			verb = "Saved"
		}
		// Time first: the toolbar cuts the end off on a laptop screen.
		sw.Status.SetText(fmt.Sprintf("%s at %s · %s", verb, at, filepath.Base(res.Path)))
	case res.Conflict:
		if res.FirstConflict {
			sw.showConflict()
		}
		sw.Status.SetText(fmt.Sprintf("Not saving to %s: it changed on disk · your work is in a recovery copy", filepath.Base(res.Path)))
	case res.ToRecovery && res.Recovered:
		sw.Status.SetText(fmt.Sprintf("Recovery copy at %s", at))
	case res.Path == "" && res.Recovered:
		sw.Status.SetText(fmt.Sprintf("Not saved yet · recovery copy at %s", at))
	default:
		msg := fmt.Sprintf("Autosave failed at %s", at)
		if res.Explicit {
			msg = fmt.Sprintf("Save failed at %s", at)
		}
		if res.Recovered {
			msg += " · your work is in a recovery copy"
		}
		sw.Status.SetText(msg)
		// An explicit save to the session's own file says so itself (see
		// saveTo and whenSafe); autosave warns once until a save works.
		if res.Explicit && res.Path != s.Path() {
			// A Save As to a new place failed: the session stays where it was.
			showProblem(sw.App.Window, "Could not save", saveError(res.Path, res.Err))
		} else if !res.Explicit && !sw.saveWarned && res.Path != "" {
			sw.saveWarned = true
			text := saveError(res.Path, res.Err)
			if res.Recovered {
				text += "\n\nMeanwhile Scaleroom keeps a recovery copy and will offer it when you next start."
			}
			showProblem(sw.App.Window, "Could not save", text)
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
