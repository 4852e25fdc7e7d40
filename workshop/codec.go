package workshop

// This is the only file that touches goccy/go-json: its decoder has open
// panics on some malformed input, so every call goes through here, where
// panics become errors and input is checked for UTF-8 first.

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	json "github.com/goccy/go-json"
)

// File kinds and the format version this build reads and writes.
const (
	KindSession  = "session"
	KindTemplate = "template"
	// FormatVersion is the newest file version this build understands.
	// Version 2 made owners references to participants (see migrate.go);
	// version 3 added the belonging exercise.
	FormatVersion = 3
	// MaxFileSize bounds what Load reads. A session with 200 people and 500
	// load items is about 2 MB, so 32 MiB leaves room for very long notes
	// while refusing files that are clearly not ours.
	MaxFileSize = 32 << 20
)

// Errors the loader returns, wrapped with detail; match them with errors.Is.
var (
	ErrTooLarge     = newError("file too large")
	ErrNotUTF8      = newError("not UTF-8 text")
	ErrSyntax       = newError("not valid JSON")
	ErrWrongKind    = newError("wrong kind of file")
	ErrNewerVersion = newError("made by a newer Scaleroom")
	ErrInvalid      = newError("invalid content")
	ErrDecoderPanic = newError("decoder failed")
)

type envelope struct {
	Kind    string `json:"kind"`
	Version int    `json:"version"`
}

type sessionFile struct {
	Kind    string `json:"kind"`
	Version int    `json:"version"`
	Session
}

type templateFile struct {
	Kind        string  `json:"kind"`
	Version     int     `json:"version"`
	ID          string  `json:"id"`
	Name        string  `json:"name"`
	Description string  `json:"description"`
	Session     Session `json:"session"`
}

// migrations turns a file of version v into version v+1, working on the raw
// JSON object so that old field shapes need no Go types.
var migrations = map[int]func(map[string]any) error{
	1: ownersToReferences,
	2: func(map[string]any) error { return nil }, // 3 only adds a step kind
}

// readVersion is the version decode upgrades to: FormatVersion, changed only
// by the tests of the migration path.
var readVersion = FormatVersion

func init() {
	// goccy builds its codecs lazily into a shared cache; building them here,
	// before any goroutine can race to, avoids its known cache races.
	var s sessionFile
	var t templateFile
	_ = json.Unmarshal([]byte(`{}`), &s)
	_ = json.Unmarshal([]byte(`{}`), &t)
	_, _ = json.Marshal(&s)
	_, _ = json.Marshal(&t)
}

// Decode reads a session file.
func Decode(r io.Reader) (*Session, error) {
	s, _, err := decode(r, KindSession)
	return s, err
}

// DecodeTemplate reads a template file.
func DecodeTemplate(r io.Reader) (*Template, error) {
	_, t, err := decode(r, KindTemplate)
	return t, err
}

// DecodeAny reads a session or a template file; exactly one result is set
// when err is nil.
func DecodeAny(r io.Reader) (*Session, *Template, error) {
	return decode(r, "")
}

func decode(r io.Reader, want string) (s *Session, t *Template, err error) {
	data, err := readLimited(r)
	if err != nil {
		return nil, nil, fmt.Errorf("read: %w", err)
	}
	if len(data) > MaxFileSize {
		return nil, nil, fmt.Errorf(tr("%w: over the %d MiB limit"), ErrTooLarge, MaxFileSize>>20)
	}
	// Some editors on Windows start UTF-8 files with a byte-order mark.
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		return nil, nil, fmt.Errorf(tr("%w: invalid byte sequence at offset %d"), ErrNotUTF8, firstInvalid(data))
	}
	env, err := readEnvelope(data)
	if err != nil {
		return nil, nil, err
	}
	switch {
	case env.Kind == "" && env.Version == 0:
		return nil, nil, fmt.Errorf(tr("%w: this is not a Scaleroom file (no \"kind\" and \"version\")"), ErrWrongKind)
	case env.Kind != KindSession && env.Kind != KindTemplate:
		return nil, nil, fmt.Errorf(tr("%w: kind %q is neither %q nor %q"), ErrWrongKind, env.Kind, KindSession, KindTemplate)
	case want != "" && env.Kind != want:
		return nil, nil, fmt.Errorf(tr("%w: this is a %s file, expected a %s"), ErrWrongKind, env.Kind, want)
	case env.Version > readVersion:
		return nil, nil, fmt.Errorf(tr("%w: file version %d, this version of Scaleroom reads up to %d; please update Scaleroom"),
			ErrNewerVersion, env.Version, readVersion)
	case env.Version < 1:
		return nil, nil, fmt.Errorf(tr("%w: version: must be 1 or more, got %d"), ErrInvalid, env.Version)
	}
	if env.Version < readVersion {
		if data, err = migrate(data, env.Version); err != nil {
			return nil, nil, err
		}
	}
	if env.Kind == KindSession {
		var f sessionFile
		if err := unmarshal(data, &f, true); err != nil {
			return nil, nil, err
		}
		f.Session.normalise()
		if err := f.Session.Validate(); err != nil {
			return nil, nil, err
		}
		return &f.Session, nil, nil
	}
	var f templateFile
	if err := unmarshal(data, &f, true); err != nil {
		return nil, nil, err
	}
	tpl := &Template{ID: f.ID, Name: f.Name, Description: f.Description, Session: f.Session}
	tpl.Session.normalise()
	if err := tpl.Validate(); err != nil {
		return nil, nil, err
	}
	return nil, tpl, nil
}

// readEnvelope reads kind and version; of a key written twice, the first
// counts.
func readEnvelope(data []byte) (envelope, error) {
	var env envelope
	err := unmarshal(data, &env, false, json.DecodeFieldPriorityFirstWin())
	return env, err
}

// readLimited reads at most MaxFileSize+1 bytes, sizing the buffer up front
// when the reader knows its length (files, byte readers) instead of growing
// it step by step.
func readLimited(r io.Reader) ([]byte, error) {
	size := int64(512)
	switch v := r.(type) {
	case interface{ Len() int }:
		size = int64(v.Len())
	case interface{ Stat() (os.FileInfo, error) }:
		if fi, err := v.Stat(); err == nil {
			size = fi.Size()
		}
	}
	// ReadFrom wants MinRead bytes free before it reads, or it grows.
	size = min(size, MaxFileSize) + 1 + bytes.MinRead
	buf := bytes.NewBuffer(make([]byte, 0, size))
	_, err := buf.ReadFrom(io.LimitReader(r, MaxFileSize+1))
	return buf.Bytes(), err
}

func migrate(data []byte, from int) ([]byte, error) {
	var raw map[string]any
	if err := unmarshal(data, &raw, false); err != nil {
		return nil, err
	}
	for v := from; v < readVersion; v++ {
		m := migrations[v]
		if m == nil {
			return nil, fmt.Errorf(tr("%w: no way to read version %d files"), ErrInvalid, v)
		}
		if err := m(raw); err != nil {
			return nil, fmt.Errorf(tr("%w: upgrade from version %d: %v"), ErrInvalid, v, err)
		}
	}
	raw["version"] = readVersion
	return json.Marshal(raw)
}

// disallowUnknownFields is goccy's Decoder.DisallowUnknownFields for
// Unmarshal, which has no exported option for it. Unmarshal reads a 2 MB
// session in about half the time of a Decoder, so the flags are set the way
// the Decoder sets them, with the value strictFlags read from the Decoder.
func disallowUnknownFields(o *json.DecodeOption) { o.Flags |= strictFlags }

// strictFlags holds the flags Decoder.DisallowUnknownFields sets, read once
// from goccy's exported API rather than copied as a number: the value is
// internal to goccy and an upgrade may renumber it.
var strictFlags = decoderFlags(func(d *json.Decoder) { d.DisallowUnknownFields() }).Flags

// decoderFlags returns the decode options a Decoder has after set, seen by
// an option function, which goccy calls with the Decoder's own options. It
// panics if set changes no flag: strict decoding would quietly accept
// unknown fields, and a build that does that must not start.
func decoderFlags(set func(*json.Decoder)) json.DecodeOption {
	d := json.NewDecoder(strings.NewReader("{}"))
	set(d)
	var got json.DecodeOption
	var v struct{}
	err := d.DecodeWithOption(&v, func(o *json.DecodeOption) { got = *o })
	if err != nil || got.Flags == 0 {
		panic(fmt.Sprintf("workshop: cannot read goccy/go-json's decoder flags (err %v, flags %#x)", err, got.Flags))
	}
	return got
}

// unmarshal decodes data into v, turning decoder panics into errors. With
// strict, unknown fields are refused: in a file of a known version they are
// typos that would otherwise vanish on the next save.
func unmarshal(data []byte, v any, strict bool, opts ...json.DecodeOptionFunc) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%w: %v", ErrDecoderPanic, p)
		}
	}()
	if strict {
		opts = append(opts, disallowUnknownFields)
	}
	if err := json.UnmarshalWithOption(data, v, opts...); err != nil {
		return describeDecodeError(data, err)
	}
	return nil
}

func describeDecodeError(data []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn) && strings.Contains(syn.Error(), "unexpected end of JSON input"):
		return fmt.Errorf(tr("%w: the file ends too early; it may have been cut short"), ErrSyntax)
	case errors.As(err, &syn):
		line, col := position(data, int(syn.Offset))
		if strings.Contains(syn.Error(), "after top-level value") {
			return fmt.Errorf(tr("%w: unexpected text after the end of the document at line %d, column %d"), ErrSyntax, line, col)
		}
		return fmt.Errorf(tr("%w: line %d, column %d: %s"), ErrSyntax, line, col, strings.TrimPrefix(syn.Error(), "json: "))
	case errors.Is(err, io.ErrUnexpectedEOF) || strings.Contains(err.Error(), "EOF"):
		return fmt.Errorf(tr("%w: the file ends too early; it may have been cut short"), ErrSyntax)
	case errors.As(err, &typ):
		field := fieldPath(typ.Field)
		if field == "" {
			field = tr("document")
		}
		return fmt.Errorf(tr("%w: %s: expected %s, found %s"), ErrInvalid, field, kindWord(typ.Type), typ.Value)
	case strings.Contains(err.Error(), "parsing time"):
		return fmt.Errorf(tr("%w: created/modified: a time must look like 2026-11-24T09:30:00Z"), ErrInvalid)
	case strings.Contains(err.Error(), "unknown field"):
		return fmt.Errorf("%w: %s", ErrInvalid, strings.TrimPrefix(err.Error(), "json: "))
	}
	return fmt.Errorf("%w: %s", ErrSyntax, strings.TrimPrefix(err.Error(), "json: "))
}

// kindWord names a Go type the way the format documentation does.
func kindWord(t reflect.Type) string {
	if t == nil {
		return tr("a value")
	}
	switch t.Kind() {
	case reflect.String:
		return tr("text")
	case reflect.Int, reflect.Int64, reflect.Int32:
		return tr("a whole number")
	case reflect.Float64, reflect.Float32:
		return tr("a number")
	case reflect.Bool:
		return tr("true or false")
	case reflect.Slice, reflect.Array:
		return tr("a list")
	case reflect.Map, reflect.Struct, reflect.Pointer:
		return tr("an object")
	}
	return t.String()
}

// fieldPath writes a decoder's dotted path (steps.0.values) the way the
// validator does (steps[0].values).
func fieldPath(dotted string) string {
	var b strings.Builder
	for i, part := range strings.Split(dotted, ".") {
		if _, err := strconv.Atoi(part); err == nil && i > 0 {
			b.WriteString("[" + part + "]")
			continue
		}
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(part)
	}
	return b.String()
}

// position turns a byte offset into a 1-based line and column (in runes).
func position(data []byte, off int) (line, col int) {
	if off > len(data) {
		off = len(data)
	}
	if off < 0 {
		off = 0
	}
	before := data[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	start := bytes.LastIndexByte(before, '\n') + 1
	return line, utf8.RuneCount(before[start:]) + 1
}

func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// Encode writes a session file, indented so people and diff tools can read it.
func Encode(w io.Writer, s *Session) error {
	return encode(w, &sessionFile{Kind: KindSession, Version: FormatVersion, Session: *s})
}

// EncodeTemplate writes a template file.
func EncodeTemplate(w io.Writer, t *Template) error {
	return encode(w, &templateFile{Kind: KindTemplate, Version: FormatVersion,
		ID: t.ID, Name: t.Name, Description: t.Description, Session: t.Session})
}

func encode(w io.Writer, v any) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("encode: %v", p)
		}
	}()
	// Unescaped <, > and & keep notes readable in the file.
	data, err := json.MarshalIndentWithOption(v, "", "  ", json.DisableHTMLEscape())
	if err != nil {
		return fmt.Errorf("encode: %w", err)
	}
	data = append(data, '\n')
	if _, err := w.Write(data); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}
