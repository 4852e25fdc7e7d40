package workshop

import (
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// PickPerson finds the person a facilitator means by what they typed while
// recording who's relationships: a roster number ("7", the person's place
// on the participant list, counting from 1), or the start of their name or
// of any word of it ("do", "ort" for Dora Ortiz), with case and accents
// ignored ("jo" finds José).
//
// A name is looked for first among the people who could be linked to who:
// on a level, not on who's level, not linked to who yet. That keeps the
// typing short: in a room with Dan and Dora, "d" is Dora for Dan. When
// none of those fits, everyone else is searched, so that AddLink can say
// why the one person who fits cannot be linked. id is "" when nobody fits
// or more than one does; matches then lists who fits, in roster order
// (nil when nobody does).
func (e *BelongingExercise) PickPerson(s *Session, who, typed string) (id string, matches []string) {
	typed = strings.TrimSpace(typed)
	if typed == "" {
		return "", nil
	}
	if n, err := strconv.Atoi(typed); err == nil {
		if n >= 1 && n <= len(s.Participants) {
			return s.Participants[n-1].ID, nil
		}
		return "", nil
	}
	q := searchKey(typed)
	level := e.levelOf(s, who)
	var open, other []string
	exact := ""
	for i := range s.Participants {
		p := &s.Participants[i]
		if p.ID == who {
			continue
		}
		key := searchKey(p.Name)
		if !startsAWord(key, q) {
			continue
		}
		if l := e.LevelIndex(p.Level); l >= 0 && l != level && !e.HasLink(who, p.ID) {
			open = append(open, p.ID)
			if key == q {
				exact = p.ID
			}
		} else {
			other = append(other, p.ID)
		}
	}
	switch {
	case len(open) == 1:
		return open[0], nil
	case exact != "":
		return exact, nil // "Ana" when Ana and Anabel are both open
	case len(open) > 1:
		return "", open
	case len(other) == 1:
		return other[0], nil
	}
	return "", other
}

// searchKey is a name as typed searching compares it: case folded, accents
// dropped, runs of space made one.
func searchKey(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(cases.Fold().String(b.String())), " ")
}

// startsAWord reports whether q starts name or one of its words; a word
// starts after a space, a hyphen or an apostrophe ("brien" in "o'brien").
func startsAWord(name, q string) bool {
	prev := ' '
	for i, r := range name {
		if strings.ContainsRune(" -'’", prev) && strings.HasPrefix(name[i:], q) {
			return true
		}
		prev = r
	}
	return false
}
