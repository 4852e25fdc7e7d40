package workshop_test

import (
	"bytes"
	"errors"
	"math"
	"strings"
	"testing"

	"scaleroom/workshop"
	"scaleroom/workshop/workshoptest"
)

// problems decodes a session file and returns the validation problems, as
// "path: message" lines; nil when the file loads.
func problems(t *testing.T, s *workshop.Session) []string {
	t.Helper()
	_, err := workshop.Decode(bytes.NewReader(encode(t, s)))
	if err == nil {
		return nil
	}
	var ve *workshop.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("not a validation error: %v", err)
	}
	var out []string
	for _, p := range ve.Problems {
		out = append(out, p.String())
	}
	return out
}

// The validator and the screens share the limits: a file the app loads
// holds nothing the screens then refuse to edit. A file with 50 points
// once loaded and then refused every keystroke in that field.
func TestLoaderEnforcesTheScreensLimits(t *testing.T) {
	target := func(v float64) *float64 { return &v }
	cases := []struct {
		name string
		edit func(s *workshop.Session)
		want string // the one problem, or "" for a file that loads
	}{
		{"50 points", func(s *workshop.Session) { s.Steps[2].Load.Items[3].Load = 50 },
			"steps[2].load.items[3].load: must be between 0 and 5 points, got 50"},
		{"5 points is the top", func(s *workshop.Session) { s.Steps[2].Load.Items[3].Load = 5 }, ""},
		{"not rated yet", func(s *workshop.Session) { s.Steps[2].Load.Items[3].Load = 0 }, ""},
		{"5.5 points", func(s *workshop.Session) { s.Steps[2].Load.Items[0].Load = 5.5 },
			"steps[2].load.items[0].load: must be between 0 and 5 points, got 5.5"},
		{"a target in points above 5", func(s *workshop.Session) { s.Steps[2].Load.Items[1].Target = target(6) },
			"steps[2].load.items[1].target: must be between 0 and 5 points, got 6"},
		{"50 hours", func(s *workshop.Session) {
			s.Steps[2].Load.Unit = workshop.UnitHours
			s.Steps[2].Load.Items[3].Load = 50
		}, ""},
		{"hours above the limit", func(s *workshop.Session) {
			s.Steps[2].Load.Unit = workshop.UnitHours
			s.Steps[2].Load.Items[3].Load = workshop.MaxHours + 1
		}, "steps[2].load.items[3].load: must be between 0 and 1e+06 hours a week, got 1.000001e+06"},
		{"a capacity in points above 5 is a total, and fine", func(s *workshop.Session) { s.Steps[2].Load.Capacity = 60 }, ""},
		{"capacity above the limit", func(s *workshop.Session) { s.Steps[2].Load.Capacity = workshop.MaxCapacity * 2 },
			"steps[2].load.capacity: must be between 0 and 1e+06, got 2e+06"},
		{"timebox of a day", func(s *workshop.Session) { s.Steps[0].Timebox = workshop.MaxTimebox }, ""},
		{"timebox over a day", func(s *workshop.Session) { s.Steps[0].Timebox = 1441 },
			"steps[0].timebox: must be between 0 and 1440 minutes, got 1441"},
		{"closeness 6", func(s *workshop.Session) { s.Steps[3].Reflection.Initiatives[2].Closeness = 6 },
			"steps[3].reflection.initiatives[2].closeness: must be between 0 (not rated) and 5, got 6"},
		{"101 layers", func(s *workshop.Session) { s.Steps[3].Reflection.Initiatives[0].Layers = 101 },
			"steps[3].reflection.initiatives[0].layers: must be between 0 and 100, got 101"},
		{"an unknown decision", func(s *workshop.Session) { s.Steps[2].Load.Items[0].Decision = "later" },
			`steps[2].load.items[0].decision: "later" is not one of keep, less, stop, defer`},
		{"an unknown phase", func(s *workshop.Session) { s.Steps[3].Reflection.Initiatives[0].Phase = "spring" },
			`steps[3].reflection.initiatives[0].phase: "spring" is not one of birth, maturity, destruction, renewal`},
		{"an unknown unit", func(s *workshop.Session) { s.Steps[2].Load.Unit = "days" },
			`steps[2].load.unit: "days" is not one of points, hours`},
	}
	for _, c := range cases {
		s := workshoptest.Session(workshoptest.Typical)
		if s.Steps[2].Load == nil || s.Steps[3].Reflection == nil || s.Steps[2].Load.Unit != workshop.UnitPoints {
			t.Fatal("the typical session changed shape: steps 2 and 3 must be a load inventory in points and a reflection")
		}
		c.edit(s)
		got := problems(t, s)
		switch {
		case c.want == "" && len(got) > 0:
			t.Errorf("%s: refused: %q", c.name, got)
		case c.want != "" && (len(got) != 1 || got[0] != c.want):
			t.Errorf("%s: problems %q, want only %q", c.name, got, c.want)
		}
	}
}

func loadExercise() *workshop.LoadExercise {
	e := &workshop.LoadExercise{Unit: workshop.UnitPoints}
	for _, name := range []string{"Reports", "Standup", "Migration"} {
		e.AddItem(name)
	}
	e.Items[0].Load, e.Items[1].Load, e.Items[2].Load = 4, 1, 5
	return e
}

func TestSetTargetMustBeBelowTheLoad(t *testing.T) {
	cases := []struct {
		decision workshop.Decision
		target   float64
		err      string // part of the error, "" when accepted
	}{
		{workshop.DecisionLess, 2, ""},
		{workshop.DecisionLess, 3.5, ""},
		{workshop.DecisionLess, 0, ""}, // less, down to nothing left of it
		{workshop.DecisionLess, 4, "doing less means below today's 4"},
		{workshop.DecisionLess, 4.5, "doing less means below today's 4"},
		{workshop.DecisionLess, 9, "doing less means below today's 4"},
		{workshop.DecisionLess, -1, "cannot be negative"},
		{workshop.DecisionLess, math.NaN(), "not a number"}, // NaN >= 4 is false: the unit check must catch it
		{workshop.DecisionStop, 2, `only a "Do less" decision`},
		{workshop.DecisionNone, 2, `only a "Do less" decision`},
	}
	for _, c := range cases {
		e := loadExercise()
		if err := e.SetDecision("l1", c.decision); err != nil {
			t.Fatal(err)
		}
		err := e.SetTarget("l1", &c.target)
		got := e.Items[0].Target
		switch {
		case c.err == "" && (err != nil || got == nil || *got != c.target):
			t.Errorf("%s target %v: err %v, stored %v", c.decision, c.target, err, got)
		case c.err != "" && (err == nil || got != nil):
			t.Errorf("%s target %v: accepted (stored %v), want %q", c.decision, c.target, got, c.err)
		case c.err != "" && !strings.Contains(err.Error(), c.err):
			t.Errorf("%s target %v: error %q, want %q in it", c.decision, c.target, err, c.err)
		}
	}
	// nil goes back to the default, half.
	e := loadExercise()
	e.SetDecision("l1", workshop.DecisionLess)
	three := 3.0
	e.SetTarget("l1", &three)
	if err := e.SetTarget("l1", nil); err != nil || e.Items[0].Target != nil || e.Items[0].LoadAfter() != 2 {
		t.Errorf("clearing the target: err %v, target %v, after %v", err, e.Items[0].Target, e.Items[0].LoadAfter())
	}
	if err := e.SetTarget("gone", &three); err == nil {
		t.Error("a target for an item that is not there was accepted")
	}
}

func TestSetDecisionClearsTheTargetUnlessLess(t *testing.T) {
	cases := []struct {
		to         workshop.Decision
		keepTarget bool
		after      float64 // load after, hand-computed from load 4, target 1
	}{
		{workshop.DecisionLess, true, 1},
		{workshop.DecisionStop, false, 0},
		{workshop.DecisionKeep, false, 4},
		{workshop.DecisionDefer, false, 0},
		{workshop.DecisionNone, false, 4},
	}
	for _, c := range cases {
		e := loadExercise()
		one := 1.0
		if err := e.SetDecision("l1", workshop.DecisionLess); err != nil {
			t.Fatal(err)
		}
		if err := e.SetTarget("l1", &one); err != nil {
			t.Fatal(err)
		}
		if err := e.SetDecision("l1", c.to); err != nil {
			t.Fatalf("less to %q: %v", c.to, err)
		}
		it := e.Items[0]
		if it.Decision != c.to || (it.Target != nil) != c.keepTarget || it.LoadAfter() != c.after {
			t.Errorf("less to %q: decision %q, target %v, after %v; want target kept %v, after %v",
				c.to, it.Decision, it.Target, it.LoadAfter(), c.keepTarget, c.after)
		}
	}
	e := loadExercise()
	if err := e.SetDecision("l1", "later"); err == nil || e.Items[0].Decision != "" {
		t.Errorf("an unknown decision: err %v, stored %q", err, e.Items[0].Decision)
	}
}

func TestSetLoadAndCapacityLimits(t *testing.T) {
	cases := []struct {
		unit workshop.Unit
		load float64
		err  string
	}{
		{workshop.UnitPoints, 5, ""},
		{workshop.UnitPoints, 0, ""},
		{workshop.UnitPoints, 2.5, ""},
		{workshop.UnitPoints, 5.5, "points run from 1, light, to 5, heavy"},
		{workshop.UnitPoints, 50, "50 is more than the 5"},
		{workshop.UnitPoints, -1, "cannot be negative"},
		{workshop.UnitHours, 50, ""},
		{workshop.UnitHours, workshop.MaxHours, ""},
		{workshop.UnitHours, workshop.MaxHours + 1, "more than the 1000000"},
		{workshop.UnitHours, math.Inf(1), "not a number"},
	}
	for _, c := range cases {
		e := loadExercise()
		e.Unit = c.unit
		err := e.SetLoad("l2", c.load)
		switch {
		case c.err == "" && (err != nil || e.Items[1].Load != c.load):
			t.Errorf("%v %s: err %v, stored %v", c.load, c.unit, err, e.Items[1].Load)
		case c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err) || e.Items[1].Load != 1):
			t.Errorf("%v %s: err %v, stored %v; want %q and 1 kept", c.load, c.unit, err, e.Items[1].Load, c.err)
		}
	}
	e := loadExercise()
	for _, c := range []struct {
		v  float64
		ok bool
	}{{0, true}, {60, true}, {workshop.MaxCapacity, true}, {-3, false}, {workshop.MaxCapacity + 1, false}, {math.NaN(), false}} {
		e.Capacity = 7
		err := e.SetCapacity(c.v)
		if (err == nil) != c.ok || (c.ok && e.Capacity != c.v) || (!c.ok && e.Capacity != 7) {
			t.Errorf("capacity %v: err %v, stored %v", c.v, err, e.Capacity)
		}
	}
}

// Switching to points with heavier items would save a file that does not
// load again.
func TestSetUnitRefusesPointsAboveTheLimit(t *testing.T) {
	e := loadExercise()
	e.Unit = workshop.UnitHours
	e.Items[0].Load = 12
	err := e.SetUnit(workshop.UnitPoints)
	if err == nil || !strings.Contains(err.Error(), `"Reports" weighs more`) || e.Unit != workshop.UnitHours {
		t.Errorf("12 hours to points: err %v, unit %q", err, e.Unit)
	}
	e.Items[0].Load = 3
	if err := e.SetUnit(workshop.UnitPoints); err != nil || e.Unit != workshop.UnitPoints {
		t.Errorf("3 hours to points: err %v, unit %q", err, e.Unit)
	}
	if err := e.SetUnit(workshop.UnitHours); err != nil || e.Unit != workshop.UnitHours {
		t.Errorf("points to hours: err %v, unit %q", err, e.Unit)
	}
	if err := e.SetUnit("days"); err == nil || e.Unit != workshop.UnitHours {
		t.Errorf("an unknown unit: err %v, unit %q", err, e.Unit)
	}
}

func TestSortItems(t *testing.T) {
	names := map[string]string{"p1": "ana", "p2": "Ben"}
	ownerName := func(o workshop.Owner) string {
		if o.Participant != "" {
			return names[o.Participant]
		}
		return o.Name
	}
	build := func() *workshop.LoadExercise {
		e := &workshop.LoadExercise{Unit: workshop.UnitPoints}
		for _, it := range []struct {
			name  string
			owner workshop.Owner
			load  float64
		}{
			{"a", workshop.ParticipantOwner("p2"), 2},
			{"b", workshop.Owner{}, 5},
			{"c", workshop.ParticipantOwner("p1"), 1},
			{"d", workshop.NamedOwner("Ben"), 4},
			{"e", workshop.ParticipantOwner("p1"), 3},
			{"f", workshop.Owner{}, 2},
		} {
			item := e.AddItem(it.name)
			item.Owner, item.Load = it.owner, it.load
		}
		return e
	}
	order := func(e *workshop.LoadExercise) string {
		var b strings.Builder
		for _, it := range e.Items {
			b.WriteString(it.Name)
		}
		return b.String()
	}
	cases := []struct {
		by   workshop.ItemOrder
		want string
	}{
		// 5, 4, 3, then the two 2s in their old order, then 1.
		{workshop.HeaviestFirst, "bdeafc"},
		// ana (e 3, c 1), Ben (d 4, a 2: a participant and a name sort
		// together under the shown name), then no owner (b 5, f 2).
		{workshop.ByOwner, "ecdabf"},
	}
	for _, c := range cases {
		e := build()
		if err := e.SortItems(c.by, ownerName); err != nil || order(e) != c.want {
			t.Errorf("%s: %s (err %v), want %s", c.by.Label(), order(e), err, c.want)
		}
	}
	e := build()
	if err := e.SortItems("alphabetical", ownerName); err == nil || order(e) != "abcdef" {
		t.Errorf("an unknown order: err %v, order %s", err, order(e))
	}
	if workshop.HeaviestFirst.Label() != "Heaviest first" || workshop.ByOwner.Label() != "By owner" {
		t.Error("the sort orders lost their words")
	}
}

func TestEditValueKeepsNamesUnique(t *testing.T) {
	cases := []struct {
		id, name, desc string
		err            string
		wantName       string
	}{
		{"v1", "Customers first", "", `"Customers first" is already on the list`, "Small teams"},
		{"v1", "  Customers first ", "", `"Customers first" is already on the list`, "Small teams"},
		{"v1", "Small teams", "  Two pizzas ", "", "Small teams"}, // its own name is fine
		{"v1", "Tiny teams", "", "", "Tiny teams"},
		{"v1", "   ", "", "a value needs a name", "Small teams"},
		{"v9", "Anything", "", "the value is gone", "Small teams"},
		{"v1", "customers first", "", "", "customers first"}, // names are compared as typed
	}
	for _, c := range cases {
		e := &workshop.ValuesExercise{Scale: workshop.GradientsOfAgreement, Mode: workshop.ModeNamed}
		e.AddValue("Small teams", "Old")
		e.AddValue("Customers first", "")
		err := e.EditValue(c.id, c.name, c.desc)
		switch {
		case c.err == "" && err != nil:
			t.Errorf("%q: %v", c.name, err)
		case c.err != "" && (err == nil || err.Error() != c.err):
			t.Errorf("%q: err %v, want %q", c.name, err, c.err)
		}
		if got := e.Values[0].Name; got != c.wantName {
			t.Errorf("%q: the value is called %q, want %q", c.name, got, c.wantName)
		}
		if c.err != "" && e.Values[0].Description != "Old" {
			t.Errorf("%q: a refused edit changed the description to %q", c.name, e.Values[0].Description)
		}
		if c.desc != "" && c.err == "" && e.Values[0].Description != strings.TrimSpace(c.desc) {
			t.Errorf("%q: description %q", c.name, e.Values[0].Description)
		}
	}
}

// One count of responses and hands, for the values screen, the projector,
// the summary and the PDF alike.
func TestCountsOfResponsesAndHands(t *testing.T) {
	sc, _ := workshop.ScaleByID(workshop.GradientsOfAgreement)
	roster := []workshop.Participant{{ID: "p1", Name: "Ana"}, {ID: "p2", Name: "Ben"}, {ID: "p3", Name: "Chloé"}}
	named := &workshop.Value{Responses: []workshop.Response{{Participant: "p1", Level: 1}, {Participant: "p2", Level: 6}, {Participant: "p3", Level: 7}},
		Tally: map[int]int{1: 4}}
	one := &workshop.Value{Responses: []workshop.Response{{Participant: "p2", Level: 4}}}
	hands := &workshop.Value{Tally: map[int]int{1: 2, 5: 1, 8: 2}, Responses: []workshop.Response{{Participant: "p1", Level: 1}}}
	oneHand := &workshop.Value{Tally: map[int]int{3: 1}}
	cases := []struct {
		mode             workshop.Mode
		v                *workshop.Value
		counted, leaning string
	}{
		{workshop.ModeNamed, named, "3 responses", "1 agree · 0 open · 2 disagree"},
		{workshop.ModeNamed, one, "1 response", "0 agree · 1 open · 0 disagree"},
		{workshop.ModeNamed, &workshop.Value{}, "0 responses", "0 agree · 0 open · 0 disagree"},
		{workshop.ModeTally, hands, "5 hands", "2 agree · 1 open · 2 disagree"},
		{workshop.ModeTally, oneHand, "1 hand", "1 agree · 0 open · 0 disagree"},
	}
	for _, c := range cases {
		r := workshop.AnalyseValue(&sc, c.mode, c.v, roster)
		if r.Counted() != c.counted || r.Leaning() != c.leaning {
			t.Errorf("%s: %q, %q; want %q, %q", c.mode, r.Counted(), r.Leaning(), c.counted, c.leaning)
		}
	}
	r := workshop.AnalyseValue(&sc, workshop.ModeTally, hands, roster)
	if got, want := r.CountsSentence(), "5 hands: 2 agree, 1 open, 2 disagree."; !strings.HasPrefix(got, want) {
		t.Errorf("counts sentence %q, want it to start %q", got, want)
	}
	e := &workshop.ValuesExercise{Mode: workshop.ModeNamed, Values: []workshop.Value{*named, *one, *hands, *oneHand}}
	if resp, h := e.Recorded(); resp != 5 || h != 10 {
		t.Errorf("recorded %d responses and %d hands, want 5 and 10", resp, h)
	}
}
