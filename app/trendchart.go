package app

import (
	"fmt"
	"image/color"
	"math"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"scaleroom/assets/locale"
	"scaleroom/export/report"
	"scaleroom/workshop"
)

// TrendChart draws one figure of a series across its sessions, as the
// report's trend chart holds it: the share who commit to a value (a filled
// dot where it passed), the load before and after the decisions against
// capacity, or the actions agreed at each session by what became of them.
// Its renderer makes the chart's objects once, for the chart's sessions,
// and lays them out on every resize.
type TrendChart struct {
	widget.BaseWidget
	chart *report.TrendChart
}

// NewTrendChart makes a chart of c.
func NewTrendChart(c *report.TrendChart) *TrendChart {
	t := &TrendChart{chart: c}
	t.ExtendBaseWidget(t)
	return t
}

// Chart is the chart drawn.
func (t *TrendChart) Chart() *report.TrendChart { return t.chart }

// trendChartSize is a chart's least size: a dozen sessions fit in it.
var trendChartSize = fyne.NewSize(300, 170)

// MinSize is the chart's least size.
func (t *TrendChart) MinSize() fyne.Size { return trendChartSize }

// CreateRenderer implements fyne.Widget.
func (t *TrendChart) CreateRenderer() fyne.WidgetRenderer {
	r := &trendRenderer{t: t}
	r.build()
	return r
}

// trendPoint is one session's marks: bars (bottom up), a dot, the line
// to the next point, the capacity mark, the figure above and the date
// below.
type trendPoint struct {
	bars     []*canvas.Rectangle
	dot      *canvas.Circle
	link     *canvas.Line
	capacity *canvas.Line
	figure   *canvas.Text
	date     *canvas.Text
}

type trendRenderer struct {
	t       *TrendChart
	title   *canvas.Text
	grid    []*canvas.Line
	ticks   []*canvas.Text
	axis    *canvas.Line
	points  []trendPoint
	legend  []fyne.CanvasObject
	objects []fyne.CanvasObject
	max     float64
	values  []float64 // the ticks' values
}

func newText(s string, size float32) *canvas.Text {
	t := canvas.NewText(s, theme.Color(theme.ColorNameForeground))
	t.TextSize = size
	return t
}

// build makes every object the chart needs.
func (r *trendRenderer) build() {
	c := r.t.chart
	small := theme.CaptionTextSize()
	r.title = newText(c.Title, theme.TextSize())
	r.title.TextStyle.Bold = true
	r.axis = canvas.NewLine(color.Black)
	r.max, r.values = trendScale(c)
	for _, v := range r.values {
		r.grid = append(r.grid, canvas.NewLine(color.Black))
		r.ticks = append(r.ticks, newText(tickLabel(c.Kind, v), small))
	}
	r.objects = []fyne.CanvasObject{r.title, r.axis}
	for i := range r.grid {
		r.objects = append(r.objects, r.grid[i], r.ticks[i])
	}
	n := len(c.Dates)
	r.points = make([]trendPoint, n)
	for i := range r.points {
		p := &r.points[i]
		p.date = newText(locale.FormDate(c.Dates[i]), small)
		figure := ""
		if i < len(c.Points) {
			figure = shortTrendFigure(c, i)
		}
		p.figure = newText(figure, small)
		switch c.Kind {
		case report.TrendValue:
			if i+1 < n {
				p.link = canvas.NewLine(color.Black)
				p.link.StrokeWidth = 2
				r.objects = append(r.objects, p.link)
			}
			p.dot = canvas.NewCircle(color.Black)
			p.dot.StrokeWidth = 2
		case report.TrendLoad:
			p.bars = []*canvas.Rectangle{canvas.NewRectangle(color.Black), canvas.NewRectangle(color.Black)}
			p.capacity = canvas.NewLine(color.Black)
			p.capacity.StrokeWidth = 2
		case report.TrendActions:
			p.bars = []*canvas.Rectangle{canvas.NewRectangle(color.Black), canvas.NewRectangle(color.Black), canvas.NewRectangle(color.Black)}
		}
	}
	for i := range r.points {
		p := &r.points[i]
		for _, b := range p.bars {
			r.objects = append(r.objects, b)
		}
		if p.capacity != nil {
			r.objects = append(r.objects, p.capacity)
		}
		if p.dot != nil {
			r.objects = append(r.objects, p.dot)
		}
		r.objects = append(r.objects, p.figure, p.date)
	}
	for _, k := range trendKeys(c.Kind) {
		sw := canvas.NewRectangle(color.Black)
		sw.CornerRadius = 2
		label := newText(k.label, small)
		r.legend = append(r.legend, sw, label)
	}
	r.objects = append(r.objects, r.legend...)
	r.Refresh()
}

// trendKey is a legend entry: what a colour means.
type trendKey struct {
	colour fyne.ThemeColorName
	label  string
}

func trendKeys(k report.TrendKind) []trendKey {
	switch k {
	case report.TrendValue:
		return []trendKey{{theme.ColorNameSuccess, lang.L("passed")}, {theme.ColorNameError, lang.L("did not pass")}}
	case report.TrendLoad:
		return []trendKey{{theme.ColorNameDisabled, lang.L("before")}, {theme.ColorNamePrimary, lang.L("after the decisions")}, {theme.ColorNameError, lang.L("capacity")}}
	}
	return []trendKey{{theme.ColorNameSuccess, lang.X("actions.done", "done")}, {theme.ColorNameDisabled, lang.X("actions.dropped", "dropped")}, {theme.ColorNameWarning, lang.X("actions.open", "open")}}
}

// barColours are the colours of a point's bars, bottom up.
func barColours(k report.TrendKind) []fyne.ThemeColorName {
	if k == report.TrendLoad {
		return []fyne.ThemeColorName{theme.ColorNameDisabled, theme.ColorNamePrimary}
	}
	return []fyne.ThemeColorName{theme.ColorNameSuccess, theme.ColorNameDisabled, theme.ColorNameWarning}
}

// trendScale is the top of a chart's scale and the values of its grid
// lines: 0 to 100% for values, round steps for the rest.
func trendScale(c *report.TrendChart) (float64, []float64) {
	if c.Kind == report.TrendValue {
		return 1, []float64{0, 0.5, 1}
	}
	top := 0.0
	for _, p := range c.Load {
		if p != nil {
			top = math.Max(top, math.Max(math.Max(p.Before, p.After), p.Capacity))
		}
	}
	for _, a := range c.Actions {
		top = math.Max(top, float64(a.Agreed))
	}
	if top <= 0 {
		top = 1
	}
	step := niceTrendStep(top / 2)
	top = math.Ceil(top/step) * step
	var ticks []float64
	for v := 0.0; v <= top+step/2; v += step {
		ticks = append(ticks, v)
	}
	return top, ticks
}

// niceTrendStep rounds a grid step to 1, 2 or 5 times a power of ten.
func niceTrendStep(raw float64) float64 {
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5} {
		if raw <= m*p {
			return m * p
		}
	}
	return 10 * p
}

func tickLabel(k report.TrendKind, v float64) string {
	if k == report.TrendValue {
		return fmt.Sprintf(lang.L("%d%%"), int(math.Round(v*100)))
	}
	return workshop.FormatLoad(v)
}

// shortTrendFigure labels a point in few characters, as the PDF does.
func shortTrendFigure(c *report.TrendChart, i int) string {
	switch c.Kind {
	case report.TrendValue:
		if i < len(c.Values) && c.Values[i] != nil {
			return strconv.Itoa(c.Values[i].Commits) + "/" + strconv.Itoa(c.Values[i].Responded)
		}
	case report.TrendLoad:
		if i < len(c.Load) && c.Load[i] != nil {
			return workshop.FormatLoad(c.Load[i].Before) + "→" + workshop.FormatLoad(c.Load[i].After)
		}
	case report.TrendActions:
		if i < len(c.Actions) {
			return strconv.Itoa(c.Actions[i].Done) + "/" + strconv.Itoa(c.Actions[i].Agreed)
		}
	}
	return ""
}

func (r *trendRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *trendRenderer) MinSize() fyne.Size           { return trendChartSize }
func (r *trendRenderer) Destroy()                     {}

// Refresh takes the theme's colours and lays the chart out again.
func (r *trendRenderer) Refresh() {
	fg := theme.Color(theme.ColorNameForeground)
	rule := theme.Color(theme.ColorNameSeparator)
	r.title.Color = fg
	r.axis.StrokeColor = fg
	for i := range r.grid {
		r.grid[i].StrokeColor = rule
		r.ticks[i].Color = fg
	}
	c := r.t.chart
	cols := barColours(c.Kind)
	for i := range r.points {
		p := &r.points[i]
		p.date.Color, p.figure.Color = fg, fg
		for j, b := range p.bars {
			b.FillColor = theme.Color(cols[j])
		}
		if p.capacity != nil {
			p.capacity.StrokeColor = theme.Color(theme.ColorNameError)
		}
		if p.link != nil {
			p.link.StrokeColor = theme.Color(theme.ColorNamePrimary)
		}
		if p.dot != nil {
			v := c.Values[i]
			pass := v != nil && v.Passes
			p.dot.StrokeColor = theme.Color(theme.ColorNameError)
			p.dot.FillColor = theme.Color(theme.ColorNameBackground)
			if pass {
				p.dot.StrokeColor = theme.Color(theme.ColorNameSuccess)
				p.dot.FillColor = p.dot.StrokeColor
			}
		}
	}
	for i, k := range trendKeys(c.Kind) {
		r.legend[2*i].(*canvas.Rectangle).FillColor = theme.Color(k.colour)
		r.legend[2*i+1].(*canvas.Text).Color = fg
	}
	r.Layout(r.t.Size())
	for _, o := range r.objects {
		o.Refresh()
	}
}

// plot is where a layout puts the marks: the plot's box and a column a
// session.
type plot struct {
	left, top, bottom, width, slot float32
	max                            float64
}

func (p plot) x(i int) float32 { return p.left + p.slot*(float32(i)+0.5) }

func (p plot) y(v float64) float32 { return p.bottom - (p.bottom-p.top)*float32(v/p.max) }

// Layout places the marks for the chart's size: the title on top, the
// plot with a column a session, the dates and the legend under it.
func (r *trendRenderer) Layout(size fyne.Size) {
	small := theme.CaptionTextSize()
	lineH := fyne.MeasureText("0", small, fyne.TextStyle{}).Height
	titleH := fyne.MeasureText("0", theme.TextSize(), fyne.TextStyle{Bold: true}).Height
	r.title.Move(fyne.NewPos(0, 0))
	left := float32(0)
	for _, t := range r.ticks {
		left = max(left, t.MinSize().Width)
	}
	left += 4
	p := plot{left: left, top: titleH + lineH + 2, bottom: size.Height - 2*lineH - 4, width: size.Width - left - 2, max: r.max}
	if p.bottom <= p.top || p.width <= 0 {
		return
	}
	p.slot = p.width / float32(max(len(r.points), 1))
	r.layoutAxes(p)
	r.layoutPoints(p, small)
	r.layoutLegend(left, p.bottom+lineH+4, lineH)
}

// layoutAxes places the grid, its labels and the axis.
func (r *trendRenderer) layoutAxes(p plot) {
	for i, v := range r.values {
		y := p.y(v)
		r.grid[i].Position1, r.grid[i].Position2 = fyne.NewPos(p.left, y), fyne.NewPos(p.left+p.width, y)
		ts := r.ticks[i].MinSize()
		r.ticks[i].Move(fyne.NewPos(p.left-4-ts.Width, y-ts.Height/2))
	}
	r.axis.Position1, r.axis.Position2 = fyne.NewPos(p.left, p.bottom), fyne.NewPos(p.left+p.width, p.bottom)
}

// layoutPoints places each session's marks, its figure above them while
// every figure fits its column, and as many dates as fit side by side.
func (r *trendRenderer) layoutPoints(p plot, small float32) {
	dateW := fyne.MeasureText(locale.ShortDate(time.Date(2026, time.April, 14, 0, 0, 0, 0, time.UTC)), small, fyne.TextStyle{}).Width + 6
	every := max(int(math.Ceil(float64(dateW/p.slot))), 1)
	figureFits := true
	for i := range r.points {
		figureFits = figureFits && r.points[i].figure.MinSize().Width <= p.slot-2
	}
	for i := range r.points {
		pt := &r.points[i]
		x := p.x(i)
		ds := pt.date.MinSize()
		pt.date.Move(fyne.NewPos(x-ds.Width/2, p.bottom+2))
		setShown(pt.date, i%every == 0)
		var top float32
		var present bool
		switch r.t.chart.Kind {
		case report.TrendValue:
			top, present = r.layoutValue(p, i)
		case report.TrendLoad:
			top, present = r.layoutLoad(p, i)
		default:
			top, present = r.layoutActions(p, i)
		}
		fs := pt.figure.MinSize()
		pt.figure.Move(fyne.NewPos(x-fs.Width/2, top-fs.Height))
		setShown(pt.figure, present && figureFits)
	}
}

// layoutValue places a value's dot and its line to the next session's;
// it returns the top of the marks and whether the session answered.
func (r *trendRenderer) layoutValue(p plot, i int) (float32, bool) {
	c, pt := r.t.chart, &r.points[i]
	share := func(v *workshop.ValueFigures) float64 { return float64(v.Commits) / float64(v.Responded) }
	v := c.Values[i]
	present := v != nil && v.Responded > 0
	y := p.bottom
	if present {
		y = p.y(share(v))
	}
	const rad = 4
	pt.dot.Move(fyne.NewPos(p.x(i)-rad, y-rad))
	pt.dot.Resize(fyne.NewSize(2*rad, 2*rad))
	setShown(pt.dot, present)
	if pt.link != nil {
		next := c.Values[i+1]
		on := present && next != nil && next.Responded > 0
		if on {
			pt.link.Position1, pt.link.Position2 = fyne.NewPos(p.x(i), y), fyne.NewPos(p.x(i+1), p.y(share(next)))
		}
		setShown(pt.link, on)
	}
	return y - rad, present
}

// layoutLoad places an inventory's columns before and after the
// decisions and its capacity mark.
func (r *trendRenderer) layoutLoad(p plot, i int) (float32, bool) {
	l, pt := r.t.chart.Load[i], &r.points[i]
	for _, b := range pt.bars {
		setShown(b, l != nil)
	}
	if l == nil {
		pt.capacity.Hide()
		return p.bottom, false
	}
	x, bw := p.x(i), min(p.slot*0.3, 16)
	pt.bars[0].Move(fyne.NewPos(x-bw, p.y(l.Before)))
	pt.bars[0].Resize(fyne.NewSize(bw, p.bottom-p.y(l.Before)))
	pt.bars[1].Move(fyne.NewPos(x, p.y(l.After)))
	pt.bars[1].Resize(fyne.NewSize(bw, p.bottom-p.y(l.After)))
	y := p.y(l.Capacity)
	pt.capacity.Position1, pt.capacity.Position2 = fyne.NewPos(x-p.slot*0.42, y), fyne.NewPos(x+p.slot*0.42, y)
	setShown(pt.capacity, l.Capacity > 0)
	return p.y(math.Max(l.Before, l.Capacity)), true
}

// layoutActions stacks a session's actions: done, dropped, then open.
func (r *trendRenderer) layoutActions(p plot, i int) (float32, bool) {
	a, pt := r.t.chart.Actions[i], &r.points[i]
	x, bw := p.x(i), min(p.slot*0.5, 24)
	base := 0.0
	for j, k := range []int{a.Done, a.Dropped, a.Open} {
		v := float64(k)
		pt.bars[j].Move(fyne.NewPos(x-bw/2, p.y(base+v)))
		pt.bars[j].Resize(fyne.NewSize(bw, p.y(base)-p.y(base+v)))
		setShown(pt.bars[j], k > 0)
		base += v
	}
	return p.y(float64(a.Agreed)), true
}

// layoutLegend sets the legend on one line under the dates.
func (r *trendRenderer) layoutLegend(x, y, lineH float32) {
	for i := 0; i+1 < len(r.legend); i += 2 {
		sw, label := r.legend[i], r.legend[i+1].(*canvas.Text)
		sw.Move(fyne.NewPos(x, y+lineH/2-4))
		sw.Resize(fyne.NewSize(8, 8))
		label.Move(fyne.NewPos(x+11, y))
		x += 11 + label.MinSize().Width + 10
	}
}

func setShown(o fyne.CanvasObject, on bool) {
	if on {
		o.Show()
	} else {
		o.Hide()
	}
}
