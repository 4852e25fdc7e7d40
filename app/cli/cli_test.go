package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"scaleroom/workshop"
)

type run struct {
	code           int
	gui            *GUI
	stdout, stderr string
}

func runCLI(t *testing.T, lib workshop.Library, args ...string) run {
	t.Helper()
	var out, errb bytes.Buffer
	env := Env{Stdout: &out, Stderr: &errb, Library: lib, Version: "0.2.0 (build 57)",
		Now: func() time.Time { return time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC) }}
	code, gui := Run(args, env)
	return run{code, gui, out.String(), errb.String()}
}

func TestGUIRequests(t *testing.T) {
	lib := workshop.Library{}
	if r := runCLI(t, lib); r.gui == nil || r.gui.File != "" {
		t.Errorf("no arguments: %+v", r)
	}
	if r := runCLI(t, lib, "team.json"); r.gui == nil || r.gui.File != "team.json" {
		t.Errorf("a file: %+v", r)
	}
	if r := runCLI(t, lib, "a.json", "b.json"); r.gui != nil || r.code != ExitUsage {
		t.Errorf("two files: %+v", r)
	}
	if r := runCLI(t, lib, "--bogus"); r.gui != nil || r.code != ExitUsage || !strings.Contains(r.stderr, "unknown option --bogus") {
		t.Errorf("unknown option: %+v", r)
	}
	if r := runCLI(t, lib, "--help"); r.code != ExitOK || !strings.Contains(r.stdout, "scaleroom validate FILE...") {
		t.Errorf("help: %+v", r)
	}
}

func TestTemplates(t *testing.T) {
	dir := t.TempDir()
	lib := workshop.Library{Dir: dir}
	r := runCLI(t, lib, "templates")
	if r.code != ExitOK {
		t.Fatalf("%+v", r)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	builtin, _ := workshop.BuiltinTemplates()
	if len(lines) != len(builtin) {
		t.Fatalf("listed %d templates, want %d:\n%s", len(lines), len(builtin), r.stdout)
	}
	if !strings.Contains(r.stdout, "values-60\tValues: disagree and commit (60 min)\t60 min\n") {
		t.Errorf("values-60 line missing or changed:\n%s", r.stdout)
	}
	os.WriteFile(filepath.Join(dir, "bad.json"), []byte("nope"), 0o644)
	r = runCLI(t, lib, "templates")
	if r.code != ExitOK || !strings.Contains(r.stderr, "bad.json") {
		t.Errorf("a broken user template must be reported, not fatal: %+v", r)
	}
	if r := runCLI(t, lib, "templates", "extra"); r.code != ExitUsage {
		t.Errorf("extra argument: %+v", r)
	}
	if r := runCLI(t, lib, "templates", "--help"); r.code != ExitOK || !strings.Contains(r.stdout, "Usage: scaleroom templates") {
		t.Errorf("help: %+v", r)
	}
}

func TestNewThenValidate(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "workshop.json")
	lib := workshop.Library{}
	r := runCLI(t, lib, "new", "--template", "half-day-scaling", "-o", out)
	if r.code != ExitOK {
		t.Fatalf("%+v", r)
	}
	s, err := workshop.LoadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if s.Template != "half-day-scaling" || s.Date != "2026-11-24" || len(s.Steps) == 0 {
		t.Errorf("new session: template %q date %q steps %d", s.Template, s.Date, len(s.Steps))
	}
	if n := loadItems(s); n != 0 {
		t.Errorf("new session has %d load items; a built-in template's are examples", n)
	}
	withEx := filepath.Join(dir, "examples.json")
	if r := runCLI(t, lib, "new", "--template", "half-day-scaling", "--examples", "-o", withEx); r.code != ExitOK {
		t.Fatalf("--examples: %+v", r)
	}
	if ex, err := workshop.LoadFile(withEx); err != nil || loadItems(ex) != 10 {
		t.Errorf("--examples: err %v, want the template's 10 load items", err)
	}
	if r := runCLI(t, lib, "new", "--template", "half-day-scaling", "-o", out); r.code != ExitInvalid || !strings.Contains(r.stderr, "already exists") {
		t.Errorf("overwrite without --force: %+v", r)
	}
	if r := runCLI(t, lib, "new", "--force", "--template", "values-60", "-o", out); r.code != ExitOK {
		t.Errorf("--force: %+v", r)
	}
	if r := runCLI(t, lib, "new", "--template", "nope", "-o", filepath.Join(dir, "x.json")); r.code != ExitInvalid || !strings.Contains(r.stderr, `no template "nope"`) {
		t.Errorf("unknown template: %+v", r)
	}
	if r := runCLI(t, lib, "new", "-o", out); r.code != ExitUsage {
		t.Errorf("missing --template: %+v", r)
	}

	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"kind":"session","version":1,"participants":[{"id":"p1","name":""},{"id":"p1","name":"Bo"}]}`), 0o644)
	r = runCLI(t, lib, "validate", out, bad, filepath.Join(dir, "missing.json"))
	if r.code != ExitInvalid {
		t.Errorf("validate with a bad file: exit %d", r.code)
	}
	if r.stdout != out+": ok\n" {
		t.Errorf("stdout %q", r.stdout)
	}
	for _, want := range []string{
		bad + ": 2 problems:\n  participants[0].name: missing\n  participants[1].id: duplicate participant id \"p1\" (also at participants[0].id)\n",
		"missing.json: there is no such file\n",
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	if n := strings.Count(r.stderr, "missing.json"); n != 1 {
		t.Errorf("the missing file is named %d times:\n%s", n, r.stderr)
	}
	if r := runCLI(t, lib, "validate"); r.code != ExitUsage {
		t.Errorf("validate without files: %+v", r)
	}
}

func TestValidateTemplates(t *testing.T) {
	names, _ := filepath.Glob("../../assets/templates/*.json")
	if len(names) < 3 {
		t.Fatalf("found %d built-in template files", len(names))
	}
	if r := runCLI(t, workshop.Library{}, append([]string{"validate"}, names...)...); r.code != ExitOK {
		t.Errorf("built-in templates do not validate: %s", r.stderr)
	}
}

func loadItems(s *workshop.Session) int {
	n := 0
	for _, st := range s.Steps {
		if st.Load != nil {
			n += len(st.Load.Items)
		}
	}
	return n
}

func TestVersion(t *testing.T) {
	for _, arg := range []string{"--version", "version"} {
		r := runCLI(t, workshop.Library{}, arg)
		if r.code != ExitOK || r.gui != nil || r.stdout != "Scaleroom 0.2.0 (build 57)\n" || r.stderr != "" {
			t.Errorf("%s: %+v", arg, r)
		}
	}
}
