//go:build linux

package safefile

import "golang.org/x/sys/unix"

// exchange swaps the files at a and b in one step (renameat2 with
// RENAME_EXCHANGE). A save swaps its finished temporary file with the file
// it replaces, then renames the temporary name, now holding the previous
// version, to the backup: at every moment there is one temporary file at
// most, and no hard link shares the backup's data with the file.
func exchange(a, b string) error {
	return unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_EXCHANGE)
}
