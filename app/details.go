package app

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"scaleroom/assets/locale"
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
	// label says what the Edit menu offers to undo; name keys the field
	// for the history.
	typeInto := func(label, name string, set func(f *workshop.Details, v string), v string) {
		_ = ed.Type(label, "details "+name, workshop.ChangeDetails(func(f *workshop.Details) { set(f, v) }))
	}
	text := func(label, name string, set func(f *workshop.Details, v string)) func(string) {
		return func(v string) { typeInto(label, name, set, v) }
	}
	d.Title = field(lang.L("e.g. Leadership offsite, spring"), text(lang.L("typing in the title"), "title", func(f *workshop.Details, v string) { f.Title = v }))
	d.Organisation = field(lang.L("Company, department or team"), text(lang.L("typing in the organisation"), "organisation", func(f *workshop.Details, v string) { f.Organisation = v }))
	d.Facilitator = field(lang.L("Who runs the session"), text(lang.L("typing in the facilitator"), "facilitator", func(f *workshop.Details, v string) { f.Facilitator = v }))
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
	d.Date = field(datePattern(), func(v string) {
		// The date is typed the reader's way (24.11.2026 in German) or as
		// ISO, and the file keeps ISO. A half-typed date must not reach the
		// file, where it would make the session invalid; keep the last good
		// one until this one is whole.
		if strings.TrimSpace(v) != "" {
			iso, err := locale.ParseDate(v)
			if err != nil {
				example := locale.ShortDate(time.Date(2026, time.March, 14, 0, 0, 0, 0, time.UTC))
				hint(fmt.Sprintf(lang.L("Write the date as %s, e.g. %s"), datePattern(), example))
				return
			}
			v = iso
		} else {
			v = ""
		}
		hint("")
		typeInto(lang.L("typing in the date"), "date", func(f *workshop.Details, v string) { f.Date = v }, v)
	})
	d.Location = field(lang.L("Room, building or city"), text(lang.L("typing in the location"), "location", func(f *workshop.Details, v string) { f.Location = v }))
	d.Notes = NewTextArea()
	bind(&d.Notes.Entry, lang.L("Anything to remember: room set-up, who arrives late, follow-ups"), func(v string) { typeNotes(ed, v) })
	d.Notes.Wrapping = fyne.TextWrapWord
	d.Notes.SetMinRowsVisible(8)

	dateRow = container.NewBorder(nil, nil, nil, d.DateHint, d.Date)
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Title"), d.Title),
		widget.NewFormItem(lang.L("Organisation"), d.Organisation),
		widget.NewFormItem(lang.L("Facilitator"), d.Facilitator),
		widget.NewFormItem(lang.L("Date"), dateRow),
		widget.NewFormItem(lang.L("Location"), d.Location),
		widget.NewFormItem(lang.L("Notes"), d.Notes),
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
	// The field shows the date the reader's way; a field that already
	// reads as the session's date (typed as ISO, say) is left as it is.
	if iso, err := locale.ParseDate(d.Date.Text); err != nil || iso != s.Date {
		setText(d.Date, locale.FormDate(s.Date))
	}
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
