package workshop_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"scaleroom/workshop"
	"scaleroom/workshop/workshoptest"
)

func TestLibrarySaveListFind(t *testing.T) {
	lib := workshop.Library{Dir: filepath.Join(t.TempDir(), "templates")}
	s := workshoptest.Session(workshoptest.Typical)
	first := workshop.TemplateFrom(s, "", "Values 60", "Ours")
	p, err := lib.Save(first)
	if err != nil {
		t.Fatal(err)
	}
	// "values-60" is a built-in ID, so the user's template gets another.
	if first.ID != "values-60-2" || filepath.Base(p) != "values-60-2.json" {
		t.Errorf("saved as %s at %s", first.ID, p)
	}
	second := workshop.TemplateFrom(s, "", "Values 60", "Again")
	lib.Save(second)
	if second.ID != "values-60-3" {
		t.Errorf("second got %s", second.ID)
	}
	// Saving a template again keeps its ID.
	first.Description = "Updated"
	if _, err := lib.Save(first); err != nil || first.ID != "values-60-2" {
		t.Errorf("re-save: %s, %v", first.ID, err)
	}
	os.WriteFile(filepath.Join(lib.Dir, "broken.json"), []byte("{"), 0o644)
	os.WriteFile(filepath.Join(lib.Dir, "notes.txt"), []byte("ignored"), 0o644)

	list, problems := lib.List()
	if len(problems) != 1 || !strings.Contains(problems[0].Error(), "broken.json") {
		t.Errorf("problems %v", problems)
	}
	builtin, _ := workshop.BuiltinTemplates()
	if len(list) != len(builtin)+2 || !list[0].Builtin || list[len(list)-1].Builtin {
		t.Errorf("list has %d templates, built-ins first", len(list))
	}
	got, err := lib.Find("values-60-2")
	if err != nil || got.Description != "Updated" {
		t.Errorf("find: %+v %v", got, err)
	}
	if _, err := lib.Find("nope"); err == nil || !strings.Contains(err.Error(), `"nope"`) {
		t.Errorf("find unknown: %v", err)
	}
}

func TestUserTemplateDirOverride(t *testing.T) {
	t.Setenv(workshop.TemplateDirEnv, "/somewhere/else")
	if d, _ := workshop.UserTemplateDir(); d != "/somewhere/else" {
		t.Errorf("dir %s", d)
	}
}
