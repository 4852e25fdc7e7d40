package workshop

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// A series is the sessions of one recurring workshop: a quarterly offsite, a
// yearly values check. Its sessions share a series ID that no file name or
// folder enters into, and each follow-up links to the session it follows.

// Errors about series, wrapped with detail; match them with errors.Is.
var (
	// ErrNoDate: a session in a series needs the day it took place.
	ErrNoDate = newError("the session has no date")
	// ErrNoSeries: a session records neither a series nor when it was
	// created, so its follow-ups could not find it again.
	ErrNoSeries = newError("the session belongs to no series")
	// ErrOtherSeries: sessions of different series were put together.
	ErrOtherSeries = newError("sessions of different series")
	// ErrSameDate: two sessions of a series share a date, so their order
	// is unknown.
	ErrSameDate = newError("two sessions of the series share a date")
	// ErrPreviousMissing: the previous session is not where its link says,
	// nor beside the follow-up.
	ErrPreviousMissing = newError("the previous session was not found")
	// ErrSeriesGap: a session the others follow is not among them.
	ErrSeriesGap = newError("a session of the series is missing")
)

// seriesError is a sentence about a series that matches its kind with
// errors.Is: the sentence reads whole, without the kind's own words in
// front of it.
type seriesError struct {
	kind error
	msg  string
}

func (e *seriesError) Error() string { return e.msg }
func (e *seriesError) Unwrap() error { return e.kind }

func seriesErr(kind error, format string, args ...any) error {
	return &seriesError{kind: kind, msg: fmt.Sprintf(format, args...)}
}

// PreviousLink is a follow-up's link to the session it follows: the day
// it took place and, as a hint only, its title and where its file was.
// The session itself is the one of the same series on that date.
type PreviousLink struct {
	Date  string `json:"date"`
	Title string `json:"title,omitempty"`
	Path  string `json:"path,omitempty"`
}

// NewSeriesID makes a series ID: 16 random hexadecimal digits.
func NewSeriesID() string {
	var b [8]byte
	_, _ = rand.Read(b[:]) // never fails (see crypto/rand.Read)
	return hex.EncodeToString(b[:])
}

// SeriesID is the series the session belongs to: its series field, or,
// for a session written before series existed, one derived from when it was
// created, which never changes; "" when it records neither.
func (s *Session) SeriesID() string {
	if s.Series != "" {
		return s.Series
	}
	if s.Created.IsZero() {
		return ""
	}
	return "created-" + s.Created.UTC().Format("20060102T150405Z")
}

// describeSession names a session in a message: its file, or its title.
func describeSession(s *Session, name string) string {
	if name != "" {
		return name
	}
	if t := strings.TrimSpace(s.Title); t != "" {
		return fmt.Sprintf("%q", t)
	}
	return tr("the session")
}

// Review step defaults for a follow-up that has no "Since last time" step.
const (
	ReviewTitle   = "Since last time"
	ReviewMinutes = 15
	ReviewPrompt  = "Go through what the room agreed last time: mark each action done, carried on or dropped. Then look at what changed: the values, the load and the initiatives."
)

// FollowUp starts the next session of prev's series, dated date
// (YYYY-MM-DD; today when ""), which must come after prev's. prevPath is
// where prev's file is, kept in the link as a hint. The follow-up has:
//   - the same participants and values (same IDs), without responses;
//   - the load inventory as the decisions left it: stopped items gone,
//     deferred ones back and marked DeferredLastTime, "less" ones at their
//     load after the decision, and no decisions;
//   - the initiatives where they were placed;
//   - every open action, carried over with the date it was agreed on;
//   - a "Since last time" step first (prev's own, if it had one, stays
//     where it was).
//
// prev is not changed.
func FollowUp(prev *Session, prevPath string, now time.Time, date string) (*Session, error) {
	if strings.TrimSpace(prev.Date) == "" {
		return nil, seriesErr(ErrNoDate, tr("%s has no date: give it the day it took place before making its follow-up"), describeSession(prev, ""))
	}
	series := prev.SeriesID()
	if series == "" {
		return nil, seriesErr(ErrNoSeries, tr("%s records neither a series nor when it was created, so its follow-ups could not find it"), describeSession(prev, ""))
	}
	if date == "" {
		date = now.Format("2006-01-02")
	}
	if _, err := time.Parse("2006-01-02", date); err != nil {
		return nil, fmt.Errorf(tr("%q is not a date like 2026-03-31"), date)
	}
	if date <= prev.Date {
		return nil, seriesErr(ErrSameDate, tr("a follow-up dated %s cannot follow the session of %s: give it a later date"), date, prev.Date)
	}
	s := prev.Clone()
	stamp := now.UTC().Truncate(time.Second)
	s.Created, s.Modified = stamp, stamp
	s.Date, s.Notes = date, ""
	s.Series = series
	link := &PreviousLink{Date: prev.Date, Title: prev.Title}
	if prevPath != "" {
		if abs, err := filepath.Abs(prevPath); err == nil {
			link.Path = abs
		} else {
			link.Path = prevPath
		}
	}
	s.Previous = link
	review := -1
	for i := range s.Steps {
		st := &s.Steps[i]
		st.Done, st.UsedSeconds = false, 0
		if st.Kind == StepReview && review < 0 {
			review = i
		}
		if e := st.Values; e != nil {
			for j := range e.Values {
				e.Values[j].Responses, e.Values[j].Tally = nil, nil
			}
		}
		if e := st.Load; e != nil {
			e.Items = baseline(e.Items)
		}
		if e := st.Belonging; e != nil {
			// The relationships are measured afresh, as values are.
			e.Links, e.Counts = nil, nil
		}
	}
	if review < 0 {
		id := nextID("s", func(yield func(string) bool) {
			for _, st := range s.Steps {
				if !yield(st.ID) {
					return
				}
			}
		})
		s.Steps = slices.Insert(s.Steps, 0, Step{ID: id, Kind: StepReview, Title: trText(ReviewTitle), Prompt: trText(ReviewPrompt), Timebox: ReviewMinutes})
	}
	carried := make([]Action, 0, len(s.Actions))
	for _, a := range s.Actions {
		if !a.Open() {
			continue
		}
		if a.CarriedFrom == "" {
			a.CarriedFrom = prev.Date
		}
		carried = append(carried, a)
	}
	s.Actions = carried
	return s, nil
}

// baseline is a load inventory after its decisions, as the next session
// starts from it.
func baseline(items []LoadItem) []LoadItem {
	out := items[:0]
	for _, it := range items {
		switch it.Decision {
		case DecisionStop:
			continue
		case DecisionLess:
			it.Load = it.LoadAfter()
		}
		it.DeferredLastTime = it.Decision == DecisionDefer
		it.Decision, it.Target, it.DecisionOwner, it.DecisionDate = DecisionNone, nil, Owner{}, ""
		out = append(out, it)
	}
	return out
}

// LocatePrevious finds the session s follows: at the link's path, or, when
// that file is gone or is another session, a file of the same name beside
// path (s's own file, "" if it has none), as when both were moved
// together. A file counts only when it is of s's series and dated as the
// link says; nothing else is taken for it. It returns nil and no error
// when s follows no session, and the file it read otherwise.
func LocatePrevious(s *Session, path string) (*Session, string, error) {
	link := s.Previous
	if link == nil {
		return nil, "", nil
	}
	var candidates []string
	if link.Path != "" {
		p := link.Path
		if !filepath.IsAbs(p) && path != "" {
			p = filepath.Join(filepath.Dir(path), p)
		}
		candidates = append(candidates, p)
		if path != "" {
			beside := filepath.Join(filepath.Dir(path), filepath.Base(link.Path))
			if filepath.Clean(beside) != filepath.Clean(p) {
				candidates = append(candidates, beside)
			}
		}
	}
	what := describePrevious(link)
	var notes []string
	for _, c := range candidates {
		if err := CheckRegular(c); err != nil {
			continue
		}
		prev, err := LoadFile(c)
		if err != nil {
			return nil, c, fmt.Errorf(tr("%s could not be read: %w"), what, err)
		}
		switch {
		case prev.SeriesID() != s.SeriesID():
			notes = append(notes, fmt.Sprintf(tr("%s belongs to another series"), c))
		case prev.Date != link.Date:
			notes = append(notes, fmt.Sprintf(tr("%s is the session of %s"), c, dateOrNone(prev.Date)))
		default:
			return prev, c, nil
		}
	}
	var msg string
	switch {
	case link.Path == "":
		msg = fmt.Sprintf(tr("%s has no file recorded"), what)
	case len(notes) > 0:
		msg = fmt.Sprintf(tr("%s is not at %s: %s"), what, link.Path, strings.Join(notes, "; "))
	default:
		msg = fmt.Sprintf(tr("%s is no longer at %s: it may have been moved, renamed or deleted"), what, link.Path)
	}
	return nil, "", &seriesError{kind: ErrPreviousMissing, msg: msg}
}

// describePrevious names the session a link points to: "the previous
// session, "Spring workshop" of 2026-04-14".
func describePrevious(l *PreviousLink) string {
	if t := strings.TrimSpace(l.Title); t != "" {
		return fmt.Sprintf(tr("the previous session, %q of %s,"), t, l.Date)
	}
	return fmt.Sprintf(tr("the previous session, of %s,"), l.Date)
}

func dateOrNone(d string) string {
	if d == "" {
		return tr("no date")
	}
	return d
}

// SetPreviousPath records where the session s follows was found, for a
// link whose file moved; undoing it puts the old path back.
func SetPreviousPath(path string) Edit {
	return editFunc(func(s *Session) (Edit, error) {
		if s.Previous == nil {
			return nil, errors.New(tr("this session follows no other"))
		}
		old := s.Previous.Path
		if old == path {
			return nil, nil
		}
		s.Previous.Path = path
		return SetPreviousPath(old), nil
	})
}

// SetOutcome marks what became of a carried action: done, dropped, or
// neither (carried on). Undoing it puts the marks back as they were.
func SetOutcome(id string, done, dropped bool) Edit {
	return ChangeAction(id, func(a *Action) error {
		a.Done, a.Dropped = done, dropped
		return nil
	})
}
