package export

import (
	"sync"
	"sync/atomic"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"scaleroom/assets"
)

// face is one embedded TrueType file. gofpdf takes one font per text run
// and knows nothing of fallback, so every face is registered with gofpdf
// under its own family name and the export picks a face for each run of
// characters (see runs.go).
type face struct {
	family string // gofpdf family, registered with style ""
	ttf    []byte
	big    bool // registered with a cut-down cmap, see subset.go

	once sync.Once
	font *sfnt.Font // nil if the file did not parse
	upem float64
	// glyphs holds, per BMP rune, 0 while not yet looked up, else
	// glyphKnown, plus glyphHas when the font has a glyph, plus the advance
	// in thousandths of an em rounded as gofpdf rounds it, so that our
	// widths are the widths the PDF is drawn with. Lookups happen on first
	// use: an export pays only for the characters it contains.
	glyphs *[0x10000]atomic.Uint32
}

const (
	glyphKnown   = 1 << 31
	glyphHas     = 1 << 30
	glyphAdvance = 1<<16 - 1
)

func (f *face) load() {
	f.glyphs = new([0x10000]atomic.Uint32)
	fnt, err := sfnt.Parse(f.ttf)
	if err != nil {
		return // compiled in, so only a broken build gets here; the face covers nothing
	}
	f.font, f.upem = fnt, float64(fnt.UnitsPerEm())
}

// glyph reports whether the face can draw r, and its advance in
// thousandths of an em.
func (f *face) glyph(r rune) (advance int, ok bool) {
	if r < 0x20 || r > 0xFFFF {
		return 0, false
	}
	f.once.Do(f.load)
	v := f.glyphs[r].Load()
	if v == 0 {
		v = f.lookup(r)
		f.glyphs[r].Store(v)
	}
	return int(v & glyphAdvance), v&glyphHas != 0
}

func (f *face) lookup(r rune) uint32 {
	if f.font == nil {
		return glyphKnown
	}
	var buf sfnt.Buffer
	g, err := f.font.GlyphIndex(&buf, r)
	if err != nil || g == 0 {
		return glyphKnown
	}
	adv, err := f.font.GlyphAdvance(&buf, g, fixed.I(int(f.upem)), font.HintingNone)
	if err != nil {
		return glyphKnown
	}
	// gofpdf: round(1000 * advance / unitsPerEm).
	w := int(float64(adv)/64*1000/f.upem + 0.5)
	return glyphKnown | glyphHas | uint32(min(max(w, 0), glyphAdvance))
}

// The faces, one per file.
var (
	notoRegular    = &face{family: "noto", ttf: assets.NotoSansRegular}
	notoBold       = &face{family: "noto-b", ttf: assets.NotoSansBold}
	notoItalic     = &face{family: "noto-i", ttf: assets.NotoSansItalic}
	notoBoldItalic = &face{family: "noto-bi", ttf: assets.NotoSansBoldItalic}
	arabicRegular  = &face{family: "arabic", ttf: assets.NotoSansArabicRegular}
	arabicBold     = &face{family: "arabic-b", ttf: assets.NotoSansArabicBold}
	hebrewRegular  = &face{family: "hebrew", ttf: assets.NotoSansHebrewRegular}
	hebrewBold     = &face{family: "hebrew-b", ttf: assets.NotoSansHebrewBold}
	devaRegular    = &face{family: "deva", ttf: assets.NotoSansDevanagariRegular}
	devaBold       = &face{family: "deva-b", ttf: assets.NotoSansDevanagariBold}
	cjk            = &face{family: "cjk", ttf: assets.DroidSansFallback, big: true}
	hangulRegular  = &face{family: "hangul", ttf: assets.NanumSquareRegular, big: true}
	hangulBold     = &face{family: "hangul-b", ttf: assets.NanumSquareBold, big: true}
)

// chains lists, per gofpdf style, the faces to try in order. The first
// face is the style's own Latin font; scripts without an italic use their
// upright face, and CJK has no bold. Each chain ends with the regular
// faces so that a glyph missing from a bold or italic file still prints.
// Droid Sans Fallback comes before NanumSquare so that Chinese and
// Japanese ideographs keep one design; Hangul is only in NanumSquare.
var chains = map[string][]*face{
	"":   {notoRegular, arabicRegular, hebrewRegular, devaRegular, cjk, hangulRegular},
	"B":  {notoBold, arabicBold, hebrewBold, devaBold, cjk, hangulBold, notoRegular, arabicRegular, hebrewRegular, devaRegular, hangulRegular},
	"I":  {notoItalic, arabicRegular, hebrewRegular, devaRegular, cjk, hangulRegular, notoRegular},
	"BI": {notoBoldItalic, arabicBold, hebrewBold, devaBold, cjk, hangulBold, notoBold, notoRegular, arabicRegular, hebrewRegular, devaRegular, hangulRegular},
}

// chain returns the faces for a gofpdf style, regular for one it does not know.
func chain(style string) []*face {
	if c, ok := chains[style]; ok {
		return c
	}
	return chains[""]
}

// drawable says whether some embedded face has a glyph for r.
func drawable(r rune) bool {
	for _, f := range chains[""] {
		if _, ok := f.glyph(r); ok {
			return true
		}
	}
	return false
}
