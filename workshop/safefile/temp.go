package safefile

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// staleAge is how old another file's temporary file must be before a save
// in its folder takes it for the leftover of a killed process. A save in
// progress never takes that long; a save of the same file clears its own
// leftovers at once (see removeStale).
const staleAge = time.Minute

// held lists the temporary files this process is using, so that one save
// never removes another's. Names enter it under heldMu as they are created,
// and removeStale checks it under heldMu, so there is no moment when a live
// temporary file looks stale to this process. Other processes are kept off
// by a lock on the open file where the platform has one (lockTemp).
var (
	heldMu sync.Mutex
	held   = map[string]int{}
)

// Names are cleaned, as os.CreateTemp gives "./.x" where removeStale
// has ".x".
func hold(name string) { held[filepath.Clean(name)]++ }

// linkFile is os.Link, replaced by tests to take the copying path.
var linkFile = os.Link

func release(name string) {
	name = filepath.Clean(name)
	heldMu.Lock()
	defer heldMu.Unlock()
	if held[name]--; held[name] <= 0 {
		delete(held, name)
	}
}

// createTemp creates a temporary file for base in dir, marked as held and
// locked against other processes' clean-ups.
func createTemp(dir, base string) (*os.File, error) {
	heldMu.Lock()
	defer heldMu.Unlock()
	f, err := os.CreateTemp(dir, "."+base+tempMark+"*")
	if err != nil {
		return nil, err
	}
	hold(f.Name())
	lockTemp(f)
	return f, nil
}

// linkTemp makes a hard link to path under a fresh temporary name for base
// in dir and returns that name, marked as held.
func linkTemp(path, dir, base string) (string, error) {
	heldMu.Lock()
	defer heldMu.Unlock()
	for range 10 {
		var r [6]byte
		if _, err := rand.Read(r[:]); err != nil {
			return "", err
		}
		name := filepath.Join(dir, "."+base+tempMark+hex.EncodeToString(r[:]))
		err := linkFile(path, name)
		if err == nil {
			hold(name)
			return name, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return "", err
		}
	}
	return "", fs.ErrExist
}

// RemoveStale removes the temporary files that saves killed part-way left
// in path's folder: every one for path (or its backup) that no live save
// holds, and every other one of ours older than a minute. It is called on
// each save and may be called on opening a file; failures are ignored, as
// a leftover does no harm beyond taking space.
func RemoveStale(path string) {
	if target, err := resolve(path); err == nil {
		path = target
	}
	removeStale(filepath.Dir(path), filepath.Base(path))
}

func removeStale(dir, base string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	mine := []string{"." + base + tempMark, "." + base + BackupSuffix + tempMark}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, ".") || !strings.Contains(name, tempMark) || !e.Type().IsRegular() {
			continue
		}
		same := strings.HasPrefix(name, mine[0]) || strings.HasPrefix(name, mine[1])
		if !same {
			info, err := e.Info()
			if err != nil || time.Since(info.ModTime()) < staleAge {
				continue
			}
		}
		// A backup's temporary name is a hard link to the session file
		// itself: locking it would lock the session, which other code may
		// lock for its own reasons. It lives for one rename only.
		lockable := !strings.Contains(name, BackupSuffix+tempMark)
		removeUnheld(filepath.Join(dir, name), lockable)
	}
}

// removeUnheld removes a temporary file unless a save in this process or,
// where the platform can tell, in another is still using it.
func removeUnheld(name string, lockable bool) {
	heldMu.Lock()
	defer heldMu.Unlock()
	if held[filepath.Clean(name)] > 0 {
		return
	}
	if !lockable {
		os.Remove(name)
		return
	}
	unlock, ok := tryLock(name)
	if !ok {
		return
	}
	defer unlock()
	os.Remove(name)
}
