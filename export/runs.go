package export

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Every piece of text reaches the page through this file: gofpdf prints
// one font per call and measures with the current font only, so text is
// cut into runs by the face that can draw each character, measured run by
// run, and drawn run by run at positions computed here. Text given to
// these functions has been through Clean.

// run is a stretch of text drawn with one face.
type run struct {
	face  *face
	text  string
	units int // advance in thousandths of an em
}

// faceFor picks the face that draws r in a chain: the face of the
// character before it for a combining mark, so that the mark lands on the
// letter's design; otherwise the first face with a glyph. It never fails:
// Clean has replaced what no face covers, and a stray character falls to
// the chain's first face (gofpdf prints nothing for a glyph it lacks).
func faceFor(faces []*face, r rune, prev *face) (*face, int) {
	if prev != nil && isMark(r) {
		if w, ok := prev.glyph(r); ok {
			return prev, w
		}
	}
	for _, f := range faces {
		if w, ok := f.glyph(r); ok {
			return f, w
		}
	}
	w, _ := faces[0].glyph(r)
	return faces[0], w
}

func isMark(r rune) bool {
	return r >= 0x0300 && unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc)
}

// splitRuns cuts text into runs of one face, in the order given.
func splitRuns(style, s string) []run {
	faces := chain(style)
	var out []run
	var cur *face
	start, units := 0, 0
	for i, r := range s {
		f, w := faceFor(faces, r, cur)
		if f != cur {
			if cur != nil {
				out = append(out, run{cur, s[start:i], units})
			}
			cur, start, units = f, i, 0
		}
		units += w
	}
	if cur != nil {
		out = append(out, run{cur, s[start:], units})
	}
	return out
}

// units is the advance of text in thousandths of an em; a face chosen
// for one character depends only on it and the face before it, so this
// matches what splitRuns and the page get in either direction.
func units(style, s string) int {
	faces := chain(style)
	var cur *face
	n := 0
	for _, r := range s {
		f, w := faceFor(faces, r, cur)
		cur = f
		n += w
	}
	return n
}

// mm converts thousandths of an em at a size in points to millimetres.
func mm(units int, size float64) float64 { return float64(units) * size / 1000 * ptToMM }

// textWidth is the width of cleaned text in the current style and size.
func (d *doc) textWidth(s string) float64 { return mm(units(d.style, s), d.size) }

// setFace makes f the font gofpdf draws text with, registering it with
// this document on first use: an export embeds only the faces its text
// needs. The big CJK and Hangul faces are registered cut down to the
// session's characters (see subset.go), unless text holds one
// outside it (text the export wrote itself), which gets the whole face.
func (d *doc) setFace(f *face, size float64, text string) {
	family := f.family
	if f.big {
		family = d.bigFamily(f, text)
	} else if !d.added[family] {
		d.pdf.AddUTF8FontFromBytes(family, "", f.ttf)
		d.added[family] = true
	}
	d.selectFamily(family, size)
}

// bigFamily registers a big face as needed to draw text and returns the
// family to select.
func (d *doc) bigFamily(f *face, text string) string {
	runes := d.sessionRunes()
	for _, r := range text {
		if !runes[r] {
			if !d.added[f.family] {
				d.pdf.AddUTF8FontFromBytes(f.family, "", f.ttf)
				d.added[f.family] = true
			}
			return f.family
		}
	}
	family := f.family + "-session"
	if !d.added[family] {
		list := make([]rune, 0, len(runes))
		for r := range runes {
			list = append(list, r)
		}
		ttf, err := subsetFont(f, list)
		if err != nil {
			ttf = f.ttf // slower, same result
		}
		d.pdf.AddUTF8FontFromBytes(family, "", ttf)
		d.added[family] = true
	}
	return family
}

// selectFamily tells gofpdf to draw with a registered family; gofpdf
// writes a font change into the page each time, so only on a change.
func (d *doc) selectFamily(family string, size float64) {
	if d.curFamily != family || d.curSize != size {
		d.pdf.SetFont(family, "", size)
		d.curFamily, d.curSize = family, size
	}
}

// cell works as gofpdf's CellFormat (border, fill, cursor movement), with
// the text drawn run by run in visual order.
func (d *doc) cell(w, h float64, text, border string, ln int, align string, fill bool) {
	x, y := d.pdf.GetXY()
	d.pdf.CellFormat(w, h, "", border, ln, "", fill, 0, "")
	if text != "" {
		d.drawLine(x, y, w, h, text, align)
	}
}

// drawLine draws one line of cleaned text in a box, aligned as gofpdf
// aligns a cell: inside the cell margin, vertically centred on the same
// baseline.
func (d *doc) drawLine(x, y, w, h float64, text, align string) {
	text = strings.ReplaceAll(text, "\n", " ") // one line; no font draws a line break
	var vis string
	switch d.base {
	case baseLTR:
		vis = visualIn(text, false)
	case baseRTL:
		vis = visualIn(text, true)
	default:
		vis = visual(text)
	}
	runs := splitRuns(d.style, vis)
	total := 0
	for _, r := range runs {
		total += r.units
	}
	tw := mm(total, d.size)
	switch align {
	case "R":
		x += w - d.margin - tw
	case "C":
		x += (w - tw) / 2
	default:
		x += d.margin
	}
	baseline := y + h/2 + 0.3*d.size*ptToMM
	for _, r := range runs {
		d.setFace(r.face, d.size, r.text)
		d.pdf.Text(x, baseline, r.text)
		x += mm(r.units, d.size)
	}
	d.setFace(chain(d.style)[0], d.size, "")
}

// setMargin sets the cell margin, for gofpdf and for drawLine.
func (d *doc) setMargin(m float64) {
	d.margin = m
	d.pdf.SetCellMargin(m)
}

// wrap breaks cleaned text into lines that fit a cell of width w: at
// spaces, after CJK characters (which need no space to break), and inside
// a word only when it is wider than a line, never between a letter and its
// marks. Line breaks in the text are kept. It always returns a line.
func (d *doc) wrap(s string, w float64) []string {
	limit := int((w - 2*d.margin) * 1000 / (d.size * ptToMM))
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		first := len(lines)
		lines = d.wrapPara(para, limit, lines)
		if len(lines)-first > 1 && needsBidi(para) {
			keepDirection(lines[first+1:], rtlBase(para))
		}
	}
	return lines
}

// keepDirection starts each continuation line of a paragraph whose first
// strong character would give it another direction than the paragraph's
// with a zero-width LRM or RLM, so that drawLine, which sees one line at a
// time, orders it as part of its paragraph; drawLine drops the mark.
func keepDirection(lines []string, rtl bool) {
	for i, l := range lines {
		if needsBidi(l) && rtlBase(l) == rtl {
			continue
		}
		if !rtl && !needsBidi(l) {
			continue // left to right either way
		}
		if rtl {
			lines[i] = "\u200f" + l
		} else {
			lines[i] = "\u200e" + l
		}
	}
}

func (d *doc) wrapPara(s string, limit int, lines []string) []string {
	faces := chain(d.style)
	for {
		var cur *face
		n := 0
		cut, resume := -1, -1 // the last break found: end of this line, start of the next
		end := len(s)
		for i, r := range s {
			f, w := faceFor(faces, r, cur)
			cur = f
			if r == ' ' {
				cut, resume = trimSpaces(s, i)
			}
			if n+w > limit && r != ' ' && i > 0 {
				if cut <= 0 {
					// No break in sight: cut the word before this
					// character's cluster, keeping at least one.
					cut = clusterStart(s, i)
					if cut == 0 {
						cut = clusterEnd(s, i)
					}
					resume = cut
				}
				end = cut
				break
			}
			n += w
			if breaksAfter(r) {
				cut, resume = i+utf8.RuneLen(r), i+utf8.RuneLen(r)
			}
		}
		if end == len(s) {
			return append(lines, strings.TrimRight(s, " "))
		}
		lines = append(lines, s[:end])
		s = strings.TrimLeft(s[resume:], " ")
		if s == "" {
			return lines
		}
	}
}

// trimSpaces returns where a line ends and the next starts around the
// space at i.
func trimSpaces(s string, i int) (int, int) {
	cut := i
	for cut > 0 && s[cut-1] == ' ' {
		cut--
	}
	return cut, i + 1
}

// clusterStart steps back from i over combining marks to their letter.
func clusterStart(s string, i int) int {
	for i > 0 {
		r, _ := utf8.DecodeRuneInString(s[i:])
		if !isMark(r) {
			return i
		}
		_, n := utf8.DecodeLastRuneInString(s[:i])
		i -= n
	}
	return i
}

// clusterEnd is the end of the cluster starting at i.
func clusterEnd(s string, i int) int {
	_, n := utf8.DecodeRuneInString(s[i:])
	i += n
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isMark(r) {
			break
		}
		i += n
	}
	return i
}

// breaksAfter says whether a line may end after r with no space: Chinese,
// Japanese and Korean text has none between words.
func breaksAfter(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) ||
		r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF // CJK punctuation, full-width forms
}

// longestWord is the advance of the widest stretch of s that wrap cannot
// break.
func longestWord(style, s string) int {
	faces := chain(style)
	var cur *face
	longest, n := 0, 0
	for _, r := range s {
		f, w := faceFor(faces, r, cur)
		cur = f
		if r == ' ' || r == '\n' {
			n = 0
			continue
		}
		n += w
		longest = max(longest, n)
		if breaksAfter(r) {
			n = 0
		}
	}
	return longest
}

// fitPrefix returns the longest prefix of s, cut between clusters, whose
// advance is at most limit.
func fitPrefix(style, s string, limit int) string {
	faces := chain(style)
	var cur *face
	n, last := 0, 0
	for i, r := range s {
		f, w := faceFor(faces, r, cur)
		cur = f
		if !isMark(r) {
			last = i
		}
		if n+w > limit {
			return s[:last]
		}
		n += w
	}
	return s
}
