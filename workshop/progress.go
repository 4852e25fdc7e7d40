package workshop

// Progress is where an agenda step stands, as the agenda and the step's
// heading say it.
type Progress int

// The stages of a step, in the order it goes through them.
const (
	NotStarted Progress = iota
	InProgress          // the room's work shows in it, and it is not marked done
	Finished            // marked done
)

// Label is the stage in words.
func (p Progress) Label() string {
	switch p {
	case InProgress:
		return tr("in progress")
	case Finished:
		return tr("done")
	}
	return tr("not started")
}

// Progress says where the step with that ID stands: done once marked so,
// in progress while it holds work the room did, not started before.
func (s *Session) Progress(stepID string) Progress {
	st := s.Step(stepID)
	switch {
	case st == nil:
		return NotStarted
	case st.Done:
		return Finished
	case s.HasWork(stepID):
		return InProgress
	}
	return NotStarted
}

// HasWork reports whether a step holds work the room did: time on its
// clock, answers or hands on a value, load items, initiatives, links,
// counts or planned changes across levels, or actions taken from it. What
// a step is prepared with (values to vote on, the levels) is not work. The
// session's notes are shared by every step without an exercise, so they
// make none of them started.
func (s *Session) HasWork(stepID string) bool {
	st := s.Step(stepID)
	if st == nil {
		return false
	}
	if st.UsedSeconds > 0 {
		return true
	}
	if st.Values != nil {
		for i := range st.Values.Values {
			if v := &st.Values.Values[i]; len(v.Responses) > 0 || v.Hands() > 0 {
				return true
			}
		}
	}
	if st.Load != nil && len(st.Load.Items) > 0 {
		return true
	}
	if st.Reflection != nil && len(st.Reflection.Initiatives) > 0 {
		return true
	}
	if b := st.Belonging; b != nil && len(b.Links)+len(b.Counts)+len(b.Changes) > 0 {
		return true
	}
	for _, a := range s.Actions {
		if a.Step == stepID {
			return true
		}
	}
	return false
}
