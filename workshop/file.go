package workshop

import (
	"fmt"
	"io"
	"os"

	"scaleroom/workshop/safefile"
)

// LoadFile reads and validates a session file. The error names the file.
func LoadFile(path string) (*Session, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err // already says "open PATH: ..."
	}
	defer f.Close()
	s, err := Decode(f)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
}

// SaveFile writes a session atomically, keeping the previous file as a
// backup beside it. On failure the file on disk is unchanged.
func SaveFile(path string, s *Session) error {
	return safefile.Write(path, true, func(w io.Writer) error { return Encode(w, s) })
}

// LoadTemplateFile reads and validates a template file.
func LoadTemplateFile(path string) (*Template, error) {
	f, err := os.Open(path)
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
