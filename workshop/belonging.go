package workshop

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// The speed of belonging: change meets resistance when it moves faster
// than the relationships between the levels of a hierarchy, the ones in
// which someone can say no to, ask for help from, or raise a concern with
// a person above or below them. Such relationships are common within a
// level and rare across levels. The exercise maps them, finds the rungs of
// the ladder that no relationship crosses, and checks the pace of the
// changes the session plans against them.

// StepBelonging is a step that maps belonging relationships across levels.
const StepBelonging StepKind = "belonging"

// BelongingExercise is the map of relationships across levels.
type BelongingExercise struct {
	// Levels are the hierarchy's levels, from the top down. Participants
	// are placed on a level by their Level field.
	Levels []string `json:"levels"`
	// Mode is ModeNamed (links between named people) or ModeTally (counts
	// per pair of levels, for rooms where naming people is unsafe).
	Mode  Mode            `json:"mode"`
	Links []BelongingLink `json:"links,omitempty"`
	// Counts are the show of hands: how many people at one level have
	// someone at another they could say no to or ask for help.
	Counts  []LevelPairCount `json:"counts,omitempty"`
	Changes []PlannedChange  `json:"changes,omitempty"`
}

// BelongingLink is a relationship across levels: Who, asked in turn, named
// Whom as someone they could say no to or ask for help. A relationship
// counts for both people.
type BelongingLink struct {
	Who  string `json:"who"`  // participant ID
	Whom string `json:"whom"` // participant ID
}

// LevelPairCount is how many people at level From have someone at level To
// they could say no to or ask for help.
type LevelPairCount struct {
	From  string `json:"from"`
	To    string `json:"to"`
	Count int    `json:"count"`
}

// PlannedChange is a change the session plans, with the levels it touches
// and how many weeks it is meant to take to land.
type PlannedChange struct {
	ID     string   `json:"id"`
	Name   string   `json:"name"`
	Levels []string `json:"levels"`
	Weeks  int      `json:"weeks,omitempty"`
	// Source is where the change came from: "initiative:ID" (a scale-up
	// decision), "load:ID" (a stop or less decision), or "" when typed in.
	Source string `json:"source,omitempty"`
}

// Limits of the exercise, used by validation and the screens.
const (
	MaxLevels       = 12
	MaxLevelName    = 80
	MaxChangeWeeks  = 520
	MaxBelongingRow = 10000 // links, counts or changes in one exercise
)

// LevelIndex returns the position of a level name (compared as names are,
// see SameName), or -1.
func (e *BelongingExercise) LevelIndex(name string) int {
	for i, l := range e.Levels {
		if SameName(l, name) {
			return i
		}
	}
	return -1
}

// SetLevels replaces the list of levels, top first. Names are trimmed and
// must be distinct; a level that goes takes its counts with it, and leaves
// the planned changes that touched it. Participants keep their Level as
// typed: on a level that went, they are on no level of this map.
func (e *BelongingExercise) SetLevels(levels []string) error {
	var out []string
	for _, l := range levels {
		l = tidy(l)
		if l == "" {
			continue
		}
		if len([]rune(l)) > MaxLevelName {
			return fmt.Errorf(tr("a level name has at most %d characters"), MaxLevelName)
		}
		for _, o := range out {
			if SameName(o, l) {
				return fmt.Errorf(tr("%q is on the list twice"), l)
			}
		}
		out = append(out, l)
	}
	if len(out) > MaxLevels {
		return fmt.Errorf(tr("at most %d levels"), MaxLevels)
	}
	e.Levels = out
	e.Counts = slices.DeleteFunc(e.Counts, func(c LevelPairCount) bool {
		return e.LevelIndex(c.From) < 0 || e.LevelIndex(c.To) < 0
	})
	for i := range e.Changes {
		e.Changes[i].Levels = slices.DeleteFunc(e.Changes[i].Levels, func(l string) bool { return e.LevelIndex(l) < 0 })
	}
	return nil
}

// RenameLevel renames a level of e, and with it everything that names the
// level: the participants on it (their Level field, which every step
// shares), the show of hands and the planned changes, in e and in any other
// belonging step of the session that lists the level under its old name.
// The new name must not be another level of e. It returns how many links
// went because two linked people are now on the same level (possible when
// someone was on a level of that name the exercise did not list).
func (s *Session) RenameLevel(e *BelongingExercise, from, to string) (dropped int, err error) {
	i := e.LevelIndex(from)
	if i < 0 {
		return 0, fmt.Errorf(tr("%q is not one of the levels"), from)
	}
	to = tidy(to)
	switch {
	case to == "":
		return 0, errors.New(tr("a level needs a name"))
	case len([]rune(to)) > MaxLevelName:
		return 0, fmt.Errorf(tr("a level name has at most %d characters"), MaxLevelName)
	}
	if j := e.LevelIndex(to); j >= 0 && j != i {
		return 0, fmt.Errorf(tr("%q is already a level"), to)
	}
	old := e.Levels[i]
	for k := range s.Steps {
		x := s.Steps[k].Belonging
		if x == nil || (x != e && (x.LevelIndex(old) < 0 || x.LevelIndex(to) >= 0)) {
			continue
		}
		x.renameLevel(old, to)
	}
	for k := range s.Participants {
		if SameName(s.Participants[k].Level, old) {
			s.Participants[k].Level = to
		}
	}
	return s.dropSameLevelLinks(), nil
}

// renameLevel renames a level in the list, the counts and the changes.
func (e *BelongingExercise) renameLevel(old, to string) {
	e.Levels[e.LevelIndex(old)] = to
	for k := range e.Counts {
		c := &e.Counts[k]
		if SameName(c.From, old) {
			c.From = to
		}
		if SameName(c.To, old) {
			c.To = to
		}
	}
	for k := range e.Changes {
		for j, l := range e.Changes[k].Levels {
			if SameName(l, old) {
				e.Changes[k].Levels[j] = to
			}
		}
	}
}

// levelOf is the index of the participant's level in the exercise, or -1.
func (e *BelongingExercise) levelOf(s *Session, id string) int {
	p := s.Participant(id)
	if p == nil {
		return -1
	}
	return e.LevelIndex(p.Level)
}

// AddLink records that who could say no to, or ask for help from, whom.
// Both must be on different levels; the same pair twice (either way round)
// is refused.
func (e *BelongingExercise) AddLink(s *Session, who, whom string) error {
	if who == whom {
		return errors.New(tr("a person cannot be linked to themselves"))
	}
	a, b := s.Participant(who), s.Participant(whom)
	if a == nil || b == nil {
		return errors.New(tr("both people must be in the room"))
	}
	la, lb := e.LevelIndex(a.Level), e.LevelIndex(b.Level)
	switch {
	case la < 0:
		return fmt.Errorf(tr("%s is on no level yet"), a.Name)
	case lb < 0:
		return fmt.Errorf(tr("%s is on no level yet"), b.Name)
	case la == lb:
		return fmt.Errorf(tr("%s and %s are on the same level; the map is of links across levels"), a.Name, b.Name)
	}
	if e.HasLink(who, whom) {
		return fmt.Errorf(tr("%s and %s are already linked"), a.Name, b.Name)
	}
	if len(e.Links) >= MaxBelongingRow {
		return fmt.Errorf(tr("at most %d links"), MaxBelongingRow)
	}
	e.Links = append(e.Links, BelongingLink{Who: who, Whom: whom})
	return nil
}

// HasLink reports whether two people are linked, either way round.
func (e *BelongingExercise) HasLink(a, b string) bool {
	for _, l := range e.Links {
		if (l.Who == a && l.Whom == b) || (l.Who == b && l.Whom == a) {
			return true
		}
	}
	return false
}

// RemoveLink removes the link between two people, either way round.
func (e *BelongingExercise) RemoveLink(a, b string) bool {
	n := len(e.Links)
	e.Links = slices.DeleteFunc(e.Links, func(l BelongingLink) bool {
		return (l.Who == a && l.Whom == b) || (l.Who == b && l.Whom == a)
	})
	return len(e.Links) != n
}

// LinksOf lists the people linked to id, in the order the links were made.
func (e *BelongingExercise) LinksOf(id string) []string {
	var out []string
	for _, l := range e.Links {
		switch id {
		case l.Who:
			out = append(out, l.Whom)
		case l.Whom:
			out = append(out, l.Who)
		}
	}
	return out
}

// SetCount records a show of hands: n people at level from have someone at
// level to. Zero removes the count.
func (e *BelongingExercise) SetCount(from, to string, n int) error {
	fi, ti := e.LevelIndex(from), e.LevelIndex(to)
	switch {
	case fi < 0 || ti < 0:
		return errors.New(tr("both levels must be on the list"))
	case fi == ti:
		return errors.New(tr("a count is between two different levels"))
	case n < 0 || n > MaxBelongingRow:
		return fmt.Errorf(tr("a count is 0 to %d"), MaxBelongingRow)
	}
	from, to = e.Levels[fi], e.Levels[ti]
	for i, c := range e.Counts {
		if c.From == from && c.To == to {
			if n == 0 {
				e.Counts = slices.Delete(e.Counts, i, i+1)
			} else {
				e.Counts[i].Count = n
			}
			return nil
		}
	}
	if n > 0 {
		e.Counts = append(e.Counts, LevelPairCount{From: from, To: to, Count: n})
	}
	return nil
}

// Count is the show of hands for a pair of levels (0 when none).
func (e *BelongingExercise) Count(from, to string) int {
	for _, c := range e.Counts {
		if SameName(c.From, from) && SameName(c.To, to) {
			return c.Count
		}
	}
	return 0
}

// changeFields checks a planned change's name, levels and weeks, and
// returns the name tidied and the levels as the list spells them.
func (e *BelongingExercise) changeFields(name string, levels []string, weeks int) (string, []string, error) {
	name = tidy(name)
	if name == "" {
		return "", nil, errors.New(tr("a change needs a name"))
	}
	if weeks < 0 || weeks > MaxChangeWeeks {
		return "", nil, fmt.Errorf(tr("a change lands in 0 to %d weeks"), MaxChangeWeeks)
	}
	var lv []string
	for _, l := range levels {
		i := e.LevelIndex(l)
		if i < 0 {
			return "", nil, fmt.Errorf(tr("%q is not one of the levels"), l)
		}
		if !slices.Contains(lv, e.Levels[i]) {
			lv = append(lv, e.Levels[i])
		}
	}
	return name, lv, nil
}

// AddChange adds a planned change and returns it.
func (e *BelongingExercise) AddChange(name string, levels []string, weeks int, source string) (*PlannedChange, error) {
	name, lv, err := e.changeFields(name, levels, weeks)
	if err != nil {
		return nil, err
	}
	id := nextID("c", func(yield func(string) bool) {
		for _, c := range e.Changes {
			if !yield(c.ID) {
				return
			}
		}
	})
	e.Changes = append(e.Changes, PlannedChange{ID: id, Name: name, Levels: lv, Weeks: weeks, Source: source})
	return &e.Changes[len(e.Changes)-1], nil
}

// EditChange changes a planned change's name, levels and weeks; where it
// came from stays.
func (e *BelongingExercise) EditChange(id, name string, levels []string, weeks int) error {
	i := slices.IndexFunc(e.Changes, func(c PlannedChange) bool { return c.ID == id })
	if i < 0 {
		return fmt.Errorf(tr("no planned change %q"), id)
	}
	name, lv, err := e.changeFields(name, levels, weeks)
	if err != nil {
		return err
	}
	c := &e.Changes[i]
	c.Name, c.Levels, c.Weeks = name, lv, weeks
	return nil
}

// RemoveChange removes a planned change.
func (e *BelongingExercise) RemoveChange(id string) {
	e.Changes = slices.DeleteFunc(e.Changes, func(c PlannedChange) bool { return c.ID == id })
}

// SuggestedChanges lists the changes the session's other steps plan and
// the exercise does not list yet: scale-up decisions in a reflection, and
// stop or less decisions in a load inventory. Their levels are for the
// facilitator to say.
func (s *Session) SuggestedChanges(e *BelongingExercise) []PlannedChange {
	listed := map[string]bool{}
	for _, c := range e.Changes {
		if c.Source != "" {
			listed[c.Source] = true
		}
	}
	var out []PlannedChange
	add := func(source, name string) {
		if !listed[source] && strings.TrimSpace(name) != "" {
			out = append(out, PlannedChange{Name: name, Source: source})
		}
	}
	for _, st := range s.Steps {
		if r := st.Reflection; r != nil {
			for _, in := range r.Initiatives {
				if in.Direction == DirectionUp {
					add("initiative:"+in.ID, in.Name)
				}
			}
		}
		if l := st.Load; l != nil {
			for _, it := range l.Items {
				switch it.Decision {
				case DecisionStop:
					add("load:"+it.ID, fmt.Sprintf(tr("Stop: %s"), it.Name))
				case DecisionLess:
					add("load:"+it.ID, fmt.Sprintf(tr("Less: %s"), it.Name))
				}
			}
		}
	}
	return out
}

// check validates the exercise against the session's participants.
func (e *BelongingExercise) check(c *checker, at *loc, s *Session) {
	if len(e.Levels) > MaxLevels {
		c.addf(at.field("levels"), tr("at most %d levels, got %d"), MaxLevels, len(e.Levels))
	}
	for i, l := range e.Levels {
		lp := at.field("levels").at(i)
		switch {
		case strings.TrimSpace(l) == "":
			c.add(lp, tr("empty level name"))
		case len([]rune(l)) > MaxLevelName:
			c.addf(lp, tr("a level name has at most %d characters"), MaxLevelName)
		case e.LevelIndex(l) != i:
			c.addf(lp, tr("level %q is listed twice"), l)
		}
	}
	oneOf(c, at.field("mode"), e.Mode, Modes)
	for name, n := range map[string]int{"links": len(e.Links), "counts": len(e.Counts), "changes": len(e.Changes)} {
		if n > MaxBelongingRow {
			c.addf(at.field(name), tr("at most %d, got %d"), MaxBelongingRow, n)
		}
	}
	if len(e.Links) <= MaxBelongingRow {
		e.checkLinks(c, at, s)
	}
	seen := map[[2]int]bool{}
	for i, n := range e.Counts {
		cp := at.field("counts").at(i)
		fi, ti := e.LevelIndex(n.From), e.LevelIndex(n.To)
		switch {
		case fi < 0:
			c.addf(cp.field("from"), tr("%q is not one of the levels"), n.From)
		case ti < 0:
			c.addf(cp.field("to"), tr("%q is not one of the levels"), n.To)
		case fi == ti:
			c.add(cp, tr("a count is between two different levels"))
		case seen[[2]int{fi, ti}]:
			c.addf(cp, tr("the pair %q to %q is counted twice"), n.From, n.To)
		}
		seen[[2]int{fi, ti}] = true
		if n.Count < 0 || n.Count > MaxBelongingRow {
			c.addf(cp.field("count"), tr("must be between 0 and %d, got %d"), MaxBelongingRow, n.Count)
		}
	}
	ids := map[string]*loc{}
	for i, ch := range e.Changes {
		cp := at.field("changes").at(i)
		if ch.ID == "" {
			c.add(cp.field("id"), tr("missing"))
		} else {
			c.unique(ids, ch.ID, cp.field("id"), "change id")
		}
		if strings.TrimSpace(ch.Name) == "" {
			c.add(cp.field("name"), tr("missing"))
		}
		if ch.Weeks < 0 || ch.Weeks > MaxChangeWeeks {
			c.addf(cp.field("weeks"), tr("must be between 0 and %d, got %d"), MaxChangeWeeks, ch.Weeks)
		}
		for j, l := range ch.Levels {
			if e.LevelIndex(l) < 0 {
				c.addf(cp.field("levels").at(j), tr("%q is not one of the levels"), l)
			}
		}
	}
}

func (e *BelongingExercise) checkLinks(c *checker, at *loc, s *Session) {
	pairs := map[[2]string]bool{}
	for i, l := range e.Links {
		lp := at.field("links").at(i)
		a, b := s.Participant(l.Who), s.Participant(l.Whom)
		switch {
		case a == nil:
			c.addf(lp.field("who"), tr("unknown participant %q"), l.Who)
			continue
		case b == nil:
			c.addf(lp.field("whom"), tr("unknown participant %q"), l.Whom)
			continue
		case l.Who == l.Whom:
			c.add(lp, tr("a person cannot be linked to themselves"))
			continue
		}
		key := [2]string{min(l.Who, l.Whom), max(l.Who, l.Whom)}
		if pairs[key] {
			c.addf(lp, tr("%s and %s are linked twice"), a.Name, b.Name)
		}
		pairs[key] = true
		if la, lb := e.LevelIndex(a.Level), e.LevelIndex(b.Level); la >= 0 && la == lb {
			c.addf(lp, tr("%s and %s are on the same level; links are across levels"), a.Name, b.Name)
		}
	}
}

func (e *BelongingExercise) clone() *BelongingExercise {
	c := *e
	c.Levels = slices.Clone(e.Levels)
	c.Links = slices.Clone(e.Links)
	c.Counts = slices.Clone(e.Counts)
	c.Changes = slices.Clone(e.Changes)
	for i := range c.Changes {
		c.Changes[i].Levels = slices.Clone(e.Changes[i].Levels)
	}
	return &c
}

// dropSameLevelLinks removes links between people who are now on the same
// level (a participant moved), which the map does not hold, and returns
// how many went.
func (s *Session) dropSameLevelLinks() int {
	n := 0
	for i := range s.Steps {
		e := s.Steps[i].Belonging
		if e == nil {
			continue
		}
		before := len(e.Links)
		e.Links = slices.DeleteFunc(e.Links, func(l BelongingLink) bool {
			a, b := e.levelOf(s, l.Who), e.levelOf(s, l.Whom)
			return a >= 0 && a == b
		})
		n += before - len(e.Links)
	}
	return n
}
