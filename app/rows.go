package app

import "fyne.io/fyne/v2"

// rowsOf finds the row behind each object a list or table holds. A row is
// a small struct that builds its widgets once and keeps them by name, so
// UpdateItem reaches them without walking containers by index, and a
// change of layout cannot hand it the wrong widget.
type rowsOf[R any] map[fyne.CanvasObject]R

// keep records r as the row drawn by o and returns o, for CreateItem.
func (rs rowsOf[R]) keep(o fyne.CanvasObject, r R) fyne.CanvasObject {
	rs[o] = r
	return o
}
