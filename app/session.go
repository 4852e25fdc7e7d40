package app

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"scaleroom/assets/locale"
	"scaleroom/workshop"
	"scaleroom/workshop/safefile"
	"scaleroom/workshop/store"
)

// Page is a sidebar entry that is not an agenda step.
type Page struct {
	ID    string
	Title string
	// Intro is shown in the prompt area above the page, like a step's prompt.
	Intro string
	// Subtitle, when set, is shown under the title in the sidebar.
	Subtitle func(sw *SessionWindow) string
	Build    func(sw *SessionWindow) StepScreen
}

// pagesBefore come before the agenda in the sidebar: the session details
// and the roster are filled in before the room fills. A function, so the
// titles are in the language chosen when the window is built.
func pagesBefore() []Page {
	return []Page{{
		ID: "details", Title: lang.L("Session details"),
		Intro:    lang.L("What this workshop is, who runs it and where. The title names the file and the PDF."),
		Subtitle: func(sw *SessionWindow) string { return locale.ShowDate(sw.Editor.Session.Date) },
		Build:    func(sw *SessionWindow) StepScreen { return newDetailsScreen(sw.Editor) },
	}, {
		ID: "participants", Title: lang.L("Participants"),
		Intro: lang.L("Everyone in the room. Paste a list of names to add them all at once; responses follow a person when you rename them."),
		Subtitle: func(sw *SessionWindow) string {
			return plural(len(sw.Editor.Session.Participants), lang.L("person"), lang.L("people"))
		},
		Build: func(sw *SessionWindow) StepScreen { return newRosterScreen(sw.Editor) },
	}, {
		ID: "agenda", Title: lang.L("Agenda"),
		Intro: lang.L("The steps of this workshop: add, reorder, retitle and time them. A step's kind can change while it is still empty."),
		Subtitle: func(sw *SessionWindow) string {
			return plural(len(sw.Editor.Session.Steps), lang.L("step"), lang.L("steps"))
		},
		Build: func(sw *SessionWindow) StepScreen { return newAgendaScreen(sw.Editor, sw.reshaped) },
	}}
}

// pagesAfter come after the agenda: what the workshop produced.
func pagesAfter() []Page {
	return []Page{{
		ID: "actions", Title: lang.L("Actions"),
		Intro: lang.L("Everything the room agreed to do, with an owner and a date. Add actions here, or with Action… in the toolbar during any step."),
		Subtitle: func(sw *SessionWindow) string {
			return fmt.Sprintf(lang.L("%d open"), len(sw.Editor.Session.OpenActions()))
		},
		Build: func(sw *SessionWindow) StepScreen { return NewActionsScreen(sw.Editor) },
	}, {
		ID: "summary", Title: lang.L("Summary"),
		Intro: lang.L("Every exercise's results on one page, with the same numbers the PDF prints."),
		Build: func(sw *SessionWindow) StepScreen {
			s := NewSummaryScreen(sw.Editor)
			s.Options = sw.reportOptions
			s.Refresh()
			return s
		},
	}, {
		ID: "trends", Title: lang.L("Trends"),
		Intro: lang.L("This session beside the others of its series, from your recent files and a folder you choose: commitment to each value, the load against capacity, and the actions done."),
		Build: func(sw *SessionWindow) StepScreen { return NewTrendsScreen(sw) },
	}}
}

// navEntry is one row of the sidebar: a page or an agenda step.
type navEntry struct {
	page   *Page
	stepID string
}

func (e navEntry) key() string {
	if e.page != nil {
		return "page:" + e.page.ID
	}
	return "step:" + e.stepID
}

// SessionWindow is an open session: the sidebar agenda, the current step's
// prompt and content, and the saving machinery.
type SessionWindow struct {
	// PromptToggle hides or shows the prompt (see SetPromptShown).
	PromptToggle *widget.Button
	promptBox    *fyne.Container
	// footer holds a screen's line for the navigation bar (see Footer).
	footer *fyne.Container

	// reshaped is agendaReshaped, held in a field because the page table
	// that refers to it is itself read by the sidebar.
	reshaped func(stepID string)

	App    *Scaleroom
	Editor *Editor

	// Widgets, kept so tests (and part 2) can reach them.
	Sidebar    *routedList
	Planned    *widget.Label // total planned time of the agenda
	StepTitle  *widget.Label
	StepMeta   *widget.Label
	Prompt     *widget.Label
	DoneCheck  *widget.Check
	BackButton *widget.Button
	NextButton *widget.Button
	Status     *widget.Label // what autosave and save last did
	Toolbar    fyne.CanvasObject
	// Notice says what the last edit, undo or redo did when it needs
	// saying ("Removed “Weekly report” · Ctrl+Z brings it back"). It
	// stands in the navigation bar in place of the screen's own line
	// (footer) until the next edit.
	Notice *widget.Label
	// Timer is the step countdown. Its running time is part of the
	// session: every save writes it.
	Timer    *Timer
	TimerBar *TimerBar
	// Projector opens and drives the room's window.
	Projector *ProjectorControl
	// QuickAction opens the action form for the step on screen.
	QuickAction *widget.Button

	entries []navEntry
	// sidebarRows are the agenda's rows, by the object the list holds.
	sidebarRows rowsOf[*sidebarRow]
	current     int
	screens     map[string]StepScreen
	content     *fyne.Container
	main        *fyne.Container
	root        fyne.CanvasObject
	saver       *store.Saver
	// saveWarned: an autosave failure was shown in a dialog; the next
	// ones only update the status until a save works again.
	saveWarned bool
	closed     bool
	// shownSidebar is what the sidebar rows were drawn from (sidebarKey).
	shownSidebar string
	// series is what the window knows of the session's series.
	series seriesState
	// sheet is the keyboard shortcuts sheet while it shows.
	sheet dialog.Dialog
	// The Edit menu's items, which name what they undo and redo.
	undoItem, redoItem *fyne.MenuItem
}

// sidebarKey sums up what the sidebar rows show, so Changed redraws them
// only when that changed.
func (sw *SessionWindow) sidebarKey() string {
	var b strings.Builder
	s := sw.Editor.Session
	fmt.Fprintf(&b, "%d|%s|%d", len(s.Participants), s.Date, sw.current)
	for _, st := range s.Steps {
		fmt.Fprintf(&b, "|%s|%s|%d|%d|%s", st.ID, st.Title, st.Timebox, sw.progress(st.ID), sw.agendaTime(st.ID))
	}
	for _, e := range sw.entries {
		if e.page != nil && e.page.Subtitle != nil {
			b.WriteString("|" + e.page.Subtitle(sw))
		}
	}
	return b.String()
}

func newSessionWindow(app *Scaleroom, sess *workshop.Session, path string, lock *safefile.Lock) *SessionWindow {
	sw := &SessionWindow{App: app, screens: map[string]StepScreen{}}
	sw.Editor = &Editor{Session: sess, Window: app.Window, Changed: sw.Changed, Now: app.Now,
		History: workshop.NewHistory(workshop.HistoryDepth), Notify: sw.showNotice}
	sw.reshaped = sw.agendaReshaped
	sw.Timer = NewTimer(sw.Editor)
	sw.Timer.Do = app.Do
	sw.saver = newSaver(sw, path, lock)
	sw.loadPrevious(path)
	sw.build()
	if path == "" {
		sw.Status.SetText(lang.L("Not saved yet · Ctrl+S"))
	} else {
		sw.Status.SetText(fmt.Sprintf(lang.L("Autosave on · %s"), filepath.Base(path)))
	}
	sw.rebuildEntries()
	// Open on the first agenda step not done yet: details and roster are
	// usually filled in before the room fills, and a session reopened after
	// a break resumes where it stopped.
	start, first := -1, -1
	for i, e := range sw.entries {
		if e.page != nil {
			continue
		}
		if first < 0 {
			first = i
		}
		if st := sess.Step(e.stepID); start < 0 && st != nil && !st.Done {
			start = i
		}
	}
	if start < 0 {
		start = max(first, 0)
	}
	sw.Go(start)
	return sw
}

// Object is the window content.
func (sw *SessionWindow) Object() fyne.CanvasObject { return sw.root }

// Path is the session's file, "" before it is first saved.
func (sw *SessionWindow) Path() string { return sw.saver.Path() }

// Dirty reports unsaved changes.
func (sw *SessionWindow) Dirty() bool { return sw.saver.Dirty() }

// sidebarRow is one page or step of the agenda: its icon, title, and
// time or state.
type sidebarRow struct {
	icon       *widget.Icon
	title, sub *widget.Label
}

func (sw *SessionWindow) newSidebarRow() fyne.CanvasObject {
	r := &sidebarRow{icon: widget.NewIcon(theme.RadioButtonIcon()), title: widget.NewLabel("Step title"), sub: widget.NewLabel("50 min")}
	r.title.Truncation = fyne.TextTruncateEllipsis
	r.sub.SizeName = theme.SizeNameCaptionText
	return sw.sidebarRows.keep(container.NewBorder(nil, nil, r.icon, nil, container.New(&tightVBox{}, r.title, r.sub)), r)
}

func (sw *SessionWindow) updateSidebarRow(id widget.ListItemID, o fyne.CanvasObject) {
	r := sw.sidebarRows[o]
	if r == nil || id >= len(sw.entries) {
		return
	}
	e := sw.entries[id]
	if e.page != nil {
		r.title.SetText(e.page.Title)
		s := ""
		if e.page.Subtitle != nil {
			s = e.page.Subtitle(sw)
		}
		r.sub.SetText(s)
		r.icon.SetResource(pageIcon(e.page.ID))
		return
	}
	st := sw.Editor.Session.Step(e.stepID)
	if st == nil {
		return
	}
	r.title.SetText(fmt.Sprintf("%d. %s", sw.stepNumber(e.stepID), st.Title))
	p := sw.progress(e.stepID)
	state := p.Label()
	if p == workshop.NotStarted && id == sw.current {
		state = lang.L("now")
	}
	r.sub.SetText(fmt.Sprintf("%s · %s", sw.agendaTime(e.stepID), state))
	if st.Done {
		r.icon.SetResource(theme.ConfirmIcon())
	} else {
		r.icon.SetResource(theme.RadioButtonIcon())
	}
}

func (sw *SessionWindow) build() {
	sw.buildSidebar()
	head := sw.buildHead()
	sw.showPrompt()
	nav := sw.buildNav()
	sw.content = container.NewStack()
	// The step's content comes before its heading in the tree, so Tab
	// goes from the content to "Step done", not the other way round.
	sw.main = container.NewBorder(head, nil, nil, nil, sw.content)
	main := sw.main

	sw.Status = widget.NewLabel("")
	// Small text on up to two lines: the timer and projector controls leave
	// the status little width on a laptop, and "save to keep this version"
	// must not vanish behind an ellipsis.
	sw.Status.SizeName = theme.SizeNameCaptionText
	sw.Status.Wrapping = fyne.TextWrapWord
	sw.Status.Truncation = fyne.TextTruncateEllipsis
	sw.buildTools()
	files := sw.buildFileButtons()
	sw.Toolbar = sw.buildToolbar()

	side := container.NewBorder(container.NewPadded(sw.Planned), nil, nil, nil, sw.Sidebar)
	split := container.NewHSplit(side, container.NewPadded(main))
	split.Offset = 0.2
	sw.root = newWindowLayout(files, sw.Status, sw.Toolbar, split, nav)
	sw.registerShortcuts()
	sw.routeStrayKeys()
}

// buildSidebar makes the agenda down the left: pages and steps.
func (sw *SessionWindow) buildSidebar() {
	sw.Planned = widget.NewLabel("")
	sw.Planned.TextStyle.Bold = true
	sw.sidebarRows = rowsOf[*sidebarRow]{}
	sw.Sidebar = newRoutedList(func() int { return len(sw.entries) }, sw.newSidebarRow, sw.updateSidebarRow, sw.screenKeys())
	sw.Sidebar.OnSelected = func(id widget.ListItemID) {
		if id != sw.current {
			sw.Go(id)
		}
	}
}

// buildHead makes the step's title, its facts, the prompt and Step done.
func (sw *SessionWindow) buildHead() fyne.CanvasObject {
	sw.StepTitle = widget.NewLabel("")
	sw.StepTitle.SizeName = theme.SizeNameSubHeadingText
	sw.StepTitle.TextStyle.Bold = true
	sw.StepTitle.Truncation = fyne.TextTruncateEllipsis
	sw.StepMeta = widget.NewLabel("")
	sw.Prompt = widget.NewLabel("")
	sw.Prompt.Wrapping = fyne.TextWrapWord
	sw.DoneCheck = widget.NewCheck(lang.L("Step done"), func(done bool) {
		if e := sw.entries[sw.current]; e.page == nil {
			sw.SetDone(e.stepID, done)
		}
	})
	sw.promptBox = container.NewStack(
		themedRect(theme.ColorNameInputBackground, 6),
		newCappedHeight(container.NewPadded(sw.Prompt), func() float32 {
			return sw.App.Window.Canvas().Size().Height * promptShare
		}),
	)
	sw.PromptToggle = widget.NewButton("", func() { sw.SetPromptShown(!sw.promptShown()) })
	sw.PromptToggle.Importance = widget.LowImportance
	sw.StepMeta.SizeName = theme.SizeNameCaptionText
	sw.StepMeta.Truncation = fyne.TextTruncateEllipsis
	return container.NewVBox(
		container.NewBorder(nil, nil, nil, container.NewHBox(container.NewCenter(sw.PromptToggle), container.NewCenter(sw.DoneCheck)),
			newLeadLine(sw.StepTitle, sw.StepMeta, 0.6)),
		sw.promptBox,
		widget.NewSeparator(),
	)
}

// buildNav makes Back and Next, with the screen's footer and the notice
// between them.
func (sw *SessionWindow) buildNav() fyne.CanvasObject {
	sw.BackButton = widget.NewButtonWithIcon(lang.L("Back"), theme.NavigateBackIcon(), func() { sw.Go(sw.current - 1) })
	sw.NextButton = widget.NewButtonWithIcon(lang.L("Next"), theme.NavigateNextIcon(), func() { sw.Go(sw.current + 1) })
	sw.NextButton.IconPlacement = widget.ButtonIconTrailingText
	sw.NextButton.Importance = widget.HighImportance
	sw.footer = container.NewStack()
	// Along the whole bottom of the window (see windowLayout).
	sw.Notice = widget.NewLabel("")
	sw.Notice.Alignment = fyne.TextAlignCenter
	sw.Notice.Truncation = fyne.TextTruncateEllipsis
	sw.Notice.Hide()
	return container.NewPadded(container.NewBorder(nil, nil, sw.BackButton, sw.NextButton,
		container.NewPadded(container.NewStack(sw.footer, sw.Notice))))
}

// routeStrayKeys sends keys typed while nothing has the keyboard to the
// current screen.
func (sw *SessionWindow) routeStrayKeys() {
	// When nothing has the keyboard (after a dialog closes, or a click on
	// empty space), a key goes to the current screen's first field rather
	// than nowhere: a level typed in the values step is still recorded.
	c := sw.App.Window.Canvas()
	c.SetOnTypedRune(func(r rune) {
		if sw.closed || c.Focused() != nil || !sw.focusScreen() {
			return
		}
		c.Focused().TypedRune(r)
	})
	c.SetOnTypedKey(func(k *fyne.KeyEvent) {
		// Controls that have no use for a window key (F1) pass it here
		// too (passWindowKey).
		if sw.closed || sw.windowKey(k) || c.Focused() != nil || !sw.focusScreen() {
			return
		}
		c.Focused().TypedKey(k)
	})
}

// screenKeys passes keys typed into the agenda on to a screen that records
// them (the values round): clicking the current step in the agenda must
// not swallow the next person's level. Other screens leave the agenda its
// own keys.
func (sw *SessionWindow) screenKeys() keyRoute {
	route := func() (keyRoute, bool) {
		r, ok := sw.CurrentScreen().(interface{ RecordsKeys() keyRoute })
		if !ok {
			return keyRoute{}, false
		}
		return r.RecordsKeys(), true
	}
	return keyRoute{
		onRune: func(r rune) bool {
			k, ok := route()
			return ok && k.onRune(r)
		},
		onKey: func(e *fyne.KeyEvent) bool {
			k, ok := route()
			return ok && k.onKey(e)
		},
	}
}

// focusScreen gives the keyboard to the current screen, reporting whether
// it took it.
func (sw *SessionWindow) focusScreen() bool {
	f, ok := sw.CurrentScreen().(interface{ FocusFirst() })
	if !ok {
		return false
	}
	f.FocusFirst()
	return sw.App.Window.Canvas().Focused() != nil
}

// agendaTime is a step's time in the agenda: used against planned once
// the timer has run for it ("12:30 of 15 min, over"), the timebox before.
func (sw *SessionWindow) agendaTime(stepID string) string {
	s := sw.Timer.UsedVsPlan(stepID)
	if sw.Timer.Over(stepID) {
		s = fmt.Sprintf(lang.L("%s, over"), s)
	}
	return s
}

// buildTools makes the timer bar, the projector control and the quick
// action button, and ties them to the step on screen.
func (sw *SessionWindow) buildTools() {
	sw.TimerBar = NewTimerBar(sw.Timer)
	sw.Projector = newProjectorControl(sw, sw.Timer)
	sw.QuickAction = widget.NewButtonWithIcon(lang.L("Action…"), theme.DocumentCreateIcon(), func() {
		ShowQuickAction(sw.Editor, currentStepID(sw))
	})
	sw.TimerBar.OnGoTo = sw.GoToStep
	sw.Timer.OnChange(func() {
		// The agenda shows time used, which moves only while running; a
		// step whose clock started is in progress.
		if sw.Timer.RunningAny() {
			sw.Sidebar.Refresh()
		}
		sw.showMeta()
	})
}

// buildFileButtons makes the file actions at the left of the strip above
// the session.
func (sw *SessionWindow) buildFileButtons() fyne.CanvasObject {
	app := sw.App
	// Labelled buttons rather than bare icons: the toolbar is read under
	// pressure, and a pencil does not say "new session".
	button := func(label string, icon fyne.Resource, f func()) *widget.Button {
		b := widget.NewButtonWithIcon(label, icon, f)
		b.Importance = widget.LowImportance
		return b
	}
	return container.NewHBox(
		button(lang.L("New"), theme.ContentAddIcon(), app.chooseNew),
		button(lang.X("file.open", "Open"), theme.FolderOpenIcon(), app.chooseOpen),
		button(lang.L("Save"), theme.DocumentSaveIcon(), func() { sw.Save(nil) }),
		widget.NewSeparator(),
	)
}

// buildToolbar makes the tools at the right of the strip above the
// session: the timer, quick action and projector controls, and under them
// the timer's note on the step it times.
func (sw *SessionWindow) buildToolbar() fyne.CanvasObject {
	p := sw.Projector
	rest := container.NewHBox(
		widget.NewSeparator(),
		sw.QuickAction,
		widget.NewSeparator(),
		steadyButton(p.Toggle, lang.L("Projector"), lang.L("Close projector")),
		steadyButton(p.Reveal, lang.L("Reveal"), lang.L("Hide")), p.Anonymous,
	)
	return newToolsLayout(sw.TimerBar.Object(), sw.TimerBar.Note(), rest)
}

// menu is the main menu of a session window, with the standard shortcuts.
func (sw *SessionWindow) menu() *fyne.MainMenu {
	app := sw.App
	item := func(label string, sc fyne.Shortcut, f func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, f)
		it.Shortcut = sc
		return it
	}
	quit := fyne.NewMenuItem(lang.L("Quit"), func() { app.leave(app.App.Quit) })
	quit.IsQuit = true
	file := fyne.NewMenu(lang.L("File"),
		item(lang.L("New session…"), scNew, app.chooseNew),
		fyne.NewMenuItem(lang.L("New follow-up…"), func() { sw.NewFollowUp() }),
		item(lang.L("Open…"), scOpen, app.chooseOpen),
		app.recentMenuItem(),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Save"), scSave, func() { sw.Save(nil) }),
		item(lang.L("Save As…"), scSaveAs, func() { sw.SaveAs(nil) }),
		sw.revertMenuItem(),
		fyne.NewMenuItem(lang.L("Save as template…"), sw.SaveAsTemplate),
		fyne.NewMenuItem(lang.L("Import template…"), app.chooseImportTemplate),
		fyne.NewMenuItem(lang.L("Export template…"), sw.ExportTemplate),
		fyne.NewMenuItem(lang.L("Export…"), func() { ShowExportPDF(sw) }),
		fyne.NewMenuItem(lang.L("Export personal sheets…"), func() { ShowExportSheets(sw) }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("Close session"), app.chooseNew),
		quit,
	)
	goMenu := fyne.NewMenu(lang.L("Go"),
		item(lang.L("Previous step"), scBack, func() { sw.Go(sw.current - 1) }),
		item(lang.L("Next step"), scNext, func() { sw.Go(sw.current + 1) }),
		fyne.NewMenuItemSeparator(),
	)
	for i, e := range sw.entries {
		i := i
		label := ""
		if e.page != nil {
			label = e.page.Title
		} else if st := sw.Editor.Session.Step(e.stepID); st != nil {
			label = fmt.Sprintf("%d. %s", sw.stepNumber(e.stepID), st.Title)
		}
		goMenu.Items = append(goMenu.Items, fyne.NewMenuItem(label, func() { sw.Go(i) }))
	}
	p := sw.Projector
	view := fyne.NewMenu(lang.L("View"),
		item(lang.L("Start or pause the clock"), scClock, sw.TimerBar.Toggle),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Open or close the projector"), scProjector, p.Toggle.OnTapped),
		item(lang.L("Reveal or hide results"), scReveal, sw.toggleReveal),
		fyne.NewMenuItem(lang.L("Anonymous projector on or off"), func() { p.Anonymous.SetChecked(!p.Anonymous.Checked) }),
		fyne.NewMenuItem(lang.L("Projector full screen (F11)"), p.ToggleFullScreen),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("Actions"), func() { sw.GoToPage("actions") }),
		fyne.NewMenuItem(lang.L("Summary"), func() { sw.GoToPage("summary") }),
	)
	help := fyne.NewMenu(lang.L("Help"), item(lang.L("Keyboard shortcuts"), scHelp, sw.ShowShortcuts),
		fyne.NewMenuItem(fmt.Sprintf(lang.L("About %s"), AppName), app.ShowAbout))
	return fyne.NewMainMenu(file, sw.editMenu(), goMenu, view, help)
}

// revertMenuItem brings back the version opened; there is none before the
// session has a file.
func (sw *SessionWindow) revertMenuItem() *fyne.MenuItem {
	it := fyne.NewMenuItem(lang.L("Revert to version opened…"), sw.AskRevert)
	opened, _ := sw.saver.Opened()
	it.Disabled = sw.saver.Path() == "" || opened == nil
	return it
}

func (sw *SessionWindow) rebuildEntries() {
	sw.entries = sw.entries[:0]
	before, after := pagesBefore(), pagesAfter()
	for i := range before {
		sw.entries = append(sw.entries, navEntry{page: &before[i]})
	}
	for _, st := range sw.Editor.Session.Steps {
		sw.entries = append(sw.entries, navEntry{stepID: st.ID})
	}
	for i := range after {
		sw.entries = append(sw.entries, navEntry{page: &after[i]})
	}
	sw.showPlanned()
}

// showPlanned puts the agenda's total planned time above the sidebar.
func (sw *SessionWindow) showPlanned() {
	setLabel(sw.Planned, fmt.Sprintf(lang.L("Agenda · %s planned"), minutesText(sw.Editor.Session.PlannedMinutes())))
}

func (sw *SessionWindow) stepNumber(id string) int {
	for i, st := range sw.Editor.Session.Steps {
		if st.ID == id {
			return i + 1
		}
	}
	return 0
}

// Current is the sidebar index shown now.
func (sw *SessionWindow) Current() int { return sw.current }

// CurrentScreen is the screen shown now.
func (sw *SessionWindow) CurrentScreen() StepScreen {
	return sw.screens[sw.entries[sw.current].key()]
}

// GoToStep shows the agenda step with that ID.
func (sw *SessionWindow) GoToStep(id string) {
	for i, e := range sw.entries {
		if e.page == nil && e.stepID == id {
			sw.Go(i)
			return
		}
	}
}

// GoToPage shows the page with that ID ("details", "participants", ...).
func (sw *SessionWindow) GoToPage(id string) {
	for i, e := range sw.entries {
		if e.page != nil && e.page.ID == id {
			sw.Go(i)
			return
		}
	}
}

// Go shows the sidebar entry at index i (ignored when out of range).
func (sw *SessionWindow) Go(i int) {
	if i < 0 || i >= len(sw.entries) {
		return
	}
	sw.current = i
	e := sw.entries[i]
	scr := sw.screens[e.key()]
	if scr == nil {
		scr = sw.buildScreen(e)
		sw.screens[e.key()] = scr
	} else {
		scr.Refresh()
	}
	sw.content.Objects = []fyne.CanvasObject{scr.Object()}
	sw.content.Refresh()
	sw.footer.Objects = nil
	if f, ok := scr.(interface{ Footer() fyne.CanvasObject }); ok {
		sw.footer.Objects = []fyne.CanvasObject{f.Footer()}
	}
	sw.footer.Refresh()
	sw.showHead()
	// A wrapped prompt only knows its height once it has its width: lay the
	// area out again so a long prompt pushes the content down instead of
	// running under it.
	sw.main.Refresh()
	sw.Sidebar.Select(i)
	sw.Sidebar.ScrollTo(i)
	sw.Sidebar.Refresh()
	if f, ok := scr.(interface{ FocusFirst() }); ok {
		f.FocusFirst()
	} else {
		// Fyne keeps the focus on a widget taken off the screen: keys
		// typed on Summary would go on recording levels in the round.
		sw.App.Window.Canvas().Unfocus()
	}
	id := currentStepID(sw)
	sw.TimerBar.SetStep(id)
	sw.Projector.SetStep(id)
	if vs, ok := scr.(*ValuesScreen); ok {
		sw.Projector.SetValue(vs.ValueID())
	}
}

func (sw *SessionWindow) buildScreen(e navEntry) StepScreen {
	if e.page != nil {
		return e.page.Build(sw)
	}
	st := sw.Editor.Session.Step(e.stepID)
	switch st.Kind {
	case workshop.StepValues:
		vs := NewValuesScreen(sw.Editor, st.ID)
		// The projector shows the value the facilitator selects.
		vs.OnShowValue = func(id string) {
			if currentStepID(sw) == vs.stepID {
				sw.Projector.SetValue(id)
			}
		}
		return vs
	case workshop.StepLoad:
		return NewLoadScreen(sw.Editor, st.ID)
	case workshop.StepReflection:
		return NewReflectionScreen(sw.Editor, st.ID)
	case workshop.StepBelonging:
		return NewBelongingScreen(sw.Editor, st.ID)
	case workshop.StepReview:
		return NewReviewScreen(sw, st.ID)
	}
	n := newNotesScreen(sw.Editor, st.ID)
	n.setDone = sw.SetDone
	return n
}

// showHead fills the title, prompt, done check and navigation buttons for
// the current entry.
func (sw *SessionWindow) showHead() {
	e := sw.entries[sw.current]
	if e.page != nil {
		sw.StepTitle.SetText(e.page.Title)
		sw.StepMeta.SetText("")
		sw.StepMeta.Hide()
		sw.Prompt.SetText(e.page.Intro)
		sw.DoneCheck.Hide()
	} else if st := sw.Editor.Session.Step(e.stepID); st != nil {
		sw.StepTitle.SetText(st.Title)
		sw.showMeta()
		prompt := st.Prompt
		if strings.TrimSpace(prompt) == "" {
			prompt = lang.L("No prompt was written for this step.")
		}
		sw.Prompt.SetText(prompt)
		sw.StepMeta.Show()
		sw.DoneCheck.Show()
		sw.DoneCheck.SetChecked(st.Done)
	}
	label := func(j int) string {
		if j < 0 || j >= len(sw.entries) {
			return ""
		}
		if p := sw.entries[j].page; p != nil {
			return p.Title
		}
		if st := sw.Editor.Session.Step(sw.entries[j].stepID); st != nil {
			return st.Title
		}
		return ""
	}
	setNav := func(b *widget.Button, alone, withTitle string, j int) {
		if t := label(j); t != "" {
			// A step title can run to 200 characters; the buttons share
			// the bottom line with the key help.
			b.SetText(fmt.Sprintf(withTitle, truncate(t, fitsRunes(navTitleRunes))))
			b.Enable()
		} else {
			b.SetText(alone)
			b.Disable()
		}
	}
	setNav(sw.BackButton, lang.L("Back"), lang.L("Back: %s"), sw.current-1)
	setNav(sw.NextButton, lang.L("Next"), lang.L("Next: %s"), sw.current+1)
}

// promptShare is the most of the window's height the prompt takes before
// it scrolls.
const promptShare = 0.15

// navTitleRunes is the most of a step's title Back and Next show.
const navTitleRunes = 30

// Refresh re-reads the session into every visible part, for changes made
// outside the current screen (recovery, part 2's tools).
func (sw *SessionWindow) Refresh() {
	key := sw.entries[sw.current].key()
	sw.rebuildEntries()
	for i, e := range sw.entries {
		if e.key() == key {
			sw.current = i
		}
	}
	if sw.current >= len(sw.entries) {
		sw.current = 0
	}
	if scr := sw.screens[sw.entries[sw.current].key()]; scr != nil {
		scr.Refresh()
	}
	sw.showHead()
	sw.Sidebar.Refresh()
	sw.TimerBar.Refresh()
	sw.updateTitle()
}

// promptHiddenKey is the preference that remembers whether the prompt is
// shown: a facilitator who has read it wants the room's rows instead.
const promptHiddenKey = "promptHidden"

func (sw *SessionWindow) promptShown() bool {
	return !sw.App.App.Preferences().Bool(promptHiddenKey)
}

// SetPromptShown shows or hides the facilitator's prompt above every step,
// and remembers the choice.
func (sw *SessionWindow) SetPromptShown(on bool) {
	sw.App.App.Preferences().SetBool(promptHiddenKey, !on)
	sw.showPrompt()
}

func (sw *SessionWindow) showPrompt() {
	if sw.promptShown() {
		sw.promptBox.Show()
		sw.PromptToggle.SetText(lang.L("Hide prompt"))
		sw.PromptToggle.SetIcon(theme.MenuDropUpIcon())
	} else {
		sw.promptBox.Hide()
		sw.PromptToggle.SetText(lang.L("Show prompt"))
		sw.PromptToggle.SetIcon(theme.MenuDropDownIcon())
	}
	if sw.main != nil {
		sw.main.Refresh()
	}
}

// agendaReshaped follows a change to the agenda's steps: a step whose kind
// changed, or that went, loses its screen, and the sidebar lists the steps
// as they now are.
func (sw *SessionWindow) agendaReshaped(stepID string) {
	if stepID != "" {
		delete(sw.screens, navEntry{stepID: stepID}.key())
	}
	sw.Refresh()
}

// Changed is the Editor's Changed: it marks the session unsaved, schedules
// the autosave and tells listeners.
func (sw *SessionWindow) Changed() {
	if sw.closed {
		return
	}
	sw.Editor.Session.Touch(sw.Editor.Now())
	sw.saver.Changed()
	sw.updateTitle()
	sw.showPlanned()
	// Most edits (a level, a keystroke in a note) change nothing the agenda
	// shows; redrawing it on each would cost more than the edit.
	if key := sw.sidebarKey(); key != sw.shownSidebar {
		// A new timebox or title, a step done or started: the heading
		// and the clock show it as well.
		sw.shownSidebar = key
		sw.Sidebar.Refresh()
		sw.showMeta()
		sw.TimerBar.Refresh()
	}
	if e := sw.entries[sw.current]; e.page == nil {
		if st := sw.Editor.Session.Step(e.stepID); st != nil {
			sw.DoneCheck.SetChecked(st.Done)
		}
	}
	sw.Projector.Refresh()
	sw.showHistory()
}

// Title is the window title: session name, unsaved state, app name.
func (sw *SessionWindow) Title() string {
	name := strings.TrimSpace(sw.Editor.Session.Title)
	if name == "" {
		name = lang.L("Untitled session")
	}
	// Autosave keeps a file current within seconds, so passing edits are
	// not worth a mark; a file Scaleroom cannot write to is.
	switch {
	case sw.saver.Path() == "":
		name = fmt.Sprintf(lang.L("%s (not saved yet)"), name)
	case sw.saver.Conflict():
		name = fmt.Sprintf(lang.L("%s (changed on disk)"), name)
	case sw.saver.Failed():
		name = fmt.Sprintf(lang.L("%s (not saved)"), name)
	}
	return name + " — " + AppName
}

func (sw *SessionWindow) updateTitle() {
	if !sw.closed {
		sw.App.Window.SetTitle(sw.Title())
	}
}

// close puts the session away: the autosave loop stops and listeners hear.
func (sw *SessionWindow) close() {
	if sw.closed {
		return
	}
	sw.closed = true
	sw.saver.Stop()
	for _, b := range sw.bindings() {
		if b.run != nil {
			sw.App.Window.Canvas().RemoveShortcut(b.shortcut)
		}
	}
	sw.App.Window.Canvas().SetOnTypedRune(nil)
	sw.App.Window.Canvas().SetOnTypedKey(nil)
	sw.Timer.Pause()
	sw.Timer.StopTicker()
	sw.Projector.Close()
}

func kindLabel(k workshop.StepKind) string { return k.Label() }

func pageIcon(id string) fyne.Resource {
	switch id {
	case "details":
		return theme.InfoIcon()
	case "participants":
		return theme.AccountIcon()
	case "agenda":
		return theme.CalendarIcon()
	}
	return theme.ListIcon()
}

// themedRect is a rounded background that follows the theme (light/dark).
func themedRect(name fyne.ThemeColorName, radius float32) fyne.CanvasObject {
	r := &themeRect{name: name}
	r.rect = canvas.NewRectangle(theme.Color(name))
	r.rect.CornerRadius = radius
	r.ExtendBaseWidget(r)
	return r
}

type themeRect struct {
	widget.BaseWidget
	name fyne.ThemeColorName
	rect *canvas.Rectangle
}

func (r *themeRect) CreateRenderer() fyne.WidgetRenderer {
	return &themeRectRenderer{r}
}

type themeRectRenderer struct{ r *themeRect }

func (t *themeRectRenderer) Layout(s fyne.Size)           { t.r.rect.Resize(s) }
func (t *themeRectRenderer) MinSize() fyne.Size           { return fyne.NewSize(0, 0) }
func (t *themeRectRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{t.r.rect} }
func (t *themeRectRenderer) Destroy()                     {}
func (t *themeRectRenderer) Refresh() {
	t.r.rect.FillColor = theme.Color(t.r.name)
	t.r.rect.Refresh()
}

// tightVBox stacks objects without padding, for two-line list rows.
type tightVBox struct{}

func (tightVBox) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for i, o := range objs {
		if !o.Visible() {
			continue
		}
		if i > 0 {
			y -= theme.InnerPadding()
		}
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h
	}
}

func (tightVBox) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for i, o := range objs {
		if !o.Visible() {
			continue
		}
		ms := o.MinSize()
		w = max(w, ms.Width)
		h += ms.Height
		if i > 0 {
			h -= theme.InnerPadding()
		}
	}
	return fyne.NewSize(w, h)
}
