package app

import (
	"runtime"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// The session window's shortcuts. The menu carries those with a modifier,
// so they work while typing in a field (Fyne gives the menu the first go);
// the canvas copy serves windows without a menu bar and the test driver.
// None of them is a plain letter or digit, which the values round records,
// and none is one a text field uses (Ctrl+A, C, V, X, arrows), but undo
// and redo, which act on the session (see undo.go).
var (
	scNew       = &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault}
	scOpen      = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault}
	scSave      = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}
	scSaveAs    = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	scBack      = &desktop.CustomShortcut{KeyName: fyne.KeyPageUp, Modifier: fyne.KeyModifierShortcutDefault}
	scNext      = &desktop.CustomShortcut{KeyName: fyne.KeyPageDown, Modifier: fyne.KeyModifierShortcutDefault}
	scClock     = &desktop.CustomShortcut{KeyName: fyne.KeyT, Modifier: fyne.KeyModifierShortcutDefault}
	scReveal    = &desktop.CustomShortcut{KeyName: fyne.KeyR, Modifier: fyne.KeyModifierShortcutDefault}
	scProjector = &desktop.CustomShortcut{KeyName: fyne.KeyP, Modifier: fyne.KeyModifierShortcutDefault}
	// F1 has no modifier, so Fyne's desktop driver never makes a shortcut
	// of it: it arrives as a key, at the control with the keyboard, and
	// reaches the window through passWindowKey (see windowKey). As a
	// shortcut it only puts "F1" beside the menu item.
	scHelp = &desktop.CustomShortcut{KeyName: fyne.KeyF1}
)

// binding is a line of the keyboard shortcuts sheet. With run set, the
// session window registers the shortcut; without, the keys belong to a
// control or another window and the line only tells of them.
type binding struct {
	group    string
	does     string
	shortcut fyne.Shortcut // nil when keys says it
	keys     string
	run      func()
	// notInFields: no menu item carries the shortcut (an item has one),
	// so a text field with the keyboard takes it first.
	notInFields bool
}

// Keys is the binding's keys in words, as the sheet writes them.
func (b binding) Keys() string {
	if b.shortcut != nil {
		return shortcutText(b.shortcut)
	}
	return b.keys
}

// bindings is the one table of the keys the session window answers to:
// registerShortcuts registers it, close removes it, and the sheet lists it
// with the values round's recording keys.
func (sw *SessionWindow) bindings() []binding {
	app, p := sw.App, sw.Projector
	field := func(k fyne.KeyName) fyne.Shortcut {
		return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
	}
	// The sheet's groups, in the order it lists them.
	groupFile, groupEdit, groupSession, groupProjector := lang.L("File"), lang.X("menu.edit", "Edit"), lang.L("Session"), lang.L("Projector window")
	return []binding{
		{group: groupFile, does: lang.L("New session"), shortcut: scNew, run: app.chooseNew},
		{group: groupFile, does: lang.L("Open a session"), shortcut: scOpen, run: app.chooseOpen},
		{group: groupFile, does: lang.L("Save"), shortcut: scSave, run: func() { sw.Save(nil) }},
		{group: groupFile, does: lang.L("Save under another name"), shortcut: scSaveAs, run: func() { sw.SaveAs(nil) }},

		{group: groupEdit, does: lang.L("Undo the last change, on any page"), shortcut: scUndo, run: sw.Undo},
		{group: groupEdit, does: lang.L("Redo the change undone"), shortcut: scRedo, run: sw.Redo},
		{group: groupEdit, does: lang.L("Redo, where no text field has the keyboard"), shortcut: scRedoY, run: sw.Redo, notInFields: true},
		{group: groupEdit, does: lang.L("Cut the text selected in a field"), shortcut: field(fyne.KeyX)},
		{group: groupEdit, does: lang.L("Copy the text selected in a field"), shortcut: field(fyne.KeyC)},
		{group: groupEdit, does: lang.L("Paste into a field"), shortcut: field(fyne.KeyV)},
		{group: groupEdit, does: lang.L("Select all the text in a field"), shortcut: field(fyne.KeyA)},

		{group: groupSession, does: lang.L("Previous step"), shortcut: scBack, run: func() { sw.Go(sw.current - 1) }},
		{group: groupSession, does: lang.L("Next step"), shortcut: scNext, run: func() { sw.Go(sw.current + 1) }},
		{group: groupSession, does: lang.L("Start or pause the clock"), shortcut: scClock, run: sw.TimerBar.Toggle},
		{group: groupSession, does: lang.L("Open or close the projector"), shortcut: scProjector, run: p.Toggle.OnTapped},
		{group: groupSession, does: lang.L("Reveal or hide the result on the projector"), shortcut: scReveal, run: sw.toggleReveal},
		{group: groupSession, does: lang.L("Keyboard shortcuts (this sheet)"), shortcut: scHelp, run: sw.ShowShortcuts},
		{group: groupSession, does: lang.L("Next control, previous control"), keys: "Tab, Shift+Tab"},

		{group: groupProjector, does: lang.L("Full screen on or off"), keys: "F11"},
		{group: groupProjector, does: lang.L("Leave full screen"), keys: "Esc"},
	}
}

func (sw *SessionWindow) registerShortcuts() {
	c := sw.App.Window.Canvas()
	for _, b := range sw.bindings() {
		if b.run == nil {
			continue
		}
		run := b.run
		c.AddShortcut(b.shortcut, func(fyne.Shortcut) {
			if !sw.closed {
				run()
			}
		})
	}
}

// toggleReveal shows or hides the result on the projector, when it is open.
func (sw *SessionWindow) toggleReveal() {
	sw.Projector.SetReveal(!sw.Projector.Revealed())
}

// isWindowKey reports whether a key belongs to the window wherever the
// keyboard is: F1, which Fyne delivers to the focused control only.
func isWindowKey(k *fyne.KeyEvent) bool { return k.Name == fyne.KeyF1 }

// passWindowKey hands a window key that reached a control on to the
// control's window, through the canvas's key handler (which the session
// window sets), and reports whether it did.
func passWindowKey(o fyne.CanvasObject, k *fyne.KeyEvent) bool {
	if !isWindowKey(k) {
		return false
	}
	c := fyne.CurrentApp().Driver().CanvasForObject(o)
	if c == nil || c.OnTypedKey() == nil {
		return false
	}
	c.OnTypedKey()(k)
	return true
}

// windowKey runs the session window's action for a window key, reporting
// whether k was one.
func (sw *SessionWindow) windowKey(k *fyne.KeyEvent) bool {
	for _, b := range sw.bindings() {
		if ks, ok := b.shortcut.(fyne.KeyboardShortcut); ok && b.run != nil && ks.Mod() == 0 && ks.Key() == k.Name {
			b.run()
			return true
		}
	}
	return false
}

// recordingKey is a line of the sheet for a key the values round records
// with; runes and names are the characters and keys that do it, which a
// test checks against the grid.
type recordingKey struct {
	keys  string
	does  func() string // in the reader's language
	runes string
	names []fyne.KeyName
}

// namedKeys are the response grid's keys (valuesgrid.go, gridRune and
// gridKey).
var namedKeys = []recordingKey{
	{"0–9", func() string {
		return lang.L("Record that level for the person at the cursor, then go to the next person")
	}, "0123456789", nil},
	{"C", func() string { return lang.L("The person just recorded commits") }, "cC", nil},
	{"O", func() string { return lang.L("The person just recorded commits on a condition") }, "oO", nil},
	{"X", func() string { return lang.L("The person just recorded does not commit") }, "xX", nil},
	{"N", func() string { return lang.L("Write a note for the person just recorded") }, "nN", nil},
	{"Backspace, Del", func() string { return lang.L("Clear the answer at the cursor") }, "", []fyne.KeyName{fyne.KeyBackspace, fyne.KeyDelete}},
	{"Down, Space", func() string { return lang.L("Next person") }, " ", []fyne.KeyName{fyne.KeyDown}},
	{"Up", func() string { return lang.L("Previous person") }, "", []fyne.KeyName{fyne.KeyUp}},
	{"Home, End", func() string { return lang.L("First person, last person") }, "", []fyne.KeyName{fyne.KeyHome, fyne.KeyEnd}},
	{"Right, Return, PgDn, +", func() string { return lang.L("Next value") }, "+=", []fyne.KeyName{fyne.KeyRight, fyne.KeyReturn, fyne.KeyEnter, fyne.KeyPageDown}},
	{"Left, PgUp", func() string { return lang.L("Previous value") }, "", []fyne.KeyName{fyne.KeyLeft, fyne.KeyPageUp}},
}

// handsKeys are the show of hands' keys (valuesgrid.go, tallyRune and the
// tally's onKey).
var handsKeys = []recordingKey{
	{"0–9", func() string { return lang.L("Go to the level with that number") }, "0123456789", nil},
	{"+, Space", func() string { return lang.L("One more hand at the level") }, "+= ", nil},
	{"−, Backspace, Del", func() string { return lang.L("One hand fewer at the level") }, "-_", []fyne.KeyName{fyne.KeyBackspace, fyne.KeyDelete}},
	{"Down, Up", func() string { return lang.L("Next level, previous level") }, "", []fyne.KeyName{fyne.KeyDown, fyne.KeyUp}},
	{"Home, End", func() string { return lang.L("First level, last level") }, "", []fyne.KeyName{fyne.KeyHome, fyne.KeyEnd}},
	{"Right, Return, PgDn", func() string { return lang.L("Next value") }, "", []fyne.KeyName{fyne.KeyRight, fyne.KeyReturn, fyne.KeyEnter, fyne.KeyPageDown}},
	{"Left, PgUp", func() string { return lang.L("Previous value") }, "", []fyne.KeyName{fyne.KeyLeft, fyne.KeyPageUp}},
}

// linkKeys are the keys of the belonging map's list of people while
// relationships are recorded by name (belonging.go, captureRune and
// captureKey).
var linkKeys = []recordingKey{
	{"Letters, 0–9", func() string {
		return lang.L("Find whom the person at the cursor names: the start of a name, or a number on the list")
	}, "", nil},
	{"Return", func() string { return lang.L("Link the person found; with nothing typed, go to the next person") }, "", []fyne.KeyName{fyne.KeyReturn, fyne.KeyEnter}},
	{"Backspace", func() string { return lang.L("Take back the last character typed or, with none, the last link") }, "", []fyne.KeyName{fyne.KeyBackspace}},
	{"Del", func() string { return lang.L("Remove the last link of the person at the cursor") }, "", []fyne.KeyName{fyne.KeyDelete}},
	{"Esc", func() string { return lang.L("Clear what was typed") }, "", []fyne.KeyName{fyne.KeyEscape}},
	{"Down, Up", func() string { return lang.L("Next person, previous person") }, "", []fyne.KeyName{fyne.KeyDown, fyne.KeyUp}},
	{"Home, End", func() string { return lang.L("First person, last person") }, "", []fyne.KeyName{fyne.KeyHome, fyne.KeyEnd}},
}

// placeKeys are the keys of the belonging map's list of who is on which
// level (belonging.go, placeRune and placeKey).
var placeKeys = []recordingKey{
	{"1–9", func() string { return lang.L("Put the person at the cursor on that level, then go to the next person") }, "123456789", nil},
	{"0", func() string { return lang.L("Put the person at the cursor on no level, then go to the next person") }, "0", nil},
	{"Backspace, Del", func() string { return lang.L("Take the person at the cursor off every level") }, "", []fyne.KeyName{fyne.KeyBackspace, fyne.KeyDelete}},
	{"Down, Up", func() string { return lang.L("Next person, previous person") }, "", []fyne.KeyName{fyne.KeyDown, fyne.KeyUp}},
	{"Home, End", func() string { return lang.L("First person, last person") }, "", []fyne.KeyName{fyne.KeyHome, fyne.KeyEnd}},
}

// sheetLines is the keyboard shortcuts sheet, a group heading then its
// lines of keys and what they do.
func (sw *SessionWindow) sheetLines() (groups []string, lines map[string][][2]string) {
	lines = map[string][][2]string{}
	add := func(group, keys, does string) {
		if _, ok := lines[group]; !ok {
			groups = append(groups, group)
		}
		lines[group] = append(lines[group], [2]string{keys, does})
	}
	for _, b := range sw.bindings() {
		add(b.group, b.Keys(), b.does)
	}
	for _, k := range namedKeys {
		add(lang.L("Values round: answers by name"), k.keys, k.does())
	}
	for _, k := range handsKeys {
		add(lang.L("Values round: show of hands"), k.keys, k.does())
	}
	for _, k := range linkKeys {
		add(lang.L("Belonging map: relationships by name"), keysText(k.keys), k.does())
	}
	for _, k := range placeKeys {
		add(lang.L("Belonging map: who is on which level"), k.keys, k.does())
	}
	return groups, lines
}

// keysText is a recording key's keys as the sheet writes them: key names
// stay as the keyboard prints them, a word among them is translated.
func keysText(keys string) string {
	if keys == "Letters, 0–9" {
		return lang.L("Letters, 0–9")
	}
	return keys
}

// ShowShortcuts shows the keyboard shortcuts sheet.
func (sw *SessionWindow) ShowShortcuts() {
	if sw.sheet != nil {
		return // F1 again while it shows
	}
	groups, lines := sw.sheetLines()
	keyLabel := func(text string) *widget.Label {
		l := widget.NewLabel(text)
		l.TextStyle.Monospace = true
		return l
	}
	// One width for the keys of every group, so the words line up.
	keysW := float32(0)
	for _, g := range groups {
		for _, l := range lines[g] {
			keysW = max(keysW, keyLabel(l[0]).MinSize().Width)
		}
	}
	box := container.NewVBox()
	for _, g := range groups {
		head := widget.NewLabel(g)
		head.TextStyle.Bold = true
		box.Add(head)
		for _, l := range lines[g] {
			box.Add(container.New(&columns{widths: []float32{keysW}}, keyLabel(l[0]), widget.NewLabel(l[1])))
		}
	}
	d := dialog.NewCustom(lang.L("Keyboard shortcuts"), lang.L("Close"), container.NewVScroll(box), sw.App.Window)
	d.SetOnClosed(func() { sw.sheet = nil })
	sw.sheet = d
	// As tall as the list, within the window; it scrolls on a small screen.
	win := sw.App.Window.Canvas().Size()
	d.Show()
	d.Resize(fyne.NewSize(max(min(680, win.Width-40), 320), max(min(box.MinSize().Height+120, win.Height-40), 240)))
}

// shortcutText writes a shortcut's keys as the sheet shows them: "Ctrl+T",
// "Ctrl+Shift+S", "F1".
func shortcutText(sc fyne.Shortcut) string {
	ks, ok := sc.(fyne.KeyboardShortcut)
	if !ok {
		return sc.ShortcutName()
	}
	var b strings.Builder
	mod := ks.Mod()
	if mod&fyne.KeyModifierControl != 0 {
		b.WriteString("Ctrl+")
	}
	if mod&fyne.KeyModifierSuper != 0 {
		if runtime.GOOS == "darwin" {
			b.WriteString("Cmd+")
		} else {
			b.WriteString("Super+")
		}
	}
	if mod&fyne.KeyModifierAlt != 0 {
		b.WriteString("Alt+")
	}
	if mod&fyne.KeyModifierShift != 0 {
		b.WriteString("Shift+")
	}
	switch k := ks.Key(); k {
	case fyne.KeyPageUp:
		b.WriteString("PgUp")
	case fyne.KeyPageDown:
		b.WriteString("PgDn")
	default:
		b.WriteString(string(k))
	}
	return b.String()
}
