package workshop

import (
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// foldAccents takes the accents off letters, "Équipe" becoming "Equipe" and
// "Nguyễn" "Nguyen": decomposed, an accent is a nonspacing mark (Mn) after
// its letter, and the marks are dropped. Letters that are not a base letter
// plus marks ("ß", "ø", "ł") are left as they are.
func foldAccents(s string) string {
	// A Chain keeps state between calls, so each call makes its own.
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)))
	out, _, err := transform.String(t, s)
	if err != nil {
		// Neither step fails on any input, invalid UTF-8 included; if a
		// new version did, the unfolded name still makes a slug.
		return s
	}
	return out
}
