package workshop

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
)

// TestMigrateVersion1Owners loads a version 1 file whose owners are free
// text. Owners that are one participant's name (after NFC, case folding and
// trimming) become that participant's ID; everything else stays text as
// written; blank owners go. Saving writes the current version, and the saved file
// reloads to the same session.
func TestMigrateVersion1Owners(t *testing.T) {
	data, err := os.ReadFile("testdata/v1-session.json")
	if err != nil {
		t.Fatal(err)
	}
	s, err := Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("version 1 file does not load: %v", err)
	}
	p := ParticipantOwner
	n := func(s string) Owner { return Owner{Name: s} }
	actions := []struct {
		id   string
		want Owner
	}{
		{"a1", p("p1")},           // the exact name
		{"a2", p("p1")},           // other case, spaces around and inside
		{"a3", p("p2")},           // NFD, as macOS types it
		{"a4", n("Finance team")}, // not in the room
		{"a5", n("Bo")},           // "Bo" and "BO" both fit: no guess
		{"a6", Owner{}},           // empty
		{"a7", n("Ana")},          // part of a name is another name
		{"a8", Owner{}},           // no owner field
	}
	for i, c := range actions {
		if a := s.Actions[i]; a.ID != c.id || a.Owner != c.want {
			t.Errorf("action %s: owner %+v, want %+v", a.ID, a.Owner, c.want)
		}
	}
	items := []struct {
		id              string
		owner, decision Owner
	}{
		{"l1", n("Lettings"), p("p1")},
		{"l2", p("p2"), n("Priya (finance)")},
		{"l3", Owner{}, Owner{}}, // blank text is no owner
	}
	for i, c := range items {
		it := s.Steps[1].Load.Items[i]
		if it.ID != c.id || it.Owner != c.owner || it.DecisionOwner != c.decision {
			t.Errorf("item %s: owner %+v, decision owner %+v; want %+v, %+v", it.ID, it.Owner, it.DecisionOwner, c.owner, c.decision)
		}
	}
	// Everything else came through.
	if s.Title != "Spring workshop 🌱" || s.Notes != "Follow up with José." || s.Steps[0].Values.Values[0].Responses[0].Note != "I will back it." ||
		!s.Actions[6].Done || s.Steps[1].Load.Items[1].Target == nil || *s.Steps[1].Load.Items[1].Target != 1 {
		t.Errorf("content lost on upgrade: %+v", s)
	}
	if got := s.OwnerName(s.Actions[2].Owner); got != "José Ramírez" {
		t.Errorf("OwnerName = %q", got)
	}

	var buf bytes.Buffer
	if err := Encode(&buf, s); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{fmt.Sprintf(`"version": %d,`, FormatVersion), `"owner": {` + "\n" + `        "participant": "p1"`, `"name": "Finance team"`, `"decision_owner": {`} {
		if !strings.Contains(out, want) {
			t.Errorf("saved file lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, `"owner": "`) {
		t.Errorf("saved file still has a text owner:\n%s", out)
	}
	again, err := Decode(&buf)
	if err != nil {
		t.Fatalf("re-saved file does not load: %v", err)
	}
	if !reflect.DeepEqual(s, again) {
		t.Errorf("re-saved file reloads differently:\n%+v\n%+v", s, again)
	}
}

// TestMigrateVersion1Template upgrades a template: its load items' owners
// name no participant and stay text.
func TestMigrateVersion1Template(t *testing.T) {
	tpl, err := DecodeTemplate(strings.NewReader(`{"kind":"template","version":1,"id":"x","name":"X","session":{
		"steps":[{"id":"s1","kind":"load","timebox":10,"load":{"unit":"points","items":[
		{"id":"l1","name":"Report","owner":"Team leads","load":2}]}}]}}`))
	if err != nil {
		t.Fatal(err)
	}
	if got := tpl.Session.Steps[0].Load.Items[0].Owner; got != (Owner{Name: "Team leads"}) {
		t.Errorf("owner %+v", got)
	}
}

// TestMigrationRefusesOddOwners: a version 1 owner that is not text is
// reported at its place in the old file.
func TestMigrationRefusesOddOwners(t *testing.T) {
	for _, c := range []struct{ file, want string }{
		{`{"kind":"session","version":1,"actions":[{"id":"a1","text":"x","owner":5}]}`,
			"upgrade from version 1: actions[0].owner: expected text, found a number"},
		{`{"kind":"session","version":1,"steps":[{"id":"s1","kind":"load","load":{"unit":"points","items":[{"id":"l1","name":"x","decision_owner":{"name":"x"}}]}}]}`,
			"steps[0].load.items[0].decision_owner: expected text, found an object"},
		{`{"kind":"template","version":1,"id":"x","name":"X","session":{"actions":[{"id":"a1","text":"x","owner":true}]}}`,
			"session.actions[0].owner: expected text, found true or false"},
	} {
		_, _, err := DecodeAny(strings.NewReader(c.file))
		if !errors.Is(err, ErrInvalid) || err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", c.file, err, c.want)
		}
	}
	// Written in another letter case, as the decoder also accepts, an owner
	// is upgraded all the same.
	s, err := Decode(strings.NewReader(`{"kind":"session","version":1,"participants":[{"id":"p1","name":"Ana"}],"Actions":[{"id":"a1","text":"x","Owner":"ana"}]}`))
	if err != nil || s.Actions[0].Owner != ParticipantOwner("p1") {
		t.Errorf("upper-case fields: %v %+v", err, s)
	}
}

// TestMigrationChain checks the upgrade path itself: versions above the
// newest are refused, each step runs in order, and a missing step is an
// error rather than a half-read file. A pretend version 4, which renames
// "title" to "name", sits on top of the real version 3.
func TestMigrationChain(t *testing.T) {
	_, err := Decode(strings.NewReader(`{"kind":"session","version":4}`))
	if !errors.Is(err, ErrNewerVersion) || !strings.Contains(err.Error(), "file version 4, this version of Scaleroom reads up to 3") {
		t.Errorf("version 4: %v", err)
	}

	readVersion = 4
	realTwo := migrations[2]
	migrations[3] = func(raw map[string]any) error {
		raw["name"] = raw["title"]
		delete(raw, "title")
		return nil
	}
	defer func() { readVersion = FormatVersion; delete(migrations, 3); migrations[2] = realTwo }()
	var seen map[string]any
	real := migrations[1]
	migrations[1] = func(raw map[string]any) error {
		err := real(raw)
		seen = raw
		return err
	}
	defer func() { migrations[1] = real }()
	_, err = Decode(strings.NewReader(`{"kind":"session","version":1,"title":"Old","participants":[{"id":"p1","name":"Ana"}],"actions":[{"id":"a1","text":"x","owner":"Ana"}]}`))
	// The Go types are still version 3's, so the upgraded "name" is unknown:
	// that it is reported proves the last step ran before decoding.
	if err == nil || !strings.Contains(err.Error(), `"name"`) {
		t.Errorf("second upgrade did not run: %v", err)
	}
	owner := seen["actions"].([]any)[0].(map[string]any)["owner"]
	if !reflect.DeepEqual(owner, map[string]any{"participant": "p1"}) {
		t.Errorf("first upgrade did not run: owner %v", owner)
	}

	delete(migrations, 2)
	_, err = Decode(strings.NewReader(`{"kind":"session","version":2}`))
	if err == nil || !strings.Contains(err.Error(), "no way to read version 2") {
		t.Errorf("missing migration: %v", err)
	}
}
