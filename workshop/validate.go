package workshop

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"
)

// Problem is one thing wrong in a session, located by a field path such as
// participants[3].name.
type Problem struct {
	Path    string
	Message string
}

func (p Problem) String() string { return p.Path + ": " + p.Message }

// ValidationError lists every problem found, in file order.
type ValidationError struct {
	Problems []Problem
}

func (e *ValidationError) Error() string {
	const shown = 5
	var b strings.Builder
	for i, p := range e.Problems {
		if i == shown {
			fmt.Fprintf(&b, "; and %d more", len(e.Problems)-shown)
			break
		}
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(p.String())
	}
	return b.String()
}

// Unwrap lets errors.Is(err, ErrInvalid) match validation failures.
func (e *ValidationError) Unwrap() error { return ErrInvalid }

// Limits that keep a file workable: far above any real workshop, low enough
// that a crafted file cannot make the app crawl.
const (
	maxTimebox = 24 * 60
	maxLoad    = 1e6
)

type checker struct{ problems []Problem }

func (c *checker) add(path, format string, args ...any) {
	c.problems = append(c.problems, Problem{path, fmt.Sprintf(format, args...)})
}

// unique reports a duplicate of key within seen, recording it otherwise.
func (c *checker) unique(seen map[string]string, key, path, what string) {
	if prev, ok := seen[key]; ok {
		c.add(path, "duplicate %s %q (also at %s)", what, key, prev)
		return
	}
	seen[key] = path
}

func (c *checker) date(path, v string) {
	if v == "" {
		return
	}
	if _, err := time.Parse("2006-01-02", v); err != nil {
		c.add(path, "%q is not a date like 2026-03-31", v)
	}
}

func (c *checker) oneOf(path, v string, allowed []string) {
	if v == "" {
		return
	}
	for _, a := range allowed {
		if v == a {
			return
		}
	}
	c.add(path, "%q is not one of %s", v, strings.Join(allowed, ", "))
}

func (c *checker) amount(path string, v float64) {
	if math.IsNaN(v) || v < 0 || v > maxLoad {
		c.add(path, "must be between 0 and %g, got %g", float64(maxLoad), v)
	}
}

func (c *checker) err() error {
	if len(c.problems) == 0 {
		return nil
	}
	return &ValidationError{Problems: c.problems}
}

// Validate checks that the session is consistent: IDs unique, references
// resolved, choices known, dates and numbers in range.
func (s *Session) Validate() error {
	var c checker
	s.check(&c, "")
	return c.err()
}

func (s *Session) check(c *checker, prefix string) {
	c.date(prefix+"date", s.Date)
	ids, names := map[string]string{}, map[string]string{}
	for i, p := range s.Participants {
		path := fmt.Sprintf("%sparticipants[%d]", prefix, i)
		if p.ID == "" {
			c.add(path+".id", "missing")
		} else {
			c.unique(ids, p.ID, path+".id", "participant id")
		}
		if strings.TrimSpace(p.Name) == "" {
			c.add(path+".name", "missing")
		} else {
			c.unique(names, p.Name, path+".name", "participant name")
		}
	}
	stepIDs := map[string]string{}
	for i := range s.Steps {
		st := &s.Steps[i]
		path := fmt.Sprintf("%ssteps[%d]", prefix, i)
		if st.ID == "" {
			c.add(path+".id", "missing")
		} else {
			c.unique(stepIDs, st.ID, path+".id", "step id")
		}
		known := false
		for _, k := range StepKinds {
			known = known || st.Kind == k
		}
		if !known {
			c.add(path+".kind", "unknown step kind %q", st.Kind)
		}
		if st.Timebox < 0 || st.Timebox > maxTimebox {
			c.add(path+".timebox", "must be between 0 and %d minutes, got %d", maxTimebox, st.Timebox)
		}
		if st.UsedSeconds < 0 {
			c.add(path+".used_seconds", "must not be negative")
		}
		if st.Values != nil && st.Kind != StepValues {
			c.add(path+".values", "only a values step has values")
		}
		if st.Load != nil && st.Kind != StepLoad {
			c.add(path+".load", "only a load step has a load inventory")
		}
		if st.Reflection != nil && st.Kind != StepReflection {
			c.add(path+".reflection", "only a reflection step has initiatives")
		}
		if st.Values != nil {
			st.Values.check(c, path+".values", ids)
		}
		if st.Load != nil {
			st.Load.check(c, path+".load")
		}
		if st.Reflection != nil {
			st.Reflection.check(c, path+".reflection")
		}
	}
	actionIDs := map[string]string{}
	for i, a := range s.Actions {
		path := fmt.Sprintf("%sactions[%d]", prefix, i)
		if a.ID == "" {
			c.add(path+".id", "missing")
		} else {
			c.unique(actionIDs, a.ID, path+".id", "action id")
		}
		if strings.TrimSpace(a.Text) == "" {
			c.add(path+".text", "missing")
		}
		c.date(path+".due", a.Due)
		if a.Step != "" {
			if _, ok := stepIDs[a.Step]; !ok {
				c.add(path+".step", "no step has id %q", a.Step)
			}
		}
	}
}

func (e *ValuesExercise) check(c *checker, path string, participants map[string]string) {
	sc, err := ScaleByID(e.Scale)
	if err != nil {
		c.add(path+".scale", "unknown scale %q", e.Scale)
	}
	if e.Mode != ModeNamed && e.Mode != ModeTally {
		c.add(path+".mode", "must be %q or %q, got %q", ModeNamed, ModeTally, e.Mode)
	}
	ids, names := map[string]string{}, map[string]string{}
	for i := range e.Values {
		v := &e.Values[i]
		vp := fmt.Sprintf("%s.values[%d]", path, i)
		if v.ID == "" {
			c.add(vp+".id", "missing")
		} else {
			c.unique(ids, v.ID, vp+".id", "value id")
		}
		if strings.TrimSpace(v.Name) == "" {
			c.add(vp+".name", "missing")
		} else {
			c.unique(names, v.Name, vp+".name", "value name")
		}
		who := map[string]string{}
		for j, r := range v.Responses {
			rp := fmt.Sprintf("%s.responses[%d]", vp, j)
			if _, ok := participants[r.Participant]; !ok {
				c.add(rp+".participant", "no participant has id %q", r.Participant)
			} else {
				c.unique(who, r.Participant, rp+".participant", "response from")
			}
			if err == nil && sc.Level(r.Level) == nil {
				c.add(rp+".level", "%d is not a level of %s", r.Level, sc.Name)
			}
			c.oneOf(rp+".commitment", string(r.Commitment), []string{string(Commits), string(Conditional), string(DoesNot)})
		}
		levels := make([]int, 0, len(v.Tally))
		for level := range v.Tally {
			levels = append(levels, level)
		}
		sort.Ints(levels) // report in a stable order
		for _, level := range levels {
			n := v.Tally[level]
			tp := fmt.Sprintf("%s.tally[%d]", vp, level)
			if err == nil && sc.Level(level) == nil {
				c.add(tp, "%d is not a level of %s", level, sc.Name)
			}
			if n < 0 {
				c.add(tp, "a count cannot be negative")
			}
		}
	}
}

func (e *LoadExercise) check(c *checker, path string) {
	c.oneOf(path+".unit", e.Unit, []string{UnitPoints, UnitHours})
	if e.Unit == "" {
		c.add(path+".unit", "missing")
	}
	c.amount(path+".capacity", e.Capacity)
	ids := map[string]string{}
	for i := range e.Items {
		it := &e.Items[i]
		ip := fmt.Sprintf("%s.items[%d]", path, i)
		if it.ID == "" {
			c.add(ip+".id", "missing")
		} else {
			c.unique(ids, it.ID, ip+".id", "item id")
		}
		if strings.TrimSpace(it.Name) == "" {
			c.add(ip+".name", "missing")
		}
		c.amount(ip+".load", it.Load)
		if it.Target != nil {
			c.amount(ip+".target", *it.Target)
		}
		c.oneOf(ip+".origin", it.Origin, Origins)
		c.oneOf(ip+".type", it.Type, LoadTypes)
		c.oneOf(ip+".complexity", it.Complexity, Complexities)
		c.oneOf(ip+".decision", it.Decision, Decisions)
		c.date(ip+".decision_date", it.DecisionDate)
	}
}

func (e *ReflectionExercise) check(c *checker, path string) {
	ids := map[string]string{}
	for i := range e.Initiatives {
		in := &e.Initiatives[i]
		ip := fmt.Sprintf("%s.initiatives[%d]", path, i)
		if in.ID == "" {
			c.add(ip+".id", "missing")
		} else {
			c.unique(ids, in.ID, ip+".id", "initiative id")
		}
		if strings.TrimSpace(in.Name) == "" {
			c.add(ip+".name", "missing")
		}
		c.oneOf(ip+".phase", in.Phase, Phases)
		c.oneOf(ip+".trap", in.Trap, Traps)
		c.oneOf(ip+".direction", in.Direction, Directions)
		if in.Closeness < 0 || in.Closeness > 5 {
			c.add(ip+".closeness", "must be between 0 (not rated) and 5, got %d", in.Closeness)
		}
		if in.Layers < 0 || in.Layers > 100 {
			c.add(ip+".layers", "must be between 0 and 100, got %d", in.Layers)
		}
	}
}

// normalise turns absent lists into empty ones and gives every exercise step
// its exercise, so a loaded session always saves the same shape and screens
// never meet a nil exercise.
func (s *Session) normalise() {
	if s.Participants == nil {
		s.Participants = []Participant{}
	}
	if s.Steps == nil {
		s.Steps = []Step{}
	}
	if s.Actions == nil {
		s.Actions = []Action{}
	}
	for i := range s.Steps {
		st := &s.Steps[i]
		switch {
		case st.Kind == StepValues && st.Values == nil:
			st.Values = &ValuesExercise{Scale: GradientsOfAgreement, Mode: ModeNamed}
		case st.Kind == StepLoad && st.Load == nil:
			st.Load = &LoadExercise{Unit: UnitPoints}
		case st.Kind == StepReflection && st.Reflection == nil:
			st.Reflection = &ReflectionExercise{}
		}
		if st.Values != nil && st.Values.Values == nil {
			st.Values.Values = []Value{}
		}
		if st.Load != nil && st.Load.Items == nil {
			st.Load.Items = []LoadItem{}
		}
		if st.Reflection != nil && st.Reflection.Initiatives == nil {
			st.Reflection.Initiatives = []Initiative{}
		}
	}
}
