// Package report turns a session into what its readers see: the PDF
// summary (full, anonymous, or one person's sheet), the summary screen and
// the projector's results. It works out every sentence, table and chart
// figure once, from workshop's analysis and workshop's words for stored
// codes, and applies the anonymity policy once (see anon.go): renderers
// draw the blocks meant for their medium and add no words of their own.
//
// A report is a list of sections; a section is a heading and a list of
// blocks. Each block says which media show it: the printed summary is
// thorough (tables of every item, the appendix of every response), the
// summary screen brief, and the projector shows one step's result at a
// time, in few words at large type.
package report

import (
	"errors"
	"fmt"
	"time"

	"scaleroom/workshop"
)

// Privacy says whom a report may name.
type Privacy int

const (
	// Named shows everyone's name: the facilitator's own record.
	Named Privacy = iota
	// Unattributed ties nothing to a person: no one's answer, ownership or
	// warning is shown under their name, but text people typed is shown as
	// they typed it. It is the projector with names off: the room wrote
	// that text and reads it together.
	Unattributed
	// Anonymous is for a document that leaves the room: Unattributed, with
	// every part of every name replaced in free text, notes shown only
	// unattributed, and no order that comes from the people (see anon.go).
	Anonymous
)

// Options choose what a report shows.
type Options struct {
	Privacy Privacy
	// Participant is the ID of the participant whose personal sheet to
	// build, or their name (matched as workshop.Session.FindParticipant
	// does); empty for the whole session.
	Participant string
	// NoNotes leaves out what people said in their own words: reservation
	// notes, load item notes and the session's notes.
	NoNotes bool
	// Previous is the session this one follows (see
	// workshop.LocatePrevious), for the "Since last time" section; nil for
	// a session that follows none, or when it could not be read, and
	// PreviousProblem then says why in a sentence.
	Previous        *workshop.Session
	PreviousProblem string
	// Series adds the trends across a series, this session among its
	// sessions, before the appendix; nil for none.
	Series *workshop.Series
}

// ErrUnknownParticipant is returned for a personal sheet whose reader is not
// in the session; match it with errors.Is.
var ErrUnknownParticipant = errors.New("unknown participant")

// Medium is where a block is shown, as a set.
type Medium uint8

const (
	Print  Medium = 1 << iota // the PDF
	Screen                    // the summary screen
	Room                      // the projector

	everywhere = Print | Screen | Room
)

// Report is a session's summary, ready to render.
type Report struct {
	// Title is the session's title as the report may show it, possibly
	// empty; Cover says "Untitled workshop" instead.
	Title string
	// Variant names the report: "Workshop summary", "Personal sheet for
	// Ana Lima"...
	Variant string
	// Date is the workshop's date as the reader writes it, for page
	// footers: "24 November 2026", or the text typed when it is not a date.
	Date string
	// Author is who the document says wrote it: the facilitator, or
	// "Scaleroom" when they may not be named.
	Author string
	// Stamp is when the session last changed, for the document's
	// properties; zero when unknown or not to be shown.
	Stamp time.Time
	// Sheet is set for a personal sheet.
	Sheet    bool
	Sections []Section
}

// Section is a heading and what it heads. Level 0 starts a part of the
// document (a new page in print); 1 to 3 are headings within one. A
// section with no title has no heading.
type Section struct {
	// ID addresses the section: a step's ID for the step's result, or one
	// of the fixed IDs below.
	ID     string
	Title  string
	Level  int
	Apart  bool // set apart from what comes before it by more room
	Blocks []Block
}

// The IDs of the sections that are not a step's.
const (
	CoverID        = "cover"
	SinceID        = "since"  // "Since last time": what changed since the previous session
	TrendsID       = "trends" // the trends across the series
	GlanceID       = "glance"
	AgendaID       = "agenda"
	ActionsID      = "actions"
	ParticipantsID = "participants"
	NotesID        = "notes"
	AppendixID     = "appendix"
	YoursID        = "yours" // a personal sheet's own actions and load items
	GroupID        = "group" // a personal sheet's "what the group decided"
)

// Section returns the section with the ID, or nil.
func (r *Report) Section(id string) *Section {
	for i := range r.Sections {
		if r.Sections[i].ID == id {
			return &r.Sections[i]
		}
	}
	return nil
}

// For returns the section's blocks shown on a medium, in order.
func (s *Section) For(m Medium) []Block {
	var out []Block
	for _, b := range s.Blocks {
		if b.Media()&m != 0 {
			out = append(out, b)
		}
	}
	return out
}

// Value returns the result of the value with the ID, or nil.
func (s *Section) Value(id string) *ValueResult {
	for _, b := range s.Blocks {
		if v, ok := b.(*ValueResult); ok && v.ID == id {
			return v
		}
	}
	return nil
}

// Build works out the report on a session: the summary of the whole
// session, or the personal sheet of opt.Participant.
func Build(s *workshop.Session, opt Options) (*Report, error) {
	if s == nil {
		return nil, errors.New("build report: no session")
	}
	v, err := newView(s, opt)
	if err != nil {
		return nil, err
	}
	r := &Report{Title: v.u(s.Title), Variant: v.variant(), Date: date(v.u(s.Date)), Author: "Scaleroom", Sheet: v.me != nil}
	if v.opt.Privacy == Named && s.Facilitator != "" {
		r.Author = s.Facilitator
	}
	r.Stamp = s.Modified
	if r.Stamp.IsZero() && v.opt.Privacy == Named {
		// A report without names never carries the creation time. Earlier
		// versions labelled people "Participant N" in an order keyed by it,
		// and those PDFs are still around: with the creation time, the
		// roster and the old code, a reader could name their labels.
		r.Stamp = s.Created
	}
	if v.me != nil {
		r.Sections = v.sheet()
	} else {
		r.Sections = v.summary()
	}
	return r, nil
}

// BuildStep works out one step's result as the summary shows it, without
// the rest of the report: the section of a values, load, reflection or
// belonging step, or for a closing step the actions. It is nil for a step without a
// result (see HasResult). opt.Participant is ignored.
func BuildStep(s *workshop.Session, opt Options, stepID string) *Section {
	if s == nil || !HasResult(s, stepID) {
		return nil
	}
	opt.Participant = ""
	v, _ := newView(s, opt) // only a participant makes it fail
	st := s.Step(stepID)
	if st.Kind == workshop.StepReview {
		sec, _ := v.since()
		return &sec
	}
	if st.Kind == workshop.StepClosing {
		sec := v.actions()
		return &sec
	}
	sec, _ := v.step(st)
	return &sec
}

// HasResult reports whether a step has a result to show the room: an
// exercise with something in it, or a closing step once actions are agreed.
// It is cheap: the projector asks on every change while the result is
// hidden.
func HasResult(s *workshop.Session, stepID string) bool {
	var st *workshop.Step
	if s != nil {
		st = s.Step(stepID)
	}
	switch {
	case st == nil:
		return false
	case st.Values != nil:
		return len(st.Values.Values) > 0
	case st.Load != nil, st.Reflection != nil:
		return true
	case st.Belonging != nil:
		return len(st.Belonging.Levels) > 0
	case st.Kind == workshop.StepReview:
		return s.Previous != nil || s.ReviewActions().Total() > 0
	}
	return st.Kind == workshop.StepClosing && len(s.Actions) > 0
}

// view is one report being built: the session, the options and what the
// privacy asks for.
type view struct {
	s    *workshop.Session
	opt  Options
	anon *anonymiser           // set for Anonymous
	me   *workshop.Participant // set for a personal sheet
	// nameLimit, when set, cuts initiative names to that many characters.
	nameLimit int
}

func newView(s *workshop.Session, opt Options) (*view, error) {
	v := &view{s: s, opt: opt}
	if opt.Participant != "" {
		v.me = s.Participant(opt.Participant)
		if v.me == nil {
			v.me = s.FindParticipant(opt.Participant)
		}
		if v.me == nil {
			return nil, &translatedError{fmt.Sprintf(tr("unknown participant %q"), opt.Participant), ErrUnknownParticipant}
		}
	}
	if opt.Privacy == Anonymous {
		others := []*workshop.Session{opt.Previous}
		if opt.Series != nil {
			others = append(others, opt.Series.Sessions...)
		}
		v.anon = newAnonymiser(s, others...)
	}
	return v, nil
}

// named says whether people may be named.
func (v *view) named() bool { return v.opt.Privacy == Named }

// notes says whether what people said in their own words is shown.
func (v *view) notes() bool { return !v.opt.NoNotes }

// u prepares text a person typed: scrubbed of names in the anonymous
// variant, as typed otherwise.
func (v *view) u(s string) string {
	if v.anon != nil {
		return v.anon.Scrub(s)
	}
	return s
}

// variant names the report. An anonymous personal sheet names no one, not
// even by a label: a label is only good for tying answers together.
func (v *view) variant() string {
	switch {
	case v.me != nil && !v.named():
		return tr("Personal sheet")
	case v.me != nil:
		return fmt.Sprintf(tr("Personal sheet for %s"), v.me.Name)
	case !v.named():
		return tr("Anonymous workshop summary")
	}
	return tr("Workshop summary")
}

// person names a participant; only named reports call it.
func (v *view) person(id string) string {
	if p := v.s.Participant(id); p != nil {
		return p.Name
	}
	return tr("Unknown participant")
}

// people names a list of participants, in the analysis' (roster) order.
func (v *view) people(ids []string) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = v.person(id)
	}
	return joinComma(names)
}
