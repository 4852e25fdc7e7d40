package workshop

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// The edits a facilitator makes, as values to apply through a History
// (see Edit). Each makes its change with the method of the same name in
// edit.go, so the rules stay in one place, and keeps what it touched to
// take the change back. Steps, values, items and initiatives are named by
// ID, because lists can be reordered between the moment a screen shows
// them and the moment an edit is undone.

// editFunc is an edit made by a function.
type editFunc func(s *Session) (Edit, error)

func (f editFunc) apply(s *Session) (Edit, error) { return f(s) }

// The session.

// ChangeDetails edits the session's own fields through f. A date must be
// whole (YYYY-MM-DD) or empty.
func ChangeDetails(f func(d *Details)) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		old := s.Details()
		d := old
		f(&d)
		if d.Date != "" {
			if _, err := time.Parse("2006-01-02", d.Date); err != nil {
				return nil, fmt.Errorf(tr("%q is not a date like 2026-03-31"), d.Date)
			}
		}
		if d == old {
			return nil, nil
		}
		s.setDetails(d)
		return putDetails(old), nil
	})
}

// changeHead edits what the agenda says of a step (see StepHead) through
// f, one of the session's methods, which may refuse.
func changeHead(id string, f func(s *Session) error) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		st, err := s.findStep(id)
		if err != nil {
			return nil, err
		}
		undo := putStepHead{id, st.head()}
		if err := f(s); err != nil {
			return nil, err
		}
		if st.head() == undo.h {
			return nil, nil
		}
		return undo, nil
	})
}

// SetStepTitle renames a step; see Session.SetStepTitle.
func SetStepTitle(id, title string) Edit {
	return changeHead(id, func(s *Session) error { return s.SetStepTitle(id, title) })
}

// SetTimebox sets a step's planned minutes; see Session.SetTimebox.
func SetTimebox(id string, minutes int) Edit {
	return changeHead(id, func(s *Session) error { return s.SetTimebox(id, minutes) })
}

// SetStepDone marks a step done or not done.
func SetStepDone(id string, done bool) Edit {
	return changeHead(id, func(s *Session) error { s.Step(id).Done = done; return nil })
}

// SetStepKind changes the kind of an empty step; see Session.SetStepKind.
func SetStepKind(id string, kind StepKind) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		st, err := s.findStep(id)
		if err != nil {
			return nil, err
		}
		undo := putKind{id, st.Kind, st.Values, st.Load, st.Reflection, st.Belonging}
		if err := s.SetStepKind(id, kind); err != nil {
			return nil, err
		}
		if st.Kind == undo.kind {
			return nil, nil
		}
		return undo, nil
	})
}

// AddStep appends a step of the given kind to the agenda.
func AddStep(kind StepKind, title string, minutes int) Edit {
	return InsertStep(-1, kind, title, minutes)
}

// InsertStep adds a step at index at of the agenda (see
// Session.InsertStep); a negative at appends it.
func InsertStep(at int, kind StepKind, title string, minutes int) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		if !slices.Contains(StepKinds, kind) {
			return nil, fmt.Errorf(tr("%q is not a kind of step"), kind)
		}
		if minutes < 0 || minutes > MaxTimebox {
			return nil, fmt.Errorf(tr("a timebox is 0 to %d minutes"), MaxTimebox)
		}
		if at < 0 {
			at = len(s.Steps)
		}
		return added[Step](stepsIn{}, s.InsertStep(at, kind, title, minutes)), nil
	})
}

// RemoveStep takes a step, and what it recorded, off the agenda; undoing
// it links the actions that came from it again.
func RemoveStep(id string) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		if s.Step(id) == nil {
			return nil, fmt.Errorf(tr("no step %q"), id)
		}
		undo := batch{takeSlot(stepsIn{}, s.Steps, id)}
		for _, a := range s.Actions {
			if a.Step == id {
				undo = append(undo, takeSlot(actionsIn{}, s.Actions, a.ID))
			}
		}
		s.RemoveStep(id)
		return undo, nil
	})
}

// MoveStep moves the step at index from to index to.
func MoveStep(from, to int) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		return reordered(s, stepsIn{}, func() error { s.MoveStep(from, to); return nil })
	})
}

// Participants.

// AddParticipant adds a person to the roster; see Session.AddParticipant.
func AddParticipant(name string) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		p, err := s.AddParticipant(name)
		if err != nil {
			return nil, err
		}
		return added[Participant](participantsIn{}, p.ID), nil
	})
}

// PasteParticipants adds one participant per line of text (see
// Session.PasteParticipants) and tells report, when it is not nil, which
// names it added and which it skipped.
func PasteParticipants(text string, report func(added, skipped []string)) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		before := len(s.Participants)
		names, skipped := s.PasteParticipants(text)
		if report != nil {
			report(names, skipped)
		}
		var undo batch
		for _, p := range s.Participants[before:] {
			undo = append(undo, added[Participant](participantsIn{}, p.ID))
		}
		if len(undo) == 0 {
			return nil, nil
		}
		return undo, nil
	})
}

// ApplyRoster carries out a plan made by Session.PlanRoster (see
// Session.ApplyRoster) and tells report, when it is not nil, the IDs of
// the people added. Undoing it takes them out, puts back what the people
// updated had, and the belonging links it dropped.
func ApplyRoster(plan RosterPlan, report func(added []string)) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		undo := takeLinks(s)
		for _, u := range plan.Update {
			if s.Participant(u.ID) != nil {
				undo = append(undo, takeSlot(participantsIn{}, s.Participants, u.ID))
			}
		}
		ids := s.ApplyRoster(plan)
		if report != nil {
			report(ids)
		}
		for _, id := range ids {
			undo = append(undo, added[Participant](participantsIn{}, id))
		}
		return undo, nil
	})
}

// SetParticipantDetails changes a participant's role, team and level (see
// Session.SetDetails) and tells report, when it is not nil, how many
// belonging links went because two linked people are now on one level.
func SetParticipantDetails(id, role, team, level string, report func(droppedLinks int)) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		if s.Participant(id) == nil {
			return nil, fmt.Errorf(tr("no participant %q"), id)
		}
		undo := append(takeLinks(s), takeSlot(participantsIn{}, s.Participants, id))
		dropped, err := s.SetDetails(id, role, team, level)
		if err != nil {
			return nil, err
		}
		if report != nil {
			report(dropped)
		}
		return undo, nil
	})
}

// RenameParticipant renames a participant; see Session.RenameParticipant.
func RenameParticipant(id, name string) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		return change(s, participantsIn{}, id, func(*Participant) error { return s.RenameParticipant(id, name) })
	})
}

// MoveParticipant moves the participant at index from to index to.
func MoveParticipant(from, to int) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		return reordered(s, participantsIn{}, func() error { s.MoveParticipant(from, to); return nil })
	})
}

// RemoveParticipant takes a participant and their responses out of the
// session, and turns what they owned into text of their name (see
// Session.RemoveParticipant). Undoing it brings back the participant, each
// response where it was, and the links of what they owned.
func RemoveParticipant(id string) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		if s.Participant(id) == nil {
			return nil, fmt.Errorf(tr("no participant %q"), id)
		}
		// Everything RemoveParticipant changes, kept as it is: the
		// participant, their responses, the records they own and their
		// belonging links.
		undo := append(batch{takeSlot(participantsIn{}, s.Participants, id)}, takeLinks(s)...)
		for _, st := range s.Steps {
			if st.Values == nil {
				continue
			}
			for _, v := range st.Values.Values {
				if v.Response(id) != nil {
					undo = append(undo, takeSlot(responsesIn{st.ID, v.ID}, v.Responses, id))
				}
			}
		}
		for _, a := range s.Actions {
			if a.Owner.Participant == id {
				undo = append(undo, takeSlot(actionsIn{}, s.Actions, a.ID))
			}
		}
		for _, st := range s.Steps {
			if st.Load == nil {
				continue
			}
			for _, it := range st.Load.Items {
				if it.Owner.Participant == id || it.DecisionOwner.Participant == id {
					undo = append(undo, takeSlot(itemsIn{st.ID}, st.Load.Items, it.ID))
				}
			}
		}
		s.RemoveParticipant(id)
		return undo, nil
	})
}

// Values.

// SetScale switches a values exercise to another scale; see
// ValuesExercise.SetScale. Undoing it brings back the answers it dropped.
func SetScale(step, scale string) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		e, err := s.valuesOf(step)
		if err != nil {
			return nil, err
		}
		if e.Scale == scale {
			return nil, nil
		}
		sc, err := ScaleByID(scale)
		if err != nil {
			return nil, err
		}
		undo := batch{takeRound(step, e)}
		for _, v := range e.Values {
			if dropsOff(&sc, &v) {
				// SetScale gives the value new responses and deletes from its
				// tally in place: keep the old list and a copy of the tally.
				undo = append(undo, putAnswers{step, v.ID, v.Responses, cloneTally(v.Tally)})
			}
		}
		if _, err := e.SetScale(scale); err != nil {
			return nil, err
		}
		return undo, nil
	})
}

// dropsOff reports whether v holds an answer at a level sc lacks.
func dropsOff(sc *Scale, v *Value) bool {
	for _, r := range v.Responses {
		if sc.Level(r.Level) == nil {
			return true
		}
	}
	for l := range v.Tally {
		if sc.Level(l) == nil {
			return true
		}
	}
	return false
}

// SetPass sets the rule that decides whether a value passes; nil goes
// back to the scale's own.
func SetPass(step string, rule *PassRule) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		e, err := s.valuesOf(step)
		if err != nil {
			return nil, err
		}
		var pass *PassRule
		if rule != nil {
			sc := e.ScaleOrDefault()
			for _, l := range rule.FailAt {
				if sc.Level(l) == nil {
					return nil, fmt.Errorf(tr("%d is not a level of %s"), l, sc.Name)
				}
			}
			pass = &PassRule{FailAt: slices.Clone(rule.FailAt)}
		}
		if (pass == nil) == (e.Pass == nil) && (pass == nil || slices.Equal(pass.FailAt, e.Pass.FailAt)) {
			return nil, nil
		}
		undo := takeRound(step, e)
		e.Pass = pass
		return undo, nil
	})
}

// SetMode switches a values exercise between named responses and a count
// of hands. Both are kept; the results show the mode's.
func SetMode(step string, mode Mode) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		e, err := s.valuesOf(step)
		if err != nil {
			return nil, err
		}
		if !slices.Contains(Modes, mode) {
			return nil, fmt.Errorf(tr("%q is not a way to record answers"), mode)
		}
		if e.Mode == mode {
			return nil, nil
		}
		undo := takeRound(step, e)
		e.Mode = mode
		return undo, nil
	})
}

// AddValue appends a value to a values exercise; see
// ValuesExercise.AddValue.
func AddValue(step, name, description string) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		e, err := s.valuesOf(step)
		if err != nil {
			return nil, err
		}
		v, err := e.AddValue(name, description)
		if err != nil {
			return nil, err
		}
		return added[Value](valuesIn{step}, v.ID), nil
	})
}

// EditValue renames and redescribes a value; see ValuesExercise.EditValue.
func EditValue(step, id, name, description string) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		e, err := s.valuesOf(step)
		if err != nil {
			return nil, err
		}
		v := e.Value(id)
		if v == nil {
			return nil, errors.New(tr("the value is gone"))
		}
		undo := putValueHead{step, id, v.Name, v.Description}
		if err := e.EditValue(id, name, description); err != nil {
			return nil, err
		}
		if v.Name == undo.name && v.Description == undo.description {
			return nil, nil
		}
		return undo, nil
	})
}

// RemoveValue takes a value and every answer to it out of the exercise;
// undoing it puts them back where they were.
func RemoveValue(step, id string) Edit {
	return editFunc(func(s *Session) (Edit, error) { return removed(s, valuesIn{step}, id) })
}

// SetResponse records a level for a participant on a value, keeping their
// commitment and note if they had answered (see Value.SetResponse). It is
// the edit of the values round, made once a key press: it keeps only that
// one response to undo.
func SetResponse(step, value, participant string, level int) Edit {
	return setResponse{step, value, participant, level}
}

type setResponse struct {
	step, value, participant string
	level                    int
}

func (e setResponse) apply(s *Session) (Edit, error) {
	v, err := s.valueOf(e.step, e.value)
	if err != nil {
		return nil, err
	}
	if s.Participant(e.participant) == nil {
		return nil, fmt.Errorf(tr("no participant %q"), e.participant)
	}
	undo := takeSlot(responsesIn{e.step, e.value}, v.Responses, e.participant)
	if undo.there && undo.val.Level == e.level {
		return nil, nil
	}
	v.SetResponse(e.participant, e.level)
	return undo, nil
}

// ChangeResponse edits a participant's response on a value through f
// (their commitment, their note); they must have answered.
func ChangeResponse(step, value, participant string, f func(r *Response) error) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		return change(s, responsesIn{step, value}, participant, f)
	})
}

// ClearResponse takes a participant's response off a value.
func ClearResponse(step, value, participant string) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		return removed(s, responsesIn{step, value}, participant)
	})
}

// AddHand adds delta hands at a level of a value's tally; see
// Value.AddHand.
func AddHand(step, value string, level, delta int) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		v, err := s.valueOf(step, value)
		if err != nil {
			return nil, err
		}
		undo := putHands{step, value, level, v.Tally[level], v.Tally == nil}
		v.AddHand(level, delta)
		if v.Tally[level] == undo.n {
			if undo.noTally && len(v.Tally) == 0 {
				v.Tally = nil
			}
			return nil, nil
		}
		return undo, nil
	})
}

// Load inventories.

// changeLoad edits an inventory's team, unit or capacity through f.
func changeLoad(step string, f func(e *LoadExercise) error) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		e, err := s.loadOf(step)
		if err != nil {
			return nil, err
		}
		undo := takeLoadHead(step, e)
		if err := f(e); err != nil {
			return nil, err
		}
		if takeLoadHead(step, e) == undo {
			return nil, nil
		}
		return undo, nil
	})
}

// SetTeam names the team whose load the inventory is.
func SetTeam(step, team string) Edit {
	return changeLoad(step, func(e *LoadExercise) error { e.Team = team; return nil })
}

// SetUnit changes what loads are counted in; see LoadExercise.SetUnit.
func SetUnit(step string, u Unit) Edit {
	return changeLoad(step, func(e *LoadExercise) error { return e.SetUnit(u) })
}

// SetCapacity sets what the team says it can carry; see
// LoadExercise.SetCapacity.
func SetCapacity(step string, v float64) Edit {
	return changeLoad(step, func(e *LoadExercise) error { return e.SetCapacity(v) })
}

// AddItem appends a load item, owned by owner (which may be zero).
func AddItem(step, name string, owner Owner) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		e, err := s.loadOf(step)
		if err != nil {
			return nil, err
		}
		it := e.AddItem(name)
		it.Owner = owner
		return added[LoadItem](itemsIn{step}, it.ID), nil
	})
}

// DuplicateItem copies a load item right after it; see
// LoadExercise.DuplicateItem.
func DuplicateItem(step, id string) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		e, err := s.loadOf(step)
		if err != nil {
			return nil, err
		}
		cp := e.DuplicateItem(id)
		if cp == nil {
			return nil, fmt.Errorf(tr("no load item %q"), id)
		}
		return added[LoadItem](itemsIn{step}, cp.ID), nil
	})
}

// RemoveItem takes a load item off the inventory; undoing it puts it back
// where it was.
func RemoveItem(step, id string) Edit {
	return editFunc(func(s *Session) (Edit, error) { return removed(s, itemsIn{step}, id) })
}

// ChangeItem edits a load item's plain fields through f: its name, owner,
// origin, type, complexity, decision owner, date and note. The load, the
// decision and the target have rules of their own: SetLoad, SetDecision
// and SetTarget change them.
func ChangeItem(step, id string, f func(it *LoadItem)) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		return change(s, itemsIn{step}, id, func(it *LoadItem) error {
			load, decision, target := it.Load, it.Decision, it.Target
			f(it)
			if it.Load != load || it.Decision != decision || it.Target != target {
				return errors.New(tr("the load, decision and target of an item change through their own rules"))
			}
			return nil
		})
	})
}

// checkedItem edits a load item through one of the inventory's methods.
func checkedItem(step, id string, f func(e *LoadExercise) error) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		e, err := s.loadOf(step)
		if err != nil {
			return nil, err
		}
		return change(s, itemsIn{step}, id, func(*LoadItem) error { return f(e) })
	})
}

// SetLoad sets an item's load; see LoadExercise.SetLoad.
func SetLoad(step, id string, v float64) Edit {
	return checkedItem(step, id, func(e *LoadExercise) error { return e.SetLoad(id, v) })
}

// SetDecision records what the room decided for an item; see
// LoadExercise.SetDecision. Undoing it brings back a target it cleared.
func SetDecision(step, id string, d Decision) Edit {
	return checkedItem(step, id, func(e *LoadExercise) error { return e.SetDecision(id, d) })
}

// SetTarget sets the load an item keeps after "Do less"; see
// LoadExercise.SetTarget.
func SetTarget(step, id string, target *float64) Edit {
	return checkedItem(step, id, func(e *LoadExercise) error { return e.SetTarget(id, target) })
}

// SortItems reorders an inventory; see LoadExercise.SortItems. Undoing it
// brings back the order before.
func SortItems(step string, by ItemOrder, name func(Owner) string) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		e, err := s.loadOf(step)
		if err != nil {
			return nil, err
		}
		return reordered(s, itemsIn{step}, func() error { return e.SortItems(by, name) })
	})
}

// AddExamples adds a built-in template's example rows to a step's load
// inventory or initiative list (see LoadExercise.AddExamples) and tells
// report, when it is not nil, the IDs added.
func AddExamples(step string, x Examples, report func(added []string)) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		st, err := s.findStep(step)
		if err != nil {
			return nil, err
		}
		var undo batch
		if st.Load != nil {
			ids := st.Load.AddExamples(x.Items)
			for _, id := range ids {
				undo = append(undo, added[LoadItem](itemsIn{step}, id))
			}
			if report != nil {
				report(ids)
			}
		}
		if st.Reflection != nil {
			ids := st.Reflection.AddExamples(x.Initiatives)
			for _, id := range ids {
				undo = append(undo, added[Initiative](initiativesIn{step}, id))
			}
			if report != nil {
				report(ids)
			}
		}
		if len(undo) == 0 {
			return nil, nil
		}
		return undo, nil
	})
}

// Reflections.

// AddInitiative appends an initiative to a reflection.
func AddInitiative(step, name string) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		e, err := s.reflectionOf(step)
		if err != nil {
			return nil, err
		}
		return added[Initiative](initiativesIn{step}, e.AddInitiative(name).ID), nil
	})
}

// RemoveInitiative takes an initiative off the reflection; undoing it puts
// it back where it was.
func RemoveInitiative(step, id string) Edit {
	return editFunc(func(s *Session) (Edit, error) { return removed(s, initiativesIn{step}, id) })
}

// ChangeInitiative edits an initiative through f. Closeness and layers
// stay within their limits.
func ChangeInitiative(step, id string, f func(in *Initiative)) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		return change(s, initiativesIn{step}, id, func(in *Initiative) error {
			f(in)
			switch {
			case in.Closeness < 0 || in.Closeness > MaxCloseness:
				return fmt.Errorf(tr("closeness runs from 1 to %d"), MaxCloseness)
			case in.Layers < 0 || in.Layers > MaxLayers:
				return fmt.Errorf(tr("layers run from 0 to %d"), MaxLayers)
			}
			return nil
		})
	})
}

// Actions.

// AddAction records an action; see Session.AddAction.
func AddAction(text string, owner Owner, due, step string) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		a, err := s.AddAction(text, owner, due, step)
		if err != nil {
			return nil, err
		}
		return added[Action](actionsIn{}, a.ID), nil
	})
}

// ChangeAction edits an action through f, which may refuse. An action
// keeps a description.
func ChangeAction(id string, f func(a *Action) error) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		return change(s, actionsIn{}, id, func(a *Action) error {
			if err := f(a); err != nil {
				return err
			}
			if strings.TrimSpace(a.Text) == "" {
				return errors.New(tr("an action needs a description"))
			}
			return nil
		})
	})
}

// RemoveAction takes an action off the list; undoing it puts it back where
// it was.
func RemoveAction(id string) Edit {
	return editFunc(func(s *Session) (Edit, error) { return removed(s, actionsIn{}, id) })
}
