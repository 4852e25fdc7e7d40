package app

import (
	"os"
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
