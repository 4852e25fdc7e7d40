// Package translations holds Scaleroom's translations and loads them into
// Fyne's lang package, so every screen, the command line and the exports
// speak the reader's language; importing it is what makes a program
// translated.
//
// Translations are keyed by the English text itself: English needs no
// file, a missing translation shows English rather than a key, and the
// test in this package fails when any key lacks a translation.
package translations

import (
	"embed"
	"io/fs"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"scaleroom/assets/locale"
)

// Files are named AREA.LANG.json: one area per part of the product, so
// the part's strings and their translations change together.
//
//go:embed *.json
var files embed.FS

func init() {
	locale.Use(
		func(s string) string { return lang.L(s) },                       // i18n: dynamic, the texts of workshop and the exports
		func(key, english string) string { return lang.X(key, english) }, // i18n: dynamic
		load)
}

// load adds the translations to Fyne's the first time; after that the
// language changed, and an empty addition is enough to make Fyne read the
// environment locale has pinned again, without parsing every file anew.
func load() {
	if loaded.Swap(true) {
		if err := lang.AddTranslationsForLocale([]byte("{}"), "en"); err != nil {
			fyne.LogError("Switching Scaleroom's language", err)
		}
		return
	}
	names, err := fs.Glob(files, "*.json")
	if err != nil {
		fyne.LogError("Listing Scaleroom's translations", err)
		return
	}
	for _, name := range names {
		data, err := files.ReadFile(name)
		if err == nil {
			err = lang.AddTranslations(fyne.NewStaticResource(name, data))
		}
		if err != nil {
			fyne.LogError("Loading Scaleroom's translations from "+name, err)
		}
	}
}

// loaded says the files are in Fyne's bundle.
var loaded atomic.Bool
