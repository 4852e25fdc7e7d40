package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"scaleroom/workshop"
	"scaleroom/workshop/safefile"
	"scaleroom/workshop/store"
	"scaleroom/workshop/workshoptest"
)

// TestAutosaveWritesDuringSteadyTyping types faster than the quiet wait for
// longer than the ceiling, with real timers: the file must be written
// while the typing goes on, not only once it stops.
func TestAutosaveWritesDuringSteadyTyping(t *testing.T) {
	f := newGUI(t)
	sw := startValues(t, f)
	p := f.path("steady.json")
	f.picked = []string{p}
	sw.Save(nil)
	f.settle(t)
	sw.saver.SetSchedule(50*time.Millisecond, 150*time.Millisecond)
	sw.GoToPage("details")
	d := sw.CurrentScreen().(*DetailsScreen)
	start := time.Now()
	typed := ""
	for time.Since(start) < 900*time.Millisecond {
		test.Type(d.Notes, "x") // a key every 10 ms: the quiet wait never passes
		typed += "x"
		time.Sleep(10 * time.Millisecond)
		for len(f.ui) > 0 {
			(<-f.ui)()
		}
	}
	got, err := workshop.LoadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	// 900 ms of typing with a 150 ms ceiling: what is on disk was typed
	// at most a few ceilings ago, allowing for a slow CI disk.
	if len(got.Notes) < len(typed)/3 {
		t.Errorf("during typing the file held %d of %d keys", len(got.Notes), len(typed))
	}
}

// TestSaveDoesNotBlockTyping: an explicit save waits on a slow disk while
// the facilitator goes on typing; the UI goroutine (this test's) never
// waits for the disk.
func TestSaveDoesNotBlockTyping(t *testing.T) {
	f := newGUI(t)
	release := make(chan struct{})
	var mu sync.Mutex
	writes := 0
	f.s.writeFile = func(path string, data []byte, backup bool) error {
		<-release // a disk that does not answer until the test says so
		mu.Lock()
		writes++
		mu.Unlock()
		return store.WriteSafely(path, data, backup)
	}
	sw := startValues(t, f)
	p := f.path("slow.json")
	f.picked = []string{p}
	sw.Save(nil)
	if sw.Status.Text != "Saving slow.json…" {
		t.Errorf("status while the disk is slow: %q", sw.Status.Text)
	}
	sw.GoToPage("details")
	d := sw.CurrentScreen().(*DetailsScreen)
	for range 200 {
		test.Type(d.Notes, "é")
	}
	if got := len([]rune(sw.Editor.Session.Notes)); got != 200 {
		t.Fatalf("%d of 200 keys reached the session while saving", got)
	}
	close(release)
	f.settle(t)
	if sw.Path() != p || !strings.HasPrefix(sw.Status.Text, "Saved at") {
		t.Fatalf("after the disk answered: path %q status %q", sw.Path(), sw.Status.Text)
	}
	// The notes typed during the save are still to be written: the
	// session stays dirty until the next write.
	if !sw.Dirty() {
		t.Error("typing during the save was counted as saved")
	}
	sw.saver.AutosaveNow()
	f.ui.runUntil(t, func() bool { return !sw.Dirty() })
	if got, _ := workshop.LoadFile(p); len([]rune(got.Notes)) != 200 {
		t.Errorf("file has %d of 200 keys", len([]rune(got.Notes)))
	}
}

// TestRunningTimerIsSaved: the step clock is part of the session. Save
// writes the time counted so far; closing writes the rest.
func TestRunningTimerIsSaved(t *testing.T) {
	f := newGUI(t)
	now := time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)
	f.s.Now = func() time.Time { return now }
	sw := startValues(t, f)
	p := f.path("timed.json")
	f.picked = []string{p}
	sw.Save(nil)
	f.settle(t)
	sw.GoToStep("s2")
	sw.Timer.Start("s2")
	now = now.Add(25 * time.Second)
	menuItem(t, f.s.Window, "Save").Action()
	f.settle(t)
	if got, _ := workshop.LoadFile(p); got.Step("s2").UsedSeconds != 25 {
		t.Fatalf("saved used_seconds = %d, want 25", got.Step("s2").UsedSeconds)
	}
	now = now.Add(10 * time.Second)
	closed := false
	f.s.leave(func() { closed = true; f.s.ShowHome() })
	f.ui.runUntil(t, func() bool { return closed })
	if got, _ := workshop.LoadFile(p); got.Step("s2").UsedSeconds != 35 {
		t.Errorf("used_seconds after closing = %d, want 35", got.Step("s2").UsedSeconds)
	}
}

// TestTimerAloneIsAutosaved: with nothing else changing, a running clock
// still reaches the disk within the autosave bound.
func TestTimerAloneIsAutosaved(t *testing.T) {
	f := newGUI(t)
	now := time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)
	f.s.Now = func() time.Time { return now }
	sw := startValues(t, f)
	p := f.path("timed.json")
	f.picked = []string{p}
	sw.Save(nil)
	f.settle(t)
	sw.Timer.Start("s2")
	now = now.Add(flushEvery)
	sw.Timer.Tick() // the ticker's second
	if !sw.Dirty() {
		t.Fatal("a running timer did not mark the session for autosave")
	}
	sw.saver.AutosaveNow()
	f.ui.runUntil(t, func() bool { return !sw.Dirty() })
	if got, _ := workshop.LoadFile(p); got.Step("s2").UsedSeconds != int(flushEvery/time.Second) {
		t.Errorf("used_seconds on disk = %d", got.Step("s2").UsedSeconds)
	}
}

// TestSecondWindowOpensACopy: two Scaleroom windows on one file would
// overwrite each other; the second is offered a copy instead.
func TestSecondWindowOpensACopy(t *testing.T) {
	f := newGUI(t)
	p := f.path("team.json")
	sess := workshoptest.Session(workshoptest.Typical)
	if err := workshop.SaveFile(p, sess); err != nil {
		t.Fatal(err)
	}
	if !f.s.OpenFile(p) || f.s.Session.Path() != p {
		t.Fatal("first window did not open the file")
	}
	other := New(test.NewTempApp(t), f.s.Library, filepath.Join(f.dir, "recovery2"))
	other.Do = f.ui.Do
	other.Window.Show()
	other.Begin("")
	other.OpenFile(p)
	if msg := dialogText(other.Window); !strings.Contains(msg, "team.json is open in another Scaleroom window") {
		t.Fatalf("second window says: %q", msg)
	}
	test.Tap(overlayButton(t, other.Window, "Open a copy"))
	cp := other.Session
	if cp == nil || cp.Path() != "" || cp.Editor.Session.Title != sess.Title {
		t.Fatalf("second window: %+v", cp)
	}
	if !strings.Contains(other.Window.Title(), "(not saved yet)") {
		t.Errorf("copy's title %q", other.Window.Title())
	}
	// Save As onto the file that is open elsewhere is refused too.
	other.pickFile = func(_ bool, _ string, done func(string)) { done(p) }
	cp.SaveAs(nil)
	if msg := dialogText(other.Window); !strings.Contains(msg, "team.json is open in another Scaleroom window") {
		t.Errorf("Save As onto the open file: %q", msg)
	}
	cp.close()
	// Once the first window lets go, the file opens normally.
	f.s.ShowHome()
	if _, err := safefile.Acquire(p); err != nil {
		t.Errorf("lock kept after closing: %v", err)
	}
}

// TestFileChangedOnDiskIsNotOverwritten: another program writes the file
// under an open session; the next autosave must notice, write nothing to
// the file, keep the work in a recovery copy and ask.
func TestFileChangedOnDiskIsNotOverwritten(t *testing.T) {
	for _, choice := range []string{"Keep mine as a copy", "Reload team.json"} {
		t.Run(choice, func(t *testing.T) {
			f := newGUI(t)
			p := f.path("team.json")
			sess := workshoptest.Session(workshoptest.Typical)
			sess.Location = "Lisbon"
			sw := f.openSaved(t, p, sess)

			theirs := sess.Clone()
			theirs.Location = "Changed by a sync folder"
			if err := workshop.SaveFile(p, theirs); err != nil {
				t.Fatal(err)
			}
			sw.GoToPage("details")
			sw.CurrentScreen().(*DetailsScreen).Location.SetText("Mine")
			sw.saver.AutosaveNow()
			w := f.s.Window
			f.ui.runUntil(t, func() bool { return sw.saver.Conflict() })
			if got, _ := workshop.LoadFile(p); got.Location != "Changed by a sync folder" {
				t.Fatalf("the other program's change was overwritten: %q", got.Location)
			}
			if msg := dialogText(w); !strings.Contains(msg, "Another program changed team.json") {
				t.Fatalf("no question: %q", msg)
			}
			if recs := f.s.Recoveries(); len(recs) != 1 || recs[0].Session.Location != "Mine" {
				t.Fatalf("recovery copies: %+v", recs)
			}
			if !strings.Contains(w.Title(), "(changed on disk)") {
				t.Errorf("title %q", w.Title())
			}
			test.Tap(overlayButton(t, w, choice))
			f.settle(t)
			if got, _ := workshop.LoadFile(p); got.Location != "Changed by a sync folder" {
				t.Errorf("file after %q: %q", choice, got.Location)
			}
			now := f.s.Session
			switch choice {
			case "Keep mine as a copy":
				cp := f.path("team (my copy).json")
				if now.Path() != cp {
					t.Fatalf("session now at %q, want %q", now.Path(), cp)
				}
				if got, err := workshop.LoadFile(cp); err != nil || got.Location != "Mine" {
					t.Errorf("copy: %v %+v", err, got)
				}
			default:
				if now == sw || now.Path() != p || now.Editor.Session.Location != "Changed by a sync folder" {
					t.Errorf("after reload: path %q location %q", now.Path(), now.Editor.Session.Location)
				}
				if _, err := safefile.Acquire(p); !errors.Is(err, safefile.ErrLocked) {
					t.Errorf("reloaded file not locked: %v", err)
				}
			}
		})
	}
}

// TestTouchedFileIsNotAConflict: a file whose time changed but whose
// content did not (a backup tool, touch) is written as usual.
func TestTouchedFileIsNotAConflict(t *testing.T) {
	f := newGUI(t)
	p := f.path("team.json")
	sw := f.openSaved(t, p, workshoptest.Session(workshoptest.Typical))
	later := time.Now().Add(time.Hour)
	os.Chtimes(p, later, later)
	sw.GoToPage("details")
	sw.CurrentScreen().(*DetailsScreen).Location.SetText("Porto")
	sw.saver.AutosaveNow()
	f.ui.runUntil(t, func() bool { return !sw.Dirty() || sw.saver.Conflict() })
	if sw.saver.Conflict() {
		t.Fatal("a touched file was taken for a changed one")
	}
	if got, _ := workshop.LoadFile(p); got.Location != "Porto" {
		t.Errorf("file: %q", got.Location)
	}
}

// TestRecentListSaysWhyAFileCannotOpen: a recent file replaced by a
// folder or a pipe is marked on the home screen, not only a missing one.
func TestRecentListSaysWhyAFileCannotOpen(t *testing.T) {
	f := newGUI(t)
	ok, gone, dir, fifo := f.path("ok.json"), f.path("gone.json"), f.path("dir.json"), f.path("fifo.json")
	workshop.SaveFile(ok, workshoptest.Session(workshoptest.Typical))
	os.Mkdir(dir, 0o755)
	paths := []string{ok, gone, dir}
	want := []string{"", "File not found", "Now a folder, not a file"}
	if err := mkfifo(fifo); err == nil {
		paths = append(paths, fifo)
		want = append(want, "Not a regular file")
	}
	for i := len(paths) - 1; i >= 0; i-- {
		f.s.addRecent(paths[i])
	}
	f.s.ShowHome()
	h := f.s.Home
	for i, p := range paths {
		if h.recent[i] != p || h.unavailable[i] != want[i] {
			t.Errorf("recent %s: %q, want %q", filepath.Base(h.recent[i]), h.unavailable[i], want[i])
		}
	}
}

// TestOddFilesAreRefusedAtOnce: a folder or a named pipe where a session
// should be gets a clear message, and a pipe never hangs the window.
func TestOddFilesAreRefusedAtOnce(t *testing.T) {
	f := newGUI(t)
	dir := f.path("folder.json")
	os.Mkdir(dir, 0o755)
	cases := map[string]string{dir: "Could not open folder.json: it is a folder, not a session file."}
	fifo := f.path("pipe.json")
	if mkfifo(fifo) == nil {
		cases[fifo] = "Could not open pipe.json: it is a named pipe (FIFO), not a session file."
	}
	for p, want := range cases {
		if f.s.OpenFile(p) { // a pipe that blocked would hang the test here
			t.Errorf("%s opened", filepath.Base(p))
		}
		if msg := dialogText(f.s.Window); !strings.Contains(msg, want) {
			t.Errorf("%s: dialog says %q, want %q", filepath.Base(p), msg, want)
		}
	}
}

// TestSaveThroughALinkKeepsTheLink: a session opened through a symbolic
// link is saved to the link's target, and the link stays a link.
func TestSaveThroughALinkKeepsTheLink(t *testing.T) {
	f := newGUI(t)
	target := f.path("real.json")
	link := f.path("link.json")
	workshop.SaveFile(target, workshoptest.Session(workshoptest.Typical))
	if err := os.Symlink(target, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	f.s.OpenFile(link)
	sw := f.s.Session
	sw.GoToPage("details")
	sw.CurrentScreen().(*DetailsScreen).Location.SetText("Through the link")
	menuItem(t, f.s.Window, "Save").Action()
	f.settle(t)
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("link.json is no longer a link: %v %v", fi.Mode(), err)
	}
	if got, _ := workshop.LoadFile(target); got.Location != "Through the link" {
		t.Errorf("the target holds %q", got.Location)
	}
	// The lock is the target's: the file is open whichever name is used.
	if _, err := safefile.Acquire(target); !errors.Is(err, safefile.ErrLocked) {
		t.Errorf("target not locked while open through the link: %v", err)
	}
}

// TestChangeKeepingSizeAndTimeIsNoticed: a sync tool that keeps the file's
// size and time (rsync -t) still changed it.
func TestChangeKeepingSizeAndTimeIsNoticed(t *testing.T) {
	f := newGUI(t)
	p := f.path("team.json")
	sess := workshoptest.Session(workshoptest.Typical)
	sess.Location = "lisbon"
	sw := f.openSaved(t, p, sess)
	fi, _ := os.Stat(p)
	b, _ := os.ReadFile(p)
	os.WriteFile(p, []byte(strings.Replace(string(b), `"lisbon"`, `"LISBON"`, 1)), 0o644)
	os.Chtimes(p, fi.ModTime(), fi.ModTime())
	sw.GoToPage("details")
	sw.CurrentScreen().(*DetailsScreen).Organisation.SetText("Mine")
	sw.saver.AutosaveNow()
	f.ui.runUntil(t, func() bool { return sw.saver.Conflict() || !sw.Dirty() })
	if !sw.saver.Conflict() {
		t.Fatal("a change that kept size and time was overwritten")
	}
	if got, _ := workshop.LoadFile(p); got.Location != "LISBON" {
		t.Errorf("file: %q", got.Location)
	}
}

// TestFailedReloadAsksAgain: a reload of a file another program broke
// says why and leaves the conflict question up, rather than going on
// silently with saves that only reach the recovery copy.
func TestFailedReloadAsksAgain(t *testing.T) {
	f := newGUI(t)
	p := f.path("team.json")
	sw := f.openSaved(t, p, workshoptest.Session(workshoptest.Typical))
	os.WriteFile(p, []byte(`{"kind":"session","version":1,"title":`), 0o644)
	sw.GoToPage("details")
	sw.CurrentScreen().(*DetailsScreen).Location.SetText("Mine")
	sw.saver.AutosaveNow()
	w := f.s.Window
	f.ui.runUntil(t, func() bool { return sw.saver.Conflict() })
	test.Tap(overlayButton(t, w, "Reload team.json"))
	if msg := dialogText(w); !strings.Contains(msg, "Could not reload team.json") || !strings.Contains(msg, "Your version is safe in a recovery copy") {
		t.Fatalf("after a failed reload: %q", msg)
	}
	test.Tap(overlayButton(t, w, "OK"))
	if msg := dialogText(w); !strings.Contains(msg, "Another program changed team.json") {
		t.Fatalf("the conflict question is gone: %q", msg)
	}
	test.Tap(overlayButton(t, w, "Keep mine as a copy"))
	f.settle(t)
	if got, err := workshop.LoadFile(f.path("team (my copy).json")); err != nil || got.Location != "Mine" {
		t.Errorf("copy: %v %+v", err, got)
	}
}

// TestCancelledOpenLeavesTheFileFree: opening a file while an unsaved
// session asks first, and Cancel there must not keep the file locked.
func TestCancelledOpenLeavesTheFileFree(t *testing.T) {
	f := newGUI(t)
	p := f.path("team.json")
	workshop.SaveFile(p, workshoptest.Session(workshoptest.Typical))
	startValues(t, f) // never saved, with changes: leaving asks
	f.s.OpenFile(p)
	test.Tap(overlayButton(t, f.s.Window, "Cancel"))
	l, err := safefile.Acquire(p)
	if err != nil {
		t.Fatalf("team.json stayed locked after the open was cancelled: %v", err)
	}
	l.Release()
}

// TestClosingWaitsForASaveAs: putting a session away while its Save As is
// still writing waits for it, and leaves no lock behind.
func TestClosingWaitsForASaveAs(t *testing.T) {
	f := newGUI(t)
	release := make(chan struct{})
	f.s.writeFile = func(path string, data []byte, backup bool) error {
		if filepath.Base(path) == "b.json" {
			<-release
		}
		return store.WriteSafely(path, data, backup)
	}
	a := f.path("a.json")
	workshop.SaveFile(a, workshoptest.Session(workshoptest.Typical))
	f.s.OpenFile(a)
	sw := f.s.Session
	f.picked = []string{f.path("b.json")}
	sw.SaveAs(nil)
	closed := false
	f.s.leave(func() { closed = true; f.s.ShowHome() })
	for range 20 {
		if len(f.ui) > 0 {
			(<-f.ui)()
		}
		time.Sleep(time.Millisecond)
	}
	if closed {
		t.Fatal("the session went away while its Save As was still writing")
	}
	close(release)
	f.ui.runUntil(t, func() bool { return closed })
	for _, p := range []string{a, f.path("b.json")} {
		if l, err := safefile.Acquire(p); err != nil {
			t.Errorf("%s locked after closing: %v", filepath.Base(p), err)
		} else {
			l.Release()
		}
	}
	if _, err := workshop.LoadFile(f.path("b.json")); err != nil {
		t.Errorf("b.json: %v", err)
	}
}

// TestKeysOnAnotherPageRecordNothing: after the round, keys typed on the
// summary must not go on recording levels in the round, off screen.
func TestKeysOnAnotherPageRecordNothing(t *testing.T) {
	f := newGUI(t)
	sw := startValues(t, f)
	sw.GoToStep("s2")
	press(t, f.s.Window, "4")
	before := encoded(t, sw.Editor.Session)
	sw.GoToPage("summary")
	c := f.s.Window.Canvas()
	if c.Focused() != nil {
		c.Focused().TypedRune('3')
	} else if h := c.OnTypedRune(); h != nil {
		h('3')
	}
	if got := encoded(t, sw.Editor.Session); got != before {
		t.Error("a key typed on the summary changed the round")
	}
}

// TestRevertNoticesAChangeOnDisk: reverting writes the version opened over
// the file, unless another program changed the file meanwhile.
func TestRevertNoticesAChangeOnDisk(t *testing.T) {
	f := newGUI(t)
	p := f.path("team.json")
	sess := workshoptest.Session(workshoptest.Typical)
	sess.Location = "Lisbon"
	sw := f.openSaved(t, p, sess)
	theirs := sess.Clone()
	theirs.Location = "Changed by a sync folder"
	workshop.SaveFile(p, theirs)
	sw.Revert()
	f.ui.runUntil(t, func() bool { return f.s.Session != sw && !f.s.Session.saver.Busy() })
	if got, _ := workshop.LoadFile(p); got.Location != "Changed by a sync folder" {
		t.Errorf("revert overwrote another program's change: %q", got.Location)
	}
	if !f.s.Session.saver.Conflict() {
		t.Error("the reverted session does not know the file changed")
	}
}
