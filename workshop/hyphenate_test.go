package workshop

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Words wider than their line break where a syllable starts; a word that
// fits, or one too short to leave three letters a side, stays whole.
func TestHyphenate(t *testing.T) {
	perRune := func(s string) float64 { return float64(utf8.RuneCountInString(s)) }
	for _, c := range []struct {
		word  string
		width float64
		want  string
	}{
		{"Naissance", 7, "Nais-|sance"},
		{"Destruction", 9, "Destruc-|tion"},
		{"Renouveau", 7, "Renou-|veau"},
		{"pauvreté", 6, "pauv-|reté"},
		{"Starrheitsfalle", 8, "Starr-|heits-|falle"},
		{"Erneuerung", 8, "Erneue-|rung"},
		{"Reife", 3, "Reife"},             // too short to break
		{"Geburt", 6, "Geburt"},           // fits
		{"xxxxxxxxxx", 6, "xxxxx-|xxxxx"}, // no syllable: the most that fits
	} {
		if got := strings.Join(hyphenate(c.word, c.width, perRune), "|"); got != c.want {
			t.Errorf("%s in %.0f: %q, want %q", c.word, c.width, got, c.want)
		}
	}
}
