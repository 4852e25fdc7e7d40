package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// asEntry is the text field o is, single or multi-line (TextArea); nil
// for anything else.
func asEntry(o fyne.CanvasObject) *widget.Entry {
	switch e := o.(type) {
	case *widget.Entry:
		return e
	case *TextArea:
		return &e.Entry
	}
	return nil
}
