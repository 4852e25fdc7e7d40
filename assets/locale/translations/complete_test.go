package translations

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"

	"scaleroom/workshop"
)

// sources are the packages whose text people read.
var sources = []string{"../../../app", "../../../app/cli", "../../../export", "../../../export/report", "../../../workshop", "../../../assets/locale", ".", "../../.."}

// key is a text to translate and where it is used.
type key struct {
	text    string
	english string // the fallback of lang.X; the text itself otherwise
	where   string
}

// usedKeys finds every literal passed to lang.L, lang.X (its fallback is
// the English; its key is what is looked up), lang.N, and tr and trKey,
// which workshop and the exports translate through.
// A call with anything else than a literal is an error unless its line
// says "i18n: dynamic" and its keys come from workshop.TranslatedTexts.
func usedKeys(t *testing.T) []key {
	t.Helper()
	var keys []key
	fset := token.NewFileSet()
	for _, dir := range sources {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range files {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, name, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			src := readLines(t, name)
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) == 0 || !translates(call.Fun) {
					return true
				}
				pos := fset.Position(call.Pos())
				where := filepath.Base(name) + ":" + strconv.Itoa(pos.Line)
				lit, ok := call.Args[0].(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					if !strings.Contains(src[pos.Line-1], "i18n: dynamic") {
						t.Errorf("%s: %s translates a text that is not a literal; use a literal, or mark the line \"i18n: dynamic\" and list its texts in workshop.TranslatedTexts", where, name)
					}
					return true
				}
				text, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatal(err)
				}
				english := text
				if byKey(call.Fun) {
					if len(call.Args) > 1 {
						if lit, ok := call.Args[1].(*ast.BasicLit); ok && lit.Kind == token.STRING {
							english, _ = strconv.Unquote(lit.Value)
						}
					}
				}
				keys = append(keys, key{text, english, where})
				return true
			})
		}
	}
	for _, text := range workshop.TranslatedTexts() {
		keys = append(keys, key{text, text, "workshop.TranslatedTexts"})
	}
	return keys
}

// byKey says whether a call looks its text up by a key, with the English
// as its second argument: lang.X, lang.LocalizeKey, and trKey.
func byKey(fun ast.Expr) bool {
	switch f := fun.(type) {
	case *ast.Ident:
		return f.Name == "trKey"
	case *ast.SelectorExpr:
		return strings.HasSuffix(f.Sel.Name, "X") || strings.HasSuffix(f.Sel.Name, "Key")
	}
	return false
}

func translates(fun ast.Expr) bool {
	switch f := fun.(type) {
	case *ast.Ident:
		return f.Name == "tr" || f.Name == "trKey"
	case *ast.SelectorExpr:
		x, ok := f.X.(*ast.Ident)
		if !ok || x.Name != "lang" {
			return false
		}
		switch f.Sel.Name {
		case "L", "X", "N", "XN", "Localize", "LocalizeKey", "LocalizePlural", "LocalizePluralKey":
			return true
		}
	}
	return false
}

func readLines(t *testing.T, name string) []string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(string(data), "\n")
}

// catalogue is every translation of one language: text to translation,
// and which file said so.
type catalogue struct {
	text map[string]string
	file map[string]string
}

func catalogues(t *testing.T) map[string]catalogue {
	t.Helper()
	all := map[string]catalogue{}
	names, err := fs.Glob(files, "*.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		parts := strings.Split(filepath.Base(name), ".")
		if len(parts) != 3 {
			t.Errorf("%s: name a translation file AREA.LANG.json", name)
			continue
		}
		code := parts[1]
		data, err := files.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var texts map[string]string
		if err := json.Unmarshal(data, &texts); err != nil {
			t.Errorf("%s: %v (every entry is \"English\": \"translation\")", name, err)
			continue
		}
		c, ok := all[code]
		if !ok {
			c = catalogue{text: map[string]string{}, file: map[string]string{}}
			all[code] = c
		}
		if _, err := i18n.NewBundle(language.English).ParseMessageFileBytes(data, name); err != nil {
			t.Errorf("%s: Fyne cannot load it: %v", name, err)
		}
		for text, translation := range texts {
			if reserved[strings.ToLower(text)] {
				t.Errorf("%s: %q is a word go-i18n reserves; look it up with lang.X(\"some.key\", %q)", name, text, text)
			}
			if prev, ok := c.text[text]; ok && prev != translation {
				t.Errorf("%s and %s translate %q differently: %q and %q", c.file[text], name, text, prev, translation)
			}
			c.text[text] = translation
			c.file[text] = name
		}
	}
	return all
}

// TestEveryTextTranslated fails when a text people read has no
// translation in a language Scaleroom ships, when a translation loses or
// adds a placeholder, and when a file keeps a text nothing uses.
func TestEveryTextTranslated(t *testing.T) {
	keys := usedKeys(t)
	if len(keys) < 10 {
		t.Fatalf("found only %d texts to translate: is the scan looking in the right places?", len(keys))
	}
	all := catalogues(t)
	for _, required := range []string{"de", "fr", "es"} {
		if _, ok := all[required]; !ok {
			t.Errorf("no translations for %s", required)
		}
	}
	used := map[string]bool{}
	for _, k := range keys {
		used[k.text] = true
	}
	for code, c := range all {
		missing := 0
		for _, k := range keys {
			translation, ok := c.text[k.text]
			switch {
			case !ok:
				missing++
				if missing <= 20 {
					t.Errorf("%s: %q has no translation in %s", k.where, k.text, code)
				}
			case strings.TrimSpace(translation) == "" && strings.TrimSpace(k.text) != "":
				t.Errorf("%s: %q is translated to nothing", c.file[k.text], k.text)
			case !samePlaceholders(k.english, translation):
				t.Errorf("%s: %q keeps other placeholders than %q", c.file[k.text], translation, k.english)
			}
			used[k.text] = true
		}
		if missing > 20 {
			t.Errorf("… and %d more texts without a translation in %s", missing-20, code)
		}
		var stale []string
		for text := range c.text {
			if !used[text] {
				stale = append(stale, c.file[text]+": "+strconv.Quote(text))
			}
		}
		sort.Strings(stale)
		for _, s := range stale {
			t.Errorf("%s is translated but nothing uses it", s)
		}
	}
}

// reserved are the keys go-i18n reads as parts of a message, whatever
// their case: a file holding one beside ordinary texts fails to load.
var reserved = map[string]bool{"id": true, "description": true, "hash": true, "leftdelim": true, "rightdelim": true,
	"zero": true, "one": true, "two": true, "few": true, "many": true, "other": true, "translation": true}

var (
	verb     = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]`)
	field    = regexp.MustCompile(`\{\{[^}]*\}\}`)
	verbKind = regexp.MustCompile(`[a-zA-Z%]$`)
)

// samePlaceholders: a translation may move fmt verbs (with explicit
// indexes) and template fields, but must keep each of them.
func samePlaceholders(english, translation string) bool {
	kinds := func(s string) []string {
		var out []string
		for _, v := range verb.FindAllString(s, -1) {
			out = append(out, verbKind.FindString(v))
		}
		out = append(out, field.FindAllString(s, -1)...)
		sort.Strings(out)
		return out
	}
	return strings.Join(kinds(english), " ") == strings.Join(kinds(translation), " ")
}
