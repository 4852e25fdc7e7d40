// Package safefile writes files so that a crash, a power cut or a full disk
// leaves either the old file or the new one, never a torn mix.
package safefile

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// BackupSuffix is appended to a file's name for the copy of its previous
// version that Write keeps.
const BackupSuffix = ".bak"

// Write creates or replaces path with what fill writes. It writes a temporary
// file in the same folder, syncs it, keeps the previous version as
// path+BackupSuffix when backup is set, and renames the new file into place.
// On any error the existing file is left as it was.
func Write(path string, backup bool, fill func(io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	mode := os.FileMode(0o644)
	old, statErr := os.Stat(path)
	if statErr == nil {
		if !old.Mode().IsRegular() {
			return fmt.Errorf("save %s: not a regular file", path)
		}
		mode = old.Mode().Perm()
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = fill(tmp); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	if err = tmp.Chmod(mode); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	if backup && statErr == nil {
		if err = keepBackup(path); err != nil {
			return fmt.Errorf("save %s: keep backup: %w", path, err)
		}
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	syncDir(dir)
	return nil
}

// keepBackup makes path+BackupSuffix a copy of path. A hard link costs no
// I/O and leaves path in place throughout; where links are not supported it
// falls back to an atomic copy.
func keepBackup(path string) error {
	bak := path + BackupSuffix
	if err := os.Remove(bak); err != nil && !os.IsNotExist(err) {
		return err
	}
	if os.Link(path, bak) == nil {
		return nil
	}
	src, err := os.Open(path)
	if err != nil {
		return err
	}
	defer src.Close()
	return Write(bak, false, func(w io.Writer) error {
		_, err := io.Copy(w, src)
		return err
	})
}

// syncDir makes the rename durable. Not every platform or file system can
// sync a directory; the rename itself has already happened, so failures here
// are not reported.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}
