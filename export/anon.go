package export

import (
	"strconv"
	"strings"
	"unicode"

	"scaleroom/workshop"
)

// What the anonymous summary covers:
//   - every place a participant is named by the analysis (who disagrees and
//     commits, who withholds, who blocks, whose reservation a note is, the
//     participants list) shows "Participant N" instead, N being the
//     participant's place in the roster (Session.ParticipantIndex), so one
//     person has the same label throughout;
//   - the participants list shows only the labels and the count: roles,
//     teams and levels are left out because they often point at one person;
//   - the facilitator's name is not shown, nor put in the PDF's metadata;
//   - all free text (titles, notes, reservation notes, owners of actions and
//     load items and decisions, evidence, rationale, first actions, action
//     text) is scrubbed: a participant's full name, matched whole-word and
//     ignoring case, becomes their label; a single part of a name, matched
//     whole-word as capitalised in the roster (so "Will" but not "will"),
//     becomes the label when it belongs to one participant and
//     "[participant]" when several share it; the facilitator's name becomes
//     "the facilitator" the same way.
// It cannot catch nicknames, misspellings or descriptions ("our CTO"), so
// facilitators should still read the anonymous PDF before sharing it.

// anonymiser replaces names in free text.
type anonymiser struct {
	labels map[string]string // participant ID -> "Participant N"
	// full maps a whole name, as lower-case words, to its replacement;
	// maxWords is the longest name in words.
	full     map[string]string
	maxWords int
	// first holds the lower-case first word of every name, so most words
	// are dismissed with one lookup.
	first map[string]bool
	// token maps one capitalised part of a name to its replacement.
	token map[string]string
}

const sharedToken = "[participant]"

func newAnonymiser(s *workshop.Session) *anonymiser {
	a := &anonymiser{labels: map[string]string{}, full: map[string]string{}, token: map[string]string{}, first: map[string]bool{}}
	add := func(name, repl string, weak bool) {
		ws := words(name)
		if len(ws) == 0 {
			return
		}
		key := joinLower(name, ws)
		if _, ok := a.full[key]; !ok || !weak {
			a.full[key] = repl
		}
		a.first[strings.ToLower(name[ws[0][0]:ws[0][1]])] = true
		if len(ws) > a.maxWords {
			a.maxWords = len(ws)
		}
		if len(ws) < 2 {
			return
		}
		for _, w := range ws {
			t := name[w[0]:w[1]]
			if !nameToken(t) {
				continue
			}
			if old, ok := a.token[t]; ok && old != repl {
				if weak {
					continue // a participant's claim on a word beats the facilitator's
				}
				a.token[t] = sharedToken
				continue
			}
			a.token[t] = repl
		}
	}
	for _, p := range s.Participants {
		label := "Participant " + strconv.Itoa(s.ParticipantIndex(p.ID))
		a.labels[p.ID] = label
		add(p.Name, label, false)
	}
	if s.Facilitator != "" {
		add(s.Facilitator, "the facilitator", true)
	}
	return a
}

// nameToken says whether a part of a name is distinctive enough to replace
// on its own: two letters or more, starting with a capital.
func nameToken(t string) bool {
	n := 0
	first := true
	for _, r := range t {
		if first && !unicode.IsUpper(r) {
			return false
		}
		first = false
		n++
	}
	return n >= 2
}

// words returns the byte ranges of the words in s: runs of letters, digits
// and combining marks.
func words(s string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range s {
		in := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r)
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

func joinLower(s string, ws [][2]int) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = strings.ToLower(s[w[0]:w[1]])
	}
	return strings.Join(parts, " ")
}

// shortGap says whether the text between two words can sit inside a name
// ("Ana Lima", "O'Brien", "Anne-Marie"): a few spaces or punctuation, no
// line break.
func shortGap(g string) bool {
	return len(g) <= 3 && !strings.ContainsAny(g, "\n\r")
}

// Scrub replaces the names in free text.
func (a *anonymiser) Scrub(s string) string {
	if s == "" {
		return s
	}
	ws := words(s)
	if len(ws) == 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(ws); {
		matched := 0
		var repl string
		// Longest whole name first, so "Ana Lima" wins over "Ana".
		n := min(a.maxWords, len(ws)-i)
		if !a.first[strings.ToLower(s[ws[i][0]:ws[i][1]])] {
			n = 0
		}
		for ; n >= 1; n-- {
			ok := true
			for k := i + 1; k < i+n; k++ {
				if !shortGap(s[ws[k-1][1]:ws[k][0]]) {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			if r, hit := a.full[joinLower(s, ws[i:i+n])]; hit {
				matched, repl = n, r
				break
			}
		}
		if matched == 0 {
			if r, hit := a.token[s[ws[i][0]:ws[i][1]]]; hit {
				matched, repl = 1, r
			}
		}
		if matched == 0 {
			i++
			continue
		}
		b.WriteString(s[last:ws[i][0]])
		b.WriteString(repl)
		last = ws[i+matched-1][1]
		i += matched
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}
