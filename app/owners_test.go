package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"scaleroom/workshop"
)

// TestRenameKeepsOwnerLinks: Ana takes on an action and a load item and
// its decision through the forms, then is renamed in the roster. Every
// screen shows her new name beside what she owns, and removing her keeps
// the ownership as text of her name.
func TestRenameKeepsOwnerLinks(t *testing.T) {
	f := newFixture(t)
	w := f.ed.Window
	w.Resize(fyne.NewSize(1200, 800))

	acts := NewActionsScreen(f.ed)
	w.SetContent(acts.Object())
	test.Type(acts.Form.Text, "Send the notes")
	test.Type(acts.Form.Owner, "ana") // typed in another case: still Ana
	test.Tap(acts.AddBtn)
	test.Type(acts.Form.Text, "Ask finance")
	acts.Form.Owner.SetText("Finance team")
	test.Tap(acts.AddBtn)

	load, st := newLoadFixture(t, f)
	test.Tap(load.Add)
	test.Type(load.Name, "Weekly report")
	test.Type(load.Owner, "Ana")
	load.Decision.SetSelected("Stop")
	test.Type(load.DecisionOwner, "Ana")
	ana := workshop.ParticipantOwner("p1")
	if a := f.ed.Session.Actions; a[0].Owner != ana || a[1].Owner != workshop.NamedOwner("Finance team") {
		t.Fatalf("action owners %+v, %+v", a[0].Owner, a[1].Owner)
	}
	if it := st.Load.Items[0]; it.Owner != ana || it.DecisionOwner != ana {
		t.Fatalf("item owners %+v, %+v", it.Owner, it.DecisionOwner)
	}

	roster := newRosterScreen(f.ed)
	w.SetContent(roster.Object())
	roster.AskEdit("p1")
	entry := w.Canvas().Focused().(*widget.Entry)
	entry.TypedShortcut(&fyne.ShortcutSelectAll{})
	test.Type(entry, "Ana Lima")
	test.Tap(overlayButton(t, w, "Save"))
	if f.ed.Session.Participant("p1").Name != "Ana Lima" {
		t.Fatal("rename did not happen")
	}

	w.SetContent(acts.Object())
	acts.Refresh()
	if r := acts.row("a1"); r == nil || r.Meta.Text != "Ana Lima" {
		t.Errorf("action row after rename: %+v", r)
	}
	if got := strings.Join(acts.Filter.Options, "|"); got != "Everyone|Ana Lima|Finance team|Nobody yet" {
		t.Errorf("filter options %s", got)
	}
	acts.Filter.SetSelected("Ana Lima")
	if got := strings.Join(acts.Visible(), ","); got != "a1" {
		t.Errorf("Ana Lima's actions: %s", got)
	}
	if got := strings.Join(actionOwnerOptions(f.ed.Session), "|"); got != "Ana Lima|Ben|Chloé|Finance team" {
		t.Errorf("owner suggestions %s", got)
	}

	w.SetContent(load.Object())
	load.Refresh()
	if load.Owner.Text != "Ana Lima" || load.DecisionOwner.Text != "Ana Lima" {
		t.Errorf("load form owners %q, %q", load.Owner.Text, load.DecisionOwner.Text)
	}
	if got := canvasText(load.Object()); !strings.Contains(got, "Ana Lima") || !strings.Contains(got, "Weekly report (Ana Lima)") {
		t.Errorf("load screen after rename:\n%s", got)
	}

	sum := NewSummaryScreen(f.ed)
	if got := sum.Text(); !strings.Contains(got, "Ana Lima:\n  • Send the notes") || !strings.Contains(got, "• Weekly report (Ana Lima)") {
		t.Errorf("summary after rename:\n%s", got)
	}

	roster.Remove("p1")
	if roster.Result.Text != "Removed Ana Lima. 3 things they owned keep their name." {
		t.Errorf("roster says %q", roster.Result.Text)
	}
	if a := f.ed.Session.Actions[0]; a.Owner != workshop.NamedOwner("Ana Lima") {
		t.Errorf("after removal the action's owner is %+v", a.Owner)
	}
	acts.Refresh()
	if r := acts.row("a1"); r == nil || r.Meta.Text != "Ana Lima" {
		t.Errorf("action row after removal: %+v", r)
	}
}
