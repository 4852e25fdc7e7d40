package safefile

import (
	"fmt"
	"io/fs"
	"os"
)

// Open opens path for reading when it is a regular file, or a link to one.
// A folder, named pipe, device or socket is refused at once with an error
// that wraps ErrNotRegular; Open never blocks, even on a named pipe that no
// one writes to. Errors are *fs.PathError naming path, as os.Open's are.
func Open(path string) (*os.File, error) {
	if err := CheckRegular(path); err != nil {
		return nil, err
	}
	f, err := openNonBlocking(path)
	if err != nil {
		return nil, err
	}
	// Something else may have been put there since CheckRegular looked.
	fi, err := f.Stat()
	if err == nil && !fi.Mode().IsRegular() {
		err = notRegular(fi.Mode())
	}
	if err != nil {
		f.Close()
		return nil, &fs.PathError{Op: "open", Path: path, Err: plain(err)}
	}
	return f, nil
}

// CheckRegular says whether path is a file Scaleroom can read or replace:
// nil for a regular file or a link to one; otherwise an *fs.PathError naming
// path that wraps fs.ErrNotExist for a missing file and ErrNotRegular for a
// folder, named pipe, device or socket. It only looks at the file's
// metadata, so it is quick and never blocks.
func CheckRegular(path string) error {
	fi, err := os.Stat(path)
	if err == nil && !fi.Mode().IsRegular() {
		err = notRegular(fi.Mode())
	}
	if err != nil {
		return &fs.PathError{Op: "open", Path: path, Err: plain(err)}
	}
	return nil
}

// notRegular says what a file is that Scaleroom cannot read or replace.
func notRegular(m fs.FileMode) error {
	what := "a special file"
	switch {
	case m.IsDir():
		what = "a folder"
	case m&fs.ModeNamedPipe != 0:
		what = "a named pipe (FIFO)"
	case m&fs.ModeDevice != 0:
		what = "a device"
	case m&fs.ModeSocket != 0:
		what = "a socket"
	}
	return fmt.Errorf("is %s, %w", what, ErrNotRegular)
}
