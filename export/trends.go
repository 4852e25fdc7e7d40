package export

import (
	"math"

	"scaleroom/assets/locale"
	"scaleroom/export/report"
	"scaleroom/workshop"
)

// Trend charts are small multiples: two to a row, each a figure followed
// across the sessions of a series.
const (
	trendChartH   = 50.0 // one chart, title and dates included
	trendChartGap = 8.0  // between the two charts of a row
)

// Colours of the trend charts, beside the palette.
var (
	beforeCol  = rgb{150, 170, 190}
	droppedCol = rgb{170, 178, 186}
)

// trendChart draws a chart in the next place of the grid: the left of a
// new row, or the right of the row its left neighbour started.
func (d *doc) trendChart(c *report.TrendChart, prev, next report.Block) {
	_, afterChart := prev.(*report.TrendChart)
	_, beforeChart := next.(*report.TrendChart)
	w := (d.width - trendChartGap) / 2
	if !afterChart || d.gridCol == 0 {
		d.ensure(trendChartH + 2)
		d.gridTop, d.gridCol = d.y(), 0
	}
	x := d.left + float64(d.gridCol)*(w+trendChartGap)
	d.drawTrend(c, x, d.gridTop, w)
	if d.gridCol == 0 && beforeChart {
		d.gridCol = 1
		return
	}
	d.gridCol = 0
	d.pdf.SetY(d.gridTop + trendChartH + 2)
}

// drawTrend draws one chart in the box at x, top, w wide: the title, the
// plot with a point a session, and the dates under it.
func (d *doc) drawTrend(c *report.TrendChart, x, top, w float64) {
	pdf := d.pdf
	d.font("B", 8)
	d.textColor(ink)
	pdf.SetXY(x, top)
	d.cell(w, 4.5, d.fit(d.clean(c.Title), w), "", 0, "L", false)
	plotX, plotW := x+9, w-11
	plotTop, plotBot := top+11, top+trendChartH-13
	slot := plotW / float64(max(len(c.Dates), 1))
	xOf := func(i int) float64 { return plotX + slot*(float64(i)+0.5) }

	var scaleMax float64
	var ticks []float64
	label := func(v float64) string { return workshop.FormatLoad(v) }
	switch c.Kind {
	case report.TrendValue:
		scaleMax, ticks = 1, []float64{0, 0.5, 1}
		label = func(v float64) string { return itoa(int(math.Round(v*100))) + "%" }
	case report.TrendLoad:
		for _, p := range c.Load {
			if p != nil {
				scaleMax = math.Max(scaleMax, math.Max(math.Max(p.Before, p.After), p.Capacity))
			}
		}
	case report.TrendActions:
		for _, a := range c.Actions {
			scaleMax = math.Max(scaleMax, float64(a.Agreed))
		}
	}
	if c.Kind != report.TrendValue {
		if scaleMax <= 0 {
			scaleMax = 1
		}
		step := niceStep(scaleMax / 2)
		scaleMax = math.Ceil(scaleMax/step) * step
		for v := 0.0; v <= scaleMax+step/2; v += step {
			ticks = append(ticks, v)
		}
	}
	yOf := func(v float64) float64 { return plotBot - (plotBot-plotTop)*v/scaleMax }
	d.font("", 6.5)
	pdf.SetLineWidth(0.15)
	for _, v := range ticks {
		d.drawColor(rule)
		pdf.Line(plotX, yOf(v), plotX+plotW, yOf(v))
		d.textColor(muted)
		pdf.SetXY(x, yOf(v)-2)
		d.cell(8.5, 4, label(v), "", 0, "R", false)
	}
	d.drawColor(ink)
	pdf.SetLineWidth(0.3)
	pdf.Line(plotX, plotBot, plotX+plotW, plotBot)
	// Figures over the points while they fit; the table below has them all.
	showFigures := slot >= 9
	figure := func(i int, y float64) {
		text := shortFigure(c, i)
		if !showFigures || text == "" {
			return
		}
		d.font("", 6.5)
		d.textColor(ink)
		pdf.SetXY(xOf(i)-slot/2, y-4.2)
		d.cell(slot, 3.5, d.fit(text, slot), "", 0, "C", false)
	}
	switch c.Kind {
	case report.TrendValue:
		d.valueTrend(c, xOf, yOf, figure)
	case report.TrendLoad:
		d.loadTrend(c, slot, xOf, yOf, figure)
	case report.TrendActions:
		d.actionTrend(c, slot, xOf, yOf, figure)
	}
	// Dates under the plot, as many as fit side by side, in figures: the
	// reader's short form is as narrow as the file's ISO.
	d.font("", 6.5)
	d.textColor(muted)
	every := max(int(math.Ceil(15/slot)), 1)
	for i, date := range c.Dates {
		if i%every != 0 {
			continue
		}
		pdf.SetXY(xOf(i)-8, plotBot+0.8)
		d.cell(16, 3.5, d.clean(locale.FormDate(date)), "", 0, "C", false)
	}
	d.trendLegend(c.Kind, x, plotBot+5, w)
	d.textColor(ink)
	pdf.SetLineWidth(0.2)
}

// valueTrend draws the share who commit as a line of dots, filled where
// the value passed and open where it did not.
func (d *doc) valueTrend(c *report.TrendChart, xOf func(int) float64, yOf func(float64) float64, figure func(int, float64)) {
	pdf := d.pdf
	share := func(p *workshop.ValueFigures) float64 {
		if p.Responded == 0 {
			return 0
		}
		return float64(p.Commits) / float64(p.Responded)
	}
	d.drawColor(accent)
	pdf.SetLineWidth(0.5)
	for i := 1; i < len(c.Values); i++ {
		a, b := c.Values[i-1], c.Values[i]
		if a != nil && b != nil && a.Responded > 0 && b.Responded > 0 {
			pdf.Line(xOf(i-1), yOf(share(a)), xOf(i), yOf(share(b)))
		}
	}
	for i, p := range c.Values {
		if p == nil || p.Responded == 0 {
			continue
		}
		y := yOf(share(p))
		pdf.SetLineWidth(0.4)
		if p.Passes {
			d.fillColor(passCol)
			d.drawColor(passCol)
			pdf.Circle(xOf(i), y, 1.3, "FD")
		} else {
			d.fillColor(rgb{255, 255, 255})
			d.drawColor(failCol)
			pdf.Circle(xOf(i), y, 1.3, "FD")
		}
		figure(i, y-1)
	}
}

// loadTrend draws the load before and after the decisions as a pair of
// columns a session, with the capacity as a dashed mark across each pair.
func (d *doc) loadTrend(c *report.TrendChart, slot float64, xOf func(int) float64, yOf func(float64) float64, figure func(int, float64)) {
	pdf := d.pdf
	bw := math.Min(slot*0.3, 5)
	for i, p := range c.Load {
		if p == nil {
			continue
		}
		cx := xOf(i)
		d.fillColor(beforeCol)
		pdf.Rect(cx-bw, yOf(p.Before), bw, yOf(0)-yOf(p.Before), "F")
		d.fillColor(accent)
		pdf.Rect(cx, yOf(p.After), bw, yOf(0)-yOf(p.After), "F")
		if p.Capacity > 0 {
			d.drawColor(failCol)
			pdf.SetLineWidth(0.4)
			pdf.SetDashPattern([]float64{1, 0.8}, 0)
			pdf.Line(cx-slot*0.42, yOf(p.Capacity), cx+slot*0.42, yOf(p.Capacity))
			pdf.SetDashPattern(nil, 0)
		}
		figure(i, yOf(math.Max(p.Before, p.Capacity))-0.5)
	}
}

// actionTrend draws the actions agreed at each session as a column: done
// at the bottom, then dropped, then still open.
func (d *doc) actionTrend(c *report.TrendChart, slot float64, xOf func(int) float64, yOf func(float64) float64, figure func(int, float64)) {
	pdf := d.pdf
	bw := math.Min(slot*0.5, 8)
	for i, a := range c.Actions {
		base := 0.0
		for _, part := range []struct {
			n int
			c rgb
		}{{a.Done, passCol}, {a.Dropped, droppedCol}, {a.Open, warnLine}} {
			if part.n == 0 {
				continue
			}
			v := float64(part.n)
			d.fillColor(part.c)
			pdf.Rect(xOf(i)-bw/2, yOf(base+v), bw, yOf(base)-yOf(base+v), "F")
			base += v
		}
		figure(i, yOf(float64(a.Agreed))-0.5)
	}
}

// trendLegend says what the marks of a kind of chart mean, on one line.
func (d *doc) trendLegend(kind report.TrendKind, x, y, w float64) {
	pdf := d.pdf
	d.font("", 6.5)
	d.textColor(muted)
	type key struct {
		c     rgb
		label string
		dot   bool
		dash  bool
		fill  bool // a filled dot
	}
	var keys []key
	switch kind {
	case report.TrendValue:
		keys = []key{{passCol, tr("passed"), true, false, true}, {failCol, tr("did not pass"), true, false, false}}
	case report.TrendLoad:
		keys = []key{{beforeCol, tr("before the decisions"), false, false, false}, {accent, tr("after"), false, false, false},
			{failCol, tr("capacity"), false, true, false}}
	case report.TrendActions:
		keys = []key{{passCol, trKey("actions.done", "done"), false, false, false}, {droppedCol, trKey("actions.dropped", "dropped"), false, false, false},
			{warnLine, trKey("actions.open", "open"), false, false, false}}
	}
	lx := x + 9
	for _, k := range keys {
		switch {
		case k.dot && k.fill:
			d.fillColor(k.c)
			d.drawColor(k.c)
			pdf.Circle(lx+1.2, y+1.8, 1, "FD")
		case k.dot:
			d.fillColor(rgb{255, 255, 255})
			d.drawColor(k.c)
			pdf.SetLineWidth(0.3)
			pdf.Circle(lx+1.2, y+1.8, 1, "FD")
		case k.dash:
			d.drawColor(k.c)
			pdf.SetLineWidth(0.4)
			pdf.SetDashPattern([]float64{1, 0.8}, 0)
			pdf.Line(lx, y+1.8, lx+3, y+1.8)
			pdf.SetDashPattern(nil, 0)
		default:
			d.fillColor(k.c)
			pdf.Rect(lx, y+0.6, 2.6, 2.6, "F")
		}
		d.font("", 6.5)
		tw := d.textWidth(k.label) + 2*d.margin + 1
		pdf.SetXY(lx+3.4, y)
		d.cell(tw, 3.6, k.label, "", 0, "L", false)
		lx += 3.4 + tw + 2
		if lx > x+w {
			break
		}
	}
}

// shortFigure labels a point of a chart in as few characters as a narrow
// column takes: "3/4" who commit or actions done, "17→9" for the load;
// the table under the chart has the figures in words.
func shortFigure(c *report.TrendChart, i int) string {
	switch c.Kind {
	case report.TrendValue:
		if i < len(c.Values) && c.Values[i] != nil {
			return itoa(c.Values[i].Commits) + "/" + itoa(c.Values[i].Responded)
		}
	case report.TrendLoad:
		if i < len(c.Load) && c.Load[i] != nil {
			return workshop.FormatLoad(c.Load[i].Before) + "→" + workshop.FormatLoad(c.Load[i].After)
		}
	case report.TrendActions:
		if i < len(c.Actions) {
			return itoa(c.Actions[i].Done) + "/" + itoa(c.Actions[i].Agreed)
		}
	}
	return ""
}
