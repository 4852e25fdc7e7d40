package app

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// menuBar is the height the desktop driver's main menu takes from a
// window; the test driver draws none.
const menuBar = 28

// rowsInView counts the grid rows that fit whole in the grid's height.
func rowsInView(v *ValuesScreen) int {
	pitch := v.Grid.rowH + theme.Padding()
	return int((v.Grid.Size().Height + theme.Padding()) / pitch)
}

// cursorInView reports whether the cursor row is wholly on screen.
func cursorInView(v *ValuesScreen) bool {
	y := float32(v.Cursor) * (v.Grid.rowH + theme.Padding())
	off, h := v.Grid.GetScrollOffset(), v.Grid.Size().Height
	return y >= off-0.5 && y+v.Grid.rowH <= off+h+0.5
}

func TestTwelvePeopleInViewAt1280x800(t *testing.T) {
	f := newGUI(t)
	sw := startValues(t, f) // Ana, Ben, Chloé
	for i := 4; i <= 12; i++ {
		sw.Editor.Session.AddParticipant(fmt.Sprintf("Person %d", i))
	}
	f.s.Window.Resize(fyne.NewSize(1280, 800-menuBar))
	sw.GoToStep("s2")
	v := sw.CurrentScreen().(*ValuesScreen)
	if v.Grid.rowH == 0 {
		t.Fatal("grid row height unknown")
	}
	withPrompt := rowsInView(v)
	test := func(label string, shown bool, want int) {
		t.Helper()
		sw.SetPromptShown(shown)
		if got := rowsInView(v); got < want {
			t.Errorf("%s: %d rows in view (grid %.0f px high), want %d", label, got, v.Grid.Size().Height, want)
		}
	}
	test("prompt hidden", false, 12)
	if sw.PromptToggle.Text != "Show prompt" || sw.promptBox.Visible() {
		t.Fatalf("toggle says %q, prompt visible %v", sw.PromptToggle.Text, sw.promptBox.Visible())
	}
	test("prompt shown", true, 12)
	if withPrompt < 12 {
		t.Errorf("with the prompt: %d rows", withPrompt)
	}
	// The choice is remembered for the next step and the next session.
	sw.SetPromptShown(false)
	sw.GoToStep("s1")
	if sw.promptBox.Visible() || !f.s.App.Preferences().Bool(promptHiddenKey) {
		t.Fatal("hidden prompt came back on the next step")
	}
	sw.GoToStep("s2")

	// The cursor row stays wholly in view as it walks down 40 people.
	for i := 13; i <= 40; i++ {
		sw.Editor.Session.AddParticipant(fmt.Sprintf("Person %d", i))
	}
	v.Refresh()
	w := f.s.Window
	for i := 0; i < 39; i++ {
		press(t, w, "{Down}")
		if !cursorInView(v) {
			t.Fatalf("cursor row %d out of view (offset %.0f, height %.0f)", v.Cursor, v.Grid.GetScrollOffset(), v.Grid.Size().Height)
		}
	}
	for i := 0; i < 39; i++ {
		press(t, w, "{Up}")
		if !cursorInView(v) {
			t.Fatalf("cursor row %d out of view going up", v.Cursor)
		}
	}
}

func TestUsableAt1024x640(t *testing.T) {
	f := newGUI(t)
	sw := startValues(t, f)
	size := fyne.NewSize(1024, 640-menuBar)
	f.s.Window.Resize(size)
	check := func(what string) {
		t.Helper()
		if min := f.s.Window.Content().MinSize(); min.Width > size.Width || min.Height > size.Height {
			t.Errorf("%s needs %.0f×%.0f, more than 1024×640", what, min.Width, min.Height)
		}
	}
	for _, id := range []string{"details", "participants", "agenda", "actions", "summary"} {
		sw.GoToPage(id)
		check(id)
	}
	for _, st := range sw.Editor.Session.Steps {
		sw.GoToStep(st.ID)
		check(st.Title)
	}
	sw.GoToStep("s2")
	v := sw.CurrentScreen().(*ValuesScreen)
	if n := rowsInView(v); n < 5 {
		t.Errorf("1024×640 shows %d people in the round", n)
	}
}

func TestWindowOpensWithinALaptopScreen(t *testing.T) {
	f := newGUI(t)
	p := f.s.App.Preferences()
	p.RemoveValue(widthKey)
	p.RemoveValue(heightKey)
	if got := f.s.startSize(); got != DefaultSize || got.Height > 768-60 { // the menu is drawn inside the window
		t.Fatalf("first start size %v: taller than a 768-pixel screen less its panel and title bar", got)
	}
	f.s.Window.Resize(fyne.NewSize(1500, 900))
	f.s.keepSize()
	if got := f.s.startSize(); got != fyne.NewSize(1500, 900) {
		t.Fatalf("remembered size %v", got)
	}
	p.SetFloat(heightKey, 1e9) // a damaged preference
	if got := f.s.startSize(); got != DefaultSize {
		t.Fatalf("absurd size gave %v", got)
	}
}

func TestLoadTableKeepsItsRowsWhileAnItemIsEdited(t *testing.T) {
	f := newGUI(t)
	sw := f.s.NewSession(scaleDownTemplate(t))
	withExamples(sw.Editor.Session)
	f.s.Window.Resize(fyne.NewSize(1280, 800-menuBar))
	sw.GoToStep("s2")
	l := sw.CurrentScreen().(*LoadScreen)
	before := l.Table.Size().Height
	l.selectItem(sw.Editor.Session.Step("s2").Load.Items[0].ID)
	if !l.form.Visible() {
		t.Fatal("no form for the selected item")
	}
	if after := l.Table.Size().Height; after < before-0.5 || after < 6*36 { // six rows at least
		t.Fatalf("table %0.f px high while editing, %0.f before", after, before)
	}
}
