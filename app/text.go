package app

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"

	"scaleroom/workshop"
)

// truncate shortens s to the longest start that fits with an ellipsis
// after it. fits holds for every start shorter than one that fits, so a
// binary search finds the cut in log n tries: a 2,000-character name is
// measured 11 times, not 2,000.
func truncate(s string, fits func(string) bool) string {
	if fits(s) {
		return s
	}
	runes := []rune(s)
	lo, hi := 0, len(runes)-1 // runes[:lo] fits with the ellipsis; runes[:hi+1] does not
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fits(string(runes[:mid]) + "…") {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return string(runes[:lo]) + "…"
}

// fitsWidth says whether a text fits width when drawn at size in style.
func fitsWidth(width, size float32, style fyne.TextStyle) func(string) bool {
	return func(s string) bool { return fyne.MeasureText(s, size, style).Width <= width }
}

// fitsRunes says whether a text has at most n runes: cheaper than a
// truncating label, which measures the text on every refresh, for columns
// that take a known number of characters.
func fitsRunes(n int) func(string) bool {
	return func(s string) bool { return utf8.RuneCountInString(s) <= n }
}

// plural is a count and its noun: "1 step", "3 steps".
func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// minutesText writes minutes the way an agenda does: "50 min", "3 h 40 min".
func minutesText(minutes int) string {
	if minutes < 60 {
		return fmt.Sprintf("%d min", minutes)
	}
	if minutes%60 == 0 {
		return fmt.Sprintf("%d h", minutes/60)
	}
	return fmt.Sprintf("%d h %d min", minutes/60, minutes%60)
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
