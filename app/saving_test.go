package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"scaleroom/workshop"
	"scaleroom/workshop/safefile"
	"scaleroom/workshop/store"
	"scaleroom/workshop/workshoptest"
)

// startValues opens a new session from the values template with three people.
func startValues(t testing.TB, f *guiFixture) *SessionWindow {
	t.Helper()
	h := f.s.Home
	h.TemplateList.Select(templateIndex(t, h, "values-60"))
	test.Tap(h.StartButton)
	sw := f.s.Session
	sw.GoToPage("participants")
	r := sw.CurrentScreen().(*RosterScreen)
	r.PasteEntry.SetText("Ana\nBen\nChloé")
	test.Tap(r.PasteButton)
	test.Tap(overlayButton(t, f.s.Window, "Add 3"))
	return sw
}

func TestOpenCorruptFileLeavesSessionAlone(t *testing.T) {
	f := newGUI(t)
	sw := startValues(t, f)
	before := sw.Editor.Session.Clone()
	bad := f.path("team.json")
	os.WriteFile(bad, []byte("{\n  \"kind\": \"session\",\n  \"version\": 1,\n  \"title\": \"x\" \"y\"\n}\n"), 0o644)

	f.picked = []string{bad}
	menuItem(t, f.s.Window, "Open…").Action()

	if f.s.Session != sw {
		t.Fatal("a failed open replaced the open session")
	}
	if got, want := encoded(t, sw.Editor.Session), encoded(t, before); got != want {
		t.Errorf("session changed by a failed open")
	}
	msg := dialogText(f.s.Window)
	if !strings.Contains(msg, "Could not open team.json: The file is damaged or is not a session file.") ||
		!strings.Contains(msg, "Line 4, column 17") {
		t.Errorf("dialog says:\n%s", msg)
	}
	test.Tap(overlayButton(t, f.s.Window, "OK"))
	if f.s.Window.Canvas().Overlays().Top() != nil {
		t.Error("the dialog did not close")
	}
}

func TestOpenWrongKindAndMissing(t *testing.T) {
	f := newGUI(t)
	tpl := f.path("tpl.json")
	os.WriteFile(tpl, []byte(`{"kind":"template","version":1}`), 0o644)
	if f.s.OpenFile(tpl) {
		t.Fatal("a template opened as a session")
	}
	if msg := dialogText(f.s.Window); !strings.Contains(msg, "This is not a Scaleroom session") || !strings.Contains(msg, "This is a template file, expected a session") {
		t.Errorf("dialog says:\n%s", msg)
	}
	if f.s.Home == nil {
		t.Error("home screen should stay")
	}
	f.s.OpenFile(f.path("gone.json"))
	if msg := dialogText(f.s.Window); !strings.Contains(msg, "gone.json is no longer at") {
		t.Errorf("dialog says:\n%s", msg)
	}
}

func encoded(t testing.TB, s *workshop.Session) string {
	var b strings.Builder
	if err := workshop.Encode(&b, s); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestCancelDialogs(t *testing.T) {
	f := newGUI(t)
	sw := startValues(t, f)
	w := f.s.Window

	// Closing a never-saved session asks; Cancel keeps it open.
	closed := false
	f.s.leave(func() { closed = true })
	if !strings.Contains(dialogText(w), "has never been saved to a file") {
		t.Fatalf("no save question; dialog: %q", dialogText(w))
	}
	test.Tap(overlayButton(t, w, "Cancel"))
	if closed || f.s.Session != sw {
		t.Fatal("Cancel did not keep the session")
	}

	// Save… then cancelling the file dialog also keeps it.
	f.s.leave(func() { closed = true })
	test.Tap(overlayButton(t, w, "Save…"))
	if closed || f.s.Session != sw || sw.Path() != "" {
		t.Fatal("a cancelled file dialog closed or saved the session")
	}

	// The real file dialogs: Cancel passes a nil reader or writer.
	f.s.pickFile = nil
	menuItem(t, w, "Open…").Action()
	test.Tap(overlayButton(t, w, "Cancel"))
	menuItem(t, w, "Save As…").Action()
	test.Tap(overlayButton(t, w, "Cancel"))
	if f.s.Session != sw || sw.Path() != "" || !sw.Dirty() {
		t.Fatalf("after cancelled dialogs: path %q dirty %v", sw.Path(), sw.Dirty())
	}

	// Removing someone who answered no longer asks: undo brings them and
	// their response back. (Closing an unsaved session still asks: undo
	// cannot bring back a session put away.)
	sw.GoToStep("s2")
	press(t, w, "4")
	sw.GoToPage("participants")
	r := sw.CurrentScreen().(*RosterScreen)
	r.Remove("p1")
	if w.Canvas().Overlays().Top() != nil {
		t.Fatalf("removing Ana asked: %q", dialogText(w))
	}
	if sw.Editor.Session.Participant("p1") != nil || sw.Editor.Session.ResponseCount("p1") != 0 {
		t.Fatal("Ana and her response should be gone")
	}
	if sw.Notice.Text != "Removed “Ana” and 1 response · Ctrl+Z brings them back" {
		t.Errorf("notice %q", sw.Notice.Text)
	}
	shortcuts(t, w.Canvas()).TypedShortcut(&fyne.ShortcutUndo{})
	if sw.Editor.Session.Participant("p1") == nil || sw.Editor.Session.ResponseCount("p1") != 1 {
		t.Fatal("Ctrl+Z did not bring Ana and her response back")
	}
	r.Remove("p1")
	r.Remove("p2")
	if w.Canvas().Overlays().Top() != nil || len(sw.Editor.Session.Participants) != 1 {
		t.Fatal("removing people should not ask")
	}

	// Don't save discards and goes home.
	f.s.leave(func() { closed = true })
	test.Tap(overlayButton(t, w, "Don't save"))
	if !closed {
		t.Fatal("Don't save did not continue")
	}
}

func TestFailedSaveKeepsWork(t *testing.T) {
	f := newGUI(t)
	sw := startValues(t, f)
	f.picked = []string{filepath.Join(f.dir, "no-such-folder", "team.json")}
	sw.Save(nil)
	if msg := dialogText(f.s.Window); !strings.Contains(msg, "Could not save team.json: its folder") || !strings.Contains(msg, "nothing was lost") {
		t.Errorf("dialog says:\n%s", msg)
	}
	if sw.Path() != "" || !sw.Dirty() || len(sw.Editor.Session.Participants) != 3 {
		t.Errorf("after a failed save: path %q dirty %v", sw.Path(), sw.Dirty())
	}
	if !strings.Contains(f.s.Window.Title(), "(not saved yet)") {
		t.Errorf("title = %q", f.s.Window.Title())
	}
}

func TestSaveKeepsBackupAndClearsDirty(t *testing.T) {
	f := newGUI(t)
	sw := startValues(t, f)
	p := f.path("team.json")
	f.picked = []string{p}
	sw.Save(nil)
	f.settle(t)
	sw.GoToPage("details")
	d := sw.CurrentScreen().(*DetailsScreen)
	test.Type(d.Location, "Lisbon")
	if !sw.Dirty() || f.s.Window.Title() != "Values: disagree and commit — Scaleroom" {
		t.Fatalf("dirty %v, title after typing: %q", sw.Dirty(), f.s.Window.Title())
	}
	menuItem(t, f.s.Window, "Save").Action()
	if sw.Status.Text != "Saving team.json…" {
		t.Errorf("status while the writer works: %q", sw.Status.Text)
	}
	f.settle(t)
	if sw.Dirty() || f.s.Window.Title() != "Values: disagree and commit — Scaleroom" {
		t.Fatalf("title after save: %q", f.s.Window.Title())
	}
	if sw.Status.Text != "Saved at 09:30 · team.json" { // the time first: the toolbar cuts the end
		t.Errorf("status %q", sw.Status.Text)
	}
	got, err := workshop.LoadFile(p)
	if err != nil || got.Location != "Lisbon" {
		t.Fatalf("file: %v, %+v", err, got)
	}
	old, err := workshop.LoadFile(p + ".bak")
	if err != nil || old.Location != "" {
		t.Fatalf("backup should be the first save: %v, %q", err, old.Location)
	}
}

func TestSaveAsTemplateAppearsOnHome(t *testing.T) {
	f := newGUI(t)
	sw := startValues(t, f)
	sw.GoToStep("s2")
	press(t, f.s.Window, "1", "2")
	sw.saveTemplate("Values for sales", "Our three values, for the sales team")
	f.s.leave(func() {})
	test.Tap(overlayButton(t, f.s.Window, "Don't save"))
	f.s.ShowHome()
	var found *workshop.Template
	for _, tpl := range f.s.Home.Templates {
		if tpl.Name == "Values for sales" {
			found = tpl
		}
	}
	if found == nil || found.Builtin || found.Description != "Our three values, for the sales team" {
		t.Fatalf("user template not listed: %+v", found)
	}
	if len(found.Session.Participants) != 0 || len(found.Session.Step("s2").Values.Values[0].Responses) != 0 {
		t.Error("a template must not carry people or responses")
	}
	f.s.Home.TemplateList.Select(templateIndex(t, f.s.Home, found.ID))
	test.Tap(f.s.Home.StartButton)
	if f.s.Session.Editor.Session.Template != found.ID {
		t.Errorf("started from %q", f.s.Session.Editor.Session.Template)
	}
}

func TestRecoveryOfferedOnStart(t *testing.T) {
	f := newGUI(t)
	sw := startValues(t, f)
	sw.saver.AutosaveNow()
	f.ui.runUntil(t, func() bool { return sw.Status.Text == "Not saved yet · recovery copy at 09:30" })
	files, _ := filepath.Glob(filepath.Join(f.s.RecoveryDir, "*.json"))
	if len(files) != 1 {
		t.Fatalf("recovery files: %v", files)
	}
	// A crash: nothing closes the session. The next start finds the copy.
	next := New(test.NewTempApp(t), f.s.Library, f.s.RecoveryDir)
	next.Do = f.ui.Do
	next.Window.Show()
	next.Begin("")
	if !strings.Contains(dialogText(next.Window), "It was never saved to a file.") {
		t.Fatalf("no recovery offer: %q", dialogText(next.Window))
	}
	test.Tap(overlayButton(t, next.Window, "Recover"))
	got := next.Session
	if got == nil || len(got.Editor.Session.Participants) != 3 || !got.Dirty() || got.Path() != "" {
		t.Fatalf("recovered session: %+v", got)
	}
	// Saving it retires the recovery copy.
	next.pickFile = func(_ bool, _ string, done func(string)) { done(f.path("recovered.json")) }
	got.Save(nil)
	f.ui.runUntil(t, func() bool { return !got.saver.Busy() })
	if files, _ := filepath.Glob(filepath.Join(f.s.RecoveryDir, "*.json")); len(files) != 0 {
		t.Errorf("recovery copy left after saving: %v", files)
	}
	got.close()
	sw.close()
}

func TestStaleRecoveryIsDropped(t *testing.T) {
	f := newGUI(t)
	sw := startValues(t, f)
	gone := filepath.Join(f.dir, "moved")
	os.Mkdir(gone, 0o755)
	p := filepath.Join(gone, "team.json")
	f.picked = []string{p}
	sw.Save(nil)
	f.settle(t)
	// Autosave to the file fails (its folder is gone), so a copy is kept.
	sw.GoToPage("details")
	test.Type(sw.CurrentScreen().(*DetailsScreen).Location, "Porto")
	os.RemoveAll(gone)
	sw.saver.AutosaveNow()
	f.ui.runUntil(t, func() bool { return strings.HasPrefix(sw.Status.Text, "Autosave failed") })
	if msg := dialogText(f.s.Window); !strings.Contains(msg, "Could not save team.json: its folder") || !strings.Contains(msg, "recovery copy") {
		t.Errorf("autosave failure dialog:\n%s", msg)
	}
	recs := f.s.Recoveries()
	if len(recs) != 1 || recs[0].Origin != p || recs[0].Session.Location != "Porto" {
		t.Fatalf("recoveries: %+v", recs)
	}
	// The file comes back, newer than the copy: the copy is stale.
	os.MkdirAll(gone, 0o755)
	if err := workshop.SaveFile(p, sw.Editor.Session); err != nil {
		t.Fatal(err)
	}
	future := time.Now().Add(time.Minute)
	os.Chtimes(p, future, future)
	if recs := f.s.Recoveries(); len(recs) != 0 {
		t.Errorf("stale copy offered: %+v", recs)
	}
}

func TestRecentFileMissing(t *testing.T) {
	f := newGUI(t)
	gone := f.path("old.json")
	f.s.addRecent(gone)
	f.s.ShowHome()
	f.s.Home.RecentList.Select(0)
	if msg := dialogText(f.s.Window); !strings.Contains(msg, "old.json is no longer at") {
		t.Fatalf("dialog: %q", msg)
	}
	test.Tap(overlayButton(t, f.s.Window, "Yes"))
	if len(f.s.Recent()) != 0 {
		t.Errorf("recent = %v", f.s.Recent())
	}
}

func TestWithSessionExt(t *testing.T) {
	for in, want := range map[string]string{
		"/a/team":           "/a/team.scaleroom",
		"/a/team.json":      "/a/team.json",
		"/a/team.JSON":      "/a/team.JSON",
		"/a/team.scaleroom": "/a/team.scaleroom",
		"/a/team.ScaleRoom": "/a/team.ScaleRoom",
		"/a/team.v2":        "/a/team.v2.scaleroom",
	} {
		if got := withSessionExt(in); got != want {
			t.Errorf("withSessionExt(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestStatusWrapsWithinToolbar: a long save status wraps onto a second small
// line instead of vanishing behind an ellipsis, and the toolbar keeps its
// height.
func TestStatusWrapsWithinToolbar(t *testing.T) {
	f := newGUI(t)
	sw := startValues(t, f)
	h := sw.Toolbar.MinSize().Height
	sw.Status.SetText("Recovered · save to keep this version")
	if sw.Status.Wrapping != fyne.TextWrapWord || sw.Toolbar.MinSize().Height != h {
		t.Errorf("wrapping %v, toolbar %v high, was %v", sw.Status.Wrapping, sw.Toolbar.MinSize().Height, h)
	}
}

// TestRecoveryPutOffSurvivesEditingItsFile: "Not now" must not lose the
// copy when the facilitator then opens the same file and edits it, nor when
// that file ends up newer than the copy.
func TestRecoveryPutOffSurvivesEditingItsFile(t *testing.T) {
	f := newGUI(t)
	p := f.path("team.json")
	saved := &workshop.Session{Title: "As saved"}
	if err := workshop.SaveFile(p, saved); err != nil {
		t.Fatal(err)
	}
	if !f.s.OpenFile(p) {
		t.Fatal("could not open the session")
	}
	sw := f.s.Session
	unsaved := sw.Editor.Session.Clone()
	unsaved.Title = "Work from the crash"
	// What a crash leaves: the recovery copy of the file, and its origin.
	data, origin := store.RecoveryPaths(f.s.RecoveryDir, sw.saver.RecoveryID())
	os.MkdirAll(f.s.RecoveryDir, 0o700)
	if err := workshop.SaveFile(data, unsaved); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(origin, []byte(absPath(p)), 0o600)
	sw.close()
	f.s.Session = nil
	later := time.Now().Add(time.Hour)
	copies, _ := filepath.Glob(filepath.Join(f.s.RecoveryDir, "*.json"))
	for _, c := range copies {
		os.Chtimes(c, later, later)
	}

	next := New(test.NewTempApp(t), f.s.Library, f.s.RecoveryDir)
	next.Do = f.ui.Do
	next.AutosaveDelay = time.Hour
	next.Window.Show()
	next.Begin("")
	if !strings.Contains(dialogText(next.Window), "Work from the crash") {
		t.Fatalf("no recovery offer: %q", dialogText(next.Window))
	}
	test.Tap(overlayButton(t, next.Window, "Not now"))

	// The facilitator opens the file itself and edits it; autosave writes it.
	if !next.OpenFile(p) {
		t.Fatal("could not open the session again")
	}
	edit := next.Session
	edit.GoToPage("details")
	test.Type(edit.CurrentScreen().(*DetailsScreen).Location, "Porto")
	edit.saver.AutosaveNow()
	f.ui.runUntil(t, func() bool { return !edit.Dirty() })
	edit.close()
	evenLater := later.Add(time.Hour)
	os.Chtimes(p, evenLater, evenLater)

	recs := next.Recoveries()
	if len(recs) != 1 || recs[0].Session.Title != "Work from the crash" || recs[0].Origin != absPath(p) {
		t.Fatalf("the copy put off was lost: %+v", recs)
	}
	// Discard ends it for good.
	next.Begin("")
	test.Tap(overlayButton(t, next.Window, "Discard"))
	if recs := next.Recoveries(); len(recs) != 0 {
		t.Errorf("discarded copy still offered: %+v", recs)
	}
}

// TestClosingWritesTheLatestChanges: a session with a file is autosaved,
// so putting it away asks nothing; it writes what autosave had not yet
// written, then goes. What the facilitator was offered is what happens.
func TestClosingWritesTheLatestChanges(t *testing.T) {
	f := newGUI(t)
	sw := startValues(t, f)
	p := f.path("team.json")
	f.picked = []string{p}
	sw.Save(nil)
	f.settle(t)
	w := f.s.Window
	sw.GoToPage("details")
	test.Type(sw.CurrentScreen().(*DetailsScreen).Location, "Porto")

	closed := false
	f.s.leave(func() { closed = true; f.s.ShowHome() })
	if w.Canvas().Overlays().Top() != nil {
		t.Fatalf("asked on closing an autosaved session: %q", dialogText(w))
	}
	f.ui.runUntil(t, func() bool { return closed })
	if got, err := workshop.LoadFile(p); err != nil || got.Location != "Porto" {
		t.Errorf("file after closing: %v %+v", err, got)
	}
}

// TestRevertBringsBackTheVersionOpened: File > Revert is how an autosaved
// session's changes are thrown away; the version replaced stays in .bak.
func TestRevertBringsBackTheVersionOpened(t *testing.T) {
	f := newGUI(t)
	p := f.path("team.json")
	sess := workshoptest.Session(workshoptest.Typical)
	sess.Location = "Lisbon"
	if err := workshop.SaveFile(p, sess); err != nil {
		t.Fatal(err)
	}
	f.s.OpenFile(p)
	sw := f.s.Session
	w := f.s.Window
	sw.GoToPage("details")
	sw.CurrentScreen().(*DetailsScreen).Location.SetText("Lisbon and Porto")
	sw.saver.AutosaveNow()
	f.ui.runUntil(t, func() bool { return !sw.Dirty() })
	if got, _ := workshop.LoadFile(p); got.Location != "Lisbon and Porto" {
		t.Fatalf("autosave wrote %q", got.Location)
	}

	menuItem(t, w, "Revert to version opened…").Action()
	if msg := dialogText(w); !strings.Contains(msg, "Bring team.json back to the version opened at 09:30?") ||
		!strings.Contains(msg, "kept beside it as team (before revert).json") {
		t.Fatalf("revert question: %q", msg)
	}
	test.Tap(overlayButton(t, w, "Yes"))
	f.ui.runUntil(t, func() bool {
		return f.s.Session != sw && strings.HasPrefix(f.s.Session.Status.Text, "Reverted")
	})
	if got := f.s.Session.Editor.Session.Location; got != "Lisbon" {
		t.Errorf("on screen after revert: %q", got)
	}
	if got, err := workshop.LoadFile(p); err != nil || got.Location != "Lisbon" {
		t.Errorf("file after revert: %v %+v", err, got)
	}
	if kept, err := workshop.LoadFile(f.path("team (before revert).json")); err != nil || kept.Location != "Lisbon and Porto" {
		t.Errorf("the replaced version: %v %+v", err, kept)
	}
	// .bak is the file as first opened, however many saves came since.
	if bak, err := workshop.LoadFile(p + ".bak"); err != nil || bak.Location != "Lisbon" {
		t.Errorf(".bak after revert: %v %+v", err, bak)
	}
	nsw := f.s.Session
	nsw.GoToPage("details")
	nsw.CurrentScreen().(*DetailsScreen).Location.SetText("Lisbon again")
	nsw.saver.AutosaveNow()
	f.ui.runUntil(t, func() bool { return !nsw.Dirty() })
	if bak, _ := workshop.LoadFile(p + ".bak"); bak.Location != "Lisbon" {
		t.Errorf(".bak after another autosave: %q, want the version opened", bak.Location)
	}
	// The lock went to the reverted session with the file.
	if _, err := safefile.Acquire(p); !errors.Is(err, safefile.ErrLocked) {
		t.Errorf("file not locked after revert: %v", err)
	}
}

// TestDontSaveLeavesNoRecoveryCopy: an autosave already asked for must not
// write a recovery copy after the facilitator chose Don't save, or the work
// they threw away is offered again on the next start.
func TestDontSaveLeavesNoRecoveryCopy(t *testing.T) {
	f := newGUI(t)
	sw := startValues(t, f)
	sw.saver.AutosaveNow() // queued for the writer, maybe not written yet
	f.s.leave(f.s.ShowHome)
	test.Tap(overlayButton(t, f.s.Window, "Don't save"))
	if f.s.Session != nil {
		t.Fatal("Don't save did not put the session away")
	}
	// close() has waited for the writer, so nothing more can be written.
	if files, _ := filepath.Glob(filepath.Join(f.s.RecoveryDir, "*.json")); len(files) != 0 {
		t.Errorf("recovery copy kept after Don't save: %v", files)
	}
}
