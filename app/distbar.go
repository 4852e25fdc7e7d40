package app

import (
	"fmt"
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"scaleroom/workshop"
)

// levelImportance is how every screen colours a level, by what it says
// about agreement: agree, open, disagree and commit, or disagree without
// committing (blocks among them). Labels take it as their importance and
// shapes take levelColors, so the whole-room table, the bars and the
// projector show a level alike, in the light and the dark theme.
func levelImportance(l *workshop.Level) widget.Importance {
	if l == nil {
		return widget.LowImportance
	}
	switch {
	case l.Agreement == workshop.Agree:
		return widget.SuccessImportance
	case l.Agreement == workshop.Open:
		return widget.MediumImportance
	case l.Commitment == workshop.Commits:
		return widget.WarningImportance
	}
	return widget.DangerImportance
}

// levelShades are the bars' fills for each class of level, strongest
// first: greens for agreement, greys for open levels, ambers for disagree
// and commit, reds for withheld commitment and the darkest red for a
// block. A scale's levels take their class's shades in scale order, as the
// PDF's do, so levels 1, 2 and 3 of Gradients of Agreement are three
// greens. Text on each is ink or paper, whichever reads (4.5:1 or more).
var levelShades = map[widget.Importance][]color.Color{
	widget.SuccessImportance: {rgb(0x1b5e20), rgb(0x43a047), rgb(0xa5d6a7), rgb(0xc8e6c9), rgb(0xe8f5e9)},
	widget.MediumImportance:  {rgb(0x78909c), rgb(0xb0bec5), rgb(0xeceff1)},
	widget.WarningImportance: {rgb(0xf9a825), rgb(0xffe082)},
	widget.DangerImportance:  {rgb(0xff7043), rgb(0xc62828)},
}

// blockShade is a block's fill.
var blockShade color.Color = rgb(0x7f0000)

// levelFill is the fill of levels[i] among its scale's levels, and the
// colour of text drawn on it.
func levelFill(levels []workshop.Level, i int) (fill, text color.Color) {
	l := &levels[i]
	fill = blockShade
	if !l.Block {
		class, rank := levelImportance(l), 0
		for j := range i {
			if !levels[j].Block && levelImportance(&levels[j]) == class {
				rank++
			}
		}
		shades := levelShades[class]
		fill = shades[min(rank, len(shades)-1)]
	}
	return fill, textOn(fill)
}

// levelColors gives each level of a distribution, which lists its scale's
// levels in order, its fill and the colour of text drawn on it.
func levelColors(dist []workshop.LevelCount) (fills, texts []color.Color) {
	levels := make([]workshop.Level, len(dist))
	for i := range dist {
		levels[i] = dist[i].Level
	}
	for i := range levels {
		f, t := levelFill(levels, i)
		fills, texts = append(fills, f), append(texts, t)
	}
	return fills, texts
}

// DistributionBar draws a value's responses as one bar split by level,
// each segment as wide as its share and labelled with its level and count
// where they fit. The values screen, the summary and the projector use it.
type DistributionBar struct {
	widget.BaseWidget
	dist     []workshop.LevelCount
	TextSize float32 // 0 for the theme's size; the projector uses more
}

// NewDistributionBar makes a bar for a distribution.
func NewDistributionBar(d []workshop.LevelCount) *DistributionBar {
	b := &DistributionBar{dist: d}
	b.ExtendBaseWidget(b)
	return b
}

// Set shows another distribution.
func (b *DistributionBar) Set(d []workshop.LevelCount) {
	b.dist = d
	b.Refresh()
}

func (b *DistributionBar) textSize() float32 {
	if b.TextSize > 0 {
		return b.TextSize
	}
	return theme.TextSize()
}

// CreateRenderer implements fyne.Widget.
func (b *DistributionBar) CreateRenderer() fyne.WidgetRenderer {
	r := &distRenderer{b: b, track: canvas.NewRectangle(color.Transparent)}
	r.track.CornerRadius = 4
	r.Refresh()
	return r
}

// distRenderer keeps a segment and a label per level, made once and
// reused when the distribution changes.
type distRenderer struct {
	b       *DistributionBar
	track   *canvas.Rectangle
	segs    []*canvas.Rectangle
	labels  []*canvas.Text
	objects []fyne.CanvasObject
}

func (r *distRenderer) MinSize() fyne.Size {
	ts := r.b.textSize()
	return fyne.NewSize(ts*10, ts*1.8)
}
func (r *distRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *distRenderer) Destroy()                     {}

func (r *distRenderer) Refresh() {
	n := len(r.b.dist)
	for len(r.segs) < n {
		r.segs = append(r.segs, canvas.NewRectangle(color.Transparent))
		t := canvas.NewText("", color.Transparent)
		t.TextStyle.Bold = true
		r.labels = append(r.labels, t)
	}
	r.segs, r.labels = r.segs[:n], r.labels[:n]
	r.objects = append(r.objects[:0], r.track)
	for i := range n {
		r.objects = append(r.objects, r.segs[i])
	}
	for i := range n {
		r.objects = append(r.objects, r.labels[i])
	}
	r.track.FillColor = theme.Color(theme.ColorNameInputBackground)
	fills, texts := levelColors(r.b.dist)
	for i := range r.b.dist {
		r.segs[i].FillColor, r.labels[i].Color = fills[i], texts[i]
		r.labels[i].TextSize = r.b.textSize() * 0.8
	}
	r.Layout(r.b.Size())
	for _, o := range r.objects {
		o.Refresh()
	}
}

func (r *distRenderer) Layout(s fyne.Size) {
	r.track.Resize(s)
	total := 0
	for _, lc := range r.b.dist {
		total += lc.Count
	}
	x := float32(0)
	for i, lc := range r.b.dist {
		w := float32(0)
		if total > 0 {
			w = s.Width * float32(lc.Count) / float32(total)
		}
		seg, t := r.segs[i], r.labels[i]
		seg.Move(fyne.NewPos(x, 0))
		seg.Resize(fyne.NewSize(max(w-1, 0), s.Height)) // a hairline between levels
		seg.Hidden = w == 0
		// "6: 3" where it fits, else the level alone, else nothing.
		t.Text = fmt.Sprintf("%d: %d", lc.Level.Value, lc.Count)
		if t.MinSize().Width+8 > w {
			t.Text = strconv.Itoa(lc.Level.Value)
		}
		ts := t.MinSize()
		t.Hidden = w < ts.Width+4
		t.Move(fyne.NewPos(x+(w-ts.Width)/2, (s.Height-ts.Height)/2))
		t.Resize(ts)
		x += w
	}
}
