package workshop

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Series is the sessions of one series, in date order, with the files they
// were read from ("" for a session not read from a file).
type Series struct {
	ID       string
	Sessions []*Session
	Paths    []string
}

// NewSeries puts sessions in date order as one series, refusing what
// cannot be ordered or does not belong together: sessions of different
// series, a session without a date, two on one date, and a session whose
// link names a previous session that is not among them (the first may
// follow one that is not: the series is then seen from there on). paths
// names each session in messages and may hold "" where there is no file.
func NewSeries(sessions []*Session, paths []string) (*Series, error) {
	if len(sessions) == 0 {
		return nil, errors.New(tr("no sessions to compare"))
	}
	if len(paths) < len(sessions) {
		paths = append(slices.Clone(paths), make([]string, len(sessions)-len(paths))...)
	}
	name := func(i int) string { return describeSession(sessions[i], paths[i]) }
	id := sessions[0].SeriesID()
	for i, s := range sessions {
		switch {
		case s.SeriesID() == "":
			return nil, seriesErr(ErrNoSeries, tr("%s records neither a series nor when it was created"), name(i))
		case s.SeriesID() != id:
			return nil, seriesErr(ErrOtherSeries, tr("%s and %s belong to different series: trends compare the sessions of one series"), name(0), name(i))
		case s.Date == "":
			return nil, seriesErr(ErrNoDate, tr("%s has no date, so its place in the series is unknown"), name(i))
		}
	}
	order := make([]int, len(sessions))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return strings.Compare(sessions[a].Date, sessions[b].Date) })
	sr := &Series{ID: id}
	for k, i := range order {
		if k > 0 {
			j := order[k-1]
			if sessions[i].Date == sessions[j].Date {
				return nil, seriesErr(ErrSameDate, tr("%s and %s are both dated %s, so their order is unknown: correct the date of one of them"), name(j), name(i), sessions[i].Date)
			}
			if link := sessions[i].Previous; link != nil && link.Date != sessions[j].Date {
				where := ""
				if link.Path != "" {
					where = fmt.Sprintf(tr(", last seen at %s"), link.Path)
				}
				if link.Date > sessions[j].Date {
					return nil, seriesErr(ErrSeriesGap, tr("%s follows the session of %s%s, which is missing: add its file"), name(i), link.Date, where)
				}
				return nil, seriesErr(ErrSeriesGap, tr("%s follows the session of %s%s, but %s of %s comes between them: they are not one line of sessions"), name(i), link.Date, where, name(j), sessions[j].Date)
			}
		}
		sr.Sessions = append(sr.Sessions, sessions[i])
		sr.Paths = append(sr.Paths, paths[i])
	}
	return sr, nil
}

// LoadSeries reads session files and puts them in order as one series (see
// NewSeries). A file named twice counts once.
func LoadSeries(paths []string) (*Series, error) {
	var sessions []*Session
	var names []string
	seen := map[string]bool{}
	for _, p := range paths {
		key := p
		if abs, err := filepath.Abs(p); err == nil {
			key = abs
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		s, err := LoadFile(p)
		if err != nil {
			return nil, err
		}
		sessions = append(sessions, s)
		names = append(names, p)
	}
	return NewSeries(sessions, names)
}

// SeriesFiles lists the session files in dir that belong to series id:
// files ending in .json or .scaleroom, read in name order. Files that are
// not Scaleroom sessions (another kind of JSON, a template) are passed
// over; a session file that cannot be read stops the search with its
// error, since it might belong to the series: nothing is left out
// unsaid. skip names files not to read (the open session's own).
func SeriesFiles(dir, id string, skip ...string) ([]*Session, []string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, fmt.Errorf(tr("read the folder %s: %w"), dir, err)
	}
	skipped := map[string]bool{}
	for _, p := range skip {
		if abs, err := filepath.Abs(p); err == nil {
			skipped[abs] = true
		}
	}
	var sessions []*Session
	var paths []string
	for _, e := range entries {
		ext := strings.ToLower(filepath.Ext(e.Name()))
		if e.IsDir() || (ext != ".json" && ext != ".scaleroom") || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		p := filepath.Join(dir, e.Name())
		if abs, err := filepath.Abs(p); err == nil && skipped[abs] {
			continue
		}
		if CheckRegular(p) != nil {
			continue
		}
		s, err := LoadFile(p)
		switch {
		case errors.Is(err, ErrWrongKind):
			continue
		case err != nil:
			return nil, nil, err
		case s.SeriesID() == id:
			sessions = append(sessions, s)
			paths = append(paths, p)
		}
	}
	return sessions, paths, nil
}

// ValueTrend is one value across a series: its figures in each session,
// nil where the session did not put it to the room.
type ValueTrend struct {
	Step, ID string
	Name     string // the latest name
	Points   []*ValueFigures
}

// LoadTrend is one load inventory across a series, nil where a session
// has no such step.
type LoadTrend struct {
	Step   string
	Title  string // the latest title
	Points []*LoadFigures
}

// ActionTally is what became of the actions agreed at one session, as the
// latest session that holds each of them records it.
type ActionTally struct {
	Agreed, Done, Dropped, Open int
}

// Trends are a series' figures, a column per session in date order.
type Trends struct {
	Dates   []string
	Titles  []string
	Values  []ValueTrend
	Load    []LoadTrend
	Actions []ActionTally
}

// Trends works out the series' figures. Values and load inventories are
// listed in the order they first appear. An action is followed through the
// series by the date it was agreed on and its ID (see Action.CarriedFrom):
// its state is the one in the latest session that holds it.
func (sr *Series) Trends() *Trends {
	n := len(sr.Sessions)
	t := &Trends{Actions: make([]ActionTally, n)}
	valueAt := map[exerciseKey]int{}
	loadAt := map[string]int{}
	type actionKey struct{ date, id string }
	latest := map[actionKey]*Action{}
	agreedAt := map[string]int{}
	for i, s := range sr.Sessions {
		t.Dates = append(t.Dates, s.Date)
		t.Titles = append(t.Titles, s.Title)
		agreedAt[s.Date] = i
		f := sessionFigures(s)
		for _, k := range f.valueOrder {
			j, ok := valueAt[k]
			if !ok {
				j = len(t.Values)
				valueAt[k] = j
				t.Values = append(t.Values, ValueTrend{Step: k.step, ID: k.id, Points: make([]*ValueFigures, n)})
			}
			t.Values[j].Points[i] = f.values[k]
			t.Values[j].Name = f.values[k].Name
		}
		for _, id := range f.loadOrder {
			j, ok := loadAt[id]
			if !ok {
				j = len(t.Load)
				loadAt[id] = j
				t.Load = append(t.Load, LoadTrend{Step: id, Points: make([]*LoadFigures, n)})
			}
			t.Load[j].Points[i] = f.load[id]
			t.Load[j].Title = f.load[id].Title
		}
		for k := range s.Actions {
			a := &s.Actions[k]
			date := a.CarriedFrom
			if date == "" {
				date = s.Date
			}
			latest[actionKey{date, a.ID}] = a
		}
	}
	for k, a := range latest {
		i, ok := agreedAt[k.date]
		if !ok {
			continue // agreed before the first session given
		}
		tally := &t.Actions[i]
		tally.Agreed++
		switch {
		case a.Done:
			tally.Done++
		case a.Dropped:
			tally.Dropped++
		default:
			tally.Open++
		}
	}
	return t
}
