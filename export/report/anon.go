package report

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"scaleroom/workshop"
)

// What an anonymous report covers. The test is whether someone who was in
// the room can tie anything in it to a person, and so whether one answer
// can be tied to another answer of the same person: the room heard the
// levels of a named round as the facilitator recorded them, so one
// remembered vote would name everything else linked to it.
//   - no answer is shown per person, under a name or under a label: values
//     show counts, distributions and verdicts, and their reservations as a
//     list that says whose each is nowhere, ordered by level and scrubbed
//     text (see view.reservations), not by the roster;
//   - there is no appendix of every response;
//   - owners of actions, load items and load decisions, which the room
//     watched people take on, are left out, and nothing is sorted by an
//     owner or a name;
//   - the participants list shows only how many people there were, and a
//     personal sheet does not name its reader;
//   - the facilitator's name is not shown, nor put in the PDF's metadata;
//   - every string that reaches the PDF from the session (titles, prompts,
//     values, notes, reservations, actions, item names, evidence, rationale,
//     warnings built from those, the metadata) is scrubbed of every part of
//     every participant's name and of the facilitator's: in any script and
//     any case, NFC or NFD, accents or none, hyphenated and apostrophe names
//     whole and in parts, possessives. A part becomes nameMark.
//
// Unattributed, the projector with names off, holds to the same rules but
// the last: the room reads the text it wrote as it wrote it, so warnings
// about a named owner, whose text names the owner, are counted instead.
//
// nameMark is the same for everyone on purpose: a per-person mark in free
// text would tie a note about someone to the other notes about them.
//
// Scripts written without spaces between words (Chinese, Japanese, Thai)
// or that join particles to a name (Arabic "ومحمد", Hebrew "ודנה") are
// matched anywhere in a word; others only as whole words. Scrubbing cannot
// catch nicknames, misspellings or descriptions ("our CTO"), nor a person
// who writes the same words on two values, and it replaces ordinary words
// that are also names ("will" for Will), so facilitators should still
// read the anonymous PDF before sharing it.

// nameMark stands in for a name in free text: "[name]" in the reader's
// language.
func nameMark() string { return tr("[name]") }

// anonymiser replaces names in free text.
type anonymiser struct {
	// mark is nameMark, looked up once.
	mark string
	// byFirst lists the name patterns by their first folded rune, longest
	// first, so most positions of a text are dismissed with one lookup.
	byFirst map[rune][]pattern
}

// pattern is one part of a name, folded; anywhere says it matches inside
// words too; stem says it matches the start of a word with a few letters
// more, as declined names do (Ольга: Ольгу, Ольгой; Νίκος: Νίκου).
type pattern struct {
	runes    []rune
	anywhere bool
	stem     bool
}

// maxEnding is how many letters a declined name may add to its stem.
const maxEnding = 3

// newAnonymiser scrubs the names of s's people and facilitator, and of
// those of other sessions whose text the report shows (the previous
// session, the rest of a series): someone who has left the room is still
// named in what was said about them then.
func newAnonymiser(s *workshop.Session, others ...*workshop.Session) *anonymiser {
	a := &anonymiser{byFirst: map[rune][]pattern{}, mark: nameMark()}
	seen := map[string]bool{}
	add := func(part string) {
		f := foldAll(part)
		if len(f) == 0 || seen[string(f)] {
			return
		}
		anywhere := spaceless(f)
		// One letter of a spaced script ("O" of O'Brien, an initial) is not
		// a name on its own: replacing every "o" would wreck the text, and
		// the whole "O'Brien" is matched anyway.
		if len(f) < 2 && !anywhere {
			return
		}
		seen[string(f)] = true
		a.byFirst[f[0]] = append(a.byFirst[f[0]], pattern{runes: f, anywhere: anywhere})
		if st := stemOf(f); st != nil && !seen["stem:"+string(st)] {
			seen["stem:"+string(st)] = true
			a.byFirst[st[0]] = append(a.byFirst[st[0]], pattern{runes: st, stem: true})
		}
	}
	names := make([]string, 0, len(s.Participants)+1)
	for _, sess := range append([]*workshop.Session{s}, others...) {
		if sess == nil {
			continue
		}
		for _, p := range sess.Participants {
			names = append(names, p.Name)
		}
		names = append(names, sess.Facilitator)
	}
	for _, name := range names {
		for _, part := range nameParts(name) {
			add(part)
		}
	}
	for r, list := range a.byFirst {
		slices.SortStableFunc(list, func(x, y pattern) int { return len(y.runes) - len(x.runes) })
		a.byFirst[r] = list
	}
	return a
}

// nameParts splits a name into what may appear on its own in text: each
// space-separated chunk ("O'Brien", "José-María"), and each piece of a
// chunk between hyphens, apostrophes and other punctuation ("Brien",
// "José", "María"). Scripts without spaces get their likely family and
// given names too (山田太郎: 山田, 太郎, 田太郎), since nothing marks where
// one ends.
func nameParts(name string) []string {
	var out []string
	for _, chunk := range strings.Fields(norm.NFC.String(name)) {
		chunk = strings.TrimFunc(chunk, unicode.IsPunct)
		if chunk == "" {
			continue
		}
		out = append(out, chunk)
		pieces := strings.FieldsFunc(chunk, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
		if len(pieces) > 1 {
			out = append(out, pieces...)
		}
		for _, p := range pieces {
			out = append(out, symbolRuns(p)...)
			r := []rune(p)
			if len(r) >= 3 && eastAsian(r) {
				out = append(out, string(r[:2]), string(r[1:]), string(r[2:]))
			}
			// A one-character family name is how colleagues call someone
			// (老李, 李总, 김 씨): it goes too, wherever it stands.
			if (len(r) == 2 || len(r) == 3) && eastAsian(r) {
				out = append(out, string(r[:1]))
			}
		}
	}
	return out
}

// symbolRuns splits a piece such as "Zoë😀" into its letters and its
// pictographs, so the name is found when written without the emoji, and
// the emoji, which may be how the room knows someone, goes too.
func symbolRuns(p string) []string {
	var out []string
	var cur strings.Builder
	sym := false
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	for _, r := range p {
		if ignorable(r) {
			continue
		}
		s := isSymbol(r)
		if s != sym {
			flush()
			sym = s
		}
		cur.WriteRune(r)
	}
	flush()
	if len(out) < 2 {
		return nil
	}
	return out
}

func isSymbol(r rune) bool { return unicode.IsSymbol(r) || r >= 0x1F000 }

// ignorable runes do not change what a name is: accents and other marks
// (matching ignores them, so "Jose" finds José and unvocalised Arabic finds
// vocalised), joiners, direction marks and variation selectors.
func ignorable(r rune) bool {
	return unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || unicode.Is(unicode.Cf, r) ||
		(r >= 0xFE00 && r <= 0xFE0F) || (r >= 0xE0100 && r <= 0xE01EF) || (r >= 0x1F3FB && r <= 0x1F3FF)
}

// fold maps a rune to the form names are compared in: without accents and
// in one case. Precomposed letters lose their marks ("é" is "e"), but not
// Hangul, whose syllables decompose into letters rather than marks. Upper
// then lower folds "Σ", "σ" and "ς" together, and "ſ" with "s".
func fold(r rune) rune {
	if r >= 0x80 {
		if d := []rune(norm.NFD.String(string(r))); len(d) > 1 && !slices.ContainsFunc(d[1:], func(m rune) bool { return !unicode.Is(unicode.Mn, m) }) {
			r = d[0]
		}
	}
	switch r {
	case '’', 'ʼ', '‘', '`', '´':
		return '\''
	case '‐', '‑', '‒', '–', '—':
		return '-'
	}
	return unicode.ToLower(unicode.ToUpper(r))
}

// foldAll folds a whole string, dropping ignorable runes.
func foldAll(s string) []rune {
	var out []rune
	for _, r := range norm.NFC.String(s) {
		if !ignorable(r) {
			out = append(out, fold(r))
		}
	}
	return out
}

// spaceless says whether a folded name part is in a script matched inside
// words: one written without spaces, one that joins particles to names, or
// a pictograph.
func spaceless(f []rune) bool {
	for _, r := range f {
		if isSymbol(r) || unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul,
			unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar, unicode.Tibetan, unicode.Yi,
			unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana,
			// Indic scripts join honorifics and particles to names (प्रियाजी).
			unicode.Devanagari, unicode.Bengali, unicode.Gurmukhi, unicode.Gujarati, unicode.Oriya,
			unicode.Tamil, unicode.Telugu, unicode.Kannada, unicode.Malayalam, unicode.Sinhala) {
			return true
		}
	}
	return false
}

// eastAsian says whether a name is written in Chinese, Japanese or Korean
// characters, where one or two characters make a family name.
func eastAsian(r []rune) bool {
	return !slices.ContainsFunc(r, func(c rune) bool {
		return !unicode.In(c, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
	})
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// stemOf is the stem of a folded name part in a script whose names
// decline (Cyrillic, Greek): without its last vowel, soft sign or short i
// (Ольга → ольг, Петрова → петров), or a Greek ending of vowel and final
// sigma (Νίκος → νικ, Παππάς → παππ). nil when there is none, or when the
// stem would be too short to be a name (three letters at least).
func stemOf(f []rune) []rune {
	if len(f) < 4 || !unicode.In(f[0], unicode.Cyrillic, unicode.Greek) {
		return nil
	}
	n := len(f)
	switch last := f[n-1]; {
	case last == 'ς' || last == 'σ':
		n -= 2 // the vowel before it goes too
	case strings.ContainsRune("аяоеёиыйьюуэαεηιουω", last):
		n--
	default:
		return nil
	}
	if n < 3 {
		return nil
	}
	return f[:n]
}

// Scrub replaces every name part in free text with nameMark. Text comes
// back in NFC.
func (a *anonymiser) Scrub(s string) string {
	if s == "" || len(a.byFirst) == 0 {
		return s
	}
	src := []rune(norm.NFC.String(s))
	// keep holds the folded text without ignorable runes; at maps each kept
	// rune back to its place in src.
	keep := make([]rune, 0, len(src))
	at := make([]int, 0, len(src))
	for i, r := range src {
		if !ignorable(r) {
			keep = append(keep, fold(r))
			at = append(at, i)
		}
	}
	type span struct{ from, to int } // in src, to exclusive
	var spans []span
	for i := 0; i < len(keep); {
		end := -1
		for _, p := range a.byFirst[keep[i]] {
			n := len(p.runes)
			if i+n > len(keep) || !slices.Equal(keep[i:i+n], p.runes) {
				continue
			}
			if !p.anywhere {
				if i > 0 && wordRune(keep[i-1]) {
					continue
				}
				switch {
				case p.stem:
					// A declined form: the stem and a short ending.
					end := i + n
					for end < len(keep) && wordRune(keep[end]) && end-(i+n) < maxEnding {
						end++
					}
					if end < len(keep) && wordRune(keep[end]) {
						continue
					}
					n = end - i
				case n >= 4 && i+n < len(keep) && keep[i+n] == 's' && (i+n+1 == len(keep) || !wordRune(keep[i+n+1])):
					// A possessive or plural without an apostrophe ("Annas
					// Idee") goes with the name; not for short parts, or
					// "this" would go for Thị.
					n++
				}
				if i+n < len(keep) && wordRune(keep[i+n]) {
					continue
				}
			}
			end = i + n
			break
		}
		if end < 0 {
			i++
			continue
		}
		from, to := at[i], at[end-1]+1
		// Marks and joiners that belong to the last letter go with it.
		for to < len(src) && ignorable(src[to]) {
			to++
		}
		spans = append(spans, span{from, to})
		i = end
	}
	if len(spans) == 0 {
		return string(src)
	}
	var b strings.Builder
	last := 0
	for k, sp := range spans {
		gap := string(src[last:sp.from])
		// "José-María", "Ana Lima", "Zoë 😀 Brontë": the parts of one name
		// become one mark, so the text does not show how long a name was.
		if k > 0 && joinable(gap) {
			last = sp.to
			continue
		}
		b.WriteString(gap)
		b.WriteString(a.mark)
		last = sp.to
	}
	b.WriteString(string(src[last:]))
	return b.String()
}

// joinable says whether the text between two name parts is only what
// separates parts of one name: a space, a hyphen, an apostrophe, a dot.
func joinable(gap string) bool {
	if gap == "" {
		return true
	}
	if len([]rune(gap)) > 3 || strings.ContainsAny(gap, "\n\r\t") {
		return false
	}
	for _, r := range gap {
		if !unicode.IsSpace(r) && fold(r) != '-' && fold(r) != '\'' && r != '.' {
			return false
		}
	}
	return true
}
