package workshop_test

import (
	"path/filepath"
	"strings"
	"testing"

	"scaleroom/workshop"
	"scaleroom/workshop/workshoptest"
)

// A template named with a long pasted title could not be saved: its slug
// became a file name longer than file systems allow (255 bytes). The name
// itself is stored whole in the file; only the ID and file name are cut.
func TestLongTemplateNameSaves(t *testing.T) {
	lib := workshop.Library{Dir: filepath.Join(t.TempDir(), "templates")}
	name := strings.Repeat("Quarterly scaling review ", 20)
	tpl := workshop.TemplateFrom(workshoptest.Session(workshoptest.Typical), "", name, "")
	p, err := lib.Save(tpl)
	if err != nil {
		t.Fatalf("Save: %v", err)
	}
	back, err := workshop.LoadTemplateFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if back.Name != name {
		t.Errorf("name came back as %q", back.Name)
	}
	if id := tpl.ID; len(id) > 80 || strings.HasSuffix(id, "-") || !strings.HasPrefix(id, "quarterly-scaling-review-") {
		t.Errorf("ID %q (%d bytes)", id, len(id))
	}
}
