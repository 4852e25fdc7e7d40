package app

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestRosterPastePreviewAndDetails(t *testing.T) {
	f := newGUI(t)
	sw := startValues(t, f) // Ana, Ben, Chloé
	w := f.s.Window
	sw.GoToPage("participants")
	r := sw.CurrentScreen().(*RosterScreen)
	sess := sw.Editor.Session

	// Rows copied from a spreadsheet, with a header in its own order.
	r.PasteEntry.SetText("Level\tName\tRole\tTeam\nexecutive\tAna\tCEO\t\nmanager\tDário Souza\tLead\tPayments\n")
	test.Tap(r.PasteButton)
	text := dialogText(w)
	for _, want := range []string{"1 person will be added.", "1 person already in the room will get", "New: Dário Souza · Lead · Payments · manager", "Update: Ana · CEO · executive"} {
		if !strings.Contains(text, want) {
			t.Errorf("preview lacks %q:\n%s", want, text)
		}
	}
	// Cancel changes nothing and keeps the pasted text.
	test.Tap(overlayButton(t, w, "Cancel"))
	if len(sess.Participants) != 3 || sess.Participants[0].Role != "" || r.PasteEntry.Text == "" {
		t.Fatalf("cancelled preview changed the room: %+v", sess.Participants)
	}
	test.Tap(r.PasteButton)
	test.Tap(overlayButton(t, w, "Add 1 and update 1"))
	if len(sess.Participants) != 4 || r.PasteEntry.Text != "" || r.Result.Text != "Added 1 person. Updated 1 person." {
		t.Fatalf("after confirm: %d people, paste %q, result %q", len(sess.Participants), r.PasteEntry.Text, r.Result.Text)
	}
	d := sess.ParticipantByName("Dário Souza")
	if d == nil || d.Role != "Lead" || d.Team != "Payments" || d.Level != "manager" || sess.Participants[0].Level != "executive" {
		t.Fatalf("details: %+v / %+v", d, sess.Participants[0])
	}
	if got := rosterRowInfo(t, r, 0); got != "CEO · executive" {
		t.Errorf("Ana's row says %q", got)
	}

	// Edit: the fields start from what is stored; a name taken by
	// someone else is refused and nothing changes.
	r.AskEdit(d.ID)
	if !strings.Contains(dialogText(w), "Edit Dário Souza") {
		t.Fatalf("dialog %q", dialogText(w))
	}
	var level *widget.SelectEntry
	var entries []*widget.Entry
	walk(w.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		switch e := o.(type) {
		case *widget.SelectEntry:
			level = e
		case *widget.Entry:
			entries = append(entries, e)
		}
	})
	if level == nil || len(entries) < 3 || level.Text != "manager" || entries[0].Text != "Dário Souza" {
		t.Fatalf("level picker %+v, %d entries", level, len(entries))
	}
	entries[1].SetText("Head of payments") // role
	level.SetText("director")
	test.Tap(overlayButton(t, w, "Save"))
	if d := sess.ParticipantByName("Dário Souza"); d.Role != "Head of payments" || d.Level != "director" || d.Team != "Payments" {
		t.Fatalf("after edit: %+v", d)
	}
	r.Edit(d.ID, "ana", "x", "", "")
	if r.Result.Text != `"Ana" is already in the room.` || sess.ParticipantByName("Dário Souza").Role != "Head of payments" {
		t.Fatalf("refused rename: %q, %+v", r.Result.Text, sess.ParticipantByName("Dário Souza"))
	}
}

func TestRosterImportFile(t *testing.T) {
	f := newGUI(t)
	sw := startValues(t, f)
	w := f.s.Window
	sw.GoToPage("participants")
	r := sw.CurrentScreen().(*RosterScreen)
	sess := sw.Editor.Session

	// Excel on Windows saves CSV in code page 1252, with ; in Europe.
	good := f.path("team.csv")
	os.WriteFile(good, []byte("Name;Team;Level\r\nJ\xfcrgen Wei\xdf;Einkauf;Teamleitung\r\n\"Lima; Ana\";Ops;\r\n"), 0o644)
	r.pickList = func(done func(string)) { done(good) }
	test.Tap(r.ImportButton)
	test.Tap(overlayButton(t, w, "Add 2"))
	if p := sess.ParticipantByName("Jürgen Weiß"); p == nil || p.Team != "Einkauf" || p.Level != "Teamleitung" {
		t.Fatalf("imported %+v", sess.Participants)
	}
	if sess.ParticipantByName("Lima; Ana") == nil {
		t.Fatalf("quoted name lost: %+v", sess.Participants)
	}

	// Not a list: a clear message, and the room as it was.
	bad := f.path("photo.csv")
	os.WriteFile(bad, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 0o644)
	r.pickList = func(done func(string)) { done(bad) }
	before := len(sess.Participants)
	test.Tap(r.ImportButton)
	if got := dialogText(w); !strings.Contains(got, "photo.csv could not be read: the file is not text") {
		t.Fatalf("bad file dialog %q", got)
	}
	if len(sess.Participants) != before {
		t.Fatal("a bad file changed the room")
	}
	// A cancelled file dialog does nothing.
	r.pickList = func(done func(string)) { done("") }
	test.Tap(r.ImportButton)
	if len(sess.Participants) != before {
		t.Fatal("a cancelled import changed the room")
	}
}

func rosterRowInfo(t *testing.T, r *RosterScreen, i int) string {
	t.Helper()
	for _, row := range r.rows {
		if row.num.Text == strconv.Itoa(i+1)+"." {
			return row.info.Text
		}
	}
	t.Fatalf("no row %d shown", i)
	return ""
}
