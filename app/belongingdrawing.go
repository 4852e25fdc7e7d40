package app

import (
	"image/color"
	"math"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"scaleroom/export/report"
	"scaleroom/workshop"
)

// BelongingDrawing draws a belonging map as the report describes it (see
// report.BelongingMap): the levels as bands, top first, with their names
// on the left; people as numbered dots and relationships as lines between
// them, or, without people, a connector per pair of levels labelled with
// its count; broken rungs as dashed red lines. The person being recorded
// is ringed and their relationships drawn in the accent colour. Tapping a
// dot reports that person.
type BelongingDrawing struct {
	widget.BaseWidget

	m *report.BelongingMap
	// Selected is the index into the map's People of the person ringed,
	// or -1.
	Selected int
	// OnSelect is called with the index of a tapped person.
	OnSelect func(i int)
	// TextSize is 0 for the theme's size; the projector uses more.
	TextSize float32

	fig workshop.BelongingFigure // from the last layout
}

// NewBelongingDrawing makes an empty drawing.
func NewBelongingDrawing() *BelongingDrawing {
	d := &BelongingDrawing{Selected: -1, m: &report.BelongingMap{}}
	d.ExtendBaseWidget(d)
	return d
}

// SetMap shows a map; the drawing keeps it, so later edits show after the
// next call only.
func (d *BelongingDrawing) SetMap(m *report.BelongingMap) {
	if m == nil {
		m = &report.BelongingMap{}
	}
	d.m = m
	if d.Selected >= len(m.People) {
		d.Selected = -1
	}
	d.Refresh()
}

// Map is the map drawn.
func (d *BelongingDrawing) Map() *report.BelongingMap { return d.m }

// SetSelected rings a person (an index into the map's People), or no one
// with -1.
func (d *BelongingDrawing) SetSelected(i int) {
	if i != d.Selected {
		d.Selected = i
		d.Refresh()
	}
}

// DotPosition is where a person's dot is drawn, for tests; false when it
// is not drawn.
func (d *BelongingDrawing) DotPosition(i int) (fyne.Position, bool) {
	if i < 0 || i >= len(d.fig.Dots) || math.IsNaN(d.fig.Dots[i].X) {
		return fyne.Position{}, false
	}
	p := d.fig.Dots[i]
	return fyne.NewPos(float32(p.X), float32(p.Y)), true
}

// Figure is the layout last drawn, for tests.
func (d *BelongingDrawing) Figure() workshop.BelongingFigure { return d.fig }

// Tapped reports the person whose dot is under the pointer.
func (d *BelongingDrawing) Tapped(ev *fyne.PointEvent) {
	i := d.fig.PersonAt(workshop.FigPoint{X: float64(ev.Position.X), Y: float64(ev.Position.Y)})
	if i >= 0 && d.OnSelect != nil {
		d.OnSelect(i)
	}
}

func (d *BelongingDrawing) textSize() float32 {
	if d.TextSize > 0 {
		return d.TextSize
	}
	return theme.TextSize()
}

// spec is the figure's sizes at a text size: a column of ten ems for the
// levels' names, and two lines of text in the lowest band (a band with
// more room shows a third, the count of those with nobody across).
func (d *BelongingDrawing) spec(size fyne.Size) workshop.BelongingSpec {
	ts := float64(d.textSize())
	return workshop.BelongingSpec{Width: float64(size.Width), Height: float64(size.Height), LabelWidth: ts * 10,
		DotRadius: ts * 0.8, MinDotRadius: ts * 0.25, Gap: ts * 0.35, LabelHeight: ts * 0.75 * 1.4,
		RungHeight: ts * 1.2, MinBandHeight: ts * 2.4}
}

// MinSize keeps every band two lines high, and the rungs' labels apart.
func (d *BelongingDrawing) MinSize() fyne.Size {
	ts := d.textSize()
	n := float32(max(len(d.m.Levels), 1))
	return fyne.NewSize(ts*22, ts*2.4*n+ts*1.2*(n-1))
}

// CreateRenderer implements fyne.Widget.
func (d *BelongingDrawing) CreateRenderer() fyne.WidgetRenderer {
	r := &belongingRenderer{d: d, ring: canvas.NewCircle(color.Transparent)}
	r.Refresh()
	return r
}

// rungDashes is how many dashes mark a broken rung, whatever its length.
const rungDashes = 36

// belongingRenderer draws the map from objects it keeps: one set per
// level, rung, relationship, connector and person, grown when the map
// grows and reused after.
type belongingRenderer struct {
	d *BelongingDrawing

	bands               []*canvas.Rectangle
	names, counts, lone []*canvas.Text
	dashes              [][rungDashes]*canvas.Line
	rungLabels          []*canvas.Text
	links               []*canvas.Line
	conns               []*canvas.Line
	connBoxes           []*canvas.Rectangle
	connLabels          []*canvas.Text
	dots                []*canvas.Circle
	numbers             []*canvas.Text
	people              []*canvas.Text // names under the dots, where they fit
	ring                *canvas.Circle

	objects []fyne.CanvasObject
	// linked marks the relationships of the selected person, by index.
	linked []bool
	// widths measures text by its characters, per size and style.
	widths map[textKey]*runeWidths
}

type textKey struct {
	size  float32
	style fyne.TextStyle
}

// fits says whether a text fits a width at a size and style.
func (r *belongingRenderer) fits(width, size float32, style fyne.TextStyle) func(string) bool {
	k := textKey{size, style}
	if r.widths == nil {
		r.widths = map[textKey]*runeWidths{}
	}
	m := r.widths[k]
	if m == nil {
		m = newRuneWidths(size, style)
		r.widths[k] = m
	}
	return func(s string) bool { return m.measure(s) <= float64(width) }
}

func (r *belongingRenderer) MinSize() fyne.Size           { return r.d.MinSize() }
func (r *belongingRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *belongingRenderer) Destroy()                     {}

func newDrawingText(bold bool) *canvas.Text {
	t := canvas.NewText("", color.Transparent)
	t.TextStyle = fyne.TextStyle{Bold: bold}
	return t
}

// grow keeps n objects in a pool, making the missing ones.
func grow[T any](pool []T, n int, mk func() T) []T {
	for len(pool) < n {
		pool = append(pool, mk())
	}
	return pool[:n]
}

// ensure sizes every pool for the map and lists the objects in drawing
// order: bands, rungs, lines, dots, then text on top.
func (r *belongingRenderer) ensure() {
	m := r.d.m
	n := len(m.Levels)
	r.bands = grow(r.bands, n, func() *canvas.Rectangle { return canvas.NewRectangle(color.Transparent) })
	r.names = grow(r.names, n, func() *canvas.Text { return newDrawingText(true) })
	r.counts = grow(r.counts, n, func() *canvas.Text { return newDrawingText(false) })
	r.lone = grow(r.lone, n, func() *canvas.Text { return newDrawingText(false) })
	r.dashes = grow(r.dashes, len(m.Rungs), func() (ds [rungDashes]*canvas.Line) {
		for i := range ds {
			ds[i] = canvas.NewLine(color.Transparent)
		}
		return ds
	})
	r.rungLabels = grow(r.rungLabels, len(m.Rungs), func() *canvas.Text { return newDrawingText(true) })
	r.links = grow(r.links, len(m.Links), func() *canvas.Line { return canvas.NewLine(color.Transparent) })
	r.conns = grow(r.conns, len(m.Pairs), func() *canvas.Line { return canvas.NewLine(color.Transparent) })
	r.connBoxes = grow(r.connBoxes, len(m.Pairs), func() *canvas.Rectangle { return canvas.NewRectangle(color.Transparent) })
	r.connLabels = grow(r.connLabels, len(m.Pairs), func() *canvas.Text { return newDrawingText(true) })
	r.dots = grow(r.dots, len(m.People), func() *canvas.Circle { return canvas.NewCircle(color.Transparent) })
	r.numbers = grow(r.numbers, len(m.People), func() *canvas.Text { return newDrawingText(true) })
	r.people = grow(r.people, len(m.People), func() *canvas.Text { return newDrawingText(false) })

	r.objects = r.objects[:0]
	for _, b := range r.bands {
		r.objects = append(r.objects, b)
	}
	for _, ds := range r.dashes {
		for _, l := range ds {
			r.objects = append(r.objects, l)
		}
	}
	// The selected person's lines go last, over the others.
	for i, l := range r.links {
		if i >= len(r.linked) || !r.linked[i] {
			r.objects = append(r.objects, l)
		}
	}
	for i, l := range r.links {
		if i < len(r.linked) && r.linked[i] {
			r.objects = append(r.objects, l)
		}
	}
	for _, l := range r.conns {
		r.objects = append(r.objects, l)
	}
	for i := range r.connBoxes {
		r.objects = append(r.objects, r.connBoxes[i], r.connLabels[i])
	}
	r.objects = append(r.objects, r.ring)
	for i := range r.dots {
		r.objects = append(r.objects, r.dots[i], r.numbers[i], r.people[i])
	}
	for i := range r.names {
		r.objects = append(r.objects, r.names[i], r.counts[i], r.lone[i])
	}
	for _, t := range r.rungLabels {
		r.objects = append(r.objects, t)
	}
}

// withAlpha is c at alpha a (0 to 255).
func withAlpha(c color.Color, a uint8) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = a
	return n
}

// Refresh reads the map and the theme into the objects. Text is fitted
// here, not in Layout: its width follows the text size, not the size of
// the drawing, so resizing measures nothing.
func (r *belongingRenderer) Refresh() {
	d, m := r.d, r.d.m
	ts := d.textSize()
	r.linked = r.linked[:0]
	for _, l := range m.Links {
		r.linked = append(r.linked, d.Selected >= 0 && (l[0] == d.Selected || l[1] == d.Selected))
	}
	r.ensure()
	fg := theme.Color(theme.ColorNameForeground)
	muted := theme.Color(theme.ColorNamePlaceHolder)
	primary := theme.Color(theme.ColorNamePrimary)
	danger := theme.Color(theme.ColorNameError)
	fills := []color.Color{theme.Color(theme.ColorNameInputBackground), theme.Color(theme.ColorNameHeaderBackground)}
	labelW := ts*10 - ts*0.6
	for i, l := range m.Levels {
		r.bands[i].FillColor = fills[i%2]
		r.bands[i].CornerRadius = ts * 0.3
		r.fitText(r.names[i], l.Name, fg, ts, labelW)
		r.fitText(r.counts[i], l.People, muted, ts*0.85, labelW)
		r.fitText(r.lone[i], l.Alone, danger, ts*0.85, labelW)
	}
	for i, rung := range m.Rungs {
		for _, l := range r.dashes[i] {
			l.StrokeColor, l.StrokeWidth = danger, max(1.5, ts/7)
		}
		r.fitText(r.rungLabels[i], rung.Label, danger, ts*0.85, labelW)
	}
	thin := max(1, ts/14)
	plain := withAlpha(fg, 90)
	if len(m.Links) > 60 {
		plain = withAlpha(fg, 45) // a crowded map keeps its dots readable
	}
	for i, l := range r.links {
		l.StrokeColor, l.StrokeWidth = plain, thin
		if r.linked[i] {
			l.StrokeColor, l.StrokeWidth = primary, max(2, ts/6)
		}
	}
	for i, p := range m.Pairs {
		r.conns[i].StrokeColor = primary
		r.conns[i].StrokeWidth = max(2, ts/8) + float32(p.Weight)*ts*0.5
		r.connBoxes[i].FillColor = theme.Color(theme.ColorNameBackground)
		r.connBoxes[i].StrokeColor, r.connBoxes[i].StrokeWidth = primary, max(1, ts/12)
		r.connBoxes[i].CornerRadius = ts * 0.3
		r.fitText(r.connLabels[i], p.Label, primary, ts*0.85, ts*12)
	}
	onPrimary := theme.Color(theme.ColorNameForegroundOnPrimary)
	for i, p := range m.People {
		dot, num := r.dots[i], r.numbers[i]
		dot.StrokeWidth = max(1.5, ts/9)
		dot.FillColor, dot.StrokeColor, num.Color = primary, primary, onPrimary
		if p.Alone {
			dot.FillColor, num.Color = theme.Color(theme.ColorNameBackground), primary
		}
		num.Text = strconv.Itoa(p.Number)
		r.people[i].Color, r.people[i].TextSize = fg, ts*0.75
	}
	r.ring.FillColor = color.Transparent
	r.ring.StrokeColor, r.ring.StrokeWidth = fg, max(2, ts/5)
	r.Layout(d.Size())
	for _, o := range r.objects {
		o.Refresh()
	}
}

// fitText fills a text object, cut to a width with an ellipsis.
func (r *belongingRenderer) fitText(t *canvas.Text, s string, c color.Color, size, width float32) {
	t.Color, t.TextSize = c, size
	t.Text = truncate(s, r.fits(width, size, t.TextStyle))
}

// Layout places everything for the size and records the figure.
func (r *belongingRenderer) Layout(size fyne.Size) {
	d := r.d
	d.fig = workshop.LayOutBelonging(d.spec(size), d.m.Shape())
	r.layoutBands()
	r.layoutLines()
	r.layoutDots()
}

func figPos(p workshop.FigPoint) fyne.Position { return fyne.NewPos(float32(p.X), float32(p.Y)) }

// layoutBands places the bands, the levels' names and counts beside them,
// centred on each band's height, and the broken rungs.
func (r *belongingRenderer) layoutBands() {
	f := &r.d.fig
	ts := r.d.textSize()
	pad := ts * 0.3
	for i, b := range f.Bands {
		r.bands[i].Move(fyne.NewPos(float32(f.Area.X)-pad, float32(b.Y)))
		r.bands[i].Resize(fyne.NewSize(max(float32(b.W-f.Area.X)+pad, 0), max(float32(b.H), 0)))
		// The name always; the counts while the band has the height.
		lines := []*canvas.Text{r.names[i]}
		h := r.names[i].MinSize().Height
		for _, t := range []*canvas.Text{r.counts[i], r.lone[i]} {
			t.Hidden = true
			// A sliver over is the text's own leading, not a clash.
			if th := t.MinSize().Height; t.Text != "" && h+th <= float32(b.H)+ts*0.15 {
				lines, h = append(lines, t), h+th
				t.Hidden = false
			}
		}
		y := float32(b.Y) + (float32(b.H)-h)/2
		for _, t := range lines {
			t.Move(fyne.NewPos(0, y))
			y += t.MinSize().Height
		}
	}
	for i, rung := range f.Rungs {
		step := float32(rung.X2-rung.X1) / rungDashes
		for k, l := range r.dashes[i] {
			x := float32(rung.X1) + step*float32(k)
			l.Position1 = fyne.NewPos(x, float32(rung.Y))
			l.Position2 = fyne.NewPos(x+step*0.6, float32(rung.Y))
		}
		t := r.rungLabels[i]
		t.Move(fyne.NewPos(0, float32(rung.Y)-t.MinSize().Height/2))
	}
}

// layoutLines places the relationships' lines and the pairs' connectors
// with their counts.
func (r *belongingRenderer) layoutLines() {
	f := &r.d.fig
	pad := r.d.textSize() * 0.3
	for i, l := range f.Links {
		line := r.links[i]
		line.Hidden = math.IsNaN(l[0].X) || math.IsNaN(l[1].X)
		if !line.Hidden {
			line.Position1, line.Position2 = figPos(l[0]), figPos(l[1])
		}
	}
	for i, c := range f.Connectors {
		r.conns[i].Position1, r.conns[i].Position2 = figPos(c.From), figPos(c.To)
		t, box := r.connLabels[i], r.connBoxes[i]
		ms := t.MinSize()
		at := figPos(c.Label)
		t.Move(fyne.NewPos(at.X-ms.Width/2, at.Y-ms.Height/2))
		box.Move(fyne.NewPos(at.X-ms.Width/2-pad, at.Y-ms.Height/2))
		box.Resize(fyne.NewSize(ms.Width+2*pad, ms.Height))
	}
}

// layoutDots places the people's dots, their numbers, their names where
// there is room under the dots, and the ring of the person selected.
func (r *belongingRenderer) layoutDots() {
	d, m, f := r.d, r.d.m, &r.d.fig
	ts := d.textSize()
	rad := float32(f.Radius)
	numbers := rad >= ts*0.55
	r.ring.Hidden = true
	room := f.LabelRoom(m.Shape().PersonLevel, float64(ts*0.4), float64(ts*8))
	for i, p := range f.Dots {
		dot, num, name := r.dots[i], r.numbers[i], r.people[i]
		dot.Hidden, num.Hidden = math.IsNaN(p.X), math.IsNaN(p.X) || !numbers
		name.Hidden = true
		if dot.Hidden {
			continue
		}
		c := figPos(p)
		dot.Move(fyne.NewPos(c.X-rad, c.Y-rad))
		dot.Resize(fyne.NewSize(2*rad, 2*rad))
		num.TextSize = min(ts*0.85, rad*1.05)
		ms := num.MinSize()
		num.Move(fyne.NewPos(c.X-ms.Width/2, c.Y-ms.Height/2))
		if w := float32(room[m.People[i].Level]); w >= ts*2 && numbers {
			// The name under the dot, as far as it fits beside the next.
			b := f.Bands[m.People[i].Level]
			// No name wider than a few ems needs more than 60 characters.
			name.Text = truncate(clip(m.People[i].Name, 60), r.fits(w, name.TextSize, name.TextStyle))
			nm := name.MinSize()
			if c.Y+rad+nm.Height <= float32(b.Y+b.H) {
				name.Move(fyne.NewPos(c.X-nm.Width/2, c.Y+rad))
				name.Hidden = false
			}
		}
		if i == d.Selected {
			rr := rad + ts*0.35
			r.ring.Move(fyne.NewPos(c.X-rr, c.Y-rr))
			r.ring.Resize(fyne.NewSize(2*rr, 2*rr))
			r.ring.Hidden = false
		}
	}
}

// belongingTexts are the words a drawing of the map shows, for tests:
// each level with its counts, each person's number and name, each
// connector's count, each rung's label.
func belongingTexts(m *report.BelongingMap) []string {
	var out []string
	for _, l := range m.Levels {
		out = append(out, strings.TrimSpace(l.Name+" "+l.People+" "+l.Alone))
	}
	for _, p := range m.People {
		out = append(out, strconv.Itoa(p.Number)+" "+p.Name)
	}
	for _, p := range m.Pairs {
		out = append(out, p.Label)
	}
	for _, r := range m.Rungs {
		out = append(out, r.Label)
	}
	return out
}
