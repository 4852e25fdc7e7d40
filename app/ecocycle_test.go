package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"scaleroom/workshop"
)

// longInitiatives are n initiatives with 2,000-character names, spread
// over every phase, both traps and the strip of the not placed.
func longInitiatives(n int, tag string) []workshop.Initiative {
	zones := []workshop.Initiative{
		{Phase: workshop.PhaseBirth}, {Phase: workshop.PhaseMaturity}, {Phase: workshop.PhaseDestruction}, {Phase: workshop.PhaseRenewal},
		{Phase: workshop.PhaseMaturity, Trap: workshop.TrapRigidity}, {Trap: workshop.TrapPoverty}, {},
	}
	ins := make([]workshop.Initiative, n)
	for i := range ins {
		in := zones[i%len(zones)]
		in.ID = fmt.Sprint("i", i+1)
		in.Name = (fmt.Sprintf("%s%d ", tag, i+1) + strings.Repeat("Long initiative name ", 100))[:2000]
		in.Direction = append([]workshop.Direction{""}, workshop.Directions...)[i%5]
		in.Contested = i%9 == 0
		ins[i] = in
	}
	return ins
}

// mapTexts are the map's drawn texts by role: the numbers in the dots and
// the names beside them, with where each is drawn.
func mapTexts(m *EcocycleMap) (numbers, names []*canvas.Text) {
	r := test.WidgetRenderer(m).(*ecocycleRenderer)
	for i := range m.drawn {
		if r.dots[i].Visible() {
			numbers = append(numbers, r.numbers[i])
		}
		if r.names[i].Visible() {
			names = append(names, r.names[i])
		}
	}
	return numbers, names
}

func rectOf(o fyne.CanvasObject) workshop.EcoRect {
	p, s := o.Position(), o.Size()
	return workshop.EcoRect{X: float64(p.X), Y: float64(p.Y), W: float64(s.Width), H: float64(s.Height)}
}

// TestMapDrawsNamesClearOfEachOther checks what the screen draws, not only
// the geometry: every dot numbered in list order, every name beside a dot
// inside its box, as wide as the font draws it, and clear of the other
// names and every dot.
func TestMapDrawsNamesClearOfEachOther(t *testing.T) {
	for _, n := range []int{1, 12, 100} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			test.NewTempApp(t)
			m := NewEcocycleMap()
			m.SideList = true
			w := test.NewWindow(m)
			defer w.Close()
			w.Resize(fyne.NewSize(900, 560))
			ins := longInitiatives(n, "Initiative ")
			m.SetInitiatives(ins)
			numbers, names := mapTexts(m)
			r := test.WidgetRenderer(m).(*ecocycleRenderer)
			if len(numbers) != n {
				t.Fatalf("%d numbered dots for %d initiatives", len(numbers), n)
			}
			for i, num := range numbers {
				if num.Text != fmt.Sprint(i+1) {
					t.Errorf("dot %d says %q", i+1, num.Text)
				}
			}
			if len(names) == 0 {
				t.Fatal("no names beside the dots")
			}
			for i, a := range names {
				ra := rectOf(a)
				if drawn := fyne.MeasureText(a.Text, a.TextSize, a.TextStyle).Width; float64(drawn) > ra.W+1 {
					t.Errorf("%q is drawn %v wide in a box of %v", a.Text, drawn, ra.W)
				}
				for _, b := range names[i+1:] {
					if ra.Overlaps(rectOf(b)) {
						t.Errorf("%q at %v overlaps %q at %v", a.Text, ra, b.Text, rectOf(b))
					}
				}
				for j, d := range r.dots[:n] {
					if d.Visible() && ra.Overlaps(rectOf(d)) {
						t.Errorf("%q at %v covers dot %d at %v", a.Text, ra, j+1, d.Position())
					}
				}
			}
			if n == 1 && !strings.HasPrefix(names[0].Text, "? Initiative 1 Long") {
				t.Errorf("the one initiative is labelled %q", names[0].Text)
			}
			// The side list names every initiative in full, numbered alike.
			for i, row := range r.rows[:n] {
				if want := fmt.Sprintf("%d. %s", i+1, mapLabel(&ins[i])); row.Text != want {
					t.Errorf("side list row %d: %.40q…", i+1, row.Text)
				}
			}
		})
	}
}

func TestDragADotToPlaceAnInitiative(t *testing.T) {
	f := newFixture(t)
	st := f.step(workshop.StepReflection)
	ex := st.Reflection
	ex.AddInitiative("Central intake team").Phase = workshop.PhaseMaturity
	ex.AddInitiative("Drop-in sessions")
	s := NewReflectionScreen(f.ed, st.ID)
	f.ed.Window.SetContent(s.Object())
	f.ed.Window.Resize(fyne.NewSize(1280, 800))
	c := f.ed.Window.Canvas()
	origin := fyne.CurrentApp().Driver().AbsolutePositionForObject(s.Map)
	area := func(z workshop.EcoZone) workshop.EcoArea {
		for _, a := range s.Map.fig.Areas {
			if a.Zone == z && !(a.Strip && z != workshop.EcoZone{}) {
				return a
			}
		}
		t.Fatalf("no area %+v", z)
		return workshop.EcoArea{}
	}
	// drag moves the pointer from an initiative's dot to a point of the
	// map; the driver reports where the pointer ends and how far it went.
	drag := func(id string, to fyne.Position) {
		t.Helper()
		from, ok := s.Map.DotPosition(id)
		if !ok {
			t.Fatalf("%s has no dot", id)
		}
		test.Drag(c, origin.Add(to), to.X-from.X, to.Y-from.Y)
	}
	at := func(p workshop.EcoPoint) fyne.Position { return fyne.NewPos(float32(p.X), float32(p.Y)) }
	changes := f.changes

	// The unplaced initiative, dragged into renewal, is placed there and
	// selected; the form says so.
	renewal := area(workshop.EcoZone{Phase: workshop.PhaseRenewal})
	drag("i2", at(renewal.Rect.Center()))
	if in := ex.Initiatives[1]; in.Phase != workshop.PhaseRenewal || in.Trap != "" {
		t.Fatalf("dropped on renewal: %+v", in)
	}
	if s.Name.Text != "Drop-in sessions" || s.Phase.Selected != "Renewal" || s.Map.Selected != "i2" {
		t.Errorf("after the drop the form shows %q in %q, map selects %q", s.Name.Text, s.Phase.Selected, s.Map.Selected)
	}
	if f.changes == changes {
		t.Error("placing by drag did not mark the session changed")
	}
	if p, _ := s.Map.DotPosition("i2"); !renewal.Rect.Contains(workshop.EcoPoint{X: float64(p.X), Y: float64(p.Y)}) {
		t.Errorf("the dot is drawn at %v, outside renewal %v", p, renewal.Rect)
	}

	// Into the rigidity trap: the trap is set and the phase kept.
	rigidity := area(workshop.EcoZone{Trap: workshop.TrapRigidity})
	drag("i1", at(rigidity.Rect.Center()))
	if in := ex.Initiatives[0]; in.Phase != workshop.PhaseMaturity || in.Trap != workshop.TrapRigidity {
		t.Errorf("dropped on the rigidity trap: %+v", in)
	}
	if s.Trap.Selected != "Rigidity trap (held on to too long)" || s.Phase.Selected != "Maturity" {
		t.Errorf("the form shows %q, %q", s.Phase.Selected, s.Trap.Selected)
	}

	// Back to the strip: placed nowhere.
	strip := area(workshop.EcoZone{})
	drag("i1", at(workshop.EcoPoint{X: strip.Rect.X + strip.Rect.W*0.7, Y: strip.Rect.Center().Y}))
	if in := ex.Initiatives[0]; in.Phase != "" || in.Trap != "" {
		t.Errorf("dropped on the strip: %+v", in)
	}

	// Dropped in its own zone, or dragged from empty space: nothing changes.
	changes = f.changes
	before := ex.Initiatives[1]
	drag("i2", at(workshop.EcoPoint{X: renewal.Rect.X + 5, Y: renewal.Rect.Y + renewal.Rect.H - 5}))
	birth := area(workshop.EcoZone{Phase: workshop.PhaseBirth}).Rect
	test.Drag(c, origin.Add(at(birth.Center())), 2, 2)
	if ex.Initiatives[1] != before || f.changes != changes {
		t.Errorf("a drop in place changed %+v to %+v (%d changes)", before, ex.Initiatives[1], f.changes-changes)
	}
	if p, _ := s.Map.DotPosition("i2"); !renewal.Rect.Contains(workshop.EcoPoint{X: float64(p.X), Y: float64(p.Y)}) {
		t.Errorf("the dot did not go back to its place: %v", p)
	}
}

// TestTypingRedrawsTheMapOnlyForWhatItShows: evidence and rationale are
// not on the map, so typing them lays nothing out again; a name is, and
// its row in the side list follows.
func TestTypingRedrawsTheMapOnlyForWhatItShows(t *testing.T) {
	f := newFixture(t)
	st := f.step(workshop.StepReflection)
	st.Reflection.AddInitiative("Central intake team").Phase = workshop.PhaseMaturity
	s := NewReflectionScreen(f.ed, st.ID)
	f.ed.Window.SetContent(s.Object())
	f.ed.Window.Resize(fyne.NewSize(1280, 800))
	s.selectInitiative("i1")
	laid := s.Map.fig
	test.Type(s.Evidence, "Nine days to a first contact")
	test.Type(s.Rationale, "Teams do it faster")
	if s.Map.fig != laid {
		t.Error("typing evidence laid the map out again")
	}
	s.Name.SetText("Intake north")
	if s.Map.fig == laid || s.Map.LabelText("i1") != "Intake north" {
		t.Errorf("after renaming, the map shows %q", s.Map.LabelText("i1"))
	}
	r := test.WidgetRenderer(s.Map).(*ecocycleRenderer)
	if r.rows[0].Text != "1. Intake north" {
		t.Errorf("side list shows %q", r.rows[0].Text)
	}
}

// BenchmarkEcocycleLongNames is a key press in an initiative's name with
// 100 initiatives of 2,000 characters on the map: the map and its side
// list are refreshed and laid out as on the reflection screen (goal: under
// 16 ms, one frame).
func BenchmarkEcocycleLongNames(b *testing.B) {
	test.NewTempApp(b)
	ins := longInitiatives(100, "Initiative ")
	m := NewEcocycleMap()
	m.SideList = true
	w := test.NewWindow(m)
	defer w.Close()
	w.Resize(fyne.NewSize(900, 560))
	m.SetInitiatives(ins)
	name := ins[0].Name
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		ins[0].Name = fmt.Sprint(name, i)
		m.SetInitiatives(ins)
	}
}

// BenchmarkEcocycleLongNamesCold changes every name each time, so every
// label is fitted and every side-list row wrapped afresh: the cost of
// opening the screen on such a session.
func BenchmarkEcocycleLongNamesCold(b *testing.B) {
	test.NewTempApp(b)
	m := NewEcocycleMap()
	m.SideList = true
	w := test.NewWindow(m)
	defer w.Close()
	w.Resize(fyne.NewSize(900, 560))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		m.SetInitiatives(longInitiatives(100, fmt.Sprint(i, " ")))
	}
}

// BenchmarkEcocycleLongNamesNoList is the map alone, as the projector
// shows it.
func BenchmarkEcocycleLongNamesNoList(b *testing.B) {
	test.NewTempApp(b)
	ins := longInitiatives(100, "Initiative ")
	m := NewEcocycleMap()
	w := test.NewWindow(m)
	defer w.Close()
	w.Resize(fyne.NewSize(900, 560))
	m.SetInitiatives(ins)
	name := ins[0].Name
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		ins[0].Name = fmt.Sprint(name, i)
		m.SetInitiatives(ins)
	}
}

// TestLongNamesKeepTheScreenOnScreen: a hundred 2,000-character names,
// many in a trap, do not make the reflection screen taller than a laptop
// screen (the summary names them all; it grew the window to 17,000 px),
// and the summary cuts each name at 60 characters.
func TestLongNamesKeepTheScreenOnScreen(t *testing.T) {
	f := newFixture(t)
	st := f.step(workshop.StepReflection)
	st.Reflection.Initiatives = longInitiatives(100, "Initiative ")
	s := NewReflectionScreen(f.ed, st.ID)
	f.ed.Window.SetContent(s.Object())
	f.ed.Window.Resize(fyne.NewSize(1200, 700))
	if h := s.Object().MinSize().Height; h > 700 {
		t.Errorf("the screen needs %v px of height", h)
	}
	if !strings.HasPrefix(s.Summary.Text, "Rigidity trap: Initiative 5 Long initiative name Long initiative name Long…, Initiative 12") {
		t.Errorf("summary starts %.120q", s.Summary.Text)
	}
}

// TestReflectionUsableAt1024x640: the map, its side list, the legend and
// the summary leave the reflection step usable on a small laptop screen.
func TestReflectionUsableAt1024x640(t *testing.T) {
	f := newGUI(t)
	sw := f.s.NewSession(scaleDownTemplate(t))
	withExamples(sw.Editor.Session)
	size := fyne.NewSize(1024, 640-menuBar)
	f.s.Window.Resize(size)
	for _, st := range sw.Editor.Session.Steps {
		if st.Reflection == nil {
			continue
		}
		sw.GoToStep(st.ID)
		if min := f.s.Window.Content().MinSize(); min.Width > size.Width || min.Height > size.Height {
			t.Errorf("%s needs %.0f×%.0f, more than 1024×640", st.Title, min.Width, min.Height)
		}
		return
	}
	t.Fatal("the template has no reflection step")
}
