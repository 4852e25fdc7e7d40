package app

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"scaleroom/workshop"
	"scaleroom/workshop/safefile"
)

// RosterScreen manages who is in the room.
type RosterScreen struct {
	ed          *Editor
	List        *widget.List
	AddEntry    *widget.Entry
	AddButton   *widget.Button
	PasteEntry  *TextArea
	PasteButton *widget.Button
	// Import reads a list file (CSV, TSV or text) into the same preview
	// as a paste.
	ImportButton *widget.Button
	Result       *widget.Label // what the last add or paste did
	Count        *widget.Label
	rows         rowsOf[*rosterRow]
	root         fyne.CanvasObject
	// pickList asks for a list file; tests replace it.
	pickList func(done func(path string))
}

func newRosterScreen(ed *Editor) *RosterScreen {
	r := &RosterScreen{ed: ed}
	r.AddEntry = widget.NewEntry()
	r.AddEntry.SetPlaceHolder(lang.L("Name, then Enter"))
	r.AddEntry.OnSubmitted = func(string) { r.Add() }
	r.AddButton = widget.NewButtonWithIcon(lang.L("Add"), theme.ContentAddIcon(), r.Add)
	r.Result = widget.NewLabel("")
	r.Result.Wrapping = fyne.TextWrapWord
	r.Result.Hide() // shown with what the last add or paste did
	r.Count = widget.NewLabel("")
	r.Count.TextStyle.Bold = true

	r.rows = rowsOf[*rosterRow]{}
	r.List = widget.NewList(func() int { return len(ed.Session.Participants) }, r.newRow, r.updateRow)
	r.List.OnSelected = func(widget.ListItemID) { r.List.UnselectAll() }

	r.PasteEntry = NewTextArea()
	r.PasteEntry.SetPlaceHolder(lang.L("Paste names here, one per line, for instance\nfrom the invitation list, or rows copied from a\nspreadsheet: name, team, role, level (or any\norder, under a header row)"))
	r.PasteEntry.SetMinRowsVisible(10)
	r.PasteButton = widget.NewButtonWithIcon(lang.L("Add these names"), theme.ContentPasteIcon(), r.Paste)
	r.ImportButton = widget.NewButtonWithIcon(lang.L("Import a list…"), theme.FolderOpenIcon(), r.AskImport)
	r.pickList = func(done func(string)) { showListOpenDialog(ed.Window, done) }

	add := container.NewBorder(nil, nil, nil, r.AddButton, r.AddEntry)
	left := container.NewBorder(container.NewVBox(r.Count, add, r.Result), nil, nil, nil, r.List)
	right := container.NewBorder(sectionLabel(lang.L("Add many at once")), container.NewHBox(r.PasteButton, r.ImportButton), nil, nil, r.PasteEntry)
	split := container.NewHSplit(left, container.NewPadded(right))
	split.Offset = 0.62
	r.root = split
	r.Refresh()
	return r
}

// rosterRow is one participant in the list: number, name, how many
// responses they gave, their role, team and level, and the buttons that
// move, edit or remove them.
type rosterRow struct {
	num, name, info        *widget.Label
	up, down, edit, remove *widget.Button
}

func (r *RosterScreen) newRow() fyne.CanvasObject {
	row := &rosterRow{num: widget.NewLabel("40."), name: widget.NewLabel("Participant name"), info: widget.NewLabel("Role · team · level · 12 responses")}
	row.name.Truncation = fyne.TextTruncateEllipsis
	row.info.Truncation = fyne.TextTruncateEllipsis
	row.info.Importance = widget.LowImportance
	row.up = widget.NewButtonWithIcon("", theme.MoveUpIcon(), nil)
	row.down = widget.NewButtonWithIcon("", theme.MoveDownIcon(), nil)
	row.edit = widget.NewButtonWithIcon(lang.L("Edit…"), theme.DocumentCreateIcon(), nil)
	row.remove = widget.NewButtonWithIcon("", theme.DeleteIcon(), nil)
	for _, b := range []*widget.Button{row.up, row.down, row.edit, row.remove} {
		b.Importance = widget.LowImportance
	}
	// The number column is as wide as "40." so names line up past row 9.
	return r.rows.keep(container.NewBorder(nil, nil, steadyWidth(row.num, row.num.MinSize().Width),
		container.NewHBox(row.up, row.down, row.edit, row.remove), container.New(&tightVBox{}, row.name, row.info)), row)
}

func (r *RosterScreen) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	ps, row := r.ed.Session.Participants, r.rows[o]
	if row == nil || id >= len(ps) {
		return
	}
	p := ps[id]
	row.name.SetText(p.Name)
	row.num.SetText(fmt.Sprintf("%d.", id+1))
	row.info.SetText(participantInfo(r.ed.Session, &p))
	row.up.OnTapped = func() { r.Move(id, id-1) }
	row.down.OnTapped = func() { r.Move(id, id+1) }
	setEnabled(row.up, id > 0)
	setEnabled(row.down, id < len(ps)-1)
	row.edit.OnTapped = func() { r.AskEdit(p.ID) }
	row.remove.OnTapped = func() { r.Remove(p.ID) }
}

func setEnabled(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

func sectionLabel(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.TextStyle.Bold = true
	return l
}

// Object is the screen's root.
func (r *RosterScreen) Object() fyne.CanvasObject { return r.root }

// FocusFirst puts the cursor in the name field, ready to type.
func (r *RosterScreen) FocusFirst() {
	r.ed.Window.Canvas().Focus(r.AddEntry)
}

// Refresh re-reads the roster.
func (r *RosterScreen) Refresh() {
	n := len(r.ed.Session.Participants)
	if n == 0 {
		r.Count.SetText(lang.L("No one yet"))
	} else {
		r.Count.SetText(plural(n, lang.L("person in the room"), lang.L("people in the room")))
	}
	r.List.Refresh()
}

// Add adds the name typed in AddEntry.
func (r *RosterScreen) Add() {
	name := strings.TrimSpace(r.AddEntry.Text)
	if err := r.ed.Apply(fmt.Sprintf(lang.L("adding %s"), quoted(name, lang.L("someone"))), workshop.AddParticipant(name)); err != nil {
		showErr(r.Result, sentence(err.Error()))
		return
	}
	ps := r.ed.Session.Participants
	r.AddEntry.SetText("")
	showErr(r.Result, fmt.Sprintf(lang.L("Added %s."), ps[len(ps)-1].Name))
	r.Refresh()
	r.List.ScrollToBottom()
}

// Paste previews what the text in PasteEntry would add or change; nothing
// changes until the facilitator confirms.
func (r *RosterScreen) Paste() {
	rows, notes := workshop.ParseRoster(r.PasteEntry.Text)
	r.preview(rows, notes, func() { r.PasteEntry.SetText("") })
}

// AskImport asks for a list file and previews it like a paste.
func (r *RosterScreen) AskImport() {
	r.pickList(func(path string) {
		if path != "" {
			r.Import(path)
		}
	})
}

// Import previews the people in a CSV, TSV or text file.
func (r *RosterScreen) Import(path string) {
	rows, notes, err := readRosterFile(path)
	if err != nil {
		showProblem(r.ed.Window, lang.L("Could not import the list"), fmt.Sprintf(lang.L("%s could not be read: %v."), filepath.Base(path), err))
		return
	}
	r.preview(rows, notes, nil)
}

func readRosterFile(path string) ([]workshop.RosterRow, []string, error) {
	f, err := safefile.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	return workshop.ReadRoster(f)
}

// preview shows what a list would do to the room and applies it on
// confirmation; then runs after an applied list.
func (r *RosterScreen) preview(rows []workshop.RosterRow, notes []string, then func()) {
	plan := r.ed.Session.PlanRoster(rows)
	if plan.Empty() {
		msg := lang.L("There were no names to add.")
		if len(plan.Same) > 0 {
			msg = fmt.Sprintf(lang.L("Everyone in the list is already in the room, with nothing new: %s."), strings.Join(plan.Same, ", "))
		}
		showErr(r.Result, msg)
		return
	}
	summary := widget.NewLabel(rosterPlanText(plan, notes))
	summary.Wrapping = fyne.TextWrapWord
	lines := rosterPlanLines(r.ed.Session, plan)
	list := widget.NewList(func() int { return len(lines) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(lines[i]) })
	body := container.NewBorder(summary, nil, nil, nil, list)
	d := dialog.NewCustomConfirm(lang.L("Add people from the list"), rosterConfirmText(plan), lang.L("Cancel"), body, func(ok bool) {
		if !ok {
			return
		}
		var added []string
		_ = r.ed.Apply(lang.L("adding people from a list"), workshop.ApplyRoster(plan, func(ids []string) { added = ids })) // never refused
		showErr(r.Result, rosterDoneText(plan, len(added)))
		r.Refresh()
		if then != nil {
			then()
		}
	}, r.ed.Window)
	d.Resize(fyne.NewSize(640, 480))
	d.Show()
}

// rosterConfirmText is the preview's button: "Add 3", "Add 3 and update
// 1", "Update 1".
func rosterConfirmText(plan workshop.RosterPlan) string {
	add, update := len(plan.Add), len(plan.Update)
	switch {
	case add > 0 && update > 0:
		return fmt.Sprintf(lang.L("Add %d and update %d"), add, update)
	case add > 0:
		return fmt.Sprintf(lang.L("Add %d"), add)
	}
	return fmt.Sprintf(lang.L("update %d"), update)
}

// rosterPlanText says in a sentence or two what a list will do.
func rosterPlanText(plan workshop.RosterPlan, notes []string) string {
	var msg []string
	if n := len(plan.Add); n > 0 {
		msg = append(msg, fmt.Sprintf(lang.L("%s will be added."), workshop.UpperFirst(plural(n, lang.L("person"), lang.L("people")))))
	}
	if n := len(plan.Update); n > 0 {
		msg = append(msg, fmt.Sprintf(lang.L("%s already in the room will get the role, team or level the list gives."), workshop.UpperFirst(plural(n, lang.L("person"), lang.L("people")))))
	}
	if n := len(plan.Same); n > 0 {
		msg = append(msg, fmt.Sprintf(lang.L("%s already in the room with nothing new."), workshop.UpperFirst(plural(n, lang.L("name is"), lang.L("names are")))))
	}
	if n := len(plan.Repeated); n > 0 {
		msg = append(msg, fmt.Sprintf(lang.L("%s twice; the first row is used: %s."), workshop.UpperFirst(plural(n, lang.L("name comes"), lang.L("names come"))), strings.Join(plan.Repeated, ", ")))
	}
	for _, n := range notes {
		msg = append(msg, sentence(n))
	}
	return strings.Join(msg, " ")
}

// rosterPlanLines lists each change, one a line, for the preview.
func rosterPlanLines(s *workshop.Session, plan workshop.RosterPlan) []string {
	var out []string
	for _, a := range plan.Add {
		out = append(out, fmt.Sprintf(lang.L("New: %s"), joinNonEmpty(" · ", a.Name, a.Role, a.Team, a.Level)))
	}
	for _, u := range plan.Update {
		name := u.Row.Name
		if p := s.Participant(u.ID); p != nil {
			name = p.Name
		}
		out = append(out, fmt.Sprintf(lang.L("Update: %s"), joinNonEmpty(" · ", name, u.Row.Role, u.Row.Team, u.Row.Level)))
	}
	return out
}

func rosterDoneText(plan workshop.RosterPlan, added int) string {
	var msg []string
	if added > 0 {
		msg = append(msg, fmt.Sprintf(lang.L("Added %s."), plural(added, lang.L("person"), lang.L("people"))))
	}
	if n := len(plan.Update); n > 0 {
		msg = append(msg, fmt.Sprintf(lang.L("Updated %s."), plural(n, lang.L("person"), lang.L("people"))))
	}
	if skipped := append(slices.Clone(plan.Same), plan.Repeated...); len(skipped) > 0 {
		msg = append(msg, fmt.Sprintf(lang.L("Skipped %s already in the room: %s."), plural(len(skipped), lang.L("name"), lang.L("names")), strings.Join(skipped, ", ")))
	}
	if added == 0 && len(plan.Update) == 0 {
		return lang.L("Nothing changed: the room changed while the list was open.")
	}
	return strings.Join(msg, " ")
}

// participantInfo is the line under a name: role, team, level and how many
// responses they gave.
func participantInfo(s *workshop.Session, p *workshop.Participant) string {
	resp := ""
	if n := s.ResponseCount(p.ID); n > 0 {
		resp = plural(n, lang.L("response"), lang.L("responses"))
	}
	return joinNonEmpty(" · ", p.Role, p.Team, p.Level, resp)
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// Move reorders the roster.
func (r *RosterScreen) Move(from, to int) {
	ps := r.ed.Session.Participants
	if from < 0 || from >= len(ps) || to < 0 || to >= len(ps) {
		return
	}
	_ = r.ed.Apply(fmt.Sprintf(lang.L("moving %s"), quoted(ps[from].Name, lang.L("someone"))), workshop.MoveParticipant(from, to)) // in range: never refused
	r.Refresh()
}

// AskEdit asks for a participant's name, role, team and level.
func (r *RosterScreen) AskEdit(id string) {
	p := r.ed.Session.Participant(id)
	if p == nil {
		return
	}
	name, role, team := widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	level := widget.NewSelectEntry(r.ed.Session.Levels())
	name.SetText(p.Name)
	role.SetText(p.Role)
	team.SetText(p.Team)
	level.SetText(p.Level)
	role.SetPlaceHolder(lang.L("e.g. Product lead"))
	team.SetPlaceHolder(lang.L("e.g. Payments"))
	level.SetPlaceHolder(lang.L("e.g. manager, executive"))
	d := dialog.NewForm(fmt.Sprintf(lang.L("Edit %s"), p.Name), lang.L("Save"), lang.L("Cancel"), []*widget.FormItem{
		widget.NewFormItem(lang.L("Name"), name),
		widget.NewFormItem(lang.L("Role"), role),
		widget.NewFormItem(lang.L("Team"), team),
		{Text: lang.X("Level (in the hierarchy)", "Level"), Widget: level, HintText: lang.L("Their place in the hierarchy")},
	}, func(ok bool) {
		if ok {
			r.Edit(id, name.Text, role.Text, team.Text, level.Text)
		}
	}, r.ed.Window)
	d.Resize(fyne.NewSize(480, 0))
	d.Show()
	r.ed.Window.Canvas().Focus(name)
}

// Edit changes a participant's name and details; a refused name (empty,
// or someone else's) changes nothing and says why.
func (r *RosterScreen) Edit(id, name, role, team, level string) {
	p := r.ed.Session.Participant(id)
	if p == nil {
		return
	}
	dropped := 0
	if err := r.ed.Apply(fmt.Sprintf(lang.L("edit of %s"), quoted(p.Name, lang.L("someone"))), workshop.Batch(
		workshop.RenameParticipant(id, name),
		workshop.SetParticipantDetails(id, role, team, level, func(n int) { dropped = n }),
	)); err != nil {
		showErr(r.Result, sentence(err.Error()))
		return
	}
	msg := ""
	if dropped > 0 {
		// The belonging map holds links across levels only.
		msg = fmt.Sprintf(lang.L("%s is now on the same level as someone linked with them in the belonging map, so that link went."), strings.TrimSpace(name))
		if dropped > 1 {
			msg = fmt.Sprintf(lang.L("%s is now on the same level as someone linked with them in the belonging map, so those %d links went."), strings.TrimSpace(name), dropped)
		}
	}
	showErr(r.Result, msg)
	r.Refresh()
}

// Remove takes a participant and their responses out of the session. It
// does not ask first: undo brings them all back.
func (r *RosterScreen) Remove(id string) {
	p := r.ed.Session.Participant(id)
	if p == nil {
		return
	}
	name := p.Name
	owned, answers := r.ed.Session.OwnershipCount(id), r.ed.Session.ResponseCount(id)
	what := quoted(name, lang.L("someone"))
	if err := r.ed.Apply(fmt.Sprintf(lang.L("removal of %s"), what), workshop.RemoveParticipant(id)); err != nil {
		showErr(r.Result, sentence(err.Error()))
		return
	}
	if answers > 0 {
		what = fmt.Sprintf(lang.L("%s and %s"), what, plural(answers, lang.L("response"), lang.L("responses")))
	}
	r.ed.notify(removedNotice(what, answers > 0))
	msg := fmt.Sprintf(lang.L("Removed %s."), name)
	if owned > 0 {
		// Their actions and decisions stay, under their name as text: say
		// so, or the facilitator may think the work went with them.
		msg += " " + fmt.Sprintf(lang.L("%s their name."), workshop.UpperFirst(plural(owned, lang.L("thing they owned keeps"), lang.L("things they owned keep"))))
	}
	showErr(r.Result, msg)
	r.Refresh()
}

// sentence capitalises a domain error for display.
func sentence(s string) string {
	if s == "" {
		return s
	}
	s = workshop.UpperFirst(s)
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}
