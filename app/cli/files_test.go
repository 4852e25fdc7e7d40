package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"scaleroom/workshop"
)

// A folder where a file belongs is refused by every command, naming it.
func TestFolderRefusedEverywhere(t *testing.T) {
	dir := t.TempDir()
	in := writeSession(t, dir)
	folder := filepath.Join(dir, "folder.json")
	os.Mkdir(folder, 0o755)
	lib := workshop.Library{}
	cases := []struct {
		name   string
		args   []string
		stderr string
	}{
		{"validate", []string{"validate", folder}, folder + ": open " + folder + ": is a folder, not a regular file"},
		{"export", []string{"export", folder, "-o", filepath.Join(dir, "x.pdf")}, "open " + folder + ": is a folder"},
		{"export -o", []string{"export", in, "-o", folder}, "cannot write the PDF to " + folder + ": is a folder"},
		{"new -o", []string{"new", "--template", "values-60", "-o", folder}, "cannot write " + folder + ": is a folder"},
		{"new --force -o", []string{"new", "--force", "--template", "values-60", "-o", folder}, "cannot write " + folder + ": is a folder"},
	}
	for _, c := range cases {
		r := runCLI(t, lib, c.args...)
		if r.code != ExitInvalid || !strings.Contains(r.stderr, c.stderr) {
			t.Errorf("%s: code %d, stderr %q; want %d and %q", c.name, r.code, r.stderr, ExitInvalid, c.stderr)
		}
	}
	if fi, err := os.Stat(folder); err != nil || !fi.IsDir() {
		t.Errorf("the folder was replaced (%v)", err)
	}
}

// export -o through a symbolic link replaced the link with the PDF; the
// link's target must get it.
func TestOutputThroughLinkKeepsLink(t *testing.T) {
	dir := t.TempDir()
	in := writeSession(t, dir)
	os.Mkdir(filepath.Join(dir, "shared"), 0o755)
	pdfTarget := filepath.Join(dir, "shared", "summary.pdf")
	os.WriteFile(pdfTarget, []byte("old"), 0o644)
	pdfLink := filepath.Join(dir, "summary.pdf")
	if err := os.Symlink(filepath.Join("shared", "summary.pdf"), pdfLink); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	lib := workshop.Library{}
	if r := runCLI(t, lib, "export", in, "-o", pdfLink); r.code != ExitOK {
		t.Fatalf("export: %+v", r)
	}
	if data, _ := os.ReadFile(pdfTarget); !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Errorf("the link's target is not the PDF: %.20q", data)
	}

	sessTarget := filepath.Join(dir, "shared", "next.json")
	os.WriteFile(sessTarget, []byte("old"), 0o644)
	sessLink := filepath.Join(dir, "next.json")
	os.Symlink(filepath.Join("shared", "next.json"), sessLink)
	if r := runCLI(t, lib, "new", "--force", "--template", "values-60", "-o", sessLink); r.code != ExitOK {
		t.Fatalf("new: %+v", r)
	}
	if _, err := workshop.LoadFile(sessTarget); err != nil {
		t.Errorf("the link's target is not the new session: %v", err)
	}
	for _, l := range []string{pdfLink, sessLink} {
		if fi, err := os.Lstat(l); err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Errorf("%s is no longer a link (%v)", l, err)
		}
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "shared"))
	if len(entries) != 3 { // summary.pdf, next.json, next.json.bak
		t.Errorf("shared folder holds %d files", len(entries))
	}
}
