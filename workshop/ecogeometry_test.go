package workshop_test

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"scaleroom/workshop"
)

// ecoMeasure is a stand-in for a font: 7 units a character.
func ecoMeasure(s string) float64 { return 7 * float64(utf8.RuneCountInString(s)) }

// ecoScreen is a spec like the session window's at 1280×800.
func ecoScreen(w, h float64) workshop.EcoSpec {
	return workshop.EcoSpec{
		Width: w, Height: h,
		DotRadius: 11, MinDotRadius: 7, Gap: 4,
		TitleHeight: 18, MeasureTitle: ecoMeasure,
		Labels: workshop.NewTextFitter(ecoMeasure), LabelWidth: 120, LabelHeight: 18,
		Unplaced: true,
	}
}

// ecoZones are the places an initiative can be drawn, the strip last.
var ecoZones = []workshop.EcoZone{
	{Phase: workshop.PhaseBirth}, {Phase: workshop.PhaseMaturity}, {Phase: workshop.PhaseDestruction},
	{Phase: workshop.PhaseRenewal}, {Trap: workshop.TrapRigidity}, {Trap: workshop.TrapPoverty}, {},
}

// ecoItems makes n items spread over every zone, with long names.
func ecoItems(n int) []workshop.EcoItem {
	items := make([]workshop.EcoItem, n)
	for i := range items {
		items[i] = workshop.EcoItem{Zone: ecoZones[i%len(ecoZones)], Label: fmt.Sprintf("Initiative %d %s", i+1, strings.Repeat("with a long name ", 120))[:2000]}
	}
	return items
}

func area(t *testing.T, f *workshop.EcoFigure, z workshop.EcoZone) workshop.EcoArea {
	t.Helper()
	for _, a := range f.Areas {
		if a.Zone == z && !(a.Strip && z != workshop.EcoZone{}) {
			return a
		}
	}
	t.Fatalf("no area for %+v", z)
	return workshop.EcoArea{}
}

func TestEcoAreasFollowTheCycle(t *testing.T) {
	f := workshop.LayoutEcocycle(nil, ecoScreen(1000, 540))
	// The strip takes a row of dots under the cycle: 2*11 + 2*4 = 30 high.
	cycleH := 510.0
	want := map[workshop.EcoZone]workshop.EcoRect{
		{Trap: workshop.TrapPoverty}:       {0, 0, 160, cycleH},
		{Phase: workshop.PhaseRenewal}:     {160, 0, 340, cycleH / 2},
		{Phase: workshop.PhaseBirth}:       {160, cycleH / 2, 340, cycleH / 2},
		{Phase: workshop.PhaseMaturity}:    {500, 0, 340, cycleH / 2},
		{Phase: workshop.PhaseDestruction}: {500, cycleH / 2, 340, cycleH / 2},
		{Trap: workshop.TrapRigidity}:      {840, 0, 160, cycleH},
		{}:                                 {0, cycleH, 1000, 30},
	}
	for z, r := range want {
		if got := area(t, f, z).Rect; got != r {
			t.Errorf("%+v: area %v, want %v", z, got, r)
		}
	}
	// "Creative destruction" is 140 units: it fits a 332-unit quadrant on
	// one line; "Poverty trap" (84) fits a 152-unit band.
	if l := area(t, f, workshop.EcoZone{Phase: workshop.PhaseDestruction}).TitleLines; len(l) != 1 || l[0] != "Creative destruction" {
		t.Errorf("destruction title %q", l)
	}
	narrow := workshop.LayoutEcocycle(nil, ecoScreen(500, 400))
	// A 72-unit band holds "Rigidity" (56) but not "Rigidity trap" (91).
	if l := area(t, narrow, workshop.EcoZone{Trap: workshop.TrapRigidity}).TitleLines; len(l) != 2 || l[0] != "Rigidity" || l[1] != "trap" {
		t.Errorf("narrow rigidity title %q", l)
	}
	// The loop is closed and crosses at the middle of the quadrants.
	loop := f.Loop
	if len(loop) != 121 || loop[0] != loop[120] {
		t.Fatalf("loop of %d points, closed %v", len(loop), loop[0] == loop[len(loop)-1])
	}
	mid := loop[30] // t = π/2: the crossing
	if math.Abs(mid.X-500) > 1e-9 || math.Abs(mid.Y-cycleH/2) > 1e-9 {
		t.Errorf("the loop crosses at %v, want (500, %v)", mid, cycleH/2)
	}
	if right := loop[0]; math.Abs(right.X-(500+680*0.47)) > 1e-9 {
		t.Errorf("the loop reaches %v on the right, want x %v", right, 500+680*0.47)
	}
}

// checkFigure checks what every figure must hold: each shown dot inside
// its own area (and so in its phase's half of the loop), where the inverse
// finds its zone; no dot on another; no label over another label, a dot,
// a title or the edge.
func checkFigure(t *testing.T, items []workshop.EcoItem, f *workshop.EcoFigure) {
	t.Helper()
	bounds := workshop.EcoRect{W: f.Spec.Width, H: f.Spec.Height}
	for i, d := range f.Dots {
		if d.Number != i+1 {
			t.Fatalf("item %d numbered %d", i, d.Number)
		}
		if !d.Shown {
			continue
		}
		a := f.Areas[d.Area]
		if a.Zone != items[i].Zone {
			t.Errorf("#%d (%+v) drawn in %+v", d.Number, items[i].Zone, a.Zone)
		}
		box := workshop.EcoRect{X: d.Center.X - d.Radius, Y: d.Center.Y - d.Radius, W: 2 * d.Radius, H: 2 * d.Radius}
		if !(box.X >= a.Rect.X && box.Y >= a.Rect.Y && box.X+box.W <= a.Rect.X+a.Rect.W && box.Y+box.H <= a.Rect.Y+a.Rect.H) {
			t.Errorf("#%d at %v r %v leaves its area %v", d.Number, d.Center, d.Radius, a.Rect)
		}
		if z, ok := f.PlaceAt(d.Center); !ok || z != items[i].Zone {
			t.Errorf("#%d: the point under its dot maps to %+v %v, want %+v", d.Number, z, ok, items[i].Zone)
		}
		if got := f.DotAt(d.Center, 0); got != i {
			t.Errorf("#%d: DotAt its centre finds item %d", d.Number, got)
		}
		for j := i + 1; j < len(f.Dots); j++ {
			e := f.Dots[j]
			if e.Shown && math.Hypot(d.Center.X-e.Center.X, d.Center.Y-e.Center.Y) < d.Radius+e.Radius {
				t.Errorf("dots #%d and #%d overlap", d.Number, e.Number)
			}
		}
	}
	for i, l := range f.Labels {
		if !l.Shown {
			continue
		}
		if !f.Dots[i].Shown {
			t.Errorf("#%d has a label and no dot", i+1)
		}
		if l.Rect.X < 0 || l.Rect.Y < 0 || l.Rect.X+l.Rect.W > bounds.W || l.Rect.Y+l.Rect.H > bounds.H {
			t.Errorf("label #%d %v leaves the figure", i+1, l.Rect)
		}
		if w := ecoMeasure(l.Text); w > l.Rect.W+1e-9 || l.Rect.W > f.Spec.LabelWidth {
			t.Errorf("label #%d %q is %v wide in a %v rect", i+1, l.Text, w, l.Rect.W)
		}
		for j, m := range f.Labels {
			if j != i && m.Shown && l.Rect.Overlaps(m.Rect) {
				t.Errorf("labels #%d %v and #%d %v overlap", i+1, l.Rect, j+1, m.Rect)
			}
		}
		for j, d := range f.Dots {
			if d.Shown && rectDistance(l.Rect, d.Center) < d.Radius {
				t.Errorf("label #%d %v covers dot #%d at %v", i+1, l.Rect, j+1, d.Center)
			}
		}
		for _, a := range f.Areas {
			if l.Rect.Overlaps(a.TitleRect) {
				t.Errorf("label #%d %v covers the title %q", i+1, l.Rect, a.Title)
			}
		}
	}
}

func rectDistance(r workshop.EcoRect, p workshop.EcoPoint) float64 {
	dx := math.Max(math.Max(r.X-p.X, 0), p.X-(r.X+r.W))
	dy := math.Max(math.Max(r.Y-p.Y, 0), p.Y-(r.Y+r.H))
	return math.Hypot(dx, dy)
}

func shownLabels(f *workshop.EcoFigure) int {
	n := 0
	for _, l := range f.Labels {
		if l.Shown {
			n++
		}
	}
	return n
}

func TestEcoDotsAndLabelsNeverCollide(t *testing.T) {
	for _, c := range []struct {
		n        int
		w, h     float64
		min, max int // labels placed
	}{
		{1, 700, 420, 1, 1},
		{12, 700, 420, 12, 12},
		{12, 1000, 600, 12, 12},
		// A crowd: some labelled, the rest left to the side list.
		{100, 700, 420, 10, 90},
		{100, 1400, 900, 80, 100},
	} {
		t.Run(fmt.Sprintf("%d at %vx%v", c.n, c.w, c.h), func(t *testing.T) {
			items := ecoItems(c.n)
			f := workshop.LayoutEcocycle(items, ecoScreen(c.w, c.h))
			checkFigure(t, items, f)
			for i, d := range f.Dots {
				if !d.Shown {
					t.Errorf("#%d has no dot", i+1)
				}
			}
			if got := shownLabels(f); got < c.min || got > c.max {
				t.Errorf("%d labels placed, want %d to %d", got, c.min, c.max)
			}
		})
	}
}

func TestEcoPhasesSitInTheirLobes(t *testing.T) {
	items := ecoItems(100)
	f := workshop.LayoutEcocycle(items, ecoScreen(900, 520))
	cycleH := area(t, f, workshop.EcoZone{Phase: workshop.PhaseBirth}).Rect
	midX, midY := cycleH.X+cycleH.W, cycleH.Y // the crossing of the loop
	for i, d := range f.Dots {
		left := d.Center.X < midX
		top := d.Center.Y < midY
		switch items[i].Zone {
		case workshop.EcoZone{Phase: workshop.PhaseRenewal}:
			if !left || !top {
				t.Errorf("renewal #%d at %v: want the back loop's upper half", i+1, d.Center)
			}
		case workshop.EcoZone{Phase: workshop.PhaseBirth}:
			if !left || top {
				t.Errorf("birth #%d at %v: want the back loop's lower half", i+1, d.Center)
			}
		case workshop.EcoZone{Phase: workshop.PhaseMaturity}:
			if left || !top {
				t.Errorf("maturity #%d at %v: want the right loop's upper half", i+1, d.Center)
			}
		case workshop.EcoZone{Phase: workshop.PhaseDestruction}:
			if left || top {
				t.Errorf("destruction #%d at %v: want the right loop's lower half", i+1, d.Center)
			}
		}
	}
	// The first dot of a phase sits on the loop itself.
	for i := range 4 {
		d := f.Dots[i]
		near := math.Inf(1)
		for _, p := range f.Loop {
			near = math.Min(near, math.Hypot(p.X-d.Center.X, p.Y-d.Center.Y))
		}
		if near > d.Radius*2+f.Spec.Gap {
			t.Errorf("#%d, first in %+v, is %v from the loop", i+1, items[i].Zone, near)
		}
	}
	// A trap's dots gather where it meets its phase: rigidity high on the
	// right, poverty low on the left.
	rig, pov := f.Dots[4], f.Dots[5]
	if rig.Center.Y > f.Spec.Height*0.4 || pov.Center.Y < f.Spec.Height*0.5 {
		t.Errorf("rigidity's first dot at %v, poverty's at %v", rig.Center, pov.Center)
	}
}

func TestEcoNumbersAreStable(t *testing.T) {
	items := ecoItems(12)
	spec := ecoScreen(800, 480)
	a := workshop.LayoutEcocycle(items, spec)
	b := workshop.LayoutEcocycle(items, spec)
	for i := range a.Dots {
		if a.Dots[i] != b.Dots[i] || a.Labels[i] != b.Labels[i] {
			t.Fatalf("#%d laid out twice differently: %+v %+v / %+v %+v", i+1, a.Dots[i], a.Labels[i], b.Dots[i], b.Labels[i])
		}
	}
	// Renaming and moving an initiative renumbers nothing, and the dots of
	// the zones it did not touch stay where they were.
	items[3].Label = "Renamed"
	items[3].Zone = workshop.EcoZone{Phase: workshop.PhaseBirth} // was renewal
	c := workshop.LayoutEcocycle(items, spec)
	for i, d := range c.Dots {
		if d.Number != i+1 {
			t.Fatalf("#%d renumbered %d", i+1, d.Number)
		}
		z := items[i].Zone
		if z != (workshop.EcoZone{Phase: workshop.PhaseBirth}) && z != (workshop.EcoZone{Phase: workshop.PhaseRenewal}) && d.Center != a.Dots[i].Center {
			t.Errorf("#%d in %+v moved from %v to %v", i+1, z, a.Dots[i].Center, d.Center)
		}
	}
	checkFigure(t, items, c)

	// One more initiative in a zone that has room: the dots already there
	// keep their places.
	more := append(items[:len(items):len(items)], workshop.EcoItem{Zone: workshop.EcoZone{Phase: workshop.PhaseBirth}, Label: "New"})
	d := workshop.LayoutEcocycle(more, spec)
	for i := range items {
		if d.Dots[i].Center != c.Dots[i].Center {
			t.Errorf("#%d moved from %v to %v when #%d joined", i+1, c.Dots[i].Center, d.Dots[i].Center, len(more))
		}
	}
	checkFigure(t, more, d)
}

func TestEcoSelectedLabelComesFirst(t *testing.T) {
	items := ecoItems(100)
	f := workshop.LayoutEcocycle(items, ecoScreen(700, 420))
	last := -1
	for i, l := range f.Labels {
		if !l.Shown {
			last = i
		}
	}
	if last < 0 {
		t.Fatal("every label placed: the crowd is not crowded")
	}
	items[last].First = true
	g := workshop.LayoutEcocycle(items, ecoScreen(700, 420))
	if !g.Labels[last].Shown {
		t.Errorf("the selected #%d has no label", last+1)
	}
	checkFigure(t, items, g)
}

func TestEcoPlaceAtIsTheInverse(t *testing.T) {
	f := workshop.LayoutEcocycle(nil, ecoScreen(1000, 540))
	for _, z := range ecoZones {
		a := area(t, f, z)
		for _, p := range []workshop.EcoPoint{
			a.Rect.Center(),
			{a.Rect.X + 1, a.Rect.Y + 1},
			{a.Rect.X + a.Rect.W - 1, a.Rect.Y + a.Rect.H - 1},
		} {
			if got, ok := f.PlaceAt(p); !ok || got != z {
				t.Errorf("%v in %+v maps to %+v %v", p, z, got, ok)
			}
		}
	}
	for _, p := range []workshop.EcoPoint{{-1, 10}, {1001, 10}, {500, 541}} {
		if z, ok := f.PlaceAt(p); ok {
			t.Errorf("%v outside the figure maps to %+v", p, z)
		}
	}
	// Without a strip, below the cycle is nowhere.
	spec := ecoScreen(1000, 540)
	spec.Unplaced = false
	if z, ok := workshop.LayoutEcocycle(nil, spec).PlaceAt(workshop.EcoPoint{X: 500, Y: 541}); ok {
		t.Errorf("below a figure without a strip maps to %+v", z)
	}

	// Round trip: an initiative dropped at any dot's place in a zone is
	// drawn in that zone again.
	items := ecoItems(30)
	g := workshop.LayoutEcocycle(items, ecoScreen(900, 520))
	for i, d := range g.Dots {
		z, ok := g.PlaceAt(d.Center)
		if !ok {
			t.Fatalf("#%d's dot is off the figure", i+1)
		}
		for _, from := range []workshop.Initiative{
			{}, {Phase: workshop.PhaseMaturity}, {Phase: workshop.PhaseBirth, Trap: workshop.TrapPoverty}, {Trap: workshop.TrapRigidity},
		} {
			in := from
			in.Place(z)
			if workshop.ZoneOf(&in) != z {
				t.Errorf("%+v dropped on %+v is drawn in %+v", from, z, workshop.ZoneOf(&in))
			}
		}
	}
}

func TestInitiativePlace(t *testing.T) {
	for _, c := range []struct {
		from    workshop.Initiative
		to      workshop.EcoZone
		want    workshop.Initiative
		changed bool
	}{
		// A phase clears the trap: the dot left the trap's band.
		{workshop.Initiative{Phase: workshop.PhaseMaturity, Trap: workshop.TrapRigidity}, workshop.EcoZone{Phase: workshop.PhaseDestruction},
			workshop.Initiative{Phase: workshop.PhaseDestruction}, true},
		// A trap keeps the phase.
		{workshop.Initiative{Phase: workshop.PhaseMaturity}, workshop.EcoZone{Trap: workshop.TrapRigidity},
			workshop.Initiative{Phase: workshop.PhaseMaturity, Trap: workshop.TrapRigidity}, true},
		// The strip clears both.
		{workshop.Initiative{Phase: workshop.PhaseBirth, Trap: workshop.TrapPoverty}, workshop.EcoZone{},
			workshop.Initiative{}, true},
		// Dropped where it was.
		{workshop.Initiative{Phase: workshop.PhaseBirth, Trap: workshop.TrapPoverty}, workshop.EcoZone{Trap: workshop.TrapPoverty},
			workshop.Initiative{Phase: workshop.PhaseBirth, Trap: workshop.TrapPoverty}, false},
	} {
		in := c.from
		if got := in.Place(c.to); got != c.changed || in != c.want {
			t.Errorf("%+v to %+v: %+v changed %v, want %+v %v", c.from, c.to, in, got, c.want, c.changed)
		}
	}
}

func TestEcoPrintHidesTheUnplaced(t *testing.T) {
	items := ecoItems(14) // #7 and #14 are not placed
	spec := ecoScreen(180, 100)
	spec.Unplaced, spec.Labels = false, nil
	spec.DotRadius, spec.MinDotRadius, spec.Gap, spec.TitleHeight = 2.63, 0.95, 1.24, 4
	f := workshop.LayoutEcocycle(items, spec)
	if fmt.Sprint(f.Hidden) != "[7 14]" {
		t.Errorf("hidden %v, want [7 14]", f.Hidden)
	}
	for i, l := range f.Labels {
		if l.Shown || l.Text != "" {
			t.Errorf("#%d labelled %q without labels asked for", i+1, l.Text)
		}
	}
	checkFigure(t, items, f)
}

func TestEcoStripSaysHowManyMore(t *testing.T) {
	items := make([]workshop.EcoItem, 40)
	for i := range items {
		items[i].Label = fmt.Sprint("Idea ", i+1)
	}
	f := workshop.LayoutEcocycle(items, ecoScreen(600, 400))
	// The row is 600 - 4 - 105 ("Not placed yet:") - 4 - 4 = 483 wide; a
	// dot takes 26: "+23 more" (56 + 4) leaves room for 16 dots.
	if len(f.Hidden) != 24 || f.MoreText != "+24 more" {
		t.Fatalf("hidden %v, note %q", f.Hidden, f.MoreText)
	}
	if f.Hidden[0] != 17 || f.Hidden[23] != 40 {
		t.Errorf("hidden %v: want the last ones", f.Hidden)
	}
	for _, d := range f.Dots {
		if d.Shown && d.Center.X+d.Radius > f.More.X {
			t.Errorf("#%d at %v runs into the note at %v", d.Number, d.Center, f.More)
		}
	}
	if ecoMeasure(f.MoreText) > f.More.W+1e-9 || f.More.X+f.More.W > 600 {
		t.Errorf("note %q in %v", f.MoreText, f.More)
	}
	checkFigure(t, items, f)
}

func TestEcoCrowdedAreaShrinksItsDots(t *testing.T) {
	items := make([]workshop.EcoItem, 100)
	for i := range items {
		items[i] = workshop.EcoItem{Zone: workshop.EcoZone{Trap: workshop.TrapRigidity}, Label: "x"}
	}
	f := workshop.LayoutEcocycle(items, ecoScreen(700, 420))
	r := f.Dots[0].Radius
	if r >= 11 || r <= 0 {
		t.Errorf("100 dots in a 112-wide band have radius %v, want smaller than 11", r)
	}
	checkFigure(t, items, f)
}

func TestTruncateFindsTheLongestStart(t *testing.T) {
	name := strings.Repeat("Ünïcode name ", 200)[:2000]
	for limit := 0; limit < 120; limit += 7 {
		fits := func(s string) bool { return utf8.RuneCountInString(s) <= limit }
		got := workshop.Truncate(name, fits)
		want := "…"
		if limit > 1 {
			want = string([]rune(name)[:limit-1]) + "…"
		}
		if got != want {
			t.Errorf("limit %d: %q, want %q", limit, got, want)
		}
	}
	if got := workshop.Truncate("short", func(string) bool { return true }); got != "short" {
		t.Errorf("a text that fits became %q", got)
	}
	// A 2,000-character name cut to 30 characters is measured a dozen
	// times, never on more than 64 characters (the gallop's last step).
	calls, longest, whole := 0, 0, utf8.RuneCountInString(name)
	workshop.Truncate(name, func(s string) bool {
		calls++
		if n := utf8.RuneCountInString(s); n > longest && n < whole {
			longest = n
		}
		return utf8.RuneCountInString(s) <= 30
	})
	if calls > 12 || longest > 65 {
		t.Errorf("%d measures, the longest %d characters", calls, longest)
	}
}

func TestTextFitterRemembers(t *testing.T) {
	calls := 0
	f := workshop.NewTextFitter(func(s string) float64 { calls++; return ecoMeasure(s) })
	text, w := f.Fit("Quarterly report to the board", 70) // 10 characters
	if text != "Quarterly…" || w != 70 {
		t.Errorf("fitted %q %v", text, w)
	}
	calls = 0
	if again, _ := f.Fit("Quarterly report to the board", 70); again != text || calls != 0 {
		t.Errorf("second fit %q measured %d times", again, calls)
	}
}

// BenchmarkLayoutEcocycle lays out 100 initiatives with 2,000-character
// names, one of them renamed each time, as typing does: the fitter
// remembers the others.
func BenchmarkLayoutEcocycle(b *testing.B) {
	items := ecoItems(100)
	spec := ecoScreen(1000, 560)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		items[0].Label = fmt.Sprint(i, items[1].Label)
		workshop.LayoutEcocycle(items, spec)
	}
}

// BenchmarkLayoutEcocycleCold measures every label afresh each time.
func BenchmarkLayoutEcocycleCold(b *testing.B) {
	items := ecoItems(100)
	b.ReportAllocs()
	for b.Loop() {
		spec := ecoScreen(1000, 560)
		workshop.LayoutEcocycle(items, spec)
	}
}

// A trap's band widens to hold its title's longest word, which in German
// is the whole title ("Starrheitsfalle"), and no further than a quarter.
func TestEcoBandHoldsItsTitle(t *testing.T) {
	german := map[string]string{"Poverty trap": "Armutsfalle", "Rigidity trap": "Starrheitsfalle"}
	defer func(old func(string) string) { workshop.Translate = old }(workshop.Translate)
	workshop.Translate = func(s string) string {
		if g, ok := german[s]; ok {
			return g
		}
		return s
	}
	perRune := func(s string) float64 { return 8 * float64(len([]rune(s))) } // 8 px a letter
	spec := workshop.EcoSpec{Width: 600, Height: 400, Gap: 4, TitleHeight: 16, MeasureTitle: perRune}
	f := workshop.LayoutEcocycle(nil, spec)
	band := func(tr workshop.Trap) workshop.EcoArea {
		for _, a := range f.Areas {
			if a.Zone.Trap == tr {
				return a
			}
		}
		t.Fatalf("no band for %s", tr)
		return workshop.EcoArea{}
	}
	// 15 letters × 8 px + 2 × 4 px gap = 128 px, more than 16% of 600 (96).
	if w := band(workshop.TrapRigidity).Rect.W; w != 128 {
		t.Errorf("rigidity band %.0f px wide, want 128", w)
	}
	if w := band(workshop.TrapPoverty).Rect.W; w != 128 {
		t.Errorf("bands differ: poverty %.0f px", w)
	}
	if l := band(workshop.TrapRigidity).TitleLines; len(l) != 1 || l[0] != "Starrheitsfalle" {
		t.Errorf("title lines %q", l)
	}
	// A narrow figure caps the band at 24% and the word overflows rather
	// than squeeze the cycle away.
	// The word is broken with a hyphen where a syllable starts: 64 px a
	// line is 8 letters.
	spec.Width = 300
	narrow := workshop.LayoutEcocycle(nil, spec)
	if w := band2(narrow, workshop.TrapRigidity); w != 72 {
		t.Errorf("narrow figure: band %.0f px, want 72", w)
	}
	for _, a := range narrow.Areas {
		if a.Zone.Trap == workshop.TrapRigidity && strings.Join(a.TitleLines, "|") != "Starr-|heits-|falle" {
			t.Errorf("narrow title lines %q", a.TitleLines)
		}
	}
	// English keeps the old proportions: "Rigidity" (64 + 8) < 96.
	workshop.Translate = func(s string) string { return s }
	spec.Width = 600
	if w := band2(workshop.LayoutEcocycle(nil, spec), workshop.TrapRigidity); w != 96 {
		t.Errorf("English band %.0f px, want 96", w)
	}
}

func band2(f *workshop.EcoFigure, tr workshop.Trap) float64 {
	for _, a := range f.Areas {
		if a.Zone.Trap == tr {
			return a.Rect.W
		}
	}
	return -1
}
