package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"scaleroom/workshop"
)

// The guard against writing the PDF over the session compared names only:
// another name for the same file (a hard link here; on macOS and Windows
// simply "team.JSON") slipped past, and the session file under that name
// became a PDF.
func TestExportRefusesAnotherNameForTheSessionFile(t *testing.T) {
	dir := t.TempDir()
	in := writeSession(t, dir)
	other := filepath.Join(dir, "same.json")
	if err := os.Link(in, other); err != nil {
		t.Skipf("no hard links here: %v", err)
	}
	r := runCLI(t, workshop.Library{}, "export", in, "-o", other)
	if r.code != ExitUsage || !strings.Contains(r.stderr, "would replace the session file") {
		t.Errorf("code %d, stderr %q; want a refusal", r.code, r.stderr)
	}
	for _, p := range []string{in, other} {
		if _, err := workshop.LoadFile(p); err != nil {
			t.Errorf("%s is no longer the session: %v", filepath.Base(p), err)
		}
	}
}
