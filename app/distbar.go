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

// levelColors is a level's fill and the colour of text drawn on it, from
// the theme, as levelImportance classes it.
func levelColors(l *workshop.Level) (fill, text color.Color) {
	switch levelImportance(l) {
	case widget.SuccessImportance:
		return theme.Color(theme.ColorNameSuccess), theme.Color(theme.ColorNameForegroundOnSuccess)
	case widget.WarningImportance:
		return theme.Color(theme.ColorNameWarning), theme.Color(theme.ColorNameForegroundOnWarning)
	case widget.DangerImportance:
		return theme.Color(theme.ColorNameError), theme.Color(theme.ColorNameForegroundOnError)
	}
	return theme.Color(theme.ColorNameDisabled), theme.Color(theme.ColorNameForeground)
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
	for i, lc := range r.b.dist {
		r.segs[i].FillColor, r.labels[i].Color = levelColors(&lc.Level)
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
