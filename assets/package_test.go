package assets

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestLinuxPackage checks the package make package built: it unpacks, its
// desktop entry passes desktop-file-validate and says what Scaleroom is and
// opens, and its binary reports the build's version. make package-test runs
// it with SCALEROOM_PACKAGE set; make test has no package to check.
func TestLinuxPackage(t *testing.T) {
	pkg := os.Getenv("SCALEROOM_PACKAGE")
	if pkg == "" {
		t.Skip("run by make package-test, which builds the package first")
	}
	dir := t.TempDir()
	if out, err := exec.Command("tar", "-xJf", pkg, "-C", dir).CombinedOutput(); err != nil {
		t.Fatalf("unpack %s: %v\n%s", pkg, err, out)
	}
	// The tarball holds scaleroom/usr/local/... (or usr/... where the
	// packaging machine has no /usr/local) and an install Makefile.
	root := filepath.Join(dir, "scaleroom")
	if _, err := os.Stat(filepath.Join(root, "Makefile")); err != nil {
		t.Fatalf("no install Makefile in the package: %v", err)
	}
	find := func(parts ...string) []string {
		a, _ := filepath.Glob(filepath.Join(append([]string{root, "usr", "local"}, parts...)...))
		b, _ := filepath.Glob(filepath.Join(append([]string{root, "usr"}, parts...)...))
		return append(a, b...)
	}
	desktops := find("share", "applications", "*.desktop")
	if len(desktops) != 1 {
		t.Fatalf("desktop files %v, want one", desktops)
	}
	if out, err := exec.Command("desktop-file-validate", desktops[0]).CombinedOutput(); err != nil || len(out) > 0 {
		t.Errorf("desktop-file-validate: %v\n%s", err, out)
	}
	entry, err := os.ReadFile(desktops[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Name=Scaleroom", "Categories=Office;ProjectManagement;", "Comment=Run workshops",
		"Keywords=workshop;", "MimeType=application/x-scaleroom;application/json", "Exec=scaleroom %F"} {
		if !strings.Contains(string(entry), want) {
			t.Errorf("desktop entry lacks %q:\n%s", want, entry)
		}
	}
	bins := find("bin", "scaleroom")
	if len(bins) != 1 {
		t.Fatalf("binaries %v", bins)
	}
	out, err := exec.Command(bins[0], "--version").Output()
	if want := "Scaleroom " + os.Getenv("SCALEROOM_VERSION") + "\n"; err != nil || string(out) != want {
		t.Errorf("--version: %q, %v; want %q", out, err, want)
	}
	icons := find("share", "pixmaps", "*.png")
	if len(icons) != 1 {
		t.Errorf("icons %v", icons)
	}
	if st, err := os.Stat(pkg); err == nil {
		t.Logf("package %s: %.1f MB", filepath.Base(pkg), float64(st.Size())/1e6)
	}
}
