package workshop

// Truncate shortens s to the longest start that fits with an ellipsis
// after it, or returns s when it fits whole. fits must hold for every start
// shorter than one that fits. The search gallops, then bisects: it tries
// starts of 16, 32, 64… runes until one does not fit, then halves the gap,
// so a 2,000-character name cut to a label is measured about a dozen
// times, each time on a start not much longer than the label.
func Truncate(s string, fits func(string) bool) string {
	if fits(s) {
		return s
	}
	runes := []rune(s)
	// runes[:lo] fits with the ellipsis; runes[:hi] does not, or is all of
	// s, which does not fit even without one.
	lo, hi := 0, len(runes)
	for k := 16; k < hi; k *= 2 {
		if !fits(string(runes[:k]) + "…") {
			hi = k
			break
		}
		lo = k
	}
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if fits(string(runes[:mid]) + "…") {
			lo = mid
		} else {
			hi = mid
		}
	}
	return string(runes[:lo]) + "…"
}

// fitCacheSize bounds a TextFitter's memory: typing a name adds an entry a
// key press, and the cache starts over when it is full.
const fitCacheSize = 1024

// TextFitter fits texts to widths with one measure and remembers what it
// fitted, so a drawing redone on every key press measures only the text
// that changed.
type TextFitter struct {
	measure func(string) float64
	cache   map[fitKey]fitted
}

type fitKey struct {
	text  string
	width float64
}

type fitted struct {
	text  string
	width float64
}

// NewTextFitter fits texts with measure, which gives a text's width in the
// caller's units at the size and style the text is drawn in.
func NewTextFitter(measure func(string) float64) *TextFitter {
	return &TextFitter{measure: measure, cache: map[fitKey]fitted{}}
}

// Fit returns s, or its longest start with an ellipsis, at most width
// wide, and the width that takes.
func (f *TextFitter) Fit(s string, width float64) (string, float64) {
	k := fitKey{s, width}
	if r, ok := f.cache[k]; ok {
		return r.text, r.width
	}
	t := Truncate(s, func(x string) bool { return f.measure(x) <= width })
	w := f.measure(t)
	if len(f.cache) >= fitCacheSize {
		clear(f.cache)
	}
	f.cache[k] = fitted{t, w}
	return t, w
}

// Measure is the width of s, unfitted.
func (f *TextFitter) Measure(s string) float64 { return f.measure(s) }
