package export

import (
	"strings"

	"scaleroom/export/report"
	"scaleroom/workshop"
)

// render draws the report's sections in order: each one's heading, then
// its blocks for print.
func (d *doc) render() {
	for i := range d.rep.Sections {
		sec := &d.rep.Sections[i]
		blocks := sec.For(report.Print)
		if len(blocks) == 0 {
			continue
		}
		if sec.Apart {
			d.space(3)
		}
		switch {
		case sec.Title == "":
		case sec.Level == 0:
			d.section(sec.Title)
		default:
			d.keepWith(d.lead(blocks[0]))
			d.heading(sec.Level, sec.Title)
		}
		for j, b := range blocks {
			var prev, next report.Block
			if j > 0 {
				prev = blocks[j-1]
			}
			if j+1 < len(blocks) {
				next = blocks[j+1]
			}
			d.block(b, prev, next)
		}
	}
}

// block draws one block; prev and next are its neighbours in the section,
// nil at either end, for the room around it.
func (d *doc) block(b, prev, next report.Block) {
	switch b := b.(type) {
	case *report.Heading:
		if next != nil {
			d.keepWith(d.lead(next))
		}
		d.heading(b.Level, b.Text)
	case *report.Paragraph:
		style, size, c := tone(b.Tone)
		d.para(b.Text, style, size, c)
		// A prompt and a result stand apart from what follows; an aside
		// too, unless a heading follows, which brings its own room.
		_, heading := next.(*report.Heading)
		if b.Tone == report.Prompt || b.Tone == report.Strong || b.Tone == report.Aside && next != nil && !heading {
			d.space(2)
		}
	case *report.Field:
		d.labelled(b.Label, b.Text)
	case *report.List:
		if b.Title != "" {
			d.para(b.Title, "B", bodySize, ink)
		}
		for _, item := range b.Items {
			d.bullet(item)
		}
	case *report.Callout:
		d.callout(b.Items, warnFill, warnLine)
	case *report.Table:
		d.table(columns(b), rows(b))
	case *report.Cover:
		d.cover(b)
	case *report.Legend:
		sc := &workshop.Scale{Levels: b.Levels}
		d.levelLegend(sc, levelColours(sc))
	case *report.ValueResult:
		d.valueBlock(b)
	case *report.LoadChart:
		// Below text, the chart keeps some room; under a heading it has it.
		if prev != nil {
			d.space(2)
		}
		r := b.Result()
		d.loadChart(&r, b.Unit.Word())
	case *report.Ecocycle:
		d.ecocycleMap(&workshop.ReflectionExercise{Initiatives: b.Initiatives()})
	case *report.TrendChart:
		d.trendChart(b, prev, next)
	}
}

// lead is the height a block needs on the page it starts on, for a heading
// above it to keep: a paragraph's first lines, a table's header and first
// rows, a whole chart.
func (d *doc) lead(b report.Block) float64 {
	switch b := b.(type) {
	case *report.Paragraph:
		style, size, _ := tone(b.Tone)
		return d.paraLead(b.Text, style, size)
	case *report.List:
		if len(b.Items) == 0 {
			return 0
		}
		d.font("", bodySize)
		return float64(len(d.split(d.clean(b.Items[0]), d.width-5))) * lineH(bodySize)
	case *report.Callout:
		return d.calloutLead(b.Items)
	case *report.Table:
		return d.tableLead(columns(b), rows(b))
	case *report.Legend:
		return legendHeight(&workshop.Scale{Levels: b.Levels})
	case *report.LoadChart:
		return loadChartHeight
	case *report.TrendChart:
		return trendChartH + 2
	}
	return 0
}

// heading draws a heading of a level from 1 to 3.
func (d *doc) heading(level int, title string) {
	switch level {
	case 1:
		d.heading1(title)
	case 2:
		d.heading2(title)
	default:
		d.heading3(title)
	}
}

// tone is how a paragraph of a tone is set: style, size and colour.
func tone(t report.Tone) (string, float64, rgb) {
	switch t {
	case report.Strong:
		return "B", bodySize, ink
	case report.Prompt:
		return "I", bodySize, muted
	case report.Aside:
		return "", smallSize, muted
	case report.Quiet:
		return "", bodySize, muted
	}
	return "", bodySize, ink
}

// columns and rows are a table's as the layout takes them.
func columns(t *report.Table) []column {
	out := make([]column, len(t.Columns))
	for i, c := range t.Columns {
		align := "L"
		switch {
		case c.Numeric:
			align = "R"
		case c.Centred:
			align = "C"
		}
		out[i] = column{c.Title, c.Width, align}
	}
	return out
}

func rows(t *report.Table) []row {
	out := make([]row, len(t.Rows))
	for i, r := range t.Rows {
		out[i] = row{cells: r.Cells, band: r.Group, bold: r.Total, note: r.Note}
	}
	return out
}

// cover is the first page's title block, and on a summary the facts about
// the session under it.
func (d *doc) cover(c *report.Cover) {
	pdf := d.pdf
	pdf.AddPage()
	band, kickerY, titleY, size := 46.0, 12.0, 20.0, 22.0
	if c.Sheet {
		band, kickerY, titleY, size = 40, 10, 18, 20
	}
	d.fillColor(accent)
	pdf.Rect(0, 0, d.pageW, band, "F")
	pdf.SetTextColor(255, 255, 255)
	d.font("", 10)
	pdf.SetXY(d.left, kickerY)
	d.cell(d.width, 5, d.clean(c.Kicker), "", 1, "L", false)
	d.font("B", size)
	pdf.SetXY(d.left, titleY)
	if c.Sheet {
		d.cell(d.width, 10, d.fit(d.clean(c.Title), d.width), "", 1, "L", false)
		d.textColor(ink)
		pdf.SetY(band + 7)
		return
	}
	lines := d.split(d.clean(c.Title), d.width)
	if len(lines) > 2 {
		lines = append(lines[:1], d.fit(strings.Join(lines[1:], " "), d.width))
	}
	for _, l := range lines {
		pdf.SetX(d.left)
		d.cell(d.width, 10, l, "", 1, "L", false)
	}
	d.textColor(ink)
	pdf.SetY(band + 8)
	for _, f := range c.Facts {
		d.labelled(f.Label, f.Text)
	}
	d.space(4)
}

func (d *doc) bullet(text string) {
	d.font("", bodySize)
	lh := lineH(bodySize)
	for i, l := range d.split(d.clean(text), d.width-5) {
		d.ensure(lh)
		if i == 0 {
			d.pdf.SetX(d.left)
			d.cell(5, lh, "•", "", 0, "L", false)
		}
		d.pdf.SetX(d.left + 5)
		d.cell(d.width-5, lh, l, "", 1, "L", false)
	}
}

// noAnswer marks a bar without the reader's own answer on it.
const noAnswer = -1 << 30

// valueBlock shows one value: its name and verdict, the bar and its key,
// the counts and groups, and the reservations; on a personal sheet the
// reader's own answer first, marked on the bar.
//
// The block is kept on one page: its summary lines (who disagrees,
// withholds or blocks, and what fails the pass rule) say what the bar
// means, and a page that starts with them reads as if they were about the
// value before. A block taller than a page starts where it is and breaks
// where it must.
func (d *doc) valueBlock(b *report.ValueResult) {
	pdf := d.pdf
	levels := make([]workshop.Level, len(b.Distribution))
	for i, lc := range b.Distribution {
		levels[i] = lc.Level
	}
	colours := levelColours(&workshop.Scale{Levels: levels})
	vr := &workshop.ValueResult{Distribution: b.Distribution, Responded: b.Responded}
	mark := noAnswer
	if b.Mine != nil && b.Mine.Marked {
		mark = b.Mine.Level
	}
	before, after := valueLines(b)
	var cols []column
	var rws []row
	if b.Reservations != nil {
		cols, rws = columns(b.Reservations), rows(b.Reservations)
	}

	// Name on the left, verdict on the right.
	d.font("B", 10.5)
	vw := d.textWidth(b.Verdict) + 2*cellPad + 2
	name := d.split(d.clean(b.Name), d.width-vw-2)

	d.space(3)
	h := float64(len(name))*lineH(10.5) + d.linesHeight(before) + 1 +
		barHeight(vr, 6.5, mark) + d.levelKeyHeight(vr) + d.linesHeight(after)
	if b.Mine != nil {
		h += 1 + lineH(smallSize) // the group's result
	}
	if len(rws) > 0 {
		h += 1 + d.tableLead(cols, rws)
	}
	if h <= d.limit()-d.top {
		d.ensure(h)
	} else {
		d.ensure(32)
	}
	d.font("B", 10.5)
	top := d.y()
	for _, l := range name {
		pdf.SetX(d.left)
		d.cell(d.width-vw-2, lineH(10.5), l, "", 1, "L", false)
	}
	switch {
	case b.Responded == 0:
		d.fillColor(rule)
		d.textColor(ink)
	case b.Passes:
		d.fillColor(passCol)
		pdf.SetTextColor(255, 255, 255)
	default:
		d.fillColor(failCol)
		pdf.SetTextColor(255, 255, 255)
	}
	d.font("B", 8.5)
	pdf.SetXY(d.left+d.width-vw, top+0.3)
	d.cell(vw, lineH(10.5)-0.6, b.Verdict, "", 0, "C", true)
	d.textColor(ink)
	pdf.SetY(max(d.y(), top+lineH(10.5)))
	if len(before) > 0 && before[0].label == "" {
		d.drawBlockLine(before[0])
		before = before[1:]
	}
	d.space(1)
	if b.Mine != nil {
		for _, l := range before {
			d.drawBlockLine(l)
		}
		d.space(1)
		d.para(b.Mine.Group, "B", smallSize, ink)
	}
	d.stackedBar(vr, colours, 6.5, mark)
	d.levelKey(vr, colours)
	for _, l := range after {
		d.drawBlockLine(l)
	}
	if len(rws) == 0 {
		return
	}
	d.space(1)
	d.table(cols, rws)
}

// valueLines are the lines of a value's block above its bar (the
// description, the reader's own answer) and below it (the counts, the
// groups, what fails the pass rule).
func valueLines(b *report.ValueResult) (before, after []blockLine) {
	if b.Description != "" {
		before = append(before, blockLine{text: b.Description, style: "I", size: smallSize, c: muted})
	}
	if b.Mine != nil {
		for _, f := range b.Mine.Lines {
			before = append(before, blockLine{label: f.Label, text: f.Text})
		}
	}
	if b.Counts != "" {
		after = append(after, blockLine{text: b.Counts, size: smallSize, c: ink})
	}
	for _, g := range b.Groups {
		after = append(after, blockLine{label: g.Label, text: g.Text})
	}
	if b.Failing != "" {
		after = append(after, blockLine{text: b.Failing, size: smallSize, c: failCol})
	}
	return before, after
}

// blockLine is a line of a value's block: "Label: text" (labelled) when it
// has a label, else a paragraph in its own style, size and colour. The
// block is measured before it is drawn, from the same lines.
type blockLine struct {
	label, text string
	style       string
	size        float64
	c           rgb
}

func (d *doc) drawBlockLine(l blockLine) {
	if l.label != "" {
		d.labelled(l.label, l.text)
		return
	}
	d.para(l.text, l.style, l.size, l.c)
}

// linesHeight is the height drawBlockLine takes for the lines.
func (d *doc) linesHeight(lines []blockLine) float64 {
	h := 0.0
	for _, l := range lines {
		if l.label != "" {
			h += d.labelledHeight(l.label, l.text)
		} else {
			h += d.paraHeight(d.width, l.text, l.style, l.size)
		}
	}
	return h
}
