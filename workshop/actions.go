package workshop

import (
	"slices"
	"sort"
	"strings"
)

// OwnerActions is one owner's open actions.
type OwnerActions struct {
	Owner   string // "" for actions nobody owns yet
	Actions []*Action
}

// OpenActionsByOwner groups the actions not done by owner, owners sorted by
// name with the unowned last, each owner's actions by due date (undated last).
func (s *Session) OpenActionsByOwner() []OwnerActions {
	idx := map[string]int{}
	var out []OwnerActions
	for i := range s.Actions {
		a := &s.Actions[i]
		if a.Done {
			continue
		}
		j, ok := idx[a.Owner]
		if !ok {
			j = len(out)
			idx[a.Owner] = j
			out = append(out, OwnerActions{Owner: a.Owner})
		}
		out[j].Actions = append(out[j].Actions, a)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if (out[i].Owner == "") != (out[j].Owner == "") {
			return out[j].Owner == ""
		}
		return out[i].Owner < out[j].Owner
	})
	for _, o := range out {
		sort.SliceStable(o.Actions, func(i, j int) bool {
			a, b := o.Actions[i].Due, o.Actions[j].Due
			if (a == "") != (b == "") {
				return b == ""
			}
			return a < b
		})
	}
	return out
}

// Owners lists the distinct action owners, sorted, for a filter.
func (s *Session) Owners() []string {
	seen := map[string]bool{}
	var out []string
	for _, a := range s.Actions {
		if a.Owner != "" && !seen[a.Owner] {
			seen[a.Owner] = true
			out = append(out, a.Owner)
		}
	}
	sort.Strings(out)
	return out
}

// SortActionsByDue orders actions by due date (undated last), then by
// text as key gives it (the anonymous summary passes the scrubbed text).
// Summaries without owners use this order: grouping by owner, or sorting by
// a name, would show a reader who took on what.
func SortActionsByDue(list []*Action, key func(string) string) {
	slices.SortStableFunc(list, func(a, b *Action) int {
		if (a.Due == "") != (b.Due == "") {
			if a.Due == "" {
				return 1
			}
			return -1
		}
		if c := strings.Compare(a.Due, b.Due); c != 0 {
			return c
		}
		return strings.Compare(key(a.Text), key(b.Text))
	})
}

// OpenActions lists the actions not done yet.
func (s *Session) OpenActions() []*Action {
	var out []*Action
	for i := range s.Actions {
		if !s.Actions[i].Done {
			out = append(out, &s.Actions[i])
		}
	}
	return out
}
