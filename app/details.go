package app

import (
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"scaleroom/workshop"
)

// DetailsScreen edits the session's title, organisation, facilitator, date,
// location and notes.
type DetailsScreen struct {
	ed           *Editor
	Title        *widget.Entry
	Organisation *widget.Entry
	Facilitator  *widget.Entry
	Date         *widget.Entry
	DateHint     *widget.Label
	Location     *widget.Entry
	Notes        *TextArea
	loading      bool
	root         fyne.CanvasObject
}

func newDetailsScreen(ed *Editor) *DetailsScreen {
	d := &DetailsScreen{ed: ed}
	bind := func(e *widget.Entry, placeholder string, set func(string)) {
		e.SetPlaceHolder(placeholder)
		e.OnChanged = func(s string) {
			if !d.loading {
				set(s)
			}
		}
	}
	field := func(placeholder string, set func(string)) *widget.Entry {
		e := widget.NewEntry()
		bind(e, placeholder, set)
		return e
	}
	// Each field is typed into the session as one step to undo. Only a
	// date that is not whole is refused, and the date field never sends one.
	typeInto := func(name string, set func(f *workshop.Details, v string), v string) {
		_ = ed.Type("typing in the "+name, "details "+name, workshop.ChangeDetails(func(f *workshop.Details) { set(f, v) }))
	}
	text := func(name string, set func(f *workshop.Details, v string)) func(string) {
		return func(v string) { typeInto(name, set, v) }
	}
	d.Title = field("e.g. Leadership offsite, spring", text("title", func(f *workshop.Details, v string) { f.Title = v }))
	d.Organisation = field("Company, department or team", text("organisation", func(f *workshop.Details, v string) { f.Organisation = v }))
	d.Facilitator = field("Who runs the session", text("facilitator", func(f *workshop.Details, v string) { f.Facilitator = v }))
	d.DateHint = widget.NewLabel("")
	d.DateHint.Importance = widget.WarningImportance
	d.DateHint.Hide() // an empty label still takes padding beside the field
	var dateRow *fyne.Container
	hint := func(s string) {
		d.DateHint.SetText(s)
		if s == "" {
			d.DateHint.Hide()
		} else {
			d.DateHint.Show()
		}
		if dateRow != nil {
			dateRow.Refresh() // lay the field out again around the hint
		}
	}
	d.Date = field("YYYY-MM-DD", func(v string) {
		// A half-typed date must not reach the file, where it would make the
		// session invalid; keep the last good one until this one is whole.
		if v != "" {
			if _, err := time.Parse("2006-01-02", v); err != nil {
				hint("Write the date as YYYY-MM-DD, e.g. 2026-03-14")
				return
			}
		}
		hint("")
		typeInto("date", func(f *workshop.Details, v string) { f.Date = v }, v)
	})
	d.Location = field("Room, building or city", text("location", func(f *workshop.Details, v string) { f.Location = v }))
	d.Notes = NewTextArea()
	bind(&d.Notes.Entry, "Anything to remember: room set-up, who arrives late, follow-ups", func(v string) { typeNotes(ed, v) })
	d.Notes.Wrapping = fyne.TextWrapWord
	d.Notes.SetMinRowsVisible(8)

	dateRow = container.NewBorder(nil, nil, nil, d.DateHint, d.Date)
	form := widget.NewForm(
		widget.NewFormItem("Title", d.Title),
		widget.NewFormItem("Organisation", d.Organisation),
		widget.NewFormItem("Facilitator", d.Facilitator),
		widget.NewFormItem("Date", dateRow),
		widget.NewFormItem("Location", d.Location),
		widget.NewFormItem("Notes", d.Notes),
	)
	d.root = container.NewVScroll(form)
	d.Refresh()
	return d
}

// Object is the screen's root.
func (d *DetailsScreen) Object() fyne.CanvasObject { return d.root }

// Refresh re-reads the session.
func (d *DetailsScreen) Refresh() {
	d.loading = true
	defer func() { d.loading = false }()
	s := d.ed.Session
	setText(d.Title, s.Title)
	setText(d.Organisation, s.Organisation)
	setText(d.Facilitator, s.Facilitator)
	setText(d.Date, s.Date)
	setText(d.Location, s.Location)
	setNotes(&d.Notes.Entry, s.Notes)
}

// setText avoids resetting an entry (and its cursor) that already shows v.
func setText(e *widget.Entry, v string) {
	if e.Text != v {
		e.SetText(v)
	}
}

// wrapLimit is the longest text, in characters, that a notes entry
// word-wraps. Fyne 2.7's entry copies its whole text once per wrapped row
// on every refresh, so showing wrapped text costs the square of its length:
// opening a page with a 20,000-character note took 200-300 ms, and each
// refresh of it, as on a keystroke, about 15 ms. Longer text is shown with
// its own line breaks only, scrolling sideways, which keeps it whole and
// fast.
const wrapLimit = 8000

// setNotes is setText for a multi-line notes entry: it wraps words unless
// v is longer than wrapLimit. The wrapping is chosen before the text is
// set, so a long text is never laid out wrapped, not even once.
func setNotes(e *widget.Entry, v string) {
	wrap := fyne.TextWrapWord
	if len(v) > wrapLimit && utf8.RuneCountInString(v) > wrapLimit {
		wrap = fyne.TextWrapOff
	}
	if e.Wrapping == wrap {
		setText(e, v)
		return
	}
	e.Wrapping = wrap
	if e.Text != v {
		e.SetText(v) // refreshes with the new wrapping
	} else {
		e.Refresh()
	}
}
