package workshop

import (
	"fmt"
	"strings"
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
			lines = append(lines, headed(st.Title, fmt.Sprintf("%d of %d values pass, %d do not, %d have no responses yet.",
				r.Passing, len(r.Values), r.Failing, r.Pending)))
		case st.Load != nil:
			r := st.Load.Analyse(s.Participants)
			line := fmt.Sprintf("load %s %s today, %s after the decisions",
				FormatLoad(r.Before), r.Unit.Word(), FormatLoad(r.After))
			if r.Capacity > 0 {
				line += ", against a capacity of " + FormatLoad(r.Capacity)
			}
			lines = append(lines, headed(st.Title, line+fmt.Sprintf("; %d on the stop-doing list.", len(r.Stop))))
		case st.Reflection != nil:
			r := st.Reflection.Analyse()
			var parts []string
			for _, d := range append(append([]Direction{}, Directions...), DirectionNone) {
				if n := len(r.ByDirection[d]); n > 0 {
					parts = append(parts, fmt.Sprintf("%s %d", strings.ToLower(d.Label()), n))
				}
			}
			if len(parts) == 0 {
				parts = append(parts, "no initiatives")
			}
			lines = append(lines, headed(st.Title, strings.Join(parts, ", ")+"."))
		case st.Kind == StepReview:
			if r := s.ReviewActions(); r.Total() > 0 {
				lines = append(lines, headed(st.Title, r.Sentence()))
			}
		}
	}
	return append(lines, fmt.Sprintf("Actions agreed: %d.", len(s.Actions)))
}

// CountsSentence sums up a value's responses and commitment in one
// sentence, worded the same on the summary screen and in the PDF.
func (r *ValueResult) CountsSentence() string {
	return fmt.Sprintf("%s: %d agree, %d open, %d disagree. Commitment: %d %s, %d conditional, %d %s.",
		r.Counted(), r.Agree, r.Open, r.Disagree,
		r.Commits, plural(r.Commits, "commits", "commit"), r.Conditional, r.Withheld, plural(r.Withheld, "withholds", "withhold"))
}

// headed puts a step's title before its result: "Title: result", or, for a
// title that ends a sentence ("Scale up or scale down?"), "Title Result".
func headed(title, result string) string {
	title = strings.TrimRight(strings.TrimSpace(title), ":")
	if title == "" {
		return strings.ToUpper(result[:1]) + result[1:]
	}
	if strings.ContainsAny(title[len(title)-1:], "?!.") {
		return title + " " + strings.ToUpper(result[:1]) + result[1:]
	}
	return title + ": " + result
}

// ExerciseName names the exercise a step kind runs, "" for other kinds.
func (k StepKind) ExerciseName() string {
	switch k {
	case StepValues:
		return "Values"
	case StepLoad:
		return "Load inventory"
	case StepReflection:
		return "Scale up or scale down"
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
	return ex + ": " + st.Title
}
