package app

import (
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"scaleroom/workshop"
)

// TestWorkflow runs the morning of a facilitator: a session from the values
// template, the roster pasted in, two values recorded from the keyboard,
// saved with Ctrl+S, reopened, and the file checked.
func TestWorkflow(t *testing.T) {
	f := newGUI(t)
	w := f.s.Window
	h := f.s.Home
	h.TemplateList.Select(templateIndex(t, h, "values-60"))
	test.Tap(h.StartButton)
	sw := f.s.Session
	if sw == nil {
		t.Fatal("no session after Start")
	}

	sw.GoToPage("participants")
	roster := sw.CurrentScreen().(*RosterScreen)
	cb := w.Clipboard()
	cb.SetContent("Ana\r\nBen\n\n  Chloé  \nDário\nAna\n")
	roster.PasteEntry.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
	test.Tap(roster.PasteButton)
	test.Tap(overlayButton(t, w, "Add 4"))
	if got := roster.Result.Text; got != "Added 4 people. Skipped 1 name already in the room: Ana." {
		t.Errorf("paste result = %q", got)
	}
	if got := roster.Count.Text; got != "4 people in the room" {
		t.Errorf("count = %q", got)
	}

	test.Tap(sw.NextButton) // participants -> agenda
	test.Tap(sw.NextButton) // -> step 1 (opening)
	test.Tap(sw.NextButton) // -> step 2, the values round
	vs, ok := sw.CurrentScreen().(*ValuesScreen)
	if !ok {
		t.Fatalf("step 2 shows %T, want the values screen", sw.CurrentScreen())
	}
	if w.Canvas().Focused() != vs.Grid {
		t.Fatalf("the grid should have the keyboard when the step opens, focus is on %T", w.Canvas().Focused())
	}
	// Customers first: Ana 1, Ben 6 and commits, Chloé 7, Dário 3 with a note.
	press(t, w, "1", "6", "c", "7", "3", "n")
	press(t, w, "if the roadmap allows")
	press(t, w, "{Return}") // leaves the note, back to the grid
	press(t, w, "{Right}")  // next value: Small teams decide
	// Ana 2, Ben 8, Chloé 6 and does not commit after all, Dário 5.
	press(t, w, "2", "8", "6", "x", "5")

	if got := vs.Verdict.Text; got != "Does not pass · 1 response at a failing level" {
		t.Errorf("verdict for Small teams decide = %q", got)
	}
	if !strings.Contains(vs.Summary.Text, "Blocks: 1 (Ben)") || !strings.Contains(vs.Summary.Text, "Withhold commitment: 2 (Ben, Chloé)") {
		t.Errorf("summary = %q", vs.Summary.Text)
	}
	press(t, w, "{Left}")
	if got := vs.Verdict.Text; got != "Does not pass · 1 response at a failing level" {
		t.Errorf("verdict for Customers first = %q", got)
	}
	if !strings.Contains(vs.Summary.Text, "Disagree and commit: 1 (Ben)") {
		t.Errorf("summary = %q", vs.Summary.Text)
	}

	path := f.path("spring")
	f.picked = []string{path}
	menuItem(t, w, "Save").Action()
	f.settle(t)
	saved := path + ".scaleroom"
	if sw.Path() != saved {
		t.Fatalf("saved to %q, want %q (extension added)", sw.Path(), saved)
	}
	if sw.Dirty() || !strings.HasPrefix(w.Title(), "Values: disagree and commit — Scaleroom") {
		t.Errorf("after save: dirty %v, title %q", sw.Dirty(), w.Title())
	}

	got, err := workshop.LoadFile(saved)
	if err != nil {
		t.Fatal(err)
	}
	names := []string{}
	for _, p := range got.Participants {
		names = append(names, p.Name)
	}
	if strings.Join(names, ",") != "Ana,Ben,Chloé,Dário" {
		t.Errorf("participants in file = %v", names)
	}
	ex := got.Step("s2").Values
	want := map[string][]workshop.Response{
		"v1": {{Participant: "p1", Level: 1}, {Participant: "p2", Level: 6, Commitment: workshop.Commits}, {Participant: "p3", Level: 7}, {Participant: "p4", Level: 3, Note: "if the roadmap allows"}},
		"v2": {{Participant: "p1", Level: 2}, {Participant: "p2", Level: 8}, {Participant: "p3", Level: 6, Commitment: workshop.DoesNot}, {Participant: "p4", Level: 5}},
		"v3": nil,
	}
	for id, rs := range want {
		v := ex.Value(id)
		if len(v.Responses) != len(rs) {
			t.Errorf("%s: %d responses in file, want %d: %+v", id, len(v.Responses), len(rs), v.Responses)
			continue
		}
		for i := range rs {
			if v.Responses[i] != rs[i] {
				t.Errorf("%s response %d = %+v, want %+v", id, i, v.Responses[i], rs[i])
			}
		}
	}
	raw, _ := os.ReadFile(saved)
	if !strings.Contains(string(raw), `"kind": "session"`) || !strings.Contains(string(raw), `"note": "if the roadmap allows"`) {
		t.Errorf("file does not read as a session file:\n%s", raw)
	}

	// Reopen from the recent list on the home screen.
	menuItem(t, w, "Close session").Action()
	if f.s.Home == nil || len(f.s.Recent()) != 1 || f.s.Recent()[0] != saved {
		t.Fatalf("home with recent %v", f.s.Recent())
	}
	f.s.Home.RecentList.Select(0)
	sw = f.s.Session
	if sw == nil || sw.Path() != saved || sw.Dirty() {
		t.Fatalf("reopened session: %+v", sw)
	}
	sw.GoToStep("s2")
	vs = sw.CurrentScreen().(*ValuesScreen)
	if vs.Selected != 0 || vs.Verdict.Text != "Does not pass · 1 response at a failing level" {
		t.Errorf("reopened values: selected %d, verdict %q", vs.Selected, vs.Verdict.Text)
	}
	if vs.Cursor != 0 {
		t.Errorf("cursor = %d; everyone answered, so it starts at the top", vs.Cursor)
	}
}
