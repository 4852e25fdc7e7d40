package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"scaleroom/assets/locale"
	"scaleroom/workshop"
	"scaleroom/workshop/workshoptest"
)

// checkTexts fails for each text of want that got lacks, and for each of
// not that it has: a screen in German must say the German and none of the
// English it replaced.
func checkTexts(t *testing.T, where, got string, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("%s lacks %q:\n%s", where, w, got)
		}
	}
	for _, n := range not {
		if strings.Contains(got, n) {
			t.Errorf("%s still says %q:\n%s", where, n, got)
		}
	}
}

// TestRoomScreensSpeakGerman opens the agenda, the actions, the session
// details, the timer bar and the projector in German. The expected texts
// are checked by hand against the translation files.
func TestRoomScreensSpeakGerman(t *testing.T) {
	locale.Set("de")
	defer locale.Set("en")
	f := newGUI(t)
	sw := f.openSaved(t, f.path("spring.json"), workshoptest.Spring())
	steps := sw.Editor.Session.Steps
	welcome, values, load := steps[0], steps[1], steps[2]

	// The agenda: its buttons, what it says with no step selected, why a
	// full step keeps its kind, and a removal with its undo.
	sw.GoToPage("agenda")
	a := sw.CurrentScreen().(*AgendaScreen)
	checkTexts(t, "the agenda", strings.Join([]string{a.Add.Text, a.Remove.Text, a.noSelection.Text}, "\n"),
		[]string{"Schritt hinzufügen", "Entfernen", "Wählen Sie einen Schritt aus, um ihn zu ändern, oder fügen Sie einen nach dem ausgewählten hinzu."},
		[]string{"Add step", "Remove", "Select a step"})
	a.selectStep(values.ID)
	if !strings.HasPrefix(a.KindNote.Text, "Dieser Schritt enthält ") || !strings.Contains(a.KindNote.Text, ", daher bleibt seine Art „") ||
		!strings.HasSuffix(a.KindNote.Text, "“. Fügen Sie für eine andere Übung einen neuen Schritt hinzu.") {
		t.Errorf("the note on a full step's kind: %q", a.KindNote.Text)
	}
	a.selectStep(welcome.ID)
	test.Tap(a.Remove)
	if a.Result.Text != "Schritt „Welcome“ entfernt." {
		t.Errorf("after removing a step: %q", a.Result.Text)
	}
	if sw.Notice.Text != "Entfernt: „Welcome“ · Ctrl+Z holt es zurück" {
		t.Errorf("the removal's notice: %q", sw.Notice.Text)
	}
	menuItem(t, f.s.Window, "Rückgängig: Entfernen von „Welcome“")
	sw.Undo()
	if sw.Notice.Text != "Rückgängig gemacht: Entfernen von „Welcome“" || sw.Editor.Session.Step(welcome.ID) == nil {
		t.Errorf("after undo: %q", sw.Notice.Text)
	}

	// The actions: the form, the count, and a due date that is not one.
	sw.GoToPage("actions")
	s := sw.CurrentScreen().(*ActionsScreen)
	checkTexts(t, "the actions", strings.Join([]string{s.AddBtn.Text, s.ShowDone.Text, s.Count.Text, s.Filter.Selected,
		s.Form.Text.PlaceHolder, s.Form.Owner.PlaceHolder, s.Form.Due.PlaceHolder, s.Form.Source.Selected}, "\n"),
		[]string{"Maßnahme hinzufügen", "Erledigte zeigen", "3 offen, 1 erledigt", "Alle", "Was getan wird", "Wer es übernimmt",
			"TT.MM.JJJJ", "Kein bestimmter Schritt"},
		[]string{"Add action", "Show done", "open", "Everyone", "What will be done", "Who does it", "YYYY", "No particular step"})
	test.Type(s.Form.Text, "Raum buchen")
	test.Type(s.Form.Due, "nächste Woche")
	test.Tap(s.AddBtn)
	if s.FormErr.Text != "Fällig: \"nächste Woche\" ist kein Datum: schreiben Sie es als 24.11.2026" {
		t.Errorf("a due date that is not one: %q", s.FormErr.Text)
	}
	// A due date typed the German way is stored as ISO.
	s.Form.Due.SetText("1.5.2026")
	before := len(sw.Editor.Session.Actions)
	test.Tap(s.AddBtn)
	if n := len(sw.Editor.Session.Actions); n != before+1 || sw.Editor.Session.Actions[n-1].Due != "2026-05-01" {
		t.Errorf("German due date: %d actions, last %+v", n, sw.Editor.Session.Actions[n-1])
	}

	// The details: the date in the German short form, typed that way into
	// the file's ISO date, and a date that is not one refused.
	sw.GoToPage("details")
	d := sw.CurrentScreen().(*DetailsScreen)
	if d.Date.Text != "14.04.2026" || d.Date.PlaceHolder != "TT.MM.JJJJ" {
		t.Errorf("the date field shows %q, asks for %q", d.Date.Text, d.Date.PlaceHolder)
	}
	d.Date.SetText("")
	test.Type(d.Date, "24.11.2026")
	if got := sw.Editor.Session.Date; got != "2026-11-24" || d.Date.Text != "24.11.2026" || d.DateHint.Visible() {
		t.Errorf("typed 24.11.2026: session %q, field %q, hint %q", got, d.Date.Text, d.DateHint.Text)
	}
	d.Date.SetText("31.11.2026")
	if sw.Editor.Session.Date != "2026-11-24" || d.DateHint.Text != "Schreiben Sie das Datum als TT.MM.JJJJ, z. B. 14.03.2026" {
		t.Errorf("31 November: session %q, hint %q", sw.Editor.Session.Date, d.DateHint.Text)
	}
	d.Date.SetText("2026-12-01") // ISO is taken in every language
	if sw.Editor.Session.Date != "2026-12-01" || d.DateHint.Visible() {
		t.Errorf("ISO typed: session %q, hint shown %v", sw.Editor.Session.Date, d.DateHint.Visible())
	}
	// Typing in one field is one step to undo: back to the day it had,
	// shown the German way.
	sw.Undo()
	if sw.Editor.Session.Date != "2026-04-14" || d.Date.Text != "14.04.2026" {
		t.Errorf("after undo: session %q, field %q", sw.Editor.Session.Date, d.Date.Text)
	}
	if d.Facilitator.PlaceHolder != "Wer die Sitzung leitet" {
		t.Errorf("the facilitator field asks %q", d.Facilitator.PlaceHolder)
	}

	// The timer bar: on a page, on a step, running, and seen from another
	// step.
	b := sw.TimerBar
	sw.GoToStep(values.ID)
	checkTexts(t, "the timer bar", strings.Join([]string{b.StartPause.Text, b.ResetBtn.Text, b.Status.Text}, "\n"),
		[]string{"Start", "Zurücksetzen", "Pausiert"}, []string{"Reset", "Paused"})
	b.Toggle()
	if b.StartPause.Text != "Pause" || b.Status.Text != "Läuft" || sw.Timer.UsedVsPlan(values.ID) != "0:00 von 40 min" {
		t.Errorf("running: %q, %q, %q", b.StartPause.Text, b.Status.Text, sw.Timer.UsedVsPlan(values.ID))
	}
	sw.GoToStep(load.ID)
	checkTexts(t, "the timer bar on another step", strings.Join([]string{b.Elsewhere.Text, b.GoTo.Text, b.TimeHere.Text}, "\n"),
		[]string{"Timer läuft für Schritt 2, „Values: disagree and commit“", "Dorthin", "Stattdessen diesen Schritt messen"},
		[]string{"Timing", "Go there", "instead"})
	b.Toggle()

	// The projector: its controls, and what the room reads.
	p := sw.Projector
	checkTexts(t, "the projector's controls", strings.Join([]string{p.Toggle.Text, p.Reveal.Text, p.Anonymous.Text}, "\n"),
		[]string{"Projektor", "Aufdecken", "Anonym"}, []string{"Projector", "Reveal", "Anonymous"})
	p.Open()
	defer p.Close()
	if p.Toggle.Text != "Projektor schließen" || p.Win.Title() != "Scaleroom — Projektor" {
		t.Errorf("open: button %q, window %q", p.Toggle.Text, p.Win.Title())
	}
	checkTexts(t, "the hidden load result", p.View.Text(),
		[]string{"Die Ergebnisse erscheinen hier, sobald die Moderation sie aufdeckt."}, []string{"Results appear here"})
	p.SetReveal(true)
	if p.Reveal.Text != "Ausblenden" {
		t.Errorf("revealed, the button says %q", p.Reveal.Text)
	}
	checkTexts(t, "the revealed load result", drawnText(p.View.Object()), []string{"Warnungen"}, []string{"Warnings"})
	sw.GoToStep(values.ID)
	checkTexts(t, "the values step", p.View.Text(), []string{"Wert 1 von 2"}, []string{"Value 1 of 2"})
}

// TestFollowUpDateInGerman: the follow-up's date is offered and typed the
// German way, and its dialog names the previous session's day in words.
func TestFollowUpDateInGerman(t *testing.T) {
	locale.Set("de")
	defer locale.Set("en")
	f := newGUI(t)
	f.openSaved(t, f.path("spring.json"), workshoptest.Spring())
	d := f.s.Session.NewFollowUp()
	if d == nil {
		t.Fatal("no dialog")
	}
	checkTexts(t, "the follow-up dialog", dialogText(f.s.Window),
		[]string{"Die nächste Sitzung der Reihe von „How we scale: spring“ (14. April 2026).", "Seit dem letzten Mal: 3 offene Maßnahmen."},
		[]string{"The next session", "2026-04-14"})
	if d.Date.PlaceHolder != "TT.MM.JJJJ" {
		t.Errorf("the date field asks for %q", d.Date.PlaceHolder)
	}
	d.Date.SetText("32.07.2026")
	d.Create()
	if d.Error.Text != `"32.07.2026" ist kein Datum: schreiben Sie es als 24.11.2026.` {
		t.Errorf("a day that is not one: %q", d.Error.Text)
	}
	d.Date.SetText("14.07.2026")
	d.Create()
	f.settle(t)
	if s := f.s.Session.Editor.Session; s.Previous == nil || s.Date != workshoptest.SummerDate {
		t.Fatalf("the follow-up is dated %q", s.Date)
	}
}

// TestRoomInFrench: one screen's words and the quotation marks in French.
func TestRoomInFrench(t *testing.T) {
	locale.Set("fr")
	defer locale.Set("en")
	f := newFixture(t)
	s := NewActionsScreen(f.ed)
	checkTexts(t, "the actions", strings.Join([]string{s.AddBtn.Text, s.Count.Text, s.Empty.Text}, "\n"),
		[]string{"Ajouter l'action", "0 ouverte(s), 0 terminée(s)", "Aucune action pour l'instant. Ajoutez-les ici, ou avec le bouton «\u00a0Action…\u00a0» de chaque exercice."},
		[]string{"Add action", "No actions yet"})
	a := newAgendaScreen(f.ed, func(string) {})
	a.selectStep(f.step(workshop.StepOpening).ID)
	test.Tap(a.Remove)
	if a.Result.Text != "Étape «\u00a0Welcome\u00a0» supprimée." {
		t.Errorf("after removing a step: %q", a.Result.Text)
	}
	if got := minutesText(200); got != "3 h 20 min" {
		t.Errorf("200 minutes: %q", got)
	}
}

// The review step of a German follow-up says the count of actions once:
// the summary's copy of the sentence is left out, in any language.
func TestReviewCountsOnceInGerman(t *testing.T) {
	locale.Set("de")
	defer locale.Set("en")
	f := newGUI(t)
	f.openSaved(t, f.path("spring.json"), workshoptest.Spring())
	d := f.s.Session.NewFollowUp()
	d.Date.SetText("14.07.2026")
	d.Create()
	f.settle(t)
	r, ok := f.s.Session.CurrentScreen().(*ReviewScreen)
	if !ok {
		t.Fatalf("opened on %T", f.s.Session.CurrentScreen())
	}
	if !strings.HasPrefix(r.Count.Text, "Von 3 Maßnahmen") {
		t.Fatalf("count %q", r.Count.Text)
	}
	if strings.Contains(strings.ToLower(r.Text()), strings.ToLower(r.Count.Text)) {
		t.Errorf("the count shows twice:\n%s\n%s", r.Count.Text, r.Text())
	}
}
