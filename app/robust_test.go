package app

import (
	"testing"

	"scaleroom/workshop"
)

// In a show of hands the rows are the scale's levels, yet End jumped to the
// row of the last participant: with nobody on the list the cursor went to
// -1 and the next "+" indexed the levels at -1 (a panic); with more people
// than levels "+" did nothing. Home and End now go to the first and last
// level.
func TestTallyHomeAndEndStayOnTheLevels(t *testing.T) {
	for _, people := range []int{0, 12} {
		f := newGUI(t)
		s := roomSession(people, 1)
		s.Steps[0].Values.Mode = workshop.ModeTally
		_, vs := openValues(t, f, s)
		levels := vs.scale().Levels
		first, last := levels[0].Value, levels[len(levels)-1].Value
		vs.FocusFirst()
		press(t, f.s.Window, "{End}", "+", "+", "{Home}", "+")
		got := s.Steps[0].Values.Values[0].Tally
		if got[last] != 2 || got[first] != 1 || len(got) != 2 {
			t.Errorf("%d people: tally = %v, want 2 hands at %d and 1 at %d", people, got, last, first)
		}
		if vs.Tally.shown != 0 {
			t.Errorf("%d people: the cursor is drawn on row %d, want 0", people, vs.Tally.shown)
		}
	}
}
