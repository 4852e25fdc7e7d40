package app

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"scaleroom/workshop"
)

// truncate is workshop.Truncate, the one truncator: the longest start of s
// that fits with an ellipsis after it, found by a gallop and a bisection.
func truncate(s string, fits func(string) bool) string { return workshop.Truncate(s, fits) }

// runeWidths measures texts as the sum of their characters' widths, each
// measured once. fyne.MeasureText shapes the whole text, some 50 µs a call,
// and fitting a hundred labels takes a thousand calls; the sum costs a map
// lookup a character. Kerning and joined scripts make it differ from the
// drawn width by a pixel or so, which the map's gaps absorb.
type runeWidths struct {
	size  float32
	style fyne.TextStyle
	w     map[rune]float64
}

func newRuneWidths(size float32, style fyne.TextStyle) *runeWidths {
	return &runeWidths{size: size, style: style, w: map[rune]float64{}}
}

func (m *runeWidths) measure(s string) float64 {
	sum := 0.0
	for _, r := range s {
		w, ok := m.w[r]
		if !ok {
			w = float64(fyne.MeasureText(string(r), m.size, m.style).Width)
			m.w[r] = w
		}
		sum += w
	}
	return sum
}

// fitsRunes says whether a text has at most n runes: cheaper than a
// truncating label, which measures the text on every refresh, for columns
// that take a known number of characters.
func fitsRunes(n int) func(string) bool {
	return func(s string) bool { return utf8.RuneCountInString(s) <= n }
}

// plural is a count and its noun: "1 step", "3 steps".
func plural(n int, one, many string) string {
	return fmt.Sprintf("%d %s", n, workshop.Plural(n, one, many))
}

// minutesText writes minutes the way an agenda does: "50 min", "3 h 40 min".
func minutesText(minutes int) string {
	if minutes < 60 {
		return fmt.Sprintf(lang.L("%d min"), minutes)
	}
	if minutes%60 == 0 {
		return fmt.Sprintf(lang.L("%d h"), minutes/60)
	}
	return fmt.Sprintf(lang.L("%d h %d min"), minutes/60, minutes%60)
}

// participantNames lists the names of the participants with these IDs.
func participantNames(sess *workshop.Session, ids []string) string {
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		if p := sess.Participant(id); p != nil {
			names = append(names, p.Name)
		}
	}
	return strings.Join(names, ", ")
}
