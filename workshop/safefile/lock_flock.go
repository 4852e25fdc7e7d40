//go:build darwin || dragonfly || freebsd || linux || netbsd || openbsd

package safefile

import (
	"os"
	"syscall"
)

// closeBeforeRename is false where an open file can be renamed: the
// temporary file stays open, and locked, until it has its final name.
const closeBeforeRename = false

// lockTemp takes an advisory lock on a temporary file being written, which
// tells other processes' clean-ups that it is live. The lock goes with the
// process, so a killed save leaves its file unlocked. A failure only loses
// that protection, so it is not reported.
func lockTemp(f *os.File) {
	if c, err := f.SyscallConn(); err == nil {
		c.Control(func(fd uintptr) { syscall.Flock(int(fd), syscall.LOCK_EX|syscall.LOCK_NB) })
	}
}

// tryLock locks the temporary file name if no one else holds it. Opening
// with O_NONBLOCK keeps a named pipe put there from blocking the save.
func tryLock(name string) (unlock func(), ok bool) {
	f, err := os.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, false
	}
	c, err := f.SyscallConn()
	if err == nil {
		c.Control(func(fd uintptr) { err = syscall.Flock(int(fd), syscall.LOCK_EX|syscall.LOCK_NB) })
	}
	if err != nil {
		f.Close()
		return nil, false
	}
	return func() { f.Close() }, true
}
