package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
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

	stepID string
}

func newProjectorControl(sw *SessionWindow, timer *Timer) *ProjectorControl {
	c := &ProjectorControl{sw: sw, timer: timer}
	c.Toggle = widget.NewButtonWithIcon("Projector", theme.ComputerIcon(), func() {
		if c.Win == nil {
			c.Open()
		} else {
			c.Close()
		}
	})
	c.Reveal = widget.NewButtonWithIcon("Reveal", theme.VisibilityIcon(), func() { c.SetReveal(!c.Revealed()) })
	c.Anonymous = widget.NewCheck("Anonymous", func(on bool) {
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

// Open shows the projector window on the current step, results hidden.
func (c *ProjectorControl) Open() {
	if c.Win != nil {
		c.Win.RequestFocus()
		return
	}
	w := c.sw.App.App.NewWindow("Scaleroom — projector")
	v := NewProjector(c.sw.Editor, c.timer)
	v.Options = c.sw.reportOptions
	v.SetAnonymous(c.Anonymous.Checked)
	v.SetStep(c.stepID)
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
	w.Resize(fyne.NewSize(1280, 720))
	c.Win, c.View = w, v
	w.Show()
	c.update()
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
	c.stepID = id
	if c.View != nil {
		c.View.SetStep(id)
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
		c.Toggle.SetText("Projector")
		c.Reveal.Disable()
	} else {
		c.Toggle.SetText("Close projector")
		c.Reveal.Enable()
	}
	if c.Revealed() {
		c.Reveal.SetText("Hide")
		c.Reveal.SetIcon(theme.VisibilityOffIcon())
		c.Reveal.Importance = widget.WarningImportance
	} else {
		c.Reveal.SetText("Reveal")
		c.Reveal.SetIcon(theme.VisibilityIcon())
		c.Reveal.Importance = widget.MediumImportance
	}
	c.Reveal.Refresh()
}
