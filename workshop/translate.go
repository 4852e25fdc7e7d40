package workshop

import "scaleroom/assets"

// Translate turns an English text of the domain (a message, a scale's
// level, a built-in template's words) into the reader's language. The
// domain knows nothing of Fyne: package assets/locale sets this to Fyne's
// lang.L when a program loads Scaleroom's translations; without it, text
// stays English.
var Translate = func(s string) string { return s }

// TranslateKey looks a text up by a key of its own, for an English word
// with two meanings ("Open": a file, or an action not done); english is
// what English readers see and what is shown without translations.
var TranslateKey = func(key, english string) string { return english }

// Singular says whether a count takes the singular in the reader's
// language: 1 in English, German and Spanish, 0 and 1 in French ("0
// personne"). assets/locale sets it with the language.
var Singular = func(n int) bool { return n == 1 }

// Plural is one or many as the count n needs it.
func Plural(n int, one, many string) string {
	if Singular(n) {
		return one
	}
	return many
}

// tr marks an English text for translation; the completeness test in
// assets/locale collects every literal passed to it.
func tr(s string) string { return Translate(s) }

// trText translates a text that is not a literal where it is used: a word
// of one of the vocabularies in words.go, a built-in template's text, a
// message declared once. TranslatedTexts lists every text that comes here.
// The empty text stays empty.
func trText(s string) string {
	if s == "" {
		return ""
	}
	return tr(s) // i18n: dynamic, the texts are listed by TranslatedTexts
}

// message is an error declared once (ErrSyntax, ErrNoDate...) and matched
// with errors.Is, whose text is translated each time it is read rather
// than once when the program starts, before the language is chosen.
type message struct{ text string }

func (m *message) Error() string { return trText(m.text) }

// messages are the texts of the errors made by newError.
var messages []string

// newError declares an error whose text is translated when it is read.
func newError(text string) error {
	messages = append(messages, text)
	return &message{text}
}

// TranslatedTexts lists the texts the domain translates that are not
// literals at a call of tr: the built-in templates' words, the
// vocabularies of words.go, the errors declared once and the like.
// The completeness test checks each has a translation.
func TranslatedTexts() []string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) string {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
		return s
	}
	// The built-in templates as their files say them, in English.
	if templates, err := readTemplates(assets.Templates, "templates", false); err == nil {
		for _, t := range templates {
			t.eachText(add)
		}
	}
	termTexts(UnitTerms, add)
	termTexts(OriginTerms, add)
	termTexts(LoadTypeTerms, add)
	termTexts(ComplexityTerms, add)
	termTexts(DecisionTerms, add)
	termTexts(PhaseTerms, add)
	termTexts(TrapTerms, add)
	termTexts(DirectionTerms, add)
	termTexts(StepKindTerms, add)
	termTexts(CommitmentTerms, add)
	termTexts(ItemOrderTerms, add)
	termTexts(ModeTerms, add)
	for _, s := range []string{noLoadType, ReviewTitle, ReviewPrompt, UnplacedTitle} {
		add(s)
	}
	for _, s := range messages {
		add(s)
	}
	return out
}

func termTexts[C ~string](ts Terms[C], add func(string) string) {
	for _, t := range ts {
		add(t.Label)
		add(t.Hint)
	}
}

// translate puts every text of a built-in template a person reads into
// the reader's language. IDs, codes and numbers stay as they are.
func (t *Template) translate() { t.eachText(trText) }

// eachText replaces every text of the template a person reads (its name
// and description, and the words of its session) with what f returns for
// it: f is trText to translate them, or a collector that returns its text.
func (t *Template) eachText(f func(string) string) {
	t.Name = f(t.Name)
	t.Description = f(t.Description)
	s := &t.Session
	s.Title = f(s.Title)
	s.Organisation = f(s.Organisation)
	s.Location = f(s.Location)
	s.Notes = f(s.Notes)
	owner := func(o *Owner) { o.Name = f(o.Name) }
	for i := range s.Participants {
		p := &s.Participants[i]
		p.Role, p.Team, p.Level = f(p.Role), f(p.Team), f(p.Level)
	}
	for i := range s.Steps {
		st := &s.Steps[i]
		st.Title = f(st.Title)
		st.Prompt = f(st.Prompt)
		if e := st.Values; e != nil {
			for j := range e.Values {
				v := &e.Values[j]
				v.Name, v.Description = f(v.Name), f(v.Description)
			}
		}
		if e := st.Load; e != nil {
			e.Team = f(e.Team)
			for j := range e.Items {
				it := &e.Items[j]
				it.Name, it.Note = f(it.Name), f(it.Note)
				owner(&it.Owner)
				owner(&it.DecisionOwner)
			}
		}
		if e := st.Reflection; e != nil {
			for j := range e.Initiatives {
				in := &e.Initiatives[j]
				in.Name, in.Evidence = f(in.Name), f(in.Evidence)
				in.Rationale, in.FirstAction = f(in.Rationale), f(in.FirstAction)
			}
		}
		if e := st.Belonging; e != nil {
			for j := range e.Levels {
				e.Levels[j] = f(e.Levels[j])
			}
			for j := range e.Counts {
				c := &e.Counts[j]
				c.From, c.To = f(c.From), f(c.To)
			}
			for j := range e.Changes {
				c := &e.Changes[j]
				c.Name = f(c.Name)
				for k := range c.Levels {
					c.Levels[k] = f(c.Levels[k])
				}
			}
		}
	}
	for i := range s.Actions {
		a := &s.Actions[i]
		a.Text = f(a.Text)
		owner(&a.Owner)
	}
}
