package app

import (
	"fmt"
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"scaleroom/workshop"
)

// directionColor is how the map colours an initiative's direction; the
// legend's words carry the meaning for readers who cannot tell the hues
// apart. Each takes ink or paper for its number (textOn), at 4.5:1 or more.
func directionColor(d workshop.Direction) color.Color {
	switch d {
	case workshop.DirectionUp:
		return rgb(0x2e7d32)
	case workshop.DirectionHold:
		return rgb(0x1565c0)
	case workshop.DirectionDown:
		return rgb(0xef6c00)
	case workshop.DirectionStop:
		return rgb(0xc62828)
	}
	return rgb(0x8d8d8d)
}

// EcocycleMap draws the Ecocycle Planning map from workshop's geometry, as
// the PDF does: the poverty trap's band, the four phases around the figure
// of eight, the rigidity trap's band, and under them a strip for the
// initiatives not placed yet. Each initiative is a dot coloured by its
// direction and numbered in list order, with its name beside it where
// there is room; the side list, when shown, gives every name in full.
// Dots ringed in the warning colour, and names starting with "?", have no
// consensus. Tapping a dot selects it; dragging it to another area places
// it there.
type EcocycleMap struct {
	widget.BaseWidget

	initiatives []workshop.Initiative
	// Selected is the highlighted initiative's ID.
	Selected string
	// OnSelect is called with the ID of a tapped or dragged initiative.
	OnSelect func(id string)
	// OnPlace is called when a dot is dropped in another zone; the map
	// shows it there once the caller has moved the initiative and called
	// SetInitiatives.
	OnPlace func(id string, z workshop.EcoZone)
	// TextSize is 0 for the theme's size; everything on the map scales
	// with it, so the projector sets a larger one.
	TextSize float32
	// SideList lists every initiative's number and full name beside the
	// figure.
	SideList bool
	// MinHeight is the least height the map asks for; 0 for 13 lines of
	// its text, which keeps the reflection step usable at 1024×640. A
	// room's screen, where the map is the result, asks for more.
	MinHeight float32

	drawn    []workshop.Initiative // what the renderer last showed
	drawnSel string
	fig      *workshop.EcoFigure // from the last layout, in map coordinates
	drag     mapDrag
}

// mapDrag is a dot being dragged: which, and where it is now.
type mapDrag struct {
	active, ignored bool
	index           int
	at              fyne.Position
}

// NewEcocycleMap makes an empty map.
func NewEcocycleMap() *EcocycleMap {
	m := &EcocycleMap{}
	m.ExtendBaseWidget(m)
	return m
}

// SetInitiatives shows these initiatives; the map keeps a copy, so later
// edits show only after the next call. When nothing the map draws has
// changed (typing evidence or a rationale), it does not redraw.
func (m *EcocycleMap) SetInitiatives(in []workshop.Initiative) {
	changed := len(in) != len(m.initiatives)
	for i := 0; !changed && i < len(in); i++ {
		changed = !sameOnMap(&in[i], &m.initiatives[i])
	}
	m.initiatives = append(m.initiatives[:0], in...)
	if changed || m.Selected != m.drawnSel {
		m.Refresh()
	}
}

// sameOnMap reports whether two initiatives look alike on the map.
func sameOnMap(a, b *workshop.Initiative) bool {
	return a.ID == b.ID && a.Name == b.Name && a.Phase == b.Phase && a.Trap == b.Trap &&
		a.Direction == b.Direction && a.Contested == b.Contested
}

// DotPosition is where an initiative's dot is drawn, for tests and for
// placing pop-ups; false if it has no dot.
func (m *EcocycleMap) DotPosition(id string) (fyne.Position, bool) {
	if m.fig == nil {
		return fyne.Position{}, false
	}
	for i, in := range m.drawn {
		if in.ID == id && i < len(m.fig.Dots) && m.fig.Dots[i].Shown {
			c := m.fig.Dots[i].Center
			return fyne.NewPos(float32(c.X), float32(c.Y)), true
		}
	}
	return fyne.Position{}, false
}

// LabelText is the name drawn beside an initiative's dot, "" when it is
// only in the side list; for tests.
func (m *EcocycleMap) LabelText(id string) string {
	if m.fig == nil {
		return ""
	}
	for i, in := range m.drawn {
		if in.ID == id && i < len(m.fig.Labels) {
			return m.fig.Labels[i].Text
		}
	}
	return ""
}

func (m *EcocycleMap) textSize() float32 {
	if m.TextSize > 0 {
		return m.TextSize
	}
	return theme.TextSize()
}

// dotAt is the index of the initiative whose dot is under p, or -1.
func (m *EcocycleMap) dotAt(p fyne.Position) int {
	if m.fig == nil {
		return -1
	}
	return m.fig.DotAt(workshop.EcoPoint{X: float64(p.X), Y: float64(p.Y)}, float64(m.textSize())*0.4)
}

// Tapped selects the initiative under the pointer, if any.
func (m *EcocycleMap) Tapped(ev *fyne.PointEvent) {
	if i := m.dotAt(ev.Position); i >= 0 {
		m.selectIndex(i)
	}
}

func (m *EcocycleMap) selectIndex(i int) {
	id := m.drawn[i].ID
	if m.Selected == id {
		return
	}
	m.Selected = id
	m.Refresh()
	if m.OnSelect != nil {
		m.OnSelect(id)
	}
}

// Dragged moves the dot under the pointer where the drag began with the
// pointer. The driver reports where the pointer is and how far it moved
// since the last event, so the first event's start is its position less
// its move.
func (m *EcocycleMap) Dragged(ev *fyne.DragEvent) {
	d := &m.drag
	if d.ignored {
		return
	}
	if !d.active {
		start := ev.Position.Subtract(ev.Dragged)
		i := m.dotAt(start)
		if i < 0 {
			d.ignored = true
			return
		}
		d.active, d.index = true, i
	}
	d.at = ev.Position
	m.Refresh()
}

// DragEnd drops the dragged dot: the initiative is selected and, dropped
// in another zone, placed there.
func (m *EcocycleMap) DragEnd() {
	d := m.drag
	m.drag = mapDrag{}
	if !d.active || d.index >= len(m.drawn) || m.fig == nil {
		return
	}
	in := m.drawn[d.index]
	m.selectIndex(d.index)
	z, ok := m.fig.PlaceAt(workshop.EcoPoint{X: float64(d.at.X), Y: float64(d.at.Y)})
	if ok && z != workshop.ZoneOf(&in) && m.OnPlace != nil {
		m.OnPlace(in.ID, z)
	}
	m.Refresh() // back to its place when the drop changed nothing
}

// MinSize keeps the phases' names readable and leaves the screen usable
// at 1024×640: the figure then numbers its dots and names few of them.
func (m *EcocycleMap) MinSize() fyne.Size {
	ts := m.textSize()
	w := ts * 18
	if m.SideList {
		w += ts * 8
	}
	h := ts * 13
	if m.MinHeight > 0 {
		h = m.MinHeight
	}
	return fyne.NewSize(w, h)
}

// CreateRenderer implements fyne.Widget.
func (m *EcocycleMap) CreateRenderer() fyne.WidgetRenderer {
	r := &ecocycleRenderer{m: m}
	for i := range r.areas {
		r.areas[i] = canvas.NewRectangle(color.Transparent)
		r.objects = append(r.objects, r.areas[i])
	}
	for i := range r.loop {
		r.loop[i] = canvas.NewLine(color.Transparent)
		r.objects = append(r.objects, r.loop[i])
	}
	for i := range r.titles {
		for j := range r.titles[i] {
			t := canvas.NewText("", color.Transparent)
			t.TextStyle.Bold = true
			r.titles[i][j] = t
			r.objects = append(r.objects, t)
		}
	}
	r.ring = canvas.NewCircle(color.Transparent)
	r.more = canvas.NewText("", color.Transparent)
	r.list = container.NewVBox()
	r.scroll = container.NewVScroll(r.list)
	r.objects = append(r.objects, r.ring, r.more, r.scroll)
	r.fixed = len(r.objects)
	r.Refresh()
	return r
}

// loopSegments is how many lines trace the figure of eight on screen.
const loopSegments = 72

// ecocycleRenderer draws the map from objects it makes once: the areas,
// their titles and the loop; the dots, numbers, names and side-list rows
// grow with the initiatives and are reused after. A refresh recolours and
// moves them; only texts that changed are set again.
type ecocycleRenderer struct {
	m       *EcocycleMap
	areas   [7]*canvas.Rectangle // in workshop's order, the strip last
	titles  [7][4]*canvas.Text   // up to four lines each
	loop    [loopSegments]*canvas.Line
	ring    *canvas.Circle // round the selected dot
	more    *canvas.Text   // "+3 more" when the strip is full
	dots    []*canvas.Circle
	numbers []*canvas.Text
	names   []*canvas.Text
	rows    []*widget.Label // the side list's
	list    *fyne.Container
	scroll  *container.Scroll
	objects []fyne.CanvasObject
	fixed   int // objects before the first dot

	// Measures for the text size they were made for.
	fitSize float32
	labels  *workshop.TextFitter
	titleW  *runeWidths
}

func (r *ecocycleRenderer) MinSize() fyne.Size           { return r.m.MinSize() }
func (r *ecocycleRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *ecocycleRenderer) Destroy()                     {}

// labelSize is the names' text size on the map.
func labelSize(ts float32) float32 { return ts * 0.9 }

// Refresh reads the initiatives and the theme into the objects, then lays
// them out.
func (r *ecocycleRenderer) Refresh() {
	m := r.m
	ts := m.textSize()
	if r.labels == nil || r.fitSize != ts {
		r.fitSize = ts
		r.labels = workshop.NewTextFitter(newRuneWidths(labelSize(ts), fyne.TextStyle{}).measure)
		r.titleW = newRuneWidths(ts, fyne.TextStyle{Bold: true})
	}
	m.drawn = append(m.drawn[:0], m.initiatives...)
	m.drawnSel = m.Selected
	fg := theme.Color(theme.ColorNameForeground)
	fills := [7]fyne.ThemeColorName{colorNameEcoTrap, colorNameEcoCool, colorNameEcoGrowth, colorNameEcoGrowth, colorNameEcoCool, colorNameEcoTrap, ""}
	for i, a := range r.areas {
		a.FillColor = color.Transparent
		if fills[i] != "" {
			a.FillColor = appColor(fills[i])
		}
		a.StrokeColor, a.StrokeWidth = appColor(colorNameEcoRule), 1
		for _, t := range r.titles[i] {
			t.Color, t.TextSize = fg, ts
			if fills[i] == colorNameEcoTrap {
				t.Color = appColor(colorNameEcoTrapText)
			}
		}
	}
	for _, l := range r.loop {
		l.StrokeColor, l.StrokeWidth = appColor(colorNameEcoLoop), max(1.5, ts/6)
	}
	r.ring.StrokeColor, r.ring.StrokeWidth = fg, max(2, ts/6)
	r.more.Color, r.more.TextSize = fg, labelSize(ts)
	r.ensure(len(m.drawn))
	for i := range m.drawn {
		in := &m.drawn[i]
		dot, num, name := r.dots[i], r.numbers[i], r.names[i]
		dot.FillColor = directionColor(in.Direction)
		dot.StrokeColor, dot.StrokeWidth = color.Color(nil), 0
		if in.Contested {
			dot.StrokeColor, dot.StrokeWidth = theme.Color(theme.ColorNameWarning), max(2, ts/5)
		}
		num.Color = textOn(dot.FillColor)
		num.Text = strconv.Itoa(i + 1)
		name.Color, name.TextSize = fg, labelSize(ts)
	}
	r.refreshList()
	r.Layout(m.Size())
	for _, o := range r.objects {
		if o != r.scroll {
			o.Refresh()
		}
	}
}

// mapLabel is the text beside an initiative's dot and in its list row.
func mapLabel(in *workshop.Initiative) string {
	name := in.Name
	if name == "" {
		name = lang.L("(no name yet)")
	}
	if in.Contested {
		// A question mark beside the name: readable on a projector and in
		// black and white, unlike a colour alone.
		name = "? " + name
	}
	return name
}

// refreshList sets the side list's rows, touching only those whose text
// changed: a row wraps its name again on every change, which for a
// 2,000-character name is a millisecond.
func (r *ecocycleRenderer) refreshList() {
	m := r.m
	if !m.SideList {
		r.scroll.Hide()
		return
	}
	r.scroll.Show()
	for len(r.rows) < len(m.drawn) {
		l := widget.NewLabel("")
		l.Wrapping = fyne.TextWrapWord
		r.rows = append(r.rows, l)
	}
	if len(r.list.Objects) != len(m.drawn) {
		r.list.Objects = r.list.Objects[:0]
		for i := range m.drawn {
			r.list.Objects = append(r.list.Objects, r.rows[i])
		}
		r.list.Refresh()
	}
	for i := range m.drawn {
		in := &m.drawn[i]
		text := fmt.Sprintf("%d. %s", i+1, mapLabel(in))
		bold := in.ID == m.Selected
		if row := r.rows[i]; row.Text != text || row.TextStyle.Bold != bold {
			row.TextStyle.Bold = bold
			row.SetText(text)
		}
	}
}

// ensure keeps a dot, a number and a name for each of n initiatives.
func (r *ecocycleRenderer) ensure(n int) {
	for len(r.dots) < n {
		r.dots = append(r.dots, canvas.NewCircle(color.Transparent))
		num := canvas.NewText("", color.Transparent)
		num.TextStyle.Bold = true
		num.Alignment = fyne.TextAlignCenter
		r.numbers = append(r.numbers, num)
		r.names = append(r.names, canvas.NewText("", color.Transparent))
	}
	if len(r.objects) == r.fixed+3*n {
		return
	}
	r.objects = r.objects[:r.fixed]
	for i := range n {
		r.objects = append(r.objects, r.dots[i], r.numbers[i])
	}
	for i := range n {
		r.objects = append(r.objects, r.names[i])
	}
}

// spec is the geometry's measures at the map's text size, for a figure of
// that size.
func (r *ecocycleRenderer) spec(w, h float32) workshop.EcoSpec {
	ts := float64(r.m.textSize())
	return workshop.EcoSpec{
		Width: float64(w), Height: float64(h),
		DotRadius: ts * 0.8, MinDotRadius: ts * 0.5, Gap: ts * 0.35,
		TitleHeight: ts * 1.35, MeasureTitle: r.titleW.measure,
		Labels: r.labels, LabelWidth: ts * 9, LabelHeight: ts * 1.25,
		Unplaced: true, LoopPoints: loopSegments,
	}
}

// sideListWidth is the side list's width: 13 ems while the map is wide
// enough, so resizing the window does not wrap every name again (a
// hundred 2,000-character names take a tenth of a second), and at most a
// third of a narrow map.
func (r *ecocycleRenderer) sideListWidth(size fyne.Size) float32 {
	if !r.m.SideList {
		return 0
	}
	return min(r.m.textSize()*13, size.Width*0.35)
}

// Layout lays the figure out for the size and places every object on it.
func (r *ecocycleRenderer) Layout(size fyne.Size) {
	m := r.m
	listW := r.sideListWidth(size)
	figW := size.Width - listW
	if listW > 0 {
		figW -= theme.Padding()
		r.scroll.Move(fyne.NewPos(size.Width-listW, 0))
		r.scroll.Resize(fyne.NewSize(listW, size.Height))
	}
	if figW <= 0 || size.Height <= 0 || r.labels == nil {
		m.fig = nil
		return
	}
	items := make([]workshop.EcoItem, len(m.drawn))
	for i := range m.drawn {
		in := &m.drawn[i]
		items[i] = workshop.EcoItem{Zone: workshop.ZoneOf(in), Label: mapLabel(in), First: in.ID == m.Selected}
	}
	f := workshop.LayoutEcocycle(items, r.spec(figW, size.Height))
	m.fig = f
	r.layoutAreas(f)
	r.layoutDots(f)
}

func pos(p workshop.EcoPoint) fyne.Position { return fyne.NewPos(float32(p.X), float32(p.Y)) }

// layoutAreas places the areas, their titles and the loop.
func (r *ecocycleRenderer) layoutAreas(f *workshop.EcoFigure) {
	for i, a := range r.areas {
		if i >= len(f.Areas) {
			a.Hide()
			for _, t := range r.titles[i] {
				t.Hide()
			}
			continue
		}
		fa := f.Areas[i]
		a.Show()
		a.Move(fyne.NewPos(float32(fa.Rect.X), float32(fa.Rect.Y)))
		a.Resize(fyne.NewSize(float32(fa.Rect.W), float32(fa.Rect.H)))
		for j, t := range r.titles[i] {
			if j >= len(fa.TitleLines) {
				t.Hide()
				continue
			}
			setCanvasText(t, fa.TitleLines[j])
			t.Alignment = fyne.TextAlignCenter
			if fa.Strip {
				t.Alignment = fyne.TextAlignLeading
			}
			lh := float32(f.Spec.TitleHeight)
			t.Move(fyne.NewPos(float32(fa.TitleRect.X), float32(fa.TitleRect.Y)+float32(j)*lh))
			t.Resize(fyne.NewSize(float32(fa.TitleRect.W), lh))
			t.Show()
		}
	}
	for i, l := range r.loop {
		l.Position1, l.Position2 = pos(f.Loop[i]), pos(f.Loop[i+1])
	}
	r.more.Hide()
	if f.MoreText != "" {
		setCanvasText(r.more, f.MoreText)
		r.more.Move(fyne.NewPos(float32(f.More.X), float32(f.More.Y)))
		r.more.Resize(fyne.NewSize(float32(f.More.W), float32(f.More.H)))
		r.more.Show()
	}
}

// layoutDots places the dots, their numbers, their names and the ring
// round the selected one; a dragged dot follows the pointer.
func (r *ecocycleRenderer) layoutDots(f *workshop.EcoFigure) {
	m := r.m
	r.ring.Hide()
	for i := range m.drawn {
		d, l := f.Dots[i], f.Labels[i]
		dot, num, name := r.dots[i], r.numbers[i], r.names[i]
		if !d.Shown {
			dot.Hide()
			num.Hide()
			name.Hide()
			continue
		}
		c, rad := pos(d.Center), float32(d.Radius)
		if m.drag.active && m.drag.index == i {
			c = m.drag.at
		}
		box := fyne.NewSize(2*rad, 2*rad)
		corner := fyne.NewPos(c.X-rad, c.Y-rad)
		dot.Move(corner)
		dot.Resize(box)
		dot.Show()
		num.TextSize = rad
		if len(num.Text) > 2 {
			num.TextSize = rad * 0.8
		}
		num.Move(corner)
		num.Resize(box)
		num.Hidden = num.TextSize < 6
		if m.drawn[i].ID == m.Selected {
			rr := rad + m.textSize()*0.15
			r.ring.Move(fyne.NewPos(c.X-rr, c.Y-rr))
			r.ring.Resize(fyne.NewSize(2*rr, 2*rr))
			r.ring.Show()
		}
		if !l.Shown || (m.drag.active && m.drag.index == i) {
			name.Hide() // a dragged dot's name would stay behind
			continue
		}
		setCanvasText(name, l.Text)
		name.Move(fyne.NewPos(float32(l.Rect.X), float32(l.Rect.Y)))
		name.Resize(fyne.NewSize(float32(l.Rect.W), float32(l.Rect.H)))
		name.Show()
	}
}

// setCanvasText changes a text's words, redrawing it only when they changed.
func setCanvasText(t *canvas.Text, s string) {
	if t.Text != s {
		t.Text = s
		t.Refresh()
	}
}

// directionLegend explains the dot colours and marks, in as many rows as
// its width needs.
func directionLegend(ts float32) fyne.CanvasObject {
	items := []fyne.CanvasObject{}
	cell := fyne.NewSize(0, 0)
	add := func(c color.Color, stroke color.Color, label string) {
		dot := canvas.NewCircle(c)
		if stroke != nil {
			dot.StrokeColor, dot.StrokeWidth = stroke, max(2, ts/5)
		}
		d := ts * 1.1
		t := canvas.NewText(label, theme.Color(theme.ColorNameForeground))
		t.TextSize = ts
		item := container.NewHBox(container.NewCenter(container.NewGridWrap(fyne.NewSize(d, d), dot)), t)
		cell = cell.Max(item.MinSize())
		items = append(items, item)
	}
	for _, d := range workshop.Directions {
		add(directionColor(d), nil, d.Label())
	}
	add(directionColor(""), nil, workshop.Direction("").Label())
	add(color.Transparent, theme.Color(theme.ColorNameWarning), lang.L("? No consensus"))
	return container.NewGridWrap(cell, items...)
}
