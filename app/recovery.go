package app

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"scaleroom/workshop"
	"scaleroom/workshop/safefile"
)

// Recovery is an autosaved copy of work that did not reach its own file.
type Recovery struct {
	ID       string
	DataPath string
	Origin   string // the session file it belongs to; "" if never saved
	Saved    time.Time
	Session  *workshop.Session
}

// keptPrefix marks a recovery copy the facilitator put off deciding about
// ("Not now"). Such a copy has a name of its own, so the autosave of its
// session file cannot replace or retire it, and it is never dropped as
// stale: only Recover and Discard end it.
const keptPrefix = "kept-"

// Recoveries lists the recovery copies worth offering, newest first. Copies
// older than their session file are stale (the file was saved later) and
// are deleted, unless they were kept; unreadable copies are left alone and
// skipped.
func (s *Scaleroom) Recoveries() []Recovery {
	if s.RecoveryDir == "" {
		return nil
	}
	entries, err := os.ReadDir(s.RecoveryDir)
	if err != nil {
		return nil
	}
	var out []Recovery
	for _, e := range entries {
		if e.IsDir() || filepath.Ext(e.Name()) != ".json" {
			continue
		}
		id := strings.TrimSuffix(e.Name(), ".json")
		data := filepath.Join(s.RecoveryDir, e.Name())
		fi, err := os.Stat(data)
		if err != nil {
			continue
		}
		origin := ""
		if b, err := os.ReadFile(filepath.Join(s.RecoveryDir, id+".origin")); err == nil {
			origin = strings.TrimSpace(string(b))
		}
		if origin != "" && !strings.HasPrefix(id, keptPrefix) {
			if ofi, err := os.Stat(origin); err == nil && !ofi.ModTime().Before(fi.ModTime()) {
				os.Remove(data)
				os.Remove(filepath.Join(s.RecoveryDir, id+".origin"))
				continue
			}
		}
		sess, err := workshop.LoadFile(data)
		if err != nil {
			continue
		}
		out = append(out, Recovery{ID: id, DataPath: data, Origin: origin, Saved: fi.ModTime(), Session: sess})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Saved.After(out[j].Saved) })
	return out
}

// offerRecovery asks about the newest recovery copy, then the next.
func (s *Scaleroom) offerRecovery() {
	list := s.Recoveries()
	if len(list) == 0 {
		return
	}
	r := list[0]
	where := "It was never saved to a file."
	if r.Origin != "" {
		where = fmt.Sprintf("It is newer than its file, %s.", r.Origin)
	}
	title := r.Session.Title
	if strings.TrimSpace(title) == "" {
		title = "Untitled session"
	}
	msg := widget.NewLabel(fmt.Sprintf("Scaleroom kept unsaved work from %s:\n%q, %s\n\n%s",
		r.Saved.Format("Mon 2 Jan 15:04"), title, plural(len(r.Session.Participants), "participant", "participants"), where))
	msg.Wrapping = fyne.TextWrapWord
	more := ""
	if len(list) > 1 {
		more = fmt.Sprintf("%d more will be offered after this one.", len(list)-1)
	}
	d := dialog.NewCustomWithoutButtons("Recover unsaved work?", container.NewVBox(msg, widget.NewLabel(more)), s.Window)
	recover := widget.NewButton("Recover", func() {
		d.Hide()
		s.leave(func() { s.Recover(r) })
	})
	recover.Importance = widget.HighImportance
	discard := widget.NewButton("Discard", func() {
		d.Hide()
		os.Remove(r.DataPath)
		os.Remove(filepath.Join(s.RecoveryDir, r.ID+".origin"))
		s.offerRecovery()
	})
	discard.Importance = widget.DangerImportance
	later := widget.NewButton("Not now", func() {
		d.Hide()
		for _, r := range list {
			s.keepRecovery(r)
		}
	})
	d.SetButtons([]fyne.CanvasObject{later, discard, recover})
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

// keepRecovery renames a copy out of reach of its file's autosave, which
// would otherwise replace it with the next edit of that file.
func (s *Scaleroom) keepRecovery(r Recovery) {
	if strings.HasPrefix(r.ID, keptPrefix) {
		return
	}
	id := fmt.Sprintf("%s%s-%d", keptPrefix, r.ID, r.Saved.UnixNano())
	if os.Rename(r.DataPath, filepath.Join(s.RecoveryDir, id+".json")) != nil {
		return
	}
	os.Rename(filepath.Join(s.RecoveryDir, r.ID+".origin"), filepath.Join(s.RecoveryDir, id+".origin"))
}

// Recover opens a recovery copy as unsaved work on its original file (or
// on none), keeping the copy until the work is saved.
func (s *Scaleroom) Recover(r Recovery) *SessionWindow {
	origin := r.Origin
	var lock *safefile.Lock
	if origin != "" {
		var err error
		if lock, err = safefile.Acquire(origin); err != nil {
			// The file is open elsewhere: recover the work as a new
			// session rather than overwrite the other window's.
			origin = ""
		}
	}
	sw := s.show(r.Session, origin, lock, false)
	sw.saver.recoveryID = r.ID
	sw.saver.changed() // unsaved, and autosaved again soon
	sw.Status.SetText("Recovered · save to keep this version")
	sw.updateTitle()
	return sw
}

const (
	prefRecent = "recent-files"
	maxRecent  = 8
)

// Recent lists recently used session files, newest first.
func (s *Scaleroom) Recent() []string {
	return s.App.Preferences().StringList(prefRecent)
}

func (s *Scaleroom) addRecent(path string) {
	path = absPath(path)
	list := []string{path}
	for _, p := range s.Recent() {
		if p != path && len(list) < maxRecent {
			list = append(list, p)
		}
	}
	s.App.Preferences().SetStringList(prefRecent, list)
	s.refreshMenu()
}

func (s *Scaleroom) removeRecent(path string) {
	var list []string
	for _, p := range s.Recent() {
		if p != path {
			list = append(list, p)
		}
	}
	s.App.Preferences().SetStringList(prefRecent, list)
}

// openRecent opens a recent file, offering to forget it when it is gone.
func (s *Scaleroom) openRecent(path string) {
	if _, err := os.Stat(path); err != nil {
		dialog.ShowConfirm("File not found",
			fmt.Sprintf("%s is no longer at %s. It may have been moved, renamed or deleted.\n\nRemove it from the recent list?",
				filepath.Base(path), filepath.Dir(path)),
			func(ok bool) {
				if ok {
					s.removeRecent(path)
					if s.Home != nil {
						s.Home.Refresh()
					}
				}
			}, s.Window)
		return
	}
	s.OpenFile(path)
}

func (s *Scaleroom) recentMenuItem() *fyne.MenuItem {
	it := fyne.NewMenuItem("Open recent", nil)
	var items []*fyne.MenuItem
	for _, p := range s.Recent() {
		p := p
		label := filepath.Base(p) + "  —  " + filepath.Dir(p)
		if _, err := os.Stat(p); err != nil {
			label += " (missing)"
		}
		items = append(items, fyne.NewMenuItem(label, func() { s.openRecent(p) }))
	}
	if len(items) == 0 {
		none := fyne.NewMenuItem("No recent sessions", nil)
		none.Disabled = true
		items = append(items, none)
	}
	it.ChildMenu = fyne.NewMenu("", items...)
	return it
}
