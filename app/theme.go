package app

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// appTheme is Scaleroom's theme: the theme the system or the user chose,
// with tighter padding inside fields and rows, so a laptop screen shows
// the whole room at once (twelve people in the values round at 1280×800)
// without smaller type; with every colour that text is drawn in, or drawn
// on, chosen so the text reaches WCAG AA's 4.5:1 in the dark and the light
// variant (contrast_test.go computes each pair); and with the app's own
// colours by name: the timer, the ecocycle's areas.
type appTheme struct {
	fyne.Theme
	// forced pins a variant, for pictures and tests; otherwise the
	// variant follows the user's preference.
	forced  bool
	variant fyne.ThemeVariant
}

// newAppTheme wraps the theme the system or the user chose.
func newAppTheme(base fyne.Theme) fyne.Theme {
	if base == nil {
		base = theme.DefaultTheme()
	}
	return &appTheme{Theme: base}
}

// appThemeVariant is the app's theme on Fyne's default, pinned to one
// variant.
func appThemeVariant(v fyne.ThemeVariant) fyne.Theme {
	return &appTheme{Theme: theme.DefaultTheme(), forced: true, variant: v}
}

// Size implements fyne.Theme.
func (t *appTheme) Size(n fyne.ThemeSizeName) float32 {
	if n == theme.SizeNameInnerPadding {
		return 6 // Fyne's 8 makes every row of a list 4 px taller
	}
	return t.Theme.Size(n)
}

// Color implements fyne.Theme.
func (t *appTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.forced {
		v = t.variant
	}
	if c, ok := paletteColor(n, v); ok {
		return c
	}
	return t.Theme.Color(n, v)
}

// The app's own colour names.
const (
	colorNameTimerWarning fyne.ThemeColorName = "scaleroom.timerWarning" // a clock's last minute, behind the foreground
	colorNameTimerOver    fyne.ThemeColorName = "scaleroom.timerOver"    // a clock past its timebox

	colorNameEcoCool     fyne.ThemeColorName = "scaleroom.ecoCool"     // renewal and creative destruction
	colorNameEcoGrowth   fyne.ThemeColorName = "scaleroom.ecoGrowth"   // birth and maturity
	colorNameEcoTrap     fyne.ThemeColorName = "scaleroom.ecoTrap"     // the traps' bands
	colorNameEcoTrapText fyne.ThemeColorName = "scaleroom.ecoTrapText" // the traps' names on their bands
	colorNameEcoLoop     fyne.ThemeColorName = "scaleroom.ecoLoop"     // the figure of eight
	colorNameEcoRule     fyne.ThemeColorName = "scaleroom.ecoRule"     // the areas' edges
)

// ink and paper are the two colours text takes on the app's fixed fills
// (levels, directions): whichever reads better on each.
var (
	ink   = color.NRGBA{R: 0x1a, G: 0x1a, B: 0x1a, A: 0xff}
	paper = color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff}
)

func rgb(hex uint32) color.NRGBA {
	return color.NRGBA{R: uint8(hex >> 16), G: uint8(hex >> 8), B: uint8(hex), A: 0xff}
}

// darkPalette and lightPalette replace Fyne's colours where text fell
// below 4.5:1 (Fyne 2.8's own, measured on its backgrounds: disabled and
// low-importance text 1.28-1.55, placeholders 3.2 in light, success text
// 1.5 in light, the primary blue 4.0-4.5, the error red 3.7 in light, the
// warning orange 2.2 in light), and add the app's own.
var (
	darkPalette = map[fyne.ThemeColorName]color.Color{
		theme.ColorNameDisabled:            rgb(0xa3a3a3),
		theme.ColorNamePrimary:             rgb(0x7eaaff),
		theme.ColorNameHyperlink:           rgb(0x7eaaff),
		theme.ColorNameForegroundOnPrimary: rgb(0x171718),
		theme.ColorNameError:               rgb(0xff7b70),
		colorNameTimerWarning:              rgb(0x8a5a00),
		colorNameTimerOver:                 rgb(0xb3261e),
		colorNameEcoCool:                   rgb(0x1e2632),
		colorNameEcoGrowth:                 rgb(0x1d2b22),
		colorNameEcoTrap:                   rgb(0x3a2520),
		colorNameEcoTrapText:               rgb(0xff8a80),
		colorNameEcoLoop:                   rgb(0x7a8f99),
		colorNameEcoRule:                   rgb(0x3a3b40),
	}
	lightPalette = map[fyne.ThemeColorName]color.Color{
		theme.ColorNameForeground:          rgb(0x2e2e2e),
		theme.ColorNameDisabled:            rgb(0x5a5a5a),
		theme.ColorNamePlaceHolder:         rgb(0x5a5a5a),
		theme.ColorNamePrimary:             rgb(0x1656c4),
		theme.ColorNameHyperlink:           rgb(0x1656c4),
		theme.ColorNameForegroundOnPrimary: paper,
		theme.ColorNameError:               rgb(0xb3261e),
		theme.ColorNameWarning:             rgb(0x8f4a00),
		theme.ColorNameSuccess:             rgb(0x176b2c),
		// Fyne's selection, blue at a quarter, leaves coloured text in a
		// hovered, selected row below 4.5:1; a sixth keeps it readable.
		theme.ColorNameSelection: color.NRGBA{R: 0x00, G: 0x6c, B: 0xff, A: 0x2a},
		colorNameTimerWarning:    rgb(0xf2a900),
		colorNameTimerOver:       rgb(0xff8a80),
		colorNameEcoCool:         rgb(0xf3f6fa),
		colorNameEcoGrowth:       rgb(0xf0f8f2),
		colorNameEcoTrap:         rgb(0xf8eee6),
		colorNameEcoTrapText:     rgb(0xa31515),
		colorNameEcoLoop:         rgb(0x78969f),
		colorNameEcoRule:         rgb(0xdcdcdc),
	}
)

// paletteColor is one of the app's colours for a variant.
func paletteColor(n fyne.ThemeColorName, v fyne.ThemeVariant) (color.Color, bool) {
	p := darkPalette
	if v == theme.VariantLight {
		p = lightPalette
	}
	c, ok := p[n]
	return c, ok
}

// currentVariant is the variant on screen, judged by the background, so
// the app's own colours agree with whatever theme draws the widgets: the
// app's, a projector override or a test's.
func currentVariant() fyne.ThemeVariant {
	if relativeLuminance(theme.Color(theme.ColorNameBackground)) > 0.5 {
		return theme.VariantLight
	}
	return theme.VariantDark
}

// appColor is one of the app's own colours, for the variant on screen.
func appColor(n fyne.ThemeColorName) color.Color {
	c, _ := paletteColor(n, currentVariant())
	return c
}

// relativeLuminance is WCAG 2's relative luminance of a colour, its alpha
// ignored.
func relativeLuminance(c color.Color) float64 {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(n.R) + 0.7152*lin(n.G) + 0.0722*lin(n.B)
}

// contrastRatio is WCAG 2's contrast ratio of two colours, from 1 to 21.
func contrastRatio(a, b color.Color) float64 {
	la, lb := relativeLuminance(a), relativeLuminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// textOn is ink or paper, whichever reads better on a fill: one of them
// always reaches 4.5:1.
func textOn(fill color.Color) color.Color {
	if contrastRatio(ink, fill) >= contrastRatio(paper, fill) {
		return ink
	}
	return paper
}
