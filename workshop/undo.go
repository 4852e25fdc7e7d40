package workshop

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

// The edits that take changes back. Each puts one part of a session back
// as it was and returns the edit that puts it forward again, so undo and
// redo are the same operation. They hold only the part they put back (a
// response, a load item, a list's order), never a copy of the session.
//
// What they hold is theirs alone: a record copied out of the session, or
// a slice or map the session no longer refers to. Otherwise an edit made
// in place later (a level changed in a response list) would change the
// record kept to undo an earlier one.

// list names one list of records in a session, for the edits that put a
// record back into it. Lists are compared, so that typing into one record
// makes one step (see covers).
type list[T any] interface {
	comparable
	// items finds the list in s.
	items(s *Session) (*[]T, error)
	// key is a record's ID (for responses, the participant's).
	key(x *T) string
	// what names a record in an error.
	what() string
	// missing is the translated message for no record of that ID (%q).
	missing() string
}

type participantsIn struct{}

func (participantsIn) items(s *Session) (*[]Participant, error) { return &s.Participants, nil }
func (participantsIn) key(p *Participant) string                { return p.ID }
func (participantsIn) what() string                             { return "participant" }
func (participantsIn) missing() string                          { return tr("no participant %q") }

type stepsIn struct{}

func (stepsIn) items(s *Session) (*[]Step, error) { return &s.Steps, nil }
func (stepsIn) key(st *Step) string               { return st.ID }
func (stepsIn) what() string                      { return "step" }
func (stepsIn) missing() string                   { return tr("no step %q") }

type actionsIn struct{}

func (actionsIn) items(s *Session) (*[]Action, error) { return &s.Actions, nil }
func (actionsIn) key(a *Action) string                { return a.ID }
func (actionsIn) what() string                        { return "action" }
func (actionsIn) missing() string                     { return tr("no action %q") }

type valuesIn struct{ step string }

func (l valuesIn) items(s *Session) (*[]Value, error) {
	e, err := s.valuesOf(l.step)
	if err != nil {
		return nil, err
	}
	return &e.Values, nil
}
func (valuesIn) key(v *Value) string { return v.ID }
func (valuesIn) what() string        { return "value" }
func (valuesIn) missing() string     { return tr("no value %q") }

type responsesIn struct{ step, value string }

func (l responsesIn) items(s *Session) (*[]Response, error) {
	v, err := s.valueOf(l.step, l.value)
	if err != nil {
		return nil, err
	}
	return &v.Responses, nil
}
func (responsesIn) key(r *Response) string { return r.Participant }
func (responsesIn) what() string           { return "response" }
func (responsesIn) missing() string        { return tr("no response %q") }

type itemsIn struct{ step string }

func (l itemsIn) items(s *Session) (*[]LoadItem, error) {
	e, err := s.loadOf(l.step)
	if err != nil {
		return nil, err
	}
	return &e.Items, nil
}
func (itemsIn) key(it *LoadItem) string { return it.ID }
func (itemsIn) what() string            { return "load item" }
func (itemsIn) missing() string         { return tr("no load item %q") }

type initiativesIn struct{ step string }

func (l initiativesIn) items(s *Session) (*[]Initiative, error) {
	e, err := s.reflectionOf(l.step)
	if err != nil {
		return nil, err
	}
	return &e.Initiatives, nil
}
func (initiativesIn) key(in *Initiative) string { return in.ID }
func (initiativesIn) what() string              { return "initiative" }
func (initiativesIn) missing() string           { return tr("no initiative %q") }

// slot puts one record of a list back: at its place with its fields, or
// out of the list when it was not there. It serves adding (undone by
// taking the record out), removing (undone by putting it back where it
// was) and changing a record (undone by putting its old fields back).
type slot[T any, L list[T]] struct {
	in    L
	id    string
	there bool
	at    int
	val   T
}

// takeSlot keeps the record id of xs as it is now.
func takeSlot[T any, L list[T]](in L, xs []T, id string) slot[T, L] {
	for i := range xs {
		if in.key(&xs[i]) == id {
			return slot[T, L]{in: in, id: id, there: true, at: i, val: owned(xs[i])}
		}
	}
	return slot[T, L]{in: in, id: id}
}

func (m slot[T, L]) apply(s *Session) (Edit, error) {
	xs, err := m.in.items(s)
	if err != nil {
		return nil, err
	}
	now := takeSlot(m.in, *xs, m.id)
	if now.there && m.there && now.at == m.at {
		(*xs)[m.at] = m.val
		return now, nil
	}
	if now.there {
		*xs = slices.Delete(*xs, now.at, now.at+1)
	}
	if m.there {
		*xs = slices.Insert(*xs, min(m.at, len(*xs)), m.val)
	}
	return now, nil
}

func (m slot[T, L]) covers(later Edit) bool {
	o, ok := later.(slot[T, L])
	return ok && o.in == m.in && o.id == m.id
}

// owned returns x holding nothing it shares with the session. Of the
// records kept while they stay in the session, only a load item refers to
// anything: its target. (A value or a step is kept only when it leaves
// the list, and then the copy is the only thing that refers to its
// responses or its exercise.)
func owned[T any](x T) T {
	if it, ok := any(&x).(*LoadItem); ok && it.Target != nil {
		t := *it.Target
		it.Target = &t
	}
	return x
}

// same reports whether two records hold the same: an edit that changed
// nothing is not a step to undo.
func same[T comparable](a, b *T) bool {
	if x, ok := any(a).(*LoadItem); ok {
		y := any(b).(*LoadItem)
		if (x.Target == nil) != (y.Target == nil) || (x.Target != nil && *x.Target != *y.Target) {
			return false
		}
		xv, yv := *x, *y
		xv.Target, yv.Target = nil, nil
		return xv == yv
	}
	return *a == *b
}

// change edits the record id of a list through f and returns what puts it
// back; nil when f changed nothing. When f fails, the record is left as
// it was.
func change[T comparable, L list[T]](s *Session, in L, id string, f func(x *T) error) (Edit, error) {
	xs, err := in.items(s)
	if err != nil {
		return nil, err
	}
	undo := takeSlot(in, *xs, id)
	if !undo.there {
		return nil, fmt.Errorf(in.missing(), id)
	}
	x := &(*xs)[undo.at]
	if err := f(x); err != nil {
		*x = owned(undo.val)
		return nil, err
	}
	if in.key(x) != id {
		*x = owned(undo.val)
		return nil, fmt.Errorf("a %s keeps its ID", in.what()) // a program error, not the reader's
	}
	if same(x, &undo.val) {
		return nil, nil
	}
	return undo, nil
}

// added returns what takes a record just added out again.
func added[T any, L list[T]](in L, id string) Edit { return slot[T, L]{in: in, id: id} }

// removed takes the record id out of its list, returning what puts it
// back.
func removed[T any, L list[T]](s *Session, in L, id string) (Edit, error) {
	xs, err := in.items(s)
	if err != nil {
		return nil, err
	}
	m := takeSlot(in, *xs, id)
	if !m.there {
		return nil, fmt.Errorf(in.missing(), id)
	}
	*xs = slices.Delete(*xs, m.at, m.at+1)
	return m, nil
}

// order puts the records of a list back in an order, for moves and sorts.
type order[T any, L list[T]] struct {
	in  L
	ids []string
}

func takeOrder[T any, L list[T]](in L, xs []T) order[T, L] {
	ids := make([]string, len(xs))
	for i := range xs {
		ids[i] = in.key(&xs[i])
	}
	return order[T, L]{in: in, ids: ids}
}

func (m order[T, L]) apply(s *Session) (Edit, error) {
	xs, err := m.in.items(s)
	if err != nil {
		return nil, err
	}
	now := takeOrder(m.in, *xs)
	rank := make(map[string]int, len(m.ids))
	for i, id := range m.ids {
		rank[id] = i
	}
	at := func(x *T) int {
		if r, ok := rank[m.in.key(x)]; ok {
			return r
		}
		return len(m.ids) // not there then: after the others, as it stands
	}
	slices.SortStableFunc(*xs, func(a, b T) int { return cmp.Compare(at(&a), at(&b)) })
	return now, nil
}

// reordered runs f, which may reorder the list, and returns what puts the
// old order back; nil when the order did not change.
func reordered[T any, L list[T]](s *Session, in L, f func() error) (Edit, error) {
	xs, err := in.items(s)
	if err != nil {
		return nil, err
	}
	undo := takeOrder(in, *xs)
	if err := f(); err != nil {
		return nil, err
	}
	if slices.Equal(undo.ids, takeOrder(in, *xs).ids) {
		return nil, nil
	}
	return undo, nil
}

// Details are a session's own fields, as its details page edits them.
type Details struct {
	Title, Organisation, Facilitator, Date, Location, Notes string
}

// Details returns the session's own fields.
func (s *Session) Details() Details {
	return Details{s.Title, s.Organisation, s.Facilitator, s.Date, s.Location, s.Notes}
}

func (s *Session) setDetails(d Details) {
	s.Title, s.Organisation, s.Facilitator, s.Date, s.Location, s.Notes = d.Title, d.Organisation, d.Facilitator, d.Date, d.Location, d.Notes
}

// putDetails puts the session's own fields back.
type putDetails Details

func (m putDetails) apply(s *Session) (Edit, error) {
	now := putDetails(s.Details())
	s.setDetails(Details(m))
	return now, nil
}

func (m putDetails) covers(later Edit) bool { _, ok := later.(putDetails); return ok }

// StepHead is what the agenda says of a step: its title, prompt, timebox
// and whether it is done. The time the timer measured is not part of it:
// undoing an edit never turns back the clock.
type StepHead struct {
	Title, Prompt string
	Timebox       int
	Done          bool
}

func (st *Step) head() StepHead { return StepHead{st.Title, st.Prompt, st.Timebox, st.Done} }

func (st *Step) setHead(h StepHead) {
	st.Title, st.Prompt, st.Timebox, st.Done = h.Title, h.Prompt, h.Timebox, h.Done
}

// putStepHead puts a step's head back.
type putStepHead struct {
	step string
	h    StepHead
}

func (m putStepHead) apply(s *Session) (Edit, error) {
	st, err := s.findStep(m.step)
	if err != nil {
		return nil, err
	}
	now := putStepHead{m.step, st.head()}
	st.setHead(m.h)
	return now, nil
}

func (m putStepHead) covers(later Edit) bool {
	o, ok := later.(putStepHead)
	return ok && o.step == m.step
}

// putRound puts back how a values exercise records and judges answers:
// its scale, pass rule and mode.
type putRound struct {
	step  string
	scale string
	pass  *PassRule
	mode  Mode
}

func takeRound(step string, e *ValuesExercise) putRound {
	var pass *PassRule
	if e.Pass != nil {
		pass = &PassRule{FailAt: slices.Clone(e.Pass.FailAt)}
	}
	return putRound{step, e.Scale, pass, e.Mode}
}

func (m putRound) apply(s *Session) (Edit, error) {
	e, err := s.valuesOf(m.step)
	if err != nil {
		return nil, err
	}
	now := takeRound(m.step, e)
	e.Scale, e.Pass, e.Mode = m.scale, m.pass, m.mode
	return now, nil
}

// putValueHead puts a value's name and description back.
type putValueHead struct {
	step, value       string
	name, description string
}

func (m putValueHead) apply(s *Session) (Edit, error) {
	v, err := s.valueOf(m.step, m.value)
	if err != nil {
		return nil, err
	}
	now := putValueHead{m.step, m.value, v.Name, v.Description}
	v.Name, v.Description = m.name, m.description
	return now, nil
}

// putAnswers puts back every answer a value holds, named and counted, for
// a change of scale, which drops those at levels the new scale lacks.
type putAnswers struct {
	step, value string
	responses   []Response
	tally       map[int]int
}

func (m putAnswers) apply(s *Session) (Edit, error) {
	v, err := s.valueOf(m.step, m.value)
	if err != nil {
		return nil, err
	}
	now := putAnswers{m.step, m.value, v.Responses, v.Tally}
	v.Responses, v.Tally = m.responses, m.tally
	return now, nil
}

// putHands puts back the hands counted at one level of a value.
type putHands struct {
	step, value string
	level, n    int
	noTally     bool // the value had no tally at all
}

func (m putHands) apply(s *Session) (Edit, error) {
	v, err := s.valueOf(m.step, m.value)
	if err != nil {
		return nil, err
	}
	now := putHands{m.step, m.value, m.level, v.Tally[m.level], v.Tally == nil}
	switch {
	case m.n > 0:
		if v.Tally == nil {
			v.Tally = map[int]int{}
		}
		v.Tally[m.level] = m.n
	default:
		delete(v.Tally, m.level)
	}
	if m.noTally && len(v.Tally) == 0 {
		v.Tally = nil
	}
	return now, nil
}

// putLoadHead puts back a load inventory's team, unit and capacity.
type putLoadHead struct {
	step     string
	team     string
	unit     Unit
	capacity float64
}

func takeLoadHead(step string, e *LoadExercise) putLoadHead {
	return putLoadHead{step, e.Team, e.Unit, e.Capacity}
}

func (m putLoadHead) apply(s *Session) (Edit, error) {
	e, err := s.loadOf(m.step)
	if err != nil {
		return nil, err
	}
	now := takeLoadHead(m.step, e)
	e.Team, e.Unit, e.Capacity = m.team, m.unit, m.capacity
	return now, nil
}

func (m putLoadHead) covers(later Edit) bool {
	o, ok := later.(putLoadHead)
	return ok && o.step == m.step
}

// putKind puts back a step's kind and its exercise, for a change of kind
// (which only an empty step takes).
type putKind struct {
	step       string
	kind       StepKind
	values     *ValuesExercise
	load       *LoadExercise
	reflection *ReflectionExercise
	belonging  *BelongingExercise
}

func (m putKind) apply(s *Session) (Edit, error) {
	st, err := s.findStep(m.step)
	if err != nil {
		return nil, err
	}
	now := putKind{m.step, st.Kind, st.Values, st.Load, st.Reflection, st.Belonging}
	st.Kind, st.Values, st.Load, st.Reflection, st.Belonging = m.kind, m.values, m.load, m.reflection, m.belonging
	return now, nil
}

// putLinks puts back the links of a belonging map, which a participant
// who moves onto a linked person's level, or leaves, takes with them.
type putLinks struct {
	step  string
	links []BelongingLink
}

func (m putLinks) apply(s *Session) (Edit, error) {
	st, err := s.findStep(m.step)
	if err != nil {
		return nil, err
	}
	if st.Belonging == nil {
		return nil, fmt.Errorf(tr("step %q has no belonging map"), m.step)
	}
	now := putLinks{m.step, st.Belonging.Links}
	st.Belonging.Links = m.links
	return now, nil
}

// takeLinks keeps the links of every belonging map, which are deleted
// from in place.
func takeLinks(s *Session) batch {
	var out batch
	for _, st := range s.Steps {
		if st.Belonging != nil && len(st.Belonging.Links) > 0 {
			out = append(out, putLinks{st.ID, slices.Clone(st.Belonging.Links)})
		}
	}
	return out
}

// cloneTally copies a tally, which AddHand and SetScale change in place.
func cloneTally(t map[int]int) map[int]int {
	if t == nil {
		return nil
	}
	return maps.Clone(t)
}

// The lookups edits use: each says in words what it could not find.

func (s *Session) findStep(id string) (*Step, error) {
	if st := s.Step(id); st != nil {
		return st, nil
	}
	return nil, fmt.Errorf(tr("no step %q"), id)
}

func (s *Session) valuesOf(step string) (*ValuesExercise, error) {
	st, err := s.findStep(step)
	if err != nil {
		return nil, err
	}
	if st.Values == nil {
		return nil, fmt.Errorf(tr("step %q has no values exercise"), step)
	}
	return st.Values, nil
}

func (s *Session) valueOf(step, value string) (*Value, error) {
	e, err := s.valuesOf(step)
	if err != nil {
		return nil, err
	}
	if v := e.Value(value); v != nil {
		return v, nil
	}
	return nil, fmt.Errorf(tr("no value %q"), value)
}

func (s *Session) loadOf(step string) (*LoadExercise, error) {
	st, err := s.findStep(step)
	if err != nil {
		return nil, err
	}
	if st.Load == nil {
		return nil, fmt.Errorf(tr("step %q has no load inventory"), step)
	}
	return st.Load, nil
}

func (s *Session) reflectionOf(step string) (*ReflectionExercise, error) {
	st, err := s.findStep(step)
	if err != nil {
		return nil, err
	}
	if st.Reflection == nil {
		return nil, fmt.Errorf(tr("step %q has no reflection"), step)
	}
	return st.Reflection, nil
}
