package workshop

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
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
			fmt.Fprintf(&b, tr("; and %d more"), len(e.Problems)-shown)
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

// loc is a field path built only when a problem is reported: a large
// session has tens of thousands of fields, and formatting every path up
// front was most of the cost of loading one.
type loc struct {
	parent *loc
	name   string
	index  int // used when name is ""
}

func root(prefix string) *loc { return &loc{name: strings.TrimSuffix(prefix, ".")} }

func (p *loc) field(name string) *loc { return &loc{parent: p, name: name} }

func (p *loc) at(i int) *loc { return &loc{parent: p, index: i} }

func (p *loc) String() string {
	if p == nil {
		return ""
	}
	parent := p.parent.String()
	switch {
	case p.name == "":
		return parent + "[" + strconv.Itoa(p.index) + "]"
	case parent == "":
		return p.name
	}
	return parent + "." + p.name
}

type checker struct{ problems []Problem }

// add reports a problem at a field, in words already translated.
func (c *checker) add(at fmt.Stringer, msg string) {
	c.problems = append(c.problems, Problem{at.String(), msg})
}

// addf is add with a translated format and its values.
func (c *checker) addf(at fmt.Stringer, format string, args ...any) {
	c.add(at, fmt.Sprintf(format, args...))
}

// unique reports a duplicate of key within seen, recording it otherwise.
func (c *checker) unique(seen map[string]*loc, key string, at *loc, what string) {
	if prev, ok := seen[key]; ok {
		c.addf(at, duplicate(what), key, prev)
		return
	}
	seen[key] = at
}

// duplicate is the message for a second field of one kind (what) with the
// same key, translated only when there is one: validation checks every ID
// and name of a large session.
func duplicate(what string) string {
	switch what {
	case "participant id":
		return tr("duplicate participant id %q (also at %s)")
	case "participant name":
		return tr("duplicate participant name %q (also at %s)")
	case "step id":
		return tr("duplicate step id %q (also at %s)")
	case "action id":
		return tr("duplicate action id %q (also at %s)")
	case "value id":
		return tr("duplicate value id %q (also at %s)")
	case "value name":
		return tr("duplicate value name %q (also at %s)")
	case "item id":
		return tr("duplicate item id %q (also at %s)")
	case "initiative id":
		return tr("duplicate initiative id %q (also at %s)")
	case "change id":
		return tr("duplicate change id %q (also at %s)")
	}
	return "duplicate " + what + " %q (also at %s)"
}

func (c *checker) date(at *loc, v string) {
	if v == "" {
		return
	}
	if _, err := time.Parse("2006-01-02", v); err != nil {
		c.addf(at, tr("%q is not a date like 2026-03-31"), v)
	}
}

// oneOf reports a code that is not among the allowed ones; "" means not
// set and is always allowed. It is a function, not a method, because
// methods cannot take type parameters.
func oneOf[C ~string](c *checker, at *loc, v C, allowed []C) {
	if v == "" || slices.Contains(allowed, v) {
		return
	}
	names := make([]string, len(allowed))
	for i, a := range allowed {
		names[i] = string(a)
	}
	c.addf(at, tr("%q is not one of %s"), v, strings.Join(names, ", "))
}

// owner checks an owner field: at most one of a participant and a name,
// the participant one of the session's, the name not blank.
func (c *checker) owner(at *loc, o Owner, participants map[string]*loc) {
	switch {
	case o.IsZero():
	case o.Participant != "" && o.Name != "":
		c.add(at, tr("give either a participant or a name, not both"))
	case o.Participant != "":
		if _, ok := participants[o.Participant]; !ok {
			c.addf(at, tr("no participant has id %q"), o.Participant)
		}
	case strings.TrimSpace(o.Name) == "":
		c.add(at, tr("the name is blank; leave the owner out instead"))
	}
}

// amount checks a load, target or capacity against 0 and max; unit, when
// given, names what is counted ("points").
func (c *checker) amount(at *loc, v, max float64, unit string) {
	if math.IsNaN(v) || v < 0 || v > max {
		if unit != "" {
			unit = " " + unit
		}
		c.addf(at, tr("must be between 0 and %g%s, got %g"), max, unit, v)
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
	s.check(&c, nil)
	return c.err()
}

func (s *Session) check(c *checker, base *loc) {
	c.date(base.field("date"), s.Date)
	ids, names := map[string]*loc{}, map[string]*loc{}
	for i, p := range s.Participants {
		pp := base.field("participants").at(i)
		if p.ID == "" {
			c.add(pp.field("id"), tr("missing"))
		} else {
			c.unique(ids, p.ID, pp.field("id"), "participant id")
		}
		if strings.TrimSpace(p.Name) == "" {
			c.add(pp.field("name"), tr("missing"))
		} else {
			c.unique(names, p.Name, pp.field("name"), "participant name")
		}
	}
	stepIDs := map[string]*loc{}
	for i := range s.Steps {
		st := &s.Steps[i]
		sp := base.field("steps").at(i)
		if st.ID == "" {
			c.add(sp.field("id"), tr("missing"))
		} else {
			c.unique(stepIDs, st.ID, sp.field("id"), "step id")
		}
		known := false
		for _, k := range StepKinds {
			known = known || st.Kind == k
		}
		if !known {
			c.addf(sp.field("kind"), tr("unknown step kind %q"), st.Kind)
		}
		if st.Timebox < 0 || st.Timebox > MaxTimebox {
			c.addf(sp.field("timebox"), tr("must be between 0 and %d minutes, got %d"), MaxTimebox, st.Timebox)
		}
		if st.UsedSeconds < 0 {
			c.add(sp.field("used_seconds"), tr("must not be negative"))
		}
		if st.Values != nil && st.Kind != StepValues {
			c.add(sp.field("values"), tr("only a values step has values"))
		}
		if st.Load != nil && st.Kind != StepLoad {
			c.add(sp.field("load"), tr("only a load step has a load inventory"))
		}
		if st.Reflection != nil && st.Kind != StepReflection {
			c.add(sp.field("reflection"), tr("only a reflection step has initiatives"))
		}
		if st.Belonging != nil && st.Kind != StepBelonging {
			c.add(sp.field("belonging"), tr("only a belonging step has a map of relationships"))
		}
		if st.Values != nil {
			st.Values.check(c, sp.field("values"), ids)
		}
		if st.Load != nil {
			st.Load.check(c, sp.field("load"), ids)
		}
		if st.Reflection != nil {
			st.Reflection.check(c, sp.field("reflection"))
		}
		if st.Belonging != nil {
			st.Belonging.check(c, sp.field("belonging"), s)
		}
	}
	if s.Series != "" && strings.TrimSpace(s.Series) == "" {
		c.add(base.field("series"), tr("blank; leave it out instead"))
	}
	if p := s.Previous; p != nil {
		pp := base.field("previous")
		if p.Date == "" {
			c.add(pp.field("date"), tr("missing"))
		}
		c.date(pp.field("date"), p.Date)
	}
	actionIDs := map[string]*loc{}
	for i, a := range s.Actions {
		ap := base.field("actions").at(i)
		if a.ID == "" {
			c.add(ap.field("id"), tr("missing"))
		} else {
			c.unique(actionIDs, a.ID, ap.field("id"), "action id")
		}
		if strings.TrimSpace(a.Text) == "" {
			c.add(ap.field("text"), tr("missing"))
		}
		c.owner(ap.field("owner"), a.Owner, ids)
		c.date(ap.field("due"), a.Due)
		c.date(ap.field("carried_from"), a.CarriedFrom)
		if a.Step != "" {
			if _, ok := stepIDs[a.Step]; !ok {
				c.addf(ap.field("step"), tr("no step has id %q"), a.Step)
			}
		}
	}
}

func (e *ValuesExercise) check(c *checker, at *loc, participants map[string]*loc) {
	sc, err := ScaleByID(e.Scale)
	if err != nil {
		c.addf(at.field("scale"), tr("unknown scale %q"), e.Scale)
	}
	if e.Pass != nil && err == nil {
		for i, l := range e.Pass.FailAt {
			if sc.Level(l) == nil {
				c.addf(at.field("pass").field("fail_at").at(i), tr("%d is not a level of %s"), l, sc.Name)
			}
		}
	}
	if e.Mode != ModeNamed && e.Mode != ModeTally {
		c.addf(at.field("mode"), tr("must be %q or %q, got %q"), ModeNamed, ModeTally, e.Mode)
	}
	ids, names := map[string]*loc{}, map[string]*loc{}
	who := map[string]int{}
	for i := range e.Values {
		v := &e.Values[i]
		vp := at.field("values").at(i)
		if v.ID == "" {
			c.add(vp.field("id"), tr("missing"))
		} else {
			c.unique(ids, v.ID, vp.field("id"), "value id")
		}
		if strings.TrimSpace(v.Name) == "" {
			c.add(vp.field("name"), tr("missing"))
		} else {
			c.unique(names, v.Name, vp.field("name"), "value name")
		}
		// Responses are most of a large file: their paths are built only
		// for a problem, and duplicates are tracked by index.
		clear(who)
		for j, r := range v.Responses {
			rp := func(field string) *loc { return vp.field("responses").at(j).field(field) }
			if _, ok := participants[r.Participant]; !ok {
				c.addf(rp("participant"), tr("no participant has id %q"), r.Participant)
			} else if prev, dup := who[r.Participant]; dup {
				c.addf(rp("participant"), tr("duplicate response from %q (also at %s)"), r.Participant,
					vp.field("responses").at(prev).field("participant"))
			} else {
				who[r.Participant] = j
			}
			if err == nil && sc.Level(r.Level) == nil {
				c.addf(rp("level"), tr("%d is not a level of %s"), r.Level, sc.Name)
			}
			switch r.Commitment {
			case Undecided, Commits, Conditional, DoesNot:
			default:
				c.addf(rp("commitment"), tr("%q is not one of %s, %s, %s"), r.Commitment, Commits, Conditional, DoesNot)
			}
		}
		levels := make([]int, 0, len(v.Tally))
		for level := range v.Tally {
			levels = append(levels, level)
		}
		sort.Ints(levels) // report in a stable order
		for _, level := range levels {
			n := v.Tally[level]
			tp := vp.field("tally").at(level)
			if err == nil && sc.Level(level) == nil {
				c.addf(tp, tr("%d is not a level of %s"), level, sc.Name)
			}
			if n < 0 {
				c.add(tp, tr("a count cannot be negative"))
			}
		}
	}
}

func (e *LoadExercise) check(c *checker, at *loc, participants map[string]*loc) {
	oneOf(c, at.field("unit"), e.Unit, Units)
	if e.Unit == "" {
		c.add(at.field("unit"), tr("missing"))
	}
	c.amount(at.field("capacity"), e.Capacity, MaxCapacity, "")
	// Loads are checked against their unit's limit, so a file cannot hold
	// a load the load screen would refuse; an unknown unit is reported
	// above and its loads checked as hours, to report nothing twice.
	maxLoad, unitWord := e.Unit.MaxLoad(), e.Unit.Word()
	if !slices.Contains(Units, e.Unit) {
		maxLoad, unitWord = MaxHours, ""
	}
	ids := map[string]*loc{}
	for i := range e.Items {
		it := &e.Items[i]
		ip := at.field("items").at(i)
		if it.ID == "" {
			c.add(ip.field("id"), tr("missing"))
		} else {
			c.unique(ids, it.ID, ip.field("id"), "item id")
		}
		if strings.TrimSpace(it.Name) == "" {
			c.add(ip.field("name"), tr("missing"))
		}
		c.owner(ip.field("owner"), it.Owner, participants)
		c.amount(ip.field("load"), it.Load, maxLoad, unitWord)
		if it.Target != nil {
			c.amount(ip.field("target"), *it.Target, maxLoad, unitWord)
		}
		oneOf(c, ip.field("origin"), it.Origin, Origins)
		oneOf(c, ip.field("type"), it.Type, LoadTypes)
		oneOf(c, ip.field("complexity"), it.Complexity, Complexities)
		oneOf(c, ip.field("decision"), it.Decision, Decisions)
		c.owner(ip.field("decision_owner"), it.DecisionOwner, participants)
		c.date(ip.field("decision_date"), it.DecisionDate)
	}
}

func (e *ReflectionExercise) check(c *checker, at *loc) {
	ids := map[string]*loc{}
	for i := range e.Initiatives {
		in := &e.Initiatives[i]
		ip := at.field("initiatives").at(i)
		if in.ID == "" {
			c.add(ip.field("id"), tr("missing"))
		} else {
			c.unique(ids, in.ID, ip.field("id"), "initiative id")
		}
		if strings.TrimSpace(in.Name) == "" {
			c.add(ip.field("name"), tr("missing"))
		}
		oneOf(c, ip.field("phase"), in.Phase, Phases)
		oneOf(c, ip.field("trap"), in.Trap, Traps)
		oneOf(c, ip.field("direction"), in.Direction, Directions)
		if in.Closeness < 0 || in.Closeness > MaxCloseness {
			c.addf(ip.field("closeness"), tr("must be between 0 (not rated) and %d, got %d"), MaxCloseness, in.Closeness)
		}
		if in.Layers < 0 || in.Layers > MaxLayers {
			c.addf(ip.field("layers"), tr("must be between 0 and %d, got %d"), MaxLayers, in.Layers)
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
		case st.Kind == StepBelonging && st.Belonging == nil:
			st.Belonging = &BelongingExercise{Mode: ModeNamed}
		}
		if b := st.Belonging; b != nil {
			if b.Levels == nil {
				b.Levels = []string{}
			}
			if b.Mode == "" {
				b.Mode = ModeNamed
			}
		}
		if st.Values != nil && st.Values.Values == nil {
			st.Values.Values = []Value{}
		}
		if st.Values != nil {
			emptyAsAbsent(st.Values.Values)
		}
		if st.Load != nil && st.Load.Items == nil {
			st.Load.Items = []LoadItem{}
		}
		if st.Reflection != nil && st.Reflection.Initiatives == nil {
			st.Reflection.Initiatives = []Initiative{}
		}
	}
}

// emptyAsAbsent reads an empty "responses" list or "tally" object as if the
// field were left out: the file format writes neither when empty, so a
// session read this way saves and reloads to the same thing.
func emptyAsAbsent(values []Value) {
	for i := range values {
		if len(values[i].Responses) == 0 {
			values[i].Responses = nil
		}
		if len(values[i].Tally) == 0 {
			values[i].Tally = nil
		}
	}
}
