package workshop_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"scaleroom/workshop"
	"scaleroom/workshop/workshoptest"
)

func encode(t testing.TB, s *workshop.Session) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := workshop.Encode(&b, s); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestRoundTrip(t *testing.T) {
	s := workshoptest.Session(workshoptest.Typical)
	s.Notes = "Zoë · Ελληνικά · Кириллица · 中文 · עברית · 🙂 · " + strings.Repeat("long note ", 300)
	s.Participants[0].Name = "José Ñúñez 🙂"
	got, err := workshop.Decode(bytes.NewReader(encode(t, s)))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, s) {
		t.Error("a session read back differs from the one saved")
	}
	if !bytes.Equal(encode(t, got), encode(t, s)) {
		t.Error("saving twice gives different bytes")
	}
}

func TestTemplateRoundTrip(t *testing.T) {
	tpl := workshop.TemplateFrom(workshoptest.Session(workshoptest.Typical), "my-review", "My review", "A review we liked.")
	var b bytes.Buffer
	if err := workshop.EncodeTemplate(&b, tpl); err != nil {
		t.Fatal(err)
	}
	got, err := workshop.DecodeTemplate(&b)
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != "my-review" || got.Name != "My review" || got.Description != "A review we liked." ||
		!reflect.DeepEqual(got.Session, tpl.Session) {
		t.Errorf("template changed on the way through: %+v", got)
	}
}

const minimal = `{"kind":"session","version":1,"title":"T","participants":[{"id":"p1","name":"Ana"}],` +
	`"steps":[{"id":"s1","kind":"values","title":"V","timebox":30,"values":{"scale":"gradients-of-agreement","mode":"named",` +
	`"values":[{"id":"v1","name":"Trust","responses":[{"participant":"p1","level":6}]}]}}],"actions":[],` +
	`"created":"2026-01-01T00:00:00Z","modified":"2026-01-01T00:00:00Z"}`

func TestDecodeMinimal(t *testing.T) {
	s, err := workshop.Decode(strings.NewReader(minimal))
	if err != nil {
		t.Fatal(err)
	}
	if s.Steps[0].Values.Values[0].Responses[0].Level != 6 || s.Participants[0].Name != "Ana" {
		t.Errorf("decoded %+v", s)
	}
}

func TestDecodeRefuses(t *testing.T) {
	big := `{"kind":"session","version":1,"notes":"` + strings.Repeat("x", workshop.MaxFileSize) + `"}`
	tests := []struct {
		name, in string
		is       error
		contains string
	}{
		{"empty", ``, workshop.ErrSyntax, "ends too early"},
		{"not json", `hello`, workshop.ErrSyntax, "line 1"},
		{"truncated", minimal[:len(minimal)/2], workshop.ErrSyntax, "ends too early"},
		{"trailing text", minimal + ` {}`, workshop.ErrSyntax, "after the end"},
		{"invalid utf-8", `{"kind":"session","version":1,"title":"` + "\xff\xfe" + `"}`, workshop.ErrNotUTF8, "offset 39"},
		{"too large", big, workshop.ErrTooLarge, "over the 32 MiB limit"},
		{"no kind", `{"title":"x"}`, workshop.ErrWrongKind, "not a Scaleroom file"},
		{"other kind", `{"kind":"invoice","version":1}`, workshop.ErrWrongKind, `"invoice"`},
		{"template where session wanted", `{"kind":"template","version":1}`, workshop.ErrWrongKind, "expected a session"},
		{"newer version", `{"kind":"session","version":7}`, workshop.ErrNewerVersion, "version 7"},
		{"version zero", `{"kind":"session","version":0,"title":"x"}`, workshop.ErrInvalid, "version"},
		{"wrong type", `{"kind":"session","version":1,"title":3}`, workshop.ErrInvalid, "title"},
		{"wrong nested type", `{"kind":"session","version":1,"steps":[{"id":"s1","kind":"break","timebox":"ten"}]}`, workshop.ErrInvalid, "steps[0].timebox"},
		{"bad time", `{"kind":"session","version":1,"created":"yesterday"}`, workshop.ErrInvalid, "2026-11-24T09:30:00Z"},
		{"list for text", `{"kind":"session","version":1,"title":[]}`, workshop.ErrInvalid, "title: expected text"},
		{"unknown field", `{"kind":"session","version":1,"titel":"x"}`, workshop.ErrInvalid, `"titel"`},
		{"unknown participant", strings.Replace(minimal, `"participant":"p1"`, `"participant":"p9"`, 1), workshop.ErrInvalid,
			`steps[0].values.values[0].responses[0].participant: no participant has id "p9"`},
		{"duplicate participant", strings.Replace(minimal, `[{"id":"p1","name":"Ana"}]`, `[{"id":"p1","name":"Ana"},{"id":"p2","name":"Ana"}]`, 1),
			workshop.ErrInvalid, `participants[1].name: duplicate participant name "Ana"`},
		{"unknown level", strings.Replace(minimal, `"level":6`, `"level":9`, 1), workshop.ErrInvalid, "9 is not a level of Gradients of Agreement"},
		{"unknown scale", strings.Replace(minimal, `gradients-of-agreement`, `thumbs`, 1), workshop.ErrInvalid, `unknown scale "thumbs"`},
		{"bad date", strings.Replace(minimal, `"title":"T"`, `"title":"T","date":"24/11/2026"`, 1), workshop.ErrInvalid, "date"},
		{"exercise on wrong step", strings.Replace(minimal, `"kind":"values"`, `"kind":"break"`, 1), workshop.ErrInvalid, "steps[0].values: only a values step"},
		{"action on unknown step", strings.Replace(minimal, `"actions":[]`, `"actions":[{"id":"a1","text":"x","step":"s7"}]`, 1),
			workshop.ErrInvalid, `actions[0].step: no step has id "s7"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := workshop.Decode(strings.NewReader(tt.in))
			if err == nil {
				t.Fatalf("accepted: %+v", s)
			}
			if !errors.Is(err, tt.is) {
				t.Errorf("error %q is not %v", err, tt.is)
			}
			if !strings.Contains(err.Error(), tt.contains) {
				t.Errorf("error %q does not mention %q", err, tt.contains)
			}
		})
	}
}

func TestDecodeAcceptsByteOrderMark(t *testing.T) {
	if _, err := workshop.Decode(strings.NewReader("\ufeff" + minimal)); err != nil {
		t.Error(err)
	}
}

func TestEncodeKeepsTextReadable(t *testing.T) {
	s, _ := workshop.Decode(strings.NewReader(minimal))
	s.Notes = "R&D <team> Zoë"
	if out := string(encode(t, s)); !strings.Contains(out, `"R&D <team> Zoë"`) {
		t.Errorf("notes escaped in the file: %s", out)
	}
}

func TestMissingExerciseIsCreated(t *testing.T) {
	s, err := workshop.Decode(strings.NewReader(`{"kind":"session","version":1,"steps":[{"id":"s1","kind":"load","title":"L","timebox":5}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if s.Steps[0].Load == nil || s.Steps[0].Load.Unit != workshop.UnitPoints {
		t.Errorf("load step without an inventory: %+v", s.Steps[0])
	}
}

func TestLoadFileNamesTheFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "team.json")
	if err := os.WriteFile(path, []byte(`{"kind":"session","version":1,"title":`), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := workshop.LoadFile(path)
	if err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("error %v does not name %s", err, path)
	}
	_, err = workshop.LoadFile(filepath.Join(t.TempDir(), "missing.json"))
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

func TestSaveFileKeepsBackupAndIsAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "session.json")
	s := workshoptest.Session(workshoptest.Typical)
	if err := workshop.SaveFile(path, s); err != nil {
		t.Fatal(err)
	}
	first, _ := os.ReadFile(path)
	s.Title = "Second version"
	if err := workshop.SaveFile(path, s); err != nil {
		t.Fatal(err)
	}
	bak, err := os.ReadFile(path + ".bak")
	if err != nil || !bytes.Equal(bak, first) {
		t.Errorf("backup does not hold the previous version (err %v)", err)
	}
	got, err := workshop.LoadFile(path)
	if err != nil || got.Title != "Second version" {
		t.Errorf("reloaded %v, %v", got, err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("folder holds %d files, want the session and its backup only", len(entries))
	}
}

func TestSaveFileFailureKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "session.json")
	s := workshoptest.Session(workshoptest.Typical)
	if err := workshop.SaveFile(path, s); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)

	// A folder that has gone away.
	if err := workshop.SaveFile(filepath.Join(dir, "gone", "s.json"), s); err == nil {
		t.Error("saving into a missing folder succeeded")
	}
	// A read-only folder; root ignores permissions, so only where they bite.
	if os.Geteuid() != 0 {
		ro := filepath.Join(dir, "ro")
		os.Mkdir(ro, 0o755)
		os.WriteFile(filepath.Join(ro, "s.json"), before, 0o644)
		os.Chmod(ro, 0o555)
		defer os.Chmod(ro, 0o755)
		if err := workshop.SaveFile(filepath.Join(ro, "s.json"), s); err == nil {
			t.Error("saving into a read-only folder succeeded")
		}
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("a failed save changed the existing file")
	}
}

func TestBuiltinTemplates(t *testing.T) {
	list, err := workshop.BuiltinTemplates()
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]*workshop.Template{}
	for _, tpl := range list {
		ids[tpl.ID] = tpl
		if tpl.Description == "" || tpl.Minutes() == 0 {
			t.Errorf("%s: needs a description and timeboxes", tpl.ID)
		}
		for i, st := range tpl.Session.Steps {
			if st.Prompt == "" || st.Timebox == 0 {
				t.Errorf("%s: step %d %q needs a prompt and a timebox", tpl.ID, i, st.Title)
			}
		}
	}
	if tpl := ids["values-60"]; tpl == nil || tpl.Minutes() != 60 {
		t.Errorf("values-60 missing or not 60 minutes")
	}
	if tpl := ids["speed-of-belonging"]; tpl == nil || tpl.Minutes() != 75 || tpl.Session.Steps[1].Belonging == nil ||
		len(tpl.Session.Steps[1].Belonging.Levels) != 4 {
		t.Errorf("speed-of-belonging missing, not 75 minutes, or without its map")
	}
}

// "tally":{} and "responses":[] were read as empty but written as absent, so
// an accepted file did not reload to the same session (found by FuzzDecode).
func TestEmptyTallyAndResponsesReadAsAbsent(t *testing.T) {
	in := `{"kind":"session","version":1,"steps":[{"id":"s1","kind":"values","title":"V","timebox":1,` +
		`"values":{"scale":"fist-of-five","mode":"tally","values":[{"id":"v1","name":"T","tally":{},"responses":[]}]}}]}`
	s, err := workshop.Decode(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	v := s.Steps[0].Values.Values[0]
	if v.Tally != nil || v.Responses != nil {
		t.Errorf("tally %#v, responses %#v; want both nil", v.Tally, v.Responses)
	}
	again, err := workshop.Decode(bytes.NewReader(encode(t, s)))
	if err != nil || !reflect.DeepEqual(s, again) {
		t.Errorf("does not reload as read (err %v)", err)
	}
}
