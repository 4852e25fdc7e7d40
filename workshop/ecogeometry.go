package workshop

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"
)

// The ecocycle figure, laid out once for every place that draws it: the
// session window, the projector and the PDF. It knows nothing of how it is
// drawn; sizes are in the caller's units (pixels on screen, millimetres on
// paper), with y growing downwards.
//
// The figure is the Ecocycle Planning map as the PDF has always drawn it:
// the poverty trap as a band on the left, the four phases as quadrants in
// the middle (renewal and birth on the left, maturity and creative
// destruction on the right), the rigidity trap as a band on the right, and
// the loop as a figure of eight through the quadrants.

// EcoPoint is a point on the figure.
type EcoPoint struct{ X, Y float64 }

// EcoRect is an axis-aligned rectangle: its top-left corner and its size.
type EcoRect struct{ X, Y, W, H float64 }

// Contains reports whether p is inside r or on its edge.
func (r EcoRect) Contains(p EcoPoint) bool {
	return p.X >= r.X && p.X <= r.X+r.W && p.Y >= r.Y && p.Y <= r.Y+r.H
}

// Overlaps reports whether r and o share more than an edge.
func (r EcoRect) Overlaps(o EcoRect) bool {
	return r.X < o.X+o.W && o.X < r.X+r.W && r.Y < o.Y+o.H && o.Y < r.Y+r.H
}

// Center is the middle of r.
func (r EcoRect) Center() EcoPoint { return EcoPoint{r.X + r.W/2, r.Y + r.H/2} }

// within reports whether r lies inside o.
func (r EcoRect) within(o EcoRect) bool {
	return r.X >= o.X && r.Y >= o.Y && r.X+r.W <= o.X+o.W && r.Y+r.H <= o.Y+o.H
}

// distance is how far p is from the nearest point of r; 0 inside.
func (r EcoRect) distance(p EcoPoint) float64 {
	dx := math.Max(math.Max(r.X-p.X, 0), p.X-(r.X+r.W))
	dy := math.Max(math.Max(r.Y-p.Y, 0), p.Y-(r.Y+r.H))
	return math.Hypot(dx, dy)
}

// EcoZone is where an initiative is drawn: in a phase, in a trap, or, with
// neither, among those not placed yet. A trap wins over the phase, since
// the trap is what the room has to act on.
type EcoZone struct {
	Phase Phase
	Trap  Trap
}

// ZoneOf is where an initiative is drawn.
func ZoneOf(in *Initiative) EcoZone {
	if in.Trap != TrapNone {
		return EcoZone{Trap: in.Trap}
	}
	return EcoZone{Phase: in.Phase}
}

// Place moves an initiative to a zone, as when its dot is dropped there: a
// phase takes it out of any trap; a trap keeps its phase, which the drop
// did not say; the strip of the not placed clears both. It reports whether
// anything changed.
func (in *Initiative) Place(z EcoZone) bool {
	old := *in
	switch {
	case z.Trap != TrapNone:
		in.Trap = z.Trap
	default:
		in.Phase, in.Trap = z.Phase, TrapNone
	}
	return in.Phase != old.Phase || in.Trap != old.Trap
}

// EcoItem is an initiative as the figure needs it.
type EcoItem struct {
	Zone EcoZone
	// Label is the text beside the dot; "" for none.
	Label string
	// First places this item's label before the others' (the selected
	// initiative's, so it is the last to go to the side list).
	First bool
}

// EcoItemsOf lists initiatives for the figure, with their names as labels
// and the selected one's label first.
func EcoItemsOf(ins []Initiative, selected string) []EcoItem {
	items := make([]EcoItem, len(ins))
	for i := range ins {
		items[i] = EcoItem{Zone: ZoneOf(&ins[i]), Label: ins[i].Name, First: selected != "" && ins[i].ID == selected}
	}
	return items
}

// EcoSpec is the size the figure is drawn at and the sizes of its parts.
type EcoSpec struct {
	Width, Height float64
	// DotRadius is a dot's radius; a crowded area shrinks its dots, down to
	// MinDotRadius while they fit, below it when they would not.
	DotRadius, MinDotRadius float64
	// Gap is the space kept between dots, labels and titles.
	Gap float64
	// TitleHeight is a line of an area's title, MeasureTitle its width.
	TitleHeight  float64
	MeasureTitle func(string) float64
	// Labels fits the items' labels to at most LabelWidth, on lines
	// LabelHeight high. Without it the dots carry numbers alone, as in
	// print, where a table below names them.
	Labels                  *TextFitter
	LabelWidth, LabelHeight float64
	// Unplaced keeps a strip under the cycle for the initiatives not placed
	// yet; without it they get no dot (the caller lists them).
	Unplaced bool
	// LoopPoints is how many segments trace the loop; 0 for 120.
	LoopPoints int
}

// UnplacedTitle heads the strip of initiatives not placed yet.
const UnplacedTitle = "Not placed yet:"

// EcoArea is a region of the figure: a trap's band, a phase's quadrant or
// the strip of the not placed.
type EcoArea struct {
	Zone EcoZone
	// Title is the area's name, wrapped into TitleLines that fill
	// TitleRect line by line, each centred (on the strip, left-aligned
	// beside the dots).
	Title      string
	TitleLines []string
	TitleRect  EcoRect
	Rect       EcoRect
	Band       bool // a trap's band
	Strip      bool // the strip of the not placed
	dots       EcoRect
	anchors    []EcoPoint // dots go nearest these first,
	mid        EcoPoint   // and nearest this among them
}

// EcoDot is an item's dot. Number is its place in the items' order, from 1,
// which the side list, the table in print and the screen share.
type EcoDot struct {
	Number int
	Center EcoPoint
	Radius float64
	// Area indexes Areas; -1 when the item has no dot (Shown is false).
	Area  int
	Shown bool
}

// EcoLabel is an item's label, when one was placed: Text is the label
// fitted to Rect's width. Items without one are read in the side list.
type EcoLabel struct {
	Text  string
	Rect  EcoRect
	Shown bool
}

// EcoFigure is the laid-out figure.
type EcoFigure struct {
	Spec  EcoSpec
	Areas []EcoArea
	// Loop traces the figure of eight, closed: its last point is its first.
	Loop   []EcoPoint
	Dots   []EcoDot   // one per item, in the items' order
	Labels []EcoLabel // one per item
	// Hidden numbers the items without a dot, in order: not placed with no
	// strip, or more than the strip holds.
	Hidden []int
	// More is where the strip says MoreText, how many more it could not
	// show; empty when it shows them all.
	More     EcoRect
	MoreText string
}

// ecoOrder is the areas in drawing order, left to right, then top to
// bottom within the middle.
var ecoOrder = []EcoZone{
	{Trap: TrapPoverty},
	{Phase: PhaseRenewal},
	{Phase: PhaseBirth},
	{Phase: PhaseMaturity},
	{Phase: PhaseDestruction},
	{Trap: TrapRigidity},
}

// Figure proportions, as the PDF has drawn them: each trap band takes this
// share of the width, and the loop spans these shares of the middle's
// width and the cycle's height (the PDF's 180 by 100 mm give 1.48 for
// their ratio).
const (
	ecoBandShare  = 0.16
	ecoBandMost   = 0.24 // the widest a band grows for its title
	ecoLoopWidth  = 0.47
	ecoLoopHeight = 0.85
	ecoLoopAspect = 1.5 // the most ecoLoopHeight may be of ecoLoopWidth
)

// LayoutEcocycle lays the figure out for the items at the spec's size.
func LayoutEcocycle(items []EcoItem, spec EcoSpec) *EcoFigure {
	f := &EcoFigure{Spec: spec}
	if spec.LoopPoints <= 0 {
		f.Spec.LoopPoints = 120
	}
	if spec.MeasureTitle == nil {
		f.Spec.MeasureTitle = func(string) float64 { return 0 }
	}
	f.layoutAreas()
	f.layoutDots(items)
	if spec.Labels != nil && spec.LabelWidth > 0 && spec.LabelHeight > 0 {
		f.layoutLabels(items)
	} else {
		f.Labels = make([]EcoLabel, len(items))
	}
	return f
}

// stripHeight is the strip's height: a row of dots with their labels.
func (s *EcoSpec) stripHeight() float64 {
	return math.Max(2*s.DotRadius, math.Max(s.LabelHeight, s.TitleHeight)) + 2*s.Gap
}

// layoutAreas places the bands, the quadrants, the strip and the loop.
func (f *EcoFigure) layoutAreas() {
	s := &f.Spec
	cycleH := s.Height
	if s.Unplaced {
		cycleH -= s.stripHeight()
	}
	bandW := s.Width * ecoBandShare
	// A band is as wide as its title's longest word (one German word,
	// "Starrheitsfalle", is the whole title), up to ecoBandMost.
	for _, t := range []Trap{TrapPoverty, TrapRigidity} {
		for _, w := range splitSpaces(t.Label()) {
			bandW = max(bandW, math.Min(s.MeasureTitle(w)+2*s.Gap, s.Width*ecoBandMost))
		}
	}
	midW := s.Width - 2*bandW
	qw, qh := midW/2, cycleH/2
	rects := []EcoRect{
		{0, 0, bandW, cycleH},
		{bandW, 0, qw, qh},
		{bandW, qh, qw, qh},
		{bandW + qw, 0, qw, qh},
		{bandW + qw, qh, qw, qh},
		{bandW + midW, 0, bandW, cycleH},
	}
	// The loop: a lemniscate through the quadrants, the front loop from
	// birth up to maturity crossing the middle.
	cx, cy := bandW+midW/2, cycleH/2
	ax := midW * ecoLoopWidth
	// No taller than the PDF's proportions: in a narrow, tall figure the
	// loop keeps its shape rather than stretching into two upright ovals.
	ay := math.Min(cycleH*ecoLoopHeight, ax*ecoLoopAspect)
	n := s.LoopPoints
	f.Loop = make([]EcoPoint, n+1)
	for i := range n + 1 {
		t := 2 * math.Pi * float64(i%n) / float64(n)
		den := 1 + math.Sin(t)*math.Sin(t)
		f.Loop[i] = EcoPoint{cx + ax*math.Cos(t)/den, cy - ay*math.Sin(t)*math.Cos(t)/den}
	}
	f.Areas = make([]EcoArea, 0, len(ecoOrder)+1)
	for i, z := range ecoOrder {
		a := EcoArea{Zone: z, Rect: rects[i], Band: z.Trap != TrapNone}
		if a.Band {
			a.Title = z.Trap.Label()
		} else {
			a.Title = z.Phase.Label()
		}
		a.TitleLines = wrapWords(a.Title, a.Rect.W-2*s.Gap, s.MeasureTitle)
		titleH := float64(len(a.TitleLines)) * s.TitleHeight
		a.TitleRect = EcoRect{a.Rect.X + s.Gap, a.Rect.Y + s.Gap/2, a.Rect.W - 2*s.Gap, titleH}
		top := a.TitleRect.Y + titleH + s.Gap
		a.dots = EcoRect{a.Rect.X + s.Gap, top, a.Rect.W - 2*s.Gap, a.Rect.Y + a.Rect.H - s.Gap - top}
		a.anchors = f.anchors(a)
		a.mid = a.anchors[len(a.anchors)/2]
		f.Areas = append(f.Areas, a)
	}
	if s.Unplaced {
		r := EcoRect{0, cycleH, s.Width, s.Height - cycleH}
		title := trText(UnplacedTitle)
		w := s.MeasureTitle(title)
		a := EcoArea{Rect: r, Strip: true, Title: title, TitleLines: []string{title},
			TitleRect: EcoRect{r.X + s.Gap, r.Y + (r.H-s.TitleHeight)/2, w, s.TitleHeight}}
		left := a.TitleRect.X + w + s.Gap
		a.dots = EcoRect{left, r.Y + s.Gap, r.X + r.W - s.Gap - left, r.H - 2*s.Gap}
		a.anchors = []EcoPoint{{a.dots.X, a.dots.Y + a.dots.H/2}}
		f.Areas = append(f.Areas, a)
	}
}

// anchors are the points an area's dots gather round: a quadrant's stretch
// of the loop, so the first dots sit on the cycle itself, around the
// middle of that stretch; a band's side where it meets the phase its trap
// comes from (maturity for rigidity, birth for poverty).
func (f *EcoFigure) anchors(a EcoArea) []EcoPoint {
	switch a.Zone.Trap {
	case TrapRigidity:
		return []EcoPoint{{a.Rect.X, a.Rect.Y + a.Rect.H/4}}
	case TrapPoverty:
		return []EcoPoint{{a.Rect.X + a.Rect.W, a.Rect.Y + a.Rect.H*3/4}}
	}
	var pts []EcoPoint
	for _, p := range f.Loop {
		if a.dots.Contains(p) {
			pts = append(pts, p)
		}
	}
	if len(pts) == 0 {
		pts = []EcoPoint{a.dots.Center()}
	}
	return pts
}

// wrapWords breaks a title into lines no wider than width; a word wider
// than the line (German makes one word of "rigidity trap") is broken
// with a hyphen where the line ends.
func wrapWords(s string, width float64, measure func(string) float64) []string {
	var lines []string
	line := ""
	var words []string
	for _, w := range splitSpaces(s) {
		words = append(words, hyphenate(w, width, measure)...)
	}
	for _, w := range words {
		try := w
		if line != "" {
			try = line + " " + w
		}
		if line != "" && measure(try) > width {
			lines = append(lines, line)
			line = w
			continue
		}
		line = try
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// hyphenate cuts a word wider than width into pieces that fit, each but
// the last ending in a hyphen, none shorter than three letters; a word that
// fits, or a line too narrow for three letters, stays whole.
func hyphenate(w string, width float64, measure func(string) float64) []string {
	const least = 3
	r := []rune(w)
	if measure(w) <= width || len(r) < 2*least {
		return []string{w}
	}
	var pieces []string
	for len(r) > 0 && measure(string(r)) > width {
		cut := 0
		for n := least; n <= len(r)-least; n++ {
			if measure(string(r[:n])+"-") > width {
				break
			}
			cut = n
		}
		if cut == 0 {
			break
		}
		// Rather at the start of a syllable, a consonant before a vowel:
		// "Starr-heits-falle", "Nais-sance", not "Naissa-nce".
		for i := cut; i >= least; i-- {
			if !isVowel(r[i]) && unicode.IsLetter(r[i]) && i+1 < len(r) && isVowel(r[i+1]) {
				cut = i
				break
			}
		}
		pieces = append(pieces, string(r[:cut])+"-")
		r = r[cut:]
	}
	return append(pieces, string(r))
}

// isVowel says whether a letter is a vowel in the Latin-script languages
// Scaleroom speaks, accented or not.
func isVowel(r rune) bool {
	return strings.ContainsRune("aeiouyàâäáéèêëíìîïóòôöúùûüýÿæœAEIOUYÀÂÄÁÉÈÊËÍÌÎÏÓÒÔÖÚÙÛÜÝ", r)
}

func splitSpaces(s string) []string {
	var words []string
	start := -1
	for i, r := range s {
		if r == ' ' {
			if start >= 0 {
				words = append(words, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		words = append(words, s[start:])
	}
	return words
}

// areaOf is the index of the area an item is drawn in, or -1.
func (f *EcoFigure) areaOf(z EcoZone) int {
	for i, a := range f.Areas {
		if a.Strip {
			if z == (EcoZone{}) {
				return i
			}
			continue
		}
		if a.Zone == z {
			return i
		}
	}
	return -1
}

// layoutDots gives every item a dot in its area: a grid of slots as wide
// apart as the area allows, taken nearest its anchors first, so a few dots
// sit on the loop with room for their labels and a crowd fills the
// quadrant.
func (f *EcoFigure) layoutDots(items []EcoItem) {
	f.Dots = make([]EcoDot, len(items))
	members := make([][]int, len(f.Areas))
	for i, it := range items {
		f.Dots[i] = EcoDot{Number: i + 1, Area: -1}
		if a := f.areaOf(it.Zone); a >= 0 {
			members[a] = append(members[a], i)
		} else {
			f.Hidden = append(f.Hidden, i+1)
		}
	}
	for ai := range f.Areas {
		a := &f.Areas[ai]
		list := members[ai]
		if len(list) == 0 {
			continue
		}
		var slots []EcoPoint
		var r float64
		if a.Strip {
			slots, r = f.stripSlots(a, len(list))
		} else {
			slots, r = f.gridSlots(a, len(list))
		}
		for k, i := range list {
			if k >= len(slots) {
				f.Hidden = append(f.Hidden, i+1)
				continue
			}
			f.Dots[i] = EcoDot{Number: i + 1, Center: slots[k], Radius: r, Area: ai, Shown: true}
		}
	}
	sort.Ints(f.Hidden)
}

// gridSlots are n places for dots in a quadrant or band, and the dots'
// radius. Dots go where they score best (on the loop near the middle of
// the quadrant's stretch of it, or at the band's anchor), each kept a
// label's width apart across and a line apart down, so names fit beside
// them; a crowd narrows the spacing step by step, so the first dots of an
// area keep their places while others join it, until the area is full and
// the dots fill it as a grid, shrinking when they must.
func (f *EcoFigure) gridSlots(a *EcoArea, n int) ([]EcoPoint, float64) {
	s := &f.Spec
	box := a.dots
	r := s.DotRadius
	minPitch := 2*r + s.Gap
	if box.W < 2*r || box.H < 2*r {
		return nil, 0
	}
	px, py := 3*minPitch, 1.5*minPitch // numbers alone: apart enough to tell
	if s.Labels != nil {
		px, py = s.LabelWidth+minPitch, math.Max(minPitch, s.LabelHeight+s.Gap)
	}
	// Candidates every half pitch, inside the box by a radius, best first.
	step := minPitch / 2
	var cands []EcoPoint
	for y := box.Y + r; y <= box.Y+box.H-r+1e-9; y += step {
		for x := box.X + r; x <= box.X+box.W-r+1e-9; x += step {
			cands = append(cands, EcoPoint{x, y})
		}
	}
	score := make([]float64, len(cands))
	for k, p := range cands {
		d := math.Inf(1)
		for _, q := range a.anchors {
			d = math.Min(d, math.Hypot(p.X-q.X, p.Y-q.Y))
		}
		score[k] = d + 0.25*math.Hypot(p.X-a.mid.X, p.Y-a.mid.Y)
	}
	idx := make([]int, len(cands))
	for k := range idx {
		idx[k] = k
	}
	sort.SliceStable(idx, func(i, j int) bool { return score[idx[i]] < score[idx[j]] })
	for {
		var picked []EcoPoint
		for _, k := range idx {
			c := cands[k]
			ok := true
			for _, p := range picked {
				if math.Abs(c.X-p.X) < px-1e-9 && math.Abs(c.Y-p.Y) < py-1e-9 {
					ok = false
					break
				}
			}
			if ok {
				if picked = append(picked, c); len(picked) == n {
					return picked, r
				}
			}
		}
		if px <= minPitch && py <= minPitch {
			break
		}
		px, py = math.Max(minPitch, px*0.85), math.Max(minPitch, py*0.9)
	}
	return f.packedSlots(a, n)
}

// packedSlots fills a crowded area as a grid, nearest its anchors first,
// with dots smaller than DotRadius when that many would not fit: down to
// MinDotRadius with the full gap between them, then smaller still with
// the gap shrinking in step, rather than dots on top of each other.
func (f *EcoFigure) packedSlots(a *EcoArea, n int) ([]EcoPoint, float64) {
	s := &f.Spec
	box := a.dots
	minPitch := 2*s.DotRadius + s.Gap
	pitch := minPitch
	count := func(p float64) (int, int) { return int(box.W / p), int(box.H / p) }
	for c, rows := count(pitch); c*rows < n; c, rows = count(pitch) {
		pitch *= 0.95
	}
	r := math.Min(s.DotRadius, (pitch-s.Gap)/2)
	if r < s.MinDotRadius {
		r = math.Min(s.MinDotRadius, pitch*s.DotRadius/minPitch)
	}
	cols, rows := count(pitch)
	x0 := box.X + (box.W-float64(cols)*pitch)/2 + pitch/2
	y0 := box.Y + (box.H-float64(rows)*pitch)/2 + pitch/2
	slots := make([]EcoPoint, 0, cols*rows)
	for j := range rows {
		for i := range cols {
			slots = append(slots, EcoPoint{x0 + float64(i)*pitch, y0 + float64(j)*pitch})
		}
	}
	dist := make([]float64, len(slots))
	for k, p := range slots {
		d := math.Inf(1)
		for _, q := range a.anchors {
			d = math.Min(d, math.Hypot(p.X-q.X, p.Y-q.Y))
		}
		dist[k] = d + 0.25*math.Hypot(p.X-a.mid.X, p.Y-a.mid.Y)
	}
	idx := make([]int, len(slots))
	for k := range idx {
		idx[k] = k
	}
	sort.SliceStable(idx, func(i, j int) bool { return dist[idx[i]] < dist[idx[j]] })
	out := make([]EcoPoint, n)
	for k := range n {
		out[k] = slots[idx[k]]
	}
	return out, r
}

// stripSlots are places for n dots in one row along the strip, spread out
// for their labels; when more are unplaced than the row holds, the end of
// the row says how many more (f.More, f.MoreText) and the rest get no dot.
func (f *EcoFigure) stripSlots(a *EcoArea, n int) ([]EcoPoint, float64) {
	s := &f.Spec
	box := a.dots
	r := math.Min(s.DotRadius, box.H/2)
	minPitch := 2*r + s.Gap
	if box.W < minPitch || r <= 0 {
		return nil, 0
	}
	shown := n
	if float64(n)*minPitch > box.W {
		measure := s.MeasureTitle
		if s.Labels != nil {
			measure = s.Labels.Measure
		}
		// The note's width depends on how many it counts, and that on
		// how many dots the rest of the row holds: two rounds settle it.
		for range 2 {
			f.MoreText = fmt.Sprintf(tr("+%d more"), n-shown)
			w := measure(f.MoreText) + s.Gap
			shown = max(0, min(n, int((box.W-w)/minPitch)))
			f.More = EcoRect{box.X + box.W - w + s.Gap, box.Y, w - s.Gap, box.H}
		}
		f.MoreText = fmt.Sprintf(tr("+%d more"), n-shown)
		box.W = f.More.X - s.Gap - box.X
	}
	pitch := minPitch
	if s.Labels != nil && shown > 0 {
		pitch = math.Min(math.Max(minPitch, box.W/float64(shown)), s.LabelWidth+minPitch)
	}
	out := make([]EcoPoint, shown)
	for k := range out {
		out[k] = EcoPoint{box.X + float64(k)*pitch + r, box.Y + box.H/2}
	}
	return out, r
}

// layoutLabels places labels greedily, the First item's, then the rest in
// number order: each tries the right of its dot, the left, below, above
// and the four corners, at full width and then at half width, and takes
// the first place clear of the figure's edges, the titles, every dot and
// the labels already placed. A label with no place is left to the side
// list.
func (f *EcoFigure) layoutLabels(items []EcoItem) {
	s := &f.Spec
	f.Labels = make([]EcoLabel, len(items))
	order := make([]int, 0, len(items))
	for i, it := range items {
		if it.First {
			order = append(order, i)
		}
	}
	for i, it := range items {
		if !it.First {
			order = append(order, i)
		}
	}
	bounds := EcoRect{0, 0, s.Width, s.Height}
	var blocked []EcoRect
	for _, a := range f.Areas {
		if len(a.TitleLines) > 0 {
			blocked = append(blocked, a.TitleRect)
		}
	}
	if f.More.W > 0 {
		blocked = append(blocked, f.More)
	}
	free := func(r EcoRect) bool {
		if !r.within(bounds) {
			return false
		}
		for _, b := range blocked {
			if r.Overlaps(b) {
				return false
			}
		}
		for _, d := range f.Dots {
			if d.Shown && r.distance(d.Center) < d.Radius+s.Gap/2 {
				return false
			}
		}
		return true
	}
	for _, i := range order {
		d := f.Dots[i]
		if !d.Shown || items[i].Label == "" {
			continue
		}
		for _, width := range []float64{s.LabelWidth, s.LabelWidth / 2} {
			text, w := s.Labels.Fit(items[i].Label, width)
			if text == "…" {
				break
			}
			if r, ok := placeLabel(d, w, s, free); ok {
				f.Labels[i] = EcoLabel{Text: text, Rect: r, Shown: true}
				blocked = append(blocked, r)
				break
			}
			if w <= width/2 {
				break // a shorter try would place the same text
			}
		}
	}
}

// placeLabel finds the first candidate place for a label w wide beside a
// dot that free accepts.
func placeLabel(d EcoDot, w float64, s *EcoSpec, free func(EcoRect) bool) (EcoRect, bool) {
	c, r, g, h := d.Center, d.Radius, s.Gap, s.LabelHeight
	diag := r * 0.7
	candidates := [...]EcoRect{
		{c.X + r + g, c.Y - h/2, w, h},       // right
		{c.X - r - g - w, c.Y - h/2, w, h},   // left
		{c.X - w/2, c.Y + r + g/2, w, h},     // below
		{c.X - w/2, c.Y - r - g/2 - h, w, h}, // above
		{c.X + diag + g, c.Y + diag, w, h},   // below right
		{c.X + diag + g, c.Y - diag - h, w, h},
		{c.X - diag - g - w, c.Y + diag, w, h},
		{c.X - diag - g - w, c.Y - diag - h, w, h},
	}
	for _, cand := range candidates {
		if free(cand) {
			return cand, true
		}
	}
	return EcoRect{}, false
}

// PlaceAt is the zone under a point of the figure: where a dot dropped
// there goes. ok is false outside every area.
func (f *EcoFigure) PlaceAt(p EcoPoint) (EcoZone, bool) {
	for _, a := range f.Areas {
		if a.Rect.Contains(p) {
			return a.Zone, true
		}
	}
	return EcoZone{}, false
}

// DotAt is the index of the item whose dot is nearest p within reach of
// its edge, or -1.
func (f *EcoFigure) DotAt(p EcoPoint, reach float64) int {
	best, bestD := -1, math.Inf(1)
	for i, d := range f.Dots {
		if !d.Shown {
			continue
		}
		dist := math.Hypot(p.X-d.Center.X, p.Y-d.Center.Y)
		if dist <= d.Radius+reach && dist < bestD {
			best, bestD = i, dist
		}
	}
	return best
}
