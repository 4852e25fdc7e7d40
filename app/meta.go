package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"github.com/BurntSushi/toml"
)

// Metadata reads FyneApp.toml's text into Fyne's app metadata. The file is
// checked in and tested, so a parse failure falls back to name and ID. A
// build number given by the build (make passes the commit count) replaces
// the file's, which stays 1: packaging must not edit checked-in files.
func Metadata(fyneAppToml string, build int) fyne.AppMetadata {
	var file struct {
		Details struct {
			ID, Name, Version string
			Build             int
		}
		Migrations map[string]bool
	}
	meta := fyne.AppMetadata{ID: "app.scaleroom.desktop", Name: "Scaleroom", Version: "0.0.0", Build: max(build, 1), Release: true}
	if _, err := toml.Decode(fyneAppToml, &file); err != nil {
		return meta
	}
	meta.ID, meta.Name, meta.Version, meta.Build = file.Details.ID, file.Details.Name, file.Details.Version, file.Details.Build
	meta.Migrations = file.Migrations
	if build > 0 {
		meta.Build = build
	}
	return meta
}

// VersionText is the version as people read it: "0.2.0 (build 57)".
func VersionText(m fyne.AppMetadata) string {
	return fmt.Sprintf(lang.L("%s (build %d)"), m.Version, m.Build)
}
