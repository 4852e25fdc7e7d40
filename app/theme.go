package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// roomTheme is the app's theme: Fyne's, with tighter padding inside
// fields and rows, so a laptop screen shows the whole room at once (twelve
// people in the values round at 1280×800) without smaller type.
type roomTheme struct{ fyne.Theme }

// newRoomTheme wraps the theme the system or the user chose.
func newRoomTheme(base fyne.Theme) fyne.Theme {
	if base == nil {
		base = theme.DefaultTheme()
	}
	return roomTheme{base}
}

func (t roomTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, v)
}

func (t roomTheme) Size(n fyne.ThemeSizeName) float32 {
	if n == theme.SizeNameInnerPadding {
		return 6 // Fyne's 8 makes every row of a list 4 px taller
	}
	return t.Theme.Size(n)
}
