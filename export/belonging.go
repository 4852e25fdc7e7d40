package export

import (
	"math"

	"scaleroom/export/report"
	"scaleroom/workshop"
)

// The belonging map in print: the levels as bands down the page, top
// level first, with their names and head counts in a column on the left;
// people as numbered dots (the numbers of the participant list) joined by
// a line per relationship, or, without people, a connector per pair of
// levels labelled with its count; a broken rung as a dashed red line
// across its gap, labelled in the left column.

// belongingSpec is the figure's size on paper, in millimetres, for a map
// of n levels: room for two lines of text per band and a rung between
// bands, more when there is height to give, never more than most of a
// page.
func (d *doc) belongingSpec(n int) workshop.BelongingSpec {
	h := math.Min(float64(n)*20+float64(n-1)*7, 170)
	return workshop.BelongingSpec{Width: d.width, Height: h, LabelWidth: 40, DotRadius: 2.6, MinDotRadius: 0.9,
		Gap: 1.2, LabelHeight: lineH(6), RungHeight: 7, MinBandHeight: 14}
}

// Band fills, alternating, and the colours of the figure's parts.
var (
	bandFills = []rgb{{238, 244, 246}, {247, 249, 250}}
	linkCol   = rgb{90, 120, 135}
)

// belongingHeight is the room the figure needs on its page, caption
// excluded.
func (d *doc) belongingHeight(b *report.BelongingMap) float64 {
	if len(b.Levels) == 0 {
		return 0
	}
	return workshop.LayOutBelonging(d.belongingSpec(len(b.Levels)), b.Shape()).Height + 2
}

// belongingMap draws the figure and its caption.
func (d *doc) belongingMap(b *report.BelongingMap) {
	if len(b.Levels) == 0 {
		return
	}
	pdf := d.pdf
	f := workshop.LayOutBelonging(d.belongingSpec(len(b.Levels)), b.Shape())
	d.ensure(f.Height + 2)
	x0, y0 := d.left, d.y()
	at := func(p workshop.FigPoint) (float64, float64) { return x0 + p.X, y0 + p.Y }

	// Bands, and the levels' names and counts in the left column.
	for i, band := range f.Bands {
		d.fillColor(bandFills[i%2])
		pdf.Rect(x0+band.X, y0+band.Y, band.W, band.H, "F")
		d.font("B", smallSize)
		d.textColor(ink)
		lines := d.split(d.clean(b.Levels[i].Name), f.Area.X-2)
		if len(lines) > 2 {
			lines = append(lines[:1], d.fit(lines[1]+" "+lines[2], f.Area.X-2))
		}
		notes := []string{d.clean(b.Levels[i].People)}
		if b.Levels[i].Alone != "" {
			notes = append(notes, d.clean(b.Levels[i].Alone))
		}
		th := float64(len(lines))*lineH(smallSize) + float64(len(notes))*lineH(7)
		y := y0 + band.Y + (band.H-th)/2
		for _, l := range lines {
			pdf.SetXY(x0+1, y)
			d.cell(f.Area.X-2, lineH(smallSize), l, "", 0, "L", false)
			y += lineH(smallSize)
		}
		d.font("", 7)
		for j, n := range notes {
			d.textColor(muted)
			if j == 1 {
				d.textColor(failCol)
			}
			pdf.SetXY(x0+1, y)
			d.cell(f.Area.X-2, lineH(7), d.fit(n, f.Area.X-2), "", 0, "L", false)
			y += lineH(7)
		}
	}

	// Broken rungs: a dashed red line across the gap, named on the left.
	for i, r := range f.Rungs {
		d.drawColor(failCol)
		pdf.SetLineWidth(0.5)
		pdf.SetDashPattern([]float64{1.8, 1.2}, 0)
		xa, y := at(workshop.FigPoint{X: r.X1, Y: r.Y})
		xb, _ := at(workshop.FigPoint{X: r.X2, Y: r.Y})
		pdf.Line(xa, y, xb, y)
		pdf.SetDashPattern(nil, 0)
		d.font("B", 7)
		d.textColor(failCol)
		pdf.SetXY(x0+1, y-lineH(7)/2)
		d.cell(f.Area.X-2, lineH(7), d.fit(d.clean(b.Rungs[i].Label), f.Area.X-2), "", 0, "L", false)
	}

	d.drawLinks(b, &f, at)
	d.drawPairs(b, &f, at)
	d.drawDots(b, &f, at)
	d.textColor(ink)
	pdf.SetLineWidth(0.2)
	pdf.SetY(y0 + f.Height + 2)
	if b.Caption != "" {
		d.para(b.Caption, "I", smallSize, muted)
	}
	d.space(2)
}

// drawLinks draws a line per relationship, under the dots; many lines are
// drawn lighter, so that the dots stay readable.
func (d *doc) drawLinks(b *report.BelongingMap, f *workshop.BelongingFigure, at func(workshop.FigPoint) (float64, float64)) {
	if len(f.Links) == 0 {
		return
	}
	pdf := d.pdf
	d.drawColor(linkCol)
	pdf.SetLineWidth(0.3)
	if len(f.Links) > 40 {
		pdf.SetAlpha(math.Max(0.2, 40/float64(len(f.Links))), "Normal")
		defer pdf.SetAlpha(1, "Normal")
	}
	for _, l := range f.Links {
		if math.IsNaN(l[0].X) || math.IsNaN(l[1].X) {
			continue
		}
		xa, ya := at(l[0])
		xb, yb := at(l[1])
		pdf.Line(xa, ya, xb, yb)
	}
}

// drawPairs draws a connector per pair of levels, thicker the more
// relationships it stands for, with its count in a box half way.
func (d *doc) drawPairs(b *report.BelongingMap, f *workshop.BelongingFigure, at func(workshop.FigPoint) (float64, float64)) {
	pdf := d.pdf
	for i, c := range f.Connectors {
		xa, ya := at(c.From)
		xb, yb := at(c.To)
		d.drawColor(accent)
		d.fillColor(accent)
		pdf.SetLineWidth(0.4 + 2*c.Weight)
		pdf.Line(xa, ya, xb, yb)
		pdf.Circle(xa, ya, 0.9, "F")
		pdf.Circle(xb, yb, 0.9, "F")
		d.font("B", 7)
		label := d.clean(b.Pairs[i].Label)
		w := d.textWidth(label) + 2*cellPad + 1
		lx, ly := at(c.Label)
		d.fillColor(rgb{255, 255, 255})
		pdf.SetLineWidth(0.25)
		pdf.RoundedRect(lx-w/2, ly-2.2, w, 4.4, 1, "1234", "FD")
		d.textColor(accent)
		pdf.SetXY(lx-w/2, ly-2.2)
		d.cell(w, 4.4, label, "", 0, "C", false)
	}
}

// drawDots draws each person as a dot numbered as on the participant list;
// a person with nobody on another level as a hollow one.
func (d *doc) drawDots(b *report.BelongingMap, f *workshop.BelongingFigure, at func(workshop.FigPoint) (float64, float64)) {
	pdf := d.pdf
	r := f.Radius
	numbers := r >= 1.5
	size := math.Min(7, r*2/ptToMM*0.5)
	d.setMargin(0)
	defer d.setMargin(cellPad)
	pdf.SetLineWidth(0.35)
	sh := b.Shape()
	room := f.LabelRoom(sh.PersonLevel, 1, 30)
	for i, p := range f.Dots {
		if math.IsNaN(p.X) {
			continue
		}
		x, y := at(p)
		person := b.People[i]
		// The name under the dot, where the level's people stand in one row
		// and the band has the height.
		if w := room[person.Level]; numbers && w >= 8 {
			band := f.Bands[person.Level]
			if _, by := at(workshop.FigPoint{Y: band.Y + band.H}); y+r+lineH(6) <= by {
				d.font("", 6)
				name := d.fit(d.clean(person.Name), w)
				// On a white ground: lines pass under the names.
				tw := math.Min(d.textWidth(name)+1, w)
				d.fillColor(rgb{255, 255, 255})
				pdf.Rect(x-tw/2, y+r+0.3, tw, lineH(6)-0.6, "F")
				d.textColor(ink)
				pdf.SetXY(x-w/2, y+r)
				d.cell(w, lineH(6), name, "", 0, "C", false)
			}
		}
		d.drawColor(accent)
		if person.Alone {
			d.fillColor(rgb{255, 255, 255})
			pdf.Circle(x, y, r, "FD")
			d.textColor(accent)
		} else {
			d.fillColor(accent)
			pdf.Circle(x, y, r, "F")
			pdf.SetTextColor(255, 255, 255)
		}
		if numbers {
			d.font("B", size)
			pdf.SetXY(x-r, y-r)
			d.cell(2*r, 2*r, itoa(person.Number), "", 0, "C", false)
		}
	}
}
