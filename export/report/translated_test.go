package report

import (
	"testing"

	"scaleroom/assets/locale"
	"scaleroom/workshop"
	"scaleroom/workshop/workshoptest"
)

func inLanguage(t *testing.T, code string) {
	t.Helper()
	locale.Set(code)
	t.Cleanup(func() { locale.Set("en") })
}

// What the screens take from the report speaks the reader's language,
// dates included; the English words app code tells outcomes apart by stay
// as they are.
func TestGermanScreenWords(t *testing.T) {
	inLanguage(t, "de")
	s := workshoptest.Session(workshoptest.Typical)
	a := &s.Actions[0]
	want := s.OwnerName(a.Owner) + " · fällig am 20. Dezember 2026 · aus " + s.Step(a.Step).Title
	if a.Due != "2026-12-20" {
		t.Fatalf("the typical session's first action is due %s", a.Due)
	}
	if got := ActionMeta(s, a); got != want {
		t.Errorf("ActionMeta %q, want %q", got, want)
	}
	for got, want := range map[string]string{
		DecisionsText():                               "Stoppen, weniger, zurückstellen",
		OutcomeText(OutcomeCarried):                   "Weitergeführt",
		OutcomeText(OutcomeDropped):                   "Gestrichen",
		PaceWord(workshop.ChangeCheck{TooFast: true}): "Schneller als die Zugehörigkeit",
		lower("Armutsfalle"):                          "Armutsfalle", // German nouns keep their capital
	} {
		if got != want {
			t.Errorf("%q, want %q", got, want)
		}
	}
	if OutcomeCarried != "Carried on" {
		t.Error("the English words changed")
	}
	r := build(t, s, Options{})
	if r.Variant != "Workshop-Zusammenfassung" || r.Date != locale.ShowDate(s.Date) {
		t.Errorf("variant %q, date %q", r.Variant, r.Date)
	}
}

// A value's change is told from its figures, not from the words of its
// verdicts, which are the reader's language's.
func TestVerdictChangeIgnoresWords(t *testing.T) {
	passed := &workshop.ValueFigures{Responded: 4, Passes: true, Verdict: "Besteht"}
	failed := &workshop.ValueFigures{Responded: 4, Passes: false, Verdict: "Besteht nicht"}
	none := &workshop.ValueFigures{Verdict: "Noch keine Antworten"}
	for _, c := range []struct {
		then, now *workshop.ValueFigures
		want      string
	}{
		{passed, failed, "passed, now besteht nicht."},
		{failed, passed, "did not pass, now besteht."},
		{none, passed, "had no responses, now besteht."},
		{failed, failed, "still besteht nicht."},
	} {
		if got := verdictChange(c.then, c.now); got != c.want {
			t.Errorf("verdictChange = %q, want %q", got, c.want)
		}
	}
}
