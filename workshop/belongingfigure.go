package workshop

import "math"

// The belonging map as a figure, laid out once for every place that draws
// it: the step's screen, the projector and the PDF. The levels are
// horizontal bands, top level first, with a gap between two bands (a rung
// of the ladder) and a column on the left for the levels' names. Drawn by
// person, each person is a dot in their level's band and each link a line
// between two dots; drawn by counts (a show of hands, or a map that may
// not show people), a pair of levels with relationships between them is
// one connector, thicker the more there are. A broken rung is marked
// across its gap. Sizes are in the caller's units (pixels on screen,
// millimetres on paper), with y growing downwards.

// FigPoint is a point of a figure.
type FigPoint struct{ X, Y float64 }

// FigRect is a rectangle of a figure: its top-left corner and its size.
type FigRect struct{ X, Y, W, H float64 }

// BelongingSpec is the size a belonging figure is drawn at, and the sizes
// of its parts.
type BelongingSpec struct {
	Width, Height float64
	// LabelWidth is the column on the left that holds the levels' names,
	// and a broken rung's label.
	LabelWidth float64
	// DotRadius is a person's dot; a crowded level shrinks every dot, down
	// to MinDotRadius, until the figure fits its height.
	DotRadius, MinDotRadius float64
	// Gap is the space between two dots and around a band's dots.
	Gap float64
	// LabelHeight is kept under each row of dots for the people's names.
	LabelHeight float64
	// RungHeight is the space between two bands.
	RungHeight float64
	// MinBandHeight is the least height of a band: its level's name and
	// count need it.
	MinBandHeight float64
}

// BelongingShape is what a figure shows.
type BelongingShape struct {
	// Levels is how many levels there are.
	Levels int
	// PersonLevel is the level of each person drawn, by index; -1 for a
	// person who is not drawn (on no level). Empty when the figure shows
	// counts only.
	PersonLevel []int
	// Links are pairs of indexes into PersonLevel.
	Links [][2]int
	// Pairs are the pairs of levels drawn as connectors (upper first), and
	// Weights their thickness, from 0 (thinnest) to 1 (thickest).
	Pairs   [][2]int
	Weights []float64
	// Broken are the broken rungs: k for the rung between level k and k+1.
	Broken []int
}

// BelongingFigure is a belonging map laid out at one size.
type BelongingFigure struct {
	// Bands are the levels' bands, top first; the dots go in Area's part
	// of them, the names in the label column to the left.
	Bands []FigRect
	Area  FigRect // the part of the figure right of the label column
	// Dots are the people's centres, by index; a person not drawn is at
	// (NaN, NaN). Radius is the dots' radius after any shrinking.
	Dots   []FigPoint
	Radius float64
	// Links are the lines of the links, by index: from one dot's centre to
	// the other's; a link to a person not drawn has NaN ends.
	Links [][2]FigPoint
	// Connectors are the pairs' lines, by index: from the middle of the
	// upper band to the middle of the lower, and the place for the count's
	// label, half way.
	Connectors []FigConnector
	// Rungs are the broken rungs' marks, in the order given.
	Rungs []FigRung
	// Height is the height the figure takes: the spec's, or more when even
	// the smallest dots do not fit in it.
	Height float64
}

// FigConnector is the line of a pair of levels.
type FigConnector struct {
	From, To FigPoint
	Label    FigPoint
	Weight   float64
}

// FigRung is a broken rung's mark: a line across the gap at height Y from
// X1 to X2, and a label in the label column, its left end at Label.
type FigRung struct {
	Rung   int
	Y      float64
	X1, X2 float64
	Label  FigPoint
}

// LayOutBelonging places the figure's parts for a size.
func LayOutBelonging(spec BelongingSpec, sh BelongingShape) BelongingFigure {
	n := sh.Levels
	f := BelongingFigure{Radius: spec.DotRadius}
	if n <= 0 {
		return f
	}
	area := FigRect{X: spec.LabelWidth, W: math.Max(spec.Width-spec.LabelWidth, 1)}
	people := make([]int, n)
	for _, l := range sh.PersonLevel {
		if l >= 0 && l < n {
			people[l]++
		}
	}
	rows, heights := f.fitDots(spec, area, people, len(sh.PersonLevel) > 0)
	// Room to spare goes to every band alike: bands of one height read as
	// levels of one ladder.
	var used float64
	for _, h := range heights {
		used += h
	}
	extra := (f.Height - used - spec.RungHeight*float64(n-1)) / float64(n)
	y := 0.0
	f.Bands = make([]FigRect, n)
	for i := range n {
		f.Bands[i] = FigRect{X: 0, Y: y, W: spec.Width, H: heights[i] + extra}
		y += f.Bands[i].H + spec.RungHeight
	}
	area.H = f.Height
	f.Area = area

	f.Dots = f.placeDots(spec, sh, people, rows)
	f.Links = make([][2]FigPoint, len(sh.Links))
	for i, l := range sh.Links {
		f.Links[i] = [2]FigPoint{f.dot(l[0]), f.dot(l[1])}
	}
	f.placeConnectors(sh)
	for _, k := range sh.Broken {
		if k < 0 || k+1 >= n {
			continue
		}
		b := f.Bands[k]
		y := b.Y + b.H + spec.RungHeight/2
		f.Rungs = append(f.Rungs, FigRung{Rung: k, Y: y, X1: area.X, X2: area.X + area.W, Label: FigPoint{0, y}})
	}
	return f
}

// fitDots finds the largest dots with which every band fits the height,
// and sets the figure's radius and height; it returns each band's rows of
// dots and least height.
func (f *BelongingFigure) fitDots(spec BelongingSpec, area FigRect, people []int, byPerson bool) (rows []int, heights []float64) {
	n := len(people)
	rows, heights = make([]int, n), make([]float64, n)
	r := spec.DotRadius
	for {
		cell := 2*r + spec.Gap
		cols := max(1, int((area.W-spec.Gap)/cell))
		total := spec.RungHeight * float64(n-1)
		// Smaller dots help only where the dots, not the band's least
		// height, make a band as high as it is.
		crowded := false
		for i := range n {
			rows[i] = (people[i] + cols - 1) / cols
			dots := float64(rows[i])*(cell+spec.LabelHeight) + spec.Gap
			crowded = crowded || dots > spec.MinBandHeight
			heights[i] = math.Max(spec.MinBandHeight, dots)
			total += heights[i]
		}
		// The tolerance absorbs rounding: a size handed over in float32
		// must not count as too small for the figure it was made for.
		if total <= spec.Height*(1+1e-6) || !crowded || r <= spec.MinDotRadius || !byPerson {
			f.Radius, f.Height = r, math.Max(total, spec.Height)
			return rows, heights
		}
		r = math.Max(spec.MinDotRadius, r*0.9)
	}
}

// placeConnectors puts the pairs' connectors side by side across the
// area, in the order given.
func (f *BelongingFigure) placeConnectors(sh BelongingShape) {
	n := len(f.Bands)
	f.Connectors = make([]FigConnector, len(sh.Pairs))
	for k, p := range sh.Pairs {
		x := f.Area.X + f.Area.W*float64(k+1)/float64(len(sh.Pairs)+1)
		up, lo := f.Bands[min(max(p[0], 0), n-1)], f.Bands[min(max(p[1], 0), n-1)]
		from, to := FigPoint{x, up.Y + up.H/2}, FigPoint{x, lo.Y + lo.H/2}
		w := 0.0
		if k < len(sh.Weights) {
			w = math.Min(1, math.Max(0, sh.Weights[k]))
		}
		f.Connectors[k] = FigConnector{From: from, To: to, Label: FigPoint{x, (from.Y + to.Y) / 2}, Weight: w}
	}
}

// placeDots puts each level's people in rows across its band, spread
// evenly so that the lines between bands fan out, but no further apart
// than a few dots' width, centred.
func (f *BelongingFigure) placeDots(spec BelongingSpec, sh BelongingShape, people, rows []int) []FigPoint {
	cell := 2*f.Radius + spec.Gap
	dots := make([]FigPoint, len(sh.PersonLevel))
	seen := make([]int, len(people))
	for i, l := range sh.PersonLevel {
		if l < 0 || l >= len(people) {
			dots[i] = FigPoint{math.NaN(), math.NaN()}
			continue
		}
		k := seen[l]
		seen[l]++
		perRow := (people[l] + rows[l] - 1) / rows[l]
		row, col := k/perRow, k%perRow
		inRow := min(perRow, people[l]-row*perRow)
		step := math.Min((f.Area.W-spec.Gap)/float64(inRow), 6*cell)
		left := f.Area.X + (f.Area.W-step*float64(inRow))/2
		b := f.Bands[l]
		rowH := cell + spec.LabelHeight
		top := b.Y + (b.H-float64(rows[l])*rowH)/2
		dots[i] = FigPoint{left + step*(float64(col)+0.5), top + rowH*float64(row) + cell/2}
	}
	return dots
}

// LabelRoom is the width a label may take under each level's dots, by
// level: the space between two neighbouring dots less gap when the
// level's people stand in one row, lone when one person stands alone, and
// 0 where they stand in more rows, which leaves no room under a dot.
// personLevel is the shape's.
func (f *BelongingFigure) LabelRoom(personLevel []int, gap, lone float64) []float64 {
	room := make([]float64, len(f.Bands))
	first := make([]FigPoint, len(f.Bands))
	seen := make([]int, len(f.Bands))
	for i, p := range f.Dots {
		if i >= len(personLevel) || math.IsNaN(p.X) {
			continue
		}
		l := personLevel[i]
		if l < 0 || l >= len(room) {
			continue
		}
		seen[l]++
		switch {
		case seen[l] == 1:
			first[l], room[l] = p, lone
		case p.Y != first[l].Y:
			room[l] = math.Inf(-1) // a second row
		case seen[l] == 2:
			room[l] = p.X - first[l].X - gap
		}
	}
	for l := range room {
		room[l] = math.Max(room[l], 0)
	}
	return room
}

func (f *BelongingFigure) dot(i int) FigPoint {
	if i < 0 || i >= len(f.Dots) {
		return FigPoint{math.NaN(), math.NaN()}
	}
	return f.Dots[i]
}

// PersonAt is the person whose dot is at or next to p, or -1.
func (f *BelongingFigure) PersonAt(p FigPoint) int {
	best, bestD := -1, math.Inf(1)
	reach := f.Radius * 1.8
	for i, d := range f.Dots {
		dist := math.Hypot(d.X-p.X, d.Y-p.Y)
		if dist <= reach && dist < bestD {
			best, bestD = i, dist
		}
	}
	return best
}
