// Package app is Scaleroom's Fyne GUI: the home screen, the session window
// with one screen per agenda step, dialogs, the projector window and the
// autosave loop. It never imports fyne.io/fyne/v2/app, so its tests run
// headless with the fyne test driver.
package app

import (
	"time"

	"fyne.io/fyne/v2"

	"scaleroom/workshop"
)

// Editor is what a screen needs from the session window it lives in.
type Editor struct {
	// Session is the open session. Screens read it on the UI goroutine,
	// and find their step by ID each time, because steps can be reordered.
	// They change it only through Apply and Type, so every edit can be
	// undone.
	Session *workshop.Session
	// Window is the session window, for dialogs.
	Window fyne.Window
	// Changed is called after every edit: it marks the session unsaved,
	// schedules the autosave and refreshes live views (such as the projector).
	Changed func()
	// Now is the clock; tests inject their own.
	Now func() time.Time
	// History keeps the edits made through Apply and Type, for undo. It
	// belongs to the session window, is never saved, and is made on first
	// use for a screen built on its own.
	History *workshop.History
	// Notify shows a sentence about an edit where the facilitator sees it
	// on any screen, such as what a delete removed and how to bring it
	// back; "" clears it. Nil drops it.
	Notify func(string)
	// typingIn is what had the keyboard when text was last typed: typing
	// after the keyboard moved is a new step to undo, even in the same field.
	typingIn fyne.Focusable
}

// Apply makes one edit to the session, records it so that undo can take
// it back, and calls Changed. label says what the edit did, as the Edit
// menu offers it after "Undo" ("level 6 for Ana"). A refused edit changes
// nothing and returns why.
func (ed *Editor) Apply(label string, e workshop.Edit) error {
	ed.typingIn = nil
	if err := ed.history().Apply(ed.Session, label, e); err != nil {
		return err
	}
	ed.edited()
	return nil
}

// Type is Apply for text typed into a field, so that undo takes back what
// was typed there, not one character: key names the field and what it
// edits ("details title", "item s3 l2 note"), and typing goes on into one
// step while the same field keeps the keyboard without a long pause (see
// workshop.History.Type).
func (ed *Editor) Type(label, key string, e workshop.Edit) error {
	h := ed.history()
	if f := ed.focused(); f != ed.typingIn {
		h.Seal()
		ed.typingIn = f
	}
	if err := h.Type(ed.Session, label, key, ed.now(), e); err != nil {
		return err
	}
	ed.edited()
	return nil
}

func (ed *Editor) history() *workshop.History {
	if ed.History == nil {
		ed.History = workshop.NewHistory(workshop.HistoryDepth)
	}
	return ed.History
}

// edited follows every recorded edit: an earlier notice (such as "Ctrl+Z
// brings it back") no longer holds, and the window hears of the change.
func (ed *Editor) edited() {
	ed.notify("")
	ed.changed()
}

func (ed *Editor) notify(msg string) {
	if ed.Notify != nil {
		ed.Notify(msg)
	}
}

func (ed *Editor) focused() fyne.Focusable {
	if ed.Window == nil {
		return nil
	}
	return ed.Window.Canvas().Focused()
}

func (ed *Editor) now() time.Time {
	if ed.Now != nil {
		return ed.Now()
	}
	return time.Now()
}

// StepScreen shows and edits the content of one agenda step, below the
// step's title and facilitator prompt.
type StepScreen interface {
	// Object is the screen's root widget.
	Object() fyne.CanvasObject
	// Refresh re-reads the session after a change made elsewhere.
	Refresh()
}
