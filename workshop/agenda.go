package workshop

import (
	"errors"
	"fmt"
	"strings"
)

// MaxStepTitle is the longest step title, in characters: a title is one
// line in the agenda and on the PDF, and a pasted paragraph is a mistake.
const MaxStepTitle = 200

// Content says in a few words what a step holds that removing it or
// changing its kind would lose: "3 values with 12 responses", "8 load
// items", "2 initiatives". It is "" for a step with nothing in it.
func (st *Step) Content() string {
	var parts []string
	if e := st.Values; e != nil && len(e.Values) > 0 {
		n := 0
		for _, v := range e.Values {
			n += len(v.Responses)
			for _, hands := range v.Tally {
				n += hands
			}
		}
		p := countOf(len(e.Values), tr("%d value"), tr("%d values"))
		if n > 0 {
			p = fmt.Sprintf(tr("%s with %s"), p, countOf(n, tr("%d answer"), tr("%d answers")))
		}
		parts = append(parts, p)
	}
	if e := st.Load; e != nil && len(e.Items) > 0 {
		parts = append(parts, countOf(len(e.Items), tr("%d load item"), tr("%d load items")))
	}
	if e := st.Reflection; e != nil && len(e.Initiatives) > 0 {
		parts = append(parts, countOf(len(e.Initiatives), tr("%d initiative"), tr("%d initiatives")))
	}
	if e := st.Belonging; e != nil {
		if n := len(e.Links); n > 0 {
			parts = append(parts, countOf(n, tr("%d link"), tr("%d links")))
		}
		if n := len(e.Counts); n > 0 {
			parts = append(parts, countOf(n, tr("%d count"), tr("%d counts")))
		}
		if n := len(e.Changes); n > 0 {
			parts = append(parts, countOf(n, tr("%d planned change"), tr("%d planned changes")))
		}
	}
	if st.UsedSeconds > 0 {
		parts = append(parts, tr("time used"))
	}
	return strings.Join(parts, ", ")
}

// SetStepKind changes the kind of a step that holds nothing (see
// Content), giving it the new kind's empty exercise.
func (s *Session) SetStepKind(id string, kind StepKind) error {
	st := s.Step(id)
	if st == nil {
		return fmt.Errorf(tr("no step %q"), id)
	}
	if _, ok := StepKindTerms.Term(kind); !ok {
		return fmt.Errorf(tr("no kind of step %q"), kind)
	}
	if st.Kind == kind {
		return nil
	}
	if c := st.Content(); c != "" {
		return fmt.Errorf(tr("%q holds %s; its kind can change only while it is empty"), st.Title, c)
	}
	fresh := Step{Kind: kind}
	fresh.addExercise()
	st.Kind, st.Values, st.Load, st.Reflection, st.Belonging = kind, fresh.Values, fresh.Load, fresh.Reflection, fresh.Belonging
	return nil
}

// EnsureExercise gives a step of an exercise kind its empty exercise when
// it has none. Loading and AddStep already do; screens call it for a
// session built in code some other way.
func (st *Step) EnsureExercise() {
	if st.Values == nil && st.Load == nil && st.Reflection == nil && st.Belonging == nil {
		st.addExercise()
	}
}

// addExercise gives a step of an exercise kind its empty exercise.
func (st *Step) addExercise() {
	switch st.Kind {
	case StepValues:
		st.Values = &ValuesExercise{Scale: GradientsOfAgreement, Mode: ModeNamed, Values: []Value{}}
	case StepLoad:
		st.Load = &LoadExercise{Unit: UnitPoints, Items: []LoadItem{}}
	case StepReflection:
		st.Reflection = &ReflectionExercise{Initiatives: []Initiative{}}
	case StepBelonging:
		st.Belonging = &BelongingExercise{Levels: []string{}, Mode: ModeNamed}
	}
}

// SetStepTitle renames a step; a title is needed, on one line.
func (s *Session) SetStepTitle(id, title string) error {
	st := s.Step(id)
	if st == nil {
		return fmt.Errorf(tr("no step %q"), id)
	}
	title = strings.Join(strings.Fields(title), " ")
	switch {
	case title == "":
		return errors.New(tr("a step needs a title"))
	case len([]rune(title)) > MaxStepTitle:
		return fmt.Errorf(tr("a step title has at most %d characters"), MaxStepTitle)
	}
	st.Title = title
	return nil
}

// SetTimebox sets a step's planned minutes, 0 (untimed) to MaxTimebox.
func (s *Session) SetTimebox(id string, minutes int) error {
	st := s.Step(id)
	if st == nil {
		return fmt.Errorf(tr("no step %q"), id)
	}
	if minutes < 0 || minutes > MaxTimebox {
		return fmt.Errorf(tr("a timebox is 0 to %d minutes"), MaxTimebox)
	}
	st.Timebox = minutes
	return nil
}

// InsertStep adds a step at index at (clamped to the agenda) and returns
// its ID.
func (s *Session) InsertStep(at int, kind StepKind, title string, minutes int) string {
	id := s.AddStep(kind, title, minutes).ID
	at = max(0, min(at, len(s.Steps)-1))
	s.MoveStep(len(s.Steps)-1, at)
	return id
}

// StepIndex returns the index of the step with that ID, or -1.
func (s *Session) StepIndex(id string) int {
	for i := range s.Steps {
		if s.Steps[i].ID == id {
			return i
		}
	}
	return -1
}

// countOf is a count and its noun: "1 value", "3 values"; one and many
// are translated formats of the count ("%d value", "%d values").
func countOf(n int, one, many string) string {
	return fmt.Sprintf(Plural(n, one, many), n)
}
