// Package safefile writes files so that a crash, a power cut or a full disk
// leaves either the old file or the new one, never a torn mix, and reads
// them without ever blocking on something that is not a file.
package safefile

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// BackupSuffix is appended to a file's name for the copy of its previous
// version that Write keeps.
const BackupSuffix = ".bak"

// tempMark sits in the name of every temporary file Write makes, as in
// ".team.json.scaleroom-tmp-123456": distinctive enough that removing stale
// ones never touches another program's files.
const tempMark = ".scaleroom-tmp-"

// ErrNotRegular is wrapped by every refusal of a folder, named pipe, device
// or socket given where a file belongs; match it with errors.Is.
var ErrNotRegular = errors.New("not a regular file")

// exchangeFile swaps two files in one step where the system can (tests
// turn it off to try the other way).
var exchangeFile = exchange

// afterStep, when set by tests, runs after each step that changes the
// folder, so they can look at it between steps.
var afterStep func(step string)

func step(name string) {
	if afterStep != nil {
		afterStep(name)
	}
}

// Write creates or replaces path with what fill writes; see WriteContext.
func Write(path string, backup bool, fill func(io.Writer) error) error {
	return WriteContext(context.Background(), path, backup, fill)
}

// WriteContext creates or replaces path with what fill writes. It writes a
// temporary file in the same folder, syncs it, keeps the previous version as
// path+BackupSuffix when backup is set, and renames the new file into place.
// When path is a symbolic link, the file it leads to is replaced and the
// link stays. On any error the existing file is left as it was and the
// temporary file is removed; when ctx is cancelled (an interrupted command)
// the temporary file is removed at once, even while fill is still running,
// and the write fails. Errors name path, never the temporary file.
func WriteContext(ctx context.Context, path string, backup bool, fill func(io.Writer) error) error {
	if err := write(ctx, path, backup, fill); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	return nil
}

func write(ctx context.Context, path string, backup bool, fill func(io.Writer) error) (err error) {
	if ctx.Err() != nil {
		return interrupted(ctx)
	}
	target, mode, exists, err := replaceable(path)
	if err != nil {
		return err
	}
	dir, base := filepath.Dir(target), filepath.Base(target)
	removeStale(dir, base)
	tmp, err := createTemp(dir, base)
	if err != nil {
		return fmt.Errorf("cannot write in folder %s: %w", dir, plain(err))
	}
	stop := context.AfterFunc(ctx, func() { os.Remove(tmp.Name()) })
	defer func() {
		stop()
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
		release(tmp.Name())
	}()
	if err = fill(plainWriter{tmp}); err != nil {
		return err
	}
	if err = finish(tmp, mode); err != nil {
		return err
	}
	step("written")
	if ctx.Err() != nil {
		return interrupted(ctx)
	}
	if backup && exists {
		if exchangeFile(tmp.Name(), target) == nil {
			step("exchanged")
			// The temporary name now holds the previous version: it
			// becomes the backup. The save itself is done whatever
			// happens to the backup.
			if os.Rename(tmp.Name(), target+BackupSuffix) == nil {
				step("backup renamed")
			} else {
				os.Remove(tmp.Name())
			}
			if !closeBeforeRename {
				tmp.Close()
			}
			syncDir(dir)
			return nil
		}
		if err = keepBackup(target); err != nil {
			return fmt.Errorf("keep backup %s: %w", target+BackupSuffix, err)
		}
	}
	if err = os.Rename(tmp.Name(), target); err != nil {
		if ctx.Err() != nil {
			return interrupted(ctx)
		}
		return plain(err)
	}
	step("renamed")
	// Closing releases the lock that keeps other saves from taking the
	// temporary file for a stale one, so it comes after the rename where
	// the platform allows renaming an open file.
	if !closeBeforeRename {
		tmp.Close()
	}
	syncDir(dir)
	return nil
}

// replaceable finds the file a save to path replaces, following links, and
// the mode the new file gets: that of the file it replaces, or 0644. Only a
// regular file, or none yet, can be replaced.
func replaceable(path string) (target string, mode fs.FileMode, exists bool, err error) {
	target, err = resolve(path)
	if err != nil {
		return "", 0, false, err
	}
	old, err := os.Stat(target)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return target, 0o644, false, nil
	case err != nil:
		return "", 0, false, plain(err)
	case !old.Mode().IsRegular():
		return "", 0, false, notRegular(old.Mode())
	}
	return target, old.Mode().Perm(), true, nil
}

// interruptedError says "interrupted" and matches the context's error
// (context.Canceled) with errors.Is, without "context canceled" in the
// message the user reads.
type interruptedError struct{ cause error }

func (e interruptedError) Error() string { return "interrupted" }
func (e interruptedError) Unwrap() error { return e.cause }

func interrupted(ctx context.Context) error { return interruptedError{context.Cause(ctx)} }

// finish gives the written temporary file its mode and makes it durable.
func finish(tmp *os.File, mode fs.FileMode) error {
	if err := tmp.Chmod(mode); err != nil {
		return plain(err)
	}
	if err := tmp.Sync(); err != nil {
		return plain(err)
	}
	if closeBeforeRename {
		if err := tmp.Close(); err != nil {
			return plain(err)
		}
	}
	return nil
}

// keepBackup makes path+BackupSuffix a copy of path without ever removing
// the backup there is: a hard link to path under a temporary name (no I/O,
// and path stays in place throughout) is renamed over the old backup in one
// step. Where links are not supported it falls back to a copy, written and
// renamed the same way.
func keepBackup(path string) error {
	bak := path + BackupSuffix
	link, err := linkTemp(path, filepath.Dir(bak), filepath.Base(bak))
	if err != nil {
		return copyFile(path, bak)
	}
	defer release(link)
	step("backup linked")
	if err := os.Rename(link, bak); err != nil {
		os.Remove(link)
		return plain(err)
	}
	step("backup renamed")
	return nil
}

func copyFile(from, to string) error {
	src, err := os.Open(from)
	if err != nil {
		return plain(err)
	}
	defer src.Close()
	return write(context.Background(), to, false, func(w io.Writer) error {
		_, err := io.Copy(w, src)
		return err
	})
}

// resolve follows a chain of symbolic links to the file a save must
// replace, so the link is kept and its target gets the new content. A link
// to a file that does not exist yet resolves to where that file will be.
func resolve(path string) (string, error) {
	for hops := 0; ; hops++ {
		fi, err := os.Lstat(path)
		if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
			break
		}
		if hops == 40 {
			return "", errors.New("too many symbolic links")
		}
		dest, err := os.Readlink(path)
		if err != nil {
			return "", plain(err)
		}
		if !filepath.IsAbs(dest) {
			// Not filepath.Join: cleaning "dir/link/../x" by hand could
			// disagree with the file system when dir is itself a link.
			dest = path[:len(path)-len(filepath.Base(path))] + dest
		}
		path = dest
	}
	// The temporary file must land in the same folder as the file, through
	// any linked folders; EvalSymlinks resolves ".." the way the system does.
	i := strings.LastIndexAny(path, `/`+string(filepath.Separator))
	if i < 0 {
		return path, nil
	}
	dir, base := path[:i+1], path[i+1:]
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real
	}
	return filepath.Join(dir, base), nil
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

// plainWriter hides the temporary file's name from write errors, so that
// messages name the user's file (added by WriteContext) and not a hidden one.
type plainWriter struct{ f *os.File }

func (w plainWriter) Write(p []byte) (int, error) {
	n, err := w.f.Write(p)
	return n, plain(err)
}

// plain strips the file name from an error of the os package: the names the
// save deals in (temporary files, resolved links) are not the user's.
func plain(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
