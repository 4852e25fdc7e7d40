package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"scaleroom/workshop"
)

// TestRecordingKeysLandWhereverTheFocusIs: a click on the value list, a
// picker, a row's drop-down or the whole-room table takes the keyboard in
// Fyne; the round typed afterwards must still be recorded.
func TestRecordingKeysLandWhereverTheFocusIs(t *testing.T) {
	f := newGUI(t)
	s := roomSession(8, 2)
	sw, vs := openValues(t, f, s)
	w := f.s.Window
	c := w.Canvas()
	row := func(i int) *gridRow {
		for _, r := range vs.gridRows {
			if r.id == i {
				return r
			}
		}
		t.Fatalf("no row shows person %d", i)
		return nil
	}
	takers := []struct {
		name  string
		focus fyne.Focusable
	}{
		{"the value list", vs.ValueList},
		{"the scale picker", vs.ScaleSelect},
		{"the pass rule picker", vs.PassSelect},
		{"the mode picker", vs.ModePicker},
		{"a row's level drop-down", row(0).level},
		{"a row's commitment drop-down", row(1).commit},
		{"the whole-room table", vs.Room},
		{"the agenda (a click on the current step)", sw.Sidebar},
	}
	val := &s.Steps[0].Values.Values[0]
	for i, tk := range takers {
		c.Focus(tk.focus)
		if tk.focus == fyne.Focusable(vs.Room) {
			vs.Tabs.SelectIndex(1)
			c.Focus(vs.Room)
		}
		press(t, w, "3")
		if got := val.Response(s.Participants[i].ID); got == nil || got.Level != 3 {
			t.Errorf("after a click on %s: person %d has %+v, want level 3", tk.name, i+1, got)
		}
		if c.Focused() != fyne.Focusable(vs.Grid) || vs.Tabs.SelectedIndex() != 0 {
			t.Errorf("after a key from %s the grid does not have the keyboard", tk.name)
		}
	}
	// Navigation keys travel too: → from the value list moves to value 2.
	c.Focus(vs.ValueList)
	press(t, w, "{Right}")
	if vs.Selected != 1 {
		t.Errorf("→ from the value list: value %d selected, want 1", vs.Selected)
	}
}

// TestNoteKeepsItsKeysAndTheCursorSaysSo: inside a text field keys are
// text; the cursor row and the help line say nothing is being recorded.
func TestNoteKeepsItsKeysAndTheCursorSaysSo(t *testing.T) {
	f := newGUI(t)
	s := roomSession(3, 1)
	_, vs := openValues(t, f, s)
	w := f.s.Window
	cursorRow := func() *gridRow {
		for _, r := range vs.gridRows {
			if r.id == vs.Grid.shown {
				return r
			}
		}
		t.Fatal("no cursor row")
		return nil
	}
	filled := func(bg *canvas.Rectangle) bool { return bg.FillColor == theme.Color(theme.ColorNameSelection) }

	if !vs.Grid.recording || !filled(cursorRow().bg) || !strings.HasPrefix(vs.Keys.Text, "Recording · ") {
		t.Fatalf("on opening: recording %v, help %q", vs.Grid.recording, vs.Keys.Text)
	}
	press(t, w, "6", "{Up}", "n") // level 6 for person 1, back to them, open the note
	r := cursorRow()
	if w.Canvas().Focused() != fyne.Focusable(r.note) {
		t.Fatal("N did not open the note")
	}
	press(t, w, "3 weeks")
	val := &s.Steps[0].Values.Values[0]
	got := val.Response(s.Participants[0].ID)
	if got == nil || got.Level != 6 || got.Note != "3 weeks" {
		t.Fatalf("response = %+v, want level 6 and the note \"3 weeks\"", got)
	}
	if vs.Grid.recording || filled(r.bg) || r.bg.StrokeWidth == 0 || !strings.HasPrefix(vs.Keys.Text, "Not recording") {
		t.Errorf("while typing a note: recording %v, fill %v, stroke %v, help %q",
			vs.Grid.recording, r.bg.FillColor, r.bg.StrokeWidth, vs.Keys.Text)
	}
	press(t, w, "{Return}")
	if !vs.Grid.recording || !filled(cursorRow().bg) || !strings.HasPrefix(vs.Keys.Text, "Recording") {
		t.Errorf("after Enter: recording %v, help %q", vs.Grid.recording, vs.Keys.Text)
	}
}

// TestTallyKeysLandFromThePickers: in a show of hands the same holds.
func TestTallyKeysLandFromThePickers(t *testing.T) {
	f := newGUI(t)
	s := roomSession(0, 1)
	s.Steps[0].Values.Mode = workshop.ModeTally
	_, vs := openValues(t, f, s)
	w := f.s.Window
	w.Canvas().Focus(vs.ScaleSelect)
	press(t, w, "2", "+", "+")
	if n := s.Steps[0].Values.Values[0].Tally[2]; n != 2 {
		t.Errorf("hands at level 2 = %d, want 2", n)
	}
	if w.Canvas().Focused() != fyne.Focusable(vs.Tally) {
		t.Error("the tally does not have the keyboard")
	}
}

// TestNoteBeforeLevelIsKept: a reservation typed before the person has a
// level waits in its field and joins the level when it is recorded.
func TestNoteBeforeLevelIsKept(t *testing.T) {
	f := newGUI(t)
	s := roomSession(3, 1)
	_, vs := openValues(t, f, s)
	w := f.s.Window
	var second *gridRow
	for _, r := range vs.gridRows {
		if r.id == 1 {
			second = r
		}
	}
	w.Canvas().Focus(second.note)
	press(t, w, "needs 2 more weeks")
	if !strings.HasPrefix(vs.Feedback.Text, "Note kept: give Person 02 a level") {
		t.Errorf("feedback %q", vs.Feedback.Text)
	}
	vs.Grid.RefreshItem(1) // a redraw must not empty the field
	if second.note.Text != "needs 2 more weeks" {
		t.Fatalf("the field shows %q after a redraw", second.note.Text)
	}
	press(t, w, "{Return}", "{Down}", "7")
	got := s.Steps[0].Values.Values[0].Response(s.Participants[1].ID)
	if got == nil || got.Level != 7 || got.Note != "needs 2 more weeks" {
		t.Errorf("response = %+v, want level 7 with the note", got)
	}
}

// TestPickersHandTheKeyboardBack: after a choice in a picker the cursor row
// and the help line say keys are recorded (they are), and a level picked
// in a row's drop-down shows its words at once.
func TestPickersHandTheKeyboardBack(t *testing.T) {
	f := newGUI(t)
	s := roomSession(3, 1)
	_, vs := openValues(t, f, s)
	c := f.s.Window.Canvas()
	c.Focus(vs.PassSelect)
	if vs.Grid.recording {
		t.Fatal("the grid still says recording while a picker has the keyboard")
	}
	vs.PassSelect.SetSelected(vs.PassSelect.Options[1])
	if !vs.Grid.recording || c.Focused() != fyne.Focusable(vs.Grid) || !strings.HasPrefix(vs.Keys.Text, "Recording") {
		t.Errorf("after a pass rule was picked: recording %v, help %q", vs.Grid.recording, vs.Keys.Text)
	}
	var r *gridRow
	for _, row := range vs.gridRows {
		if row.id == 2 {
			r = row
		}
	}
	c.Focus(r.level)
	r.level.SetSelected("3")
	if r.label.Text != "Support with reservat…" || !vs.Grid.recording { // clipped to its column
		t.Errorf("after picking 3 in a row: words %q, recording %v", r.label.Text, vs.Grid.recording)
	}
}

// TestKeysOnTheWholeRoomTab: with the whole-room view showing and nothing
// focused (a click on the tab), a level key goes back to the responses and
// is recorded.
func TestKeysOnTheWholeRoomTab(t *testing.T) {
	f := newGUI(t)
	s := roomSession(3, 1)
	_, vs := openValues(t, f, s)
	c := f.s.Window.Canvas()
	vs.Tabs.SelectIndex(1)
	c.Unfocus()
	c.OnTypedRune()('5')
	if got := s.Steps[0].Values.Values[0].Response(s.Participants[0].ID); got == nil || got.Level != 5 {
		t.Errorf("person 1 has %+v after 5 on the whole-room tab", got)
	}
	if vs.Tabs.SelectedIndex() != 0 {
		t.Error("the responses did not come forward")
	}
}

// A session reopened mid-round lands on the values step with the keyboard
// on the grid: the first key records, with nothing to click first.
func TestReopenedRoundRecordsFromTheFirstKey(t *testing.T) {
	f := newGUI(t)
	sw := startValues(t, f)
	sess := sw.Editor.Session.Clone()
	sess.Steps[0].Done = true // the opening is over: the round is next
	f.s.Session.close()
	f.s.Session = nil
	sw = f.openSaved(t, f.path("midway.scaleroom"), sess)
	vs, ok := sw.CurrentScreen().(*ValuesScreen)
	if !ok {
		t.Fatalf("reopened on %T, want the values round", sw.CurrentScreen())
	}
	if f.s.Window.Canvas().Focused() != fyne.Focusable(vs.Grid) {
		t.Fatalf("focus on %T, want the grid", f.s.Window.Canvas().Focused())
	}
	press(t, f.s.Window, "6")
	if r := sw.Editor.Session.Steps[1].Values.Values[0].Response(sw.Editor.Session.Participants[0].ID); r == nil || r.Level != 6 {
		t.Fatalf("first key recorded %+v", r)
	}
}
