package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"scaleroom/assets/locale"
	"scaleroom/workshop/safefile"
	"scaleroom/workshop/store"
)

// Recovery is an autosaved copy of work that did not reach its own file.
type Recovery = store.Recovery

// Recoveries lists the recovery copies worth offering, newest first (see
// store.Recoveries).
func (s *Scaleroom) Recoveries() []Recovery { return store.Recoveries(s.RecoveryDir) }

// offerRecovery asks about the newest recovery copy, then the next.
func (s *Scaleroom) offerRecovery() {
	list := s.Recoveries()
	if len(list) == 0 {
		return
	}
	r := list[0]
	where := lang.L("It was never saved to a file.")
	if r.Origin != "" {
		where = fmt.Sprintf(lang.L("It is newer than its file, %s."), r.Origin)
	}
	title := r.Session.Title
	if strings.TrimSpace(title) == "" {
		title = lang.L("Untitled session")
	}
	msg := widget.NewLabel(fmt.Sprintf(lang.L("Scaleroom kept unsaved work from %s:\n%q, %s\n\n%s"),
		locale.DateTime(r.Saved), title, plural(len(r.Session.Participants), lang.L("participant"), lang.L("participants")), where))
	msg.Wrapping = fyne.TextWrapWord
	more := ""
	switch n := len(list) - 1; {
	case n == 1:
		more = lang.L("1 more will be offered after this one.")
	case n > 1:
		more = fmt.Sprintf(lang.L("%d more will be offered after this one."), n)
	}
	d := dialog.NewCustomWithoutButtons(lang.L("Recover unsaved work?"), container.NewVBox(msg, widget.NewLabel(more)), s.Window)
	recover := widget.NewButton(lang.L("Recover"), func() {
		d.Hide()
		s.leave(func() { s.Recover(r) })
	})
	recover.Importance = widget.HighImportance
	discard := widget.NewButton(lang.L("Discard"), func() {
		d.Hide()
		store.Discard(s.RecoveryDir, r)
		s.offerRecovery()
	})
	discard.Importance = widget.DangerImportance
	later := widget.NewButton(lang.L("Not now"), func() {
		d.Hide()
		for _, r := range list {
			store.Keep(s.RecoveryDir, r)
		}
	})
	d.SetButtons([]fyne.CanvasObject{later, discard, recover})
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
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
	sw.saver.SetRecoveryID(r.ID)
	sw.saver.Changed() // unsaved, and autosaved again soon
	sw.Status.SetText(lang.L("Recovered · save to keep this version"))
	sw.updateTitle()
	return sw
}

// recent is the list of recently used session files.
func (s *Scaleroom) recent() store.Recent { return store.Recent{Prefs: s.App.Preferences()} }

// Recent lists recently used session files, newest first.
func (s *Scaleroom) Recent() []string { return s.recent().List() }

func (s *Scaleroom) addRecent(path string) {
	s.recent().Add(path)
	s.refreshMenu()
}

func (s *Scaleroom) removeRecent(path string) { s.recent().Remove(path) }

// openRecent opens a recent file, offering to forget it when it is gone.
func (s *Scaleroom) openRecent(path string) {
	if _, err := os.Stat(path); err != nil {
		dialog.ShowConfirm(lang.L("File not found"),
			fmt.Sprintf(lang.L("%s is no longer at %s. It may have been moved, renamed or deleted.\n\nRemove it from the recent list?"),
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
	it := fyne.NewMenuItem(lang.L("Open recent"), nil)
	var items []*fyne.MenuItem
	for _, p := range s.Recent() {
		p := p
		label := filepath.Base(p) + "  —  " + filepath.Dir(p)
		if _, err := os.Stat(p); err != nil {
			label += " " + lang.L("(missing)")
		}
		items = append(items, fyne.NewMenuItem(label, func() { s.openRecent(p) }))
	}
	if len(items) == 0 {
		none := fyne.NewMenuItem(lang.L("No recent sessions"), nil)
		none.Disabled = true
		items = append(items, none)
	}
	it.ChildMenu = fyne.NewMenu("", items...)
	return it
}
