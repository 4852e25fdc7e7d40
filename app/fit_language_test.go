package app

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"scaleroom/assets/locale"
	"scaleroom/workshop"
)

// chromeTexts is every text of Scaleroom's own in a language (labels,
// buttons, headings; not people's data): the translations in the files,
// or for English their keys.
func chromeTexts(t *testing.T, code string) map[string]bool {
	t.Helper()
	files, err := filepath.Glob("../assets/locale/translations/*.de.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no translation files: %v", err)
	}
	texts := map[string]bool{}
	for _, name := range files {
		// The built-in templates' words (values, items, titles) become the
		// session's own text, which may truncate like any typed text.
		if strings.HasPrefix(filepath.Base(name), "templates.") {
			continue
		}
		if code != "en" {
			name = strings.TrimSuffix(name, ".de.json") + "." + code + ".json"
		}
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]string
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatal(err)
		}
		for k, v := range m {
			if code == "en" {
				v = k
			}
			// Texts with placeholders are filled in before they are shown.
			if !strings.Contains(v, "%") && !strings.Contains(v, "{{") && strings.TrimSpace(v) != "" {
				texts[v] = true
			}
		}
	}
	return texts
}

// cutTexts lists Scaleroom's own texts drawn in o that do not fit: a
// truncating label or a button narrower than its words, or a text running
// past the edge of the window.
func cutTexts(o fyne.CanvasObject, window fyne.Size, chrome map[string]bool) []string {
	var cut []string
	pad := theme.InnerPadding()
	var visit func(o fyne.CanvasObject, at fyne.Position)
	visit = func(o fyne.CanvasObject, at fyne.Position) {
		if !o.Visible() {
			return
		}
		at = at.Add(o.Position())
		switch w := o.(type) {
		case *widget.Label:
			// A label that does not truncate draws past its box (Fyne's
			// dialog titles have no size); the text check below sees it
			// run out of the window.
			if chrome[w.Text] && w.Wrapping == fyne.TextWrapOff && w.Truncation != fyne.TextTruncateOff {
				need := fyne.MeasureText(w.Text, theme.TextSize(), w.TextStyle).Width + 2*pad
				if need > w.Size().Width+1 {
					cut = append(cut, fmt.Sprintf("label %q: %.0f of %.0f px", w.Text, w.Size().Width, need))
				}
			}
		case *widget.Button:
			if chrome[w.Text] && w.MinSize().Width > w.Size().Width+1 {
				cut = append(cut, fmt.Sprintf("button %q: %.0f of %.0f px", w.Text, w.Size().Width, w.MinSize().Width))
			}
		case *canvas.Text:
			if chrome[w.Text] && at.X+w.MinSize().Width > window.Width+1 {
				cut = append(cut, fmt.Sprintf("text %q runs %.0f px past the window", w.Text, at.X+w.MinSize().Width-window.Width))
			}
		}
		switch c := o.(type) {
		case *fyne.Container:
			for _, ch := range c.Objects {
				visit(ch, at)
			}
		case fyne.Widget:
			for _, ch := range test.WidgetRenderer(c).Objects() {
				visit(ch, at)
			}
		}
	}
	visit(o, fyne.NewPos(0, 0))
	return cut
}

// TestEveryScreenFitsInEveryLanguage walks every page and every step of
// every built-in template at the smallest supported window, 1024×640, in
// each language: the window must not need to grow, and none of
// Scaleroom's own words may be cut. German words are long.
func TestEveryScreenFitsInEveryLanguage(t *testing.T) {
	for _, code := range []string{"en", "de", "fr", "es"} {
		t.Run(code, func(t *testing.T) {
			locale.Set(code)
			defer locale.Set("en")
			chrome := chromeTexts(t, code)
			f := newGUI(t)
			size := fyne.NewSize(1024, 640-menuBar)
			f.s.Window.Resize(size)
			check := func(what string) {
				t.Helper()
				content := f.s.Window.Content()
				if min := content.MinSize(); min.Width > size.Width || min.Height > size.Height {
					t.Errorf("%s needs %.0f×%.0f, more than 1024×640", what, min.Width, min.Height)
				}
				for _, c := range cutTexts(content, size, chrome) {
					t.Errorf("%s: %s", what, c)
				}
			}
			check("home")
			templates, err := workshop.BuiltinTemplates()
			if err != nil {
				t.Fatal(err)
			}
			for _, tpl := range templates {
				sw := f.s.NewSession(tpl)
				s := withExamples(sw.Editor.Session)
				for i := 1; i <= 12; i++ {
					s.AddParticipant(fmt.Sprintf("Person %d", i))
				}
				for _, id := range []string{"details", "participants", "agenda", "actions", "summary", "trends"} {
					sw.GoToPage(id)
					check(tpl.ID + " " + id)
				}
				for _, st := range s.Steps {
					sw.GoToStep(st.ID)
					check(tpl.ID + " " + st.Title)
					if st.Kind == workshop.StepValues {
						// A show of hands lays the round out in rows of its own.
						if err := sw.Editor.Apply("mode", workshop.SetMode(st.ID, workshop.ModeTally)); err != nil {
							t.Fatal(err)
						}
						sw.GoToStep(st.ID)
						check(tpl.ID + " " + st.Title + " (show of hands)")
					}
				}
				if tpl.ID == "half-day-scaling" {
					checkDialogs(t, f, sw, size, chrome)
				}
				sw.close()
				f.s.Session = nil
			}
		})
	}
}

// TestCutTextsSeesCuts: the check above finds what it looks for.
func TestCutTextsSeesCuts(t *testing.T) {
	words := "Teilnehmerliste importieren"
	chrome := map[string]bool{words: true}
	label := widget.NewLabel(words)
	label.Truncation = fyne.TextTruncateEllipsis
	button := widget.NewButton(words, nil)
	text := canvas.NewText(words, nil)
	box := container.NewWithoutLayout(label, button, text)
	label.Resize(fyne.NewSize(60, 30))
	button.Resize(fyne.NewSize(60, 30))
	text.Move(fyne.NewPos(990, 0))
	text.Resize(text.MinSize())
	cut := cutTexts(box, fyne.NewSize(1024, 600), chrome)
	if len(cut) != 3 {
		t.Fatalf("found %d cuts, want the label, the button and the text: %q", len(cut), cut)
	}
	label.Resize(fyne.NewSize(400, 30))
	button.Resize(button.MinSize())
	text.Move(fyne.NewPos(10, 0))
	if cut := cutTexts(box, fyne.NewSize(1024, 600), chrome); len(cut) != 0 {
		t.Fatalf("cuts where all fits: %q", cut)
	}
	if cut := cutTexts(box, fyne.NewSize(1024, 600), map[string]bool{}); len(cut) != 0 {
		t.Fatalf("people's own text counted as the app's: %q", cut)
	}
}

// checkDialogs opens each dialog of a session and checks it fits the
// window with none of its words cut.
func checkDialogs(t *testing.T, f *guiFixture, sw *SessionWindow, size fyne.Size, chrome map[string]bool) {
	t.Helper()
	overlays := f.s.Window.Canvas().Overlays()
	for _, d := range []struct {
		name string
		open func()
	}{
		{"export", func() { ShowExportPDF(sw) }},
		{"personal sheets", func() { ShowExportSheets(sw) }},
		{"save as template", sw.SaveAsTemplate},
		{"follow-up", func() { sw.NewFollowUp() }},
		{"keyboard shortcuts", sw.ShowShortcuts},
		{"about", f.s.ShowAbout},
	} {
		d.open()
		top := overlays.Top()
		if top == nil {
			t.Errorf("%s: no dialog", d.name)
			continue
		}
		// Lay the dialog out as the window does when it shows.
		top.Resize(size)
		if w, ok := top.(fyne.Widget); ok {
			test.WidgetRenderer(w).Layout(size)
		}
		if min := top.MinSize(); min.Width > size.Width || min.Height > size.Height {
			t.Errorf("%s dialog needs %.0f×%.0f, more than the window", d.name, min.Width, min.Height)
		}
		for _, c := range cutTexts(top, size, chrome) {
			t.Errorf("%s dialog: %s", d.name, c)
		}
		for overlays.Top() != nil {
			overlays.Remove(overlays.Top())
		}
	}
}

// TestLongStepTitlesKeepTheWindow: Back and Next name the steps either
// side, and a step title may be 200 characters long.
func TestLongStepTitlesKeepTheWindow(t *testing.T) {
	f := newGUI(t)
	sw := f.s.NewSession(scaleDownTemplate(t))
	s := sw.Editor.Session
	long := strings.Repeat("Ünïcode title ", 15)[:200]
	s.Steps[0].Title = long
	size := fyne.NewSize(1024, 640-menuBar)
	f.s.Window.Resize(size)
	sw.GoToPage("agenda") // the page before the first step
	if min := f.s.Window.Content().MinSize(); min.Width > size.Width {
		t.Fatalf("a 200-character title next door makes the window %.0f px wide", min.Width)
	}
	want := "Next: " + truncate(long, fitsRunes(navTitleRunes))
	if sw.NextButton.Text != want || !strings.HasSuffix(want, "…") || len([]rune(want)) != len("Next: ")+navTitleRunes {
		t.Fatalf("Next reads %q", sw.NextButton.Text)
	}
}

// TestLongPromptScrolls: a prompt of 20,000 characters takes at most its
// share of the window and scrolls, and the step keeps its place.
func TestLongPromptScrolls(t *testing.T) {
	f := newGUI(t)
	sw := f.s.NewSession(scaleDownTemplate(t))
	s := sw.Editor.Session
	s.Steps[1].Prompt = strings.Repeat("Ask each person what they would drop first, and why. ", 400)[:20000]
	size := fyne.NewSize(1024, 640-menuBar)
	f.s.Window.Resize(size)
	sw.GoToStep(s.Steps[1].ID)
	if min := f.s.Window.Content().MinSize(); min.Height > size.Height {
		t.Fatalf("a 20,000-character prompt makes the window %.0f px high", min.Height)
	}
	if h := sw.promptBox.MinSize().Height; h > size.Height*promptShare+1 || h < 60 {
		t.Fatalf("the prompt takes %.0f px of %.0f", h, size.Height)
	}
}
