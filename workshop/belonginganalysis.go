package workshop

import (
	"fmt"
	"strings"
)

// BelongingResult is the analysis of a belonging map.
type BelongingResult struct {
	Levels []string
	// People lists the participants on each level, by index.
	People [][]string
	// Unplaced are participants on none of the exercise's levels.
	Unplaced []string
	// Matrix[i][j] counts links between levels i and j: relationships in
	// named mode (symmetric), people at i with someone at j in a show of
	// hands (not symmetric).
	Matrix [][]int
	// Isolated are placed people with no link outside their own level
	// (named mode only).
	Isolated []string
	// BrokenRungs lists each i for which no link joins level i and level
	// i+1.
	BrokenRungs []int
	// Up[i] and Down[i] are the shares (0 to 1) of level i's people with a
	// link to a level above or below; -1 where it does not apply (nothing
	// above the top, nothing below the bottom, nobody on the level). In a
	// show of hands they are lower bounds: the largest count toward one
	// level, over the people on the level.
	Up, Down []float64
	// Across[i] is the share of level i's people with any link across.
	Across  []float64
	Changes []ChangeCheck
	Mode    Mode
}

// ChangeCheck is the pace check of one planned change.
type ChangeCheck struct {
	Change PlannedChange
	// TooFast is true when the change is faster than belonging: it crosses
	// a broken rung, or touches a level where fewer than half the people
	// have a link across.
	TooFast bool
	// Rungs are the broken rungs it crosses; Thin the touched levels
	// (indexes) where fewer than half have a link across.
	Rungs, Thin []int
	// Advice says what to do, in plain words.
	Advice string
}

// AnalyseBelonging maps the exercise against the session's roster.
func AnalyseBelonging(s *Session, e *BelongingExercise) BelongingResult {
	n := len(e.Levels)
	r := BelongingResult{Levels: e.Levels, Mode: e.Mode, People: make([][]string, n), Matrix: make([][]int, n)}
	for i := range r.Matrix {
		r.Matrix[i] = make([]int, n)
	}
	level := make(map[string]int, len(s.Participants))
	for _, p := range s.Participants {
		i := e.LevelIndex(p.Level)
		level[p.ID] = i
		if i < 0 {
			r.Unplaced = append(r.Unplaced, p.ID)
			continue
		}
		r.People[i] = append(r.People[i], p.ID)
	}
	up, down := make([]map[string]bool, n), make([]map[string]bool, n)
	for i := range up {
		up[i], down[i] = map[string]bool{}, map[string]bool{}
	}
	if e.Mode == ModeTally {
		for _, c := range e.Counts {
			fi, ti := e.LevelIndex(c.From), e.LevelIndex(c.To)
			if fi >= 0 && ti >= 0 && fi != ti {
				r.Matrix[fi][ti] += c.Count
			}
		}
	} else {
		for _, l := range e.Links {
			a, okA := level[l.Who]
			b, okB := level[l.Whom]
			if !okA || !okB || a < 0 || b < 0 || a == b {
				continue // someone left the room or the levels
			}
			r.Matrix[a][b]++
			r.Matrix[b][a]++
			// Level 0 is the top: a smaller index is above.
			if b < a {
				up[a][l.Who], down[b][l.Whom] = true, true
			} else {
				down[a][l.Who], up[b][l.Whom] = true, true
			}
		}
	}
	for i := 0; i+1 < n; i++ {
		if r.Matrix[i][i+1] == 0 && r.Matrix[i+1][i] == 0 {
			r.BrokenRungs = append(r.BrokenRungs, i)
		}
	}
	r.Up, r.Down, r.Across = make([]float64, n), make([]float64, n), make([]float64, n)
	for i := range n {
		people := len(r.People[i])
		r.Up[i], r.Down[i], r.Across[i] = -1, -1, -1
		if people == 0 {
			continue
		}
		if e.Mode == ModeTally {
			bu, bd := 0, 0
			for j := range n {
				if j < i {
					bu = max(bu, r.Matrix[i][j])
				} else if j > i {
					bd = max(bd, r.Matrix[i][j])
				}
			}
			if i > 0 {
				r.Up[i] = min(1, float64(bu)/float64(people))
			}
			if i < n-1 {
				r.Down[i] = min(1, float64(bd)/float64(people))
			}
			r.Across[i] = min(1, float64(max(bu, bd))/float64(people))
			continue
		}
		across := 0
		for _, id := range r.People[i] {
			if up[i][id] || down[i][id] {
				across++
			} else {
				r.Isolated = append(r.Isolated, id)
			}
		}
		if i > 0 {
			r.Up[i] = float64(len(up[i])) / float64(people)
		}
		if i < n-1 {
			r.Down[i] = float64(len(down[i])) / float64(people)
		}
		r.Across[i] = float64(across) / float64(people)
	}
	for _, c := range e.Changes {
		r.Changes = append(r.Changes, r.check(e, c))
	}
	return r
}

// check is the pace check of one change.
func (r *BelongingResult) check(e *BelongingExercise, c PlannedChange) ChangeCheck {
	out := ChangeCheck{Change: c}
	lo, hi := len(e.Levels), -1
	for _, l := range c.Levels {
		i := e.LevelIndex(l)
		if i < 0 {
			continue
		}
		lo, hi = min(lo, i), max(hi, i)
		if a := r.Across[i]; a >= 0 && a < 0.5 {
			out.Thin = append(out.Thin, i)
		}
	}
	for _, k := range r.BrokenRungs {
		if k >= lo && k < hi {
			out.Rungs = append(out.Rungs, k)
		}
	}
	out.TooFast = len(out.Rungs) > 0 || len(out.Thin) > 0
	out.Advice = r.advice(out)
	return out
}

// advice says in plain words what a facilitator can do about a change.
func (r *BelongingResult) advice(c ChangeCheck) string {
	if !c.TooFast {
		if len(c.Change.Levels) < 2 {
			return tr("Within belonging: it stays on one level, where relationships are.")
		}
		return tr("Within belonging: every rung it crosses has relationships, and most people on its levels have someone across.")
	}
	var why []string
	for _, k := range c.Rungs {
		why = append(why, fmt.Sprintf(tr("nobody between %s and %s has a relationship across"), r.Levels[k], r.Levels[k+1]))
	}
	for _, i := range c.Thin {
		why = append(why, fmt.Sprintf(tr("fewer than half the people on the %s level have someone on another level"), r.Levels[i]))
	}
	pace := tr("Slow it down")
	if c.Change.Weeks > 0 {
		pace = fmt.Sprintf(tr("Give it longer than %s"), countOf(c.Change.Weeks, tr("%d week"), tr("%d weeks")))
	}
	return fmt.Sprintf(tr("Faster than belonging: %s. %s, or build the relationships first: pair people across those levels, hold skip-level conversations, and let people ask for help before the change asks them to."),
		strings.Join(why, tr("; ")), pace)
}
