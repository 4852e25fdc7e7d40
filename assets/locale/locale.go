// Package locale decides which language Scaleroom speaks and writes dates
// the way that language writes them. It knows nothing of Fyne, so the
// domain and the exports can use it: package assets/locale/translations
// loads the translation files into Fyne's lang package and gives this
// package its lookup.
package locale

import (
	"os"
	"strings"
	"sync"
	"sync/atomic"

	golocale "github.com/jeandeaual/go-locale"
	"golang.org/x/text/language"

	"scaleroom/workshop"
)

// Supported lists the languages Scaleroom is translated into, English
// (the language of the keys) first.
var Supported = []language.Tag{language.English, language.German, language.French, language.Spanish}

var (
	mu      sync.Mutex
	current = language.English
	// The environment as the program found it, for Set("").
	startLCAll, hadLCAll       = os.LookupEnv("LC_ALL")
	startLanguage, hadLanguage = os.LookupEnv("LANGUAGE")
	// lookup and lookupKey find a translation; the translations package
	// gives Fyne's. reload tells it the language changed.
	lookup    = func(s string) string { return s }
	lookupKey = func(key, english string) string { return english }
	reload    = func() {}
)

func init() {
	choose()
	workshop.Singular = func(n int) bool { return n == 1 || n == 0 && zeroIsSingular.Load() }
	// The domain and the exports translate through these hooks; the
	// completeness test scans their literals where they call tr and trKey.
	workshop.Translate = func(s string) string {
		return remembered(s, func() string { return lookup(s) }) // i18n: dynamic
	}
	workshop.TranslateKey = func(key, english string) string {
		return remembered(key+"\x00"+english, func() string { return lookupKey(key, english) }) // i18n: dynamic
	}
}

// Use gives the lookups that find a translation, and reload, called
// when the language changes; package translations calls it with Fyne's.
func Use(find func(string) string, findKey func(key, english string) string, changed func()) {
	mu.Lock()
	lookup, lookupKey, reload = find, findKey, changed
	mu.Unlock()
	choose()
}

// Set switches the language Scaleroom (and Fyne's own widgets) speak, for
// example "de" or "en-US"; an empty code goes back to the system's. The
// GUI and the command line follow the system; tests switch with Set.
func Set(code string) {
	mu.Lock()
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
	mu.Unlock()
	choose()
}

// choose picks the closest language Scaleroom speaks to the person's list
// and pins Fyne to it. Fyne knows more languages than Scaleroom does: left
// alone, a Japanese system would get Fyne's buttons in Japanese beside
// Scaleroom's English, and a logged "Translation failure" for every text.
// Fyne reads its language from the environment when translations are
// added, and LANGUAGE is where it looks first.
func choose() {
	mu.Lock()
	translated.Store(new(sync.Map))
	current = language.English
	var region string
	if locales, err := golocale.GetLocales(); err == nil {
		current = closest(locales)
		region = firstRegion(locales)
	}
	if _, conf := current.Region(); conf != language.Exact && region != "" {
		// English for a language Scaleroom lacks keeps the person's region:
		// Letter paper and US dates in the Philippines.
		if r, err := language.ParseRegion(region); err == nil {
			if tag, err := language.Compose(current, r); err == nil {
				current = tag
			}
		}
	}
	b, _ := current.Base()
	code := b.String()
	if r, conf := current.Region(); conf == language.Exact {
		code += "_" + r.String()
	}
	os.Setenv("LANGUAGE", code)
	b, _ = current.Base()
	zeroIsSingular.Store(b.String() == "fr")
	changed := reload
	mu.Unlock()
	changed()
}

// firstRegion is the region of the person's first locale, if it names one.
func firstRegion(locales []string) string {
	for _, loc := range locales {
		if tag, err := language.Parse(loc); err == nil {
			if r, conf := tag.Region(); conf == language.Exact {
				return r.String()
			}
			return ""
		}
	}
	return ""
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

// zeroIsSingular is French's rule: "0 personne", where English, German
// and Spanish say "0 people".
var zeroIsSingular atomic.Bool

// Current is the language in use.
func Current() language.Tag {
	mu.Lock()
	defer mu.Unlock()
	return current
}

// translated remembers each text's translation in the language in use: a
// report asks for the same words thousands of times (a level's name per
// response), and Fyne's lookup costs about a microsecond a call. choose
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
