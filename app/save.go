package app

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"scaleroom/assets/locale"
	"scaleroom/workshop"
	"scaleroom/workshop/safefile"
	"scaleroom/workshop/store"
)

// Save writes the session to its file, or asks for one the first time.
// done, when set, hears whether the session ended up saved.
func (sw *SessionWindow) Save(done func(ok bool)) {
	switch {
	case sw.saver.Conflict():
		sw.showConflict()
		finish(done, false)
	case sw.saver.Path() == "":
		sw.SaveAs(done)
	default:
		sw.saveTo(sw.saver.Path(), done)
	}
}

// SaveAs asks for a file and saves the session there.
func (sw *SessionWindow) SaveAs(done func(ok bool)) {
	suggested := workshop.FileSlug(sw.Editor.Session.Title)
	if suggested == "" {
		suggested = lang.L("session")
	}
	sw.App.pick(true, suggested+workshop.SessionExt, func(path string) {
		if path == "" {
			finish(done, false)
			return
		}
		sw.saveTo(withSessionExt(path), done)
	})
}

func finish(done func(ok bool), ok bool) {
	if done != nil {
		done(ok)
	}
}

// saveTo hands the session to the writer for path. The window stays live
// while it writes; the status and done hear when it is on disk.
func (sw *SessionWindow) saveTo(path string, done func(ok bool)) {
	var lock *safefile.Lock
	if !sameFile(path, sw.saver.Path()) {
		var err error
		if lock, err = safefile.Acquire(path); err != nil {
			showProblem(sw.App.Window, lang.L("Could not save"), lockError(path, err))
			finish(done, false)
			return
		}
	}
	sw.Status.SetText(fmt.Sprintf(lang.L("Saving %s…"), filepath.Base(path)))
	sw.saver.Save(path, lock, func(res store.Result) {
		if res.Saved && sw.saver.Path() == path {
			sw.App.addRecent(path)
		} else if !res.Saved && sameFile(path, sw.saver.Path()) && !res.Conflict {
			showProblem(sw.App.Window, lang.L("Could not save"), saveError(path, res.Err))
		}
		finish(done, res.Saved)
	})
}

// lockError says why a file Scaleroom wants to write is not free.
func lockError(path string, err error) string {
	if errors.Is(err, safefile.ErrLocked) {
		return fmt.Sprintf(lang.L("%s is open in another Scaleroom window. Save under another name, or close it there first."), filepath.Base(path))
	}
	return saveError(path, err)
}

// SaveAsTemplate asks for a name and a one-line description and stores the
// session's agenda as one of the user's templates.
func (sw *SessionWindow) SaveAsTemplate() {
	name := widget.NewEntry()
	name.SetText(sw.Editor.Session.Title)
	desc := widget.NewEntry()
	desc.SetPlaceHolder(lang.L("One line shown when picking a template"))
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("Name"), name),
		// "Description" cannot be a key: Fyne's translation files refuse it
		// (go-i18n reserves the word), so the field has an ID of its own.
		widget.NewFormItem(lang.X("template.description", "Description"), desc),
	}
	d := dialog.NewForm(lang.L("Save as template"), lang.L("Save template"), lang.L("Cancel"), items, func(ok bool) {
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
		showProblem(sw.App.Window, lang.L("Template not saved"), lang.L("A template needs a name."))
		return
	}
	t := workshop.TemplateFrom(sw.Editor.Session, workshop.Slug(name), name, strings.TrimSpace(desc))
	if _, err := sw.App.Library.Save(t); err != nil {
		showProblem(sw.App.Window, lang.L("Template not saved"), fmt.Sprintf(lang.L("Could not save the template %q: %v."), name, err))
		return
	}
	sw.Status.SetText(fmt.Sprintf(lang.L("Template %q saved"), name))
}

// whenSafe runs next once the session is safe to put away.
//
// A session with a file is autosaved, so putting it away asks nothing: the
// latest edits and the running timer are written first, and next runs once
// they are on disk (File > Revert is how to throw changes away). Only a
// session that was never saved, or whose file changed on disk, asks.
func (sw *SessionWindow) whenSafe(next func()) {
	s := sw.saver
	switch {
	case s.Conflict():
		sw.askConflictOnLeave(next)
	case s.Path() != "":
		sw.Timer.Flush()
		// A save still under way (a Save As) must land first: this one
		// queues behind it.
		if !s.Dirty() && !s.Failed() && !s.Busy() {
			next()
			return
		}
		sw.Status.SetText(fmt.Sprintf(lang.L("Saving %s…"), filepath.Base(s.Path())))
		s.Save(s.Path(), nil, func(res store.Result) {
			switch {
			case res.Saved && !res.Current:
				sw.whenSafe(next) // edited while it was writing: once more
			case res.Saved:
				next()
			case res.Conflict:
				sw.askConflictOnLeave(next)
			default:
				sw.askLeaveAfterFailure(res, next)
			}
		})
	case !s.Dirty():
		next()
	default:
		title := strings.TrimSpace(sw.Editor.Session.Title)
		if title == "" {
			title = lang.L("this session")
		}
		sw.askSave(lang.L("Save before closing?"),
			fmt.Sprintf(lang.L("%q has never been saved to a file.\nSave it before closing, or your changes will be lost."), title),
			lang.L("Save…"), func() {
				sw.SaveAs(func(ok bool) {
					if ok {
						next()
					}
				})
			}, next)
	}
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
	discard := widget.NewButton(lang.L("Don't save"), func() {
		d.Hide()
		sw.saver.Discard()
		next()
	})
	discard.Importance = widget.DangerImportance
	cancel := widget.NewButton(lang.L("Cancel"), func() { d.Hide() })
	d.SetButtons([]fyne.CanvasObject{cancel, discard, saveBtn})
	d.Resize(fyne.NewSize(460, 0))
	d.Show()
}

// askLeaveAfterFailure says the last save failed and asks whether to close
// anyway. The writer has already put the work in a recovery copy when it
// could (res.Recovered).
func (sw *SessionWindow) askLeaveAfterFailure(res store.Result, next func()) {
	text := saveError(sw.saver.Path(), res.Err)
	if res.Recovered {
		text += "\n\n" + lang.L("A recovery copy was kept: Scaleroom will offer it when you next start.")
	} else {
		text += "\n\n" + lang.L("No recovery copy could be kept either: if you close now, the latest changes are lost.")
	}
	d := dialog.NewCustomConfirm(lang.L("Could not save"), lang.L("Close anyway"), lang.L("Stay"), wrapped(text), func(leave bool) {
		if leave {
			sw.saver.Forget()
			next()
		}
	}, sw.App.Window)
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

// showConflict tells the facilitator that the session's file changed on
// disk under them, and offers the two ways on that overwrite nobody:
// reload the file, or keep this version under a new name.
func (sw *SessionWindow) showConflict() {
	name := filepath.Base(sw.saver.Path())
	msg := widget.NewLabel(fmt.Sprintf(lang.L("Another program changed %s since Scaleroom last saved it (another Scaleroom, a sync folder, an editor). So as not to overwrite those changes, Scaleroom has stopped saving to it; your work goes to a recovery copy meanwhile.\n\nReload the file to see its new content (your changes here are dropped), or keep your version as a copy beside it."), name))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons(fmt.Sprintf(lang.L("%s changed on disk"), name), msg, sw.App.Window)
	reload := widget.NewButton(fmt.Sprintf(lang.L("Reload %s"), name), func() {
		d.Hide()
		sw.Reload()
	})
	reload.Importance = widget.DangerImportance
	keep := widget.NewButton(lang.L("Keep mine as a copy"), func() {
		d.Hide()
		sw.KeepMineAsCopy(nil)
	})
	keep.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{reload, keep})
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

// askConflictOnLeave: putting away a session whose file changed on disk
// asks whether to keep this version as a copy first.
func (sw *SessionWindow) askConflictOnLeave(next func()) {
	name := filepath.Base(sw.saver.Path())
	sw.askSave(fmt.Sprintf(lang.L("%s changed on disk"), name),
		fmt.Sprintf(lang.L("Another program changed %s, so your latest changes are not in it.\nKeep your version as a copy beside it?"), name),
		lang.L("Keep mine as a copy"), func() {
			sw.KeepMineAsCopy(func(ok bool) {
				if ok {
					next()
				}
			})
		}, next)
}

// KeepMineAsCopy saves the session beside its file under a new name and
// goes on with that copy, leaving the file to whoever changed it.
func (sw *SessionWindow) KeepMineAsCopy(done func(ok bool)) {
	path := copyName(sw.saver.Path(), lang.L("my copy"))
	sw.saveTo(path, func(ok bool) {
		if ok {
			sw.Status.SetText(fmt.Sprintf(lang.L("Your version is now %s"), filepath.Base(path)))
		}
		finish(done, ok)
	})
}

// copyName is a free name beside path for a copy with a label: "team (my
// copy).json", then "team (my copy 2).json" and so on. A label already on
// the name is not repeated ("team (my copy) (my copy).json").
func copyName(path, label string) string {
	ext := filepath.Ext(path)
	base := strings.TrimSuffix(path, ext)
	if i := strings.LastIndex(base, " ("+label); i >= 0 && strings.HasSuffix(base, ")") {
		base = base[:i]
	}
	for i := 1; ; i++ {
		suffix := " (" + label + ")"
		if i > 1 {
			suffix = fmt.Sprintf(" (%s %d)", label, i)
		}
		p := base + suffix + ext
		if _, err := os.Lstat(p); os.IsNotExist(err) {
			return p
		}
	}
}

// Reload reads the session's file again, dropping the changes made here,
// after the file changed on disk.
func (sw *SessionWindow) Reload() {
	path := sw.saver.Path()
	sess, err := workshop.LoadFile(path)
	if err != nil {
		// Ask again underneath, so keeping this version stays one click
		// away: nothing is written to the file meanwhile.
		sw.showConflict()
		showProblem(sw.App.Window, fmt.Sprintf(lang.L("Could not reload %s"), filepath.Base(path)), openError(path, err)+
			"\n\n"+lang.L("Your version is safe in a recovery copy. Keep it as a copy beside the file, or reload once the file is fixed."))
		return
	}
	sw.saver.Discard()
	h := sw.saver.HandOver().Fresh() // the file is read anew
	nsw := sw.App.show(sess, path, h.Lock, false)
	nsw.saver.TakeOver(h)
	nsw.Status.SetText(fmt.Sprintf(lang.L("Reloaded %s"), filepath.Base(path)))
}

// AskRevert offers to bring back the version of the file opened (or first
// saved) in this sitting. With autosave on, this is how changes are undone
// wholesale; the version replaced is kept beside the file.
func (sw *SessionWindow) AskRevert() {
	s := sw.saver
	opened, at := s.Opened()
	if s.Path() == "" || opened == nil {
		return
	}
	name := filepath.Base(s.Path())
	msg := fmt.Sprintf(lang.L("Bring %s back to the version opened at %s?\n\nEvery change made since then is undone. The version you have now is kept beside it as %s."),
		name, locale.Clock(at), filepath.Base(copyName(s.Path(), lang.L("before revert"))))
	d := dialog.NewConfirm(lang.L("Revert to the version opened?"), msg, func(ok bool) {
		if ok {
			sw.Revert()
		}
	}, sw.App.Window)
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

// Revert keeps the session as it is now in a copy beside its file, then
// replaces it with the version opened and writes that.
func (sw *SessionWindow) Revert() {
	s := sw.saver
	opened, at := s.Opened()
	if s.Path() == "" || opened == nil {
		return
	}
	path := s.Path()
	keep := copyName(path, lang.L("before revert"))
	s.WriteCopy(keep, func(res store.Result) {
		if !res.Saved {
			showProblem(sw.App.Window, lang.L("Not reverted"), saveError(keep, res.Err)+
				"\n\n"+lang.L("Nothing was reverted, so nothing is lost."))
			return
		}
		s.Discard() // what is on screen is safe in the copy
		h := s.HandOver()
		nsw := sw.App.show(opened.Clone(), path, h.Lock, false)
		nsw.saver.TakeOver(h) // .bak stays the version first opened
		nsw.saver.SetOpened(opened, at)
		nsw.Changed()
		nsw.saver.Save(path, nil, func(res store.Result) {
			if res.Saved {
				nsw.Status.SetText(fmt.Sprintf(lang.L("Reverted to %s · the replaced version is %s"), locale.Clock(at), filepath.Base(keep)))
			}
		})
	})
}

// withSessionExt adds .scaleroom when the name has neither session
// extension (.scaleroom, or .json as before); the save dialog does not.
func withSessionExt(path string) string {
	if workshop.IsSessionExt(path) {
		return path
	}
	return path + workshop.SessionExt
}

// withExt adds ext to path unless it already ends with it, in any case.
func withExt(path, ext string) string {
	if strings.EqualFold(filepath.Ext(path), ext) {
		return path
	}
	return path + ext
}

// jsonFilter shows session and template files in the open dialog.
var jsonFilter = storage.NewExtensionFileFilter([]string{workshop.SessionExt, ".json"})

func showOpenDialog(w fyne.Window, done func(path string)) {
	showFileOpenDialog(w, jsonFilter, lang.X("file.open", "Open"), "", done)
}

// showFileOpenDialog asks for a file to read; done gets its path, and is
// not called when the facilitator cancels.
func showFileOpenDialog(w fyne.Window, filter storage.FileFilter, confirm, title string, done func(path string)) {
	keepFilesUntilWritten() // the dialog would open the file first (a pipe blocks)
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			showProblem(w, lang.L("Could not open"), fmt.Sprintf(lang.L("The file could not be opened: %v."), err))
			return
		}
		if r == nil { // cancelled
			return
		}
		path := r.URI().Path()
		r.Close()
		done(path)
	}, w)
	d.SetFilter(filter)
	d.SetConfirmText(confirm)
	if title != "" {
		d.SetTitleText(title)
	}
	d.Show() // Fyne 2.8 builds the dialog in Show; a Resize before it crashes
	d.Resize(fyne.NewSize(880, 600))
}

func showSaveDialog(w fyne.Window, suggested string, done func(path string)) {
	showFileSaveDialog(w, suggested, workshop.SessionExt, lang.L("Save"), lang.L("Could not save"), done)
}

// showFileSaveDialog asks where to write a file with extension ext, adding
// the extension when the name lacks it (Fyne's dialog does not); confirm
// is its button, failed the title of the problem when the file cannot be
// created. done gets "" when the facilitator cancels or the file cannot be
// created.
func showFileSaveDialog(w fyne.Window, suggested, ext, confirm, failed string, done func(path string)) {
	keepFilesUntilWritten() // the dialog would empty an existing file first
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			showProblem(w, failed, fmt.Sprintf(lang.L("The file could not be created: %v."), err))
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
	d.Show() // Fyne 2.8 builds the dialog in Show; a Resize before it crashes
	d.Resize(fyne.NewSize(880, 600))
}

var listFilter = storage.NewExtensionFileFilter([]string{".csv", ".tsv", ".txt"})

// showListOpenDialog asks for a list of people to import.
func showListOpenDialog(w fyne.Window, done func(path string)) {
	showFileOpenDialog(w, listFilter, lang.L("Import"), lang.L("Import a list of people (CSV, TSV or text)"), done)
}
