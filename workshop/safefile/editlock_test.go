package safefile

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

func TestLockKeepsASecondEditorOff(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "team.json")
	os.WriteFile(p, []byte("{}"), 0o644)

	first, err := Acquire(p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Acquire(p); !errors.Is(err, ErrLocked) {
		t.Fatalf("second lock: %v, want ErrLocked", err)
	}
	// A link to the same file is the same file.
	link := filepath.Join(dir, "link.json")
	if err := os.Symlink(p, link); err == nil {
		if _, err := Acquire(link); !errors.Is(err, ErrLocked) {
			t.Errorf("lock through a link: %v, want ErrLocked", err)
		}
	}
	first.Release()
	first.Release() // twice is harmless
	if _, err := os.Stat(LockPath(p)); !os.IsNotExist(err) {
		t.Errorf("lock file left after release: %v", err)
	}
	again, err := Acquire(p)
	if err != nil {
		t.Fatalf("lock after release: %v", err)
	}
	again.Release()
}

// TestLockOfAKilledHolderIsFree: a Scaleroom killed with the file open
// must not keep it locked.
func TestLockOfAKilledHolderIsFree(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("SIGKILL is a unix signal")
	}
	if p := os.Getenv("SAFEFILE_HOLD_LOCK"); p != "" {
		if _, err := Acquire(p); err != nil {
			os.Exit(3)
		}
		os.Stdout.WriteString("locked\n")
		time.Sleep(time.Minute)
		os.Exit(0)
	}
	p := filepath.Join(t.TempDir(), "team.json")
	cmd := exec.Command(os.Args[0], "-test.run=^TestLockOfAKilledHolderIsFree$")
	cmd.Env = append(os.Environ(), "SAFEFILE_HOLD_LOCK="+p)
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 7)
	if _, err := io.ReadFull(out, buf); err != nil || string(buf) != "locked\n" {
		t.Fatalf("child did not take the lock: %q %v", buf, err)
	}
	if _, err := Acquire(p); !errors.Is(err, ErrLocked) {
		t.Fatalf("while the child holds it: %v, want ErrLocked", err)
	}
	cmd.Process.Kill()
	cmd.Wait()
	l, err := Acquire(p)
	if err != nil {
		t.Fatalf("after the holder was killed: %v", err)
	}
	l.Release()
}
