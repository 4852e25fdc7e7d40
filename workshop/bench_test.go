package workshop_test

import (
	"bytes"
	stdjson "encoding/json"
	"path/filepath"
	"testing"

	"scaleroom/workshop"
	"scaleroom/workshop/workshoptest"
)

// The large session: 200 participants, 60 values, 500 load items and 100
// initiatives, about 2 MB of JSON. Goals on the 2-core reference machine:
// load (decode and validate) under 10 ms, save (encode and atomic write)
// under 25 ms. Figures are in docs/PERFORMANCE.md.

func largeFile(b *testing.B) []byte {
	b.Helper()
	var buf bytes.Buffer
	if err := workshop.Encode(&buf, workshoptest.Session(workshoptest.Large)); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

func BenchmarkLoadLarge(b *testing.B) {
	data := largeFile(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := workshop.Decode(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSaveLarge(b *testing.B) {
	s := workshoptest.Session(workshoptest.Large)
	path := filepath.Join(b.TempDir(), "large.json")
	b.ReportAllocs()
	for b.Loop() {
		if err := workshop.SaveFile(path, s); err != nil {
			b.Fatal(err)
		}
	}
}

// The two decoders on the same file, plain struct decode without our checks,
// to see what goccy/go-json buys.
func BenchmarkStructDecodeLarge(b *testing.B) {
	data := largeFile(b)
	b.Run("goccy", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			var s workshop.Session
			if err := workshop.DecodeInto(data, &s); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			var s workshop.Session
			if err := stdjson.Unmarshal(data, &s); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkAnalyseLarge(b *testing.B) {
	s := workshoptest.Session(workshoptest.Large)
	b.ReportAllocs()
	for b.Loop() {
		for i := range s.Steps {
			st := &s.Steps[i]
			switch {
			case st.Values != nil:
				st.Values.Analyse(s.Participants)
			case st.Load != nil:
				st.Load.Analyse(s.Participants)
			case st.Reflection != nil:
				st.Reflection.Analyse()
			}
		}
	}
}
