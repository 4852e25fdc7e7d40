package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"scaleroom/export/report"
	"scaleroom/workshop"
)

func newLoadFixture(t testing.TB, f *fixture) (*LoadScreen, *workshop.Step) {
	st := f.step(workshop.StepLoad)
	scr, ok := StepScreen(NewLoadScreen(f.ed, st.ID)).(*LoadScreen)
	if !ok {
		t.Fatal("the load step is not registered to LoadScreen")
	}
	f.ed.Window.SetContent(scr.Object())
	f.ed.Window.Resize(fyne.NewSize(1200, 800))
	return scr, st
}

// addLoadItem drives the form the way a facilitator does: Add, then type
// and pick each field.
func addLoadItem(s *LoadScreen, name, owner, origin, load, typ, complexity string) {
	test.Tap(s.Add)
	test.Type(s.Name, name)
	test.Type(s.Owner, owner)
	s.Origin.SetSelected(origin)
	s.Load.SetText("")
	test.Type(s.Load, load)
	s.Type.SetSelected(typ)
	s.Complexity.SetSelected(complexity)
}

func TestLoadScreenInventoryDecisionsAndWarnings(t *testing.T) {
	f := newFixture(t)
	s, st := newLoadFixture(t, f)

	test.Type(s.Team, "Platform")
	test.Type(s.Capacity, "12")
	s.Unit.SetSelected("Points (1 light – 5 heavy)")
	if st.Load.Team != "Platform" || st.Load.Capacity != 12 || st.Load.Unit != workshop.UnitPoints {
		t.Fatalf("team/capacity/unit = %q/%v/%q", st.Load.Team, st.Load.Capacity, st.Load.Unit)
	}

	addLoadItem(s, "Weekly status report", "", "Top-down", "3", "Extraneous (process, tooling, reporting)", "Simple")
	addLoadItem(s, "Incident rota", "", "Local", "4", "Intrinsic (the work itself)", "Complex")
	addLoadItem(s, "CI migration", "", "Top-down", "5", "Extraneous (process, tooling, reporting)", "Complicated")
	addLoadItem(s, "Pairing on the new domain", "", "Local", "2", "Germane (learning the domain)", "Complicated")

	items := st.Load.Items
	if len(items) != 4 {
		t.Fatalf("%d items, want 4", len(items))
	}
	want := workshop.LoadItem{ID: "l3", Name: "CI migration", Owner: workshop.NamedOwner("Platform"), Origin: workshop.OriginTopDown, Load: 5,
		Type: workshop.LoadExtraneous, Complexity: workshop.Complicated}
	if items[2] != want {
		t.Errorf("third item %+v, want %+v", items[2], want)
	}
	// New items take the team as owner, so the per-team heuristics apply.
	if !strings.Contains(s.Totals.Text, "Capacity 12 points. Today 14, after the decisions 14.") {
		t.Errorf("totals %q", s.Totals.Text)
	}
	for _, w := range []string{
		"Today's load is 14 points against a capacity of 12: 17% over.",
		"Extraneous load (process, tooling, reporting) is 57% of what remains",
		`Platform carries a complex domain ("Incident rota") and 3 other items`,
		`Platform carries 2 complicated domains ("CI migration", "Pairing on the new domain")`,
	} {
		if !strings.Contains(s.Warnings.Text, w) {
			t.Errorf("warnings lack %q:\n%s", w, s.Warnings.Text)
		}
	}
	if strings.Contains(s.Warnings.Text, "Even after") {
		t.Errorf("warns about the load after decisions before any were made:\n%s", s.Warnings.Text)
	}
	if len(s.stopRows) != 0 || !s.StopEmpty.Visible() {
		t.Errorf("stop list before decisions: %v", s.stopRows)
	}

	// Decisions: stop the report, do less CI migration (to 2).
	s.Table.Select(widget.TableCellID{Row: 0, Col: 3})
	if s.Name.Text != "Weekly status report" {
		t.Fatalf("selecting row 0 shows %q", s.Name.Text)
	}
	s.Decision.SetSelected("Stop")
	test.Type(s.DecisionOwner, "Ben")
	test.Type(s.DecisionDate, "2026-04-01")
	if !s.Target.Disabled() {
		t.Error("load after is editable for a stop decision")
	}
	s.Table.Select(widget.TableCellID{Row: 2, Col: 0})
	s.Decision.SetSelected("Do less")
	if s.Target.Disabled() {
		t.Fatal("load after stays disabled for do less")
	}
	test.Type(s.Target, "2")
	if it := st.Load.Items[0]; it.Decision != workshop.DecisionStop || it.DecisionOwner != workshop.ParticipantOwner("p2") || it.DecisionDate != "2026-04-01" {
		t.Errorf("stopped item %+v", it)
	}
	if it := st.Load.Items[2]; it.Decision != workshop.DecisionLess || it.Target == nil || *it.Target != 2 {
		t.Errorf("less item %+v", it)
	}
	// 0 + 4 + 2 + 2 = 8 after, under the line.
	if !strings.Contains(s.Totals.Text, "Today 14, after the decisions 8.") {
		t.Errorf("totals after decisions %q", s.Totals.Text)
	}
	if strings.Contains(s.Warnings.Text, "Even after") || strings.Contains(s.Warnings.Text, "Extraneous load") {
		t.Errorf("warnings not updated after decisions:\n%s", s.Warnings.Text)
	}
	if !strings.Contains(s.Warnings.Text, `"CI migration" is marked "Do less" but nobody owns the decision.`) {
		t.Errorf("missing unowned-decision warning:\n%s", s.Warnings.Text)
	}
	wantStop := "Stop:\n• Weekly status report (Ben, by 1 April 2026)\nDo less:\n• CI migration (5 → 2)"
	if got := report.StopListText(f.ed.Session, st.Load.Analyse(f.ed.Session.Participants)); got != wantStop || len(s.stopRows) != 4 || s.StopEmpty.Visible() {
		t.Errorf("stop list\n%q\nwant\n%q", got, wantStop)
	}
	test.Type(s.DecisionOwner, "Chloé")
	if strings.Contains(s.Warnings.Text, "nobody owns") {
		t.Error("the warning stays after the decision got an owner")
	}

	// Bad numbers get a message and leave the session alone.
	s.Table.Select(widget.TableCellID{Row: 1, Col: 0})
	test.Type(s.Load, "x")
	if !s.FieldErr.Visible() || !strings.Contains(s.FieldErr.Text, `"4x" is not a number`) || st.Load.Items[1].Load != 4 {
		t.Errorf("after typing 4x: err %q (visible %v), load %v", s.FieldErr.Text, s.FieldErr.Visible(), st.Load.Items[1].Load)
	}
	s.Load.SetText("7")
	if !strings.Contains(s.FieldErr.Text, "points run from 1") || st.Load.Items[1].Load != 4 {
		t.Errorf("7 points accepted: err %q, load %v", s.FieldErr.Text, st.Load.Items[1].Load)
	}
	s.Load.SetText("4,5")
	if s.FieldErr.Visible() || st.Load.Items[1].Load != 4.5 {
		t.Errorf("4,5 not read as 4.5: err %q, load %v", s.FieldErr.Text, st.Load.Items[1].Load)
	}
	// 31.13.2026 is neither ISO nor the British 31/03/2026, which is a date.
	s.DecisionDate.SetText("31.13.2026")
	if !strings.Contains(s.FieldErr.Text, `"31.13.2026" is not a date: write it as 24/11/2026`) || st.Load.Items[1].DecisionDate != "" {
		t.Errorf("bad date: err %q, stored %q", s.FieldErr.Text, st.Load.Items[1].DecisionDate)
	}
	s.Capacity.SetText("-3")
	if !s.CapacityErr.Visible() || st.Load.Capacity != 12 {
		t.Errorf("negative capacity: err %q, capacity %v", s.CapacityErr.Text, st.Load.Capacity)
	}
	s.Capacity.SetText("12")
	if s.CapacityErr.Visible() {
		t.Error("capacity error stays after a good value")
	}
	s.Table.Select(widget.TableCellID{Row: 2, Col: 0})
	s.Target.SetText("6")
	if !strings.Contains(s.FieldErr.Text, "below today's 5") || *st.Load.Items[2].Target != 2 {
		t.Errorf("target above load: err %q", s.FieldErr.Text)
	}

	// Duplicate, remove, sort.
	test.Tap(s.Duplicate)
	if len(st.Load.Items) != 5 || st.Load.Items[3].Name != "CI migration" || st.Load.Items[3].ID != "l5" || s.Name.Text != "CI migration" {
		t.Fatalf("duplicate: %d items, [3]=%+v", len(st.Load.Items), st.Load.Items[3])
	}
	test.Tap(s.Remove)
	if len(st.Load.Items) != 4 || s.item() == nil || s.item().ID != "l4" {
		t.Fatalf("remove: %d items, selected %v", len(st.Load.Items), s.selected)
	}
	s.Sort.SetSelected("Heaviest first")
	if got := itemNames(st.Load); got != "CI migration|Incident rota|Weekly status report|Pairing on the new domain" {
		t.Errorf("sorted by load: %s", got)
	}
	s.Table.Select(widget.TableCellID{Row: 1, Col: 0})
	s.Owner.SetText("Ana")
	s.Sort.SetSelected("By owner")
	if got := itemNames(st.Load); got != "Incident rota|CI migration|Weekly status report|Pairing on the new domain" {
		t.Errorf("sorted by owner: %s", got)
	}
	if s.Name.Text != "Incident rota" || s.Sort.Selected != "" {
		t.Errorf("selection lost by sorting: form shows %q (sort picker %q)", s.Name.Text, s.Sort.Selected)
	}
	if f.changes == 0 {
		t.Error("Changed never called")
	}
}

func itemNames(e *workshop.LoadExercise) string {
	var n []string
	for _, it := range e.Items {
		n = append(n, it.Name)
	}
	return strings.Join(n, "|")
}

func TestLoadScreenRemovingTheLastItemEmptiesTheForm(t *testing.T) {
	f := newFixture(t)
	s, st := newLoadFixture(t, f)
	test.Tap(s.Add)
	test.Type(s.Name, "Only item")
	test.Tap(s.Remove)
	if len(st.Load.Items) != 0 || s.form.Visible() || !s.noSelection.Visible() || !s.Remove.Disabled() {
		t.Errorf("after removing the only item: %d items, form visible %v", len(st.Load.Items), s.form.Visible())
	}
	// Refresh after an outside change keeps working with a step that lost
	// its inventory.
	st.Load = nil
	s.Refresh()
	if st.Load == nil || st.Load.Unit != workshop.UnitPoints {
		t.Error("a load step without inventory was not given an empty one")
	}
}

// BenchmarkLoadEdit500 edits one row of a 500-item inventory, as typing a
// new load does, and recomputes the totals, warnings and stop list.
func BenchmarkLoadEdit500(b *testing.B) {
	f := newFixture(b)
	st := f.step(workshop.StepLoad)
	st.Load.Unit, st.Load.Capacity = workshop.UnitHours, 900
	for i := range 500 {
		it := st.Load.AddItem(fmt.Sprintf("Item %d", i))
		it.Owner = workshop.NamedOwner(fmt.Sprintf("Team %d", i%12))
		it.Load = float64(i%9 + 1)
		it.Type = workshop.LoadTypes[i%3]
		it.Complexity = workshop.Complexities[i%3]
		it.Decision = []workshop.Decision{"", workshop.DecisionKeep, workshop.DecisionLess, workshop.DecisionStop}[i%4]
	}
	s, _ := newLoadFixture(b, f)
	s.Table.Select(widget.TableCellID{Row: 250, Col: 0})
	vals := []string{"3", "7.5"}
	i := 0
	for b.Loop() {
		s.Load.SetText(vals[i%2])
		i++
	}
	if st.Load.Items[250].Load != 3 && st.Load.Items[250].Load != 7.5 {
		b.Fatal("the edit did not reach the session")
	}
}

// The screen goes through workshop's rules: switching to points with an
// item of 12 hours is refused and the picker shows hours again, and doing
// something other than less clears the load after.
func TestLoadScreenUnitAndDecisionRules(t *testing.T) {
	f := newFixture(t)
	s, st := newLoadFixture(t, f)
	s.Unit.SetSelected(workshop.UnitHours.Label())
	addLoadItem(s, "Reporting", "Platform", "Local", "12", "Extraneous (process, tooling, reporting)", "Simple")
	if st.Load.Unit != workshop.UnitHours || st.Load.Items[0].Load != 12 {
		t.Fatalf("unit %q, load %v", st.Load.Unit, st.Load.Items[0].Load)
	}
	s.Unit.SetSelected(workshop.UnitTerms.Long(workshop.UnitPoints))
	if st.Load.Unit != workshop.UnitHours || s.Unit.Selected != workshop.UnitHours.Label() ||
		!s.CapacityErr.Visible() || !strings.Contains(s.CapacityErr.Text, `"Reporting" weighs more`) {
		t.Errorf("switch to points with 12 hours: unit %q, picker %q, err %q", st.Load.Unit, s.Unit.Selected, s.CapacityErr.Text)
	}

	s.Decision.SetSelected(workshop.DecisionLess.Label())
	s.Target.SetText("3")
	if tg := st.Load.Items[0].Target; tg == nil || *tg != 3 {
		t.Fatalf("target %v, want 3", tg)
	}
	s.Decision.SetSelected(workshop.DecisionStop.Label())
	if it := st.Load.Items[0]; it.Decision != workshop.DecisionStop || it.Target != nil || s.Target.Text != "" || !s.Target.Disabled() {
		t.Errorf("less to stop: decision %q, target %v, field %q (disabled %v)", it.Decision, it.Target, s.Target.Text, s.Target.Disabled())
	}
}

// TestRefusedFieldGoesBackWhenAnotherIsEdited: a refused "load after" kept
// showing 6 after the facilitator went on to another field, while the item
// held 2; the form must show what the item holds.
func TestRefusedFieldGoesBackWhenAnotherIsEdited(t *testing.T) {
	f := newFixture(t)
	s, st := newLoadFixture(t, f)
	addLoadItem(s, "Monthly board deck", "Platform", "Local", "4", "Extraneous (process, tooling, reporting)", "Simple")
	s.Decision.SetSelected(workshop.DecisionLess.Label())
	s.Target.SetText("2")
	s.Target.SetText("6") // not below today's 4
	if !s.FieldErr.Visible() || s.Target.Text != "6" {
		t.Fatalf("refusal: error %q, field %q", s.FieldErr.Text, s.Target.Text)
	}
	s.DecisionDate.SetText("2026-12-1") // refused too: the date is not whole yet
	if s.Target.Text != "2" || !strings.HasPrefix(s.FieldErr.Text, "By when:") {
		t.Errorf("after moving on to the date: target field %q, error %q", s.Target.Text, s.FieldErr.Text)
	}
	s.DecisionDate.SetText("2026-12-15")
	it := st.Load.Items[0]
	if s.FieldErr.Visible() || *it.Target != 2 || s.Target.Text != "2" || it.DecisionDate != "2026-12-15" {
		t.Errorf("after a good date: error %q, target %v, field %q, date %q", s.FieldErr.Text, *it.Target, s.Target.Text, it.DecisionDate)
	}
}
