package app

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"scaleroom/workshop"
)

// LoadBar draws the total load today and after the decisions as two bars,
// with the team's capacity as a vertical line across both, so the room sees
// at a glance whether the decisions bring the load under the line.
type LoadBar struct {
	widget.BaseWidget
	result   workshop.LoadResult
	TextSize float32 // 0 for the theme's size; the projector uses more
}

// NewLoadBar makes an empty bar.
func NewLoadBar() *LoadBar {
	b := &LoadBar{}
	b.ExtendBaseWidget(b)
	return b
}

// SetResult shows an analysed inventory.
func (b *LoadBar) SetResult(r workshop.LoadResult) {
	b.result = r
	b.Refresh()
}

// CreateRenderer implements fyne.Widget.
func (b *LoadBar) CreateRenderer() fyne.WidgetRenderer {
	r := &loadBarRenderer{bar: b}
	r.beforeBar = canvas.NewRectangle(color.Transparent)
	r.afterBar = canvas.NewRectangle(color.Transparent)
	r.beforeBG = canvas.NewRectangle(color.Transparent)
	r.afterBG = canvas.NewRectangle(color.Transparent)
	r.beforeText = canvas.NewText("", color.Black)
	r.afterText = canvas.NewText("", color.Black)
	r.capLine = canvas.NewLine(color.Black)
	r.capText = canvas.NewText("", color.Black)
	r.objects = []fyne.CanvasObject{r.beforeBG, r.afterBG, r.beforeBar, r.afterBar, r.capLine, r.beforeText, r.afterText, r.capText}
	r.Refresh()
	return r
}

type loadBarRenderer struct {
	bar                   *LoadBar
	beforeBG, afterBG     *canvas.Rectangle
	beforeBar, afterBar   *canvas.Rectangle
	beforeText, afterText *canvas.Text
	capLine               *canvas.Line
	capText               *canvas.Text
	objects               []fyne.CanvasObject
}

func (r *loadBarRenderer) textSize() float32 {
	if r.bar.TextSize > 0 {
		return r.bar.TextSize
	}
	return theme.TextSize()
}

// rowHeight is one bar plus its caption.
func (r *loadBarRenderer) rowHeight() float32 { return r.textSize()*1.4 + r.textSize()*1.6 }

func (r *loadBarRenderer) MinSize() fyne.Size {
	ts := r.textSize()
	return fyne.NewSize(ts*18, 2*r.rowHeight()+ts*1.6)
}

func (r *loadBarRenderer) Layout(size fyne.Size) {
	res := r.bar.result
	ts := r.textSize()
	scale := max(res.Before, res.After, res.Capacity) * 1.1
	width := size.Width
	x := func(v float64) float32 {
		if scale <= 0 {
			return 0
		}
		return float32(v / scale * float64(width))
	}
	capH := ts * 1.6 // room above the bars for the capacity caption
	barH := ts * 1.6
	row := r.rowHeight()
	place := func(bg, bar *canvas.Rectangle, text *canvas.Text, v float64, top float32) {
		text.Move(fyne.NewPos(0, top))
		text.Resize(fyne.NewSize(width, ts*1.4))
		y := top + ts*1.4
		bg.Move(fyne.NewPos(0, y))
		bg.Resize(fyne.NewSize(width, barH))
		bar.Move(fyne.NewPos(0, y))
		bar.Resize(fyne.NewSize(x(v), barH))
	}
	place(r.beforeBG, r.beforeBar, r.beforeText, res.Before, capH)
	place(r.afterBG, r.afterBar, r.afterText, res.After, capH+row)
	if res.Capacity > 0 {
		cx := x(res.Capacity)
		r.capLine.Position1 = fyne.NewPos(cx, capH-ts*0.2)
		r.capLine.Position2 = fyne.NewPos(cx, capH+2*row)
		tw := fyne.MeasureText(r.capText.Text, ts, r.capText.TextStyle).Width
		tx := cx - tw/2
		tx = min(max(tx, 0), width-tw)
		r.capText.Move(fyne.NewPos(tx, 0))
	}
}

func (r *loadBarRenderer) Refresh() {
	res := r.bar.result
	ts := r.textSize()
	fg := theme.Color(theme.ColorNameForeground)
	track := theme.Color(theme.ColorNameInputBackground)
	unit := res.Unit.Word()
	colorFor := func(over bool) color.Color {
		if over {
			return theme.Color(theme.ColorNameError)
		}
		return theme.Color(theme.ColorNamePrimary)
	}
	r.beforeBG.FillColor, r.afterBG.FillColor = track, track
	r.beforeBar.FillColor = colorFor(res.OverBefore())
	r.afterBar.FillColor = colorFor(res.OverAfter())
	r.beforeText.Text = fmt.Sprintf(lang.L("Today: %s %s"), workshop.FormatLoad(res.Before), unit)
	r.afterText.Text = fmt.Sprintf(lang.L("After the decisions: %s %s"), workshop.FormatLoad(res.After), unit)
	for _, t := range []*canvas.Text{r.beforeText, r.afterText, r.capText} {
		t.Color, t.TextSize = fg, ts
	}
	r.capLine.StrokeColor, r.capLine.StrokeWidth = fg, max(2, ts/7)
	if res.Capacity > 0 {
		r.capText.Text = fmt.Sprintf(lang.L("Capacity %s"), workshop.FormatLoad(res.Capacity))
		r.capLine.Show()
		r.capText.Show()
	} else {
		r.capText.Text = ""
		r.capLine.Hide()
		r.capText.Hide()
	}
	r.capText.TextStyle = fyne.TextStyle{Bold: true}
	r.Layout(r.bar.Size())
	for _, o := range r.objects {
		o.Refresh()
	}
}

func (r *loadBarRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *loadBarRenderer) Destroy()                     {}
