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
	return &ecocycleRenderer{m: m}
}

type ecocycleRenderer struct {
	m       *EcocycleMap
	objects []fyne.CanvasObject
	size    fyne.Size
}

func (r *ecocycleRenderer) MinSize() fyne.Size           { return r.m.MinSize() }
func (r *ecocycleRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *ecocycleRenderer) Destroy()                     {}
func (r *ecocycleRenderer) Refresh()                     { r.Layout(r.m.Size()) }

// Layout rebuilds the drawing for the size: a handful of shapes, cheap to
// make again, and the dot positions depend on the size anyway.
func (r *ecocycleRenderer) Layout(size fyne.Size) {
	m := r.m
	r.size = size
	ts := m.textSize()
	fg := theme.Color(theme.ColorNameForeground)
	muted := theme.Color(theme.ColorNamePlaceHolder)
	var objs []fyne.CanvasObject
	text := func(s string, x, y float32, size float32, bold bool, c color.Color) *canvas.Text {
		t := canvas.NewText(s, c)
		t.TextSize = size
		t.TextStyle = fyne.TextStyle{Bold: bold}
		t.Move(fyne.NewPos(x, y))
		objs = append(objs, t)
		return t
	}

	unplacedH := ts * 2.6
	w, h := size.Width, size.Height-unplacedH
	if w <= 0 || h <= 0 {
		r.objects = nil
		return
	}
	halfW, halfH := w/2, h/2

	// Quadrant tints, then the loop over them.
	tint := func(x, y float32, c color.NRGBA) {
		rect := canvas.NewRectangle(c)
		rect.Move(fyne.NewPos(x, y))
		rect.Resize(fyne.NewSize(halfW, halfH))
		objs = append(objs, rect)
	}
	tint(0, 0, color.NRGBA{R: 0x7e, G: 0x57, B: 0xc2, A: 0x22})         // renewal
	tint(halfW, 0, color.NRGBA{R: 0x1e, G: 0x88, B: 0xe5, A: 0x22})     // maturity
	tint(0, halfH, color.NRGBA{R: 0x43, G: 0xa0, B: 0x47, A: 0x22})     // birth
	tint(halfW, halfH, color.NRGBA{R: 0xf4, G: 0x51, B: 0x1e, A: 0x22}) // creative destruction
	radius := min(halfW/2, halfH) * 0.92
	for _, cx := range []float32{halfW / 2, halfW + halfW/2} {
		c := canvas.NewCircle(color.Transparent)
		c.StrokeColor, c.StrokeWidth = muted, max(2, ts/6)
		c.Move(fyne.NewPos(cx-radius, halfH-radius))
		c.Resize(fyne.NewSize(2*radius, 2*radius))
		objs = append(objs, c)
	}
	pad := ts * 0.5
	text(workshop.PhaseRenewal.Label(), pad, pad, ts*1.2, true, fg)
	text(workshop.PhaseMaturity.Label(), w-pad-fyne.MeasureText(workshop.PhaseMaturity.Label(), ts*1.2, fyne.TextStyle{Bold: true}).Width, pad, ts*1.2, true, fg)
	text(workshop.PhaseBirth.Label(), pad, h-pad-ts*1.5, ts*1.2, true, fg)
	dl := workshop.PhaseDestruction.Label()
	text(dl, w-pad-fyne.MeasureText(dl, ts*1.2, fyne.TextStyle{Bold: true}).Width, h-pad-ts*1.5, ts*1.2, true, fg)

	// The traps: the outer corners the loop does not reach.
	trapW, trapH := halfW*0.62, halfH*0.55
	trapColor := theme.Color(theme.ColorNameError)
	trap := func(x, y float32, label string) fyne.Position {
		rect := canvas.NewRectangle(color.NRGBA{R: 0xd3, G: 0x2f, B: 0x2f, A: 0x1c})
		rect.StrokeColor, rect.StrokeWidth = trapColor, max(1.5, ts/8)
		rect.CornerRadius = ts / 2
		rect.Move(fyne.NewPos(x, y))
		rect.Resize(fyne.NewSize(trapW, trapH))
		objs = append(objs, rect)
		text(label, x+pad, y+pad/2, ts, true, trapColor)
		return fyne.NewPos(x, y)
	}
	rigid := trap(w-trapW-pad, ts*2.2, workshop.TrapRigidity.Label())
	poor := trap(pad, h-trapH-ts*2.4, workshop.TrapPoverty.Label())

	// Zones where dots go, inside each region and clear of its titles.
	top := ts * 2.2
	zones := map[mapZone]fyne.Position{
		zoneRenewal:     fyne.NewPos(pad, top),
		zoneMaturity:    fyne.NewPos(halfW+pad, top+trapH+pad),
		zoneBirth:       fyne.NewPos(pad+trapW+pad, halfH+pad),
		zoneDestruction: fyne.NewPos(halfW+pad, halfH+pad),
		zoneRigidity:    fyne.NewPos(rigid.X+pad, rigid.Y+ts*1.8),
		zonePoverty:     fyne.NewPos(poor.X+pad, poor.Y+ts*1.8),
		zoneUnplaced:    fyne.NewPos(pad+fyne.MeasureText("Not placed yet:", ts, fyne.TextStyle{Bold: true}).Width+pad, h+ts*0.6),
	}
	zoneWidth := map[mapZone]float32{
		zoneRenewal: halfW - 2*pad, zoneMaturity: halfW - 2*pad, zoneBirth: halfW - trapW - 3*pad,
		zoneDestruction: halfW - 2*pad, zoneRigidity: trapW - 2*pad, zonePoverty: trapW - 2*pad,
		zoneUnplaced: w - zones[zoneUnplaced].X,
	}
	sep := canvas.NewLine(muted)
	sep.Position1, sep.Position2 = fyne.NewPos(0, h), fyne.NewPos(w, h)
	objs = append(objs, sep)
	text("Not placed yet:", pad, h+ts*0.6-ts*0.7, ts, true, muted)

	// Dots, laid out in rows within their zone.
	m.dots = map[string]fyne.Position{}
	dotR := m.dotRadius()
	cellW := ts * 11
	cellH := ts * 2
	count := map[mapZone]int{}
	// The strip below the cycle holds one row: when more are unplaced than
	// fit, the last slot says how many more (they are all in the list), so
	// names never pile on top of each other.
	unplacedCols := max(1, int(zoneWidth[zoneUnplaced]/cellW))
	unplaced := 0
	for i := range m.initiatives {
		if zoneOf(&m.initiatives[i]) == zoneUnplaced {
			unplaced++
		}
	}
	unplacedShown := unplaced
	if unplaced > unplacedCols {
		unplacedShown = unplacedCols - 1
		more := fmt.Sprintf("+%d more", unplaced-unplacedShown)
		text(more, zones[zoneUnplaced].X+float32(unplacedShown)*cellW, zones[zoneUnplaced].Y-ts*0.7, ts, false, muted)
	}
	for i := range m.initiatives {
		in := &m.initiatives[i]
		z := zoneOf(in)
		n := count[z]
		count[z]++
		if z == zoneUnplaced && n >= unplacedShown {
			continue
		}
		cols := max(1, int(zoneWidth[z]/cellW))
		origin := zones[z]
		cx := origin.X + float32(n%cols)*cellW + dotR
		cy := origin.Y + float32(n/cols)*cellH + dotR
		if z == zoneUnplaced {
			cy = origin.Y
		}
		center := fyne.NewPos(cx, cy)
		m.dots[in.ID] = center
		if in.ID == m.Selected {
			ring := canvas.NewCircle(color.Transparent)
			ring.StrokeColor, ring.StrokeWidth = fg, max(2, ts/5)
			rr := dotR + ts*0.35
			ring.Move(fyne.NewPos(cx-rr, cy-rr))
			ring.Resize(fyne.NewSize(2*rr, 2*rr))
			objs = append(objs, ring)
		}
		dot := canvas.NewCircle(directionColor(in.Direction))
		dot.Move(fyne.NewPos(cx-dotR, cy-dotR))
		dot.Resize(fyne.NewSize(2*dotR, 2*dotR))
		objs = append(objs, dot)
		name := in.Name
		if in.Contested {
			// A question mark beside the name: readable on a projector and
			// in black and white, unlike a colour alone.
			dot.StrokeColor, dot.StrokeWidth = theme.Color(theme.ColorNameWarning), max(2, ts/5)
			name = "? " + name
		}
		label := truncateText(name, cellW-2*dotR-ts*0.6, ts)
		text(label, cx+dotR+ts*0.3, cy-ts*0.7, ts, in.ID == m.Selected, fg)
	}
	r.objects = objs
}

// truncateText shortens s with an ellipsis to fit width at size.
func truncateText(s string, width, size float32) string {
	if fyne.MeasureText(s, size, fyne.TextStyle{}).Width <= width {
		return s
	}
	runes := []rune(s)
	for n := len(runes) - 1; n > 0; n-- {
		t := string(runes[:n]) + "…"
		if fyne.MeasureText(t, size, fyne.TextStyle{}).Width <= width {
			return t
		}
	}
	return "…"
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
