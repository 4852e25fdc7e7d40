package workshop

import (
	"bytes"
	stdjson "encoding/json"
	"io/fs"
	"os"
	"reflect"
	"strings"
	"testing"

	"scaleroom/assets"
)

// FuzzDecode checks that no input makes the loader panic, that whatever it
// accepts saves and reloads to an equal session, and that encoding/json
// reads an accepted file the same way (goccy/go-json has known divergences).
func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"kind":"session","version":1,"title":"T","participants":[{"id":"p1","name":"Ana"}],` +
		`"steps":[{"id":"s1","kind":"values","title":"V","timebox":30,"values":{"scale":"fist-of-five","mode":"tally",` +
		`"values":[{"id":"v1","name":"Trust","tally":{"0":1,"3":2}}]}}],"actions":[],` +
		`"created":"2026-01-01T00:00:00Z","modified":"2026-01-01T00:00:00Z"}`))
	f.Add([]byte(`{"kind":"session","version":1,"title":"\u00e9\ud83d\ude00","notes":"a\nb"}`))
	f.Add([]byte(`{"kind":"session","version":1,"steps":[{"id":"s","kind":"load","timebox":1,"load":{"unit":"hours","capacity":1e3,"items":[{"id":"l","name":"x","load":0.5,"target":0.25}]}}]}`))
	f.Add([]byte(`{"kind":"template","version":1,"id":"x","name":"X","session":{"title":"x"}}`))
	f.Add([]byte(`{"kind":"session","version":1,"title":"a","title":"b"}`))
	// Empty collections the encoder leaves out: they must reload as they read.
	f.Add([]byte(`{"kind":"session","version":1,"steps":[{"id":"s1","kind":"values","title":"V","timebox":1,` +
		`"values":{"scale":"fist-of-five","mode":"tally","values":[{"id":"v1","name":"T","tally":{},"responses":[]}]}}]}`))
	f.Add([]byte(`[1,2,3]`))
	f.Add([]byte(`{"kind":"session","version":1,"created":"not a time"}`))
	// A version 1 file, with the text owners the upgrade turns into IDs.
	if v1, err := os.ReadFile("testdata/v1-session.json"); err == nil {
		f.Add(v1)
	} else {
		f.Fatal(err)
	}
	f.Add([]byte(`{"kind":"session","version":2,"participants":[{"id":"p1","name":"Ana"}],` +
		`"actions":[{"id":"a1","text":"x","owner":{"participant":"p1"}},{"id":"a2","text":"y","owner":{"name":"Finance"}}]}`))
	// A belonging map in both modes, with links, counts and changes.
	f.Add([]byte(`{"kind":"session","version":3,"participants":[{"id":"p1","name":"Ana","level":"top"},{"id":"p2","name":"Bo","level":"Bottom"}],` +
		`"steps":[{"id":"s1","kind":"belonging","title":"B","timebox":5,"belonging":{"levels":["top","bottom"],"mode":"named",` +
		`"links":[{"who":"p2","whom":"p1"}],"changes":[{"id":"c1","name":"Rota","levels":["top","bottom"],"weeks":3,"source":"load:l1"}]}},` +
		`{"id":"s2","kind":"belonging","title":"Hands","timebox":5,"belonging":{"levels":["a","b","c"],"mode":"tally","counts":[{"from":"c","to":"a","count":4}]}}]}`))
	names, _ := fs.Glob(assets.Templates, "templates/*.json")
	for _, n := range names {
		data, _ := fs.ReadFile(assets.Templates, n)
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, tpl, err := DecodeAny(bytes.NewReader(data))
		if err != nil {
			return
		}
		var buf bytes.Buffer
		var again any
		if s != nil {
			if err := Encode(&buf, s); err != nil {
				t.Fatalf("accepted session does not save: %v", err)
			}
			s2, err := Decode(&buf)
			if err != nil {
				t.Fatalf("saved session does not reload: %v\n%s", err, buf.String())
			}
			if !reflect.DeepEqual(s, s2) {
				t.Fatalf("reloaded session differs")
			}
			// encoding/json reads the upgraded file: the old shapes have no
			// Go types to read them into.
			upgraded, err := upgradeForStd(data)
			if err != nil {
				t.Fatalf("goccy accepted a file the upgrade refuses: %v", err)
			}
			var std sessionFile
			if err := stdDecode(upgraded, &std); err != nil {
				t.Fatalf("goccy accepted what encoding/json refuses: %v", err)
			}
			std.Session.normalise()
			again = &std.Session
			if !reflect.DeepEqual(s, again) {
				t.Fatalf("goccy and encoding/json read different sessions")
			}
			return
		}
		if err := EncodeTemplate(&buf, tpl); err != nil {
			t.Fatalf("accepted template does not save: %v", err)
		}
		tpl2, err := DecodeTemplate(&buf)
		if err != nil {
			t.Fatalf("saved template does not reload: %v", err)
		}
		if !reflect.DeepEqual(tpl, tpl2) {
			t.Fatalf("reloaded template differs")
		}
	})
}

// upgradeForStd runs an older file through the upgrade chain, as decode
// does.
func upgradeForStd(data []byte) ([]byte, error) {
	env, err := readEnvelope(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	if err != nil || env.Version >= FormatVersion {
		return data, err
	}
	return migrate(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), env.Version)
}

func stdDecode(data []byte, v any) error {
	dec := stdjson.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}
