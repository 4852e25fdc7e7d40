package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"scaleroom/workshop"
)

// longNote is n characters of what a facilitator types during a long
// discussion: sentences, with a paragraph break now and then.
func longNote(n int) string {
	sentences := []string{
		"Ana says the weekly report takes most of Monday and nobody reads past page two.",
		"Ben would keep the stand-up but cut it to ten minutes, Chloé disagrees.",
		"The room wants one owner for the roadmap review, not three.",
		"Dev asks who decided the reorganisation and when they will hear back.",
		"Follow up: ask the board which dashboards they open.",
	}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(sentences[i%len(sentences)])
		if i%7 == 6 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()[:n]
}

// longNotesFile writes a values-60 session whose session notes (shown on the
// notes steps and the details page) and one reservation hold 20,000
// characters each, and returns the file's path.
func longNotesFile(t testing.TB, f *guiFixture, name string) string {
	t.Helper()
	ts, err := workshop.BuiltinTemplates()
	if err != nil {
		t.Fatal(err)
	}
	var s *workshop.Session
	for _, tp := range ts {
		if tp.ID == "values-60" {
			s = tp.NewSession(time.Date(2026, 3, 14, 9, 0, 0, 0, time.UTC))
		}
	}
	if s == nil {
		t.Fatal("no values-60 template")
	}
	s.PasteParticipants("Ana\nBen\nChloé")
	s.Notes = longNote(20000)
	for i := range s.Steps {
		if v := s.Steps[i].Values; v != nil {
			v.Values[0].SetResponse(s.Participants[0].ID, 2)
			v.Values[0].Response(s.Participants[0].ID).Note = longNote(20000)
		}
	}
	p := f.path(name)
	if err := workshop.SaveFile(p, s); err != nil {
		t.Fatal(err)
	}
	return p
}

// Opening a session with a 20,000-character note and going to the page that
// shows it takes under 100 ms (DESIGN.md: a word-wrapped multi-line Entry
// is quadratic in SetText). Each open alternates between two copies of the
// file, as opening the file already open does nothing.
func BenchmarkOpenLongNotes(b *testing.B) {
	f := newGUI(b)
	paths := []string{longNotesFile(b, f, "a.json"), longNotesFile(b, f, "b.json")}
	for _, page := range []struct {
		name string
		show func(*SessionWindow)
	}{
		{"notes-step", func(sw *SessionWindow) { sw.GoToStep("s1") }},
		{"details", func(sw *SessionWindow) { sw.GoToPage("details") }},
		{"values", func(sw *SessionWindow) { sw.GoToStep("s2") }},
	} {
		b.Run(page.name, func(b *testing.B) {
			i := 0
			for b.Loop() {
				if !f.s.OpenFile(paths[i%2]) || f.s.Session == nil {
					b.Fatal("the file did not open")
				}
				i++
				page.show(f.s.Session)
			}
		})
	}
}

// shownText is the text an entry draws, its rows joined by newlines; the
// hidden placeholder is skipped.
func shownText(e fyne.Widget) string {
	var rows []string
	var visit func(o fyne.CanvasObject)
	visit = func(o fyne.CanvasObject) {
		if !o.Visible() {
			return
		}
		switch c := o.(type) {
		case *canvas.Text:
			rows = append(rows, c.Text)
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
	visit(e)
	return strings.Join(rows, "\n")
}

// A 20,000-character note opens whole on the notes step and the details
// page, unwrapped (see wrapLimit); a short one is still word-wrapped.
func TestLongNotesShowWhole(t *testing.T) {
	f := newGUI(t)
	p := longNotesFile(t, f, "long.json")
	if !f.s.OpenFile(p) {
		t.Fatal("the file did not open")
	}
	sw := f.s.Session
	want := longNote(20000)
	sw.GoToStep("s1")
	notes := sw.CurrentScreen().(*NotesScreen).Notes
	sw.GoToPage("details")
	details := sw.CurrentScreen().(*DetailsScreen).Notes
	for name, e := range map[string]*TextArea{"notes step": notes, "details": details} {
		if e.Text != want {
			t.Errorf("%s: entry holds %d characters, want %d", name, len(e.Text), len(want))
		}
		if got := shownText(e); got != want {
			t.Errorf("%s: shows text other than the note (%d characters, rows joined)", name, len(got))
		}
		if e.Wrapping != fyne.TextWrapOff {
			t.Errorf("%s: a 20,000-character note is word-wrapped", name)
		}
	}

	// Typed text goes into the session, and a note cut short wraps again
	// when the page is shown next.
	sw.GoToStep("s1")
	notes.SetText("Short again.")
	if sw.Editor.Session.Notes != "Short again." {
		t.Errorf("session notes %q", sw.Editor.Session.Notes)
	}
	sw.GoToPage("details")
	sw.GoToStep("s1")
	if notes.Wrapping != fyne.TextWrapWord || details.Wrapping != fyne.TextWrapWord {
		t.Error("a short note is not word-wrapped")
	}
}
