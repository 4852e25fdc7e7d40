//go:build unix

package safefile

import (
	"os"
	"syscall"
)

var errWouldBlock = syscall.EWOULDBLOCK

func lockFile(f *os.File) error {
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err != syscall.EINTR {
			return err
		}
	}
}

// removeLocked removes the lock file while still holding the lock, so no
// one can take a lock on it between the removal and the unlock.
func removeLocked(path string) { os.Remove(path) }
