//go:build !unix

package safefile

import "os"

// openNonBlocking is os.Open where opening does not block on special files
// (Windows has no named pipes in the file system).
func openNonBlocking(path string) (*os.File, error) {
	return os.Open(path)
}
