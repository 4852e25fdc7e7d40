package safefile

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

func writeString(t *testing.T, path, content string) {
	t.Helper()
	if err := Write(path, true, func(w io.Writer) error {
		_, err := io.WriteString(w, content)
		return err
	}); err != nil {
		t.Fatal(err)
	}
}

func read(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

// A save through a symbolic link replaced the link with a plain file, so
// the file it pointed to never got the edits.
func TestWriteThroughLinksKeepsThem(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "b", "real.json")
	os.Mkdir(filepath.Dir(real), 0o755)
	os.Mkdir(filepath.Join(dir, "a"), 0o755)
	writeString(t, real, "v1")
	// a/link.json -> ../b/real.json, and top.json -> a/link.json: a chain
	// of relative links across folders.
	link := filepath.Join(dir, "a", "link.json")
	top := filepath.Join(dir, "top.json")
	if err := os.Symlink(filepath.Join("..", "b", "real.json"), link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	if err := os.Symlink(filepath.Join("a", "link.json"), top); err != nil {
		t.Fatal(err)
	}
	writeString(t, top, "v2")
	for _, l := range []string{link, top} {
		if fi, err := os.Lstat(l); err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Errorf("%s is no longer a link (%v)", l, err)
		}
	}
	if got := read(t, real); got != "v2" {
		t.Errorf("target holds %q, want v2", got)
	}
	if got := read(t, real+BackupSuffix); got != "v1" {
		t.Errorf("backup beside the target holds %q, want v1", got)
	}
	if got := names(t, filepath.Join(dir, "b")); !slices.Equal(got, []string{"real.json", "real.json.bak"}) {
		t.Errorf("target's folder holds %q", got)
	}
	if got := names(t, filepath.Join(dir, "a")); !slices.Equal(got, []string{"link.json"}) {
		t.Errorf("link's folder holds %q", got)
	}
	if got := names(t, dir); !slices.Equal(got, []string{"a", "b", "top.json"}) {
		t.Errorf("top folder holds %q", got)
	}
}

// A link to a file that does not exist yet creates that file.
func TestWriteThroughDanglingLink(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(dir, "link.json")
	if err := os.Symlink("new.json", link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	writeString(t, link, "v1")
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("link replaced (%v)", err)
	}
	if got := read(t, filepath.Join(dir, "new.json")); got != "v1" {
		t.Errorf("new.json holds %q", got)
	}
}

func TestWriteRefusesFolder(t *testing.T) {
	dir := t.TempDir()
	err := Write(dir, true, func(io.Writer) error { return nil })
	if !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), "save "+dir+": is a folder") {
		t.Errorf("got %v", err)
	}
}

// The backup could vanish: the old one was removed before the new one was
// linked, and a kill in between left none. Every step of every save must
// leave a complete backup and a complete file.
func TestBackupPresentAtEveryStep(t *testing.T) {
	for _, mode := range []string{"exchange", "link", "copy"} {
		t.Run(mode, func(t *testing.T) {
			if mode == "exchange" && runtime.GOOS != "linux" {
				t.Skip("renameat2 is Linux's")
			}
			if mode != "exchange" {
				exchangeFile = func(string, string) error { return errors.ErrUnsupported }
				defer func() { exchangeFile = exchange }()
			}
			if mode == "copy" {
				linkFile = func(string, string) error { return errors.ErrUnsupported }
				defer func() { linkFile = os.Link }()
			}
			path := filepath.Join(t.TempDir(), "s.json")
			writeString(t, path, "v1")
			writeString(t, path, "v2")
			var steps []string
			afterStep = func(step string) {
				steps = append(steps, step)
				if bak := read(t, path+BackupSuffix); bak != "v1" && bak != "v2" {
					t.Errorf("after %s: backup holds %q", step, bak)
				}
				if cur := read(t, path); cur != "v2" && cur != "v3" {
					t.Errorf("after %s: file holds %q", step, cur)
				}
			}
			defer func() { afterStep = nil }()
			writeString(t, path, "v3")
			afterStep = nil
			if read(t, path) != "v3" || read(t, path+BackupSuffix) != "v2" {
				t.Errorf("after the save: file %q, backup %q", read(t, path), read(t, path+BackupSuffix))
			}
			// The copy writes the backup through a save of its own.
			want := []string{"written", "backup linked", "backup renamed", "renamed"}
			switch mode {
			case "exchange":
				want = []string{"written", "exchanged", "backup renamed"}
			case "copy":
				want = []string{"written", "written", "renamed", "renamed"}
			}
			if !slices.Equal(steps, want) {
				t.Errorf("steps %q, want %q", steps, want)
			}
			if got := names(t, filepath.Dir(path)); len(got) != 2 {
				t.Errorf("folder holds %q", got)
			}
		})
	}
}

// Temporary files of killed saves piled up beside the session, never
// cleaned.
func TestSaveRemovesStaleTempFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "s.json")
	writeString(t, path, "v1")
	old := time.Now().Add(-2 * staleAge)
	files := map[string]time.Time{
		".s.json.scaleroom-tmp-123":         {},  // this file's, fresh: gone
		".s.json.bak.scaleroom-tmp-abc":     {},  // its backup's: gone
		".other.json.scaleroom-tmp-9":       {},  // another file's, fresh: kept
		".other.json.scaleroom-tmp-8":       old, // another file's, old: gone
		".s.json.1234.tmp":                  old, // not our pattern: kept
		"notes.scaleroom-tmp-1":             old, // not hidden: kept
		".other.json.bak.scaleroom-tmp-777": old, // gone
	}
	for name, mtime := range files {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte("partial"), 0o600)
		if !mtime.IsZero() {
			os.Chtimes(p, mtime, mtime)
		}
	}
	writeString(t, path, "v2")
	want := []string{".other.json.scaleroom-tmp-9", ".s.json.1234.tmp", "notes.scaleroom-tmp-1", "s.json", "s.json.bak"}
	if got := names(t, dir); !slices.Equal(got, want) {
		t.Errorf("folder holds\n%q\nwant\n%q", got, want)
	}
	// RemoveStale, as on opening a file, does the same.
	os.WriteFile(filepath.Join(dir, ".s.json.scaleroom-tmp-5"), nil, 0o600)
	RemoveStale(path)
	if got := names(t, dir); !slices.Equal(got, want) {
		t.Errorf("after RemoveStale the folder holds %q", got)
	}
}

// A save must not take the temporary file of a save still running in this
// process for a leftover.
func TestSaveKeepsLiveTempFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "s.json")
	writeString(t, path, "v1")
	err := Write(path, true, func(w io.Writer) error {
		io.WriteString(w, "outer")
		writeString(t, path, "inner") // a second save of the same file, meanwhile
		return nil
	})
	if err != nil {
		t.Fatalf("the first save lost its temporary file: %v", err)
	}
	if got := read(t, path); got != "outer" {
		t.Errorf("file holds %q", got)
	}
}

// Errors named the hidden temporary file instead of the user's file.
func TestErrorsNameTheUsersFile(t *testing.T) {
	dir := t.TempDir()
	gone := filepath.Join(dir, "gone", "s.json")
	err := Write(gone, true, func(io.Writer) error { return nil })
	if want := "save " + gone + ": cannot write in folder " + filepath.Join(dir, "gone") + ": "; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("missing folder: %v", err)
	}
	path := filepath.Join(dir, "s.json")
	err = Write(path, true, func(w io.Writer) error {
		w.(plainWriter).f.Close() // a write that fails, as on a full disk
		_, err := io.WriteString(w, "x")
		return err
	})
	if err == nil || err.Error() != "save "+path+": file already closed" {
		t.Errorf("failed write: %v", err)
	}
	for _, e := range []error{err} {
		if e != nil && (strings.Contains(e.Error(), tempMark) || strings.Contains(e.Error(), ".tmp")) {
			t.Errorf("names a temporary file: %v", e)
		}
	}
	if got := names(t, dir); len(got) != 0 {
		t.Errorf("failed saves left %q", got)
	}
}

// Cancelling (Ctrl+C in the command line) removes the temporary file while
// fill is still running, and the old file stays.
func TestCancelRemovesTempFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "s.pdf")
	writeString(t, path, "old")
	ctx, cancel := context.WithCancel(context.Background())
	err := WriteContext(ctx, path, false, func(w io.Writer) error {
		io.WriteString(w, "half")
		cancel()
		deadline := time.Now().Add(5 * time.Second)
		for len(names(t, dir)) > 1 && time.Now().Before(deadline) {
			time.Sleep(time.Millisecond)
		}
		if got := names(t, dir); len(got) != 1 {
			t.Errorf("while still writing, the folder holds %q", got)
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "save "+path+": interrupted") {
		t.Errorf("got %v", err)
	}
	if got := read(t, path); got != "old" {
		t.Errorf("file holds %q", got)
	}
	if got := names(t, dir); !slices.Equal(got, []string{"s.pdf"}) {
		t.Errorf("folder holds %q", got)
	}
}

// In the current folder os.CreateTemp names the file "./.s.json..." while
// the folder lists ".s.json...": both must be seen as the same live file.
func TestLiveTempFileHeldUnderEitherName(t *testing.T) {
	t.Chdir(t.TempDir())
	f, err := createTemp(".", "s.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if !strings.HasPrefix(f.Name(), "./") {
		t.Logf("CreateTemp named it %q", f.Name())
	}
	heldMu.Lock()
	live := held[filepath.Base(f.Name())] > 0
	heldMu.Unlock()
	release(f.Name())
	if !live {
		t.Errorf("%s is not held under the name the folder lists", f.Name())
	}
}
