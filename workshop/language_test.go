package workshop_test

import (
	"bytes"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"scaleroom/assets/locale"
	_ "scaleroom/assets/locale/translations" // German, French and Spanish for the tests that switch
	"scaleroom/workshop"
)

// fyneTranslate is what assets/locale made workshop.Translate: Fyne's
// lang.L over Scaleroom's translations.
var fyneTranslate func(string) string

func identity(s string) string { return s }

// TestMain keeps the package's tests on the identity translation, as they
// were before this file imported assets/locale (whose init hands
// workshop.Translate to Fyne's lang.L): they assert English whatever the
// machine's language. The tests below switch to Fyne's translations.
func TestMain(m *testing.M) {
	fyneTranslate = workshop.Translate
	workshop.Translate = identity
	os.Exit(m.Run())
}

// translated makes workshop speak through Fyne's translations until the
// test ends.
func translated(t *testing.T) {
	t.Helper()
	workshop.Translate = fyneTranslate
	t.Cleanup(func() { workshop.Translate = identity })
}

func builtinTemplate(t *testing.T, id string) *workshop.Template {
	t.Helper()
	all, err := workshop.BuiltinTemplates()
	if err != nil {
		t.Fatal(err)
	}
	for _, tpl := range all {
		if tpl.ID == id {
			return tpl
		}
	}
	t.Fatalf("no built-in template %q", id)
	return nil
}

func templateIDs(t *testing.T) []string {
	t.Helper()
	all, err := workshop.BuiltinTemplates()
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, tpl := range all {
		ids = append(ids, tpl.ID)
		for _, st := range tpl.Session.Steps {
			ids = append(ids, tpl.ID+"/"+st.ID+"/"+string(st.Kind))
			if st.Values != nil {
				ids = append(ids, st.Values.Scale)
				for _, v := range st.Values.Values {
					ids = append(ids, v.ID)
				}
			}
			if st.Load != nil {
				for _, it := range st.Load.Items {
					ids = append(ids, it.ID, string(it.Type), string(it.Origin), string(it.Complexity))
				}
			}
			if st.Reflection != nil {
				for _, in := range st.Reflection.Initiatives {
					ids = append(ids, in.ID)
				}
			}
		}
	}
	return ids
}

func TestGerman(t *testing.T) {
	english := templateIDs(t)
	translated(t)
	locale.Set("de")
	defer locale.Set("en")

	// A built-in template: its name and a prompt.
	tpl := builtinTemplate(t, "values-60")
	if tpl.Name != "Werte: widersprechen und mittragen (60 Min.)" {
		t.Errorf("template name %q", tpl.Name)
	}
	round := tpl.Session.Step("s2")
	if round == nil || !strings.HasPrefix(round.Prompt, "Lesen Sie den Wert und seine Beschreibung laut vor.") {
		t.Errorf("prompt %+v", round)
	}
	// IDs, kinds and codes stay as the files have them.
	if got := templateIDs(t); !slices.Equal(got, english) {
		t.Errorf("IDs changed in German:\n%v\nwas\n%v", got, english)
	}

	// A level of the Gradients of Agreement.
	sc, err := workshop.ScaleByID(workshop.GradientsOfAgreement)
	if err != nil {
		t.Fatal(err)
	}
	if sc.Name != "Zustimmungsstufen" || sc.Level(6).Label != "Gefällt mir nicht, aber ich trage es mit" {
		t.Errorf("scale %q, level 6 %q", sc.Name, sc.Level(6).Label)
	}
	if got := sc.Pass.Describe(); got != "Besteht ohne Stimmen auf 7 oder 8" {
		t.Errorf("pass rule %q", got)
	}

	// A validation error, with its field path as the file has it.
	_, err = workshop.Decode(strings.NewReader(`{"kind": "session", "version": 3, "title": "x",
		"participants": [{"id": "p1", "name": " "}], "steps": [], "actions": [],
		"created": "2026-11-24T09:00:00Z", "modified": "2026-11-24T09:00:00Z"}`))
	if !errors.Is(err, workshop.ErrInvalid) || err.Error() != "participants[0].name: fehlt" {
		t.Errorf("validation error %v", err)
	}
	if _, err := (&workshop.Session{}).AddParticipant(""); err == nil || err.Error() != "eine Person braucht einen Namen" {
		t.Errorf("add participant: %v", err)
	}

	// A session started from the German template holds the German words,
	// and keeps them whatever language reads it later.
	s := tpl.NewSession(time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC))
	if s.Title != "Werte: widersprechen und mittragen" || s.Steps[0].Title != "Warum wir hier sind" ||
		s.Steps[1].Values.Values[0].Name != "Kundschaft zuerst" {
		t.Errorf("session %q, steps %q, %q", s.Title, s.Steps[0].Title, s.Steps[1].Values.Values[0].Name)
	}
	half := builtinTemplate(t, "half-day-scaling").NewSession(time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC))
	if n := half.FillAllExamples(); n == 0 {
		t.Fatal("no examples")
	}
	load := half.Step("s4").Load
	if load.Items[0].Name != "Quartalsplanung" || load.Items[0].Owner.Name != "Führungsteam" {
		t.Errorf("example item %+v", load.Items[0])
	}
	var file bytes.Buffer
	if err := workshop.Encode(&file, s); err != nil {
		t.Fatal(err)
	}
	locale.Set("en")
	again, err := workshop.Decode(&file)
	if err != nil {
		t.Fatal(err)
	}
	if again.Title != "Werte: widersprechen und mittragen" || again.Steps[1].Prompt != round.Prompt {
		t.Errorf("saved session reads back as %q, %q", again.Title, again.Steps[1].Prompt)
	}
	if again.Template != "values-60" {
		t.Errorf("template ID %q", again.Template)
	}
}

func TestFrench(t *testing.T) {
	english := templateIDs(t)
	translated(t)
	locale.Set("fr")
	defer locale.Set("en")

	tpl := builtinTemplate(t, "half-day-scaling")
	if tpl.Name != "Atelier de passage à l’échelle (demi-journée)" {
		t.Errorf("template name %q", tpl.Name)
	}
	if got := tpl.Session.Step("s2").Title; got != "Valeurs\u00a0: exprimer son désaccord et s’engager" {
		t.Errorf("step title %q", got)
	}
	if got := templateIDs(t); !slices.Equal(got, english) {
		t.Errorf("IDs changed in French:\n%v\nwas\n%v", got, english)
	}
	sc, _ := workshop.ScaleByID(workshop.GradientsOfAgreement)
	if sc.Level(1).Label != "Adhésion totale" || sc.Level(8).Meaning != "Je bloque" {
		t.Errorf("levels %q, %q", sc.Level(1).Label, sc.Level(8).Meaning)
	}
	if got := workshop.StepValues.Label(); got != "Valeurs\u00a0: exprimer son désaccord et s’engager" {
		t.Errorf("step kind %q", got)
	}
	s := &workshop.Session{Title: "Atelier", Date: "2026-11-24", Series: "abc"}
	next, err := workshop.FollowUp(s, "", time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC), "")
	if err != nil {
		t.Fatal(err)
	}
	if next.Steps[0].Title != "Depuis la dernière fois" {
		t.Errorf("review step %q", next.Steps[0].Title)
	}
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
	s.Participants = []workshop.Participant{{ID: "p1", Name: "Zoë"}, {ID: "p1", Name: "Zoé"}}
	if err := s.Validate(); err == nil || err.Error() != `participants[1].id: identifiant de personne en double "p1" (aussi à participants[0].id)` {
		t.Errorf("validation error %v", err)
	}
}
