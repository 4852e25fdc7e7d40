package app

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"scaleroom/export"
	"scaleroom/workshop/safefile"
)

// Part 2 joins the session window through its hooks: the actions and
// summary pages, the timer and projector controls in the toolbar, the
// time used in the agenda, and the View and Export menu items.
func init() {
	RegisterPage(Page{
		ID: "actions", Title: "Actions",
		Intro: "Everything the room agreed to do, with an owner and a date. Add actions here, or with Action… in the toolbar during any step.",
		Subtitle: func(sw *SessionWindow) string {
			open := 0
			for _, a := range sw.Editor.Session.Actions {
				if !a.Done {
					open++
				}
			}
			return fmt.Sprintf("%d open", open)
		},
		Build: func(sw *SessionWindow) StepScreen { return NewActionsScreen(sw.Editor) },
	})
	RegisterPage(Page{
		ID: "summary", Title: "Summary",
		Intro: "Every exercise's results on one page, with the same numbers the PDF prints.",
		Build: func(sw *SessionWindow) StepScreen { return NewSummaryScreen(sw.Editor) },
	})
	ToolbarHooks = append(ToolbarHooks, func(sw *SessionWindow) fyne.CanvasObject { return newSessionTools(sw).object })
	MenuHooks = append(MenuHooks, addPart2Menus)
	AgendaTime = func(sw *SessionWindow, stepID string) string {
		st := sw.Editor.Session.Step(stepID)
		if st == nil {
			return ""
		}
		t := toolsOf(sw)
		if t == nil {
			return duration(st.Timebox)
		}
		s := t.Timer.UsedVsPlan(stepID)
		if t.Timer.Over(stepID) {
			s += ", over"
		}
		return s
	}
}

// sessionTools are part 2's additions to one session window.
type sessionTools struct {
	sw        *SessionWindow
	Timer     *Timer
	TimerBar  *TimerBar
	Projector *ProjectorControl
	// QuickAction opens the action form for the step on screen.
	QuickAction *widget.Button
	object      fyne.CanvasObject
}

var tools = map[*SessionWindow]*sessionTools{}

func toolsOf(sw *SessionWindow) *sessionTools { return tools[sw] }

func newSessionTools(sw *SessionWindow) *sessionTools {
	t := &sessionTools{sw: sw}
	tools[sw] = t
	t.Timer = sw.Timer
	t.TimerBar = NewTimerBar(t.Timer)
	t.Projector = newProjectorControl(sw, t.Timer)
	t.QuickAction = widget.NewButtonWithIcon("Action…", theme.DocumentCreateIcon(), func() {
		ShowQuickAction(sw.Editor, currentStepID(sw))
	})
	t.Timer.OnChange(func() {
		// The agenda shows time used, which moves only while running.
		if t.Timer.RunningAny() && sw.Sidebar != nil {
			sw.Sidebar.Refresh()
		}
	})
	sw.OnNavigate = append(sw.OnNavigate, func() {
		id := currentStepID(sw)
		t.TimerBar.SetStep(id)
		t.Projector.SetStep(id)
	})
	sw.OnChanged = append(sw.OnChanged, t.Projector.Refresh)
	sw.OnClose = append(sw.OnClose, func() {
		t.Timer.Pause()
		t.Timer.StopTicker()
		t.Projector.Close()
		delete(tools, sw)
	})
	t.object = container.NewHBox(
		t.TimerBar.Object(),
		widget.NewSeparator(),
		t.QuickAction,
		widget.NewSeparator(),
		steadyButton(t.Projector.Toggle, "Projector", "Close projector"),
		steadyButton(t.Projector.Reveal, "Reveal", "Hide"), t.Projector.Anonymous,
	)
	return t
}

// currentStepID is the agenda step on screen, "" on a page.
func currentStepID(sw *SessionWindow) string {
	if sw.current < 0 || sw.current >= len(sw.entries) {
		return ""
	}
	return sw.entries[sw.current].stepID
}

// ProjectorControl opens and drives the projector window from the session
// window: open or close, reveal or hide the result, names on or off.
type ProjectorControl struct {
	sw    *SessionWindow
	timer *Timer

	Toggle    *widget.Button
	Reveal    *widget.Button
	Anonymous *widget.Check

	// View and Win exist while the projector window is open.
	View *Projector
	Win  fyne.Window

	stepID string
}

func newProjectorControl(sw *SessionWindow, timer *Timer) *ProjectorControl {
	c := &ProjectorControl{sw: sw, timer: timer}
	c.Toggle = widget.NewButtonWithIcon("Projector", theme.ComputerIcon(), func() {
		if c.Win == nil {
			c.Open()
		} else {
			c.Close()
		}
	})
	c.Reveal = widget.NewButtonWithIcon("Reveal", theme.VisibilityIcon(), func() { c.SetReveal(!c.Revealed()) })
	c.Anonymous = widget.NewCheck("Anonymous", func(on bool) {
		if c.View != nil {
			c.View.SetAnonymous(on)
		}
	})
	c.update()
	return c
}

// Revealed reports whether the room sees the result.
func (c *ProjectorControl) Revealed() bool { return c.View != nil && c.View.Revealed() }

// SetReveal shows or hides the result on the projector.
func (c *ProjectorControl) SetReveal(on bool) {
	if c.View != nil {
		c.View.SetReveal(on)
	}
	c.update()
}

// Open shows the projector window on the current step, results hidden.
func (c *ProjectorControl) Open() {
	if c.Win != nil {
		c.Win.RequestFocus()
		return
	}
	w := c.sw.App.App.NewWindow("Scaleroom — projector")
	v := NewProjector(c.sw.Editor, c.timer)
	v.SetAnonymous(c.Anonymous.Checked)
	v.SetStep(c.stepID)
	w.SetContent(v.Object())
	// F11 is the full-screen key facilitators expect from browsers and
	// presentation tools.
	toggle := func() { w.SetFullScreen(!w.FullScreen()) }
	w.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF11}, func(fyne.Shortcut) { toggle() })
	w.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) {
		switch ev.Name {
		case fyne.KeyF11:
			toggle()
		case fyne.KeyEscape:
			if w.FullScreen() {
				w.SetFullScreen(false)
			}
		}
	})
	w.SetOnClosed(func() {
		if c.Win == w {
			v.Close()
			c.Win, c.View = nil, nil
			c.update()
		}
	})
	w.Resize(fyne.NewSize(1280, 720))
	c.Win, c.View = w, v
	w.Show()
	c.update()
}

// ToggleFullScreen switches the projector window in and out of full screen.
func (c *ProjectorControl) ToggleFullScreen() {
	if c.Win != nil {
		c.Win.SetFullScreen(!c.Win.FullScreen())
	}
}

// Close closes the projector window.
func (c *ProjectorControl) Close() {
	if c.Win == nil {
		return
	}
	w, v := c.Win, c.View
	c.Win, c.View = nil, nil
	v.Close()
	w.Close()
	c.update()
}

// SetStep follows the session window.
func (c *ProjectorControl) SetStep(id string) {
	c.stepID = id
	if c.View != nil {
		c.View.SetStep(id)
	}
	c.update()
}

// Refresh redraws the projector after an edit.
func (c *ProjectorControl) Refresh() {
	if c.View != nil {
		c.View.Refresh()
	}
}

func (c *ProjectorControl) update() {
	if c.Win == nil {
		c.Toggle.SetText("Projector")
		c.Reveal.Disable()
	} else {
		c.Toggle.SetText("Close projector")
		c.Reveal.Enable()
	}
	if c.Revealed() {
		c.Reveal.SetText("Hide")
		c.Reveal.SetIcon(theme.VisibilityOffIcon())
		c.Reveal.Importance = widget.WarningImportance
	} else {
		c.Reveal.SetText("Reveal")
		c.Reveal.SetIcon(theme.VisibilityIcon())
		c.Reveal.Importance = widget.MediumImportance
	}
	c.Reveal.Refresh()
}

// addPart2Menus adds the projector to a View menu and PDF export to File.
func addPart2Menus(sw *SessionWindow, mm *fyne.MainMenu) {
	t := toolsOf(sw)
	if t == nil {
		return
	}
	fullScreen := fyne.NewMenuItem("Projector full screen (F11)", t.Projector.ToggleFullScreen)
	view := fyne.NewMenu("View",
		fyne.NewMenuItem("Open or close the projector", t.Projector.Toggle.OnTapped),
		fyne.NewMenuItem("Reveal or hide results", func() { t.Projector.SetReveal(!t.Projector.Revealed()) }),
		fyne.NewMenuItem("Anonymous projector on or off", func() { t.Projector.Anonymous.SetChecked(!t.Projector.Anonymous.Checked) }),
		fullScreen,
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Actions", func() { sw.GoToPage("actions") }),
		fyne.NewMenuItem("Summary", func() { sw.GoToPage("summary") }),
	)
	mm.Items = append(mm.Items, view)
	for _, m := range mm.Items {
		if m.Label != "File" {
			continue
		}
		exp := fyne.NewMenuItem("Export PDF…", func() { ShowExportPDF(sw) })
		sheets := fyne.NewMenuItem("Export personal sheets…", func() { ShowExportSheets(sw) })
		for i, it := range m.Items {
			if it.Label == "Save as template…" {
				m.Items = append(m.Items[:i+1], append([]*fyne.MenuItem{exp, sheets}, m.Items[i+1:]...)...)
				return
			}
		}
		m.Items = append(m.Items, exp, sheets)
	}
}

// PDF variants the export dialog offers.
const (
	pdfFull      = "Full summary"
	pdfAnonymous = "Anonymous summary (no names)"
	pdfPersonal  = "Personal sheet for one participant"
)

// notesHint tells the facilitator what happens to what people wrote, in
// the export dialogs.
const notesHint = "Notes and reservations are printed as written; the anonymous summary replaces names in them with [name]. Read it before sharing."

// ExportPDF is the export dialog's state, kept for tests.
type ExportPDF struct {
	Variant     *widget.RadioGroup
	Participant *widget.Select
	NoNotes     *widget.Check // leave notes out
	Dialog      *dialog.FormDialog
	// Done is called with the written path or the error, on the UI
	// goroutine; tests wait on it.
	Done func(path string, err error)
}

// ShowExportPDF asks which PDF to write and where, then writes it off the
// UI goroutine, atomically, so a failed export leaves no torn file.
func ShowExportPDF(sw *SessionWindow) *ExportPDF {
	e := &ExportPDF{}
	sess := sw.Editor.Session
	var names []string
	for _, p := range sess.Participants {
		names = append(names, p.Name)
	}
	e.Participant = widget.NewSelect(names, nil)
	e.Participant.PlaceHolder = "Choose a participant"
	e.Participant.Disable()
	e.Variant = widget.NewRadioGroup([]string{pdfFull, pdfAnonymous, pdfPersonal}, func(v string) {
		if v == pdfPersonal {
			e.Participant.Enable()
		} else {
			e.Participant.Disable()
		}
	})
	e.Variant.Required = true
	e.Variant.SetSelected(pdfFull)
	if len(names) == 0 {
		e.Variant.Options = []string{pdfFull, pdfAnonymous}
	}
	e.NoNotes = widget.NewCheck("Leave notes out", nil)
	items := []*widget.FormItem{
		{Text: "Variant", Widget: e.Variant, HintText: "Participants review the anonymous summary or their own sheet"},
		{Text: "Participant", Widget: e.Participant},
		{Text: "Notes", Widget: e.NoNotes, HintText: notesHint},
	}
	e.Dialog = dialog.NewForm("Export PDF", "Choose file…", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		opt := export.Options{Anonymous: e.Variant.Selected == pdfAnonymous, NoNotes: e.NoNotes.Checked}
		suffix := ""
		switch e.Variant.Selected {
		case pdfAnonymous:
			suffix = " (anonymous)"
		case pdfPersonal:
			p := sess.ParticipantByName(e.Participant.Selected)
			if p == nil {
				showProblem(sw.App.Window, "Choose a participant", "A personal sheet is written for one participant: choose who.")
				return
			}
			opt.Participant = p.ID
			suffix = " - " + p.Name
		}
		name := strings.TrimSpace(sess.Title)
		if name == "" {
			name = "Scaleroom session"
		}
		pickPDF(sw, safeFileName(name+suffix)+".pdf", func(path string) {
			if path == "" {
				return
			}
			e.write(sw, path, opt)
		})
	}, sw.App.Window)
	e.Dialog.Resize(fyne.NewSize(520, 0))
	e.Dialog.Show()
	return e
}

// write renders a copy of the session in the background, so typing goes on
// while a long PDF renders.
func (e *ExportPDF) write(sw *SessionWindow, path string, opt export.Options) {
	if t := toolsOf(sw); t != nil {
		t.Timer.Flush()
	}
	snap := sw.Editor.Session.Clone()
	do := sw.App.Do
	go func() {
		err := safefile.Write(path, false, func(w io.Writer) error { return export.Write(w, snap, opt) })
		do(func() {
			if err != nil {
				showProblem(sw.App.Window, "Could not export the PDF", fmt.Sprintf("%s could not be written: %v.", path, err))
			} else {
				sw.Status.SetText("PDF written to " + path)
			}
			if e.Done != nil {
				e.Done(path, err)
			}
		})
	}()
}

// ExportSheets is the state of the dialog that writes every participant's
// personal sheet into a folder, kept for tests.
type ExportSheets struct {
	NoNotes *widget.Check
	Dialog  *dialog.FormDialog
	// Done is called with the files written or the error, on the UI
	// goroutine; tests wait on it.
	Done func(paths []string, err error)
}

// ShowExportSheets asks whether to include notes, then for a folder, and
// writes one personal sheet per participant there in the background.
func ShowExportSheets(sw *SessionWindow) *ExportSheets {
	e := &ExportSheets{}
	if len(sw.Editor.Session.Participants) == 0 {
		showProblem(sw.App.Window, "No participants yet", "Personal sheets are written one per participant: add the people in the room first.")
		return e
	}
	e.NoNotes = widget.NewCheck("Leave notes out", nil)
	items := []*widget.FormItem{
		{Text: "Sheets", Widget: widget.NewLabel(fmt.Sprintf("One PDF for each of the %d participants, named after them.", len(sw.Editor.Session.Participants)))},
		{Text: "Notes", Widget: e.NoNotes, HintText: notesHint},
	}
	e.Dialog = dialog.NewForm("Export personal sheets", "Choose folder…", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		opt := export.Options{NoNotes: e.NoNotes.Checked}
		pickFolder(sw, func(dir string) {
			if dir != "" {
				e.write(sw, dir, opt)
			}
		})
	}, sw.App.Window)
	e.Dialog.Resize(fyne.NewSize(520, 0))
	e.Dialog.Show()
	return e
}

// write renders the sheets from a copy of the session off the UI goroutine.
func (e *ExportSheets) write(sw *SessionWindow, dir string, opt export.Options) {
	if t := toolsOf(sw); t != nil {
		t.Timer.Flush()
	}
	snap := sw.Editor.Session.Clone()
	do := sw.App.Do
	go func() {
		paths, err := export.WriteSheets(dir, snap, opt)
		do(func() {
			if err != nil {
				showProblem(sw.App.Window, "Could not export the personal sheets", fmt.Sprintf("The sheets could not be written to %s: %v.", dir, err))
			} else {
				sw.Status.SetText(fmt.Sprintf("%d personal sheets written to %s", len(paths), dir))
			}
			if e.Done != nil {
				e.Done(paths, err)
			}
		})
	}()
}

// pickFolder asks for a folder; done gets "" on cancel.
func pickFolder(sw *SessionWindow, done func(path string)) {
	if sw.App.pickFolder != nil {
		sw.App.pickFolder(done)
		return
	}
	d := dialog.NewFolderOpen(func(uri fyne.ListableURI, err error) {
		if err != nil {
			showProblem(sw.App.Window, "Could not open the folder", fmt.Sprintf("The folder could not be opened: %v.", err))
			done("")
			return
		}
		if uri == nil { // cancelled
			done("")
			return
		}
		done(uri.Path())
	}, sw.App.Window)
	d.SetConfirmText("Export here")
	d.Show()
	d.Resize(fyne.NewSize(880, 600))
}

// maxFileName bounds a suggested name in bytes, below the 255 that file
// systems allow, leaving room for an extension.
const maxFileName = 200

// safeFileName keeps a title usable as a file name on every system: no
// separators or control characters, and short enough to create.
func safeFileName(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < 32 || r == 0x7f {
			return '-'
		}
		return r
	}, s)
	if len(s) > maxFileName {
		cut := maxFileName
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = strings.TrimSpace(s[:cut])
	}
	return s
}

// pickPDF asks where to save the PDF; done gets "" on cancel.
func pickPDF(sw *SessionWindow, suggested string, done func(path string)) {
	if sw.App.pickFile != nil {
		sw.App.pickFile(true, suggested, func(p string) {
			if p != "" {
				p = withExt(p, ".pdf")
			}
			done(p)
		})
		return
	}
	showFileSaveDialog(sw.App.Window, suggested, ".pdf", "Export", done)
}
