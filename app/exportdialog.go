package app

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"scaleroom/export"
	"scaleroom/export/report"
	"scaleroom/workshop"
	"scaleroom/workshop/safefile"
)

// PDF variants the export dialog offers, as English words; the dialog
// shows them in the reader's language (variantLabel).
const (
	pdfFull      = "Full summary"
	pdfAnonymous = "Anonymous summary (no names)"
	pdfPersonal  = "Personal sheet for one participant"
)

// variantLabel is how the dialog words a PDF variant.
func variantLabel(v string) string {
	switch v {
	case pdfAnonymous:
		return lang.L("Anonymous summary (no names)")
	case pdfPersonal:
		return lang.L("Personal sheet for one participant")
	}
	return lang.L("Full summary")
}

// notesHint tells the facilitator what happens to what people wrote, in
// the export dialogs.
func notesHint() string {
	return lang.L("Notes and reservations are printed as written; the anonymous summary replaces names in them with [name]. Read it before sharing.")
}

// exportFormats are the formats the dialog offers: the PDF, the summary
// as Markdown, and the data tables as CSV.
func exportFormats() []exportFormat {
	return []exportFormat{
		{"PDF", ".pdf", ""},
		{lang.L("Markdown, for a wiki"), ".md", ""},
		{lang.L("CSV: actions"), ".csv", report.ActionsData},
		{lang.L("CSV: load items and decisions"), ".csv", report.LoadData},
		{lang.L("CSV: responses (counts when anonymous)"), ".csv", report.ResponsesData},
	}
}

type exportFormat struct {
	label, ext, table string
}

// ExportPDF is the export dialog's state, kept for tests.
type ExportPDF struct {
	Format      *widget.Select
	Paper       *widget.RadioGroup // A4 or Letter, for the PDF
	Variant     *widget.RadioGroup
	Participant *widget.Select
	NoNotes     *widget.Check // leave notes out
	// Trends adds the trends of the session's series to the summary.
	Trends *widget.Check
	Dialog *dialog.FormDialog
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
	e.Participant.PlaceHolder = lang.L("Choose a participant")
	e.Participant.Disable()
	e.Trends = widget.NewCheck(lang.L("Add the trends of this series"), nil)
	full, anonymous, personal := variantLabel(pdfFull), variantLabel(pdfAnonymous), variantLabel(pdfPersonal)
	e.Variant = widget.NewRadioGroup([]string{full, anonymous, personal}, func(v string) {
		if v == personal {
			e.Participant.Enable()
		} else {
			e.Participant.Disable()
		}
		e.enableTrends()
	})
	e.Variant.Required = true
	e.Variant.SetSelected(full)
	if len(names) == 0 {
		e.Variant.Options = []string{full, anonymous}
	}
	e.NoNotes = widget.NewCheck(lang.L("Leave notes out"), nil)
	var labels []string
	for _, f := range exportFormats() {
		labels = append(labels, f.label)
	}
	e.Paper = widget.NewRadioGroup([]string{paperLabel(export.PaperA4), paperLabel(export.PaperLetter)}, nil)
	e.Paper.Horizontal = true
	e.Paper.Required = true
	e.Paper.SetSelected(paperLabel(paperFor(sw.App.userLocale())))
	e.Format = widget.NewSelect(labels, func(string) {
		if e.Format.SelectedIndex() == 0 {
			e.Paper.Enable()
		} else {
			e.Paper.Disable() // only the PDF has pages
		}
		e.enableTrends()
	})
	e.Format.SetSelectedIndex(0)
	items := []*widget.FormItem{
		{Text: lang.L("Format"), Widget: e.Format, HintText: lang.L("Every format follows the same rules on names")},
		{Text: lang.L("Paper"), Widget: e.Paper},
		{Text: lang.L("Variant"), Widget: e.Variant, HintText: lang.L("Participants review the anonymous summary or their own sheet")},
		{Text: lang.L("Participant"), Widget: e.Participant},
		{Text: lang.L("Notes"), Widget: e.NoNotes, HintText: notesHint()},
		{Text: lang.L("Trends"), Widget: e.Trends, HintText: lang.L("From the sessions of this series in your recent files and the Trends page's folder")},
	}
	e.Dialog = dialog.NewForm(lang.L("Export"), lang.L("Choose file…"), lang.L("Cancel"), items, func(ok bool) {
		if ok {
			e.submit(sw)
		}
	}, sw.App.Window)
	e.Dialog.Resize(fyne.NewSize(520, 0))
	e.Dialog.Show()
	return e
}

// enableTrends offers the trends for a summary only: not for a personal
// sheet or a table.
func (e *ExportPDF) enableTrends() {
	if e.Format == nil || e.Variant == nil {
		return
	}
	if exportFormats()[max(e.Format.SelectedIndex(), 0)].table == "" && e.variant() != pdfPersonal {
		e.Trends.Enable()
	} else {
		e.Trends.Disable()
	}
}

// variant is the PDF variant chosen: pdfFull, pdfAnonymous or pdfPersonal.
func (e *ExportPDF) variant() string {
	for _, v := range []string{pdfAnonymous, pdfPersonal} {
		if e.Variant.Selected == variantLabel(v) {
			return v
		}
	}
	return pdfFull
}

// paper is the paper chosen, export.PaperA4 or export.PaperLetter.
func (e *ExportPDF) paper() string {
	if e.Paper.Selected == paperLabel(export.PaperLetter) {
		return export.PaperLetter
	}
	return export.PaperA4
}

// submit asks where to write what the dialog chose, then writes it. A
// follow-up's summary needs the session it follows: without it nothing
// is written.
func (e *ExportPDF) submit(sw *SessionWindow) {
	sess := sw.Editor.Session
	variant := e.variant()
	opt := export.Options{Anonymous: variant == pdfAnonymous, NoNotes: e.NoNotes.Checked, Paper: e.paper()}
	f := exportFormats()[max(e.Format.SelectedIndex(), 0)]
	summary := f.table == "" && variant != pdfPersonal
	if summary {
		opt.Previous, _, opt.PreviousProblem = sw.Previous()
		if sess.Previous != nil && opt.Previous == nil {
			showProblem(sw.App.Window, lang.L("The previous session is missing"),
				sentence(opt.PreviousProblem)+" "+lang.L("The summary opens with what changed since then, so nothing was written: locate the previous session on the Since last time step first."))
			return
		}
	}
	trends := summary && e.Trends.Checked
	suffix := ""
	switch variant {
	case pdfAnonymous:
		suffix = " (" + lang.L("anonymous") + ")"
	case pdfPersonal:
		p := sess.ParticipantByName(e.Participant.Selected)
		if p == nil {
			showProblem(sw.App.Window, lang.L("Choose a participant"), lang.L("A personal sheet is written for one participant: choose who."))
			return
		}
		opt.Participant = p.ID
		suffix = " - " + p.Name
	}
	name := strings.TrimSpace(sess.Title)
	if name == "" {
		name = lang.L("Scaleroom session")
	}
	if f.table != "" {
		suffix += " - " + f.table
	}
	pickExport(sw, safeFileName(name+suffix)+f.ext, f.ext, func(path string) {
		if path == "" {
			return
		}
		e.write(sw, path, opt, f, trends)
	})
}

// write renders the export from a copy of the session in the background,
// with the trends of its series when trends is set: read from the recent
// files and the Trends page's folder there too, and nothing is written
// when they cannot be put in order.
func (e *ExportPDF) write(sw *SessionWindow, path string, opt export.Options, f exportFormat, trends bool) {
	what := map[string]string{".pdf": "PDF", ".md": "Markdown", ".csv": "CSV"}[f.ext]
	curPath, recent, dir := sw.Path(), sw.App.Recent(), sw.series.trendsDir
	sw.inBackground(func(snap *workshop.Session) func() {
		if trends {
			sr, _, err := collectSeries(snap, curPath, recent, dir)
			if err != nil {
				return func() {
					showProblem(sw.App.Window, lang.L("Could not add the trends"), sentence(err.Error())+" "+lang.L("Nothing was written."))
					if e.Done != nil {
						e.Done(path, err)
					}
				}
			}
			opt.Series = sr
		}
		err := safefile.Write(path, false, func(w io.Writer) error {
			switch {
			case f.ext == ".md":
				return export.WriteMarkdown(w, snap, opt)
			case f.table != "":
				return export.WriteCSV(w, snap, opt, f.table)
			}
			return export.Write(w, snap, opt)
		})
		return func() {
			if err != nil {
				showProblem(sw.App.Window, fmt.Sprintf(lang.L("Could not export the %s"), what), fmt.Sprintf(lang.L("%s could not be written: %v."), path, err))
			} else {
				sw.Status.SetText(fmt.Sprintf(lang.L("%s written to %s"), what, path))
			}
			if e.Done != nil {
				e.Done(path, err)
			}
		}
	})
}

// inBackground hands work a copy of the session, with the running clock in
// it, on another goroutine, and runs what work returns on the UI goroutine:
// typing goes on while a long PDF renders.
func (sw *SessionWindow) inBackground(work func(snap *workshop.Session) (report func())) {
	sw.Timer.Flush()
	snap := sw.Editor.Session.Clone()
	do := sw.App.Do
	go func() { do(work(snap)) }()
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
		showProblem(sw.App.Window, lang.L("No participants yet"), lang.L("Personal sheets are written one per participant: add the people in the room first."))
		return e
	}
	e.NoNotes = widget.NewCheck(lang.L("Leave notes out"), nil)
	sheets := fmt.Sprintf(lang.L("One PDF for each of the %d participants, named after them."), len(sw.Editor.Session.Participants))
	items := []*widget.FormItem{
		{Text: lang.L("Sheets"), Widget: widget.NewLabel(sheets)},
		{Text: lang.L("Notes"), Widget: e.NoNotes, HintText: lang.L("Each sheet prints its person's own notes and reservations as written.")},
	}
	e.Dialog = dialog.NewForm(lang.L("Export personal sheets"), lang.L("Choose folder…"), lang.L("Cancel"), items, func(ok bool) {
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

// write renders the sheets from a copy of the session in the background.
func (e *ExportSheets) write(sw *SessionWindow, dir string, opt export.Options) {
	sw.inBackground(func(snap *workshop.Session) func() {
		paths, err := export.WriteSheets(dir, snap, opt)
		return func() {
			if err != nil {
				showProblem(sw.App.Window, lang.L("Could not export the personal sheets"), fmt.Sprintf(lang.L("The sheets could not be written to %s: %v."), dir, err))
			} else {
				sw.Status.SetText(fmt.Sprintf(lang.L("%d personal sheets written to %s"), len(paths), dir))
			}
			if e.Done != nil {
				e.Done(paths, err)
			}
		}
	})
}

// pickFolder asks for a folder for the personal sheets; done gets "" on
// cancel.
func pickFolder(sw *SessionWindow, done func(path string)) {
	pickFolderFor(sw, lang.L("Choose a folder for the personal sheets"), lang.L("Export here"), done)
}

// pickFolderFor asks for a folder with the dialog's title and button
// words; done gets "" on cancel.
func pickFolderFor(sw *SessionWindow, title, confirm string, done func(path string)) {
	if sw.App.pickFolder != nil {
		sw.App.pickFolder(done)
		return
	}
	d := dialog.NewFolderOpen(func(uri fyne.ListableURI, err error) {
		if err != nil {
			showProblem(sw.App.Window, lang.L("Could not open the folder"), fmt.Sprintf(lang.L("The folder could not be opened: %v."), err))
			done("")
			return
		}
		if uri == nil { // cancelled
			done("")
			return
		}
		done(uri.Path())
	}, sw.App.Window)
	d.SetConfirmText(confirm)
	d.SetTitleText(title) // Fyne's own would read "Export here Folder"
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

// pickExport asks where to write a file with extension ext.
func pickExport(sw *SessionWindow, suggested, ext string, done func(path string)) {
	sw.App.pickExt(suggested, ext, lang.L("Export"), lang.L("Could not export"), done)
}

// paperFor is the paper a locale prints on: Letter in the United States
// and Canada (and the few others that use it), A4 everywhere else.
func paperFor(l fyne.Locale) string {
	region := ""
	if parts := strings.FieldsFunc(string(l), func(r rune) bool { return r == '-' || r == '_' }); len(parts) > 1 {
		region = strings.ToUpper(parts[len(parts)-1])
	}
	switch region {
	case "US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "PR":
		return export.PaperLetter
	}
	return export.PaperA4
}

// paperLabel is how the dialog words a paper size.
func paperLabel(p string) string {
	if p == export.PaperLetter {
		return lang.L("Letter")
	}
	return "A4"
}
