package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// TextArea is a multi-line text field that Tab leaves, as it leaves every
// other control. Fyne's multi-line Entry types a tab instead, which traps
// a keyboard user in it: on a notes step the timer, the projector and Next
// could not be reached. A tab can still be pasted in.
type TextArea struct {
	widget.Entry
}

// NewTextArea makes an empty multi-line field, like widget.NewMultiLineEntry.
func NewTextArea() *TextArea {
	e := &TextArea{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip) // as NewMultiLineEntry
	e.ExtendBaseWidget(e)
	return e
}

// AcceptsTab tells the driver to move the focus on Tab rather than hand
// the key to the field.
func (e *TextArea) AcceptsTab() bool { return false }

// TypedKey moves the focus on a Tab that reaches the field anyway, and
// passes the window's keys (F1) on to the window.
func (e *TextArea) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyTab {
		c := fyne.CurrentApp().Driver().CanvasForObject(e)
		if c == nil {
			return
		}
		if d, ok := fyne.CurrentApp().Driver().(desktop.Driver); ok && d.CurrentKeyModifiers()&fyne.KeyModifierShift != 0 {
			c.FocusPrevious()
		} else {
			c.FocusNext()
		}
		return
	}
	if passWindowKey(e, k) {
		return
	}
	e.Entry.TypedKey(k)
}
