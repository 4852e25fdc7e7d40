package workshop

import (
	"errors"
	"strings"
	"testing"
)

// There is only one file version so far; this pretends a version 2 exists
// that renamed "title" to "name", to check old files are upgraded on load.
func TestMigrationUpgradesOldFiles(t *testing.T) {
	readVersion = 2
	migrations[1] = func(raw map[string]any) error {
		raw["name"] = raw["title"]
		delete(raw, "title")
		return nil
	}
	defer func() { readVersion = FormatVersion; delete(migrations, 1) }()
	_, err := Decode(strings.NewReader(`{"kind":"session","version":1,"title":"Old"}`))
	// The Go types are still version 1's, so the upgraded "name" is unknown:
	// that it is reported proves the migration ran before decoding.
	if err == nil || !strings.Contains(err.Error(), `"name"`) {
		t.Errorf("migration did not run: %v", err)
	}
	_, err = Decode(strings.NewReader(`{"kind":"session","version":3}`))
	if !errors.Is(err, ErrNewerVersion) {
		t.Errorf("version 3: %v", err)
	}
	delete(migrations, 1)
	_, err = Decode(strings.NewReader(`{"kind":"session","version":1}`))
	if err == nil || !strings.Contains(err.Error(), "no way to read version 1") {
		t.Errorf("missing migration: %v", err)
	}
}
