package export

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"scaleroom/workshop"
)

func TestSheetFileNames(t *testing.T) {
	s := &workshop.Session{}
	for _, n := range []string{"José-María Núñez", "王小明", "山田太郎", "Ana Lima", "ana  lima!", "../../etc/passwd", "😀", strings.Repeat("Long name ", 50), "محمد الأحمد", "प्रिया शर्मा", strings.Repeat("李", 40)} {
		s.Participants = append(s.Participants, workshop.Participant{ID: fmt.Sprintf("p%d", len(s.Participants)+1), Name: n})
	}
	want := []string{"01-josé-maría-núñez.pdf", "02-王小明.pdf", "03-山田太郎.pdf", "04-ana-lima.pdf", "05-ana-lima.pdf", "06-etc-passwd.pdf", "07.pdf",
		"08-" + strings.TrimRight(strings.Repeat("long-name-", 6), "-") + ".pdf", "09-محمد-الأحمد.pdf", "10-प्रिया-शर्मा.pdf",
		"11-" + strings.Repeat("李", 20) + ".pdf"} // 60 bytes, cut between characters
	seen := map[string]bool{}
	for i := range s.Participants {
		got := SheetFileName(s, &s.Participants[i])
		if got != want[i] {
			t.Errorf("%q: %q, want %q", s.Participants[i].Name, got, want[i])
		}
		if seen[got] || strings.ContainsAny(got, `/\:`) {
			t.Errorf("%q is not a unique, safe name", got)
		}
		seen[got] = true
	}
}

func TestWriteSheetsWritesOnePerParticipant(t *testing.T) {
	dir := t.TempDir()
	s := typicalSession()
	paths, err := WriteSheets(dir, s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != 12 {
		t.Fatalf("%d sheets", len(paths))
	}
	got := text(t, filepath.Join(dir, "04-dmitri-volkov.pdf"))
	mustContain(t, "Dmitri's sheet", got, "Personal sheet for Dmitri Volkov")
	entries, _ := os.ReadDir(dir)
	if len(entries) != 12 {
		t.Errorf("%d files in the folder; temporary files left behind?", len(entries))
	}
	if _, err := WriteSheets(filepath.Join(dir, "missing"), s, Options{}); err == nil {
		t.Error("a missing folder is accepted")
	}
	if _, err := WriteSheets(dir, &workshop.Session{}, Options{}); err == nil {
		t.Error("a session without participants gives no error")
	}
}

// gofpdf races inside when two documents render at once; Render must
// serialise them. Run with -race.
func TestConcurrentRendersAreSafe(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if _, _, err := Render(typicalSession(), Options{Participant: fmt.Sprintf("p%d", i+1)}); err != nil {
				t.Error(err)
			}
		}(i)
	}
	wg.Wait()
}

// BenchmarkSheets40 writes 40 personal sheets into a folder: the goal is
// under a second for the batch.
func BenchmarkSheets40(b *testing.B) {
	s := typicalSession()
	s.Participants = nil
	for i := 0; i < 40; i++ {
		s.Participants = append(s.Participants, workshop.Participant{ID: fmt.Sprintf("p%d", i+1), Name: fmt.Sprintf("Person %d", i+1)})
	}
	for i := range s.Steps[1].Values.Values {
		v := &s.Steps[1].Values.Values[i]
		v.Responses = nil
		for j := 0; j < 40; j++ {
			v.Responses = append(v.Responses, workshop.Response{Participant: fmt.Sprintf("p%d", j+1), Level: 1 + (i+j)%8, Note: "A reservation in a sentence or two."})
		}
	}
	dir := b.TempDir()
	for b.Loop() {
		if _, err := WriteSheets(dir, s, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// The export API takes a name as typed, decomposed or in another case, as
// well as an ID.
func TestParticipantByNameInTheAPI(t *testing.T) {
	for _, who := range []string{"p4", "Dmitri Volkov", "dmitri volkov", "Ольга Петрова", "ОЛЬГА ПЕТРОВА", "Bjo\u0308rn A\u030akesson"} {
		if _, _, err := Render(typicalSession(), Options{Participant: who}); err != nil {
			t.Errorf("Participant %q: %v", who, err)
		}
	}
}
