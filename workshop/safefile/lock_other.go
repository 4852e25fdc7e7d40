//go:build !(darwin || dragonfly || freebsd || linux || netbsd || openbsd)

package safefile

import "os"

// closeBeforeRename is true where an open file cannot be renamed (Windows).
const closeBeforeRename = true

// lockTemp does nothing here: on Windows an open file cannot be removed, and
// elsewhere only files older than a minute or for the same target are
// taken for stale.
func lockTemp(*os.File) {}

func tryLock(string) (unlock func(), ok bool) { return func() {}, true }
