package workshop

import (
	"fmt"
	"sort"
	"strings"
)

// The load fields' codes are typed strings: the file stores them as the
// strings below, and the types keep one field's codes out of another.

// Unit is what a load is counted in.
type Unit string

// Load units: a 1-5 rating, or hours a week.
const (
	UnitPoints Unit = "points"
	UnitHours  Unit = "hours"
)

// Origin is where a load item came from.
type Origin string

// Where a load item came from.
const (
	OriginTopDown Origin = "top-down"
	OriginLocal   Origin = "local"
)

// LoadType is a kind of cognitive load, from Team Topologies.
type LoadType string

// Load types from Team Topologies.
const (
	LoadIntrinsic  LoadType = "intrinsic"  // the skill of the work itself
	LoadExtraneous LoadType = "extraneous" // the environment: process, tooling, reporting
	LoadGermane    LoadType = "germane"    // learning the domain: the valuable kind
)

// Complexity is how complex a load item's domain is.
type Complexity string

// Domain complexity.
const (
	Simple      Complexity = "simple"
	Complicated Complexity = "complicated"
	Complex     Complexity = "complex"
)

// Decision is what the room decided to do with a load item.
type Decision string

// Decisions on a load item. The empty decision means "not decided yet".
const (
	DecisionNone  Decision = ""
	DecisionKeep  Decision = "keep"
	DecisionLess  Decision = "less"
	DecisionStop  Decision = "stop"
	DecisionDefer Decision = "defer"
)

// Choice lists for pickers and validation, in the order they are shown.
var (
	Units        = []Unit{UnitPoints, UnitHours}
	Origins      = []Origin{OriginTopDown, OriginLocal}
	LoadTypes    = []LoadType{LoadIntrinsic, LoadExtraneous, LoadGermane}
	Complexities = []Complexity{Simple, Complicated, Complex}
	Decisions    = []Decision{DecisionKeep, DecisionLess, DecisionStop, DecisionDefer}
)

// LoadExercise is the load inventory: everything a team is asked to focus on,
// against what it can carry.
type LoadExercise struct {
	Team     string     `json:"team,omitempty"`
	Unit     Unit       `json:"unit"`     // UnitPoints or UnitHours
	Capacity float64    `json:"capacity"` // in Unit; 0 means not stated
	Items    []LoadItem `json:"items"`
}

// LoadItem is one thing people are expected to focus on: an initiative, a
// ritual, a report, a tool, a meeting.
type LoadItem struct {
	ID            string     `json:"id"`
	Name          string     `json:"name"`
	Owner         Owner      `json:"owner,omitzero"` // person or team
	Origin        Origin     `json:"origin,omitempty"`
	Load          float64    `json:"load"`
	Type          LoadType   `json:"type,omitempty"`
	Complexity    Complexity `json:"complexity,omitempty"`
	Decision      Decision   `json:"decision,omitempty"`
	Target        *float64   `json:"target,omitempty"` // load after a "less" decision; half when absent
	DecisionOwner Owner      `json:"decision_owner,omitzero"`
	DecisionDate  string     `json:"decision_date,omitempty"` // YYYY-MM-DD
	Note          string     `json:"note,omitempty"`
	// DeferredLastTime marks an item a follow-up brought back because the
	// previous session deferred it.
	DeferredLastTime bool `json:"deferred_last_time,omitempty"`
}

// LoadAfter is the item's load once its decision is carried out: stopped and
// deferred items weigh nothing now, "less" goes to its target (half by
// default), and undecided items stay as they are.
func (it *LoadItem) LoadAfter() float64 {
	switch it.Decision {
	case DecisionStop, DecisionDefer:
		return 0
	case DecisionLess:
		if it.Target != nil && *it.Target < it.Load {
			return *it.Target
		}
		return it.Load / 2
	}
	return it.Load
}

// LoadWarning is one heuristic finding, in words a facilitator can read out.
type LoadWarning struct {
	Team    string // the name of the owner it concerns, or "" for the whole inventory
	Message string
}

// LoadResult is the inventory's outcome.
type LoadResult struct {
	Unit        Unit
	Capacity    float64
	Before      float64 // total load today
	After       float64 // total load once the decisions are carried out
	ByType      map[LoadType]float64
	ByTypeAfter map[LoadType]float64
	TopDown     float64 // load that came from above
	Undecided   int
	Keep        []*LoadItem
	Less        []*LoadItem
	Stop        []*LoadItem // the stop-doing list
	Defer       []*LoadItem
	Warnings    []LoadWarning
}

// OverBefore and OverAfter say whether the load exceeds a stated capacity.
func (r LoadResult) OverBefore() bool { return r.Capacity > 0 && r.Before > r.Capacity }

// OverAfter says whether the load still exceeds capacity after the decisions.
func (r LoadResult) OverAfter() bool { return r.Capacity > 0 && r.After > r.Capacity }

// extraneousShare is the share of the load above which process, tooling and
// reporting are called out: past a third, the environment costs more than
// learning does in most teams we have seen.
const extraneousShare = 1.0 / 3

// Analyse totals the inventory and applies the cognitive-load heuristics to
// what remains after the decisions. Owners are grouped, and named in the
// warnings, through the session's participants.
func (e *LoadExercise) Analyse(participants []Participant) LoadResult {
	idx := newOwnerIndex(participants)
	r := LoadResult{Unit: e.Unit, Capacity: e.Capacity, ByType: map[LoadType]float64{}, ByTypeAfter: map[LoadType]float64{}}
	for i := range e.Items {
		it := &e.Items[i]
		r.Before += it.Load
		r.After += it.LoadAfter()
		r.ByType[it.Type] += it.Load
		r.ByTypeAfter[it.Type] += it.LoadAfter()
		if it.Origin == OriginTopDown {
			r.TopDown += it.Load
		}
		switch it.Decision {
		case DecisionKeep:
			r.Keep = append(r.Keep, it)
		case DecisionLess:
			r.Less = append(r.Less, it)
		case DecisionStop:
			r.Stop = append(r.Stop, it)
		case DecisionDefer:
			r.Defer = append(r.Defer, it)
		default:
			r.Undecided++
		}
	}
	unit := e.Unit.Word()
	if r.OverBefore() {
		r.Warnings = append(r.Warnings, LoadWarning{"", fmt.Sprintf(
			tr("Today's load is %s %s against a capacity of %s: %s over."), num(r.Before), unit, num(e.Capacity), percentOver(r.Before, e.Capacity))})
	}
	if r.OverAfter() && r.Undecided < len(e.Items) {
		r.Warnings = append(r.Warnings, LoadWarning{"", fmt.Sprintf(
			tr("Even after the decisions the load is %s %s, above the capacity of %s: more has to go."), num(r.After), unit, num(e.Capacity))})
	}
	if r.After > 0 && r.ByTypeAfter[LoadExtraneous] > r.After*extraneousShare {
		r.Warnings = append(r.Warnings, LoadWarning{"", fmt.Sprintf(
			tr("Extraneous load (process, tooling, reporting) is %s of what remains: look there first for things to stop."),
			percent(r.ByTypeAfter[LoadExtraneous], r.After))})
	}
	r.Warnings = append(r.Warnings, e.domainWarnings(idx)...)
	for _, it := range append(append(append([]*LoadItem{}, r.Less...), r.Stop...), r.Defer...) {
		if it.DecisionOwner.IsZero() {
			_, owner, _ := idx.identity(it.Owner)
			r.Warnings = append(r.Warnings, LoadWarning{owner, fmt.Sprintf(
				tr("%q is marked %q but nobody owns the decision."), it.Name, it.Decision.Label())})
		}
	}
	return r
}

// domainWarnings applies the Team Topologies heuristics per owner, to the
// items that remain: a complex domain takes a team's whole attention, two
// complicated domains are too many, and more than three simple ones are.
// Owners are told apart by identity (a participant however their name was
// written, or the same text), so a rename never splits or merges a tally.
func (e *LoadExercise) domainWarnings(idx *ownerIndex) []LoadWarning {
	type tally struct {
		name                         string
		simple, complicated, complex []string
	}
	byOwner := map[string]*tally{}
	for i := range e.Items {
		it := &e.Items[i]
		if it.Decision == DecisionStop || it.Decision == DecisionDefer {
			continue
		}
		owner := it.Owner
		if owner.IsZero() {
			owner = NamedOwner(e.Team)
		}
		key, name, _ := idx.identity(owner)
		t := byOwner[key]
		if t == nil {
			t = &tally{name: name}
			byOwner[key] = t
		}
		switch it.Complexity {
		case Simple:
			t.simple = append(t.simple, it.Name)
		case Complicated:
			t.complicated = append(t.complicated, it.Name)
		case Complex:
			t.complex = append(t.complex, it.Name)
		}
	}
	owners := make([]string, 0, len(byOwner))
	for k := range byOwner {
		owners = append(owners, k)
	}
	// By name, as the room reads them; the key only breaks ties.
	sort.Slice(owners, func(i, j int) bool {
		a, b := byOwner[owners[i]], byOwner[owners[j]]
		if a.name != b.name {
			return a.name < b.name
		}
		return owners[i] < owners[j]
	})
	var out []LoadWarning
	for _, k := range owners {
		t := byOwner[k]
		o := t.name
		who := o
		if who == "" {
			who = tr("The team")
		}
		// The other items are the ones that are not complex: counting the
		// complex ones again said "3 complex and 2 others" of 3 items.
		others := len(t.simple) + len(t.complicated)
		if n := len(t.complex); n > 1 || (n == 1 && others > 0) {
			what := tr("a complex domain")
			if n > 1 {
				what = fmt.Sprintf(tr("%d complex domains"), n)
			}
			rest := ""
			if others > 0 {
				rest = fmt.Sprintf(Plural(others, tr(" and %d other item"), tr(" and %d other items")), others)
			}
			out = append(out, LoadWarning{o, fmt.Sprintf(
				tr("%s carries %s (%s)%s: a team with a complex domain should take on nothing else."),
				who, what, quoteList(t.complex), rest)})
		}
		if len(t.complicated) >= 2 {
			out = append(out, LoadWarning{o, fmt.Sprintf(
				tr("%s carries %d complicated domains (%s): one is the most a team should hold."),
				who, len(t.complicated), quoteList(t.complicated))})
		}
		if len(t.simple) > 3 {
			out = append(out, LoadWarning{o, fmt.Sprintf(
				tr("%s carries %d simple domains: two or three is what a team handles well."), who, len(t.simple))})
		}
	}
	return out
}

func num(f float64) string {
	s := fmt.Sprintf("%.1f", f)
	return strings.TrimSuffix(s, ".0")
}

// FormatLoad writes a load figure without a needless ".0".
func FormatLoad(f float64) string { return num(f) }

func percent(part, whole float64) string {
	if whole == 0 {
		return fmt.Sprintf(tr("%.0f%%"), 0.0)
	}
	return fmt.Sprintf(tr("%.0f%%"), part/whole*100)
}

func percentOver(v, capacity float64) string { return percent(v-capacity, capacity) }

func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	return strings.Join(q, ", ")
}
