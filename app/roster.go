package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"scaleroom/workshop"
)

// RosterScreen manages who is in the room.
type RosterScreen struct {
	ed          *Editor
	List        *widget.List
	AddEntry    *widget.Entry
	AddButton   *widget.Button
	PasteEntry  *widget.Entry
	PasteButton *widget.Button
	Result      *widget.Label // what the last add or paste did
	Count       *widget.Label
	rows        rowsOf[*rosterRow]
	root        fyne.CanvasObject
}

func newRosterScreen(ed *Editor) *RosterScreen {
	r := &RosterScreen{ed: ed}
	r.AddEntry = widget.NewEntry()
	r.AddEntry.SetPlaceHolder("Name, then Enter")
	r.AddEntry.OnSubmitted = func(string) { r.Add() }
	r.AddButton = widget.NewButtonWithIcon("Add", theme.ContentAddIcon(), r.Add)
	r.Result = widget.NewLabel("")
	r.Result.Wrapping = fyne.TextWrapWord
	r.Count = widget.NewLabel("")
	r.Count.TextStyle.Bold = true

	r.rows = rowsOf[*rosterRow]{}
	r.List = widget.NewList(func() int { return len(ed.Session.Participants) }, r.newRow, r.updateRow)
	r.List.OnSelected = func(widget.ListItemID) { r.List.UnselectAll() }

	r.PasteEntry = widget.NewMultiLineEntry()
	r.PasteEntry.SetPlaceHolder("Paste names here, one per line,\nfor instance from the invitation list")
	r.PasteEntry.SetMinRowsVisible(10)
	r.PasteButton = widget.NewButtonWithIcon("Add these names", theme.ContentPasteIcon(), r.Paste)

	add := container.NewBorder(nil, nil, nil, r.AddButton, r.AddEntry)
	left := container.NewBorder(container.NewVBox(r.Count, add, r.Result), nil, nil, nil, r.List)
	right := container.NewBorder(sectionLabel("Add many at once"), container.NewHBox(r.PasteButton), nil, nil, r.PasteEntry)
	split := container.NewHSplit(left, container.NewPadded(right))
	split.Offset = 0.62
	r.root = split
	r.Refresh()
	return r
}

// rosterRow is one participant in the list: number, name, how many
// responses they gave, and the buttons that move, rename or remove them.
type rosterRow struct {
	num, name, info          *widget.Label
	up, down, rename, remove *widget.Button
}

func (r *RosterScreen) newRow() fyne.CanvasObject {
	row := &rosterRow{num: widget.NewLabel("40."), name: widget.NewLabel("Participant name"), info: widget.NewLabel("12 responses")}
	row.name.Truncation = fyne.TextTruncateEllipsis
	row.info.Importance = widget.LowImportance
	row.up = widget.NewButtonWithIcon("", theme.MoveUpIcon(), nil)
	row.down = widget.NewButtonWithIcon("", theme.MoveDownIcon(), nil)
	row.rename = widget.NewButtonWithIcon("Rename", theme.DocumentCreateIcon(), nil)
	row.remove = widget.NewButtonWithIcon("", theme.DeleteIcon(), nil)
	for _, b := range []*widget.Button{row.up, row.down, row.rename, row.remove} {
		b.Importance = widget.LowImportance
	}
	// The number column is as wide as "40." so names line up past row 9.
	return r.rows.keep(container.NewBorder(nil, nil, steadyWidth(row.num, row.num.MinSize().Width),
		container.NewHBox(row.info, row.up, row.down, row.rename, row.remove), row.name), row)
}

func (r *RosterScreen) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	ps, row := r.ed.Session.Participants, r.rows[o]
	if row == nil || id >= len(ps) {
		return
	}
	p := ps[id]
	row.name.SetText(p.Name)
	row.num.SetText(fmt.Sprintf("%d.", id+1))
	info := ""
	if n := r.ed.Session.ResponseCount(p.ID); n > 0 {
		info = plural(n, "response", "responses")
	}
	row.info.SetText(info)
	row.up.OnTapped = func() { r.Move(id, id-1) }
	row.down.OnTapped = func() { r.Move(id, id+1) }
	setEnabled(row.up, id > 0)
	setEnabled(row.down, id < len(ps)-1)
	row.rename.OnTapped = func() { r.AskRename(p.ID) }
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
		r.Count.SetText("No one yet")
	} else {
		r.Count.SetText(plural(n, "person in the room", "people in the room"))
	}
	r.List.Refresh()
}

// Add adds the name typed in AddEntry.
func (r *RosterScreen) Add() {
	name := strings.TrimSpace(r.AddEntry.Text)
	if err := r.ed.Apply("adding "+quoted(name, "someone"), workshop.AddParticipant(name)); err != nil {
		r.Result.SetText(sentence(err.Error()))
		return
	}
	ps := r.ed.Session.Participants
	r.AddEntry.SetText("")
	r.Result.SetText("Added " + ps[len(ps)-1].Name + ".")
	r.Refresh()
	r.List.ScrollToBottom()
}

// Paste adds every line of PasteEntry as a participant.
func (r *RosterScreen) Paste() {
	var added, skipped []string
	_ = r.ed.Apply("pasting names", workshop.PasteParticipants(r.PasteEntry.Text, func(a, s []string) { added, skipped = a, s })) // never refused
	var msg []string
	if len(added) > 0 {
		msg = append(msg, fmt.Sprintf("Added %s.", plural(len(added), "person", "people")))
	}
	if len(skipped) > 0 {
		msg = append(msg, fmt.Sprintf("Skipped %s already in the room: %s.", plural(len(skipped), "name", "names"), strings.Join(skipped, ", ")))
	}
	if len(msg) == 0 {
		msg = append(msg, "There were no names to add.")
	}
	r.Result.SetText(strings.Join(msg, " "))
	if len(added) > 0 {
		r.PasteEntry.SetText("")
	}
	r.Refresh()
}

// Move reorders the roster.
func (r *RosterScreen) Move(from, to int) {
	ps := r.ed.Session.Participants
	if from < 0 || from >= len(ps) || to < 0 || to >= len(ps) {
		return
	}
	_ = r.ed.Apply("moving "+quoted(ps[from].Name, "someone"), workshop.MoveParticipant(from, to)) // in range: never refused
	r.Refresh()
}

// AskRename asks for a participant's new name.
func (r *RosterScreen) AskRename(id string) {
	p := r.ed.Session.Participant(id)
	if p == nil {
		return
	}
	e := widget.NewEntry()
	e.SetText(p.Name)
	d := dialog.NewForm("Rename "+p.Name, "Rename", "Cancel", []*widget.FormItem{widget.NewFormItem("New name", e)},
		func(ok bool) {
			if ok {
				r.Rename(id, e.Text)
			}
		}, r.ed.Window)
	d.Resize(fyne.NewSize(420, 0))
	d.Show()
	r.ed.Window.Canvas().Focus(e)
}

// Rename renames a participant; their responses follow them.
func (r *RosterScreen) Rename(id, name string) {
	p := r.ed.Session.Participant(id)
	if p == nil {
		return
	}
	if err := r.ed.Apply("renaming "+quoted(p.Name, "someone"), workshop.RenameParticipant(id, name)); err != nil {
		r.Result.SetText(sentence(err.Error()))
		return
	}
	r.Result.SetText("")
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
	if err := r.ed.Apply("removal of "+quoted(name, "someone"), workshop.RemoveParticipant(id)); err != nil {
		r.Result.SetText(sentence(err.Error()))
		return
	}
	what := quoted(name, "someone")
	if answers > 0 {
		what += " and " + plural(answers, "response", "responses")
	}
	r.ed.notify(removedNotice(what, answers > 0))
	msg := "Removed " + name + "."
	if owned > 0 {
		// Their actions and decisions stay, under their name as text: say
		// so, or the facilitator may think the work went with them.
		msg += fmt.Sprintf(" %s their name.", capitalise(plural(owned, "thing they owned keeps", "things they owned keep")))
	}
	r.Result.SetText(msg)
	r.Refresh()
}

// capitalise makes the first letter upper case.
func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// sentence capitalises a domain error for display.
func sentence(s string) string {
	if s == "" {
		return s
	}
	s = strings.ToUpper(s[:1]) + s[1:]
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}
