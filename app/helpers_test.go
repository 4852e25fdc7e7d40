package app

import (
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"scaleroom/workshop"
)

// uiQueue stands in for the UI goroutine: the test goroutine drains what
// other goroutines hand it, as the real event loop would.
type uiQueue chan func()

func (q uiQueue) Do(f func()) { q <- f }

// runUntil runs queued UI work until cond holds or the deadline passes.
// cond is also checked every few milliseconds: some conditions (the
// writer has read the file) come true with no UI work queued, and a
// machine under load can run the writer only after the first check.
func (q uiQueue) runUntil(t testing.TB, cond func() bool) {
	t.Helper()
	deadline := time.After(10 * time.Second)
	poll := time.NewTicker(5 * time.Millisecond)
	defer poll.Stop()
	for !cond() {
		select {
		case f := <-q:
			f()
		case <-poll.C:
		case <-deadline:
			t.Fatal("timed out waiting for the UI queue")
		}
	}
}

type guiFixture struct {
	s        *Scaleroom
	dir      string
	ui       uiQueue
	picked   []string // paths the fake file dialog will return, in order
	askedFor []bool   // save (true) or open (false) for each dialog shown
}

// newGUI starts Scaleroom on the test driver with temporary folders for
// templates, recovery copies and session files.
func newGUI(t testing.TB) *guiFixture {
	t.Helper()
	a := test.NewTempApp(t)
	dir := t.TempDir()
	f := &guiFixture{dir: dir, ui: make(uiQueue, 64)}
	f.s = New(a, workshop.Library{Dir: filepath.Join(dir, "templates")}, filepath.Join(dir, "recovery"))
	f.s.AutosaveDelay = time.Hour // tests trigger autosave themselves
	f.s.AutosaveCeiling = time.Hour
	f.s.Now = func() time.Time { return time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC) }
	f.s.Do = f.ui.Do
	f.s.pickFile = func(save bool, suggested string, done func(string)) {
		f.askedFor = append(f.askedFor, save)
		if len(f.picked) == 0 {
			done("")
			return
		}
		p := f.picked[0]
		f.picked = f.picked[1:]
		done(p)
	}
	f.s.Window.Resize(fyne.NewSize(1200, 780))
	f.s.Window.Show()
	f.s.Begin("")
	t.Cleanup(func() {
		if f.s.Session != nil {
			f.s.Session.close()
		}
	})
	return f
}

func (f *guiFixture) path(name string) string { return filepath.Join(f.dir, name) }

// openSaved writes sess to path, opens it as a facilitator would, and
// waits until the writer has read the file it will guard.
func (f *guiFixture) openSaved(t testing.TB, path string, sess *workshop.Session) *SessionWindow {
	t.Helper()
	if err := workshop.SaveFile(path, sess); err != nil {
		t.Fatal(err)
	}
	if !f.s.OpenFile(path) {
		t.Fatalf("could not open %s", path)
	}
	sw := f.s.Session
	f.ui.runUntil(t, func() bool { return sw.saver.KnowsDisk() })
	return sw
}

// settle runs the UI work the writer hands back until no explicit save is
// under way: saves happen off the UI goroutine, as in the app.
func (f *guiFixture) settle(t testing.TB) {
	t.Helper()
	f.ui.runUntil(t, func() bool { return f.s.Session == nil || !f.s.Session.saver.Busy() })
}

// overlayButton finds a button with that text in the top dialog.
func overlayButton(t testing.TB, w fyne.Window, text string) *widget.Button {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no dialog is showing; wanted a %q button", text)
	}
	var found *widget.Button
	walk(top, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && b.Visible() {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("the dialog has no %q button", text)
	}
	return found
}

// dialogText gathers the labels of the top dialog.
func dialogText(w fyne.Window) string {
	top := w.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	s := ""
	walk(top, func(o fyne.CanvasObject) {
		switch l := o.(type) {
		case *widget.Label:
			s += l.Text + "\n"
		case *widget.RichText:
			s += l.String() + "\n"
		}
	})
	return s
}

func walk(o fyne.CanvasObject, f func(fyne.CanvasObject)) {
	f(o)
	switch c := o.(type) {
	case *fyne.Container:
		for _, ch := range c.Objects {
			walk(ch, f)
		}
	case fyne.Widget:
		r := test.WidgetRenderer(c)
		for _, ch := range r.Objects() {
			walk(ch, f)
		}
	}
}

// press sends keys to whatever has the keyboard focus, as the desktop
// driver does: runes as typed, and names in braces as keys ("{Right}").
func press(t testing.TB, w fyne.Window, keys ...string) {
	t.Helper()
	for _, k := range keys {
		f := w.Canvas().Focused()
		if f == nil {
			t.Fatalf("nothing has the keyboard focus for %q", k)
		}
		if len(k) > 2 && k[0] == '{' && k[len(k)-1] == '}' {
			f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyName(k[1 : len(k)-1])})
			continue
		}
		for _, r := range k {
			f.TypedRune(r)
		}
	}
}

// menuItem finds a main menu item by its label.
func menuItem(t testing.TB, w fyne.Window, label string) *fyne.MenuItem {
	t.Helper()
	for _, m := range w.MainMenu().Items {
		for _, it := range m.Items {
			if it.Label == label {
				return it
			}
		}
	}
	t.Fatalf("no menu item %q", label)
	return nil
}

func templateIndex(t testing.TB, h *Home, id string) int {
	t.Helper()
	for i, tpl := range h.Templates {
		if tpl.ID == id {
			return i
		}
	}
	t.Fatalf("no template %q", id)
	return -1
}

// shortcuts reaches the canvas's own shortcut handler. Fyne 2.8's test
// canvas wraps the software one in an interface that hides TypedShortcut,
// so the wrapped value is taken out by its (exported) field name.
func shortcuts(t *testing.T, c fyne.Canvas) fyne.Shortcutable {
	t.Helper()
	if sc, ok := c.(fyne.Shortcutable); ok {
		return sc
	}
	v := reflect.ValueOf(c)
	if v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	if f := v.FieldByName("WindowlessCanvas"); f.IsValid() {
		if sc, ok := f.Interface().(fyne.Shortcutable); ok {
			return sc
		}
	}
	t.Fatalf("%T handles no shortcuts", c)
	return nil
}

// withExamples fills every step of a session started from a built-in
// template with the template's example rows, as "Fill with examples" does,
// for tests written against the examples.
func withExamples(s *workshop.Session) *workshop.Session {
	s.FillAllExamples()
	return s
}
