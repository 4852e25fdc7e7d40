package app

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"scaleroom/workshop"
)

func scaleDownTemplate(t *testing.T) *workshop.Template {
	t.Helper()
	ts, err := workshop.BuiltinTemplates()
	if err != nil {
		t.Fatal(err)
	}
	for _, tp := range ts {
		if tp.ID == "scale-down-90" {
			return tp
		}
	}
	t.Fatal("no scale-down-90 template")
	return nil
}

func TestSessionWindowTimerProjectorAndPages(t *testing.T) {
	f := newGUI(t)
	sw := f.s.NewSession(scaleDownTemplate(t))
	withExamples(sw.Editor.Session)
	sess := sw.Editor.Session
	sess.AddParticipant("Ana")
	sess.AddParticipant("Ben")
	clock := &fakeClock{t: time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)}
	sw.Editor.Now = clock.Now
	tl := sw

	// The timer follows the step on screen and keeps counting across steps.
	sw.GoToStep("s2") // "What we carry", 30 min, a load step
	if _, ok := sw.CurrentScreen().(*LoadScreen); !ok {
		t.Fatalf("the load step shows %T", sw.CurrentScreen())
	}
	if tl.TimerBar.Clock.Text != "30:00" {
		t.Errorf("timer shows %q on a 30-minute step", tl.TimerBar.Clock.Text)
	}
	test.Tap(tl.TimerBar.StartPause)
	clock.Advance(10 * time.Minute)
	tl.Timer.Tick()
	if got := sw.agendaTime("s2"); got != "10:00 of 30 min" {
		t.Errorf("agenda time %q", got)
	}
	sw.GoToStep("s3")
	// One clock: on s3 the bar shows s2's, and says whose it is.
	if tl.TimerBar.stepID != "s3" || tl.TimerBar.Elsewhere.Text != "Timing step 2, “What we carry”" || tl.TimerBar.Clock.Text != "20:00" {
		t.Errorf("on s3 the timer bar says %q, %q", tl.TimerBar.Elsewhere.Text, tl.TimerBar.Clock.Text)
	}
	clock.Advance(21 * time.Minute)
	tl.Timer.Tick()
	if got := sw.agendaTime("s2"); got != "31:00 of 30 min, over" {
		t.Errorf("agenda time past the plan %q", got)
	}
	test.Tap(tl.TimerBar.TimeHere) // on s3: starts s3, pausing s2
	if sess.Step("s2").UsedSeconds != 31*60 || !tl.Timer.Running("s3") {
		t.Errorf("s2 used %d s, s3 running %v", sess.Step("s2").UsedSeconds, tl.Timer.Running("s3"))
	}
	tl.Timer.Pause()

	// The projector opens on the current step, follows it, reveals on
	// demand and hides again on the next step.
	before := tl.Toolbar.MinSize()
	test.Tap(tl.Projector.Toggle)
	pc := tl.Projector
	if got := tl.Toolbar.MinSize(); got != before {
		t.Errorf("opening the projector resized the toolbar from %v to %v", before, got)
	}
	if pc.Win == nil || pc.View == nil || pc.View.StepID() != "s3" || pc.Toggle.Text != "Close projector" {
		t.Fatalf("projector not open on s3: %+v", pc)
	}
	if pc.Revealed() || !strings.Contains(pc.View.Text(), "Results appear here") {
		t.Error("results showed before the facilitator revealed them")
	}
	test.Tap(pc.Reveal)
	if !pc.Revealed() || pc.Reveal.Text != "Hide" || !strings.Contains(pc.View.Text(), "Central intake team") {
		t.Errorf("reveal: %v %q\n%s", pc.Revealed(), pc.Reveal.Text, pc.View.Text())
	}
	sw.GoToStep("s2")
	if pc.View.StepID() != "s2" || pc.Revealed() || pc.Reveal.Text != "Reveal" {
		t.Errorf("projector after navigating: step %q revealed %v", pc.View.StepID(), pc.Revealed())
	}
	// Edits reach the projector through the window's Changed.
	test.Tap(pc.Reveal)
	load := sw.CurrentScreen().(*LoadScreen)
	load.Table.Select(tableCell(1))
	load.Decision.SetSelected("Stop")
	test.Type(load.DecisionOwner, "Ben")
	if txt := pc.View.Text(); !strings.Contains(txt, "• Weekly performance dashboard (Ben)") {
		t.Errorf("projector did not follow the edit:\n%s", txt)
	}
	pc.Anonymous.SetChecked(true)
	if strings.Contains(canvasText(pc.View.Object()), "Ben") {
		t.Errorf("anonymous projector shows a name:\n%s", canvasText(pc.View.Object()))
	}
	// F11 toggles full screen on the projector window.
	pc.Win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyF11})
	if !pc.Win.FullScreen() {
		t.Error("F11 did not make the projector full screen")
	}
	pc.Win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if pc.Win.FullScreen() {
		t.Error("Escape did not leave full screen")
	}
	test.Tap(pc.Toggle)
	if pc.Win != nil || pc.Toggle.Text != "Projector" || !pc.Reveal.Disabled() {
		t.Error("the projector did not close")
	}

	// Quick-add from the toolbar records an action against the step.
	test.Tap(tl.QuickAction)
	if !strings.Contains(dialogText(f.s.Window), "") || f.s.Window.Canvas().Overlays().Top() == nil {
		t.Fatal("Action… opened no dialog")
	}
	test.Type(f.s.Window.Canvas().Focused(), "Tell the board")
	f.s.Window.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(sess.Actions) != 1 || sess.Actions[0].Text != "Tell the board" || sess.Actions[0].Step != "s2" {
		t.Errorf("quick action: %+v", sess.Actions)
	}

	// Actions and summary pages in the sidebar and the View menu.
	menuItem(t, f.s.Window, "Actions").Action()
	if _, ok := sw.CurrentScreen().(*ActionsScreen); !ok {
		t.Errorf("Actions page shows %T", sw.CurrentScreen())
	}
	menuItem(t, f.s.Window, "Summary").Action()
	sum, ok := sw.CurrentScreen().(*SummaryScreen)
	if !ok || !strings.Contains(sum.Text(), "• Weekly performance dashboard (Ben)") || !strings.Contains(sum.Text(), "Actions agreed: 1.") {
		t.Errorf("Summary page shows %T", sw.CurrentScreen())
	}
}

func TestExportPDFFromTheSessionWindow(t *testing.T) {
	f := newGUI(t)
	sw := f.s.NewSession(scaleDownTemplate(t))
	withExamples(sw.Editor.Session)
	sw.Editor.Session.AddParticipant("Ana")
	if menuItem(t, f.s.Window, "Export…") == nil {
		t.Fatal("no Export… item")
	}
	base := f.path("review")
	f.picked = []string{base}
	e := ShowExportPDF(sw)
	var written string
	var werr error
	done := false
	e.Done = func(p string, err error) { written, werr, done = p, err, true }
	e.Variant.SetSelected(pdfPersonal)
	if e.Participant.Disabled() {
		t.Fatal("the participant picker stays disabled for a personal sheet")
	}
	e.Participant.SetSelected("Ana")
	e.Dialog.Submit()
	f.ui.runUntil(t, func() bool { return done })
	if werr != nil || written != base+".pdf" {
		t.Fatalf("export wrote %q, error %v", written, werr)
	}
	data, err := os.ReadFile(written)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF")) {
		t.Fatalf("not a PDF: %v", err)
	}
	if !strings.Contains(sw.Status.Text, "PDF written to "+written) {
		t.Errorf("status %q", sw.Status.Text)
	}
}

// tableCell is the first cell of a load table row.
func tableCell(row int) widget.TableCellID { return widget.TableCellID{Row: row, Col: 0} }

func TestExportDialogOffersToLeaveNotesOut(t *testing.T) {
	f := newGUI(t)
	sw := f.s.NewSession(scaleDownTemplate(t))
	withExamples(sw.Editor.Session)
	sw.Editor.Session.AddParticipant("Ana Lima")
	sw.Editor.Session.Notes = "Ana Lima thinks the secret plan is wrong."
	for _, leaveOut := range []bool{false, true} {
		base := f.path(fmt.Sprintf("anon-%v", leaveOut))
		f.picked = []string{base}
		e := ShowExportPDF(sw)
		if e.NoNotes == nil || e.NoNotes.Text != "Leave notes out" {
			t.Fatal("no check box to leave notes out")
		}
		if !strings.Contains(notesHint(), "printed as written") || !strings.Contains(notesHint(), "[name]") {
			t.Errorf("the dialog does not say what happens to notes: %q", notesHint())
		}
		done := false
		var werr error
		e.Done = func(_ string, err error) { werr, done = err, true }
		e.Variant.SetSelected(pdfAnonymous)
		e.NoNotes.SetChecked(leaveOut)
		e.Dialog.Submit()
		f.ui.runUntil(t, func() bool { return done })
		if werr != nil {
			t.Fatal(werr)
		}
		out, err := exec.Command("pdftotext", base+".pdf", "-").Output()
		if err != nil {
			t.Skip("pdftotext is not installed")
		}
		text := string(out)
		if strings.Contains(text, "Ana") || strings.Contains(text, "Lima") {
			t.Errorf("the anonymous PDF names Ana Lima")
		}
		if got := strings.Contains(text, "secret plan"); got == leaveOut {
			t.Errorf("leave notes out %v: note printed %v", leaveOut, got)
		}
	}
}

func TestExportPersonalSheetsIntoAFolder(t *testing.T) {
	f := newGUI(t)
	sw := f.s.NewSession(scaleDownTemplate(t))
	withExamples(sw.Editor.Session)
	for _, n := range []string{"Ana Lima", "王小明", "José-María Núñez"} {
		sw.Editor.Session.AddParticipant(n)
	}
	if menuItem(t, f.s.Window, "Export personal sheets…") == nil {
		t.Fatal("no Export personal sheets… item in the File menu")
	}
	dir := f.path("sheets")
	os.Mkdir(dir, 0o755)
	f.s.pickFolder = func(done func(string)) { done(dir) }
	e := ShowExportSheets(sw)
	var paths []string
	var werr error
	done := false
	e.Done = func(p []string, err error) { paths, werr, done = p, err, true }
	e.Dialog.Submit()
	f.ui.runUntil(t, func() bool { return done })
	if werr != nil || len(paths) != 3 {
		t.Fatalf("wrote %v, error %v", paths, werr)
	}
	for _, name := range []string{"01-ana-lima.pdf", "02-王小明.pdf", "03-josé-maría-núñez.pdf"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || !bytes.HasPrefix(data, []byte("%PDF")) {
			t.Errorf("%s: %v", name, err)
		}
	}
	if !strings.Contains(sw.Status.Text, "3 personal sheets written to "+dir) {
		t.Errorf("status %q", sw.Status.Text)
	}
	// Cancelling the folder dialog writes nothing.
	f.s.pickFolder = func(done func(string)) { done("") }
	e = ShowExportSheets(sw)
	e.Done = func([]string, error) { t.Error("a cancelled export wrote sheets") }
	e.Dialog.Submit()
}

func TestExportDialogWritesMarkdownAndCSV(t *testing.T) {
	f := newGUI(t)
	sw := f.s.NewSession(scaleDownTemplate(t))
	withExamples(sw.Editor.Session)
	sw.Editor.Session.AddParticipant("Ana")
	sw.Editor.Session.AddAction("=cmd|' /C calc'!A0", sw.Editor.Session.OwnerFromText("Ana"), "2026-12-01", "")
	for _, c := range []struct {
		format, want, contains string
	}{
		{"Markdown, for a wiki", ".md", "# "},
		{"CSV: actions", ".csv", "'=cmd|' /C calc'!A0"},
	} {
		base := f.path("review" + c.want)
		f.picked = []string{base}
		e := ShowExportPDF(sw)
		done := false
		var written string
		var werr error
		e.Done = func(p string, err error) { written, werr, done = p, err, true }
		e.Format.SetSelected(c.format)
		e.Dialog.Submit()
		f.ui.runUntil(t, func() bool { return done })
		if werr != nil || written != base {
			t.Fatalf("%s: wrote %q, %v", c.format, written, werr)
		}
		data, _ := os.ReadFile(written)
		if !strings.Contains(string(data), c.contains) {
			t.Errorf("%s: file lacks %q:\n%.300s", c.format, c.contains, data)
		}
		if want := map[string]string{".md": "Markdown", ".csv": "CSV"}[c.want] + " written to " + written; !strings.Contains(sw.Status.Text, want) {
			t.Errorf("status %q, want %q", sw.Status.Text, want)
		}
	}
}

func TestExportPaperFollowsTheLocale(t *testing.T) {
	for locale, want := range map[fyne.Locale]string{"en-US": "Letter", "fr-CA": "Letter", "en-GB": "A4", "de-DE": "A4", "de": "A4", "": "A4"} {
		if got := paperLabel(paperFor(locale)); got != want {
			t.Errorf("%q: %s, want %s", locale, got, want)
		}
	}
	f := newGUI(t)
	f.s.locale = func() fyne.Locale { return "en-US" }
	sw := f.s.NewSession(scaleDownTemplate(t))
	e := ShowExportPDF(sw)
	if e.Paper.Selected != "Letter" || e.Paper.Disabled() {
		t.Fatalf("US paper %q, disabled %v", e.Paper.Selected, e.Paper.Disabled())
	}
	e.Format.SetSelected("CSV: actions")
	if !e.Paper.Disabled() {
		t.Error("paper choice enabled for CSV")
	}
	e.Format.SetSelected("PDF")
	e.Paper.SetSelected("A4")
	base := f.path("a4")
	f.picked = []string{base}
	done := false
	e.Done = func(string, error) { done = true }
	e.Dialog.Submit()
	f.ui.runUntil(t, func() bool { return done })
	data, err := os.ReadFile(base + ".pdf")
	// A4 is 595.28 × 841.89 points; Letter 612 × 792.
	if err != nil || !bytes.Contains(data, []byte("841.89")) {
		t.Fatalf("not an A4 PDF: %v", err)
	}
}
