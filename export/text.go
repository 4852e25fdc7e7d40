package export

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/text/unicode/norm"
)

// Mark stands in for a character the PDF cannot show: anything the Go fonts
// lack (CJK, Hebrew, Arabic, emoji) and anything above U+FFFF, which gofpdf's
// UTF-8 fonts cannot take at all. The Go fonts have a glyph for it, and a
// reader sees that something was there.
const Mark = '\uFFFD'

// fontStyles maps gofpdf style strings to the embedded Go fonts.
var fontStyles = []struct {
	style string
	ttf   []byte
}{
	{"", goregular.TTF},
	{"B", gobold.TTF},
	{"I", goitalic.TTF},
	{"BI", gobolditalic.TTF},
}

var (
	fontsOnce sync.Once
	fonts     []*sfnt.Font // nil if the compiled-in fonts failed to parse
	// known and covered hold one bit per BMP rune: whether it was looked up
	// yet, and whether every embedded style can draw it. Lookups happen on
	// first use, so an export pays only for the characters it contains.
	known, covered [0x10000 / 64]atomic.Uint64
)

func loadFonts() {
	for _, fs := range fontStyles {
		f, err := sfnt.Parse(fs.ttf)
		if err != nil {
			fonts = nil // compiled in, so only a broken module gets here
			return
		}
		fonts = append(fonts, f)
	}
}

// isCovered says whether all four styles have a glyph for r, so bold and
// italic text never falls back to an empty box.
func isCovered(r rune) bool {
	if r < 0x20 || r >= 0x10000 {
		return false
	}
	idx, bit := r/64, uint64(1)<<(r%64)
	if known[idx].Load()&bit != 0 {
		return covered[idx].Load()&bit != 0
	}
	fontsOnce.Do(loadFonts)
	ok := len(fonts) > 0 || r < 0x7f
	var buf sfnt.Buffer
	for _, f := range fonts {
		if g, err := f.GlyphIndex(&buf, r); err != nil || g == 0 {
			ok = false
			break
		}
	}
	// covered before known: a reader that sees the known bit sees the answer.
	if ok {
		covered[idx].Or(bit)
	}
	known[idx].Or(bit)
	return ok
}

// invisible reports characters that only steer how neighbours are drawn:
// joiners, direction marks, variation selectors, emoji skin tones. Dropping
// them keeps an emoji sequence down to one mark per pictograph.
func invisible(r rune) bool {
	switch {
	case unicode.Is(unicode.Cf, r): // ZWJ, LRM/RLM, BOM, soft hyphen...
		return true
	case r >= 0xFE00 && r <= 0xFE0F, r >= 0xE0100 && r <= 0xE01EF: // variation selectors
		return true
	case r >= 0x1F3FB && r <= 0x1F3FF: // skin tone modifiers
		return true
	}
	return false
}

// Clean makes text safe for gofpdf: line breaks become "\n", tabs spaces,
// other control and invisible characters go, and every character the
// embedded font cannot draw becomes Mark. Decomposed accents are composed
// first so that "e" + U+0301 renders as "é".
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
	for i, r := range s {
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
		case isCovered(r):
			b.WriteRune(r)
		default:
			b.WriteRune(Mark)
		}
	}
	return b.String()
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
