package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"scaleroom/workshop"
)

func TestReflectionScreenPlacesInitiativesOnTheMap(t *testing.T) {
	f := newFixture(t)
	st := f.step(workshop.StepReflection)
	s, ok := StepScreen(NewReflectionScreen(f.ed, st.ID)).(*ReflectionScreen)
	if !ok {
		t.Fatal("the reflection step is not registered to ReflectionScreen")
	}
	f.ed.Window.SetContent(s.Object())
	f.ed.Window.Resize(fyne.NewSize(1200, 800))

	add := func(name, phase, trap, direction string) {
		test.Tap(s.Add)
		test.Type(s.Name, name)
		s.Phase.SetSelected(phase)
		s.Trap.SetSelected(trap)
		s.Direction.SetSelected(direction)
	}
	add("Central intake team", "Maturity", "Rigidity trap (held on to too long)", "Scale down")
	s.Closeness.SetSelected("2")
	test.Type(s.Layers, "3")
	test.Type(s.Evidence, "First contact takes nine days")
	test.Type(s.Rationale, "Teams took referrals faster themselves")
	test.Type(s.FirstAction, "Let two teams take referrals directly")
	add("Drop-in sessions", "Birth", "Poverty trap (starved of resources)", "Scale up")
	add("Quarterly board report", "Maturity", "No trap", "Stop")
	test.Tap(s.Contested)
	add("Shared helpdesk", "Not placed", "No trap", "Not decided")

	in := st.Reflection.Initiatives
	if len(in) != 4 {
		t.Fatalf("%d initiatives, want 4", len(in))
	}
	want := workshop.Initiative{ID: "i1", Name: "Central intake team", Phase: workshop.PhaseMaturity, Trap: workshop.TrapRigidity,
		Evidence: "First contact takes nine days", Closeness: 2, Layers: 3, Direction: workshop.DirectionDown,
		Rationale: "Teams took referrals faster themselves", FirstAction: "Let two teams take referrals directly"}
	if in[0] != want {
		t.Errorf("first initiative\n%+v\nwant\n%+v", in[0], want)
	}
	if !in[2].Contested || in[3].Phase != "" || in[3].Direction != "" {
		t.Errorf("contested/unplaced not recorded: %+v / %+v", in[2], in[3])
	}
	for _, line := range []string{
		"Rigidity trap: Central intake team.",
		"Poverty trap: Drop-in sessions.",
		"Still needs a first action (every initiative in a trap gets one): Drop-in sessions.",
		"Placed without consensus: Quarterly board report.",
		"Directions: scale up 1, scale down 1, stop 1, not decided 1.",
	} {
		if !strings.Contains(s.Summary.Text, line) {
			t.Errorf("summary lacks %q:\n%s", line, s.Summary.Text)
		}
	}

	// A bad layer count is refused with a message.
	test.Tap(s.Add)
	test.Type(s.Name, "Volunteer buddies")
	test.Type(s.Layers, "three")
	if !strings.Contains(s.FieldErr.Text, "not a whole number") || st.Reflection.Initiatives[4].Layers != 0 {
		t.Errorf("layers 'three': err %q, stored %d", s.FieldErr.Text, st.Reflection.Initiatives[4].Layers)
	}
	s.Layers.SetText("101")
	if !strings.Contains(s.FieldErr.Text, "from 0 to 100") {
		t.Errorf("layers 101: err %q", s.FieldErr.Text)
	}
	s.Layers.SetText("1")
	if s.FieldErr.Visible() || st.Reflection.Initiatives[4].Layers != 1 {
		t.Error("a good layer count was not taken")
	}
	test.Tap(s.Remove)
	if len(st.Reflection.Initiatives) != 4 {
		t.Fatalf("remove left %d initiatives", len(st.Reflection.Initiatives))
	}

	// The map puts each dot in its place: traps in the outer corners, the
	// unplaced below the cycle. The figure is the map less its side list.
	size := fyne.NewSize(float32(s.Map.fig.Spec.Width), s.Map.Size().Height)
	pos := func(id string) fyne.Position {
		p, ok := s.Map.DotPosition(id)
		if !ok {
			t.Fatalf("%s not on the map", id)
		}
		return p
	}
	if p := pos("i1"); p.X < size.Width*0.6 || p.Y > size.Height*0.4 {
		t.Errorf("rigidity trap dot at %v on a %v map, want the top right corner", p, size)
	}
	if p := pos("i2"); p.X > size.Width*0.4 || p.Y < size.Height*0.5 {
		t.Errorf("poverty trap dot at %v on a %v map, want the bottom left corner", p, size)
	}
	if p := pos("i3"); p.X < size.Width/2 || p.Y > size.Height/2 {
		t.Errorf("maturity dot at %v, want the top right quadrant", p)
	}
	if p := pos("i4"); p.Y < size.Height-3*theme.TextSize() {
		t.Errorf("unplaced dot at %v, want the strip at the bottom of %v", p, size)
	}

	// Tapping a dot selects that initiative for editing.
	test.TapAt(s.Map, pos("i3"))
	if s.Name.Text != "Quarterly board report" || !s.Contested.Checked || s.Map.Selected != "i3" {
		t.Errorf("tapping the dot shows %q (contested %v, map selected %q)", s.Name.Text, s.Contested.Checked, s.Map.Selected)
	}
	s.Direction.SetSelected("Scale down")
	if st.Reflection.Initiatives[2].Direction != workshop.DirectionDown {
		t.Error("editing after a map tap did not reach the initiative")
	}
	test.TapAt(s.Map, fyne.NewPos(2, 2)) // empty corner: selection stays
	if s.Map.Selected != "i3" {
		t.Error("tapping empty space changed the selection")
	}

	// The first action becomes a session action with an owner.
	test.TapAt(s.Map, pos("i1"))
	q := s.firstActionToAction()
	test.Tap(s.ActionFrom) // the button opens the same dialog; close it
	if q == nil {
		t.Fatal("no dialog for the first action")
	}
	test.Type(q.Form.Owner, "Ben")
	q.Form.Due.SetText("2026-04-15")
	q.Dialog.Submit()
	a := f.ed.Session.Actions
	if len(a) != 1 || a[0].Text != "Central intake team: Let two teams take referrals directly" || a[0].Owner != workshop.ParticipantOwner("p2") ||
		a[0].Due != "2026-04-15" || a[0].Step != st.ID {
		t.Errorf("actions %+v", a)
	}
}

// TestUnplacedStripDoesNotPileUp: more unplaced initiatives than the strip
// holds show as separate dots and a "+N more", never names on top of names.
func TestUnplacedStripDoesNotPileUp(t *testing.T) {
	test.NewTempApp(t)
	m := NewEcocycleMap()
	var in []workshop.Initiative
	// Numbered dots 27 px apart: the strip's 480 px hold a dozen or more, not 40.
	const n = 40
	for i := range n {
		in = append(in, workshop.Initiative{ID: fmt.Sprintf("i%d", i), Name: fmt.Sprintf("Initiative %d", i)})
	}
	m.SetInitiatives(in)
	w := test.NewWindow(m)
	defer w.Close()
	w.Resize(fyne.NewSize(600, 420))
	seen := map[fyne.Position]string{}
	for _, x := range in {
		if p, ok := m.DotPosition(x.ID); ok {
			if other, dup := seen[p]; dup {
				t.Fatalf("%s and %s share a dot at %v", x.ID, other, p)
			}
			seen[p] = x.ID
		}
	}
	more := ""
	walk(m, func(o fyne.CanvasObject) {
		if tx, ok := o.(*canvas.Text); ok && strings.HasPrefix(tx.Text, "+") {
			more = tx.Text
		}
	})
	if len(seen) < 12 || len(seen) == n || more != fmt.Sprintf("+%d more", n-len(seen)) {
		t.Errorf("%d dots shown, note %q", len(seen), more)
	}
}
