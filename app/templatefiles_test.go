package app

import (
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"scaleroom/workshop"
)

func TestTemplateFileOpenedOrDroppedOffersASession(t *testing.T) {
	f := newGUI(t)
	path := f.path("offsite.json")
	tpl := scaleDownTemplate(t)
	own := *tpl
	own.ID, own.Name, own.Builtin = "offsite", "Our offsite", false
	if err := workshop.SaveTemplateFile(path, &own); err != nil {
		t.Fatal(err)
	}
	// Opened with File > Open: no "this is a template file" error, a choice.
	f.picked = []string{path}
	f.s.chooseOpen()
	if got := dialogText(f.s.Window); !strings.Contains(got, "offsite.json is a template") {
		t.Fatalf("open dialog says %q", got)
	}
	test.Tap(overlayButton(t, f.s.Window, "Start a session"))
	sw := f.s.Session
	if sw == nil || sw.Editor.Session.Template != "offsite" || sw.Path() != "" {
		t.Fatalf("no new session from the template: %+v", sw)
	}

	// Dropped on the window: the same offer; adding keeps it among the
	// user's templates.
	f.s.dropped([]fyne.URI{storage.NewFileURI(path)})
	test.Tap(overlayButton(t, f.s.Window, "Add to my templates"))
	found, err := f.s.Library.Find("our-offsite")
	if err != nil || found.Name != "Our offsite" || found.Builtin {
		t.Fatalf("imported template: %+v, %v", found, err)
	}
	if !strings.Contains(sw.Status.Text, "is now among your templates") {
		t.Errorf("status %q", sw.Status.Text)
	}
}

func TestSessionFileDroppedOpens(t *testing.T) {
	f := newGUI(t)
	path := f.path("team.scaleroom")
	s := &workshop.Session{Title: "Dropped team"}
	if err := workshop.SaveFile(path, s); err != nil {
		t.Fatal(err)
	}
	f.s.dropped([]fyne.URI{storage.NewURI("https://example.org/x"), storage.NewFileURI(path)})
	f.settle(t)
	if f.s.Session == nil || f.s.Session.Path() != path {
		t.Fatalf("dropped session not open")
	}
}

func TestImportAndExportTemplate(t *testing.T) {
	f := newGUI(t)
	sw := startValues(t, f)
	out := f.path("ours")
	f.picked = []string{out}
	sw.ExportTemplate()
	want := out + ".json"
	tpl, err := workshop.LoadTemplateFile(want)
	if err != nil {
		t.Fatalf("exported template: %v", err)
	}
	if len(tpl.Session.Participants) != 0 || len(tpl.Session.Steps) != len(sw.Editor.Session.Steps) {
		t.Fatalf("template has %d people, %d steps", len(tpl.Session.Participants), len(tpl.Session.Steps))
	}
	if !strings.Contains(sw.Status.Text, "Template written to "+want) {
		t.Errorf("status %q", sw.Status.Text)
	}
	// Importing it adds it under a fresh ID; a session file is refused with
	// a way forward.
	f.s.ImportTemplate(want)
	list, _ := f.s.Library.List()
	n := 0
	for _, x := range list {
		if !x.Builtin {
			n++
		}
	}
	if n != 1 {
		t.Fatalf("%d user templates after the import", n)
	}
	sess := f.path("session.scaleroom")
	workshop.SaveFile(sess, sw.Editor.Session.Clone())
	f.s.ImportTemplate(sess)
	if got := dialogText(f.s.Window); !strings.Contains(got, "is not a template file") || !strings.Contains(got, "Save as template") {
		t.Fatalf("importing a session says %q", got)
	}
	os.Remove(sess)
}
