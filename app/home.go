package app

import (
	"fmt"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"scaleroom/assets"
	"scaleroom/workshop"
)

// Home is the first screen: start from a template, open a file, or pick up
// a recent session.
type Home struct {
	app       *Scaleroom
	Templates []*workshop.Template
	// Problems are user templates that could not be read.
	Problems []error
	Selected int

	TemplateList *widget.List
	StartButton  *widget.Button
	OpenButton   *widget.Button
	RecentList   *widget.List
	Chosen       *widget.Label // what the selected template contains
	recent       []string
	templateRows rowsOf[*templateRow]
	recentRows   rowsOf[*recentRow]
	// unavailable says, per recent file, why it cannot be opened now
	// ("" when it can), as found when the list was last read.
	unavailable []string
	noRecent    *widget.Label
	left        *fyne.Container
	root        fyne.CanvasObject
}

func newHome(app *Scaleroom) *Home {
	h := &Home{app: app}
	h.Templates, h.Problems = app.Library.List()
	h.build()
	h.readRecent()
	return h
}

// Object is the screen's root.
func (h *Home) Object() fyne.CanvasObject { return h.root }

func (h *Home) build() {
	logo := canvas.NewImageFromResource(fyne.NewStaticResource("icon.png", assets.Icon))
	logo.FillMode = canvas.ImageFillContain
	logo.SetMinSize(fyne.NewSize(56, 56))
	title := widget.NewLabel(AppName)
	title.SizeName = theme.SizeNameHeadingText
	title.TextStyle.Bold = true
	tagline := widget.NewLabel(lang.L("Run workshops on how your organisation scales: agree values, cut the load, decide what to grow."))
	tagline.Wrapping = fyne.TextWrapWord
	header := container.NewBorder(nil, nil, logo, nil, container.NewVBox(title, tagline))

	h.templateRows, h.recentRows = rowsOf[*templateRow]{}, rowsOf[*recentRow]{}
	h.TemplateList = widget.NewList(func() int { return len(h.Templates) }, h.newTemplateRow, h.updateTemplateRow)
	h.TemplateList.OnSelected = func(id widget.ListItemID) {
		h.Selected = id
		h.showChosen()
	}
	h.StartButton = widget.NewButtonWithIcon(lang.L("Start session"), theme.MediaPlayIcon(), h.Start)
	h.StartButton.Importance = widget.HighImportance
	h.Chosen = widget.NewLabel("")
	h.Chosen.Wrapping = fyne.TextWrapWord

	problems := widget.NewLabel("")
	problems.Wrapping = fyne.TextWrapWord
	problems.Importance = widget.WarningImportance
	switch n := len(h.Problems); {
	case n == 1:
		problems.SetText(fmt.Sprintf(lang.L("1 file of your templates could not be read and is left out: %v"), h.Problems[0]))
	case n > 1:
		problems.SetText(fmt.Sprintf(lang.L("%d files of your templates could not be read and are left out: %v"), n, h.Problems[0]))
	default:
		problems.Hide()
	}

	newHead := sectionTitle(lang.L("Start a new session"))
	pick := widget.NewLabel(lang.L("Pick a template: its agenda, prompts and timeboxes are copied into the new session."))
	pick.Wrapping = fyne.TextWrapWord // longer in German and French
	h.left = container.NewBorder(
		container.NewVBox(newHead, pick),
		container.NewVBox(problems, widget.NewSeparator(), h.Chosen, container.NewHBox(h.StartButton)),
		nil, nil, h.TemplateList)

	h.OpenButton = widget.NewButtonWithIcon(lang.L("Open a session file…"), theme.FolderOpenIcon(), h.app.chooseOpen)
	h.RecentList = widget.NewList(func() int { return len(h.recent) }, h.newRecentRow, h.updateRecentRow)
	h.RecentList.OnSelected = func(id widget.ListItemID) {
		h.RecentList.UnselectAll()
		if id < len(h.recent) {
			h.app.openRecent(h.recent[id])
		}
	}
	h.noRecent = widget.NewLabel(lang.L("Sessions you open or save appear here."))
	h.noRecent.Importance = widget.LowImportance
	h.noRecent.Wrapping = fyne.TextWrapWord
	right := container.NewBorder(
		container.NewVBox(sectionTitle(lang.L("Continue")), container.NewHBox(h.OpenButton), widget.NewLabel(lang.L("Recent sessions")), h.noRecent),
		nil, nil, nil, h.RecentList)

	split := container.NewHSplit(container.NewPadded(h.left), container.NewPadded(right))
	split.Offset = 0.6
	h.root = container.NewBorder(container.NewPadded(header), nil, nil, nil, split)
	if len(h.Templates) > 0 {
		h.TemplateList.Select(0)
	}
	h.showChosen()
}

func (h *Home) showChosen() {
	if h.Selected < 0 || h.Selected >= len(h.Templates) {
		h.Chosen.SetText(lang.L("No templates are available."))
		h.StartButton.Disable()
		return
	}
	t := h.Templates[h.Selected]
	steps := ""
	for i, st := range t.Session.Steps {
		if i > 0 {
			steps += " · "
		}
		steps += st.Title
	}
	h.Chosen.SetText(fmt.Sprintf("%s (%s): %s", t.Name, minutesText(t.Minutes()), steps))
	h.StartButton.SetText(fmt.Sprintf(lang.L("Start session: %s"), t.Name))
	h.StartButton.Enable()
	if h.left != nil {
		// The wrapped summary knows its height only once it has a width.
		h.left.Refresh()
	}
}

// Start begins a new session from the selected template.
func (h *Home) Start() {
	if h.Selected < 0 || h.Selected >= len(h.Templates) {
		return
	}
	h.app.NewSession(h.Templates[h.Selected])
}

// Refresh re-reads the recent files.
func (h *Home) Refresh() {
	h.readRecent()
	h.RecentList.Refresh()
}

// whyUnavailable says in a few words why path cannot be opened as a
// session, or "" when it can. Only a regular file can: a folder, a pipe or
// a device in its place would be refused (and a pipe would hang a reader).
func whyUnavailable(path string) string {
	fi, err := os.Stat(path)
	switch {
	case err != nil:
		return lang.L("File not found")
	case fi.IsDir():
		return lang.L("Now a folder, not a file")
	case !fi.Mode().IsRegular():
		return lang.L("Not a regular file")
	}
	return ""
}

// readRecent reads the recent list and checks which files are still there.
func (h *Home) readRecent() {
	h.recent = h.app.Recent()
	h.unavailable = make([]string, len(h.recent))
	for i, p := range h.recent {
		h.unavailable[i] = whyUnavailable(p)
	}
	if len(h.recent) > 0 {
		h.noRecent.Hide()
	} else {
		h.noRecent.Show()
	}
}

func (h *Home) focusDefault() {
	h.app.Window.Canvas().Focus(nil)
}

func (h *Home) menu() *fyne.MainMenu {
	open := fyne.NewMenuItem(lang.L("Open…"), h.app.chooseOpen)
	open.Shortcut = scOpen
	start := fyne.NewMenuItem(lang.L("New session from selected template"), h.Start)
	start.Shortcut = scNew
	quit := fyne.NewMenuItem(lang.L("Quit"), func() { h.app.App.Quit() })
	quit.IsQuit = true
	c := h.app.Window.Canvas()
	c.AddShortcut(scOpen, func(fyne.Shortcut) {
		if h.app.Home == h {
			h.app.chooseOpen()
		}
	})
	c.AddShortcut(scNew, func(fyne.Shortcut) {
		if h.app.Home == h {
			h.Start()
		}
	})
	importTpl := fyne.NewMenuItem(lang.L("Import template…"), h.app.chooseImportTemplate)
	return fyne.NewMainMenu(fyne.NewMenu(lang.L("File"), start, open, h.app.recentMenuItem(), fyne.NewMenuItemSeparator(), importTpl, fyne.NewMenuItemSeparator(), quit),
		fyne.NewMenu(lang.L("Help"), fyne.NewMenuItem(fmt.Sprintf(lang.L("About %s"), AppName), h.app.ShowAbout)))
}

func sectionTitle(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.SizeName = theme.SizeNameSubHeadingText
	l.TextStyle.Bold = true
	return l
}

// templateRow is one template to start from: name, length and what it is for.
type templateRow struct {
	top              *fyne.Container
	name, mins, desc *widget.Label
}

func (h *Home) newTemplateRow() fyne.CanvasObject {
	r := &templateRow{name: widget.NewLabel("Template name"), mins: widget.NewLabel("60 min"), desc: widget.NewLabel("Description")}
	r.name.TextStyle.Bold = true
	r.name.Truncation = fyne.TextTruncateEllipsis
	r.desc.Truncation = fyne.TextTruncateEllipsis
	r.top = container.NewBorder(nil, nil, nil, r.mins, r.name)
	return h.templateRows.keep(container.New(&tightVBox{}, r.top, r.desc), r)
}

func (h *Home) updateTemplateRow(id widget.ListItemID, o fyne.CanvasObject) {
	r := h.templateRows[o]
	if r == nil || id >= len(h.Templates) {
		return
	}
	t := h.Templates[id]
	r.name.SetText(t.Name)
	mins := fmt.Sprintf("%s · %s", minutesText(t.Minutes()), plural(len(t.Session.Steps), lang.L("step"), lang.L("steps")))
	if !t.Builtin {
		mins = fmt.Sprintf(lang.L("yours · %s"), mins)
	}
	r.mins.SetText(mins)
	r.desc.SetText(t.Description)
	r.top.Refresh() // the duration's width changed: lay the row out again
}

// recentRow is one recently used file: its name, and its folder or why it
// cannot be opened now, and a button that starts its follow-up.
type recentRow struct {
	name, dir *widget.Label
	followUp  *widget.Button
	path      string
}

func (h *Home) newRecentRow() fyne.CanvasObject {
	r := &recentRow{name: widget.NewLabel("file.json"), dir: widget.NewLabel("folder")}
	r.followUp = widget.NewButtonWithIcon(lang.L("Follow-up…"), theme.ContentAddIcon(), func() {
		if r.path != "" {
			h.app.FollowUpRecent(r.path)
		}
	})
	r.followUp.Importance = widget.LowImportance
	r.name.TextStyle.Bold = true
	r.name.Truncation = fyne.TextTruncateEllipsis
	r.dir.Truncation = fyne.TextTruncateEllipsis
	// Smaller, not fainter: the faint colour was hard to read on a
	// projector and in the light theme.
	r.dir.SizeName = theme.SizeNameCaptionText
	return h.recentRows.keep(container.NewBorder(nil, nil, nil, container.NewCenter(r.followUp), container.New(&tightVBox{}, r.name, r.dir)), r)
}

func (h *Home) updateRecentRow(id widget.ListItemID, o fyne.CanvasObject) {
	r := h.recentRows[o]
	if r == nil || id >= len(h.recent) {
		return
	}
	p := h.recent[id]
	r.path = p
	r.name.SetText(filepath.Base(p))
	if why := h.unavailable[id]; why != "" {
		r.dir.SetText(why + " · " + filepath.Dir(p))
		r.dir.Importance, r.name.Importance = widget.WarningImportance, widget.LowImportance
		r.followUp.Disable()
	} else {
		r.followUp.Enable()
		r.dir.SetText(filepath.Dir(p))
		r.dir.Importance, r.name.Importance = widget.MediumImportance, widget.MediumImportance
	}
	r.name.Refresh()
	r.dir.Refresh()
}

// FollowUpButton is the Follow-up button of the recent row showing path,
// if it is on screen, for tests.
func (h *Home) FollowUpButton(path string) *widget.Button {
	for o, r := range h.recentRows {
		if r.path == path && o.Visible() {
			return r.followUp
		}
	}
	return nil
}
