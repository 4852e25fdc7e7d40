package workshop

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Clone returns a deep copy of the session.
func (s *Session) Clone() *Session {
	c := *s
	c.Participants = slices.Clone(s.Participants)
	c.Actions = slices.Clone(s.Actions)
	c.Steps = slices.Clone(s.Steps)
	if s.Previous != nil {
		p := *s.Previous
		c.Previous = &p
	}
	for i, st := range c.Steps {
		if st.Values != nil {
			v := *st.Values
			if v.Pass != nil {
				v.Pass = &PassRule{FailAt: slices.Clone(v.Pass.FailAt)}
			}
			v.Values = slices.Clone(st.Values.Values)
			for j, val := range v.Values {
				val.Responses = slices.Clone(val.Responses)
				if val.Tally != nil {
					t := make(map[int]int, len(val.Tally))
					for k, n := range val.Tally {
						t[k] = n
					}
					val.Tally = t
				}
				v.Values[j] = val
			}
			st.Values = &v
		}
		if st.Load != nil {
			l := *st.Load
			l.Items = slices.Clone(st.Load.Items)
			for j, it := range l.Items {
				if it.Target != nil {
					t := *it.Target
					it.Target = &t
				}
				l.Items[j] = it
			}
			st.Load = &l
		}
		if st.Reflection != nil {
			r := *st.Reflection
			r.Initiatives = slices.Clone(st.Reflection.Initiatives)
			st.Reflection = &r
		}
		if st.Belonging != nil {
			st.Belonging = st.Belonging.clone()
		}
		c.Steps[i] = st
	}
	return &c
}

// Touch records a change at now.
func (s *Session) Touch(now time.Time) { s.Modified = now.UTC().Truncate(time.Second) }

// nextID returns prefix followed by the smallest number above every
// existing ID with that prefix, so a new item never takes the ID of one
// that is still there.
func nextID(prefix string, existing func(yield func(string) bool)) string {
	max := 0
	for id := range existing {
		if n, err := strconv.Atoi(strings.TrimPrefix(id, prefix)); err == nil && strings.HasPrefix(id, prefix) && n > max {
			max = n
		}
	}
	return prefix + strconv.Itoa(max+1)
}

// AddParticipant adds a person to the roster. Names must be unique and not
// blank.
func (s *Session) AddParticipant(name string) (*Participant, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil, errors.New(tr("a participant needs a name"))
	}
	// "ana lima" is Ana Lima again: two entries for one person would split
	// her answers and make her personal sheet ambiguous.
	for _, p := range s.Participants {
		if SameName(p.Name, name) {
			return nil, fmt.Errorf(tr("%q is already in the room"), p.Name)
		}
	}
	id := nextID("p", func(yield func(string) bool) {
		for _, p := range s.Participants {
			if !yield(p.ID) {
				return
			}
		}
	})
	s.Participants = append(s.Participants, Participant{ID: id, Name: name})
	return &s.Participants[len(s.Participants)-1], nil
}

// PasteParticipants adds one participant per non-blank line, skipping names
// already in the room. A line copied from a spreadsheet has its columns
// separated by tabs (see ParseRoster: name, team, role, level, or in the
// order a header row gives). It returns the names added and the ones
// skipped.
func (s *Session) PasteParticipants(text string) (added, skipped []string) {
	rows, _ := ParseRoster(text)
	for _, r := range rows {
		p, err := s.AddParticipant(r.Name)
		if err != nil {
			skipped = append(skipped, r.Name)
			continue
		}
		p.Role, p.Team, p.Level = r.Role, r.Team, r.Level
		added = append(added, p.Name)
	}
	return added, skipped
}

// RenameParticipant changes a participant's name. Responses and owners
// refer to the participant's ID and so follow the new name.
func (s *Session) RenameParticipant(id, name string) error {
	p := s.Participant(id)
	if p == nil {
		return fmt.Errorf(tr("no participant %q"), id)
	}
	name = strings.TrimSpace(name)
	if name == "" {
		return errors.New(tr("a participant needs a name"))
	}
	for _, o := range s.Participants {
		if o.ID != id && SameName(o.Name, name) {
			return fmt.Errorf(tr("%q is already in the room"), o.Name)
		}
	}
	p.Name = name
	return nil
}

// ResponseCount counts the responses a participant has given, so the UI can
// ask before removing them.
func (s *Session) ResponseCount(id string) int {
	n := 0
	for _, st := range s.Steps {
		if st.Values == nil {
			continue
		}
		for _, v := range st.Values.Values {
			if v.Response(id) != nil {
				n++
			}
		}
	}
	return n
}

// RemoveParticipant takes a participant, all their responses and their
// belonging links out of the session. It returns how many responses went
// with them. What they own (actions, load items, decisions) stays theirs,
// as free text of their name: the work is still agreed, and the summary
// still says who took it on.
func (s *Session) RemoveParticipant(id string) int {
	if p := s.Participant(id); p != nil {
		s.ownersToText(p)
	}
	removed := 0
	for i := range s.Steps {
		if s.Steps[i].Values == nil {
			continue
		}
		for j := range s.Steps[i].Values.Values {
			v := &s.Steps[i].Values.Values[j]
			kept := v.Responses[:0]
			for _, r := range v.Responses {
				if r.Participant == id {
					removed++
					continue
				}
				kept = append(kept, r)
			}
			v.Responses = kept
		}
	}
	// Their belonging links would name nobody, which no file may hold.
	for i := range s.Steps {
		if e := s.Steps[i].Belonging; e != nil {
			e.Links = slices.DeleteFunc(e.Links, func(l BelongingLink) bool { return l.Who == id || l.Whom == id })
		}
	}
	for i, p := range s.Participants {
		if p.ID == id {
			s.Participants = append(s.Participants[:i], s.Participants[i+1:]...)
			break
		}
	}
	return removed
}

// MoveParticipant moves the participant at index from to index to.
func (s *Session) MoveParticipant(from, to int) { move(s.Participants, from, to) }

// MoveStep moves the step at index from to index to.
func (s *Session) MoveStep(from, to int) { move(s.Steps, from, to) }

func move[T any](list []T, from, to int) {
	if from < 0 || from >= len(list) || to < 0 || to >= len(list) || from == to {
		return
	}
	item := list[from]
	if from < to {
		copy(list[from:to], list[from+1:to+1])
	} else {
		copy(list[to+1:from+1], list[to:from])
	}
	list[to] = item
}

// AddStep appends a step of the given kind, with an empty exercise where the
// kind has one, and returns it.
func (s *Session) AddStep(kind StepKind, title string, minutes int) *Step {
	id := nextID("s", func(yield func(string) bool) {
		for _, st := range s.Steps {
			if !yield(st.ID) {
				return
			}
		}
	})
	st := Step{ID: id, Kind: kind, Title: title, Timebox: minutes}
	st.addExercise()
	s.Steps = append(s.Steps, st)
	return &s.Steps[len(s.Steps)-1]
}

// RemoveStep removes a step; actions that came from it keep their text and
// lose the link.
func (s *Session) RemoveStep(id string) {
	for i, st := range s.Steps {
		if st.ID == id {
			s.Steps = append(s.Steps[:i], s.Steps[i+1:]...)
			break
		}
	}
	for i := range s.Actions {
		if s.Actions[i].Step == id {
			s.Actions[i].Step = ""
		}
	}
}

// AddValue appends a value to the exercise. Value names are unique.
func (e *ValuesExercise) AddValue(name, description string) (*Value, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil, errors.New(tr("a value needs a name"))
	}
	for _, v := range e.Values {
		if v.Name == name {
			return nil, fmt.Errorf(tr("%q is already on the list"), name)
		}
	}
	id := nextID("v", func(yield func(string) bool) {
		for _, v := range e.Values {
			if !yield(v.ID) {
				return
			}
		}
	})
	e.Values = append(e.Values, Value{ID: id, Name: name, Description: description})
	return &e.Values[len(e.Values)-1], nil
}

// RemoveValue removes a value and every response to it.
func (e *ValuesExercise) RemoveValue(id string) {
	for i, v := range e.Values {
		if v.ID == id {
			e.Values = append(e.Values[:i], e.Values[i+1:]...)
			return
		}
	}
}

// LostOnScale counts the responses and hands that switching to the scale
// would drop, because that scale lacks their level; the UI asks first.
func (e *ValuesExercise) LostOnScale(id string) (int, error) {
	return e.dropOffScale(id, false)
}

// SetScale switches the exercise to another scale. Responses at levels the
// new scale lacks would be meaningless, so they are dropped; the count is
// returned.
func (e *ValuesExercise) SetScale(id string) (dropped int, err error) {
	return e.dropOffScale(id, true)
}

func (e *ValuesExercise) dropOffScale(id string, apply bool) (dropped int, err error) {
	sc, err := ScaleByID(id)
	if err != nil {
		return 0, err
	}
	for i := range e.Values {
		v := &e.Values[i]
		kept := v.Responses[:0:0]
		for _, r := range v.Responses {
			if sc.Level(r.Level) == nil {
				dropped++
				continue
			}
			kept = append(kept, r)
		}
		for l, n := range v.Tally {
			if sc.Level(l) == nil {
				dropped += n
				if apply {
					delete(v.Tally, l)
				}
			}
		}
		if apply {
			v.Responses = kept
		}
	}
	if apply {
		e.Scale = id
		e.Pass = nil // its levels belong to the old scale
	}
	return dropped, nil
}

// AddItem appends a load item and returns it.
func (e *LoadExercise) AddItem(name string) *LoadItem {
	id := nextID("l", func(yield func(string) bool) {
		for _, it := range e.Items {
			if !yield(it.ID) {
				return
			}
		}
	})
	e.Items = append(e.Items, LoadItem{ID: id, Name: name})
	return &e.Items[len(e.Items)-1]
}

// DuplicateItem copies the item with that ID right after it, under a new ID.
func (e *LoadExercise) DuplicateItem(id string) *LoadItem {
	for i, it := range e.Items {
		if it.ID != id {
			continue
		}
		cp := it
		if it.Target != nil {
			t := *it.Target
			cp.Target = &t
		}
		cp.ID = e.AddItem("").ID
		e.Items = e.Items[:len(e.Items)-1]
		e.Items = append(e.Items[:i+1], append([]LoadItem{cp}, e.Items[i+1:]...)...)
		return &e.Items[i+1]
	}
	return nil
}

// RemoveItem removes the load item with that ID.
func (e *LoadExercise) RemoveItem(id string) {
	for i, it := range e.Items {
		if it.ID == id {
			e.Items = append(e.Items[:i], e.Items[i+1:]...)
			return
		}
	}
}

// AddInitiative appends an initiative and returns it.
func (e *ReflectionExercise) AddInitiative(name string) *Initiative {
	id := nextID("i", func(yield func(string) bool) {
		for _, in := range e.Initiatives {
			if !yield(in.ID) {
				return
			}
		}
	})
	e.Initiatives = append(e.Initiatives, Initiative{ID: id, Name: name})
	return &e.Initiatives[len(e.Initiatives)-1]
}

// RemoveInitiative removes the initiative with that ID.
func (e *ReflectionExercise) RemoveInitiative(id string) {
	for i, in := range e.Initiatives {
		if in.ID == id {
			e.Initiatives = append(e.Initiatives[:i], e.Initiatives[i+1:]...)
			return
		}
	}
}

// AddAction records an action; owner may be zero, and step "" when it came
// from no step.
func (s *Session) AddAction(text string, owner Owner, due, step string) (*Action, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return nil, errors.New(tr("an action needs a description"))
	}
	id := nextID("a", func(yield func(string) bool) {
		for _, a := range s.Actions {
			if !yield(a.ID) {
				return
			}
		}
	})
	s.Actions = append(s.Actions, Action{ID: id, Text: text, Owner: owner, Due: due, Step: step})
	return &s.Actions[len(s.Actions)-1], nil
}

// RemoveAction removes the action with that ID.
func (s *Session) RemoveAction(id string) {
	for i, a := range s.Actions {
		if a.ID == id {
			s.Actions = append(s.Actions[:i], s.Actions[i+1:]...)
			return
		}
	}
}

// Item returns the load item with that ID, or nil.
func (e *LoadExercise) Item(id string) *LoadItem {
	for i := range e.Items {
		if e.Items[i].ID == id {
			return &e.Items[i]
		}
	}
	return nil
}

// item is Item with an error for a screen whose item was removed meanwhile.
func (e *LoadExercise) item(id string) (*LoadItem, error) {
	if it := e.Item(id); it != nil {
		return it, nil
	}
	return nil, fmt.Errorf(tr("no load item %q"), id)
}

// checkLoad says in words why v cannot be a load in unit u.
func checkLoad(u Unit, v float64) error {
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		return fmt.Errorf(tr("%v is not a number"), v)
	case v < 0:
		return errors.New(tr("it cannot be negative"))
	case v > u.MaxLoad() && u != UnitHours:
		return fmt.Errorf(tr("%s is more than the %d this field takes (points run from 1, light, to %d, heavy; switch the unit to hours for bigger numbers)"),
			FormatLoad(v), MaxPoints, MaxPoints)
	case v > u.MaxLoad():
		return fmt.Errorf(tr("%s is more than the %s this field takes"), FormatLoad(v), FormatLoad(u.MaxLoad()))
	}
	return nil
}

// SetCapacity sets what the team says it can carry; 0 is not stated.
func (e *LoadExercise) SetCapacity(v float64) error {
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		return fmt.Errorf(tr("%v is not a number"), v)
	case v < 0:
		return errors.New(tr("it cannot be negative"))
	case v > MaxCapacity:
		return fmt.Errorf(tr("%s is more than the %s this field takes"), FormatLoad(v), FormatLoad(MaxCapacity))
	}
	e.Capacity = v
	return nil
}

// SetUnit changes what loads are counted in. Points are refused while an
// item's load or target is above MaxPoints: the file would not load again,
// and silently capping the numbers would change what the room said.
func (e *LoadExercise) SetUnit(u Unit) error {
	if !slices.Contains(Units, u) {
		return fmt.Errorf(tr("%q is not a unit of load"), u)
	}
	if u == UnitPoints {
		var heavy []string
		for _, it := range e.Items {
			if it.Load > MaxPoints || (it.Target != nil && *it.Target > MaxPoints) {
				heavy = append(heavy, fmt.Sprintf("%q", it.Name))
			}
		}
		if len(heavy) > 0 {
			format := tr("points run from 1 to %d, and %s weighs more: lower it first or keep counting hours")
			if len(heavy) > 1 {
				format = tr("points run from 1 to %d, and %s weigh more: lower them first or keep counting hours")
			}
			return fmt.Errorf(format, MaxPoints, strings.Join(heavy, ", "))
		}
	}
	e.Unit = u
	return nil
}

// SetLoad sets an item's load, within what the exercise's unit allows.
func (e *LoadExercise) SetLoad(id string, v float64) error {
	it, err := e.item(id)
	if err != nil {
		return err
	}
	if err := checkLoad(e.Unit, v); err != nil {
		return err
	}
	it.Load = v
	return nil
}

// SetDecision records what the room decided for an item. Only "Do less"
// has a load after it: any other decision clears the target, which would
// otherwise come back, stale, if the item were set to "Do less" again.
func (e *LoadExercise) SetDecision(id string, d Decision) error {
	it, err := e.item(id)
	if err != nil {
		return err
	}
	if d != DecisionNone && !slices.Contains(Decisions, d) {
		return fmt.Errorf(tr("%q is not a decision"), d)
	}
	it.Decision = d
	if d != DecisionLess {
		it.Target = nil
	}
	return nil
}

// SetTarget sets the load an item keeps after a "Do less" decision; nil
// goes back to the default, half. Doing less means below today's load.
func (e *LoadExercise) SetTarget(id string, target *float64) error {
	it, err := e.item(id)
	if err != nil {
		return err
	}
	if target == nil {
		it.Target = nil
		return nil
	}
	t := *target
	if it.Decision != DecisionLess {
		return fmt.Errorf(tr("only a %q decision has a load after it"), DecisionLess.Label())
	}
	// Below the load first: that is the rule a facilitator breaks, and a
	// target below a valid load is within the unit's limit too.
	if t >= it.Load {
		return fmt.Errorf(tr("doing less means below today's %s"), FormatLoad(it.Load))
	}
	if err := checkLoad(e.Unit, t); err != nil {
		return err
	}
	it.Target = &t
	return nil
}

// ItemOrder is an order the load screen can sort the inventory in.
type ItemOrder string

// The inventory's sort orders.
const (
	HeaviestFirst ItemOrder = "heaviest"
	ByOwner       ItemOrder = "owner"
)

// ItemOrders lists the sort orders in picker order.
var ItemOrders = []ItemOrder{HeaviestFirst, ByOwner}

// Label names the order as the sort picker shows it.
func (o ItemOrder) Label() string { return ItemOrderTerms.Label(o) }

// SortItems reorders the inventory itself, so the order is saved and the
// PDF lists items the way the room last saw them. By owner sorts by the
// name the owner is shown under (name, usually Session.OwnerName), so a
// participant's items sort under their current name; items without an
// owner come last; the heaviest item comes first within an owner. The sort
// is stable: equal items keep their order.
func (e *LoadExercise) SortItems(by ItemOrder, name func(Owner) string) error {
	if !slices.Contains(ItemOrders, by) {
		return fmt.Errorf(tr("%q is not a sort order"), by)
	}
	sort.SliceStable(e.Items, func(i, j int) bool {
		a, b := &e.Items[i], &e.Items[j]
		if by == ByOwner {
			an, bn := name(a.Owner), name(b.Owner)
			if (an == "") != (bn == "") {
				return bn == ""
			}
			if an != bn {
				return strings.ToLower(an) < strings.ToLower(bn)
			}
		}
		return a.Load > b.Load
	})
	return nil
}

// EditValue renames and redescribes a value. Names stay unique, as
// AddValue keeps them: two values of one name cannot be told apart in the
// results or the PDF.
func (e *ValuesExercise) EditValue(id, name, description string) error {
	val := e.Value(id)
	if val == nil {
		return errors.New(tr("the value is gone"))
	}
	name = strings.TrimSpace(name)
	if name == "" {
		return errors.New(tr("a value needs a name"))
	}
	for _, o := range e.Values {
		if o.ID != id && o.Name == name {
			return fmt.Errorf(tr("%q is already on the list"), name)
		}
	}
	val.Name, val.Description = name, strings.TrimSpace(description)
	return nil
}
