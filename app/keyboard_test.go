package app

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"scaleroom/workshop"
)

// asEntry is the text field o is, single or multi-line (TextArea); nil
// for anything else.
func asEntry(o fyne.CanvasObject) *widget.Entry {
	switch e := o.(type) {
	case *widget.Entry:
		return e
	case *TextArea:
		return &e.Entry
	}
	return nil
}

// typeShortcut delivers a shortcut as Fyne's desktop driver does
// (window.triggersShortcut): the main menu first, then a focused control
// that takes shortcuts (a text field), then the canvas.
func typeShortcut(t *testing.T, w fyne.Window, sc fyne.Shortcut) {
	t.Helper()
	if m := w.MainMenu(); m != nil {
		for _, menu := range m.Items {
			for _, it := range menu.Items {
				if it.Shortcut != nil && it.Shortcut.ShortcutName() == sc.ShortcutName() && it.Action != nil {
					it.Action()
					return
				}
			}
		}
	}
	if s, ok := w.Canvas().Focused().(fyne.Shortcutable); ok {
		s.TypedShortcut(sc)
		return
	}
	shortcuts(t, w.Canvas()).TypedShortcut(sc)
}

// pressTab moves the keyboard as Fyne's desktop driver does on Tab
// (window.capturesTab): a control that accepts Tab gets it as a key;
// otherwise the focus moves on, or back with Shift.
func pressTab(w fyne.Window, shift bool) {
	c := w.Canvas()
	if tb, ok := c.Focused().(fyne.Tabbable); ok && tb.AcceptsTab() {
		c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
		return
	}
	if shift {
		c.FocusPrevious()
	} else {
		c.FocusNext()
	}
}

func TestSessionShortcutsWorkWhileTyping(t *testing.T) {
	f, sw, _ := clockSession(t)
	w := f.s.Window
	sw.GoToStep("s3")
	notes := sw.CurrentScreen().(*NotesScreen).Notes
	w.Canvas().Focus(notes)
	test.Type(notes, "Farid asks")

	// Through the menu, as while typing in a field.
	typeShortcut(t, w, scClock)
	if !sw.Timer.Running("s3") || sw.TimerBar.StartPause.Text != "Pause" {
		t.Fatalf("Ctrl+T did not start the clock of the step on screen")
	}
	typeShortcut(t, w, scProjector)
	p := sw.Projector
	if p.Win == nil || p.View.StepID() != "s3" {
		t.Fatal("Ctrl+P did not open the projector")
	}
	typeShortcut(t, w, scReveal)
	if !p.Revealed() || p.Reveal.Text != "Hide" {
		t.Error("Ctrl+R did not reveal the result")
	}
	typeShortcut(t, w, scReveal)
	if p.Revealed() {
		t.Error("Ctrl+R again did not hide it")
	}
	typeShortcut(t, w, scProjector)
	if p.Win != nil {
		t.Error("Ctrl+P again did not close the projector")
	}
	typeShortcut(t, w, scClock)
	if sw.Timer.RunningAny() {
		t.Error("Ctrl+T again did not pause the clock")
	}
	if notes.Text != "Farid asks" || sw.Editor.Session.Notes != "Farid asks" {
		t.Errorf("the shortcuts typed into the notes: %q", notes.Text)
	}
	// Reveal with the projector closed changes nothing.
	typeShortcut(t, w, scReveal)
	if p.Revealed() || p.Win != nil {
		t.Error("Ctrl+R without a projector did something")
	}

	// Through the canvas, as a window without a menu bar gets them, with
	// the values grid recording: the round records nothing.
	sw.GoToStep("s2")
	if _, ok := w.Canvas().Focused().(*keyList); !ok {
		t.Fatalf("the grid does not have the keyboard: %T", w.Canvas().Focused())
	}
	press(t, w, "6")
	c := shortcuts(t, w.Canvas())
	for _, sc := range []fyne.Shortcut{scClock, scProjector, scReveal} {
		c.TypedShortcut(sc)
	}
	if !sw.Timer.Running("s2") || p.Win == nil || !p.Revealed() {
		t.Errorf("canvas shortcuts: clock %v, projector %v, revealed %v", sw.Timer.Running("s2"), p.Win != nil, p.Revealed())
	}
	if n, _ := sw.Editor.Session.Step("s2").Values.Recorded(); n != 1 {
		t.Errorf("%d answers after one level and three shortcuts", n)
	}
	c.TypedShortcut(scProjector)
}

// TestShortcutTableIsTheMenus: the menu shows and triggers exactly the
// table's shortcuts, so the sheet cannot list a key that does nothing or
// miss one that works.
func TestShortcutTableIsTheMenus(t *testing.T) {
	f, sw, _ := clockSession(t)
	inMenu := map[string]string{}
	for _, m := range f.s.Window.MainMenu().Items {
		for _, it := range m.Items {
			if it.Shortcut != nil {
				inMenu[it.Shortcut.ShortcutName()] = it.Label
			}
		}
	}
	seen := map[string]bool{}
	// A text field's clipboard keys stay the field's.
	textKeys := map[fyne.KeyName]bool{fyne.KeyA: true, fyne.KeyC: true, fyne.KeyV: true, fyne.KeyX: true}
	for _, b := range sw.bindings() {
		if b.Keys() == "" || b.does == "" {
			t.Errorf("a binding without keys or words: %+v", b)
		}
		if b.run == nil {
			continue
		}
		name := b.shortcut.ShortcutName()
		if seen[name] {
			t.Errorf("%s is bound twice", b.Keys())
		}
		seen[name] = true
		if _, ok := inMenu[name]; !ok && !b.notInFields {
			t.Errorf("%s (%s) is in no menu, so it does nothing in a text field", b.Keys(), b.does)
		}
		if _, ok := inMenu[name]; ok && b.notInFields {
			t.Errorf("%s (%s) is in a menu, so it works in a text field too", b.Keys(), b.does)
		}
		ks := b.shortcut.(fyne.KeyboardShortcut)
		if ks.Mod() == 0 && !isWindowKey(&fyne.KeyEvent{Name: ks.Key()}) {
			t.Errorf("%s has no modifier: the values round would record it", b.Keys())
		}
		if ks.Mod() == fyne.KeyModifierShortcutDefault && textKeys[ks.Key()] {
			t.Errorf("%s is a text field's own shortcut", b.Keys())
		}
	}
	for name, label := range inMenu {
		if !seen[name] {
			t.Errorf("menu item %q has a shortcut (%s) the table does not list", label, name)
		}
	}
	if got := shortcutText(scSaveAs); got != "Ctrl+Shift+S" && got != "Cmd+Shift+S" {
		t.Errorf("Save As reads %q", got)
	}
	if got := shortcutText(scHelp); got != "F1" {
		t.Errorf("the sheet's key reads %q", got)
	}
}

func TestF1ShowsEveryShortcut(t *testing.T) {
	f, sw, _ := clockSession(t)
	w := f.s.Window
	c := w.Canvas()
	closeSheet := func() {
		t.Helper()
		test.Tap(overlayButton(t, w, "Close"))
		if sw.sheet != nil || c.Overlays().Top() != nil {
			t.Fatal("the sheet did not close")
		}
	}

	// Nothing has the keyboard.
	sw.GoToPage("summary")
	c.Unfocus()
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyF1})
	text := dialogText(w)
	if sw.sheet == nil || !strings.Contains(text, "Keyboard shortcuts") {
		t.Fatalf("F1 showed %q", text)
	}
	groups, lines := sw.sheetLines()
	if got := strings.Join(groups, " | "); got != "File | Edit | Session | Projector window | Values round: answers by name | Values round: show of hands" {
		t.Errorf("groups: %s", got)
	}
	for _, g := range groups {
		if !strings.Contains(text, g+"\n") {
			t.Errorf("the sheet has no heading %q", g)
		}
		for _, l := range lines[g] {
			if !strings.Contains(text, l[0]+"\n"+l[1]+"\n") {
				t.Errorf("the sheet does not say %q: %q", l[0], l[1])
			}
		}
	}
	for _, want := range []string{"Ctrl+T\nStart or pause the clock", "Ctrl+R\nReveal or hide the result on the projector",
		"Ctrl+P\nOpen or close the projector", "F1\nKeyboard shortcuts", "Ctrl+S\nSave", "Tab, Shift+Tab\n",
		"0–9\nRecord that level", "C\nThe person just recorded commits", "+, Space\nOne more hand"} {
		if !strings.Contains(text, want) {
			t.Errorf("the sheet lacks %q", want)
		}
	}
	// F1 again does not stack a second sheet.
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyF1})
	if n := len(c.Overlays().List()); n != 1 {
		t.Errorf("%d overlays after F1 twice", n)
	}
	closeSheet()

	// The values grid has the keyboard: F1 is not a recording key.
	sw.GoToStep("s2")
	press(t, w, "{F1}")
	if sw.sheet == nil {
		t.Error("F1 on the values grid showed nothing")
	}
	closeSheet()
	if n, _ := sw.Editor.Session.Step("s2").Values.Recorded(); n != 0 {
		t.Errorf("F1 recorded %d answers", n)
	}

	// In the notes, F1 types nothing.
	sw.GoToStep("s3")
	notes := sw.CurrentScreen().(*NotesScreen).Notes
	c.Focus(notes)
	test.Type(notes, "ok")
	press(t, w, "{F1}")
	if sw.sheet == nil || notes.Text != "ok" {
		t.Errorf("F1 in the notes: sheet %v, notes %q", sw.sheet != nil, notes.Text)
	}
	closeSheet()

	// The agenda has it, on a step that records no keys.
	c.Focus(sw.Sidebar)
	press(t, w, "{F1}")
	if sw.sheet == nil {
		t.Error("F1 on the agenda showed nothing")
	}
	closeSheet()

	// And the Help menu.
	it := menuItem(t, w, "Keyboard shortcuts")
	if it.Shortcut != scHelp {
		t.Errorf("the menu item shows %v", it.Shortcut)
	}
	it.Action()
	if sw.sheet == nil {
		t.Error("Help > Keyboard shortcuts showed nothing")
	}
	closeSheet()
}

// keyProbe is a values screen in a state where every recording key shows:
// three people and three values, the middle value shown, the middle
// person answered without a commitment, hands at level 2.
type keyProbe struct {
	t    *testing.T
	s    *workshop.Session
	mode workshop.Mode
	v    *ValuesScreen
	c    fyne.Canvas
}

func newKeyProbe(t *testing.T, f *fixture, mode workshop.Mode) *keyProbe {
	p := &keyProbe{t: t, s: &workshop.Session{}, mode: mode, c: f.ed.Window.Canvas()}
	p.reset()
	f.ed.Session = p.s
	p.v = NewValuesScreen(f.ed, p.s.Steps[0].ID)
	f.ed.Window.SetContent(p.v.Object())
	f.ed.Window.Resize(fyne.NewSize(1200, 800))
	return p
}

// reset puts the session back in the probe's state.
func (p *keyProbe) reset() {
	s := roomSession(3, 3)
	st := &s.Steps[0]
	st.Values.Mode = p.mode
	mid := &st.Values.Values[1]
	mid.SetResponse(s.Participants[1].ID, 3)
	mid.AddHand(2, 2)
	*p.s = *s
}

func (p *keyProbe) state() string {
	var b bytes.Buffer
	if err := workshop.Encode(&b, p.s); err != nil {
		p.t.Fatal(err)
	}
	v := p.v
	return fmt.Sprintf("%s|%d|%d|%d|%s|%p|%d", b.String(), v.Selected, v.Cursor, v.last, v.Feedback.Text, p.c.Focused(), len(p.c.Overlays().List()))
}

// effect sends one key with the cursor on row cursor and reports whether
// anything changed.
func (p *keyProbe) effect(cursor int, key func(fyne.Focusable)) bool {
	p.t.Helper()
	p.reset()
	v := p.v
	v.Refresh()
	v.SelectValue(1)
	v.Cursor, v.last = cursor, 1
	relabel(v.Feedback, "")
	v.FocusFirst()
	focused := p.c.Focused()
	if focused == nil {
		p.t.Fatal("the grid does not have the keyboard")
	}
	before := p.state()
	key(focused)
	return p.state() != before
}

// TestRecordingKeysAreTheGrids: the sheet lists the keys the round
// answers to, and only those: every printable character and every named
// key is tried on the grid and on the hand count.
func TestRecordingKeysAreTheGrids(t *testing.T) {
	f := newFixture(t)
	names := []fyne.KeyName{fyne.KeyUp, fyne.KeyDown, fyne.KeyLeft, fyne.KeyRight, fyne.KeyReturn, fyne.KeyEnter,
		fyne.KeyPageUp, fyne.KeyPageDown, fyne.KeyHome, fyne.KeyEnd, fyne.KeyBackspace, fyne.KeyDelete,
		fyne.KeyEscape, fyne.KeyInsert, fyne.KeyTab, fyne.KeyF1, fyne.KeyF2, fyne.KeyF11}
	for _, m := range []struct {
		mode  workshop.Mode
		table []recordingKey
	}{{workshop.ModeNamed, namedKeys}, {workshop.ModeTally, handsKeys}} {
		listedRunes, listedNames := map[rune]bool{}, map[fyne.KeyName]bool{}
		for _, k := range m.table {
			for _, r := range k.runes {
				listedRunes[r] = true
			}
			for _, n := range k.names {
				listedNames[n] = true
			}
		}
		p := newKeyProbe(t, f, m.mode)
		// A key that moves to a level does nothing on that level: try two.
		did := func(key func(fyne.Focusable)) bool { return p.effect(1, key) || p.effect(2, key) }
		for r := rune(' '); r <= '~'; r++ {
			did := did(func(o fyne.Focusable) { o.TypedRune(r) })
			if did != listedRunes[r] {
				t.Errorf("%s: %q does something: %v; the sheet lists it: %v", m.mode, r, did, listedRunes[r])
			}
		}
		for _, n := range names {
			did := did(func(o fyne.Focusable) { o.TypedKey(&fyne.KeyEvent{Name: n}) })
			if did != listedNames[n] {
				t.Errorf("%s: key %s does something: %v; the sheet lists it: %v", m.mode, n, did, listedNames[n])
			}
		}
	}
}

// focusName says which control has the keyboard, for messages.
func focusName(sw *SessionWindow, o fyne.Focusable) string {
	switch w := o.(type) {
	case nil:
		return "nothing"
	case *widget.Button:
		return "button " + w.Text
	case *widget.Check:
		return "check " + w.Text
	case *TextArea:
		return "text area " + w.PlaceHolder
	case *widget.Entry:
		return "entry " + w.PlaceHolder
	}
	if o == sw.Sidebar {
		return "agenda"
	}
	return fmt.Sprintf("%T", o)
}

// tabCycle presses Tab (or Shift+Tab) from the control with the keyboard
// until the focus comes back to it, and lists the controls it went through.
func tabCycle(t *testing.T, w fyne.Window, shift bool) []fyne.Focusable {
	t.Helper()
	c := w.Canvas()
	start := c.Focused()
	var seen []fyne.Focusable
	for i := 0; i < 500; i++ {
		pressTab(w, shift)
		if c.Focused() == start {
			return seen
		}
		seen = append(seen, c.Focused())
	}
	t.Fatal("Tab never came back to where it started")
	return nil
}

// fileButton finds a file button of the strip by its text.
func fileButton(t *testing.T, sw *SessionWindow, text string) *widget.Button {
	t.Helper()
	var found *widget.Button
	walk(sw.Object(), func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no %q button", text)
	}
	return found
}

func names(sw *SessionWindow, objs []fyne.Focusable) string {
	var s []string
	for _, o := range objs {
		s = append(s, focusName(sw, o))
	}
	return strings.Join(s, ", ")
}

// TestTabLeavesTheNotesInOrder: on a notes step Tab goes from the notes
// to the rest of the step, the timer, the projector, the navigation, the
// file buttons and the agenda, and Shift+Tab goes back the same way.
func TestTabLeavesTheNotesInOrder(t *testing.T) {
	f, sw, _ := clockSession(t)
	w := f.s.Window
	w.Resize(fyne.NewSize(1400, 800)) // wide enough for the file buttons
	sw.GoToStep("s3")
	n := sw.CurrentScreen().(*NotesScreen)
	long := strings.Repeat("Who follows up on the Q3 roadmap? ", 600) // 20,400 characters
	n.Notes.SetText(long)
	w.Canvas().Focus(n.Notes)
	bar, p := sw.TimerBar, sw.Projector
	want := []fyne.Focusable{n.Timebox, n.DoneNext, sw.PromptToggle, sw.DoneCheck,
		bar.StartPause, bar.ResetBtn, bar.PlusMinute, sw.QuickAction, p.Toggle, p.Anonymous,
		sw.BackButton, sw.NextButton,
		fileButton(t, sw, "New"), fileButton(t, sw, "Open"), fileButton(t, sw, "Save"), sw.Sidebar}
	got := tabCycle(t, w, false)
	if names(sw, got) != names(sw, want) {
		t.Errorf("Tab from the notes goes\n %s\nwant\n %s", names(sw, got), names(sw, want))
	}
	back := tabCycle(t, w, true)
	for i, j := 0, len(back)-1; i < j; i, j = i+1, j-1 {
		back[i], back[j] = back[j], back[i]
	}
	if names(sw, back) != names(sw, want) {
		t.Errorf("Shift+Tab goes back through\n %s\nwant the reverse of\n %s", names(sw, back), names(sw, want))
	}
	if n.Notes.Text != long || sw.Editor.Session.Notes != long {
		t.Error("Tab changed the notes")
	}
	// A Tab that reaches the field as a key leaves it too.
	w.Canvas().Focus(n.Notes)
	press(t, w, "{Tab}")
	if w.Canvas().Focused() != n.Timebox || n.Notes.Text != long {
		t.Errorf("a Tab key in the notes: focus on %s", focusName(sw, w.Canvas().Focused()))
	}

	// While the clock runs for another step, its buttons are on the way.
	sw.GoToStep("s2")
	test.Tap(bar.StartPause)
	sw.GoToStep("s3")
	w.Canvas().Focus(bar.PlusMinute)
	pressTab(w, false)
	first := w.Canvas().Focused()
	pressTab(w, false)
	if first != bar.GoTo || w.Canvas().Focused() != bar.TimeHere {
		t.Errorf("after +1 min Tab goes to %s, then %s", focusName(sw, first), focusName(sw, w.Canvas().Focused()))
	}
}

// TestEveryControlIsReachableByTab visits every page and step, in a wide
// window and in one so narrow that the file buttons step aside: Tab
// reaches the timer, the projector, the navigation, the file buttons when
// they show and the agenda, after the step's own controls, and no field
// keeps Tab.
func TestEveryControlIsReachableByTab(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1400, Height: 800}, {Width: 1024, Height: 640}} {
		t.Run(fmt.Sprint(size.Width), func(t *testing.T) { tabEverywhere(t, size) })
	}
}

func tabEverywhere(t *testing.T, size fyne.Size) {
	f := newGUI(t)
	sw := startValues(t, f)
	w := f.s.Window
	w.Resize(size)
	c := w.Canvas()
	// Forty people and a 2,000-character value name, as big as rooms get.
	for i := len(sw.Editor.Session.Participants); i < 40; i++ {
		sw.Editor.Session.AddParticipant(fmt.Sprintf("Person %02d %s", i, strings.Repeat("é", 1990)))
	}
	sw.Refresh()
	bar, p := sw.TimerBar, sw.Projector
	for i, e := range sw.entries {
		sw.Go(i)
		name := e.key()
		walk(sw.Object(), func(o fyne.CanvasObject) {
			if tb, ok := o.(fyne.Tabbable); ok && tb.AcceptsTab() {
				t.Errorf("%s: %T keeps Tab", name, o)
			}
		})
		if c.Focused() == nil {
			c.FocusNext()
		}
		cycle := append([]fyne.Focusable{c.Focused()}, tabCycle(t, w, false)...)
		at := func(o fyne.Focusable) int {
			for j, x := range cycle {
				if x == o {
					return j
				}
			}
			return -1
		}
		// The cycle read from the agenda: the step, its tools, the way
		// on, the files.
		order := []fyne.Focusable{sw.Sidebar}
		for _, b := range []*widget.Button{bar.StartPause, bar.ResetBtn, bar.PlusMinute, sw.QuickAction} {
			if !b.Disabled() { // the clock, on a page before any step was timed
				order = append(order, b)
			}
		}
		order = append(order, p.Toggle, p.Anonymous)
		if !sw.BackButton.Disabled() {
			order = append(order, sw.BackButton)
		}
		if !sw.NextButton.Disabled() {
			order = append(order, sw.NextButton)
		}
		files := []fyne.Focusable{fileButton(t, sw, "New"), fileButton(t, sw, "Open"), fileButton(t, sw, "Save")}
		if shown := at(files[0]) >= 0; shown != (size.Width > 1300) {
			t.Errorf("%s at %v wide: Tab reaches the file buttons: %v", name, size.Width, shown)
		} else if shown {
			order = append(order, files...)
		}
		from := at(sw.Sidebar)
		pos := func(o fyne.Focusable) int {
			j := at(o)
			if j < 0 {
				return -1
			}
			return (j - from + len(cycle)) % len(cycle)
		}
		last := -1
		for _, o := range order {
			j := pos(o)
			if j < 0 {
				t.Errorf("%s: Tab never reaches %s; it goes %s", name, focusName(sw, o), names(sw, cycle))
				continue
			}
			if j < last {
				t.Errorf("%s: %s comes too early: %s", name, focusName(sw, o), names(sw, cycle))
			}
			last = j
		}
		// The step's own controls come between the agenda and the tools.
		for _, o := range cycle {
			if pos(o) > pos(order[1]) && !contains(order, o) {
				t.Errorf("%s: %s comes after the tools", name, focusName(sw, o))
			}
		}
	}
}

func contains(objs []fyne.Focusable, o fyne.Focusable) bool {
	for _, x := range objs {
		if x == o {
			return true
		}
	}
	return false
}

// TestDialogTextAreasLeaveOnTab: the value form's description, the one
// multi-line field in a dialog, lets Tab go on to the form's buttons.
func TestDialogTextAreasLeaveOnTab(t *testing.T) {
	f := newGUI(t)
	_, vs := openValues(t, f, roomSession(2, 1))
	w := f.s.Window
	vs.AskAddValue()
	var desc *TextArea
	walk(w.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if a, ok := o.(*TextArea); ok {
			desc = a
		}
	})
	if desc == nil {
		t.Fatal("the value form has no multi-line description")
	}
	w.Canvas().Focus(desc)
	test.Type(desc, "Small teams")
	pressTab(w, false)
	if w.Canvas().Focused() == desc || desc.Text != "Small teams" {
		t.Errorf("Tab in the description: focus stays %v, text %q", w.Canvas().Focused() == desc, desc.Text)
	}
}
