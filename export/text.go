package export

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Mark stands in for bytes that are not UTF-8, which the loader refuses
// anyway; it is the only thing that prints as a bare replacement sign.
const Mark = '\uFFFD'

// A character no embedded font can draw (emoji, and anything above U+FFFF,
// which gofpdf's UTF-8 fonts cannot take at all) prints as its code point
// between single guillemets, "‹U+1F600›", consecutive ones sharing a pair:
// "‹U+1F44D U+1F3FD›". The reader sees that something was there, and two
// names that differ only in an emoji still print differently.
const (
	fallbackOpen  = '‹'
	fallbackClose = '›'
)

// invisible reports characters that only steer how neighbours are drawn:
// joiners, direction marks, variation selectors. Dropping them keeps an
// emoji sequence down to the code points of its pictographs. ZWNJ is not
// among them: it stops Arabic letters joining, and shapeArabic drops it.
func invisible(r rune) bool {
	switch {
	case r == zwnj:
		return false
	case unicode.Is(unicode.Cf, r): // ZWJ, LRM/RLM, BOM, soft hyphen...
		return true
	case r >= 0xFE00 && r <= 0xFE0F, r >= 0xE0100 && r <= 0xE01EF: // variation selectors
		return true
	}
	return false
}

// Clean makes text safe for gofpdf and ready to lay out: line breaks
// become "\n", tabs spaces, other control and invisible characters go,
// decomposed accents are composed ("e" + U+0301 prints as "é"), every
// character no embedded font can draw becomes its code in guillemets, and
// Arabic letters take their joined forms. The result is still in logical
// order: lines are reordered for display only when drawn (see visual).
func Clean(s string) string {
	if plainASCII(s) {
		return s
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, string(Mark))
	}
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	missing := 0 // characters in the current fallback group
	for i, r := range s {
		if missing > 0 && (r == '\n' || r == '\r' || r == '\t' || !invisible(r) && !unicode.IsControl(r) && drawable(r)) {
			b.WriteRune(fallbackClose)
			missing = 0
		}
		switch {
		case r == '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				continue
			}
			b.WriteByte('\n')
		case r == '\n':
			b.WriteByte('\n')
		case r == '\t':
			b.WriteByte(' ')
		case unicode.IsControl(r), invisible(r):
		case r == zwnj || drawable(r):
			b.WriteRune(r)
		default:
			if missing == 0 {
				b.WriteRune(fallbackOpen)
			} else {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "U+%04X", r)
			missing++
		}
	}
	if missing > 0 {
		b.WriteRune(fallbackClose)
	}
	out := b.String()
	if hasArabic(out) {
		return shapeArabic(out)
	}
	return strings.ReplaceAll(out, string(rune(zwnj)), "")
}

func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 0x20 && c != '\n') || c >= 0x7f {
			return false
		}
	}
	return true
}

// metaText prepares text for the PDF's document information (title,
// author, subject). Readers show those strings with their own fonts, so
// nothing is replaced or shaped: the text stays as typed, composed, on one
// line. It returns UTF-16BE with a byte-order mark, surrogate pairs
// included, for gofpdf's Set* methods with isUTF8 false: gofpdf's own
// conversion cannot encode characters above U+FFFF.
func metaText(s string) string {
	s = norm.NFC.String(strings.ToValidUTF8(s, string(Mark)))
	s = strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsControl(r) || r == '\u2028' || r == '\u2029'
	}), " ")
	u := utf16.Encode([]rune(s))
	b := make([]byte, 2, 2+2*len(u))
	b[0], b[1] = 0xFE, 0xFF
	for _, c := range u {
		b = append(b, byte(c>>8), byte(c))
	}
	return string(b)
}
