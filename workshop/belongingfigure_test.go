package workshop

import (
	"math"
	"testing"
)

// near compares layout figures to the hundredth.
func near(a, b float64) bool { return math.Abs(a-b) < 0.01 }

func TestLayOutBelongingByPerson(t *testing.T) {
	spec := BelongingSpec{Width: 200, Height: 110, LabelWidth: 40, DotRadius: 5, MinDotRadius: 2, Gap: 2, RungHeight: 10, MinBandHeight: 20}
	sh := BelongingShape{
		Levels:      3,
		PersonLevel: []int{0, 1, 1, 2, -1},
		Links:       [][2]int{{0, 1}, {3, 4}},
		Broken:      []int{1, 2, -1}, // 2 and -1 are no rungs of three levels
	}
	f := LayOutBelonging(spec, sh)
	// By hand: a dot takes a cell of 2×5+2 = 12; one row per level, so
	// each band needs max(20, 12+2) = 20, 60 in all with 2 rungs of 10:
	// 80 of 110. The 30 to spare go 10 to each band: 30 high, at 0, 40, 80.
	for i, y := range []float64{0, 40, 80} {
		if b := f.Bands[i]; !near(b.Y, y) || !near(b.H, 30) || b.X != 0 || b.W != 200 {
			t.Errorf("band %d: %+v", i, b)
		}
	}
	if f.Radius != 5 || f.Height != 110 || f.Area != (FigRect{X: 40, Y: 0, W: 160, H: 110}) {
		t.Errorf("radius %v, height %v, area %+v", f.Radius, f.Height, f.Area)
	}
	// A row sits in the middle of its band: 9 above the cell, 6 to its
	// centre. Spacing is the narrower of 158/n and 6 cells (72), centred:
	// one dot at 120; two at 84 and 156.
	want := []FigPoint{{120, 15}, {84, 55}, {156, 55}, {120, 95}}
	for i, w := range want {
		if d := f.Dots[i]; !near(d.X, w.X) || !near(d.Y, w.Y) {
			t.Errorf("dot %d at %+v, want %+v", i, d, w)
		}
	}
	if !math.IsNaN(f.Dots[4].X) || !math.IsNaN(f.Links[1][1].Y) {
		t.Errorf("the person on no level is drawn at %+v", f.Dots[4])
	}
	if f.Links[0] != [2]FigPoint{f.Dots[0], f.Dots[1]} {
		t.Errorf("link %+v", f.Links[0])
	}
	// Names fit under the dots: alone on a level, the width given; two
	// dots 72 apart leave 72 less the gap.
	if room := f.LabelRoom(sh.PersonLevel, 2, 50); room[0] != 50 || room[1] != 70 || room[2] != 50 {
		t.Errorf("label room %v", room)
	}
	// Room for names under the dots: a row is 12+6 high, centred in its
	// band of 30 from 6, so its dots' centres are at 6+6 = 12.
	spec.LabelHeight = 6
	if g := LayOutBelonging(spec, sh); !near(g.Dots[0].Y, 12) || !near(g.Dots[3].Y, 92) || g.Bands[0].H != 30 {
		t.Errorf("with labels: dots at %v and %v, band %+v", g.Dots[0], g.Dots[3], g.Bands[0])
	}
	spec.LabelHeight = 0
	// The rung between levels 1 and 2 is half way down the gap: 70+5.
	if len(f.Rungs) != 1 || f.Rungs[0] != (FigRung{Rung: 1, Y: 75, X1: 40, X2: 200, Label: FigPoint{0, 75}}) {
		t.Errorf("rungs %+v", f.Rungs)
	}
	for _, c := range []struct {
		at   FigPoint
		want int
	}{{FigPoint{120, 15}, 0}, {FigPoint{128, 15}, 0}, {FigPoint{130, 15}, -1}, {FigPoint{156, 52}, 2}} {
		if got := f.PersonAt(c.at); got != c.want {
			t.Errorf("person at %+v: %d, want %d", c.at, got, c.want)
		}
	}
}

func TestLayOutBelongingCrowded(t *testing.T) {
	spec := BelongingSpec{Width: 200, Height: 30, LabelWidth: 40, DotRadius: 5, MinDotRadius: 2, Gap: 2, RungHeight: 10, MinBandHeight: 20}
	sh := BelongingShape{Levels: 1, PersonLevel: make([]int, 100)}
	f := LayOutBelonging(spec, sh)
	// Dots shrink by a tenth at a time until 100 fit in 30. At 5×0.9⁷ =
	// 2.39 a cell is 6.78, 23 fit across 158, and 5 rows are 35.9 high;
	// at 5×0.9⁸ = 2.15 a cell is 6.30, 25 fit, and 4 rows are 27.2.
	if !near(f.Radius, 5*math.Pow(0.9, 8)) || f.Height != 30 {
		t.Fatalf("radius %v, height %v", f.Radius, f.Height)
	}
	apart(t, f, sh)
	if room := f.LabelRoom(sh.PersonLevel, 1, 50); room[0] != 0 {
		t.Errorf("four rows leave %v under a dot", room[0])
	}
	// A thousand do not fit even at the least radius, 2 (a cell of 6, 26
	// across): the figure grows instead, and stays tidy.
	sh.PersonLevel = make([]int, 1000)
	f = LayOutBelonging(spec, sh)
	if f.Radius != 2 || f.Height != 39*6+2 { // ceil(1000/26) = 39 rows
		t.Fatalf("a thousand: radius %v, height %v", f.Radius, f.Height)
	}
	apart(t, f, sh)
	// Too low even for the bands' least height: dots that already fit
	// their bands stay as large as they were.
	few := BelongingShape{Levels: 3, PersonLevel: []int{0, 1, 2}}
	if f := LayOutBelonging(spec, few); f.Radius != 5 || f.Height != 80 {
		t.Errorf("three bands in 30: radius %v, height %v", f.Radius, f.Height)
	}
	// Nothing to draw, and no room to draw it in, do not fail.
	if f := LayOutBelonging(spec, BelongingShape{}); len(f.Bands) != 0 {
		t.Errorf("no levels: %+v", f)
	}
	if f := LayOutBelonging(BelongingSpec{}, BelongingShape{Levels: 2, PersonLevel: []int{0, 1, 1}}); len(f.Dots) != 3 || math.IsNaN(f.Dots[2].X) {
		t.Errorf("no size: %+v", f)
	}
}

// apart checks that every dot is inside its band and the area, and that
// no two dots overlap.
func apart(t *testing.T, f BelongingFigure, sh BelongingShape) {
	t.Helper()
	r := f.Radius
	for i, d := range f.Dots {
		b := f.Bands[sh.PersonLevel[i]]
		if d.X-r < f.Area.X-0.01 || d.X+r > f.Area.X+f.Area.W+0.01 || d.Y-r < b.Y-0.01 || d.Y+r > b.Y+b.H+0.01 {
			t.Fatalf("dot %d at %+v is outside band %+v", i, d, b)
		}
		for j := range i {
			if e := f.Dots[j]; math.Hypot(d.X-e.X, d.Y-e.Y) < 2*r-0.01 {
				t.Fatalf("dots %d and %d overlap: %+v %+v", j, i, e, d)
			}
		}
	}
}

func TestLayOutBelongingByCount(t *testing.T) {
	spec := BelongingSpec{Width: 200, Height: 110, LabelWidth: 40, DotRadius: 5, MinDotRadius: 2, Gap: 2, RungHeight: 10, MinBandHeight: 20}
	f := LayOutBelonging(spec, BelongingShape{Levels: 3, Pairs: [][2]int{{0, 1}, {0, 2}}, Weights: []float64{1, 2}})
	// Without people every band is 20 and the 30 to spare make them 30:
	// the same ladder as by person. Connectors at 1/3 and 2/3 of the area,
	// from the middle of one band (15, 55, 95) to the middle of another.
	want := []FigConnector{
		{From: FigPoint{40 + 160.0/3, 15}, To: FigPoint{40 + 160.0/3, 55}, Label: FigPoint{40 + 160.0/3, 35}, Weight: 1},
		{From: FigPoint{40 + 320.0/3, 15}, To: FigPoint{40 + 320.0/3, 95}, Label: FigPoint{40 + 320.0/3, 55}, Weight: 1},
	}
	for i, w := range want {
		c := f.Connectors[i]
		if !near(c.From.X, w.From.X) || !near(c.From.Y, w.From.Y) || !near(c.To.Y, w.To.Y) || !near(c.Label.Y, w.Label.Y) || c.Weight != w.Weight {
			t.Errorf("connector %d: %+v, want %+v", i, c, w)
		}
	}
}

// shapeOf is the figure of a map by person, as the report draws it.
func shapeOf(s *Session, e *BelongingExercise, r *BelongingResult) BelongingShape {
	index := make(map[string]int, len(s.Participants))
	sh := BelongingShape{Levels: len(r.Levels), PersonLevel: make([]int, len(s.Participants)), Broken: r.BrokenRungs}
	for i, p := range s.Participants {
		index[p.ID] = i
		sh.PersonLevel[i] = e.LevelIndex(p.Level)
	}
	for _, l := range e.Links {
		sh.Links = append(sh.Links, [2]int{index[l.Who], index[l.Whom]})
	}
	return sh
}

// BenchmarkBelongingFigure200 analyses a room of 200 people with 2,000
// links and lays out its figure at the size of a laptop's step screen:
// the work behind every key that records a link (goal: under 16 ms).
func BenchmarkBelongingFigure200(b *testing.B) {
	s, e := largeBelonging(b)
	spec := BelongingSpec{Width: 700, Height: 560, LabelWidth: 120, DotRadius: 11, MinDotRadius: 4, Gap: 4, RungHeight: 26, MinBandHeight: 44}
	b.ReportAllocs()
	for b.Loop() {
		r := AnalyseBelonging(s, e)
		f := LayOutBelonging(spec, shapeOf(s, e, &r))
		if len(f.Links) != 2000 {
			b.Fatal(len(f.Links))
		}
	}
}
