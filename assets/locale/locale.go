// Package locale loads Scaleroom's translations into Fyne's lang package,
// so every screen, the command line and the PDF speak the reader's
// language, and writes dates the way that language writes them.
//
// Translations are keyed by the English text itself: English needs no
// file, a missing translation shows English rather than a key, and the
// test in this package fails when any key lacks a translation.
package locale

import (
	"embed"
	"os"
	"strings"
	"sync"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	golocale "github.com/jeandeaual/go-locale"
	"golang.org/x/text/language"

	"scaleroom/workshop"
)

// Translation files are named AREA.LANG.json: one area per part of the
// product, so the part's strings and their translations change together.
//
//go:embed translations/*.json
var translations embed.FS

// Supported lists the languages Scaleroom is translated into, English
// (the language of the keys) first.
var Supported = []language.Tag{language.English, language.German, language.French, language.Spanish}

var (
	mu      sync.Mutex
	current = language.English
	// The environment as the program found it, for Set("").
	startLCAll, hadLCAll       = os.LookupEnv("LC_ALL")
	startLanguage, hadLanguage = os.LookupEnv("LANGUAGE")
)

func init() {
	choose()
	// The domain and the exports stay free of Fyne: they translate through
	// these hooks, and the completeness test scans their literals where
	// they call tr and trKey.
	workshop.Translate = func(s string) string {
		return remembered(s, func() string { return lang.L(s) }) // i18n: dynamic
	}
	workshop.TranslateKey = func(key, english string) string {
		return remembered(key+"\x00"+english, func() string { return lang.X(key, english) }) // i18n: dynamic
	}
}

// translated remembers each text's translation in the language in use: a
// report asks for the same words thousands of times (a level's name per
// response), and Fyne's lookup costs about a microsecond a call. Set
// starts afresh.
var translated atomic.Pointer[sync.Map]

func remembered(key string, look func() string) string {
	m := translated.Load()
	if v, ok := m.Load(key); ok {
		return v.(string)
	}
	t := look()
	m.Store(key, t)
	return t
}

// Set switches the language Scaleroom (and Fyne's own widgets) speak, for
// example "de" or "en-US"; an empty code goes back to the system's. It is
// for tests and the command line; the GUI follows the system.
func Set(code string) {
	mu.Lock()
	defer mu.Unlock()
	restore := func(name, value string, had bool) {
		if had {
			os.Setenv(name, value)
		} else {
			os.Unsetenv(name)
		}
	}
	restore("LANGUAGE", startLanguage, hadLanguage)
	if code == "" {
		restore("LC_ALL", startLCAll, hadLCAll)
	} else {
		os.Setenv("LC_ALL", strings.ReplaceAll(code, "-", "_")+".UTF-8")
		os.Unsetenv("LANGUAGE")
	}
	choose()
}

// choose picks the closest language Scaleroom speaks to the person's list
// and pins Fyne to it. Fyne knows more languages than Scaleroom does: left
// alone, a Japanese system would get Fyne's buttons in Japanese beside
// Scaleroom's English, and a logged "Translation failure" for every text.
// Fyne reads its language from the environment when translations are
// added, and LANGUAGE is where it looks first.
func choose() {
	translated.Store(new(sync.Map))
	current = language.English
	if locales, err := golocale.GetLocales(); err == nil {
		current = closest(locales)
	}
	b, _ := current.Base()
	code := b.String()
	if region, conf := current.Region(); conf == language.Exact {
		code += "_" + region.String()
	}
	os.Setenv("LANGUAGE", code)
	if err := lang.AddTranslationsFS(translations, "translations"); err != nil {
		fyne.LogError("Loading Scaleroom's translations", err)
	}
}

// closest is the supported language nearest to the person's list, with
// the region of the locale it came from kept (dates in en-US differ from
// en-GB), or English when none is close.
func closest(locales []string) language.Tag {
	matcher := language.NewMatcher(Supported)
	for _, loc := range locales {
		tag, err := language.Parse(loc)
		if err != nil {
			continue
		}
		_, i, conf := matcher.Match(tag)
		if conf == language.No || conf == language.Low {
			continue
		}
		if region, conf := tag.Region(); conf == language.Exact {
			if withRegion, err := language.Compose(Supported[i], region); err == nil {
				return withRegion
			}
		}
		return Supported[i]
	}
	return language.English
}

// Current is the language in use.
func Current() language.Tag {
	mu.Lock()
	defer mu.Unlock()
	return current
}
