package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"scaleroom/workshop"
)

// progress is where a step stands. Its clock counts as work before the
// time is written into the session, so a step is in progress from the
// moment its clock starts.
func (sw *SessionWindow) progress(stepID string) workshop.Progress {
	p := sw.Editor.Session.Progress(stepID)
	if p == workshop.NotStarted && (sw.Timer.Running(stepID) || sw.Timer.Used(stepID) > 0) {
		return workshop.InProgress
	}
	return p
}

// showMeta writes the line under the step's title: its place in the
// agenda, its kind, its timebox and where it stands.
func (sw *SessionWindow) showMeta() {
	st := sw.Editor.Session.Step(currentStepID(sw))
	if st == nil {
		return
	}
	setLabel(sw.StepMeta, fmt.Sprintf(lang.L("Step %d of %d · %s · %s · %s"), sw.stepNumber(st.ID),
		len(sw.Editor.Session.Steps), kindLabel(st.Kind), minutesText(st.Timebox), sw.progress(st.ID).Label()))
}

// SetDone marks a step done or not done. A step marked done stops its
// clock, and the window goes on to the next step; after the last one it
// says the workshop is done and offers the summary.
func (sw *SessionWindow) SetDone(stepID string, done bool) {
	st := sw.Editor.Session.Step(stepID)
	if st == nil || st.Done == done {
		return
	}
	setDone(sw.Editor, st, done)
	if done && sw.Timer.Running(stepID) {
		sw.Timer.Pause()
	}
	if scr := sw.screens[navEntry{stepID: stepID}.key()]; scr != nil {
		scr.Refresh()
	}
	if !done {
		return
	}
	at := -1
	for i, e := range sw.entries {
		switch {
		case e.page != nil:
		case e.stepID == stepID:
			at = i
		case at >= 0:
			sw.Go(i)
			return
		}
	}
	sw.workshopDone()
}

// workshopDone says the last step is done, names the steps not marked
// done, and offers the summary.
func (sw *SessionWindow) workshopDone() {
	msg := lang.L("That was the last step: the workshop is done.")
	var open []string
	for i, st := range sw.Editor.Session.Steps {
		if !st.Done {
			open = append(open, fmt.Sprintf("%d. %s", i+1, truncate(st.Title, fitsRunes(60))))
		}
	}
	if n := len(open); n > 0 {
		const most = 5
		if n > most {
			open = append(open[:most], fmt.Sprintf(lang.L("and %d more"), n-most))
		}
		notDone := lang.L("%d steps are not marked done:")
		if n == 1 {
			notDone = lang.L("%d step is not marked done:")
		}
		msg += "\n\n" + fmt.Sprintf(notDone, n) + "\n" + strings.Join(open, "\n")
	}
	d := dialog.NewCustomConfirm(lang.L("Workshop done"), lang.L("Show the summary"), lang.L("Stay here"), wrapped(msg), func(ok bool) {
		if ok {
			sw.GoToPage("summary")
		}
	}, sw.App.Window)
	d.Resize(fyne.NewSize(480, 0))
	d.Show()
}
