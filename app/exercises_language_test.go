package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"scaleroom/assets/locale"
	"scaleroom/workshop"
)

// screenTexts gathers what a screen shows in words: labels, drawn texts,
// buttons, check boxes and the placeholders of empty fields.
func screenTexts(o fyne.CanvasObject) string {
	var b strings.Builder
	walk(o, func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			b.WriteString(w.Text + "\n")
		case *canvas.Text:
			b.WriteString(w.Text + "\n")
		case *widget.Button:
			b.WriteString(w.Text + "\n")
		case *widget.Check:
			b.WriteString(w.Text + "\n")
		case *widget.Entry:
			b.WriteString(w.PlaceHolder + "\n")
		case *widget.Select:
			b.WriteString(w.PlaceHolder + "\n")
		}
	})
	return b.String()
}

// shows fails the test for each text in want that shown lacks, and for
// each text in not that it has.
func shows(t *testing.T, what, shown string, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(shown, w) {
			t.Errorf("%s: no %q in\n%s", what, w, shown)
		}
	}
	for _, n := range not {
		if strings.Contains(shown, n) {
			t.Errorf("%s: still shows the English %q in\n%s", what, n, shown)
		}
	}
}

func undoLabel(h *workshop.History) string {
	l, _ := h.UndoLabel()
	return l
}

// TestValuesInGerman runs a values round in German: the screen's words,
// the key help, the results and the mode question.
func TestValuesInGerman(t *testing.T) {
	locale.Set("de")
	defer locale.Set("en")
	f := newGUI(t)
	sw, vs := openValues(t, f, roomSession(3, 2))
	w := f.s.Window

	if vs.Tabs.Items[0].Text != "Antworten" || vs.Tabs.Items[1].Text != "Ganzer Raum" {
		t.Errorf("tabs %q, %q", vs.Tabs.Items[0].Text, vs.Tabs.Items[1].Text)
	}
	shows(t, "values screen", screenTexts(vs.Object()),
		[]string{"Werte\n", "Skala\n", "Hinzufügen\n", "Bearbeiten\n", "Vorbehalt\n", "1 von 2 · Value 01"},
		[]string{"Values\n", "Scale\n", "Reservation\n", "1 of 2"})

	w.Canvas().Focus(vs.Grid)
	if !strings.HasPrefix(vs.Keys.Text, "Erfassung · ") || !strings.Contains(vs.Keys.Text, "· C trägt mit · O unter Bedingung · X trägt nicht mit · N Notiz · Backspace löscht · Up/Down: Person · Left/Right: Wert") {
		t.Errorf("key help %q", vs.Keys.Text)
	}
	// Level 1 for Person 01: the value passes under the default rule,
	// which fails it at 7 or 8.
	press(t, w, "1")
	if vs.Verdict.Text != "Besteht · niemand ist auf 7 oder 8" || vs.PassSelect.Selected != "Besteht: niemand auf 7 oder 8" {
		t.Errorf("verdict %q, rule %q", vs.Verdict.Text, vs.PassSelect.Selected)
	}
	if !strings.Contains(vs.Counts.Text, " von 3 Personen · ") || strings.Contains(vs.Counts.Text, "of 3 people") {
		t.Errorf("counts %q", vs.Counts.Text)
	}
	if want := "Widersprechen und mittragen: 0 · Zusage zurückgehalten: 0 · Bedingte Zusage: 0 · Blockaden: 0"; vs.Summary.Text != want {
		t.Errorf("summary %q, want %q", vs.Summary.Text, want)
	}
	if l := undoLabel(sw.Editor.History); l != "Stufe 1 für Person 01" {
		t.Errorf("undo label %q", l)
	}

	// Counting hands asks first, in German.
	vs.ModePicker.SetSelected(modeTallyLabel())
	shows(t, "mode question", dialogText(w),
		[]string{"Stattdessen Hände zählen?", "Die einzeln erfassten 1 Antwort bleiben erhalten, aber Ergebnisse und PDF zählen nur Hände, bis Sie zurückwechseln."},
		[]string{"Count hands instead?", "are kept"})
	test.Tap(overlayButton(t, w, "So lassen"))
	if vs.Exercise().Mode != workshop.ModeNamed {
		t.Fatalf("kept as it is, the mode is %q", vs.Exercise().Mode)
	}

	// Removing the value names it and its answer.
	vs.SelectValue(0)
	test.Tap(vs.RemoveBtn)
	if l := undoLabel(sw.Editor.History); l != "Entfernen von “Value 01”" && l != "Entfernen von „Value 01“" {
		t.Errorf("undo label %q", l)
	}
	if !strings.Contains(sw.Notice.Text, "“Value 01” und 1 Antwort") && !strings.Contains(sw.Notice.Text, "„Value 01“ und 1 Antwort") {
		t.Errorf("notice %q", sw.Notice.Text)
	}
}

// TestLoadInGerman shows the load inventory in German, with dates typed
// and shown the German way.
func TestLoadInGerman(t *testing.T) {
	locale.Set("de")
	defer locale.Set("en")
	f := newFixture(t)
	s, st := newLoadFixture(t, f)

	if s.Add.Text != "Posten hinzufügen" || s.Duplicate.Text != "Duplizieren" || s.Remove.Text != "Entfernen" ||
		s.Sort.PlaceHolder != "Sortieren…" || s.AddAction.Text != "Maßnahme…" {
		t.Errorf("tools %q %q %q %q %q", s.Add.Text, s.Duplicate.Text, s.Remove.Text, s.Sort.PlaceHolder, s.AddAction.Text)
	}
	if loadColumnTitle(6) != "Entscheidung" || loadColumnTitle(7) != "Entschieden von" || loadColumnTitle(8) != "Bis wann" {
		t.Errorf("columns %q %q %q", loadColumnTitle(6), loadColumnTitle(7), loadColumnTitle(8))
	}
	if s.noSelection.Text != "Wählen Sie einen Posten in der Tabelle, um ihn zu bearbeiten, oder fügen Sie einen hinzu." {
		t.Errorf("no selection %q", s.noSelection.Text)
	}
	shows(t, "load screen", screenTexts(s.Object()),
		[]string{"Team\n", "Kapazität\n", "Last und Kapazität\n", "Warnungen zur kognitiven Last\n", "Summen\n", "Welches Team trägt diese Last?\n"},
		[]string{"Capacity\n", "Load against capacity", "Cognitive-load warnings", "Totals\n", "Which team"})

	test.Tap(s.Add)
	if l := undoLabel(f.ed.History); l != "Hinzufügen eines Postens" {
		t.Errorf("undo label %q", l)
	}
	// The label is the item's as the typing began: it had no name yet.
	test.Type(s.Name, "Laptops")
	if l := undoLabel(f.ed.History); l != "Name von Posten ohne Namen" {
		t.Errorf("undo label %q", l)
	}
	shows(t, "item form", screenTexts(s.form),
		[]string{"Posten\n", "Verantwortlich\n", "Herkunft\n", "Komplexität\n", "Last danach\n", "Entschieden von\n", "Bis wann\n", "Notiz\n",
			"Worauf sich die Personen konzentrieren müssen\n", "Person oder Team\n", "die Hälfte, falls nicht angegeben\n", "Wer es umsetzt\n"},
		[]string{"Owner\n", "Load after\n", "Decided by\n", "By when\n", "Person or team"})

	// Dates: typed and shown as 24.11.2026, kept as ISO.
	if s.DecisionDate.PlaceHolder != "TT.MM.JJJJ" {
		t.Errorf("date placeholder %q", s.DecisionDate.PlaceHolder)
	}
	test.Type(s.DecisionDate, "24.11.2026")
	it := &st.Load.Items[0]
	if it.DecisionDate != "2026-11-24" || s.FieldErr.Visible() {
		t.Fatalf("typed 24.11.2026: stored %q, error %q", it.DecisionDate, s.FieldErr.Text)
	}
	if c := loadCell(f.ed.Session, it, 8); c != "24.11.2026" {
		t.Errorf("the table shows the date as %q", c)
	}
	test.Tap(s.Add)
	s.Table.Select(widget.TableCellID{Row: 0, Col: 0})
	if s.DecisionDate.Text != "24.11.2026" {
		t.Errorf("the form shows the date as %q", s.DecisionDate.Text)
	}
	s.DecisionDate.SetText("2026-13-01")
	if want := `Bis wann: "2026-13-01" ist kein Datum: schreiben Sie es als 24.11.2026`; s.FieldErr.Text != want || it.DecisionDate != "2026-11-24" {
		t.Errorf("bad date: error %q, want %q; stored %q", s.FieldErr.Text, want, it.DecisionDate)
	}
	s.Capacity.SetText("-3")
	if !strings.HasPrefix(s.CapacityErr.Text, "Kapazität: ") {
		t.Errorf("capacity error %q", s.CapacityErr.Text)
	}

	r := test.WidgetRenderer(s.Bar).(*loadBarRenderer)
	if !strings.HasPrefix(r.beforeText.Text, "Heute: ") || !strings.HasPrefix(r.afterText.Text, "Nach den Entscheidungen: ") {
		t.Errorf("bar %q, %q", r.beforeText.Text, r.afterText.Text)
	}
}

// TestLoadInFrench: the same screen in French, with its own date form and
// a no-break space before a colon.
func TestLoadInFrench(t *testing.T) {
	locale.Set("fr")
	defer locale.Set("en")
	f := newFixture(t)
	s, st := newLoadFixture(t, f)

	if s.Add.Text != "Ajouter un élément" || loadColumnTitle(8) != "Échéance" {
		t.Errorf("add %q, column %q", s.Add.Text, loadColumnTitle(8))
	}
	test.Tap(s.Add)
	if s.DecisionDate.PlaceHolder != "JJ/MM/AAAA" {
		t.Errorf("date placeholder %q", s.DecisionDate.PlaceHolder)
	}
	test.Type(s.DecisionDate, "24/11/2026")
	if d := st.Load.Items[0].DecisionDate; d != "2026-11-24" {
		t.Errorf("typed 24/11/2026, stored %q", d)
	}
	s.Load.SetText("x")
	if want := "Charge\u00a0: "; !strings.HasPrefix(s.FieldErr.Text, want) {
		t.Errorf("load error %q, want it to start %q", s.FieldErr.Text, want)
	}
	r := test.WidgetRenderer(s.Bar).(*loadBarRenderer)
	if !strings.HasPrefix(r.beforeText.Text, "Aujourd’hui\u00a0: ") || strings.Contains(r.beforeText.Text, "Today") {
		t.Errorf("bar %q", r.beforeText.Text)
	}
	if l := undoLabel(f.ed.History); l != "échéance de l’élément sans nom" {
		t.Errorf("undo label %q", l)
	}
}

// TestReflectionInGerman shows the ecocycle reflection in German: the
// form, its errors, the legend under the map and the first-action note.
func TestReflectionInGerman(t *testing.T) {
	locale.Set("de")
	defer locale.Set("en")
	f := newFixture(t)
	st := f.step(workshop.StepReflection)
	s := NewReflectionScreen(f.ed, st.ID)
	f.ed.Window.SetContent(s.Object())
	f.ed.Window.Resize(fyne.NewSize(1200, 800))

	if s.Add.Text != "Initiative hinzufügen" || s.noSelection.Text != "Wählen Sie eine Initiative in der Liste oder auf der Karte, oder fügen Sie eine hinzu." {
		t.Errorf("add %q, no selection %q", s.Add.Text, s.noSelection.Text)
	}
	test.Tap(s.Add)
	if l := undoLabel(f.ed.History); l != "Hinzufügen einer Initiative" {
		t.Errorf("undo label %q", l)
	}
	shows(t, "reflection screen", screenTexts(s.Object()),
		[]string{"? Kein Konsens\n", "Kein Konsens über diese Einordnung\n", "Initiative, Praxis oder Einheit\n",
			"Was der Raum darüber weiß\n", "Warum diese Richtung\n", "1. (noch ohne Namen)\n"},
		[]string{"? No consensus", "No consensus on this placement", "What the room knows", "1. (no name yet)"})
	if o := s.Closeness.Options; o[0] != "Nicht bewertet" || o[1] != "1 – fern von den Menschen" || o[5] != "5 – nah an den Menschen" {
		t.Errorf("closeness options %q", o)
	}

	s.Layers.SetText("x")
	if want := `Zwischenebenen: "x" ist keine ganze Zahl: Zählen Sie die Zwischenebenen, etwa 0, 2 oder 5`; s.FieldErr.Text != want {
		t.Errorf("layers error %q, want %q", s.FieldErr.Text, want)
	}
	s.Layers.SetText("2")
	if l := undoLabel(f.ed.History); l != "Zwischenebenen von Initiative ohne Namen" {
		t.Errorf("undo label %q", l)
	}

	s.firstActionToAction()
	shows(t, "first action note", dialogText(f.ed.Window),
		[]string{"Noch keine erste Maßnahme", "Geben Sie die erste Maßnahme für diese Initiative ein und fügen Sie sie dann zu den Maßnahmen hinzu."},
		[]string{"No first action yet"})
}

// TestBelongingInGerman maps levels and a relationship in German and
// checks the pace check's words and the mode question.
func TestBelongingInGerman(t *testing.T) {
	locale.Set("de")
	defer locale.Set("en")
	f := newGUI(t)
	s := &workshop.Session{Title: "Levels", Participants: []workshop.Participant{}, Steps: []workshop.Step{}, Actions: []workshop.Action{}}
	for _, p := range [][2]string{{"Ana", "team"}, {"Ben", "lead"}, {"Cy", "team"}, {"Di", ""}, {"Ed", "boss"}} {
		q, _ := s.AddParticipant(p[0])
		q.Level = p[1]
	}
	s.AddStep(workshop.StepBelonging, "Map", 30)
	sw, b := openBelonging(t, f, s)
	w := f.s.Window

	var tabs []string
	for _, it := range b.Tabs.Items {
		tabs = append(tabs, it.Text)
	}
	if strings.Join(tabs, "|") != "Ebenen und Personen|Verbindungen|Tempo-Prüfung" {
		t.Errorf("tabs %q", tabs)
	}
	if b.Keys.Text != "Geben Sie eine Ebene ein und drücken Sie Enter, die oberste zuerst." {
		t.Errorf("keys %q", b.Keys.Text)
	}
	if b.Empty.Text != "Erfassen Sie zuerst die Ebenen der Hierarchie unter „Ebenen und Personen“ und ordnen Sie alle einer Ebene zu." {
		t.Errorf("relationships tab %q", b.Empty.Text)
	}
	shows(t, "levels tab", screenTexts(b.Object()),
		[]string{"Ebenen, die oberste zuerst\n", "Wer auf welcher Ebene ist\n", "Ebenen aus der Teilnehmerliste übernehmen\n", "Eine Ebene, z. B. Führungskraft, dann Enter\n"},
		[]string{"Levels, top first", "Who is on which level", "Use the participants' levels"})

	test.Tap(b.FromRoster)
	if !strings.HasPrefix(b.Feedback.Text, "Ebenen aus der Teilnehmerliste übernommen: ") {
		t.Errorf("feedback %q", b.Feedback.Text)
	}
	if b.Unplaced.Text != "Noch auf keiner Ebene, also nicht auf der Karte: Di." {
		t.Errorf("unplaced %q", b.Unplaced.Text)
	}
	if b.Keys.Text != "1–3: Person auf diese Ebene setzen und weiter · 0 oder Backspace: keine Ebene · Up/Down: Person" {
		t.Errorf("keys %q", b.Keys.Text)
	}
	b.Place(3, "lead")
	if b.Feedback.Text != "Di ist auf Ebene lead." || b.Unplaced.Text != "Alle sind auf einer Ebene." {
		t.Errorf("placed Di: %q; %q", b.Feedback.Text, b.Unplaced.Text)
	}
	if l := undoLabel(sw.Editor.History); l != "Ebene von Di" {
		t.Errorf("undo label %q", l)
	}

	// Ana names Ben.
	b.Tabs.SelectIndex(tabRelationships)
	b.SetCursor(0)
	if b.Query.Text != "Ana nennt … (Name oder Nummer, dann Enter)" {
		t.Errorf("query %q", b.Query.Text)
	}
	b.captureRune('B')
	if b.Query.Text != "„B“: Ben (lead) · Enter verbindet" {
		t.Errorf("query %q", b.Query.Text)
	}
	b.captureKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if b.Feedback.Text != "Ana und Ben verbunden (lead)" {
		t.Errorf("linked: %q", b.Feedback.Text)
	}
	if l := undoLabel(sw.Editor.History); l != "Verbindung von Ana und Ben" {
		t.Errorf("undo label %q", l)
	}

	// Switching to a show of hands asks first.
	b.AskMode(workshop.ModeTally)
	shows(t, "mode question", dialogText(w),
		[]string{"Stattdessen Hände zählen?", "Die namentlich erfassten 1 Verbindung bleiben erhalten"},
		[]string{"Count hands instead?", "recorded by name"})
	test.Tap(overlayButton(t, w, "Wechseln"))
	if l := undoLabel(sw.Editor.History); l != "Wechsel zum Handzeichen" {
		t.Errorf("undo label %q", l)
	}
	if !strings.HasPrefix(b.TallyHelp.Text, "Zeilen sind die befragten Personen, Spalten die Ebene, die sie nennen") {
		t.Errorf("tally help %q", b.TallyHelp.Text)
	}

	// The pace check.
	b.Tabs.SelectIndex(tabPace)
	if b.ChangeDetail.Text != "Noch keine Veränderungen. Fügen Sie die geplanten Veränderungen hinzu; jede wird mit der Karte abgeglichen." {
		t.Errorf("pace detail %q", b.ChangeDetail.Text)
	}
	b.ChangeName.SetText("Neue Planung")
	b.ChangeWeeks.SetText("x")
	b.AddTypedChange()
	if want := fmt.Sprintf("Wochen sind eine ganze Zahl von 0 bis %d.", workshop.MaxChangeWeeks); b.ChangeErr.Text != want {
		t.Errorf("weeks error %q, want %q", b.ChangeErr.Text, want)
	}
	if b.Keys.Text != "Nennen Sie eine Veränderung, haken Sie die betroffenen Ebenen an, sagen Sie, in wie vielen Wochen sie ankommen soll, dann Hinzufügen." {
		t.Errorf("keys %q", b.Keys.Text)
	}
	shows(t, "pace tab", screenTexts(b.Object()),
		[]string{"Hinzufügen\n", "Wochen\n", "Bearbeiten…\n", "Entfernen\n"},
		[]string{"Edit…\n", "Remove\n", "weeks\n"})
}
