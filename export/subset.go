package export

import (
	"encoding/binary"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"unicode/utf8"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/text/unicode/norm"
)

// gofpdf parses the whole of a font it is given on every document, and
// again when it subsets it at the end: 33 ms for Droid Sans Fallback's
// 49,000 glyphs and 21 ms for each NanumSquare, most of it unpacking
// tables and building maps over every glyph. A document needs a few dozen
// of those glyphs, so the big fonts reach gofpdf already cut down to the
// characters the session's text holds, and gofpdf's own subsetting then
// works on that small font as usual.

// sessionRunes returns every non-ASCII character of the session's text, in
// its composed form (Clean composes before drawing). It walks the session's
// strings by reflection so that a field added to the session later is
// covered without anyone remembering to list it here.
func (d *doc) sessionRunes() map[rune]bool {
	if d.runes != nil {
		return d.runes
	}
	d.runes = map[rune]bool{}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			s := v.String()
			if plainASCII(s) {
				return
			}
			for _, r := range norm.NFC.String(s) {
				if r >= utf8.RuneSelf {
					d.runes[r] = true
				}
			}
		case reflect.Pointer, reflect.Interface:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Struct:
			for i := range v.NumField() {
				walk(v.Field(i))
			}
		case reflect.Slice, reflect.Array:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Map:
			for it := v.MapRange(); it.Next(); {
				walk(it.Key())
				walk(it.Value())
			}
		}
	}
	walk(reflect.ValueOf(d.s))
	return d.runes
}

// subsetFont returns a TrueType font holding only the glyphs that draw
// the given characters (and the glyphs those are built from), renumbered,
// with the metrics, cmap and tables gofpdf reads. Tables indexed by the old
// glyph numbers that gofpdf does not read (OpenType layout, kerning,
// vertical metrics) are left out.
func subsetFont(f *face, runes []rune) ([]byte, error) {
	f.once.Do(f.load)
	if f.font == nil {
		return nil, errors.New("font does not parse")
	}
	tables, err := readTables(f.ttf)
	if err != nil {
		return nil, err
	}
	for _, t := range []string{"head", "hhea", "maxp", "hmtx", "loca", "glyf"} {
		if tables[t] == nil {
			return nil, fmt.Errorf("font has no %s table", t)
		}
	}
	be := binary.BigEndian
	head, hhea, maxp := tables["head"], tables["hhea"], tables["maxp"]
	if len(head) < 54 || len(hhea) < 36 || len(maxp) < 6 {
		return nil, errors.New("truncated font header")
	}
	longLoca := be.Uint16(head[50:]) == 1
	numGlyphs := int(be.Uint16(maxp[4:]))
	numMetrics := int(be.Uint16(hhea[34:]))
	loca, glyf, hmtx := tables["loca"], tables["glyf"], tables["hmtx"]
	if numMetrics < 1 || len(hmtx) < 4*numMetrics+2*(numGlyphs-numMetrics) {
		return nil, errors.New("truncated hmtx")
	}
	glyph := func(g int) ([]byte, error) {
		var from, to int
		if longLoca {
			if len(loca) < 4*(g+2) {
				return nil, errors.New("truncated loca")
			}
			from, to = int(be.Uint32(loca[4*g:])), int(be.Uint32(loca[4*g+4:]))
		} else {
			if len(loca) < 2*(g+2) {
				return nil, errors.New("truncated loca")
			}
			from, to = 2*int(be.Uint16(loca[2*g:])), 2*int(be.Uint16(loca[2*g+2:]))
		}
		if from > to || to > len(glyf) {
			return nil, errors.New("glyph out of bounds")
		}
		return glyf[from:to], nil
	}

	// Old glyph numbers in their new order: .notdef first, then each
	// character's glyph, then the components of composite glyphs.
	order := []int{0}
	index := map[int]int{0: 0}
	add := func(g int) {
		if _, ok := index[g]; !ok && g < numGlyphs {
			index[g] = len(order)
			order = append(order, g)
		}
	}
	slices.Sort(runes)
	var buf sfnt.Buffer
	type entry struct{ r, old int }
	var cmap []entry
	for _, r := range runes {
		if r > 0xFFFF {
			continue
		}
		if g, err := f.font.GlyphIndex(&buf, r); err == nil && g != 0 {
			cmap = append(cmap, entry{int(r), int(g)})
			add(int(g))
		}
	}
	for i := 0; i < len(order); i++ {
		data, err := glyph(order[i])
		if err != nil {
			return nil, err
		}
		err = components(data, func(_ int, g int) { add(g) })
		if err != nil {
			return nil, err
		}
	}

	var newGlyf, newLoca, newHmtx []byte
	for _, g := range order {
		data, _ := glyph(g)
		start := len(newGlyf)
		newLoca = be.AppendUint32(newLoca, uint32(start))
		newGlyf = append(newGlyf, data...)
		components(newGlyf[start:], func(at, old int) {
			be.PutUint16(newGlyf[start+at:], uint16(index[old]))
		})
		for len(newGlyf)%4 != 0 {
			newGlyf = append(newGlyf, 0)
		}
		m := min(g, numMetrics-1)
		newHmtx = append(newHmtx, hmtx[4*m:4*m+2]...) // advance
		if g < numMetrics {
			newHmtx = append(newHmtx, hmtx[4*g+2:4*g+4]...)
		} else {
			at := 4*numMetrics + 2*(g-numMetrics)
			newHmtx = append(newHmtx, hmtx[at:at+2]...)
		}
	}
	newLoca = be.AppendUint32(newLoca, uint32(len(newGlyf)))

	head = slices.Clone(head)
	be.PutUint32(head[8:], 0) // checkSumAdjustment: nobody checks it
	be.PutUint16(head[50:], 1)
	hhea = slices.Clone(hhea)
	be.PutUint16(hhea[34:], uint16(len(order)))
	maxp = slices.Clone(maxp)
	be.PutUint16(maxp[4:], uint16(len(order)))
	cmapEntries := make([][2]uint16, len(cmap))
	for i, e := range cmap {
		cmapEntries[i] = [2]uint16{uint16(e.r), uint16(index[e.old])}
	}
	out := map[string][]byte{
		"cmap": cmapTable(cmapEntries), "glyf": newGlyf, "head": head, "hhea": hhea,
		"hmtx": newHmtx, "loca": newLoca, "maxp": maxp,
	}
	if post := tables["post"]; len(post) >= 32 {
		post = slices.Clone(post[:32])
		be.PutUint32(post, 0x00030000) // format 3: no glyph names to renumber
		out["post"] = post
	}
	// Tables not tied to glyph numbers.
	for _, t := range []string{"name", "OS/2", "cvt ", "fpgm", "prep", "gasp"} {
		if tables[t] != nil {
			out[t] = tables[t]
		}
	}
	return writeFont(out), nil
}

// components calls fn with the offset and glyph number of every component
// of a composite glyph; a simple glyph has none.
func components(data []byte, fn func(at, glyph int)) error {
	const (
		wordArgs = 0x0001
		scale    = 0x0008
		more     = 0x0020
		xyScale  = 0x0040
		twoByTwo = 0x0080
	)
	if len(data) < 10 || int16(binary.BigEndian.Uint16(data)) >= 0 {
		return nil
	}
	at := 10
	for {
		if at+4 > len(data) {
			return errors.New("truncated composite glyph")
		}
		flags := binary.BigEndian.Uint16(data[at:])
		fn(at+2, int(binary.BigEndian.Uint16(data[at+2:])))
		at += 4
		if flags&wordArgs != 0 {
			at += 4
		} else {
			at += 2
		}
		switch {
		case flags&scale != 0:
			at += 2
		case flags&xyScale != 0:
			at += 4
		case flags&twoByTwo != 0:
			at += 8
		}
		if flags&more == 0 {
			return nil
		}
	}
}

// cmapTable is a cmap with one format 4 subtable (Windows, Unicode BMP,
// what gofpdf reads) mapping each character to its glyph, one segment a
// character.
func cmapTable(entries [][2]uint16) []byte {
	be := binary.BigEndian
	segs := len(entries) + 1 // and the closing 0xFFFF segment
	search := 1
	for search*2 <= segs {
		search *= 2
	}
	selector := 0
	for 1<<(selector+1) <= search {
		selector++
	}
	t := []byte{0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12}
	t = be.AppendUint16(t, 4)
	t = be.AppendUint16(t, uint16(16+8*segs))
	t = be.AppendUint16(t, 0) // language
	t = be.AppendUint16(t, uint16(2*segs))
	t = be.AppendUint16(t, uint16(2*search))
	t = be.AppendUint16(t, uint16(selector))
	t = be.AppendUint16(t, uint16(2*segs-2*search))
	for _, e := range entries {
		t = be.AppendUint16(t, e[0]) // end codes
	}
	t = be.AppendUint16(t, 0xFFFF)
	t = be.AppendUint16(t, 0) // reserved pad
	for _, e := range entries {
		t = be.AppendUint16(t, e[0]) // start codes
	}
	t = be.AppendUint16(t, 0xFFFF)
	for _, e := range entries {
		t = be.AppendUint16(t, e[1]-e[0]) // id deltas, modulo 65536
	}
	t = be.AppendUint16(t, 1)
	for range segs {
		t = be.AppendUint16(t, 0) // id range offsets
	}
	return t
}

// readTables returns a TrueType file's tables by tag.
func readTables(ttf []byte) (map[string][]byte, error) {
	be := binary.BigEndian
	if len(ttf) < 12 {
		return nil, errors.New("truncated font")
	}
	n := int(be.Uint16(ttf[4:]))
	if len(ttf) < 12+16*n {
		return nil, errors.New("truncated table directory")
	}
	tables := map[string][]byte{}
	for i := range n {
		rec := ttf[12+16*i:]
		off, size := int(be.Uint32(rec[8:])), int(be.Uint32(rec[12:]))
		if off < 0 || size < 0 || off+size > len(ttf) {
			return nil, errors.New("table out of bounds")
		}
		tables[string(rec[:4])] = ttf[off : off+size]
	}
	return tables, nil
}

// writeFont assembles a TrueType file from its tables.
func writeFont(tables map[string][]byte) []byte {
	be := binary.BigEndian
	tags := make([]string, 0, len(tables))
	size := 12 + 16*len(tables)
	for t, data := range tables {
		tags = append(tags, t)
		size += (len(data) + 3) &^ 3
	}
	slices.Sort(tags) // the directory is searched by tag
	search := 1
	for search*2 <= len(tags) {
		search *= 2
	}
	selector := 0
	for 1<<(selector+1) <= search {
		selector++
	}
	out := make([]byte, 12+16*len(tags), size)
	be.PutUint32(out, 0x00010000)
	be.PutUint16(out[4:], uint16(len(tags)))
	be.PutUint16(out[6:], uint16(16*search))
	be.PutUint16(out[8:], uint16(selector))
	be.PutUint16(out[10:], uint16(16*len(tags)-16*search))
	for i, t := range tags {
		rec := out[12+16*i:]
		copy(rec, t)
		be.PutUint32(rec[4:], checksum(tables[t]))
		be.PutUint32(rec[8:], uint32(len(out)))
		be.PutUint32(rec[12:], uint32(len(tables[t])))
		out = append(out, tables[t]...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out
}

func checksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}
