package workshop

import (
	"slices"
	"sort"
	"strings"
)

// OwnerActions is one owner's open actions.
type OwnerActions struct {
	Owner   Owner  // zero for actions nobody owns yet
	Key     string // the owner's identity, as OwnerKey gives it; "" for nobody
	Name    string // the name shown for the owner; "" for nobody
	Actions []*Action
}

// OpenActionsByOwner groups the actions not done by owner identity: a
// participant's actions stay together under their current name, whether
// they are linked by ID or were typed as their name (see OwnerMatcher).
// Owners are sorted by name with the unowned last, each owner's actions by
// due date (undated last).
func (s *Session) OpenActionsByOwner() []OwnerActions {
	ix := newOwnerIndex(s.Participants)
	idx := map[string]int{}
	var out []OwnerActions
	for i := range s.Actions {
		a := &s.Actions[i]
		if !a.Open() {
			continue
		}
		key, name, p := ix.identity(a.Owner)
		j, ok := idx[key]
		if !ok {
			j = len(out)
			idx[key] = j
			o := a.Owner
			if p != nil {
				o = ParticipantOwner(p.ID)
			}
			out = append(out, OwnerActions{Owner: o, Key: key, Name: name})
		}
		out[j].Actions = append(out[j].Actions, a)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if (out[i].Key == "") != (out[j].Key == "") {
			return out[j].Key == ""
		}
		if out[i].Name != out[j].Name {
			return out[i].Name < out[j].Name
		}
		return out[i].Key < out[j].Key
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

// Owners lists the names of the distinct action owners, sorted, for a
// filter; see OwnerChoices for their identities.
func (s *Session) Owners() []string {
	var out []string
	for _, c := range s.OwnerChoices() {
		out = append(out, c.Name)
	}
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

// OpenActions lists the actions neither done nor dropped.
func (s *Session) OpenActions() []*Action {
	var out []*Action
	for i := range s.Actions {
		if s.Actions[i].Open() {
			out = append(out, &s.Actions[i])
		}
	}
	return out
}
