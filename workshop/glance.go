package workshop

import (
	"fmt"
	"strings"
)

// UnitWord names a load unit in words.
func UnitWord(unit string) string {
	if unit == UnitHours {
		return "hours a week"
	}
	return "points"
}

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
			lines = append(lines, fmt.Sprintf("%s: %d of %d values pass, %d do not, %d have no responses yet.",
				st.Title, r.Passing, len(r.Values), r.Failing, r.Pending))
		case st.Load != nil:
			r := st.Load.Analyse()
			line := fmt.Sprintf("%s: load %s %s today, %s after the decisions", st.Title,
				FormatLoad(r.Before), UnitWord(r.Unit), FormatLoad(r.After))
			if r.Capacity > 0 {
				line += ", against a capacity of " + FormatLoad(r.Capacity)
			}
			lines = append(lines, line+fmt.Sprintf("; %d on the stop-doing list.", len(r.Stop)))
		case st.Reflection != nil:
			r := st.Reflection.Analyse()
			var parts []string
			for _, d := range append(append([]string{}, Directions...), "") {
				if n := len(r.ByDirection[d]); n > 0 {
					parts = append(parts, fmt.Sprintf("%s %d", strings.ToLower(DirectionLabel(d)), n))
				}
			}
			if len(parts) == 0 {
				parts = append(parts, "no initiatives")
			}
			lines = append(lines, st.Title+": "+strings.Join(parts, ", ")+".")
		}
	}
	return append(lines, fmt.Sprintf("Actions agreed: %d.", len(s.Actions)))
}
