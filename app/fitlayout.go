package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Layouts that let a screen fit the smallest window in every language:
// where German or French words are longer than the English ones, a row
// wraps onto a further line rather than make the window wider.

// flowRow lays its objects side by side at their own widths, like an HBox,
// and when the row is too narrow for them all carries the rest on to a
// further row: a row of buttons whose words are long in some languages
// wraps instead of widening the window. Its least width is that of its
// widest object; its height is that of the rows it was last laid out in
// (one row before it is laid out), so the window asks for more height
// only when the row really wraps.
type flowRow struct {
	width float32 // the width it was last laid out at; 0 before that
}

// newFlowRow is a flowRow of objs.
func newFlowRow(objs ...fyne.CanvasObject) *fyne.Container {
	return container.New(&flowRow{}, objs...)
}

// place calls at with where each visible object goes in a row of width w
// (no limit when w is 0) and returns the number of rows and their height.
func (f *flowRow) place(objs []fyne.CanvasObject, w float32, at func(o fyne.CanvasObject, pos fyne.Position, size fyne.Size)) (int, float32) {
	pad := theme.Padding()
	rowH := float32(0)
	for _, o := range objs {
		if o.Visible() {
			rowH = max(rowH, o.MinSize().Height)
		}
	}
	rows := 0
	x, y := float32(0), float32(0)
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		ow := o.MinSize().Width
		switch {
		case rows == 0:
			rows = 1
		case w > 0 && x+ow > w:
			x, y = 0, y+rowH+pad
			rows++
		}
		if at != nil {
			at(o, fyne.NewPos(x, y), fyne.NewSize(ow, rowH))
		}
		x += ow + pad
	}
	return rows, rowH
}

func (f *flowRow) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	f.width = s.Width
	f.place(objs, s.Width, func(o fyne.CanvasObject, pos fyne.Position, size fyne.Size) {
		o.Move(pos)
		o.Resize(size)
	})
}

func (f *flowRow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	widest := float32(0)
	for _, o := range objs {
		if o.Visible() {
			widest = max(widest, o.MinSize().Width)
		}
	}
	// A row laid out narrower than its widest object was hidden or not
	// yet sized (a tab not shown): it asks for one row, not a tower.
	w := f.width
	if w < widest {
		w = 0
	}
	rows, rowH := f.place(objs, w, nil)
	if rows == 0 {
		return fyne.NewSize(0, 0)
	}
	return fyne.NewSize(widest, float32(rows)*rowH+float32(rows-1)*theme.Padding())
}

// besideWrap lays a label (which wraps by word) on the left of a line at
// its own width, and another object beside it taking the rest of the
// line; when the line is too narrow for both, the label takes what the
// other object leaves, at least least, and wraps onto more lines rather
// than push the line wider.
type besideWrap struct {
	label *widget.Label
	least float32
}

// newBesideWrap is a line of label, wrapping when needed, and rest.
func newBesideWrap(label *widget.Label, rest fyne.CanvasObject, least float32) *fyne.Container {
	label.Wrapping = fyne.TextWrapWord
	return container.New(&besideWrap{label: label, least: least}, label, rest)
}

// labelWidth is the label's width on a line of width w beside rest.
func (b *besideWrap) labelWidth(rest fyne.CanvasObject, w float32) float32 {
	if b.label.Text == "" || !b.label.Visible() {
		return 0
	}
	size := theme.TextSize()
	if b.label.SizeName != "" {
		size = theme.Size(b.label.SizeName)
	}
	// A pixel over the measured width, or the rendered font's rounding
	// could wrap the last word of a line that fits.
	natural := fyne.MeasureText(b.label.Text, size, b.label.TextStyle).Width + 2*theme.InnerPadding() + 1
	return min(natural, max(w-rest.MinSize().Width-theme.Padding(), b.least))
}

func (b *besideWrap) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	label, rest := objs[0], objs[1]
	lw := b.labelWidth(rest, s.Width)
	label.Move(fyne.NewPos(0, 0))
	label.Resize(fyne.NewSize(lw, s.Height))
	x := float32(0)
	if lw > 0 {
		x = lw + theme.Padding()
	}
	rest.Move(fyne.NewPos(x, 0))
	rest.Resize(fyne.NewSize(max(s.Width-x, 0), s.Height))
}

func (b *besideWrap) MinSize(objs []fyne.CanvasObject) fyne.Size {
	label, rest := objs[0], objs[1]
	rs := rest.MinSize()
	w := rs.Width
	if b.label.Text != "" && label.Visible() {
		w += b.least + theme.Padding()
	}
	// The label's height is that of the lines it wraps into at the width
	// it was last given.
	return fyne.NewSize(w, max(label.MinSize().Height, rs.Height))
}

// entryFor is the width an entry needs to show text (its placeholder)
// uncut.
func entryFor(text string) float32 {
	return fyne.MeasureText(text, theme.TextSize(), fyne.TextStyle{}).Width +
		2*theme.InnerPadding() + 2*theme.InputBorderSize() + 2
}

// selectFor is the width a select needs to show its chosen words uncut:
// Fyne sizes a select for its placeholder and truncates the rest.
func selectFor(text string) float32 {
	// The label sits between the select's padding and its drop icon, and
	// pads its text on both sides: as Fyne's select lays them out.
	return fyne.MeasureText(text, theme.TextSize(), fyne.TextStyle{}).Width +
		2*theme.InnerPadding() + theme.IconInlineSize() + theme.Padding() + 1
}

// widerFor is a layout like inner whose least width is also at least
// width(), read each time it is asked: a column of selects asks for the
// width of their chosen words.
type widerFor struct {
	inner fyne.Layout
	width func() float32
}

func (w *widerFor) Layout(objs []fyne.CanvasObject, s fyne.Size) { w.inner.Layout(objs, s) }

func (w *widerFor) MinSize(objs []fyne.CanvasObject) fyne.Size {
	m := w.inner.MinSize(objs)
	m.Width = max(m.Width, w.width())
	return m
}

// cappedHeight shows content at its own height up to a share of the
// window, and scrolls beyond it: a long prompt (a facilitator's own, or a
// German one, a third longer than the English) leaves the step's content
// in view rather than push it out of the window.
type cappedHeight struct {
	scroll  *container.Scroll
	content fyne.CanvasObject
	most    func() float32
}

// newCappedHeight is content at most most() high.
func newCappedHeight(content fyne.CanvasObject, most func() float32) *fyne.Container {
	c := &cappedHeight{scroll: container.NewVScroll(content), content: content, most: most}
	return container.New(c, c.scroll)
}

func (c *cappedHeight) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	c.scroll.Move(fyne.NewPos(0, 0))
	c.scroll.Resize(size)
}

func (c *cappedHeight) MinSize(_ []fyne.CanvasObject) fyne.Size {
	m := c.content.MinSize()
	if most := c.most(); most > 0 {
		m.Height = min(m.Height, most)
	}
	return m
}
