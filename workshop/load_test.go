package workshop

import (
	"reflect"
	"testing"
)

func ptr(f float64) *float64 { return &f }

func names(items []*LoadItem) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.Name)
	}
	return out
}

func TestLoadAfter(t *testing.T) {
	for _, tt := range []struct {
		item LoadItem
		want float64
	}{
		{LoadItem{Load: 4}, 4},
		{LoadItem{Load: 4, Decision: DecisionKeep}, 4},
		{LoadItem{Load: 4, Decision: DecisionLess}, 2},
		{LoadItem{Load: 4, Decision: DecisionLess, Target: ptr(1)}, 1},
		{LoadItem{Load: 4, Decision: DecisionLess, Target: ptr(5)}, 2}, // a target above today is not "less"
		{LoadItem{Load: 4, Decision: DecisionStop}, 0},
		{LoadItem{Load: 4, Decision: DecisionDefer}, 0},
	} {
		if got := tt.item.LoadAfter(); got != tt.want {
			t.Errorf("%+v: LoadAfter = %v, want %v", tt.item, got, tt.want)
		}
	}
}

func TestLoadAnalyse(t *testing.T) {
	e := &LoadExercise{Team: "Payments", Unit: UnitPoints, Capacity: 12, Items: []LoadItem{
		{ID: "l1", Name: "Weekly status report", Owner: NamedOwner("Platform"), Load: 3, Type: LoadExtraneous, Complexity: Complicated, Decision: DecisionKeep, Origin: OriginTopDown},
		{ID: "l2", Name: "Tool migration", Owner: NamedOwner("Platform"), Load: 2, Type: LoadExtraneous, Complexity: Simple, Decision: DecisionStop, DecisionOwner: NamedOwner("Ana"), Origin: OriginTopDown},
		{ID: "l3", Name: "Billing engine", Owner: NamedOwner("Platform"), Load: 4, Type: LoadIntrinsic, Complexity: Complicated, Decision: DecisionLess},
		{ID: "l4", Name: "Study group", Owner: NamedOwner("Platform"), Load: 1, Type: LoadGermane, Complexity: Simple, Decision: DecisionDefer, DecisionOwner: NamedOwner("Bo")},
		{ID: "l5", Name: "Fraud model", Owner: NamedOwner("Data"), Load: 5, Type: LoadIntrinsic, Complexity: Complex},
		{ID: "l6", Name: "Dashboards", Owner: NamedOwner("Data"), Load: 2, Type: LoadExtraneous, Complexity: Complicated, Origin: OriginLocal},
	}}
	r := e.Analyse(nil)
	// Before 3+2+4+1+5+2 = 17; after 3+0+2+0+5+2 = 12.
	if r.Before != 17 || r.After != 12 || r.TopDown != 5 || r.Undecided != 2 {
		t.Errorf("before/after/topdown/undecided = %v/%v/%v/%d, want 17/12/5/2", r.Before, r.After, r.TopDown, r.Undecided)
	}
	if !r.OverBefore() || r.OverAfter() {
		t.Errorf("over before/after = %v/%v, want true/false (12 is at capacity, not over)", r.OverBefore(), r.OverAfter())
	}
	if r.ByTypeAfter[LoadExtraneous] != 5 || r.ByType[LoadExtraneous] != 7 {
		t.Errorf("extraneous before/after = %v/%v, want 7/5", r.ByType[LoadExtraneous], r.ByTypeAfter[LoadExtraneous])
	}
	if got := names(r.Stop); !reflect.DeepEqual(got, []string{"Tool migration"}) {
		t.Errorf("stop-doing list = %v", got)
	}
	if got := names(r.Less); !reflect.DeepEqual(got, []string{"Billing engine"}) {
		t.Errorf("less = %v", got)
	}
	if got := names(r.Defer); !reflect.DeepEqual(got, []string{"Study group"}) {
		t.Errorf("defer = %v", got)
	}
	want := []LoadWarning{
		{"", "Today's load is 17 points against a capacity of 12: 42% over."},
		{"", "Extraneous load (process, tooling, reporting) is 42% of what remains: look there first for things to stop."},
		{"Data", `Data carries a complex domain ("Fraud model") and 1 other item: a team with a complex domain should take on nothing else.`},
		{"Platform", `Platform carries 2 complicated domains ("Weekly status report", "Billing engine"): one is the most a team should hold.`},
		{"Platform", `"Billing engine" is marked "Do less" but nobody owns the decision.`},
	}
	if !reflect.DeepEqual(r.Warnings, want) {
		t.Errorf("warnings:\n%q\nwant\n%q", r.Warnings, want)
	}
}

func TestLoadWarningsStillOverAndManySimple(t *testing.T) {
	e := &LoadExercise{Unit: UnitHours, Capacity: 10, Items: []LoadItem{
		{Name: "a", Load: 3, Complexity: Simple, Type: LoadIntrinsic},
		{Name: "b", Load: 3, Complexity: Simple, Type: LoadIntrinsic},
		{Name: "c", Load: 3, Complexity: Simple, Type: LoadIntrinsic},
		{Name: "d", Load: 3.5, Complexity: Simple, Type: LoadIntrinsic, Decision: DecisionKeep},
	}}
	r := e.Analyse(nil)
	want := []LoadWarning{
		{"", "Today's load is 12.5 hours a week against a capacity of 10: 25% over."},
		{"", "Even after the decisions the load is 12.5 hours a week, above the capacity of 10: more has to go."},
		{"", "The team carries 4 simple domains: two or three is what a team handles well."},
	}
	if !reflect.DeepEqual(r.Warnings, want) {
		t.Errorf("warnings:\n%q\nwant\n%q", r.Warnings, want)
	}
}

func TestLoadNoDecisionsYetNoAfterWarning(t *testing.T) {
	e := &LoadExercise{Unit: UnitPoints, Capacity: 2, Items: []LoadItem{{Name: "a", Load: 3}}}
	if w := e.Analyse(nil).Warnings; len(w) != 1 || w[0].Message != "Today's load is 3 points against a capacity of 2: 50% over." {
		t.Errorf("warnings %q", w)
	}
}

func TestLoadNoCapacityNoOverWarning(t *testing.T) {
	e := &LoadExercise{Unit: UnitPoints, Items: []LoadItem{{Name: "a", Load: 50}}}
	r := e.Analyse(nil)
	if r.OverBefore() || len(r.Warnings) != 0 {
		t.Errorf("without a stated capacity nothing is over: %v", r.Warnings)
	}
}

// A person with three complex items and nothing else was told "a complex
// domain (3 items) and 2 other items": the counts must add up to what they
// carry.
func TestComplexWarningCountsAddUp(t *testing.T) {
	item := func(name, owner string, cx Complexity) LoadItem {
		return LoadItem{Name: name, Owner: NamedOwner(owner), Load: 1, Complexity: cx}
	}
	cases := []struct {
		items []LoadItem
		want  string
	}{
		{[]LoadItem{item("A", "Ana", Complex), item("B", "Ana", Complex), item("C", "Ana", Complex)},
			`Ana carries 3 complex domains ("A", "B", "C"): a team with a complex domain should take on nothing else.`},
		{[]LoadItem{item("A", "Ana", Complex), item("B", "Ana", Complex), item("C", "Ana", Simple)},
			`Ana carries 2 complex domains ("A", "B") and 1 other item: a team with a complex domain should take on nothing else.`},
		{[]LoadItem{item("A", "Ana", Complex), item("B", "Ana", Simple), item("C", "Ana", Complicated)},
			`Ana carries a complex domain ("A") and 2 other items: a team with a complex domain should take on nothing else.`},
		{[]LoadItem{item("A", "Ana", Complex)}, ""},
	}
	for _, c := range cases {
		e := &LoadExercise{Unit: UnitPoints, Items: c.items}
		got := ""
		for _, w := range e.Analyse(nil).Warnings {
			got += w.Message
		}
		if got != c.want {
			t.Errorf("warning %q\nwant    %q", got, c.want)
		}
	}
}
