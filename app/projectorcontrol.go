package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// currentStepID is the agenda step on screen, "" on a page.
func currentStepID(sw *SessionWindow) string {
	if sw.current < 0 || sw.current >= len(sw.entries) {
		return ""
	}
	return sw.entries[sw.current].stepID
}

// ProjectorControl opens and drives the projector window from the session
// window: open or close, reveal or hide the result, names on or off.
type ProjectorControl struct {
	sw    *SessionWindow
	timer *Timer

	Toggle    *widget.Button
	Reveal    *widget.Button
	Anonymous *widget.Check

	// View and Win exist while the projector window is open.
	View *Projector
	Win  fyne.Window

	stepID  string
	valueID string

	// hasSecondary and fillSecondary ask the window system whether a second
	// display is connected and put a window full screen on it; tests
	// replace them.
	hasSecondary  func() bool
	fillSecondary func(fyne.Window)
}

// hasSecondaryDisplay asks the desktop driver whether a second display,
// not a mirror of the first, is connected.
func hasSecondaryDisplay() bool {
	d, ok := fyne.CurrentApp().Driver().(desktop.Driver)
	return ok && d.HasSecondaryDisplay()
}

// fullScreenSecondary puts a window full screen on a display other than
// the main one; a driver without displays puts it full screen.
func fullScreenSecondary(w fyne.Window) {
	if dw, ok := w.(desktop.Window); ok {
		dw.RequestFullScreenSecondary()
		return
	}
	w.SetFullScreen(true)
}

func newProjectorControl(sw *SessionWindow, timer *Timer) *ProjectorControl {
	c := &ProjectorControl{sw: sw, timer: timer, hasSecondary: hasSecondaryDisplay, fillSecondary: fullScreenSecondary}
	c.Toggle = widget.NewButtonWithIcon(lang.L("Projector"), theme.ComputerIcon(), func() {
		if c.Win == nil {
			c.Open()
		} else {
			c.Close()
		}
	})
	c.Reveal = widget.NewButtonWithIcon(lang.L("Reveal"), theme.VisibilityIcon(), func() { c.SetReveal(!c.Revealed()) })
	c.Anonymous = widget.NewCheck(lang.L("Anonymous"), func(on bool) {
		if c.View != nil {
			c.View.SetAnonymous(on)
		}
	})
	c.update()
	return c
}

// Revealed reports whether the room sees the result.
func (c *ProjectorControl) Revealed() bool { return c.View != nil && c.View.Revealed() }

// SetReveal shows or hides the result on the projector.
func (c *ProjectorControl) SetReveal(on bool) {
	if c.View != nil {
		c.View.SetReveal(on)
	}
	c.update()
}

// Open shows the projector window on the current step, results hidden:
// full screen on the second display when there is one (the projector,
// extending the desktop), else a window that fits within the main window's
// screen, which F11 makes full screen.
func (c *ProjectorControl) Open() {
	if c.Win != nil {
		c.Win.RequestFocus()
		return
	}
	w := c.sw.App.App.NewWindow(lang.L("Scaleroom — projector"))
	v := NewProjector(c.sw.Editor, c.timer)
	v.Options = c.sw.reportOptions
	v.SetAnonymous(c.Anonymous.Checked)
	v.SetStep(c.stepID)
	v.SetValue(c.valueID)
	// The projector draws its own margin, scaled to the window.
	w.SetPadded(false)
	w.SetContent(v.Object())
	// F11 is the full-screen key facilitators expect from browsers and
	// presentation tools.
	toggle := func() { w.SetFullScreen(!w.FullScreen()) }
	w.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF11}, func(fyne.Shortcut) { toggle() })
	w.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) {
		switch ev.Name {
		case fyne.KeyF11:
			toggle()
		case fyne.KeyEscape:
			if w.FullScreen() {
				w.SetFullScreen(false)
			}
		}
	})
	w.SetOnClosed(func() {
		if c.Win == w {
			v.Close()
			c.Win, c.View = nil, nil
			c.update()
		}
	})
	// The size to come back to from full screen, too.
	w.Resize(projectorWindowSize(c.sw.App.Window.Canvas().Size()))
	if c.hasSecondary() {
		c.fillSecondary(w)
	} else {
		w.CenterOnScreen()
	}
	c.Win, c.View = w, v
	w.Show()
	c.update()
}

// projectorWindowSize is the projector's window without a second display:
// 16:9, 1280×720 at most, and no larger than the main window, which fits
// its screen.
func projectorWindowSize(main fyne.Size) fyne.Size {
	w := min(float32(1280), main.Width)
	h := w * 9 / 16
	if main.Height > 0 && h > main.Height {
		h = main.Height
		w = h * 16 / 9
	}
	if w < 640 { // no main window to go by
		return fyne.NewSize(1024, 576)
	}
	return fyne.NewSize(w, h)
}

// ToggleFullScreen switches the projector window in and out of full screen.
func (c *ProjectorControl) ToggleFullScreen() {
	if c.Win != nil {
		c.Win.SetFullScreen(!c.Win.FullScreen())
	}
}

// Close closes the projector window.
func (c *ProjectorControl) Close() {
	if c.Win == nil {
		return
	}
	w, v := c.Win, c.View
	c.Win, c.View = nil, nil
	v.Close()
	w.Close()
	c.update()
}

// SetStep follows the session window.
func (c *ProjectorControl) SetStep(id string) {
	if id != c.stepID {
		c.valueID = ""
	}
	c.stepID = id
	if c.View != nil {
		c.View.SetStep(id)
	}
	c.update()
}

// SetValue follows the values screen's selection: the value the room
// votes on. A new value starts with its result hidden.
func (c *ProjectorControl) SetValue(id string) {
	c.valueID = id
	if c.View != nil {
		c.View.SetValue(id)
	}
	c.update()
}

// Refresh redraws the projector after an edit.
func (c *ProjectorControl) Refresh() {
	if c.View != nil {
		c.View.Refresh()
	}
}

func (c *ProjectorControl) update() {
	if c.Win == nil {
		c.Toggle.SetText(lang.L("Projector"))
		c.Reveal.Disable()
	} else {
		c.Toggle.SetText(lang.L("Close projector"))
		c.Reveal.Enable()
	}
	if c.Revealed() {
		c.Reveal.SetText(lang.L("Hide"))
		c.Reveal.SetIcon(theme.VisibilityOffIcon())
		c.Reveal.Importance = widget.WarningImportance
	} else {
		c.Reveal.SetText(lang.L("Reveal"))
		c.Reveal.SetIcon(theme.VisibilityIcon())
		c.Reveal.Importance = widget.MediumImportance
	}
	c.Reveal.Refresh()
}
