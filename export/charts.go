package export

import (
	"fmt"
	"math"

	"github.com/jung-kurt/gofpdf"

	"scaleroom/workshop"
)

// levelColours gives each level of a scale a colour that reads at a glance:
// greens for agreement (darkest for the warmest support), greys for open
// levels, amber for disagree-and-commit, reds for withheld commitment and
// the darkest red for a block.
func levelColours(sc *workshop.Scale) []rgb {
	agree := []rgb{{27, 120, 70}, {76, 160, 95}, {140, 196, 130}, {186, 222, 170}, {214, 236, 204}}
	open := []rgb{{170, 178, 186}, {205, 211, 217}, {225, 229, 233}}
	commit := []rgb{{240, 180, 60}, {247, 206, 120}}
	refuse := []rgb{{220, 100, 60}, {200, 70, 50}}
	block := rgb{140, 20, 30}
	out := make([]rgb, len(sc.Levels))
	var na, no, nc, nr int
	pick := func(list []rgb, n *int) rgb {
		c := list[min(*n, len(list)-1)]
		*n++
		return c
	}
	for i, l := range sc.Levels {
		switch {
		case l.Block:
			out[i] = block
		case l.Agreement == workshop.Agree:
			out[i] = pick(agree, &na)
		case l.Agreement == workshop.Open:
			out[i] = pick(open, &no)
		case l.Commitment == workshop.Commits:
			out[i] = pick(commit, &nc)
		default:
			out[i] = pick(refuse, &nr)
		}
	}
	return out
}

// darkFill says whether white text reads better than ink on a colour.
func darkFill(c rgb) bool { return 0.299*float64(c.r)+0.587*float64(c.g)+0.114*float64(c.b) < 150 }

// legendCols is how many columns levelLegend sets the levels in.
const legendCols = 2

// legendHeight is the height levelLegend takes, all of it on one page.
func legendHeight(sc *workshop.Scale) float64 {
	rows := (len(sc.Levels) + legendCols - 1) / legendCols
	return float64(rows)*(lineH(smallSize)+0.6) + 2
}

// levelLegend lists the scale's levels with their colours, in columns.
func (d *doc) levelLegend(sc *workshop.Scale, colours []rgb) {
	pdf := d.pdf
	d.font("", smallSize)
	lh := lineH(smallSize) + 0.6
	cols := legendCols
	colW := d.width / float64(cols)
	rows := (len(sc.Levels) + cols - 1) / cols
	d.ensure(legendHeight(sc))
	top := d.y()
	for i, l := range sc.Levels {
		c, r := i/rows, i%rows
		x := d.left + float64(c)*colW
		y := top + float64(r)*lh
		d.fillColor(colours[i])
		pdf.Rect(x, y+0.9, 3.2, 3.2, "F")
		pdf.SetXY(x+4, y)
		text := d.clean(itoa(l.Value) + "  " + l.Label)
		d.cell(colW-4, lh, d.fit(text, colW-4), "", 0, "L", false)
	}
	pdf.SetY(top + float64(rows)*lh + 1.5)
}

// levelKeyHeight is the height levelKey takes, wrapping as it does.
func (d *doc) levelKeyHeight(res *workshop.ValueResult) float64 {
	d.font("", 7.5)
	lh := lineH(7.5) + 0.4
	x, rows := d.left, 0
	for _, lc := range res.Distribution {
		if lc.Count == 0 {
			continue
		}
		text := d.clean(itoa(lc.Level.Value) + " " + lc.Level.Label + ": " + itoa(lc.Count))
		w := math.Min(d.textWidth(text)+2*cellPad+4, d.width)
		if x+w > d.left+d.width+0.01 || rows == 0 {
			x = d.left
			rows++
		}
		x += w + 1.5
	}
	if rows == 0 {
		return 0
	}
	return float64(rows)*lh + 0.8
}

// levelKey is the key under one value's bar: a swatch, the level and its
// count for each level the bar draws, so a reader need not turn back to
// the scale's legend to read the colours. Levels nobody chose are left out.
func (d *doc) levelKey(res *workshop.ValueResult, colours []rgb) {
	pdf := d.pdf
	d.font("", 7.5)
	lh := lineH(7.5) + 0.4
	x, y := d.left, d.y()
	first := true
	for i, lc := range res.Distribution {
		if lc.Count == 0 {
			continue
		}
		text := d.clean(itoa(lc.Level.Value) + " " + lc.Level.Label + ": " + itoa(lc.Count))
		w := math.Min(d.textWidth(text)+2*cellPad+4, d.width)
		if x+w > d.left+d.width+0.01 || first {
			if !first {
				y += lh
			}
			x = d.left
			if y+lh > d.limit() {
				pdf.AddPage()
				y = d.y()
			}
			first = false
		}
		d.fillColor(colours[i])
		pdf.Rect(x, y+0.8, 2.8, 2.8, "F")
		pdf.SetXY(x+3.2, y)
		d.cell(w-3.2, lh, d.fit(text, w-3.2), "", 0, "L", false)
		x += w + 1.5
	}
	if !first {
		pdf.SetY(y + lh + 0.8)
	}
}

// barHeight is the height stackedBar takes, with room for the mark.
func barHeight(res *workshop.ValueResult, h float64, mark int) float64 {
	if res.Responded == 0 || mark == noAnswer {
		return h + 2
	}
	return h + 6.2
}

// stackedBar draws a value's distribution as one horizontal bar, a segment
// per level in scale order, labelled with the count where it fits.
// mark is the reader's own level on a personal sheet, or noAnswer; a small
// triangle and "you" point at its segment.
func (d *doc) stackedBar(res *workshop.ValueResult, colours []rgb, h float64, mark int) {
	pdf := d.pdf
	d.ensure(barHeight(res, h, noAnswer))
	top := d.y()
	x := d.left
	if res.Responded == 0 {
		d.drawColor(rule)
		pdf.SetLineWidth(0.2)
		pdf.Rect(x, top, d.width, h, "D")
		d.font("I", smallSize)
		d.textColor(muted)
		pdf.SetXY(x, top)
		d.cell(d.width, h, tr("No responses yet"), "", 0, "C", false)
		d.textColor(ink)
		pdf.SetY(top + h + 1.5)
		return
	}
	d.font("B", smallSize)
	for i, lc := range res.Distribution {
		if lc.Count == 0 {
			continue
		}
		w := d.width * float64(lc.Count) / float64(res.Responded)
		d.fillColor(colours[i])
		pdf.Rect(x, top, w, h, "F")
		label := itoa(lc.Count)
		if d.textWidth(label)+1 < w {
			if darkFill(colours[i]) {
				pdf.SetTextColor(255, 255, 255)
			} else {
				d.textColor(ink)
			}
			pdf.SetXY(x, top)
			d.cell(w, h, label, "", 0, "C", false)
		}
		x += w
	}
	// Thin white separators keep neighbouring segments apart in print.
	pdf.SetDrawColor(255, 255, 255)
	pdf.SetLineWidth(0.3)
	x = d.left
	for _, lc := range res.Distribution {
		if lc.Count == 0 {
			continue
		}
		x += d.width * float64(lc.Count) / float64(res.Responded)
		if x < d.left+d.width-0.1 {
			pdf.Line(x, top, x, top+h)
		}
	}
	d.textColor(ink)
	pdf.SetY(top + h + 1.5)
	if mark == noAnswer {
		return
	}
	x = d.left
	for _, lc := range res.Distribution {
		w := d.width * float64(lc.Count) / float64(res.Responded)
		if lc.Level.Value == mark && lc.Count > 0 {
			cx := x + w/2
			d.fillColor(ink)
			pdf.Polygon([]gofpdf.PointType{{X: cx, Y: top + h + 0.4}, {X: cx - 1.4, Y: top + h + 2.4}, {X: cx + 1.4, Y: top + h + 2.4}}, "F")
			d.font("B", 7)
			pdf.SetXY(cx-8, top+h+2.4)
			d.cell(16, 3.2, tr("you"), "", 0, "C", false)
			pdf.SetY(top + h + 6.2)
			return
		}
		x += w
	}
}

// loadType is a stack of the load chart.
type loadType struct {
	key    workshop.LoadType
	label  string
	colour rgb
}

// loadTypes are the stacks of the load chart, in drawing order; "" is load
// without a type. Their labels are in the reader's language, so they are
// worked out for each chart.
func loadTypes() []loadType {
	return []loadType{
		{workshop.LoadIntrinsic, workshop.LoadIntrinsic.Long(), rgb{52, 120, 170}},
		{workshop.LoadGermane, workshop.LoadGermane.Long(), rgb{95, 170, 120}},
		{workshop.LoadExtraneous, workshop.LoadExtraneous.Long(), rgb{225, 130, 60}},
		{"", workshop.LoadType("").Long(), rgb{180, 186, 192}},
	}
}

// loadChartH is the load chart's height; loadChartHeight is the room it
// needs on its page, which a heading above it keeps.
const (
	loadChartH      = 62.0
	loadChartHeight = loadChartH + 8
)

// loadChart draws today's load and the load after the decisions as two
// stacked columns by load type, with the capacity as a dashed line.
func (d *doc) loadChart(r *workshop.LoadResult, unit string) {
	pdf := d.pdf
	const h = loadChartH
	d.ensure(loadChartHeight)
	top := d.y()
	plotX := d.left + 12
	plotW := d.width*0.55 - 12
	plotTop, plotBot := top+4, top+h-8
	scaleMax := math.Max(math.Max(r.Before, r.After), r.Capacity)
	if scaleMax <= 0 {
		scaleMax = 1
	}
	step := niceStep(scaleMax / 4)
	scaleMax = math.Ceil(scaleMax*1.08/step) * step
	yOf := func(v float64) float64 { return plotBot - (plotBot-plotTop)*v/scaleMax }

	// Grid and axis labels.
	d.font("", 7)
	d.textColor(muted)
	pdf.SetLineWidth(0.15)
	for v := 0.0; v <= scaleMax+step/2; v += step {
		d.drawColor(rule)
		pdf.Line(plotX, yOf(v), plotX+plotW, yOf(v))
		pdf.SetXY(d.left, yOf(v)-2)
		d.cell(11, 4, workshop.FormatLoad(v), "", 0, "R", false)
	}
	// Columns.
	barW := plotW / 5
	bars := []struct {
		label  string
		total  float64
		byType map[workshop.LoadType]float64
		x      float64
	}{
		{tr("Today"), r.Before, r.ByType, plotX + plotW*0.2},
		{tr("After decisions"), r.After, r.ByTypeAfter, plotX + plotW*0.6},
	}
	types := loadTypes()
	for _, b := range bars {
		base := 0.0
		for _, t := range types {
			v := b.byType[t.key]
			if v <= 0 {
				continue
			}
			d.fillColor(t.colour)
			pdf.Rect(b.x, yOf(base+v), barW, yOf(base)-yOf(base+v), "F")
			base += v
		}
		d.font("B", 8)
		d.textColor(ink)
		pdf.SetXY(b.x-5, yOf(b.total)-5)
		d.cell(barW+10, 4.5, workshop.FormatLoad(b.total), "", 0, "C", false)
		d.font("", 8)
		pdf.SetXY(b.x-8, plotBot+1)
		d.cell(barW+16, 4.5, b.label, "", 0, "C", false)
	}
	d.drawColor(ink)
	pdf.SetLineWidth(0.3)
	pdf.Line(plotX, plotBot, plotX+plotW, plotBot)
	if r.Capacity > 0 {
		d.drawColor(failCol)
		pdf.SetLineWidth(0.5)
		pdf.SetDashPattern([]float64{1.6, 1.2}, 0)
		pdf.Line(plotX, yOf(r.Capacity), plotX+plotW, yOf(r.Capacity))
		pdf.SetDashPattern(nil, 0)
	}
	d.font("", 7)
	d.textColor(muted)
	pdf.SetXY(d.left, plotBot+5.5)
	d.cell(plotW+12, 4, d.clean(fmt.Sprintf(tr("Load in %s"), unit)), "", 0, "C", false)

	// Legend on the right.
	lx := d.left + d.width*0.6
	ly := plotTop
	d.font("B", 8)
	d.textColor(ink)
	pdf.SetXY(lx, ly)
	d.cell(d.width*0.4, 4.5, tr("Legend"), "", 1, "L", false)
	ly += 5.5
	d.font("", 8)
	for i := len(types) - 1; i >= 0; i-- {
		t := types[i]
		// Only what the columns draw: "No type given" when every item has a
		// type sent readers looking for a grey segment that was not there.
		if r.ByType[t.key] <= 0 && r.ByTypeAfter[t.key] <= 0 {
			continue
		}
		d.fillColor(t.colour)
		pdf.Rect(lx, ly+0.7, 3.2, 3.2, "F")
		pdf.SetXY(lx+4.5, ly)
		d.cell(d.width*0.4-4.5, 4.5, t.label, "", 0, "L", false)
		ly += 5.2
	}
	if r.Capacity > 0 {
		d.drawColor(failCol)
		pdf.SetLineWidth(0.5)
		pdf.SetDashPattern([]float64{1.6, 1.2}, 0)
		pdf.Line(lx, ly+2.3, lx+3.2, ly+2.3)
		pdf.SetDashPattern(nil, 0)
		pdf.SetXY(lx+4.5, ly)
		d.cell(d.width*0.4-4.5, 4.5, d.clean(fmt.Sprintf(tr("Capacity: %s %s"), workshop.FormatLoad(r.Capacity), unit)), "", 0, "L", false)
	} else {
		pdf.SetXY(lx, ly)
		d.textColor(muted)
		d.cell(d.width*0.4, 4.5, tr("No capacity was stated."), "", 0, "L", false)
	}
	d.textColor(ink)
	pdf.SetLineWidth(0.2)
	pdf.SetY(top + h + 2)
}

// niceStep rounds a grid step to 1, 2 or 5 times a power of ten.
func niceStep(raw float64) float64 {
	if raw <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if raw <= m*p {
			return m * p
		}
	}
	return 10 * p
}

// directionColours colour the initiatives on the ecocycle map.
var directionColours = map[workshop.Direction]rgb{
	workshop.DirectionUp:   {39, 128, 72},
	workshop.DirectionHold: {52, 110, 170},
	workshop.DirectionDown: {225, 130, 60},
	workshop.DirectionStop: {180, 40, 40},
	"":                     {150, 156, 162},
}

// ecocycleMap draws the ecocycle from workshop's geometry, the one the
// screen uses: the traps as bands at the ends, the four phases as
// quadrants between, the figure of eight through them, and every
// initiative as a dot coloured by direction and numbered as on screen.
// Numbers match the table below it, which names them.
func (d *doc) ecocycleMap(ex *workshop.ReflectionExercise) {
	pdf := d.pdf
	const h = 100.0
	d.ensure(h + 16)
	top := d.y()
	d.font("B", 8.5)
	fig := workshop.LayoutEcocycle(workshop.EcoItemsOf(ex.Initiatives, ""), workshop.EcoSpec{
		Width: d.width, Height: h,
		// Dots as the PDF has drawn them: 6.5 mm apart at most, down to 2.5.
		DotRadius: 6.5*0.42 - 0.1, MinDotRadius: 2.5*0.42 - 0.1, Gap: 1.2,
		TitleHeight: 4, MeasureTitle: d.textWidth,
	})
	fx := func(v float64) float64 { return d.left + v }
	fy := func(v float64) float64 { return top + v }

	// Areas: the traps' bands at the ends, four quadrants between.
	fills := map[workshop.EcoZone]rgb{
		{Trap: workshop.TrapPoverty}:       {248, 238, 230},
		{Phase: workshop.PhaseRenewal}:     {243, 246, 250},
		{Phase: workshop.PhaseBirth}:       {240, 248, 242},
		{Phase: workshop.PhaseMaturity}:    {240, 248, 242},
		{Phase: workshop.PhaseDestruction}: {243, 246, 250},
		{Trap: workshop.TrapRigidity}:      {248, 238, 230},
	}
	pdf.SetLineWidth(0.2)
	d.drawColor(rule)
	for _, a := range fig.Areas {
		d.fillColor(fills[a.Zone])
		pdf.Rect(fx(a.Rect.X), fy(a.Rect.Y), a.Rect.W, a.Rect.H, "FD")
	}
	// The loop: front loop from birth up to maturity, back loop from
	// creative destruction up to renewal.
	d.drawColor(rgb{120, 150, 160})
	pdf.SetLineWidth(0.6)
	for i := 1; i < len(fig.Loop); i++ {
		pdf.Line(fx(fig.Loop[i-1].X), fy(fig.Loop[i-1].Y), fx(fig.Loop[i].X), fy(fig.Loop[i].Y))
	}
	pdf.SetLineWidth(0.2)
	// Area titles.
	d.textColor(muted)
	for _, a := range fig.Areas {
		for j, l := range a.TitleLines {
			pdf.SetXY(fx(a.Rect.X), fy(a.TitleRect.Y)+float64(j)*fig.Spec.TitleHeight)
			d.cell(a.Rect.W, fig.Spec.TitleHeight, l, "", 0, "C", false)
		}
	}
	// Dots, numbered.
	var placed []*workshop.Initiative
	for i, dot := range fig.Dots {
		if !dot.Shown {
			continue
		}
		in := &ex.Initiatives[i]
		placed = append(placed, in)
		px, py, r := fx(dot.Center.X), fy(dot.Center.Y), dot.Radius
		col, ok := directionColours[in.Direction]
		if !ok {
			col = directionColours[""]
		}
		d.fillColor(col)
		pdf.Circle(px, py, r, "F")
		if in.Contested {
			d.drawColor(ink)
			pdf.SetLineWidth(0.3)
			pdf.SetDashPattern([]float64{0.8, 0.6}, 0)
			pdf.Circle(px, py, r+0.5, "D")
			pdf.SetDashPattern(nil, 0)
			pdf.SetLineWidth(0.2)
		}
		d.font("B", math.Min(8, r*2*72/25.4*0.62))
		if darkFill(col) {
			pdf.SetTextColor(255, 255, 255)
		} else {
			d.textColor(ink)
		}
		d.setMargin(0)
		pdf.SetXY(px-r, py-r)
		d.cell(2*r, 2*r, itoa(dot.Number), "", 0, "C", false)
		d.setMargin(cellPad)
	}
	d.textColor(ink)
	pdf.SetY(top + h + 2)

	// Legend: colours by direction, the ring for contested placements.
	d.font("", 8)
	d.textColor(ink)
	x := d.left
	y := d.y()
	drawn := map[workshop.Direction]bool{}
	contested := false
	for _, in := range placed {
		dir := in.Direction
		if _, ok := directionColours[dir]; !ok {
			dir = ""
		}
		drawn[dir] = true
		contested = contested || in.Contested
	}
	for _, dir := range append(append([]workshop.Direction{}, workshop.Directions...), workshop.DirectionNone) {
		if !drawn[dir] {
			continue // the legend lists only colours the map shows
		}
		label := dir.Label()
		d.fillColor(directionColours[dir])
		pdf.Circle(x+1.8, y+2.3, 1.7, "F")
		pdf.SetXY(x+4.5, y)
		w := d.textWidth(label) + 2*cellPad + 4
		d.cell(w, 4.6, label, "", 0, "L", false)
		x += w + 4.5
	}
	if contested {
		d.drawColor(ink)
		pdf.SetLineWidth(0.35)
		pdf.SetDashPattern([]float64{0.8, 0.6}, 0)
		pdf.Circle(x+1.8, y+2.3, 1.9, "D")
		pdf.SetDashPattern(nil, 0)
		pdf.SetLineWidth(0.2)
		pdf.SetXY(x+4.5, y)
		label := tr("No consensus on placement")
		d.cell(d.textWidth(label)+2*cellPad+4, 4.6, label, "", 0, "L", false)
	}
	pdf.SetXY(d.left, y+4.6)
	if len(fig.Hidden) > 0 {
		numbers := ""
		for i, n := range fig.Hidden {
			if i > 0 {
				numbers += ", "
			}
			numbers += "#" + itoa(n)
		}
		d.para(fmt.Sprintf(tr("Not placed on the map: %s"), numbers), "I", smallSize, muted)
	}
	d.space(2)
}
