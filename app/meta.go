package app

import (
	"fyne.io/fyne/v2"
	"github.com/BurntSushi/toml"
)

// Metadata reads FyneApp.toml's text into Fyne's app metadata. The file is
// checked in and tested, so a parse failure falls back to name and ID.
func Metadata(fyneAppToml string) fyne.AppMetadata {
	var file struct {
		Details struct {
			ID, Name, Version string
			Build             int
		}
		Migrations map[string]bool
	}
	meta := fyne.AppMetadata{ID: "app.scaleroom.desktop", Name: "Scaleroom", Version: "0.0.0", Build: 1, Release: true}
	if _, err := toml.Decode(fyneAppToml, &file); err != nil {
		return meta
	}
	meta.ID, meta.Name, meta.Version, meta.Build = file.Details.ID, file.Details.Name, file.Details.Version, file.Details.Build
	meta.Migrations = file.Migrations
	return meta
}
