package app

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

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

// A value form refused (here for a duplicate name) closed and took what was
// typed with it, a long description included. The form comes back holding
// the text, under the message saying what to change.
func TestRefusedValueFormKeepsTheText(t *testing.T) {
	f := newGUI(t)
	s := roomSession(2, 1)
	_, vs := openValues(t, f, s)
	w := f.s.Window
	vs.AskAddValue()
	desc := "Teams of eight or fewer decide how they work;\nnobody above them signs off. 😀 עברית"
	var name, description *widget.Entry
	walk(w.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if e := asEntry(o); e != nil {
			if e.MultiLine {
				description = e
			} else {
				name = e
			}
		}
	})
	name.SetText("Value 01") // already on the list
	description.SetText(desc)
	test.Tap(overlayButton(t, w, "Add"))
	if got := dialogText(w); !strings.Contains(got, "already on the list") {
		t.Fatalf("top dialog says %q, want the duplicate name explained", got)
	}
	test.Tap(overlayButton(t, w, "OK"))
	var kept []string
	walk(w.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if e := asEntry(o); e != nil {
			kept = append(kept, e.Text)
		}
	})
	if len(kept) != 2 || kept[0] != "Value 01" || kept[1] != desc {
		t.Errorf("after the message the form holds %q, want the name and description typed", kept)
	}
	if n := len(s.Steps[0].Values.Values); n != 1 {
		t.Errorf("%d values, want 1", n)
	}
}

// The PDF's suggested file name was the whole title: a long pasted title
// made a name no file system accepts, so accepting the suggestion failed.
// The suggestion is now cut short (at a character boundary); the title in
// the session is untouched.
func TestLongTitleSuggestsAUsablePDFName(t *testing.T) {
	f := newGUI(t)
	sw := f.s.NewSession(scaleDownTemplate(t))
	withExamples(sw.Editor.Session)
	title := strings.Repeat("Révision trimestrielle 中文 ", 40)
	sw.Editor.Session.Title = title
	var suggested string
	f.s.pickFile = func(save bool, s string, done func(string)) {
		suggested = s
		done(f.path(s))
	}
	e := ShowExportPDF(sw)
	var werr error
	done := false
	e.Done = func(_ string, err error) { werr, done = err, true }
	e.Dialog.Submit()
	f.ui.runUntil(t, func() bool { return done })
	if werr != nil {
		t.Fatalf("export with the suggested name failed: %v", werr)
	}
	if len(suggested) > 255 || !utf8.ValidString(suggested) || !strings.HasPrefix(suggested, "Révision trimestrielle 中文 Révision") || !strings.HasSuffix(suggested, ".pdf") {
		t.Errorf("suggested %q (%d bytes)", suggested, len(suggested))
	}
	if sw.Editor.Session.Title != title {
		t.Error("the title changed")
	}
}
