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
	// Session is the open session. Screens read and change it on the UI
	// goroutine only, and find their step by ID each time, because steps
	// can be reordered.
	Session *workshop.Session
	// Window is the session window, for dialogs.
	Window fyne.Window
	// Changed must be called after every edit: it marks the session unsaved,
	// schedules the autosave and refreshes live views (such as the projector).
	Changed func()
	// Now is the clock; tests inject their own.
	Now func() time.Time
}

// StepScreen shows and edits the content of one agenda step, below the
// step's title and facilitator prompt.
type StepScreen interface {
	// Object is the screen's root widget.
	Object() fyne.CanvasObject
	// Refresh re-reads the session after a change made elsewhere.
	Refresh()
}
