package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"scaleroom/workshop"
)

// writeSession saves a small valid session with two participants into dir.
func writeSession(t *testing.T, dir string) string {
	t.Helper()
	s := &workshop.Session{
		Title:        "Export check",
		Facilitator:  "Hanna Berg",
		Participants: []workshop.Participant{{ID: "p1", Name: "Ana Lima"}, {ID: "p2", Name: "Björn Åkesson"}},
		Steps: []workshop.Step{{ID: "s1", Kind: workshop.StepValues, Title: "Values", Timebox: 20,
			Values: &workshop.ValuesExercise{Scale: workshop.GradientsOfAgreement, Mode: workshop.ModeNamed,
				Values: []workshop.Value{{ID: "v1", Name: "Write it down", Responses: []workshop.Response{
					{Participant: "p1", Level: 1}, {Participant: "p2", Level: 6, Note: "Too many documents already."}}}}}}},
		Actions:  []workshop.Action{{ID: "a1", Text: "Share the notes", Owner: workshop.ParticipantOwner("p1")}},
		Created:  time.Date(2025, 6, 1, 9, 0, 0, 0, time.UTC),
		Modified: time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC),
	}
	path := filepath.Join(dir, "team.json")
	if err := workshop.SaveFile(path, s); err != nil {
		t.Fatal(err)
	}
	return path
}

// pdfText extracts a PDF's text, skipping the test without pdftotext.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed; make test installs it")
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

func TestExportWritesPDFs(t *testing.T) {
	dir := t.TempDir()
	in := writeSession(t, dir)
	lib := workshop.Library{}

	r := runCLI(t, lib, "export", in)
	want := filepath.Join(dir, "team.pdf")
	if r.code != ExitOK || !strings.Contains(r.stdout, "wrote "+want) {
		t.Fatalf("default output: %+v", r)
	}
	data, err := os.ReadFile(want)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatalf("team.pdf is not a PDF: %v", err)
	}
	if text := pdfText(t, want); !strings.Contains(text, "Björn Åkesson") || !strings.Contains(text, "Too many documents already.") {
		t.Errorf("full summary lacks a name or the note:\n%s", text)
	}

	// Options may come after the file, as in the documented synopsis.
	anon := filepath.Join(dir, "out", "anon.pdf")
	os.Mkdir(filepath.Dir(anon), 0o755)
	if r := runCLI(t, lib, "export", in, "-o", anon, "--anonymous", "--paper", "letter"); r.code != ExitOK {
		t.Fatalf("anonymous: %+v", r)
	}
	text := pdfText(t, anon)
	for _, name := range []string{"Ana", "Lima", "Björn", "Hanna"} {
		if strings.Contains(text, name) {
			t.Errorf("anonymous PDF shows %q", name)
		}
	}
	if strings.Contains(text, "Participant ") {
		t.Errorf("anonymous PDF labels people:\n%s", text)
	}
	info, err := exec.Command("pdfinfo", anon).Output()
	if err == nil && !strings.Contains(string(info), "letter") {
		t.Errorf("--paper letter gave:\n%s", info)
	}

	sheet := filepath.Join(dir, "ana.pdf")
	if r := runCLI(t, lib, "export", "--participant", "ana lima", "-o", sheet, in); r.code != ExitOK {
		t.Fatalf("personal sheet: %+v", r)
	}
	text = pdfText(t, sheet)
	if !strings.Contains(text, "Personal sheet for Ana Lima") || !strings.Contains(text, "Share the notes") || strings.Contains(text, "Björn") {
		t.Errorf("personal sheet text:\n%s", text)
	}
}

func TestExportErrors(t *testing.T) {
	dir := t.TempDir()
	in := writeSession(t, dir)
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"kind": "session", "version": 1, "title": `), 0o644)
	lib := workshop.Library{}
	cases := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no file", []string{"export"}, ExitUsage, "name exactly one session file"},
		{"two files", []string{"export", in, in}, ExitUsage, "name exactly one session file"},
		{"bad paper", []string{"export", in, "--paper", "a5"}, ExitUsage, `unknown paper size "a5"`},
		{"unknown flag", []string{"export", in, "--colour"}, ExitUsage, "flag provided but not defined"},
		{"unknown participant", []string{"export", in, "--participant", "Zed"}, ExitInvalid, `has no participant named "Zed"`},
		{"missing file", []string{"export", filepath.Join(dir, "nope.json")}, ExitInvalid, "nope.json"},
		{"broken file", []string{"export", bad}, ExitInvalid, "bad.json"},
		{"output over input", []string{"export", in, "-o", in}, ExitUsage, "would replace the session file"},
	}
	for _, c := range cases {
		r := runCLI(t, lib, c.args...)
		if r.code != c.code || !strings.Contains(r.stderr, c.stderr) {
			t.Errorf("%s: code %d, stderr %q; want code %d and %q", c.name, r.code, r.stderr, c.code, c.stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "bad.pdf")); !os.IsNotExist(err) {
		t.Errorf("a failed export left bad.pdf behind")
	}
	if r := runCLI(t, lib, "export", "--help"); r.code != ExitOK || !strings.Contains(r.stdout, "--participant") {
		t.Errorf("help: %+v", r)
	}
}

// macOS terminals send "José" decomposed; --participant must still find
// the person, in any case.
func TestExportParticipantNormalisesTheName(t *testing.T) {
	dir := t.TempDir()
	in := writeSession(t, dir)
	for _, typed := range []string{"Bjo\u0308rn A\u030akesson", "BJÖRN ÅKESSON", "björn  åkesson"} {
		sheet := filepath.Join(dir, "sheet.pdf")
		r := runCLI(t, workshop.Library{}, "export", in, "--participant", typed, "-o", sheet)
		if r.code != ExitOK {
			t.Fatalf("--participant %q: %+v", typed, r)
		}
		if text := pdfText(t, sheet); !strings.Contains(text, "Personal sheet for Björn Åkesson") {
			t.Errorf("--participant %q wrote:\n%s", typed, text)
		}
	}
}

func TestExportAllParticipants(t *testing.T) {
	dir := t.TempDir()
	in := writeSession(t, dir)
	out := filepath.Join(dir, "sheets")
	r := runCLI(t, workshop.Library{}, "export", in, "--all-participants", "-o", out, "--no-notes")
	if r.code != ExitOK {
		t.Fatalf("%+v", r)
	}
	for _, name := range []string{"01-ana-lima.pdf", "02-björn-åkesson.pdf"} {
		if !strings.Contains(r.stdout, filepath.Join(out, name)) {
			t.Errorf("stdout does not report %s: %q", name, r.stdout)
		}
	}
	text := pdfText(t, filepath.Join(out, "02-björn-åkesson.pdf"))
	if !strings.Contains(text, "Personal sheet for Björn Åkesson") || strings.Contains(text, "Too many documents already.") {
		t.Errorf("Björn's sheet with --no-notes:\n%s", text)
	}
	for _, c := range []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"export", in, "--all-participants"}, ExitUsage, "needs a folder"},
		{[]string{"export", in, "--all-participants", "-o", in}, ExitUsage, "is a file"},
		{[]string{"export", in, "--all-participants", "-o", out, "--participant", "Ana Lima"}, ExitUsage, "not both"},
	} {
		r := runCLI(t, workshop.Library{}, c.args...)
		if r.code != c.code || !strings.Contains(r.stderr, c.stderr) {
			t.Errorf("%v: %+v", c.args, r)
		}
	}
}

func TestExportNoNotes(t *testing.T) {
	dir := t.TempDir()
	in := writeSession(t, dir)
	out := filepath.Join(dir, "n.pdf")
	if r := runCLI(t, workshop.Library{}, "export", in, "--anonymous", "--no-notes", "-o", out); r.code != ExitOK {
		t.Fatalf("%+v", r)
	}
	if text := pdfText(t, out); strings.Contains(text, "Too many documents already.") {
		t.Error("--no-notes printed a note")
	}
}
