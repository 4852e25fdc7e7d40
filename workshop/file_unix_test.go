//go:build darwin || dragonfly || freebsd || linux || netbsd || openbsd

package workshop_test

import (
	"errors"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"scaleroom/workshop"
)

// Opening a named pipe with no writer blocked for ever: the app's window
// stayed blank. It must be refused at once, naming the file.
func TestLoadRefusesNamedPipeWithoutBlocking(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "team.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	loads := map[string]func() error{
		"LoadFile":         func() error { _, err := workshop.LoadFile(fifo); return err },
		"LoadTemplateFile": func() error { _, err := workshop.LoadTemplateFile(fifo); return err },
		"CheckRegular":     func() error { return workshop.CheckRegular(fifo) },
	}
	for name, load := range loads {
		done := make(chan error, 1)
		go func() { done <- load() }()
		select {
		case err := <-done:
			want := "open " + fifo + ": is a named pipe (FIFO), not a regular file"
			if !errors.Is(err, workshop.ErrNotRegular) || err.Error() != want {
				t.Errorf("%s: %v\nwant %s", name, err, want)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%s blocked on a named pipe", name)
		}
	}
	// A user template folder with a pipe in it lists the rest.
	if _, problems := (workshop.Library{Dir: filepath.Dir(fifo)}).List(); len(problems) != 1 ||
		!strings.Contains(problems[0].Error(), "named pipe") {
		t.Errorf("library problems %v", problems)
	}
}
