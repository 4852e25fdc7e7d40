package app

import (
	"os"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"scaleroom/workshop"
	"scaleroom/workshop/workshoptest"
)

// The keys, as the canvas receives them.
var (
	keyUndo  = &fyne.ShortcutUndo{}
	keyRedo  = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	keyRedoY = &fyne.ShortcutRedo{}
)

// ctrl presses a shortcut on the window's canvas, as the test driver and
// a window without a menu bar receive it.
func ctrl(t *testing.T, w fyne.Window, sc fyne.Shortcut) {
	t.Helper()
	shortcuts(t, w.Canvas()).TypedShortcut(sc)
}

// typeAtEnd types at the end of a one-line field, as a facilitator adding
// to what it holds does (test.Type types where the cursor is: at the start).
func typeAtEnd(e *widget.Entry, text string) {
	e.CursorColumn = len([]rune(e.Text))
	test.Type(e, text)
}

// desktopShortcut delivers a shortcut in the order Fyne's desktop driver
// does (internal/driver/glfw, triggersShortcut): a main menu item that
// carries it, else the focused widget if it takes shortcuts, else the
// canvas. The test driver has no menu bar, so this is how a test sees what
// Ctrl+Z does while a text field has the keyboard.
func desktopShortcut(t *testing.T, w fyne.Window, sc fyne.Shortcut) {
	t.Helper()
	for _, m := range w.MainMenu().Items {
		for _, it := range m.Items {
			if it.Shortcut != nil && it.Shortcut.ShortcutName() == sc.ShortcutName() && it.Action != nil {
				it.Action()
				return
			}
		}
	}
	if f, ok := w.Canvas().Focused().(fyne.Shortcutable); ok {
		f.TypedShortcut(sc)
		return
	}
	ctrl(t, w, sc)
}

// editMenu returns the Edit menu's undo and redo items.
func editMenu(t *testing.T, w fyne.Window) (undo, redo *fyne.MenuItem) {
	t.Helper()
	for _, m := range w.MainMenu().Items {
		if m.Label == "Edit" && len(m.Items) == 2 {
			return m.Items[0], m.Items[1]
		}
	}
	t.Fatal("no Edit menu")
	return nil, nil
}

// wantMenu checks what the Edit menu offers; "" for a disabled item.
func wantMenu(t *testing.T, w fyne.Window, undo, redo string) {
	t.Helper()
	u, r := editMenu(t, w)
	show := func(it *fyne.MenuItem) string {
		if it.Disabled {
			return "(disabled) " + it.Label
		}
		return it.Label
	}
	wantU, wantR := "(disabled) Undo", "(disabled) Redo"
	if undo != "" {
		wantU = "Undo " + undo
	}
	if redo != "" {
		wantR = "Redo " + redo
	}
	if show(u) != wantU || show(r) != wantR {
		t.Errorf("Edit menu: %q, %q; want %q, %q", show(u), show(r), wantU, wantR)
	}
}

func typicalWindow(t *testing.T, f *guiFixture) *SessionWindow {
	t.Helper()
	return f.s.show(workshoptest.Session(workshoptest.Typical), "", nil, false)
}

// TestUndoInTheValuesRound records levels from the keyboard and takes
// them back and forth with the keys, checking the grid, the results and
// the Edit menu each time.
func TestUndoInTheValuesRound(t *testing.T) {
	f := newGUI(t)
	sw, vs := openValues(t, f, roomSession(3, 2))
	w := f.s.Window
	wantMenu(t, w, "", "")
	press(t, w, "1", "6", "7")
	val := vs.Value()
	wantMenu(t, w, "level 7 for Person 03", "")
	if !strings.HasPrefix(vs.Counts.Text, "3 responses of 3 people") {
		t.Fatalf("counts %q", vs.Counts.Text)
	}

	ctrl(t, w, keyUndo)
	if val.Response("p3") != nil || !strings.HasPrefix(vs.Counts.Text, "2 responses of 3 people") {
		t.Fatalf("after undo: p3 %+v, counts %q", val.Response("p3"), vs.Counts.Text)
	}
	if sw.Notice.Text != "Undone: level 7 for Person 03" {
		t.Errorf("notice %q", sw.Notice.Text)
	}
	wantMenu(t, w, "level 6 for Person 02", "level 7 for Person 03")
	if w.Canvas().Focused() != vs.Grid {
		t.Errorf("undo took the keyboard from the grid to %T", w.Canvas().Focused())
	}
	ctrl(t, w, keyUndo)
	if val.Response("p2") != nil {
		t.Fatal("second undo left Person 02's level")
	}
	ctrl(t, w, keyRedo)
	ctrl(t, w, keyRedoY)
	if r := val.Response("p3"); r == nil || r.Level != 7 || val.Response("p2").Level != 6 {
		t.Fatalf("after redo: %+v", val.Responses)
	}
	if vs.Verdict.Text != "Does not pass · 1 response at a failing level" {
		t.Errorf("verdict %q", vs.Verdict.Text)
	}
	wantMenu(t, w, "level 7 for Person 03", "")

	// Clearing a response is a delete: undo brings it back, and a new edit
	// leaves nothing to redo.
	press(t, w, "{BackSpace}") // the cursor stayed on the last person
	if val.Response("p3") != nil || sw.Notice.Text != "Removed Person 03's response · Ctrl+Z brings it back" {
		t.Fatalf("clear: %+v, notice %q", val.Response("p3"), sw.Notice.Text)
	}
	ctrl(t, w, keyUndo)
	if r := val.Response("p3"); r == nil || r.Level != 7 {
		t.Fatalf("the cleared response did not come back: %+v", r)
	}
	press(t, w, "c")
	wantMenu(t, w, "commitment of Person 03", "")
	if sw.Notice.Text != "" {
		t.Errorf("an edit left the notice %q", sw.Notice.Text)
	}
	// With nothing left, undo says so and changes nothing.
	for i := 0; i < 6; i++ {
		ctrl(t, w, keyUndo)
	}
	if len(val.Responses) != 0 || sw.Notice.Text != "Nothing to undo" {
		t.Errorf("responses %+v, notice %q", val.Responses, sw.Notice.Text)
	}
	wantMenu(t, w, "", "level 1 for Person 01")
}

// TestUndoInTheLoadInventory adds, fills, decides and removes an item,
// then walks every step back and forward.
func TestUndoInTheLoadInventory(t *testing.T) {
	f := newGUI(t)
	sw := typicalWindow(t, f)
	w := f.s.Window
	sw.GoToStep("s3")
	ls := sw.CurrentScreen().(*LoadScreen)
	e := sw.Editor.Session.Step("s3").Load
	before := len(e.Items)

	test.Tap(ls.Add)
	test.Type(ls.Name, "Weekly report")
	ls.Load.SetText("4")
	setChoice(ls.Decision, decisionChoices(), workshop.DecisionLess)
	test.Type(ls.Target, "1")
	it := e.Items[before]
	if it.Name != "Weekly report" || it.Load != 4 || it.Decision != workshop.DecisionLess || it.Target == nil || *it.Target != 1 {
		t.Fatalf("item %+v", it)
	}
	wantMenu(t, w, "load after of “Weekly report”", "")
	// The decision clears the target when it changes; undo brings it back.
	setChoice(ls.Decision, decisionChoices(), workshop.DecisionKeep)
	if e.Items[before].Target != nil {
		t.Fatal("keep left a target")
	}
	ctrl(t, w, keyUndo)
	if it := e.Items[before]; it.Decision != workshop.DecisionLess || it.Target == nil || *it.Target != 1 || ls.Target.Text != "1" {
		t.Fatalf("undoing keep: %+v, field %q", it, ls.Target.Text)
	}

	// Remove, with no question; the notice says Ctrl+Z brings it back.
	test.Tap(ls.Remove)
	if w.Canvas().Overlays().Top() != nil || len(e.Items) != before {
		t.Fatalf("remove: %d items, dialog %v", len(e.Items), w.Canvas().Overlays().Top() != nil)
	}
	if sw.Notice.Text != "Removed “Weekly report” · Ctrl+Z brings it back" {
		t.Errorf("notice %q", sw.Notice.Text)
	}
	ctrl(t, w, keyUndo)
	if len(e.Items) != before+1 || e.Items[before].Name != "Weekly report" {
		t.Fatalf("the removed item did not come back: %d items", len(e.Items))
	}
	if rows, _ := ls.Table.Length(); rows != before+1 {
		t.Errorf("the table shows %d rows", rows)
	}
	if !containsRow(ls, "Weekly report") {
		t.Errorf("the screen's list of what to stop or do less of lacks the item: %+v", ls.stopRows)
	}
	// Back through the target, the decision, the load and the name: the
	// name typed letter by letter is one step.
	for _, want := range []string{"load after", "decision", "load", "name"} {
		ctrl(t, w, keyUndo)
		if !strings.HasPrefix(sw.Notice.Text, "Undone: "+want+" of ") {
			t.Fatalf("undid %q, want %s", sw.Notice.Text, want)
		}
	}
	if it := e.Items[before]; it.Name != "" || it.Load != 0 || it.Decision != "" || it.Target != nil {
		t.Fatalf("after undoing the fields: %+v", it)
	}
	ctrl(t, w, keyUndo)
	if len(e.Items) != before {
		t.Fatalf("undoing the add left %d items", len(e.Items))
	}
	for i := 0; i < 6; i++ {
		ctrl(t, w, keyRedo)
	}
	if len(e.Items) != before || sw.Notice.Text != "Redone: removal of “Weekly report”" {
		t.Fatalf("redone: %d items, notice %q", len(e.Items), sw.Notice.Text)
	}
	ctrl(t, w, keyRedo)
	if sw.Notice.Text != "Nothing to redo" {
		t.Errorf("a seventh redo: %q", sw.Notice.Text)
	}
}

// containsRow reports whether the load screen's stop list has a line
// that mentions text.
func containsRow(ls *LoadScreen, text string) bool {
	for _, r := range ls.stopRows {
		if strings.Contains(r.Text, text) {
			return true
		}
	}
	return false
}

// TestUndoOnTheEcocycle moves an initiative on the map and removes it:
// undo puts the dot back where it was and brings the initiative back.
func TestUndoOnTheEcocycle(t *testing.T) {
	f := newGUI(t)
	sw := typicalWindow(t, f)
	w := f.s.Window
	sw.GoToStep("s4")
	rs := sw.CurrentScreen().(*ReflectionScreen)
	e := sw.Editor.Session.Step("s4").Reflection
	rs.List.Select(1)
	in := e.Initiatives[1] // Initiative 002: maturity, scale down
	dot := func() fyne.Position {
		t.Helper()
		p, ok := rs.Map.DotPosition(in.ID)
		if !ok {
			t.Fatalf("%s is not on the map", in.ID)
		}
		return p
	}
	at := dot()
	setChoice(rs.Phase, phaseChoices(), workshop.PhaseRenewal)
	typeAtEnd(rs.Name, " (pilot)")
	if moved := dot(); moved == at || e.Initiatives[1].Name != "Initiative 002 (pilot)" {
		t.Fatalf("the dot stayed at %v, name %q", moved, e.Initiatives[1].Name)
	}
	wantMenu(t, w, "name of “Initiative 002”", "")

	ctrl(t, w, keyUndo) // the name, typed letter by letter, is one step
	if rs.Name.Text != "Initiative 002" || e.Initiatives[1].Phase != workshop.PhaseRenewal {
		t.Fatalf("undoing the name: field %q, %+v", rs.Name.Text, e.Initiatives[1])
	}
	ctrl(t, w, keyUndo)
	if dot() != at || rs.Phase.Selected != phaseChoices().label(string(workshop.PhaseMaturity)) {
		t.Errorf("after undoing the phase the dot is at %v (was %v), picker %q", dot(), at, rs.Phase.Selected)
	}

	test.Tap(rs.Remove)
	if _, ok := rs.Map.DotPosition(in.ID); ok || len(e.Initiatives) != 11 {
		t.Fatal("the removed initiative is still on the map")
	}
	if sw.Notice.Text != "Removed “Initiative 002” · Ctrl+Z brings it back" {
		t.Errorf("notice %q", sw.Notice.Text)
	}
	ctrl(t, w, keyUndo)
	if len(e.Initiatives) != 12 || e.Initiatives[1] != in || dot() != at {
		t.Fatalf("the initiative did not come back in its place: %+v", e.Initiatives[1])
	}
	ctrl(t, w, keyRedo)
	if len(e.Initiatives) != 11 || e.Initiatives[1].ID == in.ID {
		t.Errorf("redo did not remove it again")
	}
}

// TestUndoOnTheRoster removes someone who answered, with no question, and
// brings them back with their answer; renames and moves come back too.
func TestUndoOnTheRoster(t *testing.T) {
	f := newGUI(t)
	sw := startValues(t, f) // Ana, Ben, Chloé
	w := f.s.Window
	sw.GoToStep("s2")
	press(t, w, "3", "6", "c")
	sw.GoToPage("participants")
	r := sw.CurrentScreen().(*RosterScreen)
	s := sw.Editor.Session
	val := &s.Step("s2").Values.Values[0]

	r.Edit("p2", "Benjamin", "", "", "")
	r.Move(2, 0)
	test.Tap(r.rowOf(t, "Ana").remove)
	if w.Canvas().Overlays().Top() != nil || s.Participant("p1") != nil || val.Response("p1") != nil {
		t.Fatal("Ana was not removed at once")
	}
	if sw.Notice.Text != "Removed “Ana” and 1 response · Ctrl+Z brings them back" || r.Count.Text != "2 people in the room" {
		t.Errorf("notice %q, count %q", sw.Notice.Text, r.Count.Text)
	}
	wantMenu(t, w, "removal of “Ana”", "")

	ctrl(t, w, keyUndo)
	if p := s.Participant("p1"); p == nil || s.Participants[1].ID != "p1" || val.Response("p1").Level != 3 {
		t.Fatalf("Ana did not come back in her place with her answer: %+v", s.Participants)
	}
	if r.Count.Text != "3 people in the room" {
		t.Errorf("count %q", r.Count.Text)
	}
	ctrl(t, w, keyUndo)
	ctrl(t, w, keyUndo)
	if roster(s) != "Ana,Ben,Chloé" || val.Response("p2").Commitment != workshop.Commits {
		t.Errorf("after undoing the move and the rename: %s", roster(s))
	}
	// The agenda counts people as the roster does.
	if !strings.Contains(sidebarText(sw, 1), "3 people") {
		t.Errorf("sidebar says %q", sidebarText(sw, 1))
	}
	ctrl(t, w, keyRedo)
	ctrl(t, w, keyRedo)
	if roster(s) != "Chloé,Ana,Benjamin" {
		t.Errorf("redone: %s", roster(s))
	}
}

func roster(s *workshop.Session) string {
	var out []string
	for _, p := range s.Participants {
		out = append(out, p.Name)
	}
	return strings.Join(out, ",")
}

// rowOf finds the roster row that shows a name.
func (r *RosterScreen) rowOf(t *testing.T, name string) *rosterRow {
	t.Helper()
	r.List.Refresh()
	for _, row := range r.rows {
		if row.name.Text == name {
			return row
		}
	}
	t.Fatalf("no row shows %q", name)
	return nil
}

// TestEditMenu checks that the Edit menu names what it would undo and
// redo, is disabled when there is nothing, and works when clicked.
func TestEditMenu(t *testing.T) {
	f := newGUI(t)
	sw := typicalWindow(t, f)
	w := f.s.Window
	wantMenu(t, w, "", "")
	sw.GoToPage("details")
	d := sw.CurrentScreen().(*DetailsScreen)
	typeAtEnd(d.Location, ", 2nd floor")
	wantMenu(t, w, "typing in the location", "")
	undo, redo := editMenu(t, w)
	if undo.Shortcut.ShortcutName() != keyUndo.ShortcutName() || redo.Shortcut.ShortcutName() != keyRedo.ShortcutName() {
		t.Errorf("shortcuts %s, %s", undo.Shortcut.ShortcutName(), redo.Shortcut.ShortcutName())
	}
	undo.Action()
	if sw.Editor.Session.Location != "Room 4" || d.Location.Text != "Room 4" {
		t.Fatalf("location %q, field %q", sw.Editor.Session.Location, d.Location.Text)
	}
	wantMenu(t, w, "", "typing in the location")
	_, redo = editMenu(t, w)
	redo.Action()
	if sw.Editor.Session.Location != "Room 4, 2nd floor" {
		t.Errorf("redo: %q", sw.Editor.Session.Location)
	}
	// A long name is cut short in the menu.
	sw.GoToStep("s3")
	ls := sw.CurrentScreen().(*LoadScreen)
	long := strings.Repeat("Ünïcode report ", 140)
	ls.Table.Select(tableCell(0))
	ls.Name.SetText(long)
	ls.Note.SetText("x")
	undo, _ = editMenu(t, w)
	if want := "Undo note of “" + string([]rune(long)[:39]) + "…”"; undo.Label != want {
		t.Errorf("label %q, want %q", undo.Label, want)
	}
}

// TestUndoInATextField types into a field of a screen and a field of a
// dialog, and presses Ctrl+Z as the desktop delivers it (the Edit menu
// first): in the screen's field it is the session's undo, which takes
// back what was typed there as one step; in the dialog's field it is the
// field's own, and the session waits.
func TestUndoInATextField(t *testing.T) {
	f := newGUI(t)
	sw := startValues(t, f)
	w := f.s.Window
	s := sw.Editor.Session
	sw.GoToPage("details")
	d := sw.CurrentScreen().(*DetailsScreen)
	title := s.Title
	w.Canvas().Focus(d.Title)
	d.Title.CursorColumn = len([]rune(d.Title.Text))
	press(t, w, " 2026")
	wantMenu(t, w, "typing in the title", "")
	desktopShortcut(t, w, keyUndo)
	if s.Title != title || d.Title.Text != title || w.Canvas().Focused() != d.Title {
		t.Fatalf("title %q, field %q, focus %T", s.Title, d.Title.Text, w.Canvas().Focused())
	}
	desktopShortcut(t, w, keyRedo)
	if s.Title != title+" 2026" || d.Title.Text != title+" 2026" {
		t.Fatalf("redo: title %q, field %q", s.Title, d.Title.Text)
	}
	// The keyboard leaves the field and comes back: a new step, though the
	// field is the same.
	w.Canvas().Focus(d.Location)
	press(t, w, "Porto")
	w.Canvas().Focus(d.Title)
	d.Title.CursorColumn = len([]rune(d.Title.Text))
	press(t, w, "!")
	desktopShortcut(t, w, keyUndo)
	if s.Title != title+" 2026" || s.Location != "Porto" {
		t.Fatalf("one undo: title %q, location %q", s.Title, s.Location)
	}

	// A dialog's field: its own undo; the session stays as it is.
	sw.GoToPage("participants")
	r := sw.CurrentScreen().(*RosterScreen)
	r.AskEdit("p1")
	entry := w.Canvas().Focused().(*widget.Entry)
	entry.CursorColumn = len([]rune(entry.Text))
	test.Type(entry, " Lima")
	if entry.Text != "Ana Lima" {
		t.Fatalf("typed %q", entry.Text)
	}
	undoLabel, _ := sw.Editor.History.UndoLabel()
	desktopShortcut(t, w, keyUndo)
	if entry.Text != "Ana" || s.Participant("p1").Name != "Ana" {
		t.Errorf("in the dialog: field %q, name %q", entry.Text, s.Participant("p1").Name)
	}
	if l, _ := sw.Editor.History.UndoLabel(); l != undoLabel || s.Title != title+" 2026" {
		t.Errorf("the session's undo ran behind the dialog: next undo %q, title %q", l, s.Title)
	}
	desktopShortcut(t, w, keyRedo)
	test.Tap(overlayButton(t, w, "Save"))
	if s.Participant("p1").Name != "Ana Lima" {
		t.Fatalf("renamed to %q", s.Participant("p1").Name)
	}
	wantMenu(t, w, "edit of “Ana”", "")
}

// TestAutosaveWritesTheUndoneState: an undo is an edit like any other for
// the autosave, which writes the session as the undo left it.
func TestAutosaveWritesTheUndoneState(t *testing.T) {
	f := newGUI(t)
	f.s.AutosaveDelay = time.Millisecond
	p := f.path("team.json")
	sw := f.openSaved(t, p, workshoptest.Session(workshoptest.Typical))
	w := f.s.Window
	// The file holds the first item, l1, until the autosave writes; the
	// window hears that it did once it is no longer dirty.
	written := func(first bool) func() bool {
		return func() bool {
			data, _ := os.ReadFile(p)
			return !sw.Dirty() && strings.Contains(string(data), `"id": "l1"`) == first
		}
	}
	sw.GoToStep("s3")
	ls := sw.CurrentScreen().(*LoadScreen)
	ls.Table.Select(tableCell(0))
	test.Tap(ls.Remove)
	f.ui.runUntil(t, written(false))
	ctrl(t, w, keyUndo)
	if !sw.Dirty() {
		t.Error("the undone session is not waiting to be saved")
	}
	f.ui.runUntil(t, written(true))
	if got, err := workshop.LoadFile(p); err != nil || got.Step("s3").Load.Items[0].ID != "l1" {
		t.Errorf("file after undo: %v", err)
	}
}

// TestRevertStartsAFreshHistory: the history belongs to the session as it
// was opened; reverting opens it again, with nothing to undo.
func TestRevertStartsAFreshHistory(t *testing.T) {
	f := newGUI(t)
	p := f.path("team.json")
	sw := f.openSaved(t, p, workshoptest.Session(workshoptest.Typical))
	w := f.s.Window
	sw.GoToPage("details")
	typeAtEnd(sw.CurrentScreen().(*DetailsScreen).Title, "!")
	wantMenu(t, w, "typing in the title", "")
	sw.Revert()
	f.ui.runUntil(t, func() bool { return f.s.Session != sw && !f.s.Session.saver.Busy() })
	wantMenu(t, w, "", "")
	ctrl(t, w, keyUndo)
	if f.s.Session.Editor.Session.Title != "Scaling review" || f.s.Session.Notice.Text != "Nothing to undo" {
		t.Errorf("title %q, notice %q", f.s.Session.Editor.Session.Title, f.s.Session.Notice.Text)
	}
}

// TestUndoOnTheAgenda changes an empty step's kind and adds a step, then
// takes both back: the step's screen follows its kind back, and a step
// that goes takes its screen and its place in the agenda with it.
func TestUndoOnTheAgenda(t *testing.T) {
	f := newGUI(t)
	sw := startValues(t, f)
	w := f.s.Window
	s := sw.Editor.Session
	sw.GoToPage("agenda")
	a := sw.CurrentScreen().(*AgendaScreen)
	a.List.Select(0)
	a.AddKind.SetSelected(stepKindChoices().label(string(workshop.StepDiscussion)))
	test.Tap(a.Add)
	id := a.selected
	setChoice(a.Kind, stepKindChoices(), workshop.StepReflection)
	sw.GoToStep(id)
	if _, ok := sw.CurrentScreen().(*ReflectionScreen); !ok {
		t.Fatalf("the step shows %T", sw.CurrentScreen())
	}
	ctrl(t, w, keyUndo) // the kind, undone on the step's own screen
	if st := s.Step(id); st.Kind != workshop.StepDiscussion || st.Reflection != nil {
		t.Fatalf("kind undone: %+v", st)
	}
	if _, ok := sw.CurrentScreen().(*NotesScreen); !ok {
		t.Fatalf("after undoing the kind the step shows %T", sw.CurrentScreen())
	}
	ctrl(t, w, keyUndo) // the step itself, while it is on screen
	if s.Step(id) != nil || sw.CurrentScreen() == nil {
		t.Fatal("the added step is still there")
	}
	if e := sw.entries[sw.Current()]; e.page == nil && s.Step(e.stepID) == nil {
		t.Fatalf("the window shows a step that is gone: %+v", e)
	}
	for i := 0; i < sw.Sidebar.Length(); i++ {
		if strings.Contains(sidebarText(sw, i), "Discussion") {
			t.Errorf("the agenda still lists the step: %q", sidebarText(sw, i))
		}
	}
	ctrl(t, w, keyRedo)
	ctrl(t, w, keyRedo)
	if st := s.Step(id); st == nil || st.Kind != workshop.StepReflection || s.StepIndex(id) != 1 {
		t.Fatalf("redone: %+v at %d", st, s.StepIndex(id))
	}
	sw.GoToStep(id)
	if _, ok := sw.CurrentScreen().(*ReflectionScreen); !ok {
		t.Fatalf("after redoing the kind the step shows %T", sw.CurrentScreen())
	}
}
