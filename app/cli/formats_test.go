package cli

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"scaleroom/workshop"
)

func readCSVFile(t *testing.T, path string) [][]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(data), "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return recs
}

func TestExportMarkdownAndCSV(t *testing.T) {
	dir := t.TempDir()
	in := writeSession(t, dir)
	lib := workshop.Library{}

	md := filepath.Join(dir, "wiki.md")
	r := runCLI(t, lib, "export", in, "-o", md)
	if r.code != ExitOK || r.stderr != "" || r.stdout != "wrote "+md+"\n" {
		t.Fatalf("markdown: %+v", r)
	}
	text, _ := os.ReadFile(md)
	for _, want := range []string{"# Export check", "Share the notes", "Ana Lima", "| Level | Count |"} {
		if !strings.Contains(string(text), want) {
			t.Errorf("markdown lacks %q", want)
		}
	}

	// Default name from the format and table; the extension picks CSV.
	r = runCLI(t, lib, "export", in, "--format", "csv", "--table", "responses")
	want := filepath.Join(dir, "team-responses.csv")
	if r.code != ExitOK || r.stderr != "" || r.stdout != "wrote "+want+"\n" {
		t.Fatalf("csv default name: %+v", r)
	}
	recs := readCSVFile(t, want)
	if len(recs) != 3 || recs[2][2] != "Björn Åkesson" || recs[2][3] != "6" || recs[2][6] != "Too many documents already." {
		t.Fatalf("responses %q", recs)
	}
	acts := filepath.Join(dir, "tracker.csv")
	if r := runCLI(t, lib, "export", in, "-o", acts); r.code != ExitOK {
		t.Fatalf("actions: %+v", r)
	}
	if recs := readCSVFile(t, acts); len(recs) != 2 || recs[1][0] != "Share the notes" || recs[1][1] != "Ana Lima" {
		t.Fatalf("actions %q", recs)
	}
	// Anonymous: counts, and no name anywhere in the file.
	anon := filepath.Join(dir, "anon.csv")
	if r := runCLI(t, lib, "export", in, "-o", anon, "--table", "responses", "--anonymous"); r.code != ExitOK {
		t.Fatalf("anonymous: %+v", r)
	}
	data, _ := os.ReadFile(anon)
	for _, name := range []string{"Ana", "Lima", "Björn", "Åkesson"} {
		if strings.Contains(string(data), name) {
			t.Errorf("anonymous CSV names %s", name)
		}
	}

	for _, c := range []struct {
		args []string
		err  string
	}{
		{[]string{"--format", "csv", "-o", filepath.Join(dir, "x.md")}, "does not match x.md"},
		{[]string{"--format", "docx"}, `unknown --format "docx"`},
		{[]string{"-o", filepath.Join(dir, "x.csv"), "--table", "people"}, `unknown --table "people"`},
		{[]string{"--all-participants", "-o", filepath.Join(dir, "sheets"), "--format", "md"}, "PDF sheets only"},
	} {
		r := runCLI(t, lib, append([]string{"export", in}, c.args...)...)
		if r.code != ExitUsage || !strings.Contains(r.stderr, c.err) {
			t.Errorf("%v: %+v, want %q", c.args, r, c.err)
		}
	}
}
