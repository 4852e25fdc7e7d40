package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"scaleroom/workshop"
)

// Undo and redo. Every screen changes the session through Editor.Apply or
// Editor.Type, which record each edit in the window's workshop.History;
// Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y), and the Edit menu, walk it back
// and forth on any screen. The history lives as long as the window shows
// this session: it is not saved, and a session opened again (or reverted,
// which opens it again) starts with none.
//
// Text fields: Fyne's Entry keeps an undo of its own text. In the fields
// of a screen, which change the session as they are typed in, that would
// be a second history beside the session's, and it restarts whenever a
// screen shows the session again; so there, Ctrl+Z is the session's undo
// (the Edit menu, which carries the shortcut, takes it before the field
// does). Typing into one field is one step (Editor.Type), so Ctrl+Z in a
// field first takes back what was typed there, as the field's own undo
// would, and then goes on to earlier edits. In a dialog, what is typed is
// not in the session until the dialog is confirmed, and the session's
// changes are hidden behind it: there, undo and redo are the field's own,
// and the session's wait until the dialog closes. Ctrl+Y is a second redo
// key, which a menu item cannot carry: it works wherever a screen field
// does not have the keyboard (Fyne gives the field first go at it).

var (
	scUndo = &fyne.ShortcutUndo{}
	scRedo = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	// scRedoY is Ctrl+Y, the redo key of Windows.
	scRedoY = &fyne.ShortcutRedo{}
)

// editMenu builds the Edit menu, whose items say what they would undo and
// redo (see showHistory).
func (sw *SessionWindow) editMenu() *fyne.Menu {
	sw.undoItem = fyne.NewMenuItem(lang.L("Undo"), sw.Undo)
	sw.undoItem.Shortcut = scUndo
	sw.redoItem = fyne.NewMenuItem(lang.L("Redo"), sw.Redo)
	sw.redoItem.Shortcut = scRedo
	labelHistory(sw.undoItem, sw.redoItem, sw.Editor)
	return fyne.NewMenu(lang.X("menu.edit", "Edit"), sw.undoItem, sw.redoItem)
}

// labelHistory names the steps undo and redo would take, and disables
// them when there is none; it reports whether anything changed.
func labelHistory(undo, redo *fyne.MenuItem, ed *Editor) bool {
	h := ed.history()
	u, canUndo := h.UndoLabel()
	r, canRedo := h.RedoLabel()
	a := setMenuItem(undo, lang.L("Undo"), lang.L("Undo %s"), u, canUndo)
	b := setMenuItem(redo, lang.L("Redo"), lang.L("Redo %s"), r, canRedo)
	return a || b
}

// setMenuItem labels an undo or redo item: verb alone when there is
// nothing to take, else format with what it would take.
func setMenuItem(it *fyne.MenuItem, verb, format, what string, on bool) bool {
	label := verb
	if on {
		label = fmt.Sprintf(format, what)
	}
	if it.Label == label && it.Disabled == !on {
		return false
	}
	it.Label, it.Disabled = label, !on
	return true
}

// showHistory brings the Edit menu up to date after an edit, an undo or a
// redo. The menu is set again only when an item's words changed: typing
// on in one field, the common case, leaves them as they are.
func (sw *SessionWindow) showHistory() {
	if sw.undoItem == nil || sw.closed || !labelHistory(sw.undoItem, sw.redoItem, sw.Editor) {
		return
	}
	if m := sw.App.Window.MainMenu(); m != nil {
		sw.App.Window.SetMainMenu(m)
	}
}

// Undo takes back the last edit to the session, on whatever screen it was
// made, and shows the session as it now is.
func (sw *SessionWindow) Undo() { sw.walk(true) }

// Redo makes again the edit last undone.
func (sw *SessionWindow) Redo() { sw.walk(false) }

func (sw *SessionWindow) walk(back bool) {
	if sw.closed {
		return
	}
	if c := sw.App.Window.Canvas(); c.Overlays().Top() != nil {
		if e := entryOf(c.Focused()); e != nil {
			if back {
				e.Undo()
			} else {
				e.Redo()
			}
		}
		return
	}
	h := sw.Editor.history()
	sw.Editor.typingIn = nil
	kinds := stepKinds(sw.Editor.Session)
	var label string
	var ok bool
	var err error
	if back {
		label, ok, err = h.Undo(sw.Editor.Session)
	} else {
		label, ok, err = h.Redo(sw.Editor.Session)
	}
	switch {
	case err != nil:
		// Only a change made around the history can cause this; it has
		// been cleared, and the session is what the screens now show.
		showProblem(sw.App.Window, lang.L("Could not undo"), sentence(err.Error())+
			lang.L("\n\nThe list of changes to undo has been cleared; the session is as you see it."))
		sw.Changed()
		sw.reshow(kinds)
	case !ok && back:
		sw.showNotice(lang.L("Nothing to undo"))
	case !ok:
		sw.showNotice(lang.L("Nothing to redo"))
	default:
		// The autosave hears of it as of any other edit.
		sw.Changed()
		sw.reshow(kinds)
		if back {
			sw.showNotice(fmt.Sprintf(lang.L("Undone: %s"), label))
		} else {
			sw.showNotice(fmt.Sprintf(lang.L("Redone: %s"), label))
		}
	}
	sw.showHistory()
}

// stepKinds maps each step to its kind.
func stepKinds(s *workshop.Session) map[string]workshop.StepKind {
	m := make(map[string]workshop.StepKind, len(s.Steps))
	for _, st := range s.Steps {
		m[st.ID] = st.Kind
	}
	return m
}

// reshow shows the session as an undo or redo left it. An agenda edit
// taken back may bring a step back, take one away or change its kind
// (kinds were the steps' kinds before): a step's screen goes with its
// step or its old kind, and a screen whose step went gives way to the
// entry now in its place.
func (sw *SessionWindow) reshow(kinds map[string]workshop.StepKind) {
	now := stepKinds(sw.Editor.Session)
	for id, k := range kinds {
		if now[id] != k {
			delete(sw.screens, navEntry{stepID: id}.key())
		}
	}
	if e := sw.entries[sw.current]; e.page == nil && now[e.stepID] != kinds[e.stepID] {
		sw.rebuildEntries()
		sw.Go(min(sw.current, len(sw.entries)-1))
		return
	}
	sw.Refresh()
}

// entryOf is the text field a focused widget is, if it is one.
func entryOf(f fyne.Focusable) *widget.Entry {
	switch e := f.(type) {
	case *widget.Entry:
		return e
	case *widget.SelectEntry:
		return &e.Entry
	case *TextArea:
		return &e.Entry
	}
	return nil
}

// showNotice puts a sentence about an edit in the navigation bar, in place
// of the screen's own line, until the next edit clears it.
func (sw *SessionWindow) showNotice(msg string) {
	if sw.closed {
		return
	}
	setLabel(sw.Notice, msg)
	on, off := fyne.CanvasObject(sw.Notice), fyne.CanvasObject(sw.footer)
	if msg == "" {
		on, off = off, on
	}
	if off.Visible() {
		off.Hide()
	}
	if !on.Visible() {
		on.Show()
	}
}

// quoted is a name as edit labels and notices show it: in quotes, cut
// short so a 2,000-character name does not fill the menu; unnamed is what
// to say when it has no name yet.
func quoted(name, unnamed string) string {
	if name == "" {
		return unnamed
	}
	return fmt.Sprintf(lang.L("“%s”"), truncate(name, fitsRunes(40)))
}

// inQuotes is a name in the reader's quotation marks, whole: "Ana" in
// English, „Ana“ in German, « Ana » in French.
func inQuotes(name string) string {
	return fmt.Sprintf(lang.L("\"%s\""), name)
}

// removedNotice says what a delete removed and that undo brings it back.
func removedNotice(what string, many bool) string {
	if many {
		return fmt.Sprintf(lang.L("Removed %s · Ctrl+Z brings them back"), what)
	}
	return fmt.Sprintf(lang.L("Removed %s · Ctrl+Z brings it back"), what)
}
