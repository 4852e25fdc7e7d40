//go:build !unix && !windows

package safefile

import (
	"errors"
	"os"
)

// Platforms without file locks (the browser) have one window per file.
var errWouldBlock = errors.New("locked")

func lockFile(*os.File) error { return nil }

func removeLocked(path string) { os.Remove(path) }
