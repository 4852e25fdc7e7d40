package app

import (
	"fmt"
	"image/color"
	"math"
	"sort"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"scaleroom/workshop"
)

// wcagAA is the contrast WCAG 2 AA asks of text.
const wcagAA = 4.5

// contrastPair is a colour text is drawn in and the colour behind it.
type contrastPair struct {
	what       string
	text, back color.Color
}

// over composites a translucent colour over an opaque one, as the painter
// does: hover, focus and selection are drawn over what is behind them.
func over(top, below color.Color) color.Color {
	t := color.NRGBAModel.Convert(top).(color.NRGBA)
	b := color.NRGBAModel.Convert(below).(color.NRGBA)
	a := float64(t.A) / 255
	mix := func(x, y uint8) uint8 { return uint8(math.Round(float64(x)*a + float64(y)*(1-a))) }
	return color.NRGBA{R: mix(t.R, b.R), G: mix(t.G, b.G), B: mix(t.B, b.B), A: 0xff}
}

// widgetPairs are the theme's text colours on the surfaces Fyne's widgets
// draw them on: plain text everywhere; low-importance labels, hints and
// disabled text, and the coloured labels (high importance, links, danger,
// warning, success) on the window, entries, prompt boxes and dialogs, and
// in list and grid rows that may be hovered or selected (the values grid
// colours its levels in the row under the cursor); placeholders in
// entries; text on the coloured buttons, hovered or focused. A button's
// press is a flash, not a state anyone reads, and is left out.
func widgetPairs(th fyne.Theme, v fyne.ThemeVariant) []contrastPair {
	c := func(n fyne.ThemeColorName) color.Color { return th.Color(n, v) }
	bg := c(theme.ColorNameBackground)
	type surface struct {
		name string
		col  color.Color
	}
	page := []surface{
		{"the window", bg},
		{"an entry or prompt box", c(theme.ColorNameInputBackground)},
		{"a dialog", c(theme.ColorNameOverlayBackground)},
		{"a selected row", over(c(theme.ColorNameSelection), bg)},
		{"a hovered row", over(c(theme.ColorNameHover), bg)},
		{"a hovered, selected row", over(c(theme.ColorNameHover), over(c(theme.ColorNameSelection), bg))},
	}
	controls := []surface{
		{"a button", c(theme.ColorNameButton)},
		{"a hovered button", over(c(theme.ColorNameHover), c(theme.ColorNameButton))},
		{"a focused button", over(c(theme.ColorNameFocus), c(theme.ColorNameButton))},
		{"a menu", c(theme.ColorNameMenuBackground)},
		{"a hovered menu item", over(c(theme.ColorNameHover), c(theme.ColorNameMenuBackground))},
		{"a table header", c(theme.ColorNameHeaderBackground)},
	}
	var out []contrastPair
	add := func(text string, col color.Color, on []surface) {
		for _, s := range on {
			out = append(out, contrastPair{text + " on " + s.name, col, s.col})
		}
	}
	add("text", c(theme.ColorNameForeground), append(page, controls...))
	add("low-importance, hint or disabled text", c(theme.ColorNameDisabled), append(page,
		surface{"a disabled button", c(theme.ColorNameDisabledButton)}, surface{"a menu", c(theme.ColorNameMenuBackground)}))
	for _, tx := range []struct {
		name string
		col  fyne.ThemeColorName
	}{
		{"high-importance text", theme.ColorNamePrimary},
		{"a link", theme.ColorNameHyperlink},
		{"danger text", theme.ColorNameError},
		{"warning text", theme.ColorNameWarning},
		{"success text", theme.ColorNameSuccess},
	} {
		add(tx.name, c(tx.col), page)
	}
	out = append(out, contrastPair{"a placeholder in an entry", c(theme.ColorNamePlaceHolder), c(theme.ColorNameInputBackground)})
	for _, b := range []struct {
		name       string
		text, fill fyne.ThemeColorName
	}{
		{"high-importance", theme.ColorNameForegroundOnPrimary, theme.ColorNamePrimary},
		{"danger", theme.ColorNameForegroundOnError, theme.ColorNameError},
		{"warning", theme.ColorNameForegroundOnWarning, theme.ColorNameWarning},
		{"success", theme.ColorNameForegroundOnSuccess, theme.ColorNameSuccess},
	} {
		for _, state := range []struct {
			name string
			top  fyne.ThemeColorName
		}{{"", ""}, {"hovered ", theme.ColorNameHover}, {"focused ", theme.ColorNameFocus}} {
			fill := c(b.fill)
			if state.top != "" {
				fill = over(c(state.top), fill)
			}
			out = append(out, contrastPair{"a " + state.name + b.name + " button", c(b.text), fill})
		}
	}
	return out
}

// appPairs are the app's own: the clocks on their amber and red, the
// levels' numbers in the distribution bars for every built-in scale, and
// everything the ecocycle map draws, read from the map's own objects.
func appPairs(t *testing.T) []contrastPair {
	fg := theme.Color(theme.ColorNameForeground)
	out := []contrastPair{
		// The toolbar's and the projector's clock, and the status beside
		// it, are the theme's text on the state's fill.
		{"the clock in its last minute", fg, timerColor(TimerWarning)},
		{"the clock past its timebox", fg, timerColor(TimerOver)},
	}
	for _, sc := range workshop.Scales() {
		for i, l := range sc.Levels {
			fill, text := levelFill(sc.Levels, i)
			out = append(out, contrastPair{fmt.Sprintf("%s level %d in a bar", sc.Name, l.Value), text, fill})
		}
	}
	return append(out, mapPairs(t)...)
}

// mapPairs walks a drawn ecocycle map: every text against the fill of
// the dot or the area it is drawn on.
func mapPairs(t *testing.T) []contrastPair {
	m := NewEcocycleMap()
	ins := longInitiatives(21, "Initiative ")
	for i := range ins {
		ins[i].Name = ins[i].Name[:12]
	}
	w := test.NewWindow(m)
	defer w.Close()
	w.Resize(fyne.NewSize(1000, 600))
	m.SetInitiatives(ins)
	r := test.WidgetRenderer(m).(*ecocycleRenderer)
	behind := func(o fyne.CanvasObject) color.Color {
		mid := o.Position().Add(fyne.NewPos(o.Size().Width/2, o.Size().Height/2))
		for i, num := range r.numbers {
			if num == o {
				return r.dots[i].FillColor
			}
		}
		for _, a := range r.areas {
			if a.Visible() && mid.X >= a.Position().X && mid.X <= a.Position().X+a.Size().Width &&
				mid.Y >= a.Position().Y && mid.Y <= a.Position().Y+a.Size().Height && a.FillColor != color.Transparent {
				return a.FillColor
			}
		}
		return theme.Color(theme.ColorNameBackground)
	}
	var out []contrastPair
	seen := 0
	for _, o := range r.objects {
		tx, ok := o.(*canvas.Text)
		if !ok || !tx.Visible() || tx.Text == "" {
			continue
		}
		seen++
		out = append(out, contrastPair{fmt.Sprintf("%q on the ecocycle map", tx.Text), tx.Color, behind(tx)})
	}
	// 7 area titles over at least 8 lines, 21 numbers, some names.
	if seen < 7+21+5 {
		t.Fatalf("only %d texts on the map", seen)
	}
	return out
}

func TestEveryTextReadsAtAA(t *testing.T) {
	for _, v := range []struct {
		name    string
		variant fyne.ThemeVariant
	}{{"dark", theme.VariantDark}, {"light", theme.VariantLight}} {
		t.Run(v.name, func(t *testing.T) {
			a := test.NewTempApp(t)
			th := appThemeVariant(v.variant)
			a.Settings().SetTheme(th)
			pairs := append(widgetPairs(th, v.variant), appPairs(t)...)
			// Everything the projector draws, on what it is drawn on.
			pairs = append(pairs, projectorPairs(t, th.Color(theme.ColorNameBackground, v.variant))...)
			// The projector draws in the app's colours, only larger.
			for _, n := range []fyne.ThemeColorName{theme.ColorNameForeground, theme.ColorNameBackground, theme.ColorNameDisabled,
				theme.ColorNameSuccess, theme.ColorNameError, theme.ColorNameWarning, theme.ColorNamePrimary} {
				if got, want := (projectorTheme{}).Color(n, v.variant), th.Color(n, v.variant); got != want {
					t.Errorf("the projector draws %s as %v, the window as %v", n, got, want)
				}
			}
			sort.SliceStable(pairs, func(i, j int) bool {
				return contrastRatio(pairs[i].text, pairs[i].back) < contrastRatio(pairs[j].text, pairs[j].back)
			})
			for _, p := range pairs {
				if r := contrastRatio(p.text, p.back); r < wcagAA {
					t.Errorf("%s: %.2f:1, below %.1f:1 (text %v on %v)", p.what, r, wcagAA, p.text, p.back)
				}
			}
			var low []string
			for _, p := range pairs[:3] {
				low = append(low, fmt.Sprintf("%s %.2f", p.what, contrastRatio(p.text, p.back)))
			}
			t.Logf("%d pairs; the lowest: %s", len(pairs), strings.Join(low, "; "))
		})
	}
}

// TestContrastRatio checks the formula against WCAG's own figures.
func TestContrastRatio(t *testing.T) {
	for _, c := range []struct {
		a, b color.Color
		want float64
	}{
		{color.Black, color.White, 21},
		{rgb(0x777777), color.White, 4.48},
		{rgb(0x767676), color.White, 4.54},
		{rgb(0xf2a900), color.White, 2.01}, // the old amber clock
		{rgb(0x808080), rgb(0x808080), 1},
	} {
		if got := contrastRatio(c.a, c.b); math.Abs(got-c.want) > 0.005 {
			t.Errorf("%v on %v: %.3f, want %.2f", c.a, c.b, got, c.want)
		}
	}
}

// TestLevelsAreTellApart: every level of a built-in scale has its own
// fill in the bars, and the levels that agree are greens, darkest first.
func TestLevelsAreTellApart(t *testing.T) {
	for _, sc := range workshop.Scales() {
		seen := map[color.Color]int{}
		for i, l := range sc.Levels {
			fill, _ := levelFill(sc.Levels, i)
			if other, dup := seen[fill]; dup {
				t.Errorf("%s: levels %d and %d share %v", sc.Name, other, l.Value, fill)
			}
			seen[fill] = l.Value
		}
	}
	gradients, err := workshop.ScaleByID(workshop.GradientsOfAgreement)
	if err != nil {
		t.Fatal(err)
	}
	var lum []float64
	for i := range 3 {
		fill, _ := levelFill(gradients.Levels, i)
		n := color.NRGBAModel.Convert(fill).(color.NRGBA)
		if n.G <= n.R || n.G <= n.B {
			t.Errorf("level %d is %v, not green", i+1, fill)
		}
		lum = append(lum, relativeLuminance(fill))
	}
	if !(lum[0] < lum[1] && lum[1] < lum[2]) {
		t.Errorf("levels 1-3 luminance %v: want darkest first", lum)
	}
}
