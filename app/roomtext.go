package app

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"scaleroom/workshop"
)

// roomLines is how many projector heights of type there are: the least text
// on the projector is 1/roomLines of its window's height, which reads from
// the back of a room (a 720-line projector gets 24 px).
const roomLines = 30

// roomUnit is the projector's unit of type, in pixels: the least text size,
// from the window's height. Every size on the projector is a multiple of it,
// so the picture keeps its proportions from a laptop window to a wall.
type roomUnit struct{ px float32 }

// defaultRoomUnit is the unit before the window has a size: a 720-line one.
const defaultRoomUnit = 720 / roomLines

func (u *roomUnit) of(em float32) float32 {
	if u == nil || u.px <= 0 {
		return em * defaultRoomUnit
	}
	return em * u.px
}

// roomText is a block of text for the room: em units of the projector's
// type, wrapped at spaces to its width, and cut with an ellipsis after
// maxLines lines, so a 2,000-character name takes the lines it is given and
// no more. Fyne's labels size their text from the theme; this one sizes it
// from the window, which the projector needs.
type roomText struct {
	widget.BaseWidget
	unit     *roomUnit
	text     string
	em       float32
	bold     bool
	colour   fyne.ThemeColorName // the theme's foreground when ""
	ink      color.Color         // a fixed colour instead, on a fixed fill
	align    fyne.TextAlign
	maxLines int
	// natural asks for the width of the text on one line, for a text beside
	// others rather than under them.
	natural bool

	// The wrap last worked out, for its inputs.
	wrapKey wrapKey
	wrapped []string
}

type wrapKey struct {
	text  string
	size  float32
	width float32
	bold  bool
	max   int
}

// roomTextMax bounds a text's lines when no smaller bound is given: the
// window shows about this many at the least size.
const roomTextMax = roomLines

func newRoomText(u *roomUnit, em float32, bold bool, maxLines int) *roomText {
	t := &roomText{unit: u, em: em, bold: bold, maxLines: maxLines}
	t.ExtendBaseWidget(t)
	return t
}

// SetText changes the words, redrawing only when they changed.
func (t *roomText) SetText(s string) {
	if t.text == s {
		return
	}
	t.text = s
	t.Refresh()
}

// setMaxLines changes how many lines the text may take.
func (t *roomText) setMaxLines(n int) {
	if t.maxLines != n {
		t.maxLines = n
		t.Refresh()
	}
}

// Text is the words, before wrapping and cutting.
func (t *roomText) Text() string { return t.text }

func (t *roomText) size() float32 { return t.unit.of(t.em) }

func (t *roomText) style() fyne.TextStyle { return fyne.TextStyle{Bold: t.bold} }

func (t *roomText) lineHeight() float32 {
	return fyne.MeasureText("Mg", t.size(), t.style()).Height
}

// lines is the text wrapped to a width; one unwrapped line when the width is
// not known yet.
func (t *roomText) lines(width float32) []string {
	limit := t.maxLines
	if limit <= 0 {
		limit = roomTextMax
	}
	k := wrapKey{text: t.text, size: t.size(), width: width, bold: t.bold, max: limit}
	if k == t.wrapKey && t.wrapped != nil {
		return t.wrapped
	}
	size, style := k.size, t.style()
	measure := func(s string) float32 { return fyne.MeasureText(s, size, style).Width }
	if width <= 0 {
		first, _, _ := strings.Cut(t.text, "\n")
		t.wrapped = []string{first}
	} else {
		t.wrapped = wrapText(t.text, width, limit, measure)
	}
	t.wrapKey = k
	return t.wrapped
}

// wrapText breaks s into at most limit lines no wider than width, at spaces
// where it can and inside a word longer than the line; when the text goes on
// past the last line, that line ends with an ellipsis. A line break in s
// starts a new line.
func wrapText(s string, width float32, limit int, measure func(string) float32) []string {
	fits := func(x string) bool { return measure(x) <= width }
	var out []string
	paras := strings.Split(s, "\n")
	for pi, para := range paras {
		words := strings.Fields(para)
		if len(words) == 0 {
			if len(out) < limit-1 && pi < len(paras)-1 {
				out = append(out, "")
			}
			continue
		}
		for len(words) > 0 {
			if len(out) >= limit-1 {
				// The last line: the rest of the text, cut to fit.
				rest := strings.Join(words, " ")
				for _, p := range paras[pi+1:] {
					if p = strings.Join(strings.Fields(p), " "); p != "" {
						rest += " " + p
					}
				}
				return append(out, workshop.Truncate(rest, fits))
			}
			line := words[0]
			if !fits(line) {
				// A word wider than the line: as much of it as fits.
				head := strings.TrimSuffix(workshop.Truncate(line, fits), "…")
				if head == "" {
					head = string([]rune(line)[:1])
				}
				out = append(out, head)
				words[0] = strings.TrimPrefix(line, head)
				continue
			}
			n := 1
			for n < len(words) && fits(line+" "+words[n]) {
				line += " " + words[n]
				n++
			}
			out = append(out, line)
			words = words[n:]
		}
	}
	return out
}

// CreateRenderer implements fyne.Widget.
func (t *roomText) CreateRenderer() fyne.WidgetRenderer {
	r := &roomTextRenderer{t: t}
	r.Refresh()
	return r
}

type roomTextRenderer struct {
	t       *roomText
	texts   []*canvas.Text
	objects []fyne.CanvasObject
}

func (r *roomTextRenderer) MinSize() fyne.Size {
	t := r.t
	if t.text == "" {
		return fyne.NewSize(0, 0)
	}
	n := len(t.lines(t.Size().Width))
	w := t.size()
	if t.natural {
		w = fyne.MeasureText(t.text, t.size(), t.style()).Width
	}
	return fyne.NewSize(w, float32(n)*t.lineHeight())
}

func (r *roomTextRenderer) Layout(size fyne.Size) {
	t := r.t
	lines := t.lines(size.Width)
	for len(r.texts) < len(lines) {
		r.texts = append(r.texts, canvas.NewText("", color.Transparent))
	}
	r.objects = r.objects[:0]
	lh := t.lineHeight()
	col := t.ink
	if col == nil {
		name := t.colour
		if name == "" {
			name = theme.ColorNameForeground
		}
		col = theme.Color(name)
	}
	for i, l := range lines {
		tx := r.texts[i]
		tx.Text, tx.TextSize, tx.TextStyle, tx.Color, tx.Alignment = l, t.size(), t.style(), col, t.align
		tx.Move(fyne.NewPos(0, float32(i)*lh))
		tx.Resize(fyne.NewSize(size.Width, lh))
		r.objects = append(r.objects, tx)
	}
}

func (r *roomTextRenderer) Refresh() {
	r.Layout(r.t.Size())
	for _, o := range r.objects {
		o.Refresh()
	}
}

func (r *roomTextRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *roomTextRenderer) Destroy()                     {}

// roomGrid lays its objects out in rows of cols equal columns, each object
// as tall as it needs at its column's width: it gives each its width before
// it asks its height, which wrapped text needs. One object, fill, may take
// the height left over. Its least width is small, so the projector's window
// never grows to fit its content.
type roomGrid struct {
	cols int
	gap  *roomUnit // the gap is gapEm units
	em   float32
	fill fyne.CanvasObject
	// squeeze lets the fill row be shorter than it asks when the rows do
	// not fit: a scroller, which then scrolls.
	squeeze bool
	// fit, when set, makes the content fit the height it is given: the
	// layout calls fit(0) to show everything, then fit(1), fit(2)… while
	// the rows are taller than the height, until fit returns false.
	fit func(step int) bool
}

// newRoomColumn stacks objects, gapEm units apart.
func newRoomColumn(u *roomUnit, gapEm float32, objs ...fyne.CanvasObject) *fyne.Container {
	return newRoomGrid(u, 1, gapEm, objs...)
}

func newRoomGrid(u *roomUnit, cols int, gapEm float32, objs ...fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: &roomGrid{cols: max(cols, 1), gap: u, em: gapEm}, Objects: objs}
}

func (g *roomGrid) gapPx() float32 { return g.gap.of(g.em) }

// rows groups the visible objects in rows.
func (g *roomGrid) rows(objs []fyne.CanvasObject) [][]fyne.CanvasObject {
	var out [][]fyne.CanvasObject
	var row []fyne.CanvasObject
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		row = append(row, o)
		if len(row) == g.cols {
			out = append(out, row)
			row = nil
		}
	}
	if len(row) > 0 {
		out = append(out, row)
	}
	return out
}

func (g *roomGrid) rowHeight(row []fyne.CanvasObject) float32 {
	h := float32(0)
	for _, o := range row {
		h = max(h, o.MinSize().Height)
	}
	return h
}

// Layout implements fyne.Layout.
func (g *roomGrid) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if g.fit != nil {
		g.fit(0)
		for step := 1; g.measure(objs, size.Width) > size.Height && g.fit(step); step++ {
		}
	}
	g.place(objs, size)
}

// measure is the height of the rows at a width.
func (g *roomGrid) measure(objs []fyne.CanvasObject, width float32) float32 {
	gap := g.gapPx()
	colW := (width - gap*float32(g.cols-1)) / float32(g.cols)
	rows := g.rows(objs)
	total := gap * float32(max(len(rows)-1, 0))
	for _, row := range rows {
		for _, o := range row {
			if o.Size().Width != colW {
				o.Resize(fyne.NewSize(colW, o.Size().Height))
			}
		}
		total += g.rowHeight(row)
	}
	return total
}

func (g *roomGrid) place(objs []fyne.CanvasObject, size fyne.Size) {
	gap := g.gapPx()
	colW := (size.Width - gap*float32(g.cols-1)) / float32(g.cols)
	rows := g.rows(objs)
	heights := make([]float32, len(rows))
	total, fillRow := float32(0), -1
	for i, row := range rows {
		for _, o := range row {
			if o.Size().Width != colW {
				o.Resize(fyne.NewSize(colW, o.Size().Height))
			}
			if o == g.fill {
				fillRow = i
			}
		}
		heights[i] = g.rowHeight(row)
		total += heights[i]
	}
	total += gap * float32(max(len(rows)-1, 0))
	if fillRow >= 0 && (total < size.Height || g.squeeze) {
		heights[fillRow] = max(heights[fillRow]+size.Height-total, 0)
	}
	y := float32(0)
	for i, row := range rows {
		for j, o := range row {
			o.Move(fyne.NewPos(float32(j)*(colW+gap), y))
			o.Resize(fyne.NewSize(colW, heights[i]))
		}
		y += heights[i] + gap
	}
}

// MinSize implements fyne.Layout: the rows' heights at the widths the
// objects were last given.
func (g *roomGrid) MinSize(objs []fyne.CanvasObject) fyne.Size {
	rows := g.rows(objs)
	h := float32(0)
	for _, row := range rows {
		h += g.rowHeight(row)
	}
	h += g.gapPx() * float32(max(len(rows)-1, 0))
	return fyne.NewSize(0, h)
}

// scrollHeight is a scroller that asks for its content's height, so a
// roomGrid fits its rows to the window before it lets the scroller scroll
// (see roomGrid.squeeze).
type scrollHeight struct{ content fyne.CanvasObject }

func newScrollHeight(content fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: &scrollHeight{content: content}, Objects: []fyne.CanvasObject{container.NewVScroll(content)}}
}

func (l *scrollHeight) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (l *scrollHeight) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(0, l.content.MinSize().Height)
}

// besideLayout puts objects[0], a square of side em units, at the start
// and objects[1] in the rest of the width, as tall as it needs.
type besideLayout struct {
	unit *roomUnit
	em   float32
}

func (b *besideLayout) side() float32 { return b.unit.of(b.em) }

func (b *besideLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	s := b.side()
	gap := b.unit.of(0.4)
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(s, s))
	w := max(size.Width-s-gap, 0)
	if objs[1].Size().Width != w {
		objs[1].Resize(fyne.NewSize(w, objs[1].Size().Height))
	}
	objs[1].Move(fyne.NewPos(s+gap, 0))
	objs[1].Resize(fyne.NewSize(w, max(objs[1].MinSize().Height, size.Height)))
}

func (b *besideLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(b.side(), max(b.side(), objs[1].MinSize().Height))
}
