package workshop

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"scaleroom/workshop/safefile"
)

// ErrNotRegular is wrapped by the error for a folder, named pipe, device or
// socket given where a session or template file belongs; match it with
// errors.Is.
var ErrNotRegular = safefile.ErrNotRegular

// CheckRegular says, without opening it and so without any risk of
// blocking, whether path is a file Scaleroom can open: nil for a regular
// file or a link to one; otherwise an error naming path that wraps
// os.ErrNotExist for a missing file or ErrNotRegular for a folder, named
// pipe, device or socket. Lists of recent files and open dialogs call it
// before offering or opening a file.
func CheckRegular(path string) error {
	return safefile.CheckRegular(path)
}

// LoadFile reads and validates a session file. The error names the file.
// A folder, named pipe or device is refused at once (ErrNotRegular), never
// waited on. Opening a file also clears leftovers of interrupted saves
// beside it.
func LoadFile(path string) (*Session, error) {
	f, err := safefile.Open(path)
	if err != nil {
		return nil, err // already says "open PATH: ..."
	}
	defer f.Close()
	safefile.RemoveStale(path)
	s, err := Decode(f)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
}

// SaveFile writes a session atomically, keeping the previous file as a
// backup beside it. On failure the file on disk is unchanged. When path is
// a symbolic link, the file it leads to is replaced and the link kept.
func SaveFile(path string, s *Session) error {
	return SaveFileContext(context.Background(), path, s)
}

// SaveFileContext is SaveFile that gives up, leaving nothing behind, when
// ctx is cancelled before the new file is in place.
func SaveFileContext(ctx context.Context, path string, s *Session) error {
	return safefile.WriteContext(ctx, path, true, func(w io.Writer) error { return Encode(w, s) })
}

// LoadTemplateFile reads and validates a template file, refusing anything
// but a regular file as LoadFile does.
func LoadTemplateFile(path string) (*Template, error) {
	f, err := safefile.Open(path)
	if err != nil {
		return nil, err // already says "open PATH: ..."
	}
	defer f.Close()
	t, err := DecodeTemplate(f)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	t.Path = path
	return t, nil
}

// SaveTemplateFile writes a template atomically.
func SaveTemplateFile(path string, t *Template) error {
	return safefile.Write(path, true, func(w io.Writer) error { return EncodeTemplate(w, t) })
}

// SessionExt is the extension of session files. Files named .json, as
// Scaleroom wrote them before, are session files too; the content, not the
// name, says what a file is (see DecodeAny).
const SessionExt = ".scaleroom"

// IsSessionExt reports whether path ends in .scaleroom or .json, in any
// letter case.
func IsSessionExt(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == SessionExt || ext == ".json"
}
