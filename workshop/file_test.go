package workshop_test

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"scaleroom/workshop"
	"scaleroom/workshop/workshoptest"
)

func TestLoadRefusesFolder(t *testing.T) {
	dir := t.TempDir()
	_, err := workshop.LoadFile(dir)
	if want := "open " + dir + ": is a folder, not a regular file"; !errors.Is(err, workshop.ErrNotRegular) || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
	if err := workshop.CheckRegular(filepath.Join(dir, "missing.json")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

// The app saves through SaveFile: a session opened through a symbolic link
// must update the file the link leads to, and keep the link.
func TestSaveFileThroughLink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real.json")
	s := workshoptest.Session(workshoptest.Typical)
	if err := workshop.SaveFile(real, s); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "team.json")
	if err := os.Symlink("real.json", link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	s.Title = "Edited through the link"
	if err := workshop.SaveFile(link, s); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced (%v)", err)
	}
	got, err := workshop.LoadFile(real)
	if err != nil || got.Title != "Edited through the link" {
		t.Errorf("target not updated: %v", err)
	}
	if bak, err := workshop.LoadFile(real + ".bak"); err != nil || bak.Title != "Scaling review" {
		t.Errorf("backup beside the target: %v", err)
	}
}

// Opening a session clears what killed saves left beside it.
func TestLoadFileRemovesStaleTempFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "team.json")
	if err := workshop.SaveFile(path, workshoptest.Session(workshoptest.Typical)); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	for _, name := range []string{".team.json.scaleroom-tmp-1", ".team.json.bak.scaleroom-tmp-2", ".other.json.scaleroom-tmp-3"} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(`{"kind":`), 0o600)
		os.Chtimes(p, old, old)
	}
	if _, err := workshop.LoadFile(path); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if !slices.Equal(got, []string{"team.json"}) {
		t.Errorf("folder holds %q", got)
	}
}
