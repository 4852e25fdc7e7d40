//go:build darwin || dragonfly || freebsd || linux || netbsd || openbsd

package safefile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// within fails the test if f has not returned after a few seconds: the
// defect is a hang, so the test must not hang with it.
func within(t *testing.T, what string, f func() error) error {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- f() }()
	select {
	case err := <-done:
		return err
	case <-time.After(5 * time.Second):
		t.Fatalf("%s: still blocked after 5 s", what)
		return nil
	}
}

func TestNamedPipeRefusedWithoutBlocking(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "s.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	err := within(t, "Open", func() error {
		f, err := Open(fifo)
		if err == nil {
			f.Close()
		}
		return err
	})
	want := "open " + fifo + ": is a named pipe (FIFO), not a regular file"
	if !errors.Is(err, ErrNotRegular) || err == nil || err.Error() != want {
		t.Errorf("Open: %v\nwant %s", err, want)
	}
	if err := CheckRegular(fifo); err == nil || err.Error() != want {
		t.Errorf("CheckRegular: %v", err)
	}
	err = within(t, "Write", func() error { return Write(fifo, true, func(io.Writer) error { return nil }) })
	if !errors.Is(err, ErrNotRegular) || !strings.HasPrefix(err.Error(), "save "+fifo+": is a named pipe") {
		t.Errorf("Write: %v", err)
	}
	// A device, through a link.
	link := filepath.Join(t.TempDir(), "null.json")
	os.Symlink(os.DevNull, link)
	if err := CheckRegular(link); !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), "is a device") {
		t.Errorf("device: %v", err)
	}
}

func TestOpenReadsRegularFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.json")
	os.WriteFile(path, []byte("hello"), 0o644)
	f, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if data, err := io.ReadAll(f); err != nil || string(data) != "hello" {
		t.Errorf("read %q, %v", data, err)
	}
	if err := CheckRegular(filepath.Join(t.TempDir(), "missing.json")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing: %v", err)
	}
}

// A temporary file that another process holds open and locked is a save in
// progress, not a leftover, even when it is for the same file.
func TestSaveKeepsAnotherProcesssTempFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "s.json")
	writeString(t, path, "v1")
	live := filepath.Join(dir, ".s.json.scaleroom-tmp-live")
	f, err := os.Create(live)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// A second open file description locks like another process would.
	lockTemp(f)
	writeString(t, path, "v2")
	if got := names(t, dir); !slices.Equal(got, []string{".s.json.scaleroom-tmp-live", "s.json", "s.json.bak"}) {
		t.Errorf("folder holds %q", got)
	}
	f.Close()
	writeString(t, path, "v3")
	if got := names(t, dir); !slices.Equal(got, []string{"s.json", "s.json.bak"}) {
		t.Errorf("once unlocked, folder holds %q", got)
	}
}
