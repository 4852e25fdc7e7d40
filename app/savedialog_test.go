package app

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
)

// Saving over an existing file through the real save dialog: Fyne truncated
// the file before handing over the writer, so the previous version was gone
// before Scaleroom wrote anything. Now the file stays as it was until
// Scaleroom itself replaces it.
func TestSaveDialogLeavesAnExistingFileAlone(t *testing.T) {
	a := test.NewTempApp(t)
	dir := t.TempDir()
	a.Preferences().SetString("fyne:fileDialogLastFolder", storage.NewFileURI(dir).String())
	old := filepath.Join(dir, "workshop.json")
	if err := os.WriteFile(old, []byte(`{"the":"previous version"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	w := a.NewWindow("save")
	w.Resize(fyne.NewSize(1000, 700))
	w.Show()
	var got []string
	showFileSaveDialog(w, "workshop.json", ".json", "Save", "Could not save", func(p string) { got = append(got, p) })
	test.Tap(overlayButton(t, w, "Save"))
	test.Tap(overlayButton(t, w, "Yes")) // "Overwrite?"
	if len(got) != 1 || got[0] != old {
		t.Fatalf("the dialog gave %q, want [%q]", got, old)
	}
	if b, _ := os.ReadFile(old); string(b) != `{"the":"previous version"}` {
		t.Errorf("the chosen file holds %q before anything was saved; the previous version is gone", b)
	}
	// A new name leaves no empty file behind either: the file appears when
	// Scaleroom writes it.
	showFileSaveDialog(w, "new.json", ".json", "Save", "Could not save", func(p string) { got = append(got, p) })
	test.Tap(overlayButton(t, w, "Save"))
	if len(got) != 2 || got[1] != filepath.Join(dir, "new.json") {
		t.Fatalf("the dialog gave %q", got)
	}
	if _, err := os.Stat(got[1]); !os.IsNotExist(err) {
		t.Errorf("new.json exists before anything was saved (err %v)", err)
	}
}

// A writer from the wrapped repository still writes when asked to.
func TestLazyWriterWrites(t *testing.T) {
	test.NewTempApp(t)
	keepFilesUntilWritten()
	p := filepath.Join(t.TempDir(), "out.txt")
	os.WriteFile(p, []byte("old content"), 0o644)
	w, err := storage.Writer(storage.NewFileURI(p))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write([]byte("new")); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) != "new" {
		t.Errorf("file holds %q, want %q", b, "new")
	}
}

// The open dialog opens the chosen file before handing it over; through
// the wrapper that costs nothing until a read, so a named pipe chosen in
// the dialog no longer freezes the window, and a real file still reads.
func TestLazyReaderOpensOnRead(t *testing.T) {
	test.NewTempApp(t)
	keepFilesUntilWritten()
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.json")
	if err := mkfifo(fifo); err == nil {
		r, err := storage.Reader(storage.NewFileURI(fifo)) // blocked before
		if err != nil {
			t.Fatal(err)
		}
		if r.URI().Path() != fifo || r.Close() != nil {
			t.Errorf("reader for the pipe: %v", r.URI())
		}
	}
	p := filepath.Join(dir, "in.txt")
	os.WriteFile(p, []byte("content"), 0o644)
	r, err := storage.Reader(storage.NewFileURI(p))
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if b, err := io.ReadAll(r); err != nil || string(b) != "content" {
		t.Errorf("read %q, %v", b, err)
	}
}
