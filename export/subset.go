package export

import (
	"encoding/binary"
	"errors"
	"reflect"
	"slices"
	"unicode/utf8"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/text/unicode/norm"
)

// gofpdf parses the whole of a font it is given on every document, and
// again when it subsets it at the end: 33 ms for Droid Sans Fallback's
// 49,000 glyphs and 21 ms for each NanumSquare, most of it building maps
// of the entire cmap. A document needs a few dozen of those characters, so
// the big fonts reach gofpdf with their cmap cut down to the characters
// the session's text holds; glyphs, metrics and glyph IDs are untouched,
// and gofpdf's own subsetting then works as usual.

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

// withCmap returns a copy of a TrueType font whose cmap maps only the
// given characters, as one format 4 subtable (what gofpdf reads).
func withCmap(f *face, runes []rune) ([]byte, error) {
	f.once.Do(f.load)
	if f.font == nil {
		return nil, errors.New("font does not parse")
	}
	slices.Sort(runes)
	var buf sfnt.Buffer
	type entry struct{ r, g uint16 }
	var es []entry
	for _, r := range runes {
		if r > 0xFFFF {
			continue
		}
		if g, err := f.font.GlyphIndex(&buf, r); err == nil && g != 0 {
			es = append(es, entry{uint16(r), uint16(g)})
		}
	}
	// One segment per character, plus the closing 0xFFFF segment.
	segs := len(es) + 1
	search := 1
	for search*2 <= segs {
		search *= 2
	}
	selector := 0
	for 1<<(selector+1) <= search {
		selector++
	}
	sub := make([]byte, 0, 16+8*segs)
	be := binary.BigEndian
	sub = be.AppendUint16(sub, 4)
	sub = be.AppendUint16(sub, uint16(16+8*segs))
	sub = be.AppendUint16(sub, 0) // language
	sub = be.AppendUint16(sub, uint16(2*segs))
	sub = be.AppendUint16(sub, uint16(2*search))
	sub = be.AppendUint16(sub, uint16(selector))
	sub = be.AppendUint16(sub, uint16(2*segs-2*search))
	for _, e := range es {
		sub = be.AppendUint16(sub, e.r) // end codes
	}
	sub = be.AppendUint16(sub, 0xFFFF)
	sub = be.AppendUint16(sub, 0) // reserved pad
	for _, e := range es {
		sub = be.AppendUint16(sub, e.r) // start codes
	}
	sub = be.AppendUint16(sub, 0xFFFF)
	for _, e := range es {
		sub = be.AppendUint16(sub, e.g-e.r) // id deltas, modulo 65536
	}
	sub = be.AppendUint16(sub, 1)
	for range segs {
		sub = be.AppendUint16(sub, 0) // id range offsets
	}
	cmap := []byte{0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12} // one subtable: Windows, Unicode BMP
	cmap = append(cmap, sub...)
	return replaceTable(f.ttf, "cmap", cmap)
}

// replaceTable returns a copy of a TrueType file with one table's
// contents replaced.
func replaceTable(ttf []byte, tag string, data []byte) ([]byte, error) {
	be := binary.BigEndian
	if len(ttf) < 12 {
		return nil, errors.New("truncated font")
	}
	n := int(be.Uint16(ttf[4:]))
	dir := 12 + 16*n
	if len(ttf) < dir {
		return nil, errors.New("truncated table directory")
	}
	out := make([]byte, dir, len(ttf)+len(data))
	copy(out, ttf[:dir])
	for i := range n {
		rec := out[12+16*i : 28+16*i]
		off, size := int(be.Uint32(rec[8:])), int(be.Uint32(rec[12:]))
		if off < 0 || size < 0 || off+size > len(ttf) {
			return nil, errors.New("table out of bounds")
		}
		body := ttf[off : off+size]
		if string(rec[:4]) == tag {
			body = data
			be.PutUint32(rec[4:], checksum(data))
		}
		be.PutUint32(rec[8:], uint32(len(out)))
		be.PutUint32(rec[12:], uint32(len(body)))
		out = append(out, body...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out, nil
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
