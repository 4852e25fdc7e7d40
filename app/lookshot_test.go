package app

import (
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// writeShot saves what a canvas shows as a PNG, for a person to look at.
func writeShot(t *testing.T, c fyne.Canvas, path string) {
	t.Helper()
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	if err := png.Encode(out, c.Capture()); err != nil {
		t.Fatal(err)
	}
}

// TestLookShots renders the screens to PNG files for a person to look at,
// in the light and the dark theme. It runs only when SCALEROOM_SHOTS names
// a folder: the pictures are for review, not for comparison.
func TestLookShots(t *testing.T) {
	dir := os.Getenv("SCALEROOM_SHOTS")
	if dir == "" {
		t.Skip("set SCALEROOM_SHOTS=folder to render the screens")
	}
	for _, variant := range []string{"light", "dark"} {
		f := newGUI(t)
		if variant == "light" {
			f.s.App.Settings().SetTheme(theme.LightTheme()) //nolint:staticcheck // the test app has no variant setting
		} else {
			f.s.App.Settings().SetTheme(theme.DarkTheme()) //nolint:staticcheck
		}
		w := f.s.Window
		w.Resize(fyne.NewSize(1280, 800))
		shot := func(name string) { writeShot(t, w.Canvas(), filepath.Join(dir, variant+"-"+name+".png")) }
		f.s.addRecent(f.path("spring-offsite.json"))
		f.s.ShowHome()
		shot("home")
		sw := startValues(t, f)
		shot("roster")
		sw.GoToPage("details")
		shot("details")
		sw.GoToStep("s1")
		shot("opening")
		sw.GoToStep("s2")
		press(t, w, "1", "6", "c", "7")
		shot("values")
		vs := sw.CurrentScreen().(*ValuesScreen)
		vs.Tabs.SelectIndex(1)
		shot("room")
		vs.Tabs.SelectIndex(0)
		vs.ModePicker.SetSelected(modeTallyLabel)
		test.Tap(overlayButton(t, w, "Switch")) // named answers exist: it asks first
		press(t, w, "+", "+", "6", "+")
		shot("tally")
		f.s.leave(func() {})
		shot("close")
		test.Tap(overlayButton(t, w, "Cancel"))
		bad := f.path("team.json")
		os.WriteFile(bad, []byte("{\n  \"kind\": \"session\",\n  \"version\": 1,\n  \"title\": \"x\" \"y\"\n}\n"), 0o644)
		f.s.OpenFile(bad)
		shot("corrupt")
		test.Tap(overlayButton(t, w, "OK"))
	}
}
