package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"scaleroom/assets/locale"
	"scaleroom/workshop"
)

// inLanguage switches the command line to a language for one test, and
// back to English, which the other tests assert, when it ends.
func inLanguage(t *testing.T, code string) {
	t.Helper()
	locale.Set(code)
	t.Cleanup(func() { locale.Set("en") })
}

// child runs the command line as its own process in a locale, as a person
// whose system speaks that language would, with no user templates.
func child(t *testing.T, lcAll string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), childEnv+"=1", "LC_ALL="+lcAll, "LANGUAGE=", "LANG="+lcAll,
		workshop.TemplateDirEnv+"="+t.TempDir())
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code = 0
	if exit, ok := err.(*exec.ExitError); ok {
		code = exit.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, out.String(), errb.String()
}

// Errors come in the person's language; command and option names stay as
// typed.
func TestFrenchErrors(t *testing.T) {
	inLanguage(t, "fr")
	lib := workshop.Library{}
	r := runCLI(t, lib, "export", "a.json", "b.json")
	if r.code != ExitUsage || !strings.HasPrefix(r.stderr, "scaleroom export: indiquez exactement un fichier de session\n") ||
		!strings.Contains(r.stderr, "Utilisation\u00a0: scaleroom export FILE [-o OUT.pdf|OUT.md|OUT.csv]") ||
		!strings.Contains(r.stderr, "Écrit une synthèse PDF d'un fichier de session") {
		t.Errorf("two files: %+v", r)
	}
	r = runCLI(t, lib, "export", "team.json", "--paper", "a3")
	if r.code != ExitUsage || r.stderr != "scaleroom export: format de papier inconnu \"a3\"\u00a0: utilisez a4 ou letter\n" {
		t.Errorf("paper: %+v", r)
	}
	r = runCLI(t, lib, "--bogus")
	if r.code != ExitUsage || !strings.HasPrefix(r.stderr, "scaleroom: option inconnue --bogus\n\nScaleroom guide") {
		t.Errorf("unknown option: %+v", r)
	}
	dir := t.TempDir()
	in := writeSession(t, dir)
	r = runCLI(t, lib, "export", in, "--participant", "Zoë")
	if r.code != ExitInvalid || r.stderr != "scaleroom export: "+in+" n'a aucune personne nommée \"Zoë\"\n" {
		t.Errorf("unknown participant: %+v", r)
	}
}

// A real process in a French locale speaks French without being told.
func TestFrenchErrorInAFrenchLocale(t *testing.T) {
	code, stdout, stderr := child(t, "fr_FR.UTF-8", "validate")
	if code != ExitUsage || stdout != "" || stderr != "scaleroom validate: indiquez au moins un fichier\n" {
		t.Errorf("code %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

// In German, the commands that succeed still say nothing on stderr: no
// missing translation and no complaint about the locale is logged.
func TestGermanSuccessIsQuiet(t *testing.T) {
	dir := t.TempDir()
	in := writeSession(t, dir)
	code, stdout, stderr := child(t, "de_DE.UTF-8", "templates")
	builtin, _ := workshop.BuiltinTemplates()
	if code != ExitOK || stderr != "" || len(strings.Split(strings.TrimSpace(stdout), "\n")) != len(builtin) {
		t.Errorf("templates: code %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	code, stdout, stderr = child(t, "de_DE.UTF-8", "validate", in)
	if code != ExitOK || stderr != "" || stdout != in+": in Ordnung\n" {
		t.Errorf("validate: code %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	out := filepath.Join(dir, "team.pdf")
	code, stdout, stderr = child(t, "de_DE.UTF-8", "export", in, "-o", out)
	if code != ExitOK || stderr != "" || stdout != out+" geschrieben\n" {
		t.Errorf("export: code %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if text := strings.Join(strings.Fields(pdfText(t, out)), " "); !strings.Contains(text, "Workshop-Zusammenfassung") ||
		!strings.Contains(text, "Teilnehmende") {
		t.Errorf("the German export is not German: %q", text)
	}
}

// The trends table's headers and words are German; its dates stay ISO,
// which line up and sort.
func TestGermanTrendsTable(t *testing.T) {
	spring, summer, autumn := cliSeries(t, t.TempDir())
	inLanguage(t, "de")
	r := runCLI(t, workshop.Library{}, "trends", spring, summer, autumn)
	if r.code != ExitOK || r.stderr != "" {
		t.Fatalf("%+v", r)
	}
	for _, want := range []string{": 3 Sitzungen, 2026-04-14 bis 2026-10-13\n", "DATUM", "SITZUNG", "DATEI",
		"WIDERSPRECHEN UND MITTRAGEN", "3 von 4", "KAPAZITÄT", "MASSNAHMEN", "in der Sitzung vereinbart"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("trends lack %q:\n%s", want, r.stdout)
		}
	}
}
