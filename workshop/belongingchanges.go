package workshop

import (
	"fmt"
	"slices"
)

// The edits of a belonging map, made through a History like the others
// (see changes.go): each returns what takes it back. A relationship added
// or removed keeps only that relationship and its place in the list; the
// levels, mode, show of hands and planned changes, all small, are kept
// whole.

func (s *Session) belongingOf(step string) (*BelongingExercise, error) {
	st, err := s.findStep(step)
	if err != nil {
		return nil, err
	}
	if st.Belonging == nil {
		return nil, fmt.Errorf(tr("step %q has no belonging map"), step)
	}
	return st.Belonging, nil
}

// LinkPeople records that who could say no to, or ask for help from, whom
// (see BelongingExercise.AddLink).
func LinkPeople(step, who, whom string) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		e, err := s.belongingOf(step)
		if err != nil {
			return nil, err
		}
		if err := e.AddLink(s, who, whom); err != nil {
			return nil, err
		}
		return putLink{step: step, link: e.Links[len(e.Links)-1], at: len(e.Links) - 1}, nil
	})
}

// UnlinkPeople removes the relationship between two people, either way
// round; undoing it puts it back where it was in the list.
func UnlinkPeople(step, a, b string) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		e, err := s.belongingOf(step)
		if err != nil {
			return nil, err
		}
		i := slices.IndexFunc(e.Links, func(l BelongingLink) bool {
			return (l.Who == a && l.Whom == b) || (l.Who == b && l.Whom == a)
		})
		if i < 0 {
			return nil, fmt.Errorf(tr("%s and %s are not linked"), a, b)
		}
		undo := putLink{step: step, link: e.Links[i], at: i, back: true}
		e.Links = slices.Delete(e.Links, i, i+1)
		return undo, nil
	})
}

// putLink takes a relationship out of a map (back false), or puts it back
// at its place in the list (back true).
type putLink struct {
	step string
	link BelongingLink
	at   int
	back bool
}

func (m putLink) apply(s *Session) (Edit, error) {
	e, err := s.belongingOf(m.step)
	if err != nil {
		return nil, err
	}
	if m.back {
		at := min(m.at, len(e.Links))
		e.Links = slices.Insert(e.Links, at, m.link)
		return putLink{step: m.step, link: m.link, at: at}, nil
	}
	i := slices.Index(e.Links, m.link)
	if i < 0 {
		return nil, fmt.Errorf(tr("%s and %s are not linked"), m.link.Who, m.link.Whom)
	}
	e.Links = slices.Delete(e.Links, i, i+1)
	return putLink{step: m.step, link: m.link, at: i, back: true}, nil
}

// belongingHead is a map but its links: what ChangeBelonging changes.
type belongingHead struct {
	levels  []string
	mode    Mode
	counts  []LevelPairCount
	changes []PlannedChange
}

func takeBelongingHead(e *BelongingExercise) belongingHead {
	c := e.clone()
	return belongingHead{c.Levels, c.Mode, c.Counts, c.Changes}
}

func (h belongingHead) equal(o belongingHead) bool {
	return slices.Equal(h.levels, o.levels) && h.mode == o.mode && slices.Equal(h.counts, o.counts) &&
		slices.EqualFunc(h.changes, o.changes, func(a, b PlannedChange) bool {
			return a.ID == b.ID && a.Name == b.Name && a.Weeks == b.Weeks && a.Source == b.Source && slices.Equal(a.Levels, b.Levels)
		})
}

// putBelongingHead puts a map's levels, mode, counts and changes back.
type putBelongingHead struct {
	step string
	head belongingHead
}

func (m putBelongingHead) apply(s *Session) (Edit, error) {
	e, err := s.belongingOf(m.step)
	if err != nil {
		return nil, err
	}
	now := putBelongingHead{m.step, belongingHead{e.Levels, e.Mode, e.Counts, e.Changes}}
	c := (&BelongingExercise{Levels: m.head.levels, Mode: m.head.mode, Counts: m.head.counts, Changes: m.head.changes}).clone()
	e.Levels, e.Mode, e.Counts, e.Changes = c.Levels, c.Mode, c.Counts, c.Changes
	return now, nil
}

// covers lets counts typed into one field make one step to undo.
func (m putBelongingHead) covers(later Edit) bool {
	o, ok := later.(putBelongingHead)
	return ok && o.step == m.step
}

// ChangeBelonging changes a map's levels, mode, show of hands or planned
// changes through f, with the map's own methods (SetLevels, SetCount,
// AddChange...); f must leave the links as they are. When f fails, the
// map is left as it was.
func ChangeBelonging(step string, f func(e *BelongingExercise) error) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		e, err := s.belongingOf(step)
		if err != nil {
			return nil, err
		}
		before := takeBelongingHead(e)
		if err := f(e); err != nil {
			putBelongingHead{step, before}.apply(s)
			return nil, err
		}
		if takeBelongingHead(e).equal(before) {
			return nil, nil
		}
		return putBelongingHead{step, before}, nil
	})
}

// RenameBelongingLevel renames a level of a map, and everything that names
// it (see Session.RenameLevel), telling report, when it is not nil, how
// many links went. Undoing it puts back every map it touched and every
// participant on the level.
func RenameBelongingLevel(step, from, to string, report func(dropped int)) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		e, err := s.belongingOf(step)
		if err != nil {
			return nil, err
		}
		undo := takeLinks(s)
		for _, st := range s.Steps {
			if st.Belonging != nil {
				undo = append(undo, putBelongingHead{st.ID, takeBelongingHead(st.Belonging)})
			}
		}
		old := ""
		if i := e.LevelIndex(from); i >= 0 {
			old = e.Levels[i]
		}
		for _, p := range s.Participants {
			if old != "" && SameName(p.Level, old) {
				undo = append(undo, takeSlot(participantsIn{}, s.Participants, p.ID))
			}
		}
		dropped, err := s.RenameLevel(e, from, to)
		if err != nil {
			return nil, err
		}
		if report != nil {
			report(dropped)
		}
		return undo, nil
	})
}
