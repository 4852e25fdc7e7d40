package export_test

// Fuzz targets for the PDF export, written against the exported API only:
// the anonymiser's internals are being rewritten.

import (
	"bytes"
	"strings"
	"testing"

	"scaleroom/export"
	"scaleroom/workshop"
	"scaleroom/workshop/workshoptest"
)

// fuzzText is a starting set of hard text: scripts the fonts lack, runes
// above U+FFFF that gofpdf cannot split, right-to-left text, combining
// marks, control characters, very long words and broken UTF-8.
var fuzzText = []string{
	"", " ", "Ana Lima", "O'Brien-Ngũyễn", "李小龙", "김민준", "עברית", "العربية", "🙂👍🏽", "e\u0301\u0301\u0301",
	"a\tb\r\nc\x00d\x7f", "\u202eevil\u202c", "\ufffd\xff\xfe", strings.Repeat("W", 400),
	"- [participant] Participant 1 the facilitator",
}

// FuzzWrite puts arbitrary text in every kind of string field of a typical
// session (titles, names, notes, values, load items, initiatives, actions)
// and writes one of the three variants (full, anonymous, personal), as the
// fuzzer chooses: one a run keeps it fast enough to explore (a typical
// session takes tens of milliseconds a variant). The export must neither
// panic nor fail: it has no documented limit on text, so no error is
// acceptable.
func FuzzWrite(f *testing.F) {
	for i, a := range fuzzText {
		b := fuzzText[(i+3)%len(fuzzText)]
		c := fuzzText[(i+7)%len(fuzzText)]
		f.Add(uint8(i), a, b, c, a+" "+b, c)
	}
	f.Fuzz(func(t *testing.T, variant uint8, title, name, other, note, item string) {
		s := fuzzedSession(title, name, other, note, item)
		opt := []export.Options{{}, {Anonymous: true, Paper: export.PaperLetter}, {Participant: s.Participants[0].ID}}[variant%3]
		var buf bytes.Buffer
		if err := export.Write(&buf, s, opt); err != nil {
			t.Fatalf("%+v: %v", opt, err)
		}
		if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
			t.Fatalf("%+v: not a PDF", opt)
		}
	})
}

// fuzzedSession is workshoptest's typical session with the fuzzer's text in
// every kind of string field the PDF shows.
func fuzzedSession(title, name, other, note, item string) *workshop.Session {
	s := workshoptest.Session(workshoptest.Typical)
	s.Title, s.Organisation, s.Facilitator, s.Location, s.Notes, s.Date = title, item, other, note, note, title
	p := s.Participants
	p[0].Name, p[1].Name, p[2].Name = name, other, name+" "+other
	p[3].Role, p[3].Team, p[3].Level = item, note, title
	for i := range s.Steps {
		st := &s.Steps[i]
		st.Title, st.Prompt = title, note
		switch {
		case st.Values != nil:
			v := &st.Values.Values[0]
			v.Name, v.Description = item, note
			v.Responses[0].Note, v.Responses[1].Note = note, name
			st.Values.Values[1].Name = name
		case st.Load != nil:
			st.Load.Team = other
			it := &st.Load.Items[0]
			it.Name, it.Owner, it.Note, it.DecisionOwner, it.DecisionDate = item, workshop.Owner{Name: name}, note, workshop.Owner{Name: other}, title
			st.Load.Items[1].Name = note
		case st.Reflection != nil:
			in := &st.Reflection.Initiatives[0]
			in.Name, in.Evidence, in.Rationale, in.FirstAction = item, note, title, other
		}
	}
	s.Actions[0].Text, s.Actions[0].Owner, s.Actions[0].Due = note, workshop.Owner{Name: name}, item
	s.Actions[1].Text, s.Actions[1].Owner = item, workshop.Owner{Name: other}
	return s
}

// FuzzAnonymous gives the anonymous summary arbitrary participant and
// facilitator names and free text full of them. What it can check through
// the exported API is that the export neither panics nor fails and that it
// is deterministic: the output is a compressed PDF with subset fonts, so
// whether a name survived cannot be read from it without a PDF text
// extractor (the pdftotext tests in export_test.go check that on known
// text).
func FuzzAnonymous(f *testing.F) {
	f.Add("Ana Lima", "Ana Costa", "Will", "Hanna Berg", "Ana said: ask Lima, or will Will? ana lima agreed; Costa-Lima no. Hanna too.")
	f.Add("", " ", "A", "B C", "")
	f.Add("Zoë O'Brien", "李 小龙", "Participant 1", "the facilitator", "Zoë and 小龙 met Participant 1.")
	f.Add("X X", "X", "x", "X", "X x X")
	f.Fuzz(func(t *testing.T, a, b, c, facilitator, text string) {
		s := workshoptest.Session(workshoptest.Size{Participants: 3, Values: 1, LoadItems: 1, Initiatives: 1})
		s.Participants[0].Name, s.Participants[1].Name, s.Participants[2].Name = a, b, c
		s.Facilitator, s.Title, s.Notes = facilitator, text, text+"\n"+a+" "+b
		for i := range s.Steps {
			st := &s.Steps[i]
			switch {
			case st.Values != nil:
				st.Values.Values[0].Responses[0].Note = text
			case st.Load != nil:
				st.Load.Items[0].Owner, st.Load.Items[0].Note = workshop.Owner{Name: b}, text
			case st.Reflection != nil:
				st.Reflection.Initiatives[0].Evidence = text
			}
		}
		s.Actions[0].Text, s.Actions[0].Owner = text, workshop.Owner{Name: c}
		opt := export.Options{Anonymous: true}
		first, _, err := export.Render(s, opt)
		if err != nil {
			t.Fatal(err)
		}
		again, _, err := export.Render(s, opt)
		if err != nil || !bytes.Equal(first, again) {
			t.Fatalf("a second export differs (err %v)", err)
		}
	})
}
