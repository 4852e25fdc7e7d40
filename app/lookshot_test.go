package app

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// checkShot renders what a canvas shows and checks the picture: it has the
// canvas's size, something is drawn on it, it is dark in the dark theme and
// light in the light one, and it encodes as PNG. When SCALEROOM_SHOTS names
// a folder the PNG is also written there as name.png, for a person to look
// at; the checks run either way, so CI catches a screen that draws nothing.
func checkShot(t *testing.T, c fyne.Canvas, name string, dark bool) {
	t.Helper()
	img := c.Capture()
	size := c.Size()
	b := img.Bounds()
	if b.Dx() != int(size.Width*c.Scale()) || b.Dy() != int(size.Height*c.Scale()) {
		t.Errorf("%s: picture is %dx%d for a %vx%v canvas", name, b.Dx(), b.Dy(), size.Width, size.Height)
	}
	drawn, light := shotStats(img)
	if drawn < 0.01 {
		t.Errorf("%s: only %.2f%% of the picture differs from the background: nothing drawn", name, 100*drawn)
	}
	if light == dark {
		t.Errorf("%s: the picture is mostly %s in the %s theme", name, map[bool]string{true: "light", false: "dark"}[light], map[bool]string{true: "dark", false: "light"}[dark])
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if dir := os.Getenv("SCALEROOM_SHOTS"); dir != "" {
		if err := os.WriteFile(filepath.Join(dir, name+".png"), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// shotStats returns the share of pixels that differ from the top-left one
// (the background) and whether the picture is light on average.
func shotStats(img image.Image) (drawn float64, light bool) {
	b := img.Bounds()
	bg := img.At(b.Min.X, b.Min.Y)
	br, bgG, bb, _ := bg.RGBA()
	var differ, n int
	var lum uint64
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r != br || g != bgG || bl != bb {
				differ++
			}
			lum += uint64(r+g+bl) / 3
			n++
		}
	}
	if n == 0 {
		return 0, false
	}
	return float64(differ) / float64(n), lum/uint64(n) > 0x7fff
}

// TestLookShots walks through the main workflow in the light and the dark
// theme and checks each screen renders (see checkShot); with
// SCALEROOM_SHOTS=folder it also leaves the pictures there for review.
func TestLookShots(t *testing.T) {
	for _, variant := range []string{"light", "dark"} {
		f := newGUI(t)
		// The app's own theme, pinned: the test app has no variant setting.
		if variant == "light" {
			f.s.App.Settings().SetTheme(appThemeVariant(theme.VariantLight))
		} else {
			f.s.App.Settings().SetTheme(appThemeVariant(theme.VariantDark))
		}
		w := f.s.Window
		w.Resize(fyne.NewSize(1280, 800))
		shot := func(name string) { checkShot(t, w.Canvas(), variant+"-"+name, variant == "dark") }
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
		vs.ModePicker.SetSelected(modeTallyLabel())
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
