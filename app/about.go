package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// aboutText is what Help > About says: the app, its version and build from
// the app's metadata (FyneApp.toml, and the build number the build passed).
func aboutText(m fyne.AppMetadata) string {
	name := m.Name
	if name == "" {
		name = AppName
	}
	return fmt.Sprintf(lang.L("%s %s\n\nGuides a facilitator through in-room workshops on how an organisation scales: values, load, scaling up or down, and belonging across levels. Works offline; sessions are files you keep."), name, VersionText(m))
}

// ShowAbout shows the version and build.
func (s *Scaleroom) ShowAbout() {
	text := widget.NewLabel(aboutText(s.App.Metadata()))
	text.Wrapping = fyne.TextWrapWord
	text.Selectable = true // the version can be copied into a bug report
	icon := widget.NewIcon(s.App.Icon())
	d := dialog.NewCustom(fmt.Sprintf(lang.L("About %s"), AppName), lang.L("Close"), container.NewBorder(nil, nil, container.NewGridWrap(fyne.NewSize(64, 64), icon), nil, text), s.Window)
	d.Resize(fyne.NewSize(460, 0))
	d.Show()
}
