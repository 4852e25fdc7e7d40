package store

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"scaleroom/workshop"
)

// Recovery is an autosaved copy of work that did not reach its own file.
type Recovery struct {
	ID       string
	DataPath string
	Origin   string // the session file it belongs to; "" if never saved
	Saved    time.Time
	Session  *workshop.Session
}

// keptPrefix marks a recovery copy the facilitator put off deciding about
// ("Not now"). Such a copy has a name of its own, so the autosave of its
// session file cannot replace or retire it, and it is never dropped as
// stale: only recovering or discarding it ends it.
const keptPrefix = "kept-"

// RecoveryPaths are the files of recovery copy id in dir: the session and
// a note of the file it belongs to. Both are "" without a folder.
func RecoveryPaths(dir, id string) (data, origin string) {
	if dir == "" {
		return "", ""
	}
	return filepath.Join(dir, id+".json"), filepath.Join(dir, id+".origin")
}

// Recoveries lists the recovery copies in dir worth offering, newest
// first. Copies older than their session file are stale (the file was
// saved later) and are deleted, unless they were kept; unreadable copies
// are left alone and skipped.
func Recoveries(dir string) []Recovery {
	if dir == "" {
		return nil
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var out []Recovery
	for _, e := range entries {
		if e.IsDir() || filepath.Ext(e.Name()) != ".json" {
			continue
		}
		id := strings.TrimSuffix(e.Name(), ".json")
		data, org := RecoveryPaths(dir, id)
		fi, err := os.Stat(data)
		if err != nil {
			continue
		}
		origin := ""
		if b, err := os.ReadFile(org); err == nil {
			origin = strings.TrimSpace(string(b))
		}
		if origin != "" && !strings.HasPrefix(id, keptPrefix) {
			if ofi, err := os.Stat(origin); err == nil && !ofi.ModTime().Before(fi.ModTime()) {
				os.Remove(data)
				os.Remove(org)
				continue
			}
		}
		sess, err := workshop.LoadFile(data)
		if err != nil {
			continue
		}
		out = append(out, Recovery{ID: id, DataPath: data, Origin: origin, Saved: fi.ModTime(), Session: sess})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Saved.After(out[j].Saved) })
	return out
}

// Keep renames a copy out of reach of its file's autosave, which would
// otherwise replace it with the next edit of that file.
func Keep(dir string, r Recovery) {
	if strings.HasPrefix(r.ID, keptPrefix) {
		return
	}
	id := fmt.Sprintf("%s%s-%d", keptPrefix, r.ID, r.Saved.UnixNano())
	data, org := RecoveryPaths(dir, id)
	if os.Rename(r.DataPath, data) != nil {
		return
	}
	_, oldOrg := RecoveryPaths(dir, r.ID)
	os.Rename(oldOrg, org)
}

// Discard deletes a recovery copy for good.
func Discard(dir string, r Recovery) {
	_, org := RecoveryPaths(dir, r.ID)
	os.Remove(r.DataPath)
	os.Remove(org)
}
