package safefile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// ErrLocked says another program (another Scaleroom window or instance)
// holds the file open for writing.
var ErrLocked = errors.New("open in another Scaleroom window")

// Lock marks a file as being edited, so a second editor of the same file
// can tell and keep off it. It is advisory: only programs that ask for the
// lock see it. The operating system drops it when the holder exits, so a
// crashed instance never leaves a file locked.
type Lock struct {
	f    *os.File
	path string // the lock file
}

// LockPath is the lock file for path: hidden, beside the file a symbolic
// link points to, so two links to one file share a lock.
func LockPath(path string) string {
	target := path
	if t, err := filepath.EvalSymlinks(path); err == nil {
		target = t
	}
	if a, err := filepath.Abs(target); err == nil {
		target = a
	}
	dir, base := filepath.Split(target)
	return filepath.Join(dir, "."+base+".lock")
}

// Acquire takes the lock for path without waiting. It returns an error
// wrapping ErrLocked when someone else holds it.
func Acquire(path string) (*Lock, error) {
	lp := LockPath(path)
	// A holder that releases the lock removes its file; one who opened the
	// file just before that holds a lock on a name nobody else sees any
	// more. Checking that the name still leads to the locked file, and
	// trying again when it does not, closes that gap.
	for range 5 {
		f, err := os.OpenFile(lp, os.O_RDWR|os.O_CREATE, 0o644)
		if err != nil {
			return nil, fmt.Errorf("lock %s: %w", path, err)
		}
		if err := lockFile(f); err != nil {
			f.Close()
			if errors.Is(err, errWouldBlock) {
				return nil, fmt.Errorf("%s: %w", filepath.Base(path), ErrLocked)
			}
			return nil, fmt.Errorf("lock %s: %w", path, err)
		}
		if same(f, lp) {
			return &Lock{f: f, path: lp}, nil
		}
		f.Close()
	}
	return nil, fmt.Errorf("lock %s: the lock file keeps changing", path)
}

func same(f *os.File, path string) bool {
	a, err := f.Stat()
	if err != nil {
		return false
	}
	b, err := os.Stat(path)
	return err == nil && os.SameFile(a, b)
}

// Release gives the lock up and removes its file. It is safe to call on a
// nil Lock and more than once.
func (l *Lock) Release() {
	if l == nil || l.f == nil {
		return
	}
	removeLocked(l.path)
	l.f.Close() // closing drops the lock
	l.f = nil
}
