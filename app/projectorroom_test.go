package app

import (
	"fmt"
	"image/color"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"scaleroom/workshop"
)

// drawnObject is an object the canvas draws, with where it is on the
// canvas, and the bottom of the scroller it is seen through, if any.
type drawnObject struct {
	obj    fyne.CanvasObject
	pos    fyne.Position
	bottom float32
}

// drawnObjects lists what is drawn under o, in drawing order, skipping
// everything under a hidden object (canvasText does not) and what a
// scroller holds out of its view.
func drawnObjects(o fyne.CanvasObject) []drawnObject {
	var out []drawnObject
	var visit func(o fyne.CanvasObject, at fyne.Position, top, bottom float32)
	visit = func(o fyne.CanvasObject, at fyne.Position, top, bottom float32) {
		if o == nil || !o.Visible() {
			return
		}
		at = at.Add(o.Position())
		if at.Y >= bottom || at.Y+o.Size().Height <= top {
			return // scrolled out of view
		}
		out = append(out, drawnObject{o, at, bottom})
		if s, ok := o.(*container.Scroll); ok {
			top, bottom = max(top, at.Y), min(bottom, at.Y+s.Size().Height)
		}
		switch c := o.(type) {
		case *fyne.Container:
			for _, ch := range c.Objects {
				visit(ch, at, top, bottom)
			}
		case fyne.Widget:
			for _, ch := range test.WidgetRenderer(c).Objects() {
				visit(ch, at, top, bottom)
			}
		}
	}
	visit(o, fyne.NewPos(-o.Position().X, -o.Position().Y), -1e9, 1e9)
	return out
}

// drawnTexts are the texts drawn under o, with words in them.
func drawnTexts(o fyne.CanvasObject) []*canvas.Text {
	var out []*canvas.Text
	for _, d := range drawnObjects(o) {
		if t, ok := d.obj.(*canvas.Text); ok && strings.TrimSpace(t.Text) != "" {
			out = append(out, t)
		}
	}
	return out
}

// drawnText is every text drawn under o, a line each.
func drawnText(o fyne.CanvasObject) string {
	var b strings.Builder
	for _, t := range drawnTexts(o) {
		b.WriteString(t.Text)
		b.WriteString("\n")
	}
	return b.String()
}

// projectorOn shows a projector for ed in a test window of a size, as the
// projector window does: without the window's padding.
func projectorOn(t *testing.T, ed *Editor, size fyne.Size) (*Projector, *Timer) {
	t.Helper()
	tm := NewTimer(ed)
	p := NewProjector(ed, tm)
	w := test.NewWindow(p.Object())
	w.SetPadded(false)
	w.Resize(size)
	t.Cleanup(func() { p.Close(); w.Close() })
	return p, tm
}

// TestProjectorShowsTheValueBeingVotedOn: while the result is hidden the
// room reads the value selected on the values screen, its description and
// every level of the scale, numbers and words, and not the facilitator's
// prompt; another value selected shows that one, its result hidden again.
func TestProjectorShowsTheValueBeingVotedOn(t *testing.T) {
	test.NewTempApp(t)
	ed := projectorSession(t)
	st := roomStep(ed.Session, workshop.StepValues)
	st.Prompt = "Read the value aloud, then count to three."
	ex := st.Values
	p, _ := projectorOn(t, ed, fyne.NewSize(1280, 720))
	p.SetStep(st.ID)
	p.SetValue(ex.Values[1].ID)
	drawn := drawnText(p.Object())
	for _, want := range []string{"Value 2 of 5", ex.Values[1].Name, strings.Fields(ex.Values[1].Description)[0], "Gradients of Agreement",
		"1\n", "Whole-hearted endorsement", "I am fully behind it", "6\n", "Don't like it, but will support it", "8\n", "Veto", "I block this"} {
		if !strings.Contains(drawn, want) {
			t.Errorf("the hidden projector does not draw %q:\n%s", want, drawn)
		}
	}
	for _, not := range []string{"Read the value aloud", ex.Values[0].Name, "Passes", "responses", "Results appear here"} {
		if strings.Contains(drawn, not) || strings.Contains(p.Text(), not) {
			t.Errorf("the hidden projector shows %q:\n%s", not, drawn)
		}
	}
	if txt := p.Text(); !strings.Contains(txt, "6 Don't like it, but will support it — I disagree, and I will commit") {
		t.Errorf("the projector's words lack the levels:\n%s", txt)
	}

	// Revealed, then another value: hidden again, the new value shown.
	p.SetReveal(true)
	if !strings.Contains(drawnText(p.Object()), "Passes") {
		t.Errorf("revealed second value:\n%s", drawnText(p.Object()))
	}
	p.SetValue(ex.Values[0].ID)
	drawn = drawnText(p.Object())
	if p.Revealed() || !strings.Contains(drawn, ex.Values[0].Name) || strings.Contains(drawn, ex.Values[1].Name) || strings.Contains(drawn, "Does not pass") {
		t.Errorf("after selecting the first value (revealed %v):\n%s", p.Revealed(), drawn)
	}
	// "Value 2 of 5" keeps to the right margin, though the verdict it
	// replaces was wider.
	p.SetReveal(true)
	p.SetValue(ex.Values[1].ID)
	found := false
	for _, d := range drawnObjects(p.Object()) {
		if tx, ok := d.obj.(*canvas.Text); ok && tx.Text == "Value 2 of 5" {
			found = true
			right := d.pos.X + tx.MinSize().Width
			if tx.Alignment == fyne.TextAlignTrailing {
				right = d.pos.X + tx.Size().Width
			}
			if right < 1280-p.Unit()*0.8-1 {
				t.Errorf("the value's place in the list ends at x %v", right)
			}
		}
	}
	if !found {
		t.Error("the value's place in the list is not drawn")
	}
	assertFits(t, p, fyne.NewSize(1280, 720))

	// A 2,000-character name and description take the lines the window
	// leaves them, cut with an ellipsis; every level keeps its name.
	ex.Values[0].Name = strings.Repeat("Decide close to the work ", 80)[:2000]
	ex.Values[0].Description = strings.Repeat("The people nearest a problem decide. ", 60)[:2000]
	p.SetValue(ex.Values[0].ID)
	v := p.view.(*valuesRoom)
	for _, rt := range []*roomText{v.Name, v.Desc} {
		lines := rt.lines(rt.Size().Width)
		if len(lines) == 0 || len(lines) > 4 || !strings.HasSuffix(lines[len(lines)-1], "…") {
			t.Errorf("a 2,000-character text shows as %q", lines)
		}
	}
	drawn = strings.ReplaceAll(drawnText(p.Object()), "\n", " ")
	for _, l := range roomStep(ed.Session, workshop.StepValues).Values.ScaleOrDefault().Levels {
		if !strings.Contains(drawn, l.Label) {
			t.Errorf("with a long value, level %q is not drawn", l.Label)
		}
	}
	assertFits(t, p, fyne.NewSize(1280, 720))
}

// assertFits checks that nothing on the projector is drawn past its
// window's bottom: the room cannot scroll.
func assertFits(t *testing.T, p *Projector, size fyne.Size) {
	t.Helper()
	for _, d := range drawnObjects(p.Object()) {
		if tx, ok := d.obj.(*canvas.Text); ok && tx.Text != "" && min(d.pos.Y+tx.Size().Height, d.bottom) > size.Height+1 {
			t.Errorf("%q is drawn down to y %v, past the window's %v", tx.Text, d.pos.Y+tx.Size().Height, size.Height)
		}
	}
}

// TestProjectorRevealsOnlyTheCurrentValue: revealed, the room sees the
// selected value's verdict, its distribution with the levels' names in the
// bar or under it, and its counts, and nothing of the other values.
func TestProjectorRevealsOnlyTheCurrentValue(t *testing.T) {
	test.NewTempApp(t)
	ed := projectorSession(t)
	st := roomStep(ed.Session, workshop.StepValues)
	ex := st.Values
	p, _ := projectorOn(t, ed, fyne.NewSize(1280, 720))
	p.SetStep(st.ID)
	p.SetValue(ex.Values[0].ID)
	p.SetReveal(true)
	drawn := drawnText(p.Object())
	for _, want := range []string{ex.Values[0].Name, "Does not pass", "12 responses · 8 agree · 1 open · 3 disagree",
		"Disagree and commit: 2 (Jonas Berg, Kemal Aydin)", "Withhold commitment: 1 (Lena Vogel)"} {
		if !strings.Contains(drawn, want) {
			t.Errorf("the revealed value lacks %q:\n%s", want, drawn)
		}
	}
	for i := 1; i < len(ex.Values); i++ {
		if strings.Contains(drawn, ex.Values[i].Name) {
			t.Errorf("the result shows another value, %q:\n%s", ex.Values[i].Name, drawn)
		}
	}
	// Every level chosen is named, with its count: in its segment where
	// they fit, under the bar where not. Levels nobody chose are not.
	bar := p.view.(*valuesRoom).Bar
	in, under := strings.Join(bar.InText(), "\n"), strings.Join(bar.UnderText(), "\n")
	for _, want := range []string{"1 Whole-hearted endorsement | 3", "3 Support with reservations | 3", "6 | 2", "7 | 1"} {
		if !strings.Contains(in, want) {
			t.Errorf("the bar does not hold %q; it holds\n%s", want, in)
		}
	}
	for _, want := range []string{"2 Agreement with a minor point of contention", "5 More discussion needed", "6 Don't like it, but will support it", "7 Serious disagreement"} {
		if !strings.Contains(under, want) {
			t.Errorf("under the bar there is no %q; there is\n%s", want, under)
		}
	}
	if strings.Contains(in+under, "Abstain") || strings.Contains(in+under, "Veto") {
		t.Errorf("levels nobody chose are named:\n%s\n%s", in, under)
	}
	// The bar fills the room the counts leave: more than a third of the
	// window's height.
	if h := bar.Size().Height; h < 720/3 {
		t.Errorf("the bar is %v high on a 720-high projector", h)
	}
	assertFits(t, p, fyne.NewSize(1280, 720))
}

// TestRoomBarNamesEveryLevel: with forty people spread over every level
// of a scale, and a custom scale's 2,000-character level names, each level
// chosen is named in its segment or under the bar, the names under it are
// inside the bar's width and none overlaps another.
func TestRoomBarNamesEveryLevel(t *testing.T) {
	test.NewTempApp(t)
	sc := workshop.Scales()[0]
	long := append([]workshop.Level{}, sc.Levels...)
	long[3].Label = strings.Repeat("Abstain for now ", 125)
	for _, levels := range [][]workshop.Level{sc.Levels, long} {
		dist := make([]workshop.LevelCount, len(levels))
		for i, l := range levels {
			dist[i] = workshop.LevelCount{Level: l, Count: []int{20, 1, 8, 1, 1, 6, 2, 1}[i]}
		}
		for _, width := range []float32{1240, 1860, 600} {
			b := NewRoomBar(dist)
			b.TextSize = width / 1240 * 24
			w := test.NewWindow(b)
			w.Resize(fyne.NewSize(width+20, 600))
			b.Resize(fyne.NewSize(width, b.MinSize().Height))
			p := b.plan(width)
			type box struct{ x0, x1 float32 }
			rows := map[int][]box{}
			for i, lc := range dist {
				named := p.under[i] != "" || len(p.inName[i]) > 0 && strings.Contains(strings.Join(p.inName[i], " "), lc.Level.Label)
				if !named {
					t.Errorf("%v wide: level %d (%d people) is not named", width, lc.Level.Value, lc.Count)
				}
				if p.under[i] == "" {
					continue
				}
				lw := b.swatch() + b.TextSize*0.35 + fyne.MeasureText(p.under[i], b.TextSize, fyne.TextStyle{Bold: true}).Width
				bx := box{p.underX[i], p.underX[i] + lw}
				if bx.x0 < 0 || bx.x1 > width+0.5 {
					t.Errorf("%v wide: %q runs from %v to %v", width, p.under[i], bx.x0, bx.x1)
				}
				for _, o := range rows[p.underRow[i]] {
					if bx.x0 < o.x1 && o.x0 < bx.x1 {
						t.Errorf("%v wide: %q overlaps another name on line %d", width, p.under[i], p.underRow[i])
					}
				}
				rows[p.underRow[i]] = append(rows[p.underRow[i]], bx)
			}
			if got := b.MinSize().Height; got < b.barHeight()+float32(p.rows)*b.TextSize*roomBarRow {
				t.Errorf("%v wide: the bar asks for %v, too little for %d lines of names", width, got, p.rows)
			}
			w.Close()
		}
	}
}

// TestProjectorShowsTheStepsOwnClock: the projector shows the clock of the
// step it shows, running or paused, never the one running for another.
func TestProjectorShowsTheStepsOwnClock(t *testing.T) {
	f := newFixture(t)
	values, load := f.step(workshop.StepValues), f.step(workshop.StepLoad)
	tm := NewTimer(f.ed)
	p := NewProjector(f.ed, tm)
	w := test.NewWindow(p.Object())
	defer w.Close()
	p.SetStep(values.ID)
	tm.Start(values.ID)
	f.clock.Advance(5 * time.Minute)
	tm.Tick()
	if p.Clock.Text != "25:00" {
		t.Errorf("the values step's clock reads %q after 5 of its 30 minutes", p.Clock.Text)
	}
	// The facilitator goes on to the load with the values clock running.
	p.SetStep(load.ID)
	f.clock.Advance(time.Minute)
	tm.Tick()
	if p.Clock.Text != "40:00" || tm.Active() != values.ID {
		t.Errorf("on the load step the projector reads %q while %q runs", p.Clock.Text, tm.Active())
	}
	// Paused part-way, a step keeps its own time left.
	tm.Start(load.ID)
	f.clock.Advance(90 * time.Second)
	tm.Pause()
	if p.Clock.Text != "38:30" {
		t.Errorf("the paused load clock reads %q", p.Clock.Text)
	}
	p.SetStep(values.ID)
	if p.Clock.Text != "24:00" {
		t.Errorf("back on values the clock reads %q", p.Clock.Text)
	}
}

// TestProjectorTypeScalesWithTheWindow: on every view, the least text drawn
// is at least 1/30 of the window's height, at 720 and at 1080 lines, and a
// room of forty with 2,000-character names still fits the window.
func TestProjectorTypeScalesWithTheWindow(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1280, Height: 720}, {Width: 1920, Height: 1080}} {
		t.Run(fmt.Sprint(size.Height), func(t *testing.T) {
			test.NewTempApp(t)
			ed := projectorSession(t)
			s := ed.Session
			for i := len(s.Participants); i < 40; i++ {
				if _, err := s.AddParticipant(fmt.Sprintf("Person %02d %s", i, strings.Repeat("é", 1990))); err != nil {
					t.Fatal(err)
				}
			}
			ex := roomStep(s, workshop.StepValues).Values
			for i, p := range s.Participants {
				ex.Values[0].SetResponse(p.ID, 1+i%8)
			}
			refl := roomStep(s, workshop.StepReflection).Reflection
			refl.Initiatives = longInitiatives(30, "Initiative ")
			s.AddAction(strings.Repeat("Tell the board ", 140), s.OwnerFromText(s.Participants[0].Name), "2026-04-01", "")
			p, tm := projectorOn(t, ed, size)
			want := size.Height / 30
			if p.Unit() != want {
				t.Errorf("the unit is %v at %v high", p.Unit(), size.Height)
			}
			views := []struct {
				name   string
				kind   workshop.StepKind
				reveal bool
			}{{"vote", workshop.StepValues, false}, {"result", workshop.StepValues, true}, {"load", workshop.StepLoad, true},
				{"load hidden", workshop.StepLoad, false}, {"ecocycle", workshop.StepReflection, true}, {"actions", workshop.StepClosing, true},
				{"opening", workshop.StepOpening, false}}
			for _, v := range views {
				p.SetStep(roomStep(s, v.kind).ID)
				p.SetReveal(v.reveal)
				tm.Start(p.StepID()) // the clock's colours, too
				texts := drawnTexts(p.Object())
				if len(texts) < 3 {
					t.Errorf("%s: only %d texts drawn", v.name, len(texts))
				}
				least := float32(1000)
				for _, tx := range texts {
					least = min(least, tx.TextSize)
					if tx.TextSize < want-0.01 {
						t.Errorf("%s: %q is %.1f px, less than %.1f", v.name, tx.Text, tx.TextSize, want)
					}
				}
				t.Logf("%s: %d texts, the least %.1f px", v.name, len(texts), least)
				if v.kind != workshop.StepClosing { // a long list of actions scrolls
					assertFits(t, p, size)
				}
			}
		})
	}
}

// TestProjectorLoadAndEcocycleViews: the load's room view is the capacity
// bar, large, with the decisions and warnings; the ecocycle's is the map
// with numbered dots and every name in full in a list beside it.
func TestProjectorLoadAndEcocycleViews(t *testing.T) {
	test.NewTempApp(t)
	ed := shotSession(t)
	s := ed.Session
	p, _ := projectorOn(t, ed, fyne.NewSize(1280, 720))
	p.SetStep(roomStep(s, workshop.StepLoad).ID)
	if !strings.Contains(p.Text(), "Results appear here") || !p.Hidden.Visible() {
		t.Errorf("the load's result shows before it is revealed:\n%s", p.Text())
	}
	if w := p.Hidden.Size().Width; w < 600 {
		t.Errorf("the hidden-results note is %v wide on a 1280 wide window", w)
	}
	p.SetReveal(true)
	l := p.view.(*loadRoom)
	if l.Bar.TextSize < 1.5*p.Unit() || l.Bar.Size().Width < 1100 {
		t.Errorf("the load bar's text is %v px and it is %v wide: not large", l.Bar.TextSize, l.Bar.Size().Width)
	}
	drawn := drawnText(p.Object())
	for _, want := range []string{"Today: 129 hours a week", "After the decisions: 104 hours a week", "Capacity 110", "Stop, do less, defer", "Stop:", "Warnings",
		"• Today's load is 129 hours a week against a capacity"} {
		if !strings.Contains(drawn, want) {
			t.Errorf("the load view lacks %q:\n%s", want, drawn)
		}
	}
	if txt := p.Text(); !strings.Contains(txt, "Stop:\n• Weekly performance dashboard (Ana, by 1 April 2026)\n• Entering the same data in two systems (Ben)") {
		t.Errorf("the load view's words lack the stop list:\n%s", txt)
	}
	// The decisions and the warnings side by side, under the bar.
	at := map[fyne.CanvasObject]fyne.Position{}
	for _, d := range drawnObjects(p.Object()) {
		at[d.obj] = d.pos
	}
	dec, warn, bar := at[l.Decisions], at[l.Warnings], at[l.Bar]
	if dec.Y != warn.Y || dec.X >= warn.X || dec.Y < bar.Y+l.Bar.Size().Height {
		t.Errorf("decisions at %v, warnings at %v, the bar at %v", dec, warn, bar)
	}

	refl := roomStep(s, workshop.StepReflection)
	refl.Reflection.Initiatives[4].Name = strings.Repeat("A very long initiative name ", 72)[:2000]
	p.SetStep(refl.ID)
	p.SetReveal(true)
	e := p.view.(*ecocycleRoom)
	if !e.Map.SideList || e.Map.TextSize < p.Unit() {
		t.Errorf("the map: side list %v, text %v px", e.Map.SideList, e.Map.TextSize)
	}
	// The map takes the window's height, less the legend under it.
	if h := e.Map.Size().Height; h < 720*0.6 {
		t.Errorf("the map is %v high on a 720-high projector", h)
	}
	r := test.WidgetRenderer(e.Map).(*ecocycleRenderer)
	for i, in := range refl.Reflection.Initiatives {
		row := r.rows[i]
		if want := fmt.Sprintf("%d. %s", i+1, mapLabel(&in)); row.Text != want || !row.Visible() {
			t.Errorf("side list row %d is %.60q, want %.60q", i+1, row.Text, want)
		}
		if _, ok := e.Map.DotPosition(in.ID); !ok {
			t.Errorf("initiative %d has no dot", i+1)
		}
	}
	numbers, _ := mapTexts(e.Map)
	if len(numbers) != len(refl.Reflection.Initiatives) {
		t.Errorf("%d numbered dots for %d initiatives", len(numbers), len(refl.Reflection.Initiatives))
	}
	for _, n := range numbers {
		if n.TextSize < p.Unit()-0.01 {
			t.Errorf("dot %s is numbered at %v px", n.Text, n.TextSize)
		}
	}
}

// TestAnonymousProjectorNamesNobody: with names off, no view the room can
// reveal shows any part of a participant's name: not the values' groups,
// the load's owners and warnings about them, nor the actions' owners.
func TestAnonymousProjectorNamesNobody(t *testing.T) {
	test.NewTempApp(t)
	ed := projectorSession(t)
	s := ed.Session
	load := roomStep(s, workshop.StepLoad).Load
	load.Items[0].Decision, load.Items[0].DecisionOwner = workshop.DecisionStop, s.OwnerFromText("Ben Okafor")
	load.Items[1].Owner = s.OwnerFromText("Chloé Martin")
	s.AddAction("Ask the board which pages they read", s.OwnerFromText("Dev Patel"), "2026-04-01", "")
	p, _ := projectorOn(t, ed, fyne.NewSize(1280, 720))
	p.SetAnonymous(true)
	for _, k := range []workshop.StepKind{workshop.StepValues, workshop.StepLoad, workshop.StepReflection, workshop.StepClosing} {
		for _, reveal := range []bool{false, true} {
			p.SetStep(roomStep(s, k).ID)
			p.SetReveal(reveal)
			all := drawnText(p.Object()) + p.Text()
			for _, name := range roomNames {
				for _, part := range strings.Fields(name) {
					if strings.Contains(all, part) {
						t.Errorf("%s (revealed %v): the anonymous projector shows %q:\n%s", k, reveal, part, all)
					}
				}
			}
		}
	}
	// The counts stay.
	p.SetStep(roomStep(s, workshop.StepValues).ID)
	p.SetReveal(true)
	if txt := drawnText(p.Object()); !strings.Contains(txt, "Disagree and commit: 2\n") || !strings.Contains(txt, "Withhold commitment: 1\n") {
		t.Errorf("the anonymous result lost its counts:\n%s", txt)
	}
}

// TestProjectorOpensOnTheSecondDisplay: one action opens the projector
// full screen on a second display when there is one, and otherwise as a
// 16:9 window no larger than the main window, centred, that F11 makes full
// screen; the driver's answers are the test's.
func TestProjectorOpensOnTheSecondDisplay(t *testing.T) {
	f, sw, _ := clockSession(t)
	pc := sw.Projector
	var filled []fyne.Window
	pc.hasSecondary = func() bool { return true }
	pc.fillSecondary = func(w fyne.Window) { filled = append(filled, w) }
	typeShortcut(t, f.s.Window, scProjector)
	if pc.Win == nil || len(filled) != 1 || filled[0] != pc.Win {
		t.Fatalf("with a second display: window %v, put full screen on it %d times", pc.Win != nil, len(filled))
	}
	typeShortcut(t, f.s.Window, scProjector)

	pc.hasSecondary = func() bool { return false }
	test.Tap(pc.Toggle)
	if pc.Win == nil || len(filled) != 1 || pc.Win.FullScreen() {
		t.Fatalf("without a second display: window %v, full screen %v", pc.Win != nil, pc.Win != nil && pc.Win.FullScreen())
	}
	main := f.s.Window.Canvas().Size()
	got := pc.Win.Canvas().Size()
	if got.Width > main.Width || got.Height > main.Height || got.Width/got.Height < 1.77 || got.Width/got.Height > 1.78 || got.Width < 1000 {
		t.Errorf("the projector window is %v beside a main window of %v", got, main)
	}
	pc.Win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyF11})
	if !pc.Win.FullScreen() {
		t.Error("F11 did not make the window full screen")
	}
	test.Tap(pc.Toggle)

	// The sizes a window gets from main windows of several sizes.
	for _, c := range []struct{ main, want fyne.Size }{
		{fyne.NewSize(1920, 1050), fyne.NewSize(1280, 720)},
		{fyne.NewSize(1200, 700), fyne.NewSize(1200, 675)},
		{fyne.NewSize(1024, 500), fyne.NewSize(500*16/9.0, 500)},
		{fyne.NewSize(0, 0), fyne.NewSize(1024, 576)},
	} {
		if got := projectorWindowSize(c.main); got != c.want {
			t.Errorf("beside %v the projector opens at %v, want %v", c.main, got, c.want)
		}
	}
	// The real calls, on the test driver: no second display; a window
	// that is not a desktop window goes full screen where it is.
	if hasSecondaryDisplay() {
		t.Error("the test driver reports a second display")
	}
	w := test.NewWindow(widget.NewLabel(""))
	defer w.Close()
	fullScreenSecondary(w)
	if !w.FullScreen() {
		t.Error("fullScreenSecondary left a plain window as it was")
	}
}

// TestProjectorFollowsTheSelectedValue: in the session window, the
// projector shows the value selected on the values screen, from the step's
// first visit and as the facilitator moves through the list.
func TestProjectorFollowsTheSelectedValue(t *testing.T) {
	f, sw, _ := clockSession(t)
	sw.GoToStep("s2")
	vs := sw.CurrentScreen().(*ValuesScreen)
	ex := vs.Exercise()
	if len(ex.Values) < 2 {
		t.Fatalf("the values step has %d values", len(ex.Values))
	}
	vs.SelectValue(1)
	typeShortcut(t, f.s.Window, scProjector)
	pc := sw.Projector
	if pc.View == nil || pc.View.ValueID() != ex.Values[1].ID || !strings.Contains(drawnText(pc.View.Object()), ex.Values[1].Name) {
		t.Fatalf("the projector opened on value %q, not the selected %q", pc.View.ValueID(), ex.Values[1].ID)
	}
	typeShortcut(t, f.s.Window, scReveal)
	vs.ValueList.Select(0)
	if pc.View.ValueID() != ex.Values[0].ID || pc.Revealed() || pc.Reveal.Text != "Reveal" {
		t.Errorf("after selecting the first value: projector on %q, revealed %v, button %q", pc.View.ValueID(), pc.Revealed(), pc.Reveal.Text)
	}
	// Away and back: the value the screen still shows.
	sw.GoToStep("s1")
	if pc.View.ValueID() != "" {
		t.Errorf("on the opening step the projector keeps value %q", pc.View.ValueID())
	}
	sw.GoToStep("s2")
	if pc.View.ValueID() != ex.Values[0].ID {
		t.Errorf("back on the values step the projector shows %q", pc.View.ValueID())
	}
	typeShortcut(t, f.s.Window, scProjector)
}

// projectorPairs are the projector's texts and what each is drawn on, read
// from drawn views: the clock in each state, the levels' tiles, the bar,
// the verdicts, the load and the map.
func projectorPairs(t *testing.T, background color.Color) []contrastPair {
	ed := projectorSession(t)
	s := ed.Session
	ex := roomStep(s, workshop.StepValues).Values
	in := roomStep(s, workshop.StepReflection).Reflection.Initiatives
	for i := range in {
		in[i].Phase = workshop.Phases[i%len(workshop.Phases)]
		in[i].Direction = workshop.Directions[i%len(workshop.Directions)]
	}
	var out []contrastPair
	p, tm := projectorOn(t, ed, fyne.NewSize(1280, 720))
	clock := &fakeClock{t: time.Date(2026, 3, 12, 9, 0, 0, 0, time.UTC)}
	ed.Now = clock.Now
	views := []struct {
		kind   workshop.StepKind
		value  int
		reveal bool
		used   time.Duration // from the timebox's end
	}{{workshop.StepValues, 0, false, -30 * time.Second}, {workshop.StepValues, 0, true, time.Minute},
		{workshop.StepValues, 1, true, -10 * time.Minute}, {workshop.StepLoad, 0, true, 0}, {workshop.StepReflection, 0, true, 0}}
	for _, v := range views {
		st := roomStep(s, v.kind)
		p.SetStep(st.ID)
		p.SetValue(ex.Values[v.value].ID)
		p.SetReveal(v.reveal)
		tm.Start(st.ID)
		clock.Advance(time.Duration(st.Timebox)*time.Minute + v.used)
		tm.Tick()
		tm.Pause()
		out = append(out, drawnPairs(t, p.Object(), background)...)
	}
	// The walk reached the clock's amber and red, the levels' tiles and
	// segments, and the map's dots.
	backs := map[color.Color]bool{}
	for _, c := range out {
		backs[c.back] = true
	}
	levels := ex.ScaleOrDefault().Levels
	for i := range levels {
		if fill, _ := levelFill(levels, i); !backs[fill] {
			t.Errorf("no text on level %d's colour was checked", levels[i].Value)
		}
	}
	for _, c := range []color.Color{timerColor(TimerWarning), timerColor(TimerOver), directionColor(workshop.DirectionDown)} {
		if !backs[c] {
			t.Errorf("no text on %v was checked", c)
		}
	}
	return out
}

// drawnPairs pairs every text drawn under o with the fill of the last
// shape drawn under its middle before it, or the background.
func drawnPairs(t *testing.T, o fyne.CanvasObject, background color.Color) []contrastPair {
	type fill struct {
		at   fyne.Position
		size fyne.Size
		col  color.Color
	}
	var fills []fill
	var out []contrastPair
	for _, d := range drawnObjects(o) {
		switch x := d.obj.(type) {
		case *canvas.Rectangle:
			if _, _, _, a := x.FillColor.RGBA(); x.FillColor != nil && a > 0 {
				fills = append(fills, fill{d.pos, x.Size(), x.FillColor})
			}
		case *canvas.Circle:
			if _, _, _, a := x.FillColor.RGBA(); x.FillColor != nil && a > 0 {
				fills = append(fills, fill{d.pos, x.Size(), x.FillColor})
			}
		case *canvas.Text:
			if strings.TrimSpace(x.Text) == "" {
				continue
			}
			mid := d.pos.Add(fyne.NewPos(x.MinSize().Width/2, x.MinSize().Height/2))
			if x.Alignment == fyne.TextAlignCenter {
				mid.X = d.pos.X + x.Size().Width/2
			}
			back := background
			for _, f := range fills {
				if mid.X >= f.at.X && mid.X <= f.at.X+f.size.Width && mid.Y >= f.at.Y && mid.Y <= f.at.Y+f.size.Height {
					back = f.col
				}
			}
			out = append(out, contrastPair{fmt.Sprintf("%q on the projector", x.Text), x.Color, back})
		}
	}
	if len(out) < 10 {
		t.Fatalf("only %d texts on the projector", len(out))
	}
	return out
}

// benchProjector records one level from the keyboard on a 40 × 30 room,
// as BenchmarkValuesEnterLevel does, with the projector open on the value
// at 1920×1080: what the key costs on top is the projector's refresh.
func benchProjector(b *testing.B, reveal bool) {
	f := newGUI(b)
	f.s.Window.Resize(fyne.NewSize(1280, 800))
	s := roomSession(40, 30)
	for i := range s.Steps[0].Values.Values {
		v := &s.Steps[0].Values.Values[i]
		for j, p := range s.Participants {
			if j%3 != 0 {
				v.SetResponse(p.ID, 1+(i+j)%8)
			}
		}
	}
	sw, vs := openValues(b, f, s)
	sw.Projector.hasSecondary = func() bool { return false }
	sw.Projector.Open()
	sw.Projector.Win.Resize(fyne.NewSize(1920, 1080))
	sw.Projector.SetReveal(reveal)
	if !strings.Contains(drawnText(sw.Projector.View.Object()), vs.Value().Name) {
		b.Fatal("the projector does not show the value")
	}
	w := f.s.Window
	for i := 0; b.Loop(); i++ {
		if vs.Cursor == 39 {
			vs.Cursor = 0
		}
		w.Canvas().Focused().TypedRune(rune('1' + i%8))
	}
}

// BenchmarkProjectorEnterLevelHidden: the value and the scale on the
// projector while the room votes.
func BenchmarkProjectorEnterLevelHidden(b *testing.B) { benchProjector(b, false) }

// BenchmarkProjectorEnterLevelRevealed: the value's result on the
// projector, redrawn with each level.
func BenchmarkProjectorEnterLevelRevealed(b *testing.B) { benchProjector(b, true) }
