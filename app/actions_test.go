package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"scaleroom/workshop"
)

// tapDialogButton taps the button with that text in the window's top
// overlay (the open dialog).
func tapDialogButton(t *testing.T, w fyne.Window, text string) {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no dialog open to tap %q", text)
	}
	for _, o := range test.LaidOutObjects(top) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			test.Tap(b)
			return
		}
	}
	t.Fatalf("no %q button in the dialog", text)
}

func TestActionsScreenAddFilterDoneRemove(t *testing.T) {
	f := newFixture(t)
	load := f.step(workshop.StepLoad)
	s := NewActionsScreen(f.ed)
	f.ed.Window.SetContent(s.Object())
	f.ed.Window.Resize(fyne.NewSize(1000, 700))

	// A bad date is refused with a message and records nothing.
	test.Type(s.Form.Text, "Book the retro room")
	test.Type(s.Form.Due, "next week")
	test.Tap(s.AddBtn)
	if len(f.ed.Session.Actions) != 0 || !s.FormErr.Visible() || s.FormErr.Text != `Due: "next week" is not a date: write it as 24/11/2026` {
		t.Fatalf("bad due date: %d actions, err %q", len(f.ed.Session.Actions), s.FormErr.Text)
	}
	s.Form.Due.SetText("2026-04-01")
	test.Type(s.Form.Owner, "Ana")
	s.Form.Source.SetSelected("3. What we carry")
	test.Tap(s.AddBtn)
	want := workshop.Action{ID: "a1", Text: "Book the retro room", Owner: workshop.ParticipantOwner("p1"), Due: "2026-04-01", Step: load.ID}
	if len(f.ed.Session.Actions) != 1 || f.ed.Session.Actions[0] != want || s.FormErr.Visible() {
		t.Fatalf("actions %+v, want %+v", f.ed.Session.Actions, want)
	}
	if s.Form.Text.Text != "" || s.Form.Owner.Text != "Ana" {
		t.Errorf("form after adding: text %q owner %q", s.Form.Text.Text, s.Form.Owner.Text)
	}
	// Enter in the text field adds too.
	s.Form.Owner.SetText("Ben")
	test.Type(s.Form.Text, "Share the stop list")
	s.Form.Text.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	s.Form.Owner.SetText("")
	test.Type(s.Form.Text, "Find a sponsor")
	test.Tap(s.AddBtn)
	if len(f.ed.Session.Actions) != 3 {
		t.Fatalf("%d actions, want 3", len(f.ed.Session.Actions))
	}

	if got := strings.Join(s.Visible(), ","); got != "a1,a2,a3" {
		t.Errorf("everyone: %s", got)
	}
	if got := strings.Join(s.Filter.Options, "|"); got != "Everyone|Ana|Ben|Nobody yet" {
		t.Errorf("filter options %s", got)
	}
	s.Filter.SetSelected("Ben")
	if got := strings.Join(s.Visible(), ","); got != "a2" {
		t.Errorf("Ben: %s", got)
	}
	s.Filter.SetSelected("Nobody yet")
	if got := strings.Join(s.Visible(), ","); got != "a3" {
		t.Errorf("nobody: %s", got)
	}
	s.Filter.SetSelected("Everyone")

	// Done through the row's check: it leaves the open list.
	row := s.row("a1")
	if row == nil || row.Text.Text != "Book the retro room" || row.Meta.Text != "Ana · due 1 April 2026 · from What we carry" {
		t.Fatalf("row for a1: %+v", row)
	}
	test.Tap(row.Done)
	if !f.ed.Session.Actions[0].Done || strings.Join(s.Visible(), ",") != "a2,a3" || s.Count.Text != "2 open, 1 done" {
		t.Errorf("after done: %v, visible %v, count %q", f.ed.Session.Actions[0].Done, s.Visible(), s.Count.Text)
	}
	test.Tap(s.ShowDone)
	if got := strings.Join(s.Visible(), ","); got != "a2,a3,a1" {
		t.Errorf("with done: %s", got)
	}

	// Edit through the dialog.
	d := s.editAction("a3")
	s.editing.Text.SetText("Find a sponsor on the board")
	s.editing.Owner.SetText("Chloé")
	d.Submit()
	if a := f.ed.Session.Actions[2]; a.Text != "Find a sponsor on the board" || a.Owner != workshop.ParticipantOwner("p3") {
		t.Errorf("after edit: %+v", a)
	}

	// Remove does not ask: undo brings the action back, and the notice
	// says so.
	var notice string
	f.ed.Notify = func(s string) { notice = s }
	test.Tap(s.row("a2").Remove)
	if f.ed.Window.Canvas().Overlays().Top() != nil {
		t.Fatal("removing an action asked")
	}
	if len(f.ed.Session.Actions) != 2 || findAction(f.ed.Session, "a2") != nil {
		t.Errorf("a2 not removed: %+v", f.ed.Session.Actions)
	}
	if notice != "Removed “Share the stop list” · Ctrl+Z brings it back" {
		t.Errorf("notice %q", notice)
	}
	if _, _, err := f.ed.History.Undo(f.ed.Session); err != nil || f.ed.Session.Actions[1].ID != "a2" {
		t.Errorf("undo: %v, actions %+v", err, f.ed.Session.Actions)
	}
	if f.changes == 0 {
		t.Error("Changed never called")
	}
}

func TestQuickActionFromAStep(t *testing.T) {
	f := newFixture(t)
	refl := f.step(workshop.StepReflection)
	scr := NewReflectionScreen(f.ed, refl.ID)
	f.ed.Window.SetContent(scr.Object())
	f.ed.Window.Resize(fyne.NewSize(1000, 700))
	test.Tap(scr.AddAction)
	if f.ed.Window.Canvas().Overlays().Top() == nil {
		t.Fatal("Action… opened no dialog")
	}
	f.ed.Window.Canvas().Overlays().Top().Hide()

	q := ShowQuickAction(f.ed, refl.ID)
	q.Dialog.Submit() // empty: refused by the form's validation
	if len(f.ed.Session.Actions) != 0 {
		t.Fatal("an empty action was recorded")
	}
	test.Type(q.Form.Text, "Map the intake flow")
	q.Form.Owner.SetText("Chloé")
	test.Type(q.Form.Due, "2026-5-1")
	q.Dialog.Submit() // a malformed date keeps the dialog open
	if len(f.ed.Session.Actions) != 0 {
		t.Fatal("an action with a bad date was recorded")
	}
	q.Form.Due.SetText("2026-05-01")
	q.Form.Due.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // Enter in the last field adds too
	want := workshop.Action{ID: "a1", Text: "Map the intake flow", Owner: workshop.ParticipantOwner("p3"), Due: "2026-05-01", Step: refl.ID}
	if len(f.ed.Session.Actions) != 1 || f.ed.Session.Actions[0] != want || q.Added == nil {
		t.Errorf("actions %+v, want %+v", f.ed.Session.Actions, want)
	}

	// Enter in the owner field, typed last, adds as well.
	q = ShowQuickAction(f.ed, refl.ID)
	test.Type(q.Form.Text, "Book the room")
	test.Type(q.Form.Owner, "Ben")
	q.Form.Owner.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(f.ed.Session.Actions) != 2 || f.ed.Session.Actions[1].Owner != workshop.ParticipantOwner("p2") {
		t.Errorf("actions %+v", f.ed.Session.Actions)
	}
}

// TestOwnerTabGoesToDue: Tab from the owner goes straight to the date, not
// to the owner's drop-down button; the drop-down still opens on a tap.
func TestOwnerTabGoesToDue(t *testing.T) {
	f := newFixture(t)
	s := NewActionsScreen(f.ed)
	w := f.ed.Window
	w.SetContent(s.Object())
	w.Resize(fyne.NewSize(1000, 700))
	w.Canvas().Focus(s.Form.Owner)
	w.Canvas().FocusNext()
	if w.Canvas().Focused() != s.Form.Due {
		t.Fatalf("Tab from owner went to %T", w.Canvas().Focused())
	}
	icon, ok := s.Form.Owner.ActionItem.(*tapIcon)
	if !ok {
		t.Fatalf("drop-down is %T", s.Form.Owner.ActionItem)
	}
	test.Tap(icon)
	if w.Canvas().Overlays().Top() == nil {
		t.Error("tapping the drop-down opened no list")
	}
	w.Canvas().Overlays().Top().Hide()

	// Enter in the date adds, and the keyboard goes back to the action
	// field for the next one.
	test.Type(s.Form.Text, "Send the summary")
	test.Type(s.Form.Due, "2026-03-20")
	s.Form.Due.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(f.ed.Session.Actions) != 1 || w.Canvas().Focused() != s.Form.Text {
		t.Errorf("%d actions, focus on %T", len(f.ed.Session.Actions), w.Canvas().Focused())
	}
}
