package app

import (
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"scaleroom/workshop"
)

// roomSession is a session with n participants and m values on one values
// step, every value unanswered.
func roomSession(n, m int) *workshop.Session {
	s := &workshop.Session{Title: "Big room", Participants: []workshop.Participant{}, Steps: []workshop.Step{}, Actions: []workshop.Action{}}
	for i := 1; i <= n; i++ {
		s.AddParticipant(fmt.Sprintf("Person %02d", i))
	}
	st := s.AddStep(workshop.StepValues, "Values", 45)
	for i := 1; i <= m; i++ {
		st.Values.AddValue(fmt.Sprintf("Value %02d", i), "What it means")
	}
	return s
}

func openValues(t testing.TB, f *guiFixture, s *workshop.Session) (*SessionWindow, *ValuesScreen) {
	t.Helper()
	sw := f.s.show(s, "", nil, false)
	sw.GoToStep(s.Steps[0].ID)
	return sw, sw.CurrentScreen().(*ValuesScreen)
}

// TestRoundOfTwelveByEight records a full round from the keyboard alone:
// one key per person and one per value, 104 keys for 12 people and 8 values.
func TestRoundOfTwelveByEight(t *testing.T) {
	f := newGUI(t)
	s := roomSession(12, 8)
	_, vs := openValues(t, f, s)
	w := f.s.Window
	keys := 0
	for v := 0; v < 8; v++ {
		for p := 0; p < 12; p++ {
			press(t, w, fmt.Sprint(1+(p+v)%8))
			keys++
		}
		if v < 7 {
			press(t, w, "{Right}")
			keys++
		}
	}
	if keys != 103 {
		t.Fatalf("keys = %d", keys)
	}
	ex := s.Steps[0].Values
	for v := 0; v < 8; v++ {
		val := &ex.Values[v]
		if len(val.Responses) != 12 {
			t.Fatalf("%s has %d responses", val.Name, len(val.Responses))
		}
		for p := 0; p < 12; p++ {
			if r := val.Response(s.Participants[p].ID); r == nil || r.Level != 1+(p+v)%8 {
				t.Fatalf("%s, %s: %+v", val.Name, s.Participants[p].Name, r)
			}
		}
	}
	if vs.Selected != 7 {
		t.Errorf("selected = %d", vs.Selected)
	}
	// Every value had someone at 7 and 8: all fail, and the list says so.
	res := ex.Analyse(s.Participants)
	if res.Failing != 8 {
		t.Errorf("failing = %d", res.Failing)
	}
}

func TestGridKeys(t *testing.T) {
	f := newGUI(t)
	s := roomSession(3, 2)
	_, vs := openValues(t, f, s)
	w := f.s.Window
	press(t, w, "9") // not on Gradients of Agreement
	if vs.Feedback.Text != "9 is not a level on Gradients of Agreement" || len(vs.Value().Responses) != 0 {
		t.Errorf("feedback %q, responses %v", vs.Feedback.Text, vs.Value().Responses)
	}
	press(t, w, "6", "O") // Person 01 at 6, conditional (upper case works too)
	if r := vs.Value().Response("p1"); r.Commitment != workshop.Conditional {
		t.Errorf("p1 = %+v", r)
	}
	press(t, w, "{Up}", "{BackSpace}") // back to Person 01 and clear
	if vs.Value().Response("p1") != nil || vs.Cursor != 0 {
		t.Errorf("after clearing: %+v cursor %d", vs.Value().Responses, vs.Cursor)
	}
	press(t, w, "{Down}", "c") // no level yet for Person 02
	if vs.Feedback.Text != "Record Person 02's level first" {
		t.Errorf("feedback %q", vs.Feedback.Text)
	}
	press(t, w, " ", "8") // skip Person 02, Person 03 at 8
	if r := vs.Value().Response("p3"); r == nil || r.Level != 8 {
		t.Fatalf("p3 = %+v", r)
	}
	if vs.Verdict.Text != "Does not pass · 1 response at a failing level" || !strings.Contains(vs.Summary.Text, "Blocks: 1 (Person 03)") {
		t.Errorf("verdict %q summary %q", vs.Verdict.Text, vs.Summary.Text)
	}
	press(t, w, "{Right}", "{Right}")
	if vs.Selected != 1 || vs.Feedback.Text != "That was the last value." {
		t.Errorf("selected %d feedback %q", vs.Selected, vs.Feedback.Text)
	}

	// The whole-room view shows each cell's level and stated commitment.
	press(t, w, "6", "c")
	cell := func(row, col int) string {
		o := vs.Room.CreateCell()
		vs.Room.UpdateCell(widget.TableCellID{Row: row, Col: col}, o)
		return o.(*widget.Label).Text
	}
	if got := []string{cell(0, 0), cell(0, 2), cell(1, 0), cell(1, 1)}; strings.Join(got, "|") != "·|8|6 ✓|·" {
		t.Errorf("room cells = %q", got)
	}
	// Tapping a cell goes to that value and person in the grid.
	vs.Tabs.SelectIndex(1)
	vs.Room.Select(widget.TableCellID{Row: 0, Col: 2})
	if vs.Selected != 0 || vs.Cursor != 2 || vs.Tabs.SelectedIndex() != 0 || w.Canvas().Focused() != vs.Grid {
		t.Errorf("after tapping a cell: value %d cursor %d tab %d", vs.Selected, vs.Cursor, vs.Tabs.SelectedIndex())
	}
}

func TestMouseEditsRow(t *testing.T) {
	f := newGUI(t)
	s := roomSession(2, 1)
	_, vs := openValues(t, f, s)
	var row *gridRow
	for _, r := range vs.gridRows {
		if r.id == 1 && r.name.Text == "Person 02" {
			row = r
		}
	}
	if row == nil {
		t.Fatal("no row for Person 02")
	}
	row.level.SetSelected("3")
	row.commit.SetSelected("Does not commit")
	test.Type(row.note, "the wording")
	r := vs.Value().Response("p2")
	if r == nil || r.Level != 3 || r.Commitment != workshop.DoesNot || r.Note != "the wording" {
		t.Fatalf("response = %+v", r)
	}
	if !strings.Contains(vs.Summary.Text, "Withhold commitment: 1 (Person 02)") {
		t.Errorf("summary %q", vs.Summary.Text)
	}
}

func TestTallyMode(t *testing.T) {
	f := newGUI(t)
	s := roomSession(0, 2)
	_, vs := openValues(t, f, s)
	w := f.s.Window
	if !strings.Contains(vs.Empty.Text, "No one is on the participant list") {
		t.Errorf("empty text %q", vs.Empty.Text)
	}
	vs.ModePicker.SetSelected(modeTallyLabel())
	if s.Steps[0].Values.Mode != workshop.ModeTally || w.Canvas().Focused() != vs.Tally {
		t.Fatalf("mode %q focus %T", s.Steps[0].Values.Mode, w.Canvas().Focused())
	}
	// Three hands at 1, two at 6, one at 8 and one taken back.
	press(t, w, "+", "+", " ", "6", "+", "+", "8", "+", "+", "-", "{Down}")
	got := s.Steps[0].Values.Values[0].Tally
	if len(got) != 3 || got[1] != 3 || got[6] != 2 || got[8] != 1 {
		t.Fatalf("tally = %v", got)
	}
	press(t, w, "{BackSpace}", "{BackSpace}", "{BackSpace}") // still at 8: one hand, and never below zero
	if got[8] != 0 {
		t.Fatalf("tally = %v", got)
	}
	if vs.Verdict.Text != "Passes · no one is at 7 or 8" || !strings.Contains(vs.Counts.Text, "5 hands") ||
		!strings.Contains(vs.Summary.Text, "Disagree and commit: 2 ·") {
		t.Errorf("verdict %q summary %q", vs.Verdict.Text, vs.Summary.Text)
	}
	press(t, w, "{Right}", "5", "+")
	if s.Steps[0].Values.Values[1].Tally[5] != 1 {
		t.Errorf("second value tally = %v", s.Steps[0].Values.Values[1].Tally)
	}
}

func TestScaleAndValueEditing(t *testing.T) {
	f := newGUI(t)
	s := roomSession(2, 2)
	sw, vs := openValues(t, f, s)
	w := f.s.Window
	press(t, w, "8", "2")
	// Fist of Five has no 8: the answer goes without a question, and the
	// notice says that undo brings it back.
	vs.ScaleSelect.SetSelected("Fist of Five")
	if w.Canvas().Overlays().Top() != nil {
		t.Fatalf("switching scale asked: %q", dialogText(w))
	}
	if s.Steps[0].Values.Scale != workshop.FistOfFive || len(vs.Value().Responses) != 1 {
		t.Fatalf("scale %q responses %v", s.Steps[0].Values.Scale, vs.Value().Responses)
	}
	if sw.Notice.Text != "Removed 1 answer at levels Fist of Five lacks · Ctrl+Z brings it back" {
		t.Errorf("notice %q", sw.Notice.Text)
	}
	shortcuts(t, w.Canvas()).TypedShortcut(&fyne.ShortcutUndo{})
	if s.Steps[0].Values.Scale != workshop.GradientsOfAgreement || vs.ScaleSelect.Selected != "Gradients of Agreement" ||
		len(vs.Value().Responses) != 2 || vs.Value().Response("p1").Level != 8 {
		t.Fatalf("undone: scale %q picker %q responses %v", s.Steps[0].Values.Scale, vs.ScaleSelect.Selected, vs.Value().Responses)
	}
	shortcuts(t, w.Canvas()).TypedShortcut(&fyne.ShortcutRedo{})
	if s.Steps[0].Values.Scale != workshop.FistOfFive || len(vs.Value().Responses) != 1 || vs.ScaleSelect.Selected != "Fist of Five" {
		t.Fatalf("redone: scale %q responses %v", s.Steps[0].Values.Scale, vs.Value().Responses)
	}
	vs.FocusFirst()
	press(t, w, "{Home}", "0") // the fist is level 0 on this scale
	if r := vs.Value().Response("p1"); r == nil || r.Level != 0 {
		t.Fatalf("p1 = %+v", r)
	}

	if err := vs.EditValue("v1", "Value 02", ""); err == nil {
		t.Error("duplicate value name accepted")
	}
	if err := vs.EditValue("v1", "Customers first", "  Help them first  "); err != nil {
		t.Fatal(err)
	}
	if v := s.Steps[0].Values.Values[0]; v.Name != "Customers first" || v.Description != "Help them first" || !strings.HasSuffix(vs.ValueTitle.Text, "Customers first") {
		t.Errorf("value %+v title %q", v, vs.ValueTitle.Text)
	}
	vs.RemoveSelected()
	if w.Canvas().Overlays().Top() != nil {
		t.Fatalf("removing a value with answers asked: %q", dialogText(w))
	}
	if len(s.Steps[0].Values.Values) != 1 || vs.ValueTitle.Text != "1 of 1 · Value 02" {
		t.Errorf("after remove: %d values, title %q", len(s.Steps[0].Values.Values), vs.ValueTitle.Text)
	}
	if sw.Notice.Text != "Removed “Customers first” and 2 answers · Ctrl+Z brings them back" {
		t.Errorf("notice %q", sw.Notice.Text)
	}
}

// TestAutosaveWhileTyping types into the notes while autosave snapshots and
// writes in the background. Run with -race.
func TestAutosaveWhileTyping(t *testing.T) {
	f := newGUI(t)
	f.s.AutosaveDelay = time.Millisecond
	sw := startValues(t, f)
	p := f.path("race.json")
	f.picked = []string{p}
	sw.Save(nil)
	f.settle(t)
	sw.GoToPage("details")
	d := sw.CurrentScreen().(*DetailsScreen)
	autosaves := 0
	pump := func() {
		for {
			select {
			case fn := <-f.ui:
				fn()
				if strings.HasPrefix(sw.Status.Text, "Autosaved") {
					autosaves++
					sw.Status.SetText("")
				}
			default:
				return
			}
		}
	}
	for i := 0; i < 300; i++ {
		test.Type(d.Notes, "é")
		if i%25 == 0 {
			time.Sleep(3 * time.Millisecond) // a pause in the room
		}
		pump()
	}
	f.ui.runUntil(t, func() bool { return !sw.Dirty() })
	if autosaves == 0 {
		t.Error("no autosave happened while typing")
	}
	got, err := workshop.LoadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if got.Notes != strings.Repeat("é", 300) {
		t.Errorf("notes on disk: %d runes", len([]rune(got.Notes)))
	}
	if sw.Title() != "Values: disagree and commit — Scaleroom" {
		t.Errorf("title %q", sw.Title())
	}
	if files, _ := filepath.Glob(filepath.Join(f.s.RecoveryDir, "*")); len(files) != 0 {
		t.Errorf("recovery files for a session that saves fine: %v", files)
	}
}

func benchValues(b *testing.B) *ValuesScreen {
	f := newGUI(b)
	f.s.Window.Resize(fyne.NewSize(1280, 800))
	s := roomSession(40, 30)
	for i := range s.Steps[0].Values.Values {
		v := &s.Steps[0].Values.Values[i]
		for j, p := range s.Participants {
			if j%3 != 0 {
				v.SetResponse(p.ID, 1+(i+j)%8)
			}
		}
	}
	_, vs := openValues(b, f, s)
	return vs
}

// BenchmarkValuesSwitch moves between values on a 40 x 30 room.
func BenchmarkValuesSwitch(b *testing.B) {
	vs := benchValues(b)
	for i := 0; b.Loop(); i++ {
		vs.SelectValue(i % 30)
	}
}

// BenchmarkValuesEnterLevel records one level from the keyboard on a 40 x 30
// room, with everything it refreshes.
func BenchmarkValuesEnterLevel(b *testing.B) {
	vs := benchValues(b)
	w := vs.ed.Window
	for i := 0; b.Loop(); i++ {
		if vs.Cursor == 39 {
			vs.Cursor = 0
		}
		w.Canvas().Focused().TypedRune(rune('1' + i%8))
	}
}

// TestKeysWithNothingFocused: after a dialog or a stray click nothing has
// the keyboard; a level typed then still lands in the grid.
func TestKeysWithNothingFocused(t *testing.T) {
	f := newGUI(t)
	s := roomSession(2, 1)
	_, vs := openValues(t, f, s)
	c := f.s.Window.Canvas()
	c.Unfocus()
	test.TypeOnCanvas(c, "3")
	if r := vs.Value().Response("p1"); r == nil || r.Level != 3 || c.Focused() != vs.Grid {
		t.Fatalf("p1 = %+v, focus %T", r, c.Focused())
	}
	c.Unfocus()
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyUp})
	if vs.Cursor != 0 {
		t.Errorf("cursor %d", vs.Cursor)
	}
}

// TestNoteThenNextLevel: record a level, N for that person's reservation,
// Enter, then the next level goes to the next person and leaves the noted
// one as recorded.
func TestNoteThenNextLevel(t *testing.T) {
	f := newGUI(t)
	s := roomSession(3, 1)
	_, vs := openValues(t, f, s)
	w := f.s.Window
	press(t, w, "2", "n")
	note, ok := w.Canvas().Focused().(*widget.Entry)
	if !ok {
		t.Fatalf("focus after N: %T", w.Canvas().Focused())
	}
	test.Type(note, "needs the budget")
	note.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	press(t, w, "7")
	p1, p2 := vs.Value().Response("p1"), vs.Value().Response("p2")
	if p1 == nil || p1.Level != 2 || p1.Note != "needs the budget" {
		t.Errorf("p1 = %+v", p1)
	}
	if p2 == nil || p2.Level != 7 {
		t.Errorf("p2 = %+v", p2)
	}
}

// TestModeSwitchAsksWhenRecorded: named responses drop out of the results in
// show-of-hands mode, so switching asks first; Keep changes nothing.
func TestModeSwitchAsksWhenRecorded(t *testing.T) {
	f := newGUI(t)
	s := roomSession(2, 1)
	_, vs := openValues(t, f, s)
	w := f.s.Window
	ex := s.Steps[0].Values
	press(t, w, "1", "6")
	vs.ModePicker.SetSelected(modeTallyLabel())
	if !strings.Contains(dialogText(w), "The 2 responses recorded person by person are kept") {
		t.Fatalf("dialog %q", dialogText(w))
	}
	test.Tap(overlayButton(t, w, "Keep as it is"))
	if ex.Mode != workshop.ModeNamed || vs.ModePicker.Selected != modeNamedLabel() {
		t.Fatalf("mode %q radio %q", ex.Mode, vs.ModePicker.Selected)
	}
	vs.ModePicker.SetSelected(modeTallyLabel())
	test.Tap(overlayButton(t, w, "Switch"))
	if ex.Mode != workshop.ModeTally || len(ex.Values[0].Responses) != 2 {
		t.Fatalf("mode %q responses %d", ex.Mode, len(ex.Values[0].Responses))
	}
}

// TestValueListShowsTheFirstValue: the list selects its value before it has
// a size, and Fyne then scrolled it one row down, hiding the value on screen.
func TestValueListShowsTheFirstValue(t *testing.T) {
	f := newGUI(t)
	_, vs := openValues(t, f, roomSession(12, 12))
	if off := vs.ValueList.GetScrollOffset(); off != 0 {
		t.Errorf("value list opens scrolled by %v, hiding the selected first value", off)
	}
}

// TestPassRuleChoice: a stricter rule fails a value someone put at 6, and
// choosing the scale's own rule again leaves no override in the file.
func TestPassRuleChoice(t *testing.T) {
	f := newGUI(t)
	_, vs := openValues(t, f, roomSession(2, 1))
	press(t, f.s.Window, "6", "2")
	if !strings.HasPrefix(vs.Verdict.Text, "Passes") || vs.PassSelect.Selected != "Pass: no one at 7 or 8" {
		t.Fatalf("verdict %q, rule %q", vs.Verdict.Text, vs.PassSelect.Selected)
	}
	if len(vs.PassSelect.Options) != 4 {
		t.Errorf("rules offered: %q", vs.PassSelect.Options)
	}
	vs.PassSelect.SetSelected("Pass: no one at 6, 7 or 8")
	ex := vs.Exercise()
	if ex.Pass == nil || !reflect.DeepEqual(ex.Pass.FailAt, []int{6, 7, 8}) || strings.HasPrefix(vs.Verdict.Text, "Passes") {
		t.Fatalf("stricter rule: %+v, verdict %q", ex.Pass, vs.Verdict.Text)
	}
	vs.PassSelect.SetSelected("Pass: no one at 7 or 8")
	if ex.Pass != nil || !strings.HasPrefix(vs.Verdict.Text, "Passes") {
		t.Errorf("back to the scale's rule: %+v, verdict %q", ex.Pass, vs.Verdict.Text)
	}
}
