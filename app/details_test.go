package app

import "testing"

// TestDateFieldFullWidth: the date field spans the form like the others
// until a bad date needs the hint beside it.
func TestDateFieldFullWidth(t *testing.T) {
	f := newGUI(t)
	sw := startValues(t, f)
	sw.GoToPage("details")
	d := sw.CurrentScreen().(*DetailsScreen)
	if d.DateHint.Visible() || d.Date.Size().Width != d.Location.Size().Width {
		t.Errorf("date %v wide, location %v, hint shown %v", d.Date.Size().Width, d.Location.Size().Width, d.DateHint.Visible())
	}
	d.Date.SetText("2026-13")
	if !d.DateHint.Visible() || d.Date.Size().Width >= d.Location.Size().Width {
		t.Errorf("bad date: hint shown %v, date %v wide", d.DateHint.Visible(), d.Date.Size().Width)
	}
	d.Date.SetText("2026-03-14")
	if d.DateHint.Visible() || d.Date.Size().Width != d.Location.Size().Width {
		t.Errorf("good date: hint shown %v, date %v wide", d.DateHint.Visible(), d.Date.Size().Width)
	}
}
