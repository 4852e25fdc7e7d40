package workshop

import "fmt"

// What changed since last time, and across a whole series. Exercises are
// matched across sessions by their step's ID, values, load inventories and
// initiatives by their own IDs within it: a follow-up keeps every ID, so a
// value renamed between two sessions is still the same value.

// ValueFigures are one value's figures in one session.
type ValueFigures struct {
	Name              string
	Responded         int // people, or hands in a show of hands
	Agree             int
	DisagreeAndCommit int
	Withheld          int
	Commits           int // effective commitment "commits", disagree-and-commit included
	Passes            bool
	Verdict           string // "Passes", "Does not pass", "No responses yet"
}

// Settled reports whether anyone responded and the value passes.
func (f *ValueFigures) Settled() bool { return f != nil && f.Responded > 0 && f.Passes }

func valueFigures(r *ValueResult) *ValueFigures {
	return &ValueFigures{Name: r.Value.Name, Responded: r.Responded, Agree: r.Agree, DisagreeAndCommit: r.DisagreeAndCommit,
		Withheld: r.Withheld, Commits: r.Commits, Passes: r.Passes, Verdict: r.Verdict()}
}

// LoadFigures are one load inventory's totals in one session.
type LoadFigures struct {
	Title    string // the step's title
	Unit     Unit
	Before   float64
	After    float64
	Capacity float64 // 0 when not stated
	Items    int
}

// ValueChange is one value then and now. Then is nil for a value new this
// time, Now for one no longer on the list.
type ValueChange struct {
	Step, ID string
	Name     string // the name now, or then for a value no longer on the list
	Renamed  string // the name then, when it was different
	Then     *ValueFigures
	Now      *ValueFigures
}

// LoadChange is one load inventory then and now; either side is nil when
// the step is only in one of the sessions.
type LoadChange struct {
	Step      string
	Title     string
	Then, Now *LoadFigures
}

// Comparable reports whether both totals are counted in the same unit.
func (c *LoadChange) Comparable() bool {
	return c.Then != nil && c.Now != nil && c.Then.Unit == c.Now.Unit
}

// InitiativeChange is an initiative whose phase or direction changed.
type InitiativeChange struct {
	Step, ID                    string
	Name                        string
	Renamed                     string // the name then, when it was different
	PhaseThen, PhaseNow         Phase
	DirectionThen, DirectionNow Direction
}

// ActionReview is what became of the actions a follow-up carried over, as
// marked on its "Since last time" step: done, dropped, or still open and so
// carried on.
type ActionReview struct {
	Done, Carried, Dropped []*Action
}

// Total is the number of actions carried over.
func (r ActionReview) Total() int { return len(r.Done) + len(r.Carried) + len(r.Dropped) }

// Sentence says what became of the carried actions: "of 3 actions carried
// over, 1 done, 1 carried on, 1 dropped."
func (r ActionReview) Sentence() string {
	return fmt.Sprintf(tr("of %s carried over, %d done, %d carried on, %d dropped."),
		countOf(r.Total(), tr("%d action"), tr("%d actions")), len(r.Done), len(r.Carried), len(r.Dropped))
}

// ReviewActions sorts the actions carried over into the session by what
// became of them.
func (s *Session) ReviewActions() ActionReview {
	var r ActionReview
	for i := range s.Actions {
		a := &s.Actions[i]
		switch {
		case !a.Carried():
		case a.Done:
			r.Done = append(r.Done, a)
		case a.Dropped:
			r.Dropped = append(r.Dropped, a)
		default:
			r.Carried = append(r.Carried, a)
		}
	}
	return r
}

// Comparison is what changed between a session and the one it follows.
type Comparison struct {
	Values      []ValueChange
	Load        []LoadChange
	Initiatives []InitiativeChange
	// Unchanged counts the initiatives in both sessions whose phase and
	// direction stayed as they were.
	Unchanged int
	Actions   ActionReview
}

// Compare works out what changed from prev to cur. Values come in cur's
// order, then those only prev had; the same for load inventories.
func Compare(prev, cur *Session) *Comparison {
	c := &Comparison{Actions: cur.ReviewActions()}
	then := sessionFigures(prev)
	now := sessionFigures(cur)
	seen := map[exerciseKey]bool{}
	for _, k := range now.valueOrder {
		seen[k] = true
		c.Values = append(c.Values, valueChange(k, then.values[k], now.values[k]))
	}
	for _, k := range then.valueOrder {
		if !seen[k] {
			c.Values = append(c.Values, valueChange(k, then.values[k], nil))
		}
	}
	for _, id := range now.loadOrder {
		c.Load = append(c.Load, LoadChange{Step: id, Title: now.load[id].Title, Then: then.load[id], Now: now.load[id]})
	}
	for _, id := range then.loadOrder {
		if now.load[id] == nil {
			c.Load = append(c.Load, LoadChange{Step: id, Title: then.load[id].Title, Then: then.load[id]})
		}
	}
	for _, k := range now.initiativeOrder {
		a, b := then.initiatives[k], now.initiatives[k]
		if a == nil {
			continue
		}
		if a.Phase == b.Phase && a.Direction == b.Direction {
			c.Unchanged++
			continue
		}
		ch := InitiativeChange{Step: k.step, ID: k.id, Name: b.Name, PhaseThen: a.Phase, PhaseNow: b.Phase,
			DirectionThen: a.Direction, DirectionNow: b.Direction}
		if a.Name != b.Name {
			ch.Renamed = a.Name
		}
		c.Initiatives = append(c.Initiatives, ch)
	}
	return c
}

func valueChange(k exerciseKey, then, now *ValueFigures) ValueChange {
	ch := ValueChange{Step: k.step, ID: k.id, Then: then, Now: now}
	switch {
	case now != nil:
		ch.Name = now.Name
		if then != nil && then.Name != now.Name {
			ch.Renamed = then.Name
		}
	case then != nil:
		ch.Name = then.Name
	}
	return ch
}

// exerciseKey names a value or an initiative across sessions: its step's
// ID and its own.
type exerciseKey struct{ step, id string }

// figures is one session's results, by key, in the session's order.
type figures struct {
	values          map[exerciseKey]*ValueFigures
	valueOrder      []exerciseKey
	load            map[string]*LoadFigures
	loadOrder       []string
	initiatives     map[exerciseKey]*Initiative
	initiativeOrder []exerciseKey
}

func sessionFigures(s *Session) *figures {
	f := &figures{values: map[exerciseKey]*ValueFigures{}, load: map[string]*LoadFigures{}, initiatives: map[exerciseKey]*Initiative{}}
	for i := range s.Steps {
		st := &s.Steps[i]
		switch {
		case st.Values != nil:
			r := st.Values.Analyse(s.Participants)
			for j := range r.Values {
				k := exerciseKey{st.ID, r.Values[j].Value.ID}
				if f.values[k] == nil {
					f.valueOrder = append(f.valueOrder, k)
				}
				f.values[k] = valueFigures(&r.Values[j])
			}
		case st.Load != nil:
			if f.load[st.ID] == nil {
				f.loadOrder = append(f.loadOrder, st.ID)
			}
			var before, after float64
			for k := range st.Load.Items {
				it := &st.Load.Items[k]
				before += it.Load
				after += it.LoadAfter()
			}
			f.load[st.ID] = &LoadFigures{Title: st.Title, Unit: st.Load.Unit, Before: before, After: after,
				Capacity: st.Load.Capacity, Items: len(st.Load.Items)}
		case st.Reflection != nil:
			for j := range st.Reflection.Initiatives {
				in := &st.Reflection.Initiatives[j]
				k := exerciseKey{st.ID, in.ID}
				if f.initiatives[k] == nil {
					f.initiativeOrder = append(f.initiativeOrder, k)
				}
				f.initiatives[k] = in
			}
		}
	}
	return f
}
