package app

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"scaleroom/assets/locale"
	"scaleroom/workshop"
)

// menuLabels lists a window's main menus and their items, one a line:
// "Datei: Speichern".
func menuLabels(w fyne.Window) string {
	var b strings.Builder
	for _, m := range w.MainMenu().Items {
		b.WriteString(m.Label + "\n")
		for _, it := range m.Items {
			if it.Label != "" {
				b.WriteString(m.Label + ": " + it.Label + "\n")
			}
		}
	}
	return b.String()
}

// hasAll reports texts missing from s; hasNone the texts found in it.
func hasAll(t *testing.T, where, s string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(s, w) {
			t.Errorf("%s lacks %q:\n%s", where, w, s)
		}
	}
}

func hasNone(t *testing.T, where, s string, english ...string) {
	t.Helper()
	for _, e := range english {
		if strings.Contains(s, e) {
			t.Errorf("%s still says %q in English:\n%s", where, e, s)
		}
	}
}

// The home screen and a session window in German: menus, toolbar,
// navigation, status and dialogs, checked by hand against the German
// file, and none of the English left.
func TestWindowSpeaksGerman(t *testing.T) {
	locale.Set("de")
	defer locale.Set("en")
	f := newGUI(t)
	w := f.s.Window
	h := f.s.Home

	menus := menuLabels(w)
	hasAll(t, "the home menu", menus, "Datei\n", "Hilfe\n", "Datei: Neue Sitzung aus gewählter Vorlage",
		"Datei: Öffnen…", "Datei: Zuletzt geöffnet", "Datei: Vorlage importieren…", "Datei: Beenden", "Hilfe: Über Scaleroom")
	hasNone(t, "the home menu", menus, "File\n", "Help\n", "New session from selected template", "Open recent", "Quit")
	if !strings.HasPrefix(h.StartButton.Text, "Sitzung starten: ") || h.OpenButton.Text != "Sitzungsdatei öffnen…" {
		t.Errorf("home buttons %q and %q", h.StartButton.Text, h.OpenButton.Text)
	}

	h.TemplateList.Select(templateIndex(t, h, "values-60"))
	test.Tap(h.StartButton)
	sw := f.s.Session
	if sw == nil {
		t.Fatal("no session window")
	}
	menus = menuLabels(w)
	hasAll(t, "the session menu", menus, "Datei\n", "Gehe zu\n", "Ansicht\n", "Hilfe\n",
		"Datei: Neue Sitzung…", "Datei: Speichern\n", "Datei: Speichern unter…", "Datei: Als Vorlage speichern…",
		"Datei: Persönliche Blätter exportieren…", "Datei: Sitzung schließen",
		"Gehe zu: Vorheriger Schritt", "Gehe zu: Sitzungsdetails", "Gehe zu: Teilnehmende", "Gehe zu: Ablauf",
		"Gehe zu: Maßnahmen", "Gehe zu: Zusammenfassung", "Gehe zu: Verlauf",
		"Ansicht: Timer starten oder anhalten", "Ansicht: Projektor öffnen oder schließen", "Hilfe: Tastenkürzel")
	hasNone(t, "the session menu", menus, "File\n", "View\n", "Save As", "Save as template", "Close session",
		"Previous step", "Session details", "Start or pause the clock", "Keyboard shortcuts")
	if got := sw.Title(); got != "Sitzung ohne Titel (noch nicht gespeichert) — Scaleroom" && !strings.HasSuffix(got, " (noch nicht gespeichert) — Scaleroom") {
		t.Errorf("window title %q", got)
	}
	if sw.Status.Text != "Noch nicht gespeichert · Ctrl+S" {
		t.Errorf("status %q", sw.Status.Text)
	}
	if sw.QuickAction.Text != "Maßnahme…" || sw.DoneCheck.Text != "Schritt erledigt" || !strings.HasPrefix(sw.BackButton.Text, "Zurück") {
		t.Errorf("toolbar and navigation: %q, %q, %q", sw.QuickAction.Text, sw.DoneCheck.Text, sw.BackButton.Text)
	}
	if !strings.HasPrefix(sw.Planned.Text, "Ablauf · ") || !strings.HasSuffix(sw.Planned.Text, " geplant") {
		t.Errorf("planned time %q", sw.Planned.Text)
	}
	// The session's date (2026-03-14 in the tests) under its details page.
	if got := sidebarText(sw, 0); got != "Sitzungsdetails\n14. März 2026\n" {
		t.Errorf("the details page in the agenda reads %q", got)
	}

	// The roster's preview and its button.
	sw.GoToPage("participants")
	r := sw.CurrentScreen().(*RosterScreen)
	if r.Count.Text != "Noch niemand" || r.PasteButton.Text != "Diese Namen hinzufügen" {
		t.Errorf("roster %q, %q", r.Count.Text, r.PasteButton.Text)
	}
	r.PasteEntry.SetText("Ana\nBen\nChloé")
	test.Tap(r.PasteButton)
	text := dialogText(w)
	hasAll(t, "the list's preview", text, "Personen aus der Liste hinzufügen", "Neu in den Raum: 3 Personen.", "Neu: Ana")
	overlayButton(t, w, "Abbrechen")
	test.Tap(overlayButton(t, w, "3 hinzufügen"))
	if r.Count.Text != "3 Personen im Raum" || r.Result.Text != "3 Personen hinzugefügt." {
		t.Errorf("roster after the list: %q, %q", r.Count.Text, r.Result.Text)
	}

	// A dialog of ours: its title and our button beside Cancel.
	sw.SaveAsTemplate()
	text = dialogText(w)
	hasAll(t, "the template dialog", text, "Als Vorlage speichern", "Name", "Beschreibung")
	hasNone(t, "the template dialog", text, "Save as template", "Description")
	overlayButton(t, w, "Vorlage speichern")
	test.Tap(overlayButton(t, w, "Abbrechen"))

	// The keyboard sheet: descriptions translated, key names as printed.
	sw.ShowShortcuts()
	text = dialogText(w)
	hasAll(t, "the keyboard sheet", text, "Tastenkürzel", "Ctrl+S\nSpeichern\n", "Ctrl+T\nTimer starten oder anhalten",
		"Werterunde: Handzeichen", "Buchstaben, 0–9\n", "Home, End\nErste Person, letzte Person")
	hasNone(t, "the keyboard sheet", text, "Start or pause the clock", "Values round", "Letters")
	test.Tap(overlayButton(t, w, "Schließen"))

	// Autosave's status gives the clock; the recovery offer at the next
	// start gives the date in German.
	sw.saver.AutosaveNow()
	f.ui.runUntil(t, func() bool { return sw.Status.Text == "Noch nicht gespeichert · Wiederherstellungskopie um 09:30" })
	next := New(test.NewTempApp(t), f.s.Library, f.s.RecoveryDir)
	next.Window.Show()
	next.Begin("")
	text = dialogText(next.Window)
	hasAll(t, "the recovery offer", text, "Ungespeicherte Arbeit wiederherstellen?", "3 Teilnehmende", "Sie wurde nie in einer Datei gespeichert.")
	if !regexp.MustCompile(`ungespeicherte Arbeit vom \d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}, \d\d:\d\d behalten:`).MatchString(text) {
		t.Errorf("the recovery offer does not date the work in German:\n%s", text)
	}
	for _, b := range []string{"Wiederherstellen", "Verwerfen", "Nicht jetzt"} {
		overlayButton(t, next.Window, b)
	}
	test.Tap(overlayButton(t, next.Window, "Nicht jetzt"))

	// Closing the never saved session asks in German.
	f.s.chooseNew()
	text = dialogText(w)
	hasAll(t, "the question on closing", text, "Vor dem Schließen speichern?", "wurde noch nie in einer Datei gespeichert")
	for _, b := range []string{"Speichern…", "Nicht speichern", "Abbrechen"} {
		overlayButton(t, w, b)
	}
	test.Tap(overlayButton(t, w, "Abbrechen"))
}

// Fyne's own save dialog: our "Speichern" beside Fyne's "Abbrechen".
func TestSaveDialogSpeaksGerman(t *testing.T) {
	locale.Set("de")
	defer locale.Set("en")
	a := test.NewTempApp(t)
	a.Preferences().SetString("fyne:fileDialogLastFolder", storage.NewFileURI(t.TempDir()).String())
	w := a.NewWindow("save")
	w.Resize(fyne.NewSize(1000, 700))
	w.Show()
	showSaveDialog(w, "workshop"+workshop.SessionExt, func(string) {})
	overlayButton(t, w, "Speichern")
	test.Tap(overlayButton(t, w, "Abbrechen"))
}

// French: the home menu and screen, with a no-break space before a colon.
func TestWindowSpeaksFrench(t *testing.T) {
	locale.Set("fr")
	defer locale.Set("en")
	f := newGUI(t)
	menus := menuLabels(f.s.Window)
	hasAll(t, "the home menu", menus, "Fichier\n", "Aide\n", "Fichier: Nouvelle session à partir du modèle choisi",
		"Fichier: Importer un modèle…", "Fichier: Quitter", "Aide: À propos de Scaleroom")
	hasNone(t, "the home menu", menus, "File\n", "Help\n", "Import template")
	h := f.s.Home
	if !strings.HasPrefix(h.StartButton.Text, "Démarrer la session\u00a0: ") {
		t.Errorf("start button %q", h.StartButton.Text)
	}
	if h.OpenButton.Text != "Ouvrir un fichier de session…" {
		t.Errorf("open button %q", h.OpenButton.Text)
	}
	// A file that is gone is named in French on the home screen.
	if got := whyUnavailable(filepath.Join(os.TempDir(), "no such scaleroom file")); got != "Fichier introuvable" {
		t.Errorf("a missing file is %q", got)
	}
}
