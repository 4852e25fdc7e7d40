package export

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/bidi"
)

// gofpdf writes characters left to right in the order it gets them, so
// Hebrew and Arabic must reach it in visual order. golang.org/x/text's
// bidi package resolves the direction of every character (the hard part
// of the Unicode Bidirectional Algorithm: neutrals, brackets, numbers);
// its Ordering reports runs of one direction in logical order and drops
// the embedding levels, so the levels of numbers inside right-to-left text
// and the final reordering (rule L2) are done here.

// needsBidi says whether s holds a right-to-left character; text without
// one is drawn as it is, which keeps the common case fast.
func needsBidi(s string) bool {
	for _, r := range s {
		if r < 0x0590 {
			continue
		}
		switch p, _ := bidi.LookupRune(r); p.Class() {
		case bidi.R, bidi.AL, bidi.AN:
			return true
		}
	}
	return false
}

// rtlBase says whether a paragraph runs right to left: its first strong
// character is Hebrew or Arabic (rules P2 and P3).
func rtlBase(s string) bool {
	for _, r := range s {
		switch p, _ := bidi.LookupRune(r); p.Class() {
		case bidi.L:
			return false
		case bidi.R, bidi.AL:
			return true
		}
	}
	return false
}

// visual returns one line of text in the order it is drawn, left to
// right, with brackets in right-to-left runs mirrored. Combining marks
// travel with their letter: after it in left-to-right text, before it in
// right-to-left text, because gofpdf positions nothing and zero-width
// marks land where the fonts draw them from the pen: Noto Sans and
// Devanagari draw theirs to the left of it (over the letter just drawn),
// Noto Sans Arabic and Hebrew to the right (over the letter drawn next).
// Text extraction then reads the marks back after their letters. On a failure of the bidi package the line comes back in
// logical order rather than not at all.
func visual(line string) string { return visualIn(line, rtlBase(line)) }

var dirMarks = strings.NewReplacer("\u200e", "", "\u200f", "")

// baseDir is the direction of a paragraph, for lines wrapped from it: a
// line of an Arabic paragraph that starts with a Latin word is still
// ordered right to left.
type baseDir int

const (
	baseAuto baseDir = iota // from the line's first strong character
	baseLTR
	baseRTL
)

// visualIn is visual for a line of a paragraph of known direction. The
// LRM and RLM that keepDirection adds steer the order and are dropped.
func visualIn(line string, rtl bool) (out string) {
	defer func() {
		if recover() != nil {
			out = line
		}
		if strings.ContainsAny(out, "\u200e\u200f") {
			out = dirMarks.Replace(out)
		}
	}()
	if !needsBidi(line) {
		return line
	}
	levels, runes, ok := bidiLevels(line, rtl)
	if !ok {
		return line
	}
	return string(reorder(runes, levels))
}

// bidiLevels returns the embedding level of every rune of line.
func bidiLevels(line string, rtl bool) ([]int, []rune, bool) {
	var p bidi.Paragraph
	text, opt := line, bidi.DefaultDirection(bidi.LeftToRight)
	if rtl {
		opt = bidi.DefaultDirection(bidi.RightToLeft)
	} else {
		// The package guesses the direction from the first strong
		// character unless told right to left; a leading LRM pins a
		// left-to-right paragraph whatever comes first.
		text = "\u200e" + line
	}
	if _, err := p.SetString(text, opt); err != nil {
		return nil, nil, false
	}
	o, err := p.Order()
	if err != nil {
		return nil, nil, false
	}
	base := 0
	if rtl {
		base = 1
	}
	var runes []rune
	var levels []int
	var prevStrongRTL bool // direction of the last strong character, for numbers (rule W7)
	for i := 0; i < o.NumRuns(); i++ {
		run := o.Run(i)
		rs := []rune(run.String())
		rtlRun := run.Direction() == bidi.RightToLeft
		for j, r := range rs {
			if !rtl && i == 0 && j == 0 {
				continue // the LRM added above
			}
			lvl := base
			switch {
			case rtlRun:
				lvl = 1
			case rtl:
				lvl = 2 // left-to-right text inside a right-to-left paragraph
			case prevStrongRTL && numeric(rs, j):
				lvl = 2 // a number after Arabic or Hebrew reads with it
			}
			switch p, _ := bidi.LookupRune(r); p.Class() {
			case bidi.L:
				prevStrongRTL = false
			case bidi.R, bidi.AL:
				prevStrongRTL = true
			}
			runes = append(runes, r)
			levels = append(levels, lvl)
		}
	}
	fallbackLevels(runes, levels)
	return levels, runes, len(runes) == len([]rune(line))
}

// fallbackLevels gives the guillemets of a fallback code ("‹U+1F600›",
// see Clean) the level of the code inside them. Guillemets are neutral
// and, unlike brackets, not paired by the algorithm, so at the edge of
// Arabic or Hebrew text each could take a different direction and print
// as "›U+1F600›".
func fallbackLevels(runes []rune, levels []int) {
	for i, r := range runes {
		switch {
		case r == fallbackOpen && i+1 < len(runes) && runes[i+1] == 'U':
			levels[i] = levels[i+1]
		case r == fallbackClose && i > 0 && isHex(runes[i-1]):
			levels[i] = levels[i-1]
		}
	}
}

func isHex(r rune) bool { return '0' <= r && r <= '9' || 'A' <= r && r <= 'F' }

// numeric says whether rs[j] is part of a number: a digit, or a separator
// or sign next to one.
func numeric(rs []rune, j int) bool {
	digit := func(k int) bool {
		if k < 0 || k >= len(rs) {
			return false
		}
		switch p, _ := bidi.LookupRune(rs[k]); p.Class() {
		case bidi.EN, bidi.AN:
			return true
		}
		return false
	}
	if digit(j) {
		return true
	}
	switch p, _ := bidi.LookupRune(rs[j]); p.Class() {
	case bidi.CS, bidi.ES, bidi.ET:
		return digit(j-1) && digit(j+1) || p.Class() == bidi.ET && (digit(j-1) || digit(j+1))
	}
	return false
}

// reorder applies rule L2: from the highest level down to 1, reverse every
// stretch at that level or above. It moves whole clusters (a character
// and its combining marks), and at odd levels reverses the cluster itself
// (marks first, see visual) and mirrors brackets (rule L4).
func reorder(runes []rune, levels []int) []rune {
	type cluster struct {
		runes []rune
		level int
	}
	var cs []cluster
	top := 0
	for i, r := range runes {
		if len(cs) > 0 && unicode.In(r, unicode.Mn, unicode.Me) {
			cs[len(cs)-1].runes = append(cs[len(cs)-1].runes, r)
			continue
		}
		cs = append(cs, cluster{runes: []rune{r}, level: levels[i]})
		top = max(top, levels[i])
	}
	for lvl := top; lvl >= 1; lvl-- {
		for i := 0; i < len(cs); {
			if cs[i].level < lvl {
				i++
				continue
			}
			j := i
			for j < len(cs) && cs[j].level >= lvl {
				j++
			}
			for a, b := i, j-1; a < b; a, b = a+1, b-1 {
				cs[a], cs[b] = cs[b], cs[a]
			}
			i = j
		}
	}
	out := make([]rune, 0, len(runes))
	for _, c := range cs {
		if c.level%2 == 0 {
			out = append(out, c.runes...)
			continue
		}
		// ReverseString mirrors brackets as it reverses.
		out = append(out, []rune(bidi.ReverseString(string(c.runes)))...)
	}
	return out
}
