//go:build darwin || dragonfly || freebsd || linux || netbsd || openbsd

package cli

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"scaleroom/workshop"
	"scaleroom/workshop/workshoptest"
)

// A named pipe hung validate and export: opening it waits for a writer.
func TestNamedPipeRefusedWithoutBlocking(t *testing.T) {
	dir := t.TempDir()
	in := writeSession(t, dir)
	fifo := filepath.Join(dir, "pipe.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	cases := []struct {
		name   string
		args   []string
		stderr string
	}{
		{"validate", []string{"validate", fifo}, fifo + ": open " + fifo + ": is a named pipe (FIFO), not a regular file"},
		{"export", []string{"export", fifo, "-o", filepath.Join(dir, "x.pdf")}, "open " + fifo + ": is a named pipe"},
		{"export -o", []string{"export", in, "-o", fifo}, "cannot write the PDF to " + fifo + ": is a named pipe"},
		{"new --force -o", []string{"new", "--force", "--template", "values-60", "-o", fifo}, "cannot write " + fifo + ": is a named pipe"},
	}
	for _, c := range cases {
		done := make(chan run, 1)
		go func() { done <- runCLI(t, workshop.Library{}, c.args...) }()
		select {
		case r := <-done:
			if r.code != ExitInvalid || !strings.Contains(r.stderr, c.stderr) {
				t.Errorf("%s: code %d, stderr %q; want %d and %q", c.name, r.code, r.stderr, ExitInvalid, c.stderr)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%s blocked on a named pipe", c.name)
		}
	}
}

// Ctrl+C during an export left a hidden temporary file beside the PDF.
// The command runs as a child process and gets a real SIGINT while it is
// writing (its temporary file exists); it must remove the file and exit
// with ExitInterrupted.
func TestInterruptedExportLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "big.json")
	// Large enough that rendering takes a while (about a second).
	size := workshoptest.Large
	size.LoadItems, size.Initiatives = 3000, 600
	if err := workshop.SaveFile(in, workshoptest.Session(size)); err != nil {
		t.Fatal(err)
	}
	outDir := filepath.Join(dir, "out")
	os.Mkdir(outDir, 0o755)
	out := filepath.Join(outDir, "big.pdf")
	// The export may finish before the signal lands on a fast machine; a
	// few tries make the test sure of catching it mid-write.
	for try := 1; try <= 5; try++ {
		cmd := exec.Command(os.Args[0], "export", in, "-o", out)
		cmd.Env = append(os.Environ(), childEnv+"=1")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		if !waitForTemp(outDir, 20*time.Second) {
			cmd.Process.Kill()
			t.Fatalf("no temporary file appeared; stderr %q", stderr.String())
		}
		cmd.Process.Signal(os.Interrupt)
		err := waitTimeout(cmd, 20*time.Second)
		if err == nil {
			t.Logf("try %d: the export finished before the signal", try)
			os.Remove(out)
			continue
		}
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != ExitInterrupted {
			t.Fatalf("exit: %v; want code %d; stderr %q", err, ExitInterrupted, stderr.String())
		}
		if want := "scaleroom export: save " + out + ": interrupted\n"; stderr.String() != want {
			t.Errorf("stderr %q, want %q", stderr.String(), want)
		}
		if entries, _ := os.ReadDir(outDir); len(entries) != 0 {
			t.Errorf("the interrupted export left %v", entries)
		}
		return
	}
	t.Fatal("every export finished before the signal")
}

func waitForTemp(dir string, limit time.Duration) bool {
	for end := time.Now().Add(limit); time.Now().Before(end); time.Sleep(time.Millisecond) {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if strings.Contains(e.Name(), ".scaleroom-tmp-") {
				return true
			}
		}
	}
	return false
}

func waitTimeout(cmd *exec.Cmd, limit time.Duration) error {
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		return err
	case <-time.After(limit):
		cmd.Process.Kill()
		return errors.New("did not exit after the signal")
	}
}
