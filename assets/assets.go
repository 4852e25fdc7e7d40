// Package assets embeds what Scaleroom ships: the app icon, the built-in
// templates and the fonts the PDF export draws text with.
package assets

import (
	"embed"
	_ "embed"
)

// Templates holds the built-in templates under templates/.
//
//go:embed templates/*.json
var Templates embed.FS

// Icon is the application icon (PNG).
//
//go:embed icon.png
var Icon []byte

// Fonts for the PDF export, TrueType with glyf outlines so that gofpdf can
// embed and subset them. Together they cover the scripts people type
// names in; fonts/README.md says where each comes from and its licence.
// They are []byte variables rather than an embed.FS so that reading them
// copies nothing.
var (
	// Noto Sans: Latin (Vietnamese included), Greek, Cyrillic. OFL.
	//go:embed fonts/NotoSans-Regular.ttf
	NotoSansRegular []byte
	//go:embed fonts/NotoSans-Bold.ttf
	NotoSansBold []byte
	//go:embed fonts/NotoSans-Italic.ttf
	NotoSansItalic []byte
	//go:embed fonts/NotoSans-BoldItalic.ttf
	NotoSansBoldItalic []byte

	// Noto Sans Arabic, with the Arabic presentation forms in its cmap,
	// which is what lets the export join letters without a shaper. OFL.
	//go:embed fonts/NotoSansArabic-Regular.ttf
	NotoSansArabicRegular []byte
	//go:embed fonts/NotoSansArabic-Bold.ttf
	NotoSansArabicBold []byte

	// Noto Sans Hebrew. OFL.
	//go:embed fonts/NotoSansHebrew-Regular.ttf
	NotoSansHebrewRegular []byte
	//go:embed fonts/NotoSansHebrew-Bold.ttf
	NotoSansHebrewBold []byte

	// Noto Sans Devanagari. OFL.
	//go:embed fonts/NotoSansDevanagari-Regular.ttf
	NotoSansDevanagariRegular []byte
	//go:embed fonts/NotoSansDevanagari-Bold.ttf
	NotoSansDevanagariBold []byte

	// Droid Sans Fallback: Chinese, Japanese kana and kanji; no Hangul
	// syllables and no bold. Apache 2.0.
	//go:embed fonts/DroidSansFallbackFull.ttf
	DroidSansFallback []byte

	// NanumSquare: all 11,172 Hangul syllables, the smallest complete
	// Korean TrueType in Debian's fonts-nanum (0.7 MB against NanumGothic's
	// 4.6 MB). OFL.
	//go:embed fonts/NanumSquareR.ttf
	NanumSquareRegular []byte
	//go:embed fonts/NanumSquareB.ttf
	NanumSquareBold []byte
)
