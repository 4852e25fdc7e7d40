package workshop

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Glance gives each exercise's headline result in one sentence, then the
// count of actions: the "at a glance" lines that the summary screen and the
// PDF both show.
func (s *Session) Glance() []string {
	var lines []string
	for i := range s.Steps {
		st := &s.Steps[i]
		switch {
		case st.Values != nil:
			r := st.Values.Analyse(s.Participants)
			lines = append(lines, headed(st.Title, fmt.Sprintf(tr("%d of %d values pass, %d do not, %d have no responses yet."),
				r.Passing, len(r.Values), r.Failing, r.Pending)))
		case st.Load != nil:
			r := st.Load.Analyse(s.Participants)
			var line string
			if r.Capacity > 0 {
				line = fmt.Sprintf(tr("load %s %s today, %s after the decisions, against a capacity of %s; %d on the stop-doing list."),
					FormatLoad(r.Before), r.Unit.Word(), FormatLoad(r.After), FormatLoad(r.Capacity), len(r.Stop))
			} else {
				line = fmt.Sprintf(tr("load %s %s today, %s after the decisions; %d on the stop-doing list."),
					FormatLoad(r.Before), r.Unit.Word(), FormatLoad(r.After), len(r.Stop))
			}
			lines = append(lines, headed(st.Title, line))
		case st.Reflection != nil:
			r := st.Reflection.Analyse()
			var parts []string
			for _, d := range append(append([]Direction{}, Directions...), DirectionNone) {
				if n := len(r.ByDirection[d]); n > 0 {
					parts = append(parts, fmt.Sprintf(tr("%s %d"), strings.ToLower(d.Label()), n))
				}
			}
			if len(parts) == 0 {
				parts = append(parts, tr("no initiatives"))
			}
			lines = append(lines, headed(st.Title, strings.Join(parts, ", ")+"."))
		case st.Belonging != nil:
			lines = append(lines, headed(st.Title, belongingGlance(s, st.Belonging)))
		case st.Kind == StepReview:
			if r := s.ReviewActions(); r.Total() > 0 {
				lines = append(lines, headed(st.Title, r.Sentence()))
			}
		}
	}
	return append(lines, fmt.Sprintf(tr("Actions agreed: %d."), len(s.Actions)))
}

// belongingGlance is a belonging map's headline: the broken rungs, the
// people with nobody on another level, and the changes too fast for them.
func belongingGlance(s *Session, e *BelongingExercise) string {
	if len(e.Levels) == 0 {
		return tr("no levels yet.")
	}
	r := AnalyseBelonging(s, e)
	parts := []string{countOf(len(r.BrokenRungs), tr("%d broken rung"), tr("%d broken rungs"))}
	if r.Mode != ModeTally {
		placed := len(s.Participants) - len(r.Unplaced)
		parts = append(parts, fmt.Sprintf(tr("%d of %d people on a level with nobody on another"), len(r.Isolated), placed))
	}
	if len(r.Changes) > 0 {
		fast := 0
		for _, c := range r.Changes {
			if c.TooFast {
				fast++
			}
		}
		format := Plural(len(r.Changes), tr("%d of %d planned change faster than belonging"), tr("%d of %d planned changes faster than belonging"))
		parts = append(parts, fmt.Sprintf(format, fast, len(r.Changes)))
	}
	return strings.Join(parts, ", ") + "."
}

// CountsSentence sums up a value's responses and commitment in one
// sentence, worded the same on the summary screen and in the PDF.
func (r *ValueResult) CountsSentence() string {
	return fmt.Sprintf(tr("%s: %d agree, %d open, %d disagree. Commitment: %s, %d conditional, %s."),
		r.Counted(), r.Agree, r.Open, r.Disagree,
		countOf(r.Commits, tr("%d commits"), tr("%d commit")), r.Conditional, countOf(r.Withheld, tr("%d withholds"), tr("%d withhold")))
}

// headed puts a step's title before its result: "Title: result", or, for a
// title that ends a sentence ("Scale up or scale down?"), "Title Result".
func headed(title, result string) string {
	title = strings.TrimRight(strings.TrimSpace(title), ":")
	if title == "" {
		return UpperFirst(result)
	}
	if strings.ContainsAny(title[len(title)-1:], "?!.") {
		return title + " " + UpperFirst(result)
	}
	return fmt.Sprintf(tr("%s: %s"), title, result)
}

// UpperFirst writes the first letter of a sentence in capitals, whatever
// its script: "of 3 actions..." becomes "Of 3 actions...", "über" "Über"
// (not a broken byte), and a digraph its title case ("ǆ" "ǅ").
func UpperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || r == utf8.RuneError {
		return s
	}
	return string(unicode.ToTitle(r)) + s[n:]
}

// ExerciseName names the exercise a step kind runs, "" for other kinds.
func (k StepKind) ExerciseName() string {
	switch k {
	case StepValues:
		return tr("Values")
	case StepLoad:
		return tr("Load inventory")
	case StepReflection:
		return tr("Scale up or scale down")
	case StepBelonging:
		return tr("Speed of belonging")
	}
	return ""
}

// Heading names a step's section in the summary and the PDF by its exercise
// and title, once: steps are often titled after their exercise, and
// "Values: Values: disagree and commit" reads like a mistake.
func (st *Step) Heading() string {
	ex := st.Kind.ExerciseName()
	switch {
	case ex == "":
		return st.Title
	case strings.TrimSpace(st.Title) == "":
		return ex
	case strings.HasPrefix(strings.ToLower(st.Title), strings.ToLower(ex)):
		return st.Title
	}
	return fmt.Sprintf(tr("%s: %s"), ex, st.Title)
}
