package workshop

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// marked translates by putting a text in brackets, so a test can tell a
// translated text from one that was left alone.
func marked(t *testing.T) {
	t.Helper()
	old := Translate
	Translate = func(s string) string { return "⟦" + s + "⟧" }
	t.Cleanup(func() { Translate = old })
}

// notText are the string fields of a template that hold IDs, dates, paths
// and the like: what a person reads is everything else.
var notText = map[string]bool{
	"ID": true, "Path": true, "Template": true, "Series": true, "Date": true, "Due": true,
	"DecisionDate": true, "CarriedFrom": true, "Step": true, "Participant": true,
	"Who": true, "Whom": true, "Source": true, "Scale": true, "Facilitator": true,
}

// untranslated walks v and reports every text of type string, outside
// notText, that is neither empty nor marked by marked.
func untranslated(v reflect.Value, path string, out *[]string) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			untranslated(v.Elem(), path, out)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if !f.IsExported() || notText[f.Name] {
				continue
			}
			untranslated(v.Field(i), path+"."+f.Name, out)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			untranslated(v.Index(i), path+"[]", out)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			untranslated(v.MapIndex(k), path+"{}", out)
		}
	case reflect.String:
		// Codes have types of their own (StepKind, Decision...): only
		// plain strings are words.
		if v.Type() == reflect.TypeFor[string]() && v.String() != "" && !strings.HasPrefix(v.String(), "⟦") {
			*out = append(*out, path+": "+v.String())
		}
	}
}

func TestBuiltinTemplatesTranslateEveryText(t *testing.T) {
	marked(t)
	all, err := BuiltinTemplates()
	if err != nil {
		t.Fatal(err)
	}
	for _, tpl := range all {
		var left []string
		untranslated(reflect.ValueOf(tpl), tpl.ID, &left)
		for _, l := range left {
			t.Errorf("not translated: %s", l)
		}
		if strings.Contains(tpl.ID, "⟦") {
			t.Errorf("the ID %q was translated", tpl.ID)
		}
	}
}

func TestTranslatedTextsListTheTemplatesAndVocabularies(t *testing.T) {
	texts := TranslatedTexts()
	for _, want := range []string{
		"Values: disagree and commit (60 min)",      // a template's name
		"Customers first",                           // a value
		"Quarterly planning cycle",                  // an example load item
		"Leadership team",                           // its owner
		"Central design review board",               // an example initiative
		"team member",                               // a level of a belonging map
		"Extraneous", "process, tooling, reporting", // a vocabulary's label and hint
		ReviewTitle, ReviewPrompt, UnplacedTitle, noLoadType,
		"not valid JSON", // an error declared once
	} {
		if !slices.Contains(texts, want) {
			t.Errorf("TranslatedTexts lacks %q", want)
		}
	}
	for _, s := range texts {
		if strings.TrimSpace(s) == "" {
			t.Errorf("TranslatedTexts lists a blank text %q", s)
		}
	}
}

func TestTermsTranslateOnce(t *testing.T) {
	marked(t)
	if got := DecisionTerms.Label(DecisionLess); got != "⟦Do less⟧" {
		t.Errorf("label %q", got)
	}
	if got := LoadTypeTerms.Long(LoadExtraneous); got != "⟦Extraneous⟧ (⟦process, tooling, reporting⟧)" {
		t.Errorf("long %q", got)
	}
	// A term from Term is translated already: its Long must not translate
	// it again; a term read from the table translates when asked.
	term, _ := ModeTerms.Term(ModeTally)
	if term.Hint != "⟦hands were counted per level, without names⟧" || term.Long() != "⟦Show of hands⟧ (⟦hands were counted per level, without names⟧)" {
		t.Errorf("term %+v, long %q", term, term.Long())
	}
	if got := ModeTerms[1].Long(); got != "⟦Show of hands⟧ (⟦hands were counted per level, without names⟧)" {
		t.Errorf("table entry's long %q", got)
	}
	// Unknown codes are what a file holds, shown as typed.
	if got := DecisionTerms.Label("later"); got != "later" {
		t.Errorf("unknown code %q", got)
	}
	if got := ErrSyntax.Error(); got != "⟦not valid JSON⟧" {
		t.Errorf("error %q", got)
	}
}

func TestUpperFirst(t *testing.T) {
	for in, want := range map[string]string{"of 3": "Of 3", "échéance": "Échéance", "": "", "über": "Über", "3 x": "3 x"} {
		if got := UpperFirst(in); got != want {
			t.Errorf("UpperFirst(%q) = %q, want %q", in, got, want)
		}
	}
}
