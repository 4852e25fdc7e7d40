package app

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"scaleroom/assets/locale"
	"scaleroom/export/report"
	"scaleroom/workshop"
)

// seriesState is what a session window knows of the session's series: the
// session it follows, as read when the window opened or when the
// facilitator located it, and the folder the Trends page reads.
type seriesState struct {
	previous   *workshop.Session
	previousAt string // the file it was read from
	// problem says why a follow-up's previous session could not be read,
	// in a sentence; "" when it was, or the session follows none.
	problem   string
	trendsDir string
}

// loadPrevious reads the session this one follows, if any (see
// workshop.LocatePrevious). It runs on the UI goroutine, as opening the
// session itself does: a session file reads in milliseconds.
func (sw *SessionWindow) loadPrevious(path string) {
	sw.series.previous, sw.series.previousAt, sw.series.problem = nil, "", ""
	prev, at, err := workshop.LocatePrevious(sw.Editor.Session, path)
	if err != nil {
		sw.series.problem = err.Error()
		return
	}
	sw.series.previous, sw.series.previousAt = prev, at
}

// Previous is the session this one follows and the file it was read from,
// or nil and why it could not be read ("" when it follows none).
func (sw *SessionWindow) Previous() (prev *workshop.Session, at, problem string) {
	return sw.series.previous, sw.series.previousAt, sw.series.problem
}

// reportOptions are the report options every view of this session starts
// from: the previous session for "Since last time".
func (sw *SessionWindow) reportOptions() report.Options {
	return report.Options{Previous: sw.series.previous, PreviousProblem: sw.series.problem}
}

// LocatePrevious asks for the file of the session this one follows, when
// it was not where the link said, and takes it only when it is that
// session: of this series, on the link's date.
func (sw *SessionWindow) LocatePrevious() {
	link := sw.Editor.Session.Previous
	if link == nil {
		return
	}
	sw.App.pick(false, "", func(path string) {
		if path == "" {
			return
		}
		prev, err := workshop.LoadFile(path)
		if err != nil {
			showProblem(sw.App.Window, fmt.Sprintf(lang.L("Could not read %s"), filepath.Base(path)), openError(path, err))
			return
		}
		if msg := notThePrevious(sw.Editor.Session, prev, path); msg != "" {
			showProblem(sw.App.Window, lang.L("Not the previous session"), msg)
			return
		}
		if abs, err := filepath.Abs(path); err == nil {
			path = abs
		}
		if err := sw.Editor.Apply(lang.L("the previous session's file"), workshop.SetPreviousPath(path)); err != nil {
			showProblem(sw.App.Window, lang.L("Could not record the file"), sentence(err.Error()))
			return
		}
		sw.series.previous, sw.series.previousAt, sw.series.problem = prev, path, ""
		sw.Refresh()
	})
}

// notThePrevious says why prev, read from path, is not the session s
// follows; "" when it is.
func notThePrevious(s, prev *workshop.Session, path string) string {
	name := filepath.Base(path)
	switch {
	case prev.SeriesID() != s.SeriesID():
		return fmt.Sprintf(lang.L("%s belongs to another series: it is not the session this one follows. Nothing was changed."), name)
	case prev.Date != s.Previous.Date:
		date := locale.ShowDate(prev.Date)
		if date == "" {
			date = lang.L("no date")
		}
		return fmt.Sprintf(lang.L("%s is the session of %s, and this one follows the session of %s. Nothing was changed."), name, date, locale.ShowDate(s.Previous.Date))
	}
	return ""
}

// FollowUpDialog asks for the date of a follow-up, kept for tests.
type FollowUpDialog struct {
	Date   *widget.Entry
	Error  *widget.Label
	Dialog *dialog.CustomDialog
	// Create makes the follow-up from the date typed, as the dialog's
	// button does.
	Create func()
}

// NewFollowUp starts the next session of the open session's series. The
// open session needs a file and a date: its follow-up finds it by them.
func (sw *SessionWindow) NewFollowUp() *FollowUpDialog {
	s := sw.Editor.Session
	if sw.Path() == "" {
		showProblem(sw.App.Window, lang.L("Save this session first"),
			lang.L("A follow-up finds the session it follows by its file: save this session (Ctrl+S), then make its follow-up."))
		return nil
	}
	sw.Timer.Flush()
	return sw.App.askFollowUp(s.Clone(), sw.Path())
}

// FollowUpRecent starts the next session of a recent session's series,
// from the home screen.
func (s *Scaleroom) FollowUpRecent(path string) *FollowUpDialog {
	prev, err := workshop.LoadFile(path)
	if err != nil {
		showProblem(s.Window, fmt.Sprintf(lang.L("Could not open %s"), filepath.Base(path)), openError(path, err))
		return nil
	}
	return s.askFollowUp(prev, path)
}

// askFollowUp asks for the follow-up's date (today, when that comes after
// prev's), then opens the follow-up as a new session, not saved yet.
func (s *Scaleroom) askFollowUp(prev *workshop.Session, prevPath string) *FollowUpDialog {
	title := strings.TrimSpace(prev.Title)
	if title == "" {
		title = lang.L("Untitled session")
	}
	if strings.TrimSpace(prev.Date) == "" {
		showProblem(s.Window, lang.L("The session has no date"),
			fmt.Sprintf(lang.L("%s has no date. Open it, give it the day it took place on Session details, then make its follow-up."), inQuotes(title)))
		return nil
	}
	f := &FollowUpDialog{Date: widget.NewEntry(), Error: widget.NewLabel("")}
	f.Date.SetPlaceHolder(datePattern())
	if today := s.Now().Format("2006-01-02"); today > prev.Date {
		f.Date.SetText(locale.FormDate(today))
	}
	f.Error.Wrapping = fyne.TextWrapWord
	f.Error.Importance = widget.DangerImportance
	f.Error.Hide()
	open := len(prev.OpenActions())
	intro := wrapped(fmt.Sprintf(lang.L("The next session of the series of %s (%s). It starts with the same people and values, the load inventory as the decisions left it, the initiatives where they were placed, and %s to review on a first step, Since last time."),
		inQuotes(title), locale.ShowDate(prev.Date), plural(open, lang.L("open action"), lang.L("open actions"))))
	f.Create = func() {
		// The date is typed the reader's way (or as ISO); the workshop
		// takes it as the file keeps it and says what is wrong with it.
		date := strings.TrimSpace(f.Date.Text)
		if date != "" {
			iso, err := locale.ParseDate(date)
			if err != nil {
				f.Error.SetText(sentence(err.Error()))
				f.Error.Show()
				return
			}
			date = iso
		}
		next, err := workshop.FollowUp(prev, prevPath, s.Now(), date)
		if err != nil {
			f.Error.SetText(sentence(err.Error()))
			f.Error.Show()
			return
		}
		f.Dialog.Hide()
		s.leave(func() {
			sw := s.show(next, "", nil, false)
			sw.Status.SetText(fmt.Sprintf(lang.L("Follow-up of %s · not saved yet"), filepath.Base(prevPath)))
		})
	}
	form := widget.NewForm(&widget.FormItem{Text: lang.L("Date"), Widget: f.Date, HintText: fmt.Sprintf(lang.L("The day of the follow-up; after %s"), locale.ShowDate(prev.Date))})
	create := widget.NewButton(lang.L("Create follow-up"), f.Create)
	create.Importance = widget.HighImportance
	f.Date.OnSubmitted = func(string) { f.Create() }
	content := container.NewVBox(intro, form, f.Error)
	f.Dialog = dialog.NewCustomWithoutButtons(lang.L("New follow-up"), content, s.Window)
	f.Dialog.SetButtons([]fyne.CanvasObject{widget.NewButton(lang.L("Cancel"), func() { f.Dialog.Hide() }), create})
	f.Dialog.Resize(fyne.NewSize(520, 0))
	f.Dialog.Show()
	s.Window.Canvas().Focus(f.Date)
	return f
}

// collectSeries gathers the series of cur, whose file is curPath ("" for
// none): the sessions of its series among the recent files and in dir
// ("" for none). Recent files that are gone, or are not sessions, are
// passed over; one that cannot be read is named in notes. A session file
// in dir that cannot be read stops the gathering, as the command line's
// --trends does: it might be of the series.
func collectSeries(cur *workshop.Session, curPath string, recent []string, dir string) (sr *workshop.Series, notes []string, err error) {
	sessions, paths, notes, err := gatherSeries(cur, curPath, recent, dir)
	if err != nil {
		return nil, notes, err
	}
	sr, err = workshop.NewSeries(sessions, paths)
	return sr, notes, err
}

// gatherSeries is collectSeries before the sessions are put in order:
// cur first, then the others found.
func gatherSeries(cur *workshop.Session, curPath string, recent []string, dir string) (sessions []*workshop.Session, paths, notes []string, err error) {
	id := cur.SeriesID()
	seen := map[string]bool{}
	key := func(p string) string {
		if abs, err := filepath.Abs(p); err == nil {
			return abs
		}
		return p
	}
	if curPath != "" {
		seen[key(curPath)] = true
	}
	sessions = []*workshop.Session{cur}
	paths = []string{curPath}
	add := func(s *workshop.Session, p string) {
		if seen[key(p)] || s.SeriesID() != id {
			return
		}
		seen[key(p)] = true
		sessions = append(sessions, s)
		paths = append(paths, p)
	}
	for _, p := range recent {
		if seen[key(p)] || workshop.CheckRegular(p) != nil {
			continue
		}
		s, err := workshop.LoadFile(p)
		switch {
		case errors.Is(err, workshop.ErrWrongKind):
		case err != nil:
			notes = append(notes, fmt.Sprintf(lang.L("%s was left out: %v"), filepath.Base(p), errors.Unwrap(err)))
		default:
			add(s, p)
		}
	}
	if dir != "" {
		found, fpaths, err := workshop.SeriesFiles(dir, id)
		if err != nil {
			return nil, nil, notes, err
		}
		for i, s := range found {
			add(s, fpaths[i])
		}
	}
	return sessions, paths, notes, nil
}
