//go:build windows

package safefile

import (
	"os"
	"syscall"
	"unsafe"
)

var (
	errWouldBlock = syscall.Errno(33) // ERROR_LOCK_VIOLATION

	modkernel32      = syscall.NewLazyDLL("kernel32.dll")
	procLockFileEx   = modkernel32.NewProc("LockFileEx")
	lockfileExcl     = uintptr(0x2) // LOCKFILE_EXCLUSIVE_LOCK
	lockfileFailFast = uintptr(0x1) // LOCKFILE_FAIL_IMMEDIATELY
)

func lockFile(f *os.File) error {
	var ol syscall.Overlapped
	r, _, err := procLockFileEx.Call(f.Fd(), lockfileExcl|lockfileFailFast, 0, 1, 0, uintptr(unsafe.Pointer(&ol)))
	if r == 0 {
		return err
	}
	return nil
}

// removeLocked leaves the file: Windows does not remove an open file, and
// the lock, not the file, is what keeps others off.
func removeLocked(string) {}
