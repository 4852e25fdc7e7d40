package export

import (
	"strings"
	"unicode"
)

// gofpdf draws one glyph per character and shapes nothing, so Arabic
// letters would print in their isolated forms, unjoined. Unicode still
// encodes the contextual forms as "presentation forms" (U+FB50-U+FDFF,
// U+FE70-U+FEFF), and Noto Sans Arabic maps them in its cmap: choosing the
// form of each letter here joins the text with no shaping engine. Text
// extraction then yields presentation forms, which NFKC folds back to the
// letters typed.

// arabicForms are a letter's isolated, final, initial and medial forms;
// a letter with no initial form joins on its right side only.
type arabicForms [4]rune

const (
	isolated = iota
	final
	initial
	medial
)

var arabicLetters = map[rune]arabicForms{
	0x0621: {0xFE80, 0, 0, 0},                // hamza: joins neither side
	0x0622: {0xFE81, 0xFE82, 0, 0},           // alef with madda
	0x0623: {0xFE83, 0xFE84, 0, 0},           // alef with hamza above
	0x0624: {0xFE85, 0xFE86, 0, 0},           // waw with hamza
	0x0625: {0xFE87, 0xFE88, 0, 0},           // alef with hamza below
	0x0626: {0xFE89, 0xFE8A, 0xFE8B, 0xFE8C}, // yeh with hamza
	0x0627: {0xFE8D, 0xFE8E, 0, 0},           // alef
	0x0628: {0xFE8F, 0xFE90, 0xFE91, 0xFE92}, // beh
	0x0629: {0xFE93, 0xFE94, 0, 0},           // teh marbuta
	0x062A: {0xFE95, 0xFE96, 0xFE97, 0xFE98}, // teh
	0x062B: {0xFE99, 0xFE9A, 0xFE9B, 0xFE9C}, // theh
	0x062C: {0xFE9D, 0xFE9E, 0xFE9F, 0xFEA0}, // jeem
	0x062D: {0xFEA1, 0xFEA2, 0xFEA3, 0xFEA4}, // hah
	0x062E: {0xFEA5, 0xFEA6, 0xFEA7, 0xFEA8}, // khah
	0x062F: {0xFEA9, 0xFEAA, 0, 0},           // dal
	0x0630: {0xFEAB, 0xFEAC, 0, 0},           // thal
	0x0631: {0xFEAD, 0xFEAE, 0, 0},           // reh
	0x0632: {0xFEAF, 0xFEB0, 0, 0},           // zain
	0x0633: {0xFEB1, 0xFEB2, 0xFEB3, 0xFEB4}, // seen
	0x0634: {0xFEB5, 0xFEB6, 0xFEB7, 0xFEB8}, // sheen
	0x0635: {0xFEB9, 0xFEBA, 0xFEBB, 0xFEBC}, // sad
	0x0636: {0xFEBD, 0xFEBE, 0xFEBF, 0xFEC0}, // dad
	0x0637: {0xFEC1, 0xFEC2, 0xFEC3, 0xFEC4}, // tah
	0x0638: {0xFEC5, 0xFEC6, 0xFEC7, 0xFEC8}, // zah
	0x0639: {0xFEC9, 0xFECA, 0xFECB, 0xFECC}, // ain
	0x063A: {0xFECD, 0xFECE, 0xFECF, 0xFED0}, // ghain
	0x0641: {0xFED1, 0xFED2, 0xFED3, 0xFED4}, // feh
	0x0642: {0xFED5, 0xFED6, 0xFED7, 0xFED8}, // qaf
	0x0643: {0xFED9, 0xFEDA, 0xFEDB, 0xFEDC}, // kaf
	0x0644: {0xFEDD, 0xFEDE, 0xFEDF, 0xFEE0}, // lam
	0x0645: {0xFEE1, 0xFEE2, 0xFEE3, 0xFEE4}, // meem
	0x0646: {0xFEE5, 0xFEE6, 0xFEE7, 0xFEE8}, // noon
	0x0647: {0xFEE9, 0xFEEA, 0xFEEB, 0xFEEC}, // heh
	0x0648: {0xFEED, 0xFEEE, 0, 0},           // waw
	0x0649: {0xFEEF, 0xFEF0, 0xFBE8, 0xFBE9}, // alef maksura
	0x064A: {0xFEF1, 0xFEF2, 0xFEF3, 0xFEF4}, // yeh
	0x0671: {0xFB50, 0xFB51, 0, 0},           // alef wasla
	// Persian and Urdu letters.
	0x0679: {0xFB66, 0xFB67, 0xFB68, 0xFB69}, // tteh
	0x067E: {0xFB56, 0xFB57, 0xFB58, 0xFB59}, // peh
	0x0686: {0xFB7A, 0xFB7B, 0xFB7C, 0xFB7D}, // tcheh
	0x0688: {0xFB88, 0xFB89, 0, 0},           // ddal
	0x0691: {0xFB8C, 0xFB8D, 0, 0},           // rreh
	0x0698: {0xFB8A, 0xFB8B, 0, 0},           // jeh
	0x06A4: {0xFB6A, 0xFB6B, 0xFB6C, 0xFB6D}, // veh
	0x06A9: {0xFB8E, 0xFB8F, 0xFB90, 0xFB91}, // keheh
	0x06AF: {0xFB92, 0xFB93, 0xFB94, 0xFB95}, // gaf
	0x06BA: {0xFB9E, 0xFB9F, 0, 0},           // noon ghunna (no joined forms encoded on its left)
	0x06BE: {0xFBAA, 0xFBAB, 0xFBAC, 0xFBAD}, // heh doachashmee
	0x06C1: {0xFBA6, 0xFBA7, 0xFBA8, 0xFBA9}, // heh goal
	0x06CC: {0xFBFC, 0xFBFD, 0xFBFE, 0xFBFF}, // farsi yeh
	0x06D2: {0xFBAE, 0xFBAF, 0, 0},           // yeh barree
}

// lamAlef are the ligatures of lam with a following alef, isolated and
// final; Arabic requires them.
var lamAlef = map[rune][2]rune{
	0x0622: {0xFEF5, 0xFEF6},
	0x0623: {0xFEF7, 0xFEF8},
	0x0625: {0xFEF9, 0xFEFA},
	0x0627: {0xFEFB, 0xFEFC},
}

const (
	lam     = 0x0644
	tatweel = 0x0640
	zwnj    = 0x200C
)

// hasArabic says whether s holds a letter shapeArabic would change.
func hasArabic(s string) bool {
	for _, r := range s {
		if r >= 0x0600 && r <= 0x06FF {
			return true
		}
	}
	return false
}

// transparent characters (harakat and other marks) sit on a letter without
// breaking the join between its neighbours.
func transparent(r rune) bool { return unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) }

// joinsNext says whether r connects to the letter after it.
func joinsNext(r rune) bool {
	if r == tatweel {
		return true
	}
	f, ok := arabicLetters[r]
	return ok && f[initial] != 0
}

// joinsPrev says whether r connects to the letter before it.
func joinsPrev(r rune) bool {
	if r == tatweel {
		return true
	}
	f, ok := arabicLetters[r]
	return ok && f[final] != 0
}

// shapeArabic replaces Arabic letters, in logical order, with the
// presentation form their neighbours call for, and lam followed by alef
// with their ligature. ZWNJ, kept by Clean for this, stops a join and is
// then dropped. Other text passes through.
func shapeArabic(s string) string {
	rs := []rune(s)
	// neighbour finds the nearest non-transparent character from i in
	// direction step, or 0.
	neighbour := func(i, step int) rune {
		for j := i + step; j >= 0 && j < len(rs); j += step {
			if !transparent(rs[j]) {
				return rs[j]
			}
		}
		return 0
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r == zwnj {
			continue
		}
		forms, ok := arabicLetters[r]
		if !ok {
			b.WriteRune(r)
			continue
		}
		prev := joinsNext(neighbour(i, -1))
		if r == lam {
			if j, alef := nextLetter(rs, i); alef != 0 {
				if lig, ok := lamAlef[alef]; ok {
					if prev {
						b.WriteRune(lig[1])
					} else {
						b.WriteRune(lig[0])
					}
					// Marks between lam and alef follow the ligature.
					for _, m := range rs[i+1 : j] {
						b.WriteRune(m)
					}
					i = j
					continue
				}
			}
		}
		next := joinsPrev(neighbour(i, +1))
		form := isolated
		switch {
		case prev && next && forms[medial] != 0:
			form = medial
		case prev && forms[final] != 0:
			form = final
		case next && forms[initial] != 0:
			form = initial
		}
		b.WriteRune(forms[form])
	}
	return b.String()
}

// nextLetter returns the index and value of the first non-transparent
// rune after i, or 0.
func nextLetter(rs []rune, i int) (int, rune) {
	for j := i + 1; j < len(rs); j++ {
		if !transparent(rs[j]) {
			return j, rs[j]
		}
	}
	return 0, 0
}
