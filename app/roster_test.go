package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"scaleroom/workshop"
)

func TestRosterAddRenameReorder(t *testing.T) {
	f := newGUI(t)
	sw := startValues(t, f) // Ana, Ben, Chloé
	w := f.s.Window
	sw.GoToStep("s2")
	press(t, w, "7", "6", "c")
	sw.GoToPage("participants")
	r := sw.CurrentScreen().(*RosterScreen)
	if w.Canvas().Focused() != r.AddEntry {
		t.Errorf("the name field should have the keyboard, focus on %T", w.Canvas().Focused())
	}
	test.Type(r.AddEntry, "  Dário ")
	r.AddEntry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	test.Type(r.AddEntry, "Ana")
	test.Tap(r.AddButton)
	if r.Result.Text != `"Ana" is already in the room.` || len(sw.Editor.Session.Participants) != 4 {
		t.Errorf("result %q, %d people", r.Result.Text, len(sw.Editor.Session.Participants))
	}

	r.AskEdit("p2")
	if !strings.Contains(dialogText(w), "Edit Ben") {
		t.Fatalf("dialog %q", dialogText(w))
	}
	entry := w.Canvas().Focused().(*widget.Entry)
	entry.TypedShortcut(&fyne.ShortcutSelectAll{})
	test.Type(entry, "Benjamin")
	test.Tap(overlayButton(t, w, "Save"))
	if p := sw.Editor.Session.Participant("p2"); p == nil || p.Name != "Benjamin" {
		t.Fatalf("p2 = %+v", p)
	}
	if sw.Editor.Session.Step("s2").Values.Values[0].Response("p2").Commitment != workshop.Commits {
		t.Error("Ben's response did not follow the new name")
	}

	r.Move(3, 0) // Dário to the top
	got := []string{}
	for _, p := range sw.Editor.Session.Participants {
		got = append(got, p.Name)
	}
	if strings.Join(got, ",") != "Dário,Ana,Benjamin,Chloé" {
		t.Errorf("order %v", got)
	}
	if sw.Sidebar.Length() < 3 || !strings.Contains(sidebarText(sw, 1), "4 people") {
		t.Errorf("sidebar says %q", sidebarText(sw, 1))
	}
}

func sidebarText(sw *SessionWindow, i int) string {
	o := sw.Sidebar.CreateItem()
	sw.Sidebar.UpdateItem(i, o)
	s := ""
	walk(o, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			s += l.Text + "\n"
		}
	})
	return s
}

func TestShortcutsAndTitle(t *testing.T) {
	f := newGUI(t)
	w := f.s.Window
	sc := shortcuts(t, w.Canvas())
	mod := fyne.KeyModifierShortcutDefault
	// Ctrl+N on the home screen starts the selected (default) template.
	sc.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: mod})
	sw := f.s.Session
	if sw == nil || sw.Editor.Session.Template != "half-day-scaling" {
		t.Fatalf("Ctrl+N on home did not start the default template")
	}
	f.picked = []string{f.path("one")}
	sc.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: mod})
	f.settle(t)
	if sw.Path() != f.path("one.scaleroom") || w.Title() != "How we scale: a half-day workshop — Scaleroom" {
		t.Fatalf("after Ctrl+S: path %q title %q", sw.Path(), w.Title())
	}
	f.picked = []string{f.path("two.json")}
	sc.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: mod | fyne.KeyModifierShift})
	f.settle(t)
	if sw.Path() != f.path("two.json") || len(f.askedFor) != 2 || !f.askedFor[1] {
		t.Fatalf("after Ctrl+Shift+S: path %q, dialogs %v", sw.Path(), f.askedFor)
	}
	// Putting away a session with changes not yet in its file writes them
	// first, without a question: the file is autosaved anyway.
	sw.GoToPage("details")
	test.Type(sw.CurrentScreen().(*DetailsScreen).Organisation, "Northwind")
	if !sw.Dirty() || w.Title() != "How we scale: a half-day workshop — Scaleroom" {
		t.Errorf("dirty %v title %q", sw.Dirty(), w.Title())
	}
	f.picked = []string{f.path("bad.json")}
	sc.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: mod})
	if f.s.Session != sw {
		t.Fatal("a missing file replaced the session")
	}
	test.Tap(overlayButton(t, w, "OK"))
	sc.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: mod})
	if top := w.Canvas().Overlays().Top(); top != nil {
		t.Fatalf("a question on leaving an autosaved session: %q", dialogText(w))
	}
	f.settle(t)
	if f.s.Home == nil {
		t.Fatal("Ctrl+N in a session should go back to the templates")
	}
	got, err := workshop.LoadFile(f.path("two.json"))
	if err != nil || got.Organisation != "Northwind" {
		t.Fatalf("file after leaving: %v %+v", err, got)
	}
	if recent := f.s.Recent(); len(recent) != 2 || recent[0] != f.path("two.json") {
		t.Errorf("recent %v", recent)
	}
}

// TestRosterNamesLineUp: names start at the same place in rows 1 and 10,
// however wide the number in front of them.
func TestRosterNamesLineUp(t *testing.T) {
	f := newGUI(t)
	sw := startValues(t, f)
	for i := range 9 {
		sw.Editor.Session.AddParticipant(strings.Repeat("x", i+1))
	}
	sw.GoToPage("participants")
	r := sw.CurrentScreen().(*RosterScreen)
	nameX := func(id int) float32 {
		o := r.List.CreateItem()
		r.List.UpdateItem(id, o)
		o.Resize(fyne.NewSize(700, o.MinSize().Height))
		return o.(*fyne.Container).Objects[0].Position().X
	}
	if a, b := nameX(0), nameX(9); a != b {
		t.Errorf("name of row 1 at x=%v, of row 10 at x=%v", a, b)
	}
}

// TestCapitalise: the first letter goes upper case whatever its script; a
// letter of two or more bytes is not cut in half.
func TestSentence(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"über den Berg", "Über den Berg."},
		{"élément refusé.", "Élément refusé."},
	} {
		if got := sentence(c.in); got != c.want {
			t.Errorf("sentence(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
