package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// windowLayout arranges the session window: a strip along the top with the
// file buttons at the left, the tools (timer, quick action, projector) at
// the right and the save status between; a line under it; the navigation
// along the bottom; the agenda and the step in the middle. When the window
// is too narrow for the whole strip, the file buttons (also in the File
// menu, with shortcuts) step aside, so the tools stay and the window still
// fits a 1024-pixel screen.
//
// Fyne moves the focus on Tab in the order of the objects in the tree,
// whatever their places on screen. This layout places its parts by name,
// so the container can hold them in the order Tab should take: the step
// (after the agenda), the tools, the navigation, then the file buttons.
type windowLayout struct {
	files, status, tools, line, body, nav fyne.CanvasObject
	// stacked says the last layout put the status under the tools.
	stacked bool
}

// newWindowLayout builds the session window's root.
func newWindowLayout(files, status, tools, body, nav fyne.CanvasObject) *fyne.Container {
	l := &windowLayout{files: files, status: status, tools: tools, line: widget.NewSeparator(), body: body, nav: nav}
	return container.New(l, body, tools, nav, files, status, l.line)
}

// stripHeight is the height of the strip along the top.
func (l *windowLayout) stripHeight() float32 {
	return max(l.files.MinSize().Height, l.tools.MinSize().Height, l.status.MinSize().Height)
}

// statusRoom is the least width the status line keeps in the strip.
const statusRoom = 120

// Layout places the parts; the objects are those of newWindowLayout.
// When even the tools leave the status less than statusRoom (German and
// French labels are long), the status takes a row of its own under them.
func (l *windowLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	h := l.stripHeight()
	fw, tw := l.files.MinSize().Width, l.tools.MinSize().Width
	x := float32(0)
	if size.Width < fw+tw+statusRoom+2*pad {
		l.files.Hide()
	} else {
		l.files.Show()
		l.files.Move(fyne.NewPos(0, 0))
		l.files.Resize(fyne.NewSize(fw, h))
		x = fw + pad
	}
	l.tools.Move(fyne.NewPos(size.Width-tw, 0))
	l.tools.Resize(fyne.NewSize(tw, h))
	strip := h
	l.stacked = size.Width < tw+statusRoom+pad
	if l.stacked {
		sh := l.status.MinSize().Height
		l.status.Move(fyne.NewPos(0, h))
		l.status.Resize(fyne.NewSize(size.Width, sh))
		strip = h + sh
	} else {
		l.status.Move(fyne.NewPos(x, 0))
		l.status.Resize(fyne.NewSize(max(size.Width-tw-pad-x, 0), h))
	}
	lh := l.line.MinSize().Height
	l.line.Move(fyne.NewPos(0, strip+pad))
	l.line.Resize(fyne.NewSize(size.Width, lh))
	top := strip + lh + 2*pad
	nh := l.nav.MinSize().Height
	l.nav.Move(fyne.NewPos(0, size.Height-nh))
	l.nav.Resize(fyne.NewSize(size.Width, nh))
	l.body.Move(fyne.NewPos(0, top))
	l.body.Resize(fyne.NewSize(size.Width, max(size.Height-top-nh, 0)))
}

// MinSize is the strip (without the file buttons, with the status under
// the tools if the last layout put it there) over the body over the navigation, as wide as
// the widest of them.
func (l *windowLayout) MinSize(_ []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	body, nav := l.body.MinSize(), l.nav.MinSize()
	strip := l.stripHeight()
	if l.stacked {
		strip += l.status.MinSize().Height
	}
	return fyne.NewSize(max(l.tools.MinSize().Width, body.Width, nav.Width),
		strip+l.line.MinSize().Height+2*pad+body.Height+nav.Height)
}

// toolsLayout puts the timer bar and the other tools side by side, and the
// timer's note on the step it times under both, where a step's name has
// room. The objects are in Tab order: the clock's buttons, the note's,
// then the other tools.
type toolsLayout struct {
	bar, note, rest fyne.CanvasObject
}

func newToolsLayout(bar, note, rest fyne.CanvasObject) *fyne.Container {
	return container.New(&toolsLayout{bar: bar, note: note, rest: rest}, bar, note, rest)
}

func (l *toolsLayout) row() float32 { return max(l.bar.MinSize().Height, l.rest.MinSize().Height) }

// Layout places the parts; the objects are those of newToolsLayout.
func (l *toolsLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	h := l.row()
	l.bar.Move(fyne.NewPos(0, 0))
	l.bar.Resize(fyne.NewSize(l.bar.MinSize().Width, h))
	rw := l.rest.MinSize().Width
	l.rest.Move(fyne.NewPos(size.Width-rw, 0))
	l.rest.Resize(fyne.NewSize(rw, h))
	l.note.Move(fyne.NewPos(0, h+theme.Padding()))
	l.note.Resize(fyne.NewSize(size.Width, l.note.MinSize().Height))
}

// MinSize is the row of tools, with the note under it when it shows.
func (l *toolsLayout) MinSize(_ []fyne.CanvasObject) fyne.Size {
	w := l.bar.MinSize().Width + l.rest.MinSize().Width
	h := l.row()
	if l.note.Visible() {
		w = max(w, l.note.MinSize().Width)
		h += theme.Padding() + l.note.MinSize().Height
	}
	return fyne.NewSize(w, h)
}
