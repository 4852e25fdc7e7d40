package app

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"scaleroom/workshop"
)

// directionColor is how the map colours an initiative's direction. The
// four hues stay apart for the common colour-vision deficiencies well
// enough when paired with the legend's words.
func directionColor(d workshop.Direction) color.Color {
	switch d {
	case workshop.DirectionUp:
		return color.NRGBA{R: 0x2e, G: 0x9d, B: 0x4a, A: 0xff}
	case workshop.DirectionHold:
		return color.NRGBA{R: 0x1e, G: 0x6f, B: 0xd9, A: 0xff}
	case workshop.DirectionDown:
		return color.NRGBA{R: 0xf0, G: 0x8c, B: 0x00, A: 0xff}
	case workshop.DirectionStop:
		return color.NRGBA{R: 0xd3, G: 0x2f, B: 0x2f, A: 0xff}
	}
	return color.NRGBA{R: 0x9e, G: 0x9e, B: 0x9e, A: 0xff}
}

// mapZone is a region of the map where initiatives are placed.
type mapZone int

const (
	zoneRenewal mapZone = iota
	zoneMaturity
	zoneBirth
	zoneDestruction
	zoneRigidity
	zonePoverty
	zoneUnplaced
)

// zoneOf says where an initiative goes: a trap wins over its phase, since
// the trap is what the room has to act on.
func zoneOf(in *workshop.Initiative) mapZone {
	switch in.Trap {
	case workshop.TrapRigidity:
		return zoneRigidity
	case workshop.TrapPoverty:
		return zonePoverty
	}
	switch in.Phase {
	case workshop.PhaseBirth:
		return zoneBirth
	case workshop.PhaseMaturity:
		return zoneMaturity
	case workshop.PhaseDestruction:
		return zoneDestruction
	case workshop.PhaseRenewal:
		return zoneRenewal
	}
	return zoneUnplaced
}

// EcocycleMap draws the Ecocycle Planning map: the four phases around the
// figure-eight loop, the rigidity trap beyond maturity and the poverty trap
// between renewal and birth, and each initiative as a dot coloured by its
// direction. Dots ringed with a dashed warning mark have no consensus.
// Tapping a dot selects that initiative.
type EcocycleMap struct {
	widget.BaseWidget

	initiatives []workshop.Initiative
	// Selected is the highlighted initiative's ID.
	Selected string
	// OnSelect is called with the ID of a tapped initiative.
	OnSelect func(id string)
	// TextSize is 0 for the theme's size; the projector uses more.
	TextSize float32

	dots map[string]fyne.Position // centres, from the last layout
}

// NewEcocycleMap makes an empty map.
func NewEcocycleMap() *EcocycleMap {
	m := &EcocycleMap{dots: map[string]fyne.Position{}}
	m.ExtendBaseWidget(m)
	return m
}

// SetInitiatives shows these initiatives; the map keeps a copy, so later
// edits show only after the next call.
func (m *EcocycleMap) SetInitiatives(in []workshop.Initiative) {
	m.initiatives = append(m.initiatives[:0], in...)
	m.Refresh()
}

// DotPosition is where an initiative's dot is drawn, for tests and for
// placing pop-ups; false if it is not on the map.
func (m *EcocycleMap) DotPosition(id string) (fyne.Position, bool) {
	p, ok := m.dots[id]
	return p, ok
}

func (m *EcocycleMap) textSize() float32 {
	if m.TextSize > 0 {
		return m.TextSize
	}
	return theme.TextSize()
}

func (m *EcocycleMap) dotRadius() float32 { return m.textSize() * 0.6 }

// Tapped selects the initiative under the pointer, if any.
func (m *EcocycleMap) Tapped(ev *fyne.PointEvent) {
	best, bestD := "", float32(0)
	reach := m.dotRadius() * 2
	for id, p := range m.dots {
		dx, dy := p.X-ev.Position.X, p.Y-ev.Position.Y
		d := dx*dx + dy*dy
		if d <= reach*reach && (best == "" || d < bestD) {
			best, bestD = id, d
		}
	}
	if best == "" {
		return
	}
	m.Selected = best
	m.Refresh()
	if m.OnSelect != nil {
		m.OnSelect(best)
	}
}

// MinSize keeps the phases readable.
func (m *EcocycleMap) MinSize() fyne.Size {
	ts := m.textSize()
	return fyne.NewSize(ts*30, ts*20)
}

// CreateRenderer implements fyne.Widget.
func (m *EcocycleMap) CreateRenderer() fyne.WidgetRenderer {
	r := &ecocycleRenderer{m: m}
	// The cycle's quadrants: renewal, maturity, birth, creative destruction.
	tints := []color.NRGBA{
		{R: 0x7e, G: 0x57, B: 0xc2, A: 0x22}, {R: 0x1e, G: 0x88, B: 0xe5, A: 0x22},
		{R: 0x43, G: 0xa0, B: 0x47, A: 0x22}, {R: 0xf4, G: 0x51, B: 0x1e, A: 0x22},
	}
	for i, c := range tints {
		r.tints[i] = canvas.NewRectangle(c)
		r.objects = append(r.objects, r.tints[i])
	}
	for i := range r.loops {
		r.loops[i] = canvas.NewCircle(color.Transparent)
		r.objects = append(r.objects, r.loops[i])
	}
	for i, p := range []workshop.Phase{workshop.PhaseRenewal, workshop.PhaseMaturity, workshop.PhaseBirth, workshop.PhaseDestruction} {
		r.phases[i] = newMapText(p.Label(), true)
		r.objects = append(r.objects, r.phases[i])
	}
	for i, t := range []workshop.Trap{workshop.TrapRigidity, workshop.TrapPoverty} {
		r.traps[i] = canvas.NewRectangle(color.NRGBA{R: 0xd3, G: 0x2f, B: 0x2f, A: 0x1c})
		r.trapLabels[i] = newMapText(t.Label(), true)
		r.objects = append(r.objects, r.traps[i], r.trapLabels[i])
	}
	r.sep = canvas.NewLine(color.Transparent)
	r.unplacedTitle = newMapText("Not placed yet:", true)
	r.more = newMapText("", false)
	r.ring = canvas.NewCircle(color.Transparent)
	r.objects = append(r.objects, r.sep, r.unplacedTitle, r.more, r.ring)
	r.fixed = len(r.objects)
	r.Refresh()
	return r
}

func newMapText(s string, bold bool) *canvas.Text {
	t := canvas.NewText(s, color.Transparent)
	t.TextStyle = fyne.TextStyle{Bold: bold}
	return t
}

// ecocycleRenderer draws the map from objects it makes once; only the
// dots and their names grow with the initiatives, and are reused after.
type ecocycleRenderer struct {
	m             *EcocycleMap
	tints         [4]*canvas.Rectangle
	loops         [2]*canvas.Circle
	phases        [4]*canvas.Text // renewal, maturity, birth, destruction
	traps         [2]*canvas.Rectangle
	trapLabels    [2]*canvas.Text // rigidity, poverty
	sep           *canvas.Line
	unplacedTitle *canvas.Text
	more          *canvas.Text // "+3 more" when the unplaced strip is full
	ring          *canvas.Circle
	dots          []*canvas.Circle
	names         []*canvas.Text
	objects       []fyne.CanvasObject
	fixed         int // objects before the first dot
}

func (r *ecocycleRenderer) MinSize() fyne.Size           { return r.m.MinSize() }
func (r *ecocycleRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *ecocycleRenderer) Destroy()                     {}

// Refresh reads the initiatives and the theme into the objects. Names are
// fitted here, not in Layout: their width follows the text size, not the
// map's size, so resizing the window measures nothing.
func (r *ecocycleRenderer) Refresh() {
	m := r.m
	ts := m.textSize()
	fg := theme.Color(theme.ColorNameForeground)
	muted := theme.Color(theme.ColorNamePlaceHolder)
	trapColor := theme.Color(theme.ColorNameError)
	for _, c := range r.loops {
		c.StrokeColor, c.StrokeWidth = muted, max(2, ts/6)
	}
	for _, t := range r.phases {
		t.Color, t.TextSize = fg, ts*1.2
	}
	for i, rect := range r.traps {
		rect.StrokeColor, rect.StrokeWidth, rect.CornerRadius = trapColor, max(1.5, ts/8), ts/2
		r.trapLabels[i].Color, r.trapLabels[i].TextSize = trapColor, ts
	}
	r.sep.StrokeColor = muted
	r.unplacedTitle.Color, r.unplacedTitle.TextSize = muted, ts
	r.more.Color, r.more.TextSize = muted, ts
	r.ring.StrokeColor, r.ring.StrokeWidth = fg, max(2, ts/5)
	r.ensureDots(len(m.initiatives))
	nameW := mapCellWidth(ts) - 2*m.dotRadius() - ts*0.6
	for i := range m.initiatives {
		in := &m.initiatives[i]
		dot, t := r.dots[i], r.names[i]
		dot.FillColor = directionColor(in.Direction)
		dot.StrokeColor, dot.StrokeWidth = color.Color(nil), float32(0)
		name := in.Name
		if in.Contested {
			// A question mark beside the name: readable on a projector and
			// in black and white, unlike a colour alone.
			dot.StrokeColor, dot.StrokeWidth = theme.Color(theme.ColorNameWarning), max(2, ts/5)
			name = "? " + name
		}
		t.Color, t.TextSize = fg, ts
		t.TextStyle = fyne.TextStyle{Bold: in.ID == m.Selected}
		t.Text = truncate(name, fitsWidth(nameW, ts, t.TextStyle))
	}
	r.Layout(m.Size())
	for _, o := range r.objects {
		o.Refresh()
	}
}

// ensureDots keeps a dot and a name for each of n initiatives.
func (r *ecocycleRenderer) ensureDots(n int) {
	for len(r.dots) < n {
		r.dots = append(r.dots, canvas.NewCircle(color.Transparent))
		r.names = append(r.names, newMapText("", false))
	}
	r.dots, r.names = r.dots[:n], r.names[:n]
	r.objects = r.objects[:r.fixed]
	for i := range n {
		r.objects = append(r.objects, r.dots[i], r.names[i])
	}
}

func mapCellWidth(ts float32) float32 { return ts * 11 }

// mapGeometry is where the parts of the map go at one size.
type mapGeometry struct {
	ts, pad      float32
	w, h         float32 // the cycle, above the strip of unplaced ones
	halfW, halfH float32
	trapW, trapH float32
	rigid, poor  fyne.Position // the traps' corners
	zones        map[mapZone]fyne.Position
	zoneWidth    map[mapZone]float32
	cellW, cellH float32
}

// newMapGeometry works out the places for a size; false when there is no
// room to draw.
func newMapGeometry(size fyne.Size, ts float32) (mapGeometry, bool) {
	g := mapGeometry{ts: ts, pad: ts * 0.5, cellW: mapCellWidth(ts), cellH: ts * 2}
	g.w, g.h = size.Width, size.Height-ts*2.6
	if g.w <= 0 || g.h <= 0 {
		return g, false
	}
	g.halfW, g.halfH = g.w/2, g.h/2
	// The traps: the outer corners the loop does not reach.
	g.trapW, g.trapH = g.halfW*0.62, g.halfH*0.55
	pad := g.pad
	g.rigid = fyne.NewPos(g.w-g.trapW-pad, ts*2.2)
	g.poor = fyne.NewPos(pad, g.h-g.trapH-ts*2.4)
	// Zones where dots go, inside each region and clear of its titles.
	top := ts * 2.2
	titleW := fyne.MeasureText("Not placed yet:", ts, fyne.TextStyle{Bold: true}).Width
	g.zones = map[mapZone]fyne.Position{
		zoneRenewal:     fyne.NewPos(pad, top),
		zoneMaturity:    fyne.NewPos(g.halfW+pad, top+g.trapH+pad),
		zoneBirth:       fyne.NewPos(pad+g.trapW+pad, g.halfH+pad),
		zoneDestruction: fyne.NewPos(g.halfW+pad, g.halfH+pad),
		zoneRigidity:    fyne.NewPos(g.rigid.X+pad, g.rigid.Y+ts*1.8),
		zonePoverty:     fyne.NewPos(g.poor.X+pad, g.poor.Y+ts*1.8),
		zoneUnplaced:    fyne.NewPos(pad+titleW+pad, g.h+ts*0.6),
	}
	g.zoneWidth = map[mapZone]float32{
		zoneRenewal: g.halfW - 2*pad, zoneMaturity: g.halfW - 2*pad, zoneBirth: g.halfW - g.trapW - 3*pad,
		zoneDestruction: g.halfW - 2*pad, zoneRigidity: g.trapW - 2*pad, zonePoverty: g.trapW - 2*pad,
		zoneUnplaced: g.w - pad - titleW - pad,
	}
	return g, true
}

// Layout places the drawing for the size and records where the dots are.
func (r *ecocycleRenderer) Layout(size fyne.Size) {
	g, ok := newMapGeometry(size, r.m.textSize())
	if !ok {
		r.m.dots = map[string]fyne.Position{}
		return
	}
	r.layoutCycle(g)
	r.layoutTraps(g)
	r.layoutDots(g)
}

// layoutCycle places the quadrant tints, the loop over them and the
// phases' names.
func (r *ecocycleRenderer) layoutCycle(g mapGeometry) {
	for i, rect := range r.tints {
		rect.Move(fyne.NewPos(float32(i%2)*g.halfW, float32(i/2)*g.halfH))
		rect.Resize(fyne.NewSize(g.halfW, g.halfH))
	}
	radius := min(g.halfW/2, g.halfH) * 0.92
	for i, c := range r.loops {
		cx := g.halfW/2 + float32(i)*g.halfW
		c.Move(fyne.NewPos(cx-radius, g.halfH-radius))
		c.Resize(fyne.NewSize(2*radius, 2*radius))
	}
	right := func(t *canvas.Text) float32 {
		return g.w - g.pad - fyne.MeasureText(t.Text, t.TextSize, t.TextStyle).Width
	}
	bottom := g.h - g.pad - g.ts*1.5
	r.phases[0].Move(fyne.NewPos(g.pad, g.pad))
	r.phases[1].Move(fyne.NewPos(right(r.phases[1]), g.pad))
	r.phases[2].Move(fyne.NewPos(g.pad, bottom))
	r.phases[3].Move(fyne.NewPos(right(r.phases[3]), bottom))
	r.sep.Position1, r.sep.Position2 = fyne.NewPos(0, g.h), fyne.NewPos(g.w, g.h)
	r.unplacedTitle.Move(fyne.NewPos(g.pad, g.h+g.ts*0.6-g.ts*0.7))
}

// layoutTraps places the two traps and their names.
func (r *ecocycleRenderer) layoutTraps(g mapGeometry) {
	for i, at := range []fyne.Position{g.rigid, g.poor} {
		r.traps[i].Move(at)
		r.traps[i].Resize(fyne.NewSize(g.trapW, g.trapH))
		r.trapLabels[i].Move(fyne.NewPos(at.X+g.pad, at.Y+g.pad/2))
	}
}

// layoutDots lays the dots out in rows within their zones. The strip below
// the cycle holds one row: when more are unplaced than fit, the last slot
// says how many more (they are all in the list), so names never pile on
// top of each other.
func (r *ecocycleRenderer) layoutDots(g mapGeometry) {
	m := r.m
	m.dots = map[string]fyne.Position{}
	dotR, ts := m.dotRadius(), g.ts
	unplacedCols := max(1, int(g.zoneWidth[zoneUnplaced]/g.cellW))
	unplaced := 0
	for i := range m.initiatives {
		if zoneOf(&m.initiatives[i]) == zoneUnplaced {
			unplaced++
		}
	}
	unplacedShown := unplaced
	r.more.Hide()
	if unplaced > unplacedCols {
		unplacedShown = unplacedCols - 1
		r.more.Text = fmt.Sprintf("+%d more", unplaced-unplacedShown)
		r.more.Move(fyne.NewPos(g.zones[zoneUnplaced].X+float32(unplacedShown)*g.cellW, g.zones[zoneUnplaced].Y-ts*0.7))
		r.more.Show()
	}
	r.ring.Hide()
	count := map[mapZone]int{}
	for i := range m.initiatives {
		in := &m.initiatives[i]
		z := zoneOf(in)
		n := count[z]
		count[z]++
		dot, name := r.dots[i], r.names[i]
		if z == zoneUnplaced && n >= unplacedShown {
			dot.Hide()
			name.Hide()
			continue
		}
		cols := max(1, int(g.zoneWidth[z]/g.cellW))
		origin := g.zones[z]
		cx := origin.X + float32(n%cols)*g.cellW + dotR
		cy := origin.Y + float32(n/cols)*g.cellH + dotR
		if z == zoneUnplaced {
			cy = origin.Y
		}
		m.dots[in.ID] = fyne.NewPos(cx, cy)
		if in.ID == m.Selected {
			rr := dotR + ts*0.35
			r.ring.Move(fyne.NewPos(cx-rr, cy-rr))
			r.ring.Resize(fyne.NewSize(2*rr, 2*rr))
			r.ring.Show()
		}
		dot.Move(fyne.NewPos(cx-dotR, cy-dotR))
		dot.Resize(fyne.NewSize(2*dotR, 2*dotR))
		dot.Show()
		name.Move(fyne.NewPos(cx+dotR+ts*0.3, cy-ts*0.7))
		name.Show()
	}
}

// directionLegend explains the dot colours and marks.
func directionLegend(ts float32) fyne.CanvasObject {
	items := []fyne.CanvasObject{}
	add := func(c color.Color, stroke color.Color, label string) {
		dot := canvas.NewCircle(c)
		if stroke != nil {
			dot.StrokeColor, dot.StrokeWidth = stroke, max(2, ts/5)
		}
		d := ts * 1.1
		t := canvas.NewText(label, theme.Color(theme.ColorNameForeground))
		t.TextSize = ts
		items = append(items, container.NewHBox(container.NewCenter(container.NewGridWrap(fyne.NewSize(d, d), dot)), t))
	}
	for _, d := range workshop.Directions {
		add(directionColor(d), nil, d.Label())
	}
	add(directionColor(""), nil, "Not decided")
	add(color.Transparent, theme.Color(theme.ColorNameWarning), "? No consensus")
	return container.NewHBox(items...)
}
