package export

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"scaleroom/assets/locale"
	"scaleroom/export/report"
)

// inLanguage switches Scaleroom to a language for one test, and back to
// English, which the other tests assert, when it ends.
func inLanguage(t *testing.T, code string) {
	t.Helper()
	locale.Set(code)
	t.Cleanup(func() { locale.Set("en") })
}

// mustNotContain fails for each text found in got.
func mustNotContain(t *testing.T, what, got string, unwanted ...string) {
	t.Helper()
	for _, u := range unwanted {
		if strings.Contains(got, u) {
			t.Errorf("%s still has %q", what, u)
		}
	}
}

// A typical session's summary in German, as a reader of the PDF finds it:
// the report's own headings, labels, footer and dates are German (the
// session's 2025-06-12 is "12. Juni 2025"); what the room typed stays as
// typed.
func TestGermanSummaryPDF(t *testing.T) {
	inLanguage(t, "de")
	path, pages := render(t, typicalSession(), Options{})
	got := text(t, path)
	mustContain(t, "German summary", got,
		"Scaleroom · Workshop-Zusammenfassung",
		"Datum: 12. Juni 2025", "Ort: Lisbon, Sala Tejo", "Moderation: Hanna Berg", "Personen: 12",
		"Geplante Zeit: 160 min", "Genutzte Zeit: 101 min 05 s",
		"Auf einen Blick", "Ablauf", "Schritt", "Zeitrahmen", "Gesamt",
		"Stufen der Skala", "Entscheidungsskala:", "Ergebnis: 5 bestanden, 2 nicht bestanden, 1 ohne Antworten.",
		"Widersprechen und mittragen: 2 (Dmitri Volkov, Νίκος Παππάς)",
		"Vorbehalt: I would rather we said users, not customers.",
		"Warnungen", "Stopp-Liste", "Alle Posten", "Legende", "Heute", "Nach Entscheidungen",
		"Initiativen nach Richtung", "Erste Maßnahme", "Kein Konsens zur Platzierung",
		"Maßnahmen", "Offen", "Erledigt", "Verantwortlich", "Fällig",
		// Due dates and decision dates, as German writes them.
		"Send the values write-up to everyone Ana Lima 20. Juni 2025",
		"Weekly status report Platform 1 Sara Okafor 1. Juli 2025",
		"Teilnehmende", "Notizen", "Anhang: alle Antworten", "(nach Stufe)",
		fmt.Sprintf("Seite 1 von %d", pages), fmt.Sprintf("Seite %d von %d", pages, pages),
		"12. Juni 2025 · Scaleroom")
	mustNotContain(t, "German summary", got,
		"Workshop summary", "At a glance", "Planned time:", "Time used:", "Levels of the scale",
		"Decision scale:", "Cognitive-load", "All items", "Initiatives by direction", "First action",
		"No consensus on placement", "Appendix: every response", "(by level)", "Page 1 of",
		"2025-06-12", "2025-06-20", "12 June 2025")
	meta := info(t, path)
	mustContain(t, "German metadata", meta, "Subject:         Workshop-Zusammenfassung")
}

// The anonymous summary and a personal sheet keep their rules in German:
// the name mark and the sheet's own words are German too.
func TestGermanAnonymousAndSheet(t *testing.T) {
	inLanguage(t, "de")
	path, _ := render(t, typicalSession(), Options{Anonymous: true})
	got := text(t, path)
	mustContain(t, "German anonymous summary", got, "Anonyme Workshop-Zusammenfassung",
		"Moderation: in der anonymen Zusammenfassung nicht angegeben",
		"12 Teilnehmende. Namen, Rollen und Teams werden in der anonymen Zusammenfassung nicht gezeigt.",
		"Namen in Notizen werden durch [Name] ersetzt.", "[Name] send the slides.")
	mustNotContain(t, "German anonymous summary", got, "Hanna", "Ana Lima", "[name]")
	path, _ = render(t, typicalSession(), Options{Participant: "p3"})
	got = text(t, path)
	mustContain(t, "German sheet", got, "Persönliches Blatt für Chloé Dubois", "Ihre Antwort:", "Ihre Notiz:",
		"Die Gruppe:", "Ihre Maßnahmen", "Was die Gruppe entschieden hat")
}

// The summary in French: its labels take a no-break space before the
// colon, and dates are French.
func TestFrenchSummaryPDF(t *testing.T) {
	inLanguage(t, "fr")
	path, pages := render(t, typicalSession(), Options{})
	got := text(t, path)
	// text() turns every space, no-break ones included, into " ".
	mustContain(t, "French summary", got, "Synthèse de l'atelier", "Date : 12 juin 2025", "En bref", "Déroulé",
		"Niveaux de l'échelle", "Échéance", "20 juin 2025", fmt.Sprintf("Page %d sur %d", pages, pages))
	mustNotContain(t, "French summary", got, "At a glance", "Page 1 of", "2025-06-12")
}

// The Markdown export in German, read back as a wiki shows it.
func TestGermanMarkdownReadsBack(t *testing.T) {
	inLanguage(t, "de")
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, typicalSession(), Options{}); err != nil {
		t.Fatal(err)
	}
	src := buf.String()
	if !strings.Contains(src, "- **Datum:** 12. Juni 2025") {
		t.Errorf("no German cover facts:\n%s", src[:min(len(src), 600)])
	}
	headings, cells, all := markdownText(t, buf.Bytes())
	joined := strings.Join(headings, "\n")
	for _, want := range []string{"Scaling the product organisation", "Auf einen Blick", "Ablauf", "Stufen der Skala",
		"Warnungen", "Stopp-Liste", "Alle Posten", "Initiativen nach Richtung", "Maßnahmen", "Offen", "Erledigt",
		"Teilnehmende", "Notizen", "Anhang: alle Antworten"} {
		if !strings.Contains(joined, want) {
			t.Errorf("no heading %q in\n%s", want, joined)
		}
	}
	mustNotContain(t, "German Markdown headings", joined, "At a glance", "Agenda", "Levels of the scale", "All items",
		"Participants", "Appendix")
	table := strings.Join(cells, "\n")
	for _, want := range []string{"Schritt", "Zeitrahmen", "Genutzte Zeit", "Maßnahme", "Verantwortlich", "Fällig",
		"Aus Schritt", "Stufe", "Anzahl", "Heute", "Nach den Entscheidungen", "Kapazität", "Platzierung", "20. Juni 2025"} {
		if !strings.Contains(table, want) {
			t.Errorf("no table cell %q", want)
		}
	}
	mustContain(t, "German Markdown", all, "Scaleroom · Workshop-Zusammenfassung", "Datum: 12. Juni 2025",
		"Warnung:", "Skala: 1 Volle Unterstützung")
	mustNotContain(t, "German Markdown", all, "Workshop summary", "Warning:", "2025-06-20", "Date:")
}

// A CSV table in German: people read its headers and words in their
// language, programs read its dates as ISO.
func TestGermanCSVKeepsISODates(t *testing.T) {
	inLanguage(t, "de")
	s := typicalSession()
	acts := readCSV(t, s, Options{}, report.ActionsData)
	if got := strings.Join(acts[0], ","); got != "Maßnahme,Verantwortlich,Fällig,Aus Schritt,Erledigt" {
		t.Fatalf("actions header %q", got)
	}
	if acts[1][2] != s.Actions[0].Due || acts[1][2] != "2025-06-20" || acts[1][4] != "nein" {
		t.Errorf("first action %q", acts[1])
	}
	load := readCSV(t, s, Options{}, report.LoadData)
	if load[0][9] != "Last danach" || load[0][11] != "Entscheidungsdatum" || load[1][11] != "2025-07-01" {
		t.Errorf("load header %q, first row %q", load[0], load[1])
	}
}
