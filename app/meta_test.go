package app

import (
	"os"
	"strings"
	"testing"
)

// FyneApp.toml must parse: it declares the fyneDo migration, without which
// Fyne checks the thread of every widget call.
func TestMetadataFromFyneAppToml(t *testing.T) {
	text, err := os.ReadFile("../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	m := Metadata(string(text), 0)
	if m.ID != "app.scaleroom.desktop" || m.Name != "Scaleroom" || m.Version != "0.2.0" || m.Build != 1 {
		t.Fatalf("metadata = %+v, want the values from FyneApp.toml", m)
	}
	if !m.Migrations["fyneDo"] {
		t.Fatalf("migrations = %v, want fyneDo", m.Migrations)
	}
	if bad := Metadata("[Details\n", 0); bad.Name != "Scaleroom" || bad.Migrations["fyneDo"] {
		t.Fatalf("broken toml gave %+v, want the fallback", bad)
	}
	// The build passes its number; the file's stays as checked in.
	if m := Metadata(string(text), 57); m.Build != 57 || VersionText(m) != "0.2.0 (build 57)" {
		t.Fatalf("with a build number: %+v, %q", m, VersionText(m))
	}
}

func TestAboutShowsVersionAndBuild(t *testing.T) {
	f := newGUI(t)
	text, err := os.ReadFile("../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	m := Metadata(string(text), 212)
	if got := aboutText(m); !strings.HasPrefix(got, "Scaleroom 0.2.0 (build 212)\n") {
		t.Fatalf("about says %q", got)
	}
	// From the menu of the home screen and of a session.
	menuItem(t, f.s.Window, "About Scaleroom").Action()
	if got := dialogText(f.s.Window); !strings.Contains(got, "Scaleroom ") || !strings.Contains(got, "(build ") {
		t.Fatalf("about dialog %q", got)
	}
	startValues(t, f)
	if menuItem(t, f.s.Window, "About Scaleroom") == nil {
		t.Fatal("no About in the session's Help menu")
	}
}
