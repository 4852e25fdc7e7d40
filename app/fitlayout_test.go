package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TestFlowRowWrapsWhenNarrow: buttons stay on one row where they fit and
// carry on to a second where they do not, and the row never asks for more
// width than its widest button.
func TestFlowRowWrapsWhenNarrow(t *testing.T) {
	test.NewTempApp(t)
	a, b, c := widget.NewButton("Hinzufügen", nil), widget.NewButton("Bearbeiten", nil), widget.NewButton("X", nil)
	row := newFlowRow(a, b, c)
	widest := max(a.MinSize().Width, b.MinSize().Width, c.MinSize().Width)
	one := a.MinSize().Height
	if m := row.MinSize(); m.Width != widest || m.Height != one {
		t.Fatalf("before layout: min %v, want %.0f wide and one row (%.0f)", m, widest, one)
	}
	wide := a.MinSize().Width + b.MinSize().Width + c.MinSize().Width + 3*theme.Padding()
	row.Resize(fyne.NewSize(wide, one))
	if a.Position().Y != c.Position().Y || row.MinSize().Height != one {
		t.Fatalf("wide enough, yet wrapped: %v %v, min %v", a.Position(), c.Position(), row.MinSize())
	}
	row.Resize(fyne.NewSize(a.MinSize().Width+10, one))
	if b.Position().Y <= a.Position().Y || b.Position().X != 0 {
		t.Fatalf("too narrow, yet not wrapped: %v then %v", a.Position(), b.Position())
	}
	if m := row.MinSize(); m.Width != widest || m.Height <= one {
		t.Fatalf("wrapped row asks for %v, want %.0f wide and more than one row", m, widest)
	}
	for _, o := range []fyne.CanvasObject{a, b, c} {
		if o.Size().Width < o.MinSize().Width || o.Position().X+o.Size().Width > row.Size().Width && o.Position().X > 0 {
			t.Errorf("%q cut or past the row: at %v size %v", o.(*widget.Button).Text, o.Position(), o.Size())
		}
	}
}

// TestBesideWrapWrapsTheLabel: the verdict keeps one line beside the bar
// when there is room, wraps when there is not, and its length never makes
// the line ask for more width.
func TestBesideWrapWrapsTheLabel(t *testing.T) {
	test.NewTempApp(t)
	label := widget.NewLabel("Noch keine Antworten · Besteht, wenn niemand auf 7 oder 8 ist")
	label.TextStyle.Bold = true
	bar := canvas.NewRectangle(nil)
	bar.SetMinSize(fyne.NewSize(140, 20))
	line := newBesideWrap(label, bar, 120)
	short := line.MinSize()
	label.SetText(label.Text + label.Text)
	if line.MinSize().Width != short.Width {
		t.Fatalf("a longer label widened the line: %.0f, then %.0f", short.Width, line.MinSize().Width)
	}
	label.SetText("Noch keine Antworten · Besteht, wenn niemand auf 7 oder 8 ist")
	natural := fyne.MeasureText(label.Text, theme.TextSize(), label.TextStyle).Width + 2*theme.InnerPadding()
	w := natural + 140 + 2*theme.Padding()
	line.Resize(fyne.NewSize(w, 40))
	oneLine := label.MinSize().Height
	if label.Size().Width < natural || bar.Position().X < label.Size().Width {
		t.Fatalf("room for both, yet label %v beside bar at %v", label.Size(), bar.Position())
	}
	line.Resize(fyne.NewSize(400, 40))
	if bar.Size().Width < 140 {
		t.Fatalf("bar squeezed to %.0f", bar.Size().Width)
	}
	if label.MinSize().Height <= oneLine || line.MinSize().Height < label.MinSize().Height {
		t.Fatalf("narrow line: label should wrap (%.0f, one line %.0f) and the line grow (%.0f)",
			label.MinSize().Height, oneLine, line.MinSize().Height)
	}
}

// TestColumnsSqueezeTheNameFirst: on a narrow row the name column gives
// way before the note's placeholder is cut.
func TestColumnsSqueezeTheNameFirst(t *testing.T) {
	test.NewTempApp(t)
	name := widget.NewLabel("Alexandra Featherstonehaugh")
	name.Truncation = fyne.TextTruncateEllipsis
	note := widget.NewEntry()
	note.SetPlaceHolder("Vorbehalt")
	need := entryFor(note.PlaceHolder)
	cols := &columns{widths: []float32{140, 72, 150}, squeeze: 50, lastMin: need}
	row := container.New(cols, name, widget.NewLabel("7"), widget.NewLabel("Bedingt"), note)
	pad := theme.Padding()
	row.Resize(fyne.NewSize(140+72+150+3*pad+200, 40))
	if name.Size().Width != 140 || note.Size().Width != 200 {
		t.Fatalf("wide row: name %.0f, note %.0f; want 140 and 200", name.Size().Width, note.Size().Width)
	}
	row.Resize(fyne.NewSize(140+72+150+3*pad+need-30, 40))
	if name.Size().Width != 110 || note.Size().Width < need-0.5 {
		t.Fatalf("narrow row: name %.0f, note %.0f; want 110 and %.0f", name.Size().Width, note.Size().Width, need)
	}
	if min := row.MinSize().Width; min != 90+72+150+3*pad+need {
		t.Errorf("least width %.0f, want the name squeezed and the placeholder whole: %.0f", min, 90+72+150+3*pad+need)
	}
}

// TestSelectForShowsTheWords: a select as wide as selectFor its chosen
// words shows them whole, and a narrower one cuts them (so the measure is
// not merely generous).
func TestSelectForShowsTheWords(t *testing.T) {
	test.NewTempApp(t)
	words := "Besteht: niemand auf 7 oder 8"
	sel := widget.NewSelect([]string{words}, nil)
	sel.SetSelected(words)
	w := test.NewWindow(sel)
	defer w.Close()
	shown := func(width float32) string {
		sel.Resize(fyne.NewSize(width, sel.MinSize().Height))
		var got string
		var visit func(o fyne.CanvasObject)
		visit = func(o fyne.CanvasObject) {
			if tx, ok := o.(*canvas.Text); ok && tx.Visible() && tx.Text != "" {
				got += tx.Text
			}
			switch c := o.(type) {
			case *fyne.Container:
				for _, ch := range c.Objects {
					visit(ch)
				}
			case fyne.Widget:
				for _, ch := range test.WidgetRenderer(c).Objects() {
					visit(ch)
				}
			}
		}
		visit(sel)
		return got
	}
	if got := shown(selectFor(words)); got != words {
		t.Errorf("at selectFor's width the select shows %q", got)
	}
	if got := shown(selectFor(words) - 12); !strings.HasSuffix(got, "…") {
		t.Errorf("12 px narrower the select still shows %q: selectFor is too generous", got)
	}
}
