package export

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/jung-kurt/gofpdf"

	"scaleroom/export/report"
	"scaleroom/workshop"
)

const (
	pageTotalAlias = "{nb}"
	cellPad        = 1.3 // mm of padding inside table cells
	ptToMM         = 25.4 / 72
	bodySize       = 9.5
	smallSize      = 8.5
)

// doc is one PDF being rendered: the report it draws, and the session,
// whose characters decide how the big fonts are cut down (subset.go).
type doc struct {
	pdf *gofpdf.Fpdf
	s   *workshop.Session
	rep *report.Report

	pageW, pageH             float64
	left, right, top, bottom float64
	width                    float64 // between the margins
	keep                     float64 // see takeKeep
	trace                    func(string)

	// Text state, kept here because text is drawn run by run in several
	// fonts (runs.go): the style and size asked for, the cell margin, the
	// font gofpdf has selected, the fonts registered so far, the direction
	// of the paragraph being drawn, and the session's characters.
	style     string
	size      float64
	margin    float64
	curFamily string
	curSize   float64
	added     map[string]bool
	base      baseDir
	runes     map[rune]bool

	// gridTop and gridCol place trend charts two to a row (trends.go).
	gridTop float64
	gridCol int
}

// rgb is a colour.
type rgb struct{ r, g, b int }

// The palette: one accent, greys for structure.
var (
	ink      = rgb{33, 37, 41}
	muted    = rgb{105, 112, 120}
	rule     = rgb{200, 205, 210}
	accent   = rgb{22, 96, 110}
	tint     = rgb{232, 241, 243}
	zebra    = rgb{246, 248, 249}
	passCol  = rgb{39, 128, 72}
	failCol  = rgb{180, 40, 40}
	warnFill = rgb{253, 243, 226}
	warnLine = rgb{214, 150, 40}
)

func (d *doc) textColor(c rgb) { d.pdf.SetTextColor(c.r, c.g, c.b) }
func (d *doc) fillColor(c rgb) { d.pdf.SetFillColor(c.r, c.g, c.b) }
func (d *doc) drawColor(c rgb) { d.pdf.SetDrawColor(c.r, c.g, c.b) }

// font selects a style and size in points for the text that follows.
// Fonts are embedded when first used (runs.go): gofpdf spends most of a
// short document's time on each embedded font.
func (d *doc) font(style string, size float64) {
	d.style, d.size = style, size
	d.setFace(chain(style)[0], size, "")
}

// lineH is the line height for a font size in points.
func lineH(size float64) float64 { return size * ptToMM * 1.32 }

// y and limit are the current position and the last usable height.
func (d *doc) y() float64     { return d.pdf.GetY() }
func (d *doc) limit() float64 { return d.pageH - d.bottom }

// ensure starts a new page unless h millimetres fit below the current
// position, and reports whether it did.
func (d *doc) ensure(h float64) bool {
	if d.y()+h <= d.limit() {
		return false
	}
	d.pdf.AddPage()
	return true
}

func (d *doc) header() {
	if d.pdf.PageNo() == 1 {
		return
	}
	pdf := d.pdf
	defer d.keepFont()()
	d.font("", 8)
	d.textColor(muted)
	pdf.SetXY(d.left, 9)
	title := d.fit(d.clean(d.rep.Title), d.width*0.6)
	d.cell(d.width*0.6, 5, title, "", 0, "L", false)
	d.cell(d.width*0.4, 5, d.fit(d.clean(d.rep.Variant), d.width*0.4), "", 0, "R", false)
	d.drawColor(rule)
	pdf.SetLineWidth(0.2)
	pdf.Line(d.left, 15, d.pageW-d.right, 15)
	pdf.SetXY(d.left, d.top)
	d.textColor(ink)
}

// footer says "Page X of Y" on the left: the total is filled in when the
// document closes, and left alignment keeps its width estimate harmless.
func (d *doc) footer() {
	pdf := d.pdf
	defer d.keepFont()()
	y := d.pageH - d.bottom + 7
	d.drawColor(rule)
	pdf.SetLineWidth(0.2)
	pdf.Line(d.left, y-1.5, d.pageW-d.right, y-1.5)
	d.font("", 8)
	d.textColor(muted)
	pdf.SetXY(d.left, y)
	d.cell(d.width/2, 5, fmt.Sprintf(tr("Page %d of %s"), pdf.PageNo(), pageTotalAlias), "", 0, "L", false)
	right := "Scaleroom"
	if d.rep.Date != "" {
		right = d.clean(d.rep.Date) + " · Scaleroom"
	}
	d.cell(d.width/2, 5, right, "", 0, "R", false)
	d.textColor(ink)
}

// keepFont saves the text state and returns a function restoring it, for
// the header and footer: gofpdf calls them inside AddPage, between text
// set up in one font and drawn in it, and restores its own font afterwards
// but not ours.
func (d *doc) keepFont() func() {
	style, size, family, familySize, base := d.style, d.size, d.curFamily, d.curSize, d.base
	d.base = baseAuto
	return func() {
		d.style, d.size, d.base = style, size, base
		if family != "" {
			d.selectFamily(family, familySize)
		}
	}
}

// fit shortens one line of cleaned text with an ellipsis to fit a width,
// for places with room for one line only.
func (d *doc) fit(s string, w float64) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if d.textWidth(s) <= w-2*d.margin {
		return s
	}
	limit := int((w-2*d.margin)*1000/(d.size*ptToMM)) - units(d.style, "…")
	return fitPrefix(d.style, s, limit) + "…"
}

// split wraps cleaned text to a width; it always returns at least one line.
func (d *doc) split(s string, w float64) []string { return d.wrap(s, w) }

// section starts a major part of the document on a new page.
func (d *doc) section(title string) {
	if d.pdf.PageNo() == 0 || d.y() > d.top+1 {
		d.pdf.AddPage()
	}
	d.heading1(title)
}

// heading1 is a section title with a rule under it; it keeps at least
// keep millimetres of what follows on the same page.
func (d *doc) heading1(title string) {
	if d.y() > d.top+1 {
		d.space(6)
	}
	d.ensure(max(30, 12+d.takeKeep()))
	pdf := d.pdf
	d.font("B", 16)
	d.textColor(accent)
	for _, l := range d.split(d.clean(title), d.width) {
		pdf.SetX(d.left)
		d.cell(d.width, lineH(16), l, "", 1, "L", false)
	}
	d.drawColor(accent)
	pdf.SetLineWidth(0.5)
	pdf.Line(d.left, d.y()+0.5, d.left+d.width, d.y()+0.5)
	pdf.SetY(d.y() + 3.5)
	d.textColor(ink)
}

// heading2 is a sub-heading kept with at least 25 mm of what follows.
func (d *doc) heading2(title string) {
	d.space(2)
	d.ensure(max(25, 8+d.takeKeep()))
	d.font("B", 12)
	d.textColor(accent)
	for _, l := range d.split(d.clean(title), d.width) {
		d.pdf.SetX(d.left)
		d.cell(d.width, lineH(12), l, "", 1, "L", false)
	}
	d.space(1)
	d.textColor(ink)
}

// heading3 is a small bold title, kept with 15 mm of what follows.
func (d *doc) heading3(title string) {
	d.space(1.5)
	d.ensure(max(15, 6+d.takeKeep()))
	d.font("B", 10)
	for _, l := range d.split(d.clean(title), d.width) {
		d.pdf.SetX(d.left)
		d.cell(d.width, lineH(10), l, "", 1, "L", false)
	}
	d.space(0.5)
}

// takeKeep returns and clears the room the next heading must keep for what
// follows it, set by whoever knows how tall that is (see keepWith).
func (d *doc) takeKeep() float64 {
	k := d.keep
	d.keep = 0
	return k
}

// keepWith tells the next heading how tall the first thing under it is
// (a chart, a table's lead, a paragraph's first lines), so that the
// heading moves to the next page with it rather than end a page alone:
// the fixed minimum of a heading is shorter than a chart.
func (d *doc) keepWith(h float64) { d.keep = max(d.keep, h) }

// paraHeight is the height para takes for text in a width.
func (d *doc) paraHeight(w float64, text, style string, size float64) float64 {
	d.font(style, size)
	n := 0
	for _, p := range strings.Split(d.clean(text), "\n") {
		n += len(d.split(p, w))
	}
	return float64(n) * lineH(size)
}

// paraLead is the height of a paragraph's first two lines (or its only
// one): what a heading above it needs on its page.
func (d *doc) paraLead(text, style string, size float64) float64 {
	return min(d.paraHeight(d.width, text, style, size), 2*lineH(size))
}

// labelledHeight is the height labelled takes.
func (d *doc) labelledHeight(label, text string) float64 {
	d.font("B", bodySize)
	lw := d.textWidth(d.clean(label)) + 2*cellPad + 1
	d.font("", bodySize)
	return float64(len(d.split(d.clean(text), d.width-lw))) * lineH(bodySize)
}

// calloutLead is the height of a callout's first box up to two lines.
func (d *doc) calloutLead(lines []string) float64 {
	if len(lines) == 0 {
		return 0
	}
	d.font("", bodySize)
	n := min(2, len(d.split(d.clean(lines[0]), d.width-6)))
	return float64(n)*lineH(bodySize) + 2
}

// clean prepares text for gofpdf (see Clean); tests can watch every string
// that reaches the PDF through trace.
func (d *doc) clean(s string) string {
	if d.trace != nil {
		d.trace(s)
	}
	return Clean(s)
}

// meta prepares text for the PDF's properties, traced like clean. They
// keep the text as typed (see metaText), not the drawing forms.
func (d *doc) meta(s string) string {
	if d.trace != nil {
		d.trace(s)
	}
	return metaText(s)
}

func (d *doc) space(h float64) {
	if d.y()+h > d.limit() {
		return // the next page starts fresh anyway
	}
	d.pdf.SetY(d.y() + h)
}

// para writes wrapped text, breaking pages between lines.
func (d *doc) para(text, style string, size float64, c rgb) {
	d.paraAt(d.left, d.width, text, style, size, c)
}

func (d *doc) paraAt(x, w float64, text, style string, size float64, c rgb) {
	d.font(style, size)
	d.textColor(c)
	lh := lineH(size)
	// A paragraph that starts in Hebrew or Arabic reads from the right:
	// every line of it is ordered right to left and aligned right.
	defer func() { d.base = baseAuto }()
	for _, p := range strings.Split(d.clean(text), "\n") {
		align := "L"
		d.base = baseLTR
		if needsBidi(p) && rtlBase(p) {
			align, d.base = "R", baseRTL
		}
		for _, l := range d.split(p, w) {
			d.ensure(lh)
			d.pdf.SetX(x)
			d.cell(w, lh, l, "", 1, align, false)
		}
	}
	d.textColor(ink)
}

// labelled writes "Label: text" with the label in bold, wrapping the text
// under itself.
func (d *doc) labelled(label, text string) {
	d.font("B", bodySize)
	lw := d.textWidth(d.clean(label)) + 2*cellPad + 1
	lh := lineH(bodySize)
	lines := func() []string {
		d.font("", bodySize)
		return d.split(d.clean(text), d.width-lw)
	}()
	// The value continues the label's line, which reads left to right: a
	// count before a list of Arabic names stays in front of them.
	defer func() { d.base = baseAuto }()
	d.base = baseLTR
	for i, l := range lines {
		d.ensure(lh)
		d.pdf.SetX(d.left)
		if i == 0 {
			d.font("B", bodySize)
			d.cell(lw, lh, d.clean(label), "", 0, "L", false)
		} else {
			d.pdf.SetX(d.left + lw)
		}
		d.font("", bodySize)
		d.cell(d.width-lw, lh, l, "", 1, "L", false)
	}
}

// callout draws text in a tinted box with a coloured bar on its left, for
// warnings; the box breaks across pages with the text.
func (d *doc) callout(lines []string, fill, bar rgb) {
	if len(lines) == 0 {
		return
	}
	d.font("", bodySize)
	lh := lineH(bodySize)
	inner := d.width - 6
	for _, text := range lines {
		wrapped := d.split(d.clean(text), inner)
		for i := 0; i < len(wrapped); {
			d.ensure(lh + 2)
			n := min(len(wrapped)-i, int((d.limit()-d.y()-2)/lh))
			top := d.y()
			d.fillColor(fill)
			d.pdf.Rect(d.left, top, d.width, float64(n)*lh+2, "F")
			d.fillColor(bar)
			d.pdf.Rect(d.left, top, 1.2, float64(n)*lh+2, "F")
			d.pdf.SetY(top + 1)
			for _, l := range wrapped[i : i+n] {
				d.pdf.SetX(d.left + 4)
				d.cell(inner, lh, l, "", 1, "L", false)
			}
			d.pdf.SetY(top + float64(n)*lh + 2)
			i += n
		}
		d.space(1)
	}
}

// column describes a table column: a share of the width and an alignment.
type column struct {
	title string
	share float64
	align string // "L", "R" or "C"
}

// row is one table row; a row with band set is a full-width group title.
// note is long text that belongs to the row (a reservation, an item's
// note, a rationale): it gets the full width under the cells instead of a
// narrow column, where a 5,000-character note once ran over four pages.
type row struct {
	cells []string
	band  string
	bold  bool
	note  string
}

// noteIndent is how far a row's note is set in from the table's edge.
const noteIndent = 4.0

// tableRow is a row split into lines for its column widths.
type tableRow struct {
	row
	cells [][]string // per column
	n     int        // lines of cells
	note  []string
	more  []string // a band's title marked "(continued)", for the pages it runs on to
}

// continued marks a group title repeated at the top of a page, so that
// every row on every page stands under the title of its group: a reader
// who turns the page mid-group otherwise reads one person's answers as the
// next person's.
func continued() string { return tr(" (continued)") }

func (r *tableRow) lines() int { return r.n + len(r.note) }

// table draws rows under a header that repeats on every page. Cells wrap;
// a row taller than a whole page continues on the next one, so nothing
// overlaps and nothing is cut. Other rows never split, and the last page
// of a table never holds a single row on its own: the row before it moves
// over too. The same holds for each group under a band row, whose title
// is repeated, marked "(continued)", on every page the group runs on to.
func (d *doc) table(cols []column, rows []row) {
	t := d.prepareTable(cols, rows)
	forced := t.plan(d)
	t.place(d, true, forced, d.y())
	d.drawColor(rule)
	d.pdf.SetLineWidth(0.2)
	d.pdf.Line(d.left, d.y(), d.left+d.width, d.y())
	d.space(3)
}

// plan returns the rows that must start a new page so that neither the
// table's last page nor the page a group under a band row ends on holds a
// single row of several: the row before it moves over too, if the two fit
// on that page together. Groups are settled from the top, since moving a
// row moves everything after it.
func (t *preparedTable) plan(d *doc) map[int]bool {
	forced := map[int]bool{}
	// starts[i] is the page, counted from the current one, where row i
	// begins.
	starts := t.place(d, false, forced, d.y())
	for i := 1; i < len(t.rows); i++ {
		last := i == len(t.rows)-1 || t.rows[i+1].band != ""
		if !last || t.rows[i].band != "" || t.rows[i-1].band != "" ||
			starts[i-1] == starts[i] || t.rows[i-1].lines() > t.fullPage {
			continue
		}
		forced[i-1] = true
		again := t.place(d, false, forced, d.y())
		if again[i-1] != again[i] {
			delete(forced, i-1)
			continue
		}
		starts = again
	}
	return forced
}

// preparedTable holds a table's rows split into lines.
type preparedTable struct {
	cols     []column
	widths   []float64
	heads    [][]string
	headH    float64
	rows     []tableRow
	lh       float64
	fullPage int // lines that fit on a page under the header
}

func (d *doc) prepareTable(cols []column, rows []row) *preparedTable {
	size := smallSize
	t := &preparedTable{cols: cols, lh: lineH(size)}
	t.widths = d.columnWidths(cols, rows, size)
	d.font("B", size)
	n := 1
	t.heads = make([][]string, len(cols))
	for i, c := range cols {
		t.heads[i] = d.split(d.clean(c.title), t.widths[i])
		n = max(n, len(t.heads[i]))
	}
	t.headH = float64(n)*t.lh + 1.2
	bandH := 0.0 // the tallest repeated group title
	for _, r := range rows {
		trow := tableRow{row: r, n: 1}
		if r.band != "" {
			d.font("B", size)
			trow.cells = [][]string{d.split(d.clean(r.band), d.width)}
			trow.n = len(trow.cells[0])
			trow.more = d.split(d.clean(r.band+continued()), d.width)
			bandH = max(bandH, float64(len(trow.more))*t.lh+1.2)
			t.rows = append(t.rows, trow)
			continue
		}
		style := ""
		if r.bold {
			style = "B"
		}
		d.font(style, size)
		trow.cells = make([][]string, len(cols))
		for i := range cols {
			text := ""
			if i < len(r.cells) {
				text = d.clean(r.cells[i])
			}
			trow.cells[i] = d.split(text, t.widths[i])
			trow.n = max(trow.n, len(trow.cells[i]))
		}
		if strings.TrimSpace(r.note) != "" {
			d.font("", size)
			trow.note = d.split(d.clean(r.note), d.width-noteIndent)
		}
		t.rows = append(t.rows, trow)
	}
	// A page a group runs on to starts with its title again, so a row
	// that fits on a page must fit under both.
	t.fullPage = max(1, int(math.Floor((d.limit()-d.top-t.headH-bandH-1.2)/t.lh)))
	return t
}

// lead is the height a table needs on the page it starts on: its header
// and its first two rows (or the first lines of a tall one), so that a
// heading above can be kept with them.
func (t *preparedTable) lead() float64 {
	h := t.headH
	lines := 0
	for i, r := range t.rows {
		if i == 2 {
			break
		}
		lines += r.lines()
	}
	return h + float64(min(lines, max(3, t.fullPage/2)))*t.lh + 2.4
}

// place lays the rows out from y, drawing them when draw is set; forced
// rows start a new page. It returns, per row, the page it starts on,
// counted from the current one.
func (t *preparedTable) place(d *doc, draw bool, forced map[int]bool, y float64) []int {
	pdf := d.pdf
	lh := t.lh
	page := 0
	starts := make([]int, len(t.rows))
	group := -1 // the band row over the rows being placed
	// newPage starts a page under the header; a row of a group carries on
	// under its group's title, marked as continued.
	newPage := func(i int) {
		page++
		y = d.top
		if draw {
			pdf.AddPage()
			y = d.y()
		}
		y = t.header(d, draw, y)
		if group >= 0 && t.rows[i].band == "" {
			y = t.band(d, draw, t.rows[group].more, y)
		}
	}
	// A header alone at the foot of a page helps nobody.
	if y+t.lead() > d.limit() && y > d.top+1 {
		newPage(0)
	} else {
		y = t.header(d, draw, y)
	}
	stripe := 0
	for i := range t.rows {
		r := &t.rows[i]
		if r.band != "" {
			stripe = 0
			group = i
			// A group title needs its first two rows with it (or its only
			// one): a title over a single row at a page's foot, the rest
			// of the group overleaf, is the lone row the plan avoids at a
			// group's end. Rows too tall for that keep two lines.
			h := float64(r.n)*lh + 1.2
			need := 0.0
			for j := i + 1; j < len(t.rows) && j <= i+2 && t.rows[j].band == ""; j++ {
				need += float64(t.rows[j].lines())*lh + 1.2
			}
			if need > float64(t.fullPage)*lh {
				need = 2*lh + 1.2
			}
			if forced[i] || (y+h+need > d.limit() && y > d.top+t.headH+1) {
				newPage(i)
			}
			starts[i] = page
			y = t.band(d, draw, r.cells[0], y)
			continue
		}
		total := r.lines()
		// A row that fits on a page is never split: it starts on the next
		// page instead. A taller one fills pages as it goes, but never
		// leaves a single line at a page's foot.
		fits := total <= t.fullPage
		avail := int(math.Floor((d.limit() - y - 1.2) / lh))
		if forced[i] || (fits && avail < total) || (!fits && avail < 2) {
			newPage(i)
		}
		starts[i] = page
		for from := 0; from < total; {
			avail := int(math.Floor((d.limit() - y - 1.2) / lh))
			if avail < 1 {
				newPage(i)
				continue
			}
			k := min(total-from, avail)
			if draw {
				t.drawLines(d, r, from, k, y, stripe%2 == 1)
			}
			y += float64(k)*lh + 1.2
			from += k
		}
		stripe++
	}
	if draw {
		pdf.SetY(y)
	}
	return starts
}

// band draws a group title's lines at y, full width under a rule, and
// returns the y below them.
func (t *preparedTable) band(d *doc, draw bool, lines []string, y float64) float64 {
	if draw {
		pdf := d.pdf
		d.font("B", smallSize)
		d.drawColor(rule)
		pdf.SetLineWidth(0.2)
		pdf.Line(d.left, y, d.left+d.width, y)
		for j, l := range lines {
			pdf.SetXY(d.left, y+0.6+float64(j)*t.lh)
			d.cell(d.width, t.lh, l, "", 0, "L", false)
		}
	}
	return y + float64(len(lines))*t.lh + 1.2
}

// header draws the column titles at y and returns the y below them.
func (t *preparedTable) header(d *doc, draw bool, y float64) float64 {
	if !draw {
		return y + t.headH
	}
	pdf := d.pdf
	d.font("B", smallSize)
	d.fillColor(tint)
	pdf.Rect(d.left, y, d.width, t.headH, "F")
	d.textColor(accent)
	x := d.left
	for i := range t.cols {
		for j, l := range t.heads[i] {
			pdf.SetXY(x, y+0.6+float64(j)*t.lh)
			d.cell(t.widths[i], t.lh, l, "", 0, t.cols[i].align, false)
		}
		x += t.widths[i]
	}
	d.textColor(ink)
	return y + t.headH
}

// drawLines draws k of a row's lines from line from: cell lines first,
// then the note's, set in across the full width.
func (t *preparedTable) drawLines(d *doc, r *tableRow, from, k int, y float64, zebraFill bool) {
	pdf := d.pdf
	lh := t.lh
	if zebraFill {
		d.fillColor(zebra)
		pdf.Rect(d.left, y, d.width, float64(k)*lh+1.2, "F")
	}
	style := ""
	if r.bold {
		style = "B"
	}
	d.font(style, smallSize)
	x := d.left
	for i := range t.cols {
		for j := from; j < from+k && j < len(r.cells[i]); j++ {
			pdf.SetXY(x, y+0.6+float64(j-from)*lh)
			d.cell(t.widths[i], lh, r.cells[i][j], "", 0, t.cols[i].align, false)
		}
		x += t.widths[i]
	}
	d.font("", smallSize)
	for j := max(from, r.n); j < from+k; j++ {
		pdf.SetXY(d.left+noteIndent, y+0.6+float64(j-from)*lh)
		d.cell(d.width-noteIndent, lh, r.note[j-r.n], "", 0, "L", false)
	}
}

// tableLead is the height a table needs on its first page (see lead).
func (d *doc) tableLead(cols []column, rows []row) float64 {
	return d.prepareTable(cols, rows).lead()
}

// columnWidths shares the table width by the columns' shares, then widens
// a column whose longest word, in its header or a cell, would be cut in
// two, taking the room from columns with room to spare. Fonts differ in
// width from script to script, so fixed shares alone cut words such as
// "Complexity" mid-way. A column grows to at most half again its share.
func (d *doc) columnWidths(cols []column, rows []row, size float64) []float64 {
	total := 0.0
	for _, c := range cols {
		total += c.share
	}
	widths := make([]float64, len(cols))
	need := make([]float64, len(cols))
	for i, c := range cols {
		widths[i] = d.width * c.share / total
		need[i] = mm(longestWord("B", Clean(c.title)), size)
	}
	for _, r := range rows {
		style := ""
		if r.bold {
			style = "B"
		}
		for i := range min(len(r.cells), len(cols)) {
			need[i] = max(need[i], mm(longestWord(style, Clean(r.cells[i])), size))
		}
	}
	var short, spare float64
	for i := range widths {
		// A hair more than the word: wrap rounds the room down to whole
		// font units, and a word that fills its column exactly was split.
		need[i] = min(need[i]+2*d.margin+0.05, widths[i]*1.5)
		if need[i] > widths[i] {
			short += need[i] - widths[i]
		} else {
			spare += widths[i] - need[i]
		}
	}
	if short == 0 || spare == 0 {
		return widths
	}
	moved := min(short, spare)
	for i := range widths {
		if need[i] > widths[i] {
			widths[i] += (need[i] - widths[i]) * moved / short
		} else {
			widths[i] -= (widths[i] - need[i]) * moved / spare
		}
	}
	return widths
}

func itoa(n int) string { return strconv.Itoa(n) }
