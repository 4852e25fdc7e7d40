package app

import (
	"fmt"
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"scaleroom/workshop"
)

// RoomBar is a value's distribution as the room sees it on the projector:
// one bar split by level in DistributionBar's colours, each segment with
// how many chose the level and, where it fits, the level's number and name.
// A segment too narrow for its name has it on a line under the bar, after a
// swatch of its colour; one too narrow for its count has that there too.
type RoomBar struct {
	widget.BaseWidget
	dist []workshop.LevelCount
	// TextSize is the names' size; the counts are larger.
	TextSize float32
}

// NewRoomBar makes a bar for a distribution.
func NewRoomBar(d []workshop.LevelCount) *RoomBar {
	b := &RoomBar{dist: d, TextSize: defaultRoomUnit}
	b.ExtendBaseWidget(b)
	return b
}

// Set shows another distribution.
func (b *RoomBar) Set(d []workshop.LevelCount) {
	b.dist = d
	b.Refresh()
}

// The bar's measures, in its text size.
const (
	roomBarCount = 1.8 // a count's size
	roomBarRow   = 1.5 // a line of names under the bar
	roomBarPad   = 0.3 // room round the words in a segment
)

// barPlan is where a bar's words go at one width: per level, what is
// written in its segment and what under the bar, where and on which line.
type barPlan struct {
	segX, segW []float32
	inName     [][]string // in the segment, over the count: up to two lines
	inCount    []string
	under      []string // under the bar
	underX     []float32
	underRow   []int
	rows       int
}

// barHeight is the bar's height: two lines of a name over a count.
func (b *RoomBar) barHeight() float32 {
	ts := b.TextSize
	return 2*b.lineHeight(ts) + b.lineHeight(ts*roomBarCount) + 2*ts*roomBarPad
}

func (b *RoomBar) lineHeight(size float32) float32 {
	return fyne.MeasureText("Mg", size, fyne.TextStyle{Bold: true}).Height
}

func (b *RoomBar) plan(width float32) barPlan {
	ts := b.TextSize
	bold := fyne.TextStyle{Bold: true}
	measure := func(s string, size float32) float32 { return fyne.MeasureText(s, size, bold).Width }
	pad := ts * roomBarPad
	n := len(b.dist)
	p := barPlan{segX: make([]float32, n), segW: make([]float32, n), inName: make([][]string, n), inCount: make([]string, n),
		under: make([]string, n), underX: make([]float32, n), underRow: make([]int, n)}
	total := 0
	for _, lc := range b.dist {
		total += lc.Count
	}
	var labels []int // the levels named under the bar, in order
	x := float32(0)
	for i, lc := range b.dist {
		w := float32(0)
		if total > 0 {
			w = width * float32(lc.Count) / float32(total)
		}
		p.segX[i], p.segW[i] = x, w
		x += w
		if lc.Count == 0 {
			continue
		}
		num := strconv.Itoa(lc.Level.Value)
		name := num + " " + lc.Level.Label
		count := strconv.Itoa(lc.Count)
		if measure(count, ts*roomBarCount)+2*pad > w {
			p.under[i] = fmt.Sprintf(lang.L("%s: %s"), name, count)
		} else {
			p.inCount[i] = count
			if lines, ok := wordLines(name, w-2*pad, 2, func(s string) float32 { return measure(s, ts) }); ok {
				p.inName[i] = lines
				continue
			}
			if measure(num, ts)+2*pad <= w {
				p.inName[i] = []string{num}
			}
			p.under[i] = name
		}
		labels = append(labels, i)
	}
	// The names under the bar, in the bar's order, each as near the middle
	// of its segment as the others on its line allow.
	gap := ts
	room := width - b.swatch() - ts*0.35
	var row []int
	var rowWidths, rowWants []float32
	for _, i := range labels {
		if measure(p.under[i], ts) > room {
			p.under[i] = workshop.Truncate(p.under[i], func(s string) bool { return measure(s, ts) <= room })
		}
		lw := b.swatch() + ts*0.35 + measure(p.under[i], ts)
		want := p.segX[i] + p.segW[i]/2 - lw/2
		xs, ok := packRow(append(rowWants, want), append(rowWidths, lw), gap, width)
		if !ok && len(row) > 0 {
			p.rows++
			row, rowWidths, rowWants = nil, nil, nil
			xs, _ = packRow([]float32{want}, []float32{lw}, gap, width)
		}
		row, rowWidths, rowWants = append(row, i), append(rowWidths, lw), append(rowWants, want)
		for k, j := range row {
			p.underX[j], p.underRow[j] = xs[k], p.rows
		}
	}
	if len(labels) > 0 {
		p.rows++
	}
	return p
}

// packRow places boxes of these widths on a line of a width, in order, gap
// apart, each as near where it wants to start as the others allow; false
// when they do not fit on the line together.
func packRow(want, widths []float32, gap, width float32) ([]float32, bool) {
	n := len(want)
	xs := make([]float32, n)
	for i := range n {
		xs[i] = max(want[i], 0)
		if i > 0 {
			xs[i] = max(xs[i], xs[i-1]+widths[i-1]+gap)
		}
	}
	// Pushed past the end: move back from the last.
	for i := n - 1; i >= 0; i-- {
		limit := width - widths[i]
		if i < n-1 {
			limit = xs[i+1] - gap - widths[i]
		}
		xs[i] = min(xs[i], limit)
	}
	return xs, n == 0 || xs[0] >= 0
}

// wordLines breaks s at spaces into at most limit lines no wider than
// width; false when it does not fit so, or a word alone is too wide.
func wordLines(s string, width float32, limit int, measure func(string) float32) ([]string, bool) {
	var lines []string
	for _, w := range strings.Fields(s) {
		if measure(w) > width {
			return nil, false
		}
		if n := len(lines); n > 0 && measure(lines[n-1]+" "+w) <= width {
			lines[n-1] += " " + w
			continue
		}
		if len(lines) == limit {
			return nil, false
		}
		lines = append(lines, w)
	}
	return lines, true
}

func (b *RoomBar) swatch() float32 { return b.TextSize * 0.9 }

// UnderText is what is written under the bar, a line per level, and
// InText what is written in the segments, for tests.
func (b *RoomBar) UnderText() []string { return nonEmpty(b.plan(b.Size().Width).under) }

// InText is the names and counts written inside the segments.
func (b *RoomBar) InText() []string {
	p := b.plan(b.Size().Width)
	var out []string
	for i := range p.inCount {
		if p.inCount[i] != "" {
			out = append(out, strings.Join(p.inName[i], " ")+" | "+p.inCount[i])
		}
	}
	return out
}

func nonEmpty(list []string) []string {
	var out []string
	for _, s := range list {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// CreateRenderer implements fyne.Widget.
func (b *RoomBar) CreateRenderer() fyne.WidgetRenderer {
	r := &roomBarRenderer{b: b, track: canvas.NewRectangle(color.Transparent)}
	r.Refresh()
	return r
}

// roomBarRenderer keeps a segment, its texts and a swatch and line under
// the bar per level, made once and reused.
type roomBarRenderer struct {
	b        *RoomBar
	track    *canvas.Rectangle
	segs     []*canvas.Rectangle
	names    [][2]*canvas.Text
	counts   []*canvas.Text
	swatches []*canvas.Rectangle
	unders   []*canvas.Text
	objects  []fyne.CanvasObject
}

func (r *roomBarRenderer) MinSize() fyne.Size {
	ts := r.b.TextSize
	h := r.b.barHeight()
	if rows := r.b.plan(r.b.Size().Width).rows; rows > 0 && r.b.Size().Width > 0 {
		h += ts*0.4 + float32(rows)*ts*roomBarRow
	}
	return fyne.NewSize(ts*10, h)
}

func (r *roomBarRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *roomBarRenderer) Destroy()                     {}

func (r *roomBarRenderer) Refresh() {
	n := len(r.b.dist)
	text := func() *canvas.Text {
		t := canvas.NewText("", color.Transparent)
		t.TextStyle.Bold = true
		return t
	}
	for len(r.segs) < n {
		r.segs = append(r.segs, canvas.NewRectangle(color.Transparent))
		r.names = append(r.names, [2]*canvas.Text{text(), text()})
		r.counts = append(r.counts, text())
		r.swatches = append(r.swatches, canvas.NewRectangle(color.Transparent))
		r.unders = append(r.unders, text())
	}
	r.objects = append(r.objects[:0], r.track)
	for i := range n {
		r.objects = append(r.objects, r.segs[i], r.names[i][0], r.names[i][1], r.counts[i], r.swatches[i], r.unders[i])
	}
	r.track.FillColor = theme.Color(theme.ColorNameInputBackground)
	fills, texts := levelColors(r.b.dist)
	fg := theme.Color(theme.ColorNameForeground)
	for i := range n {
		r.segs[i].FillColor, r.swatches[i].FillColor = fills[i], fills[i]
		r.names[i][0].Color, r.names[i][1].Color, r.counts[i].Color, r.unders[i].Color = texts[i], texts[i], texts[i], fg
	}
	r.Layout(r.b.Size())
	for _, o := range r.objects {
		o.Refresh()
	}
}

func (r *roomBarRenderer) Layout(s fyne.Size) {
	b := r.b
	ts := b.TextSize
	p := b.plan(s.Width)
	// Given more height than it needs, the bar takes it and its counts
	// grow with it, up to three times the names' size.
	barH := b.barHeight()
	if p.rows > 0 {
		barH = max(barH, s.Height-ts*0.4-float32(p.rows)*ts*roomBarRow)
	} else {
		barH = max(barH, s.Height)
	}
	r.track.Resize(fyne.NewSize(s.Width, barH))
	place := func(t *canvas.Text, text string, size float32, x, y, w float32) {
		t.Text, t.TextSize, t.Hidden = text, size, text == ""
		ms := t.MinSize()
		t.Move(fyne.NewPos(x+(w-ms.Width)/2, y))
		t.Resize(ms)
	}
	nameH := b.lineHeight(ts)
	countSize := ts * roomBarCount
	if spare := barH - b.barHeight(); spare > 0 {
		countSize = min(countSize*(1+spare/b.lineHeight(countSize)), 3*ts)
	}
	countH := b.lineHeight(countSize)
	for i := range b.dist {
		seg := r.segs[i]
		seg.Move(fyne.NewPos(p.segX[i], 0))
		seg.Resize(fyne.NewSize(max(p.segW[i]-2, 0), barH)) // a gap between levels
		seg.Hidden = p.segW[i] == 0
		// The words in the middle of the segment, the count under the name.
		lines := p.inName[i]
		top := (barH - countH - float32(len(lines))*nameH) / 2
		for k, t := range r.names[i] {
			line := ""
			if k < len(lines) {
				line = lines[k]
			}
			place(t, line, ts, p.segX[i], top+float32(k)*nameH, p.segW[i])
		}
		cs := countSize
		if fyne.MeasureText(p.inCount[i], cs, fyne.TextStyle{Bold: true}).Width+2*ts*roomBarPad > p.segW[i] {
			cs = ts * roomBarCount // the size the plan made room for
		}
		place(r.counts[i], p.inCount[i], cs, p.segX[i], top+float32(len(lines))*nameH, p.segW[i])

		sw, u := r.swatches[i], r.unders[i]
		if p.under[i] == "" {
			sw.Hide()
			u.Hide()
			continue
		}
		y := barH + ts*0.4 + float32(p.underRow[i])*ts*roomBarRow
		side := b.swatch()
		sw.Move(fyne.NewPos(p.underX[i], y+(ts*roomBarRow-side)/2))
		sw.Resize(fyne.NewSize(side, side))
		sw.Show()
		u.Text, u.TextSize = p.under[i], ts
		ms := u.MinSize()
		u.Move(fyne.NewPos(p.underX[i]+side+ts*0.35, y+(ts*roomBarRow-ms.Height)/2))
		u.Resize(ms)
		u.Show()
	}
}
