// Package export renders a workshop session as the PDF participants read
// afterwards: the full summary, an anonymous one, or one person's sheet.
// Every word and number it shows comes from the report package (which
// takes the numbers from workshop's analysis), and what an anonymous reader
// may see is decided there; this package lays the report out and draws it
// with gofpdf.
package export

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/jung-kurt/gofpdf"

	"scaleroom/export/report"
	"scaleroom/workshop"
)

// Paper sizes.
const (
	PaperA4     = "a4"
	PaperLetter = "letter"
)

// Options choose the variant and the paper.
type Options struct {
	Paper     string // PaperA4 (the default when empty) or PaperLetter
	Anonymous bool   // no participant names anywhere; see report/anon.go for the details
	// Participant is the ID of the participant whose personal sheet to
	// write, or their name (matched as workshop.Session.FindParticipant
	// does); empty for the summary of the whole session.
	Participant string
	// NoNotes leaves out what people said in their own words: reservation
	// notes, load item notes and the session's notes. Otherwise notes are
	// printed as written (names scrubbed in the anonymous variant).
	NoNotes bool
	// Previous, PreviousProblem and Series are the report's (see
	// report.Options): the session this one follows, or why it could not
	// be read, and the series for a trends page.
	Previous        *workshop.Session
	PreviousProblem string
	Series          *workshop.Series
}

// report is the report model's options for these export options: every
// format renders the same model, so the anonymous rules are the same.
func (opt Options) report() report.Options {
	ro := report.Options{Participant: opt.Participant, NoNotes: opt.NoNotes,
		Previous: opt.Previous, PreviousProblem: opt.PreviousProblem, Series: opt.Series}
	if opt.Anonymous {
		ro.Privacy = report.Anonymous
	}
	return ro
}

// Errors Write returns, wrapped with detail; match them with errors.Is.
var (
	ErrUnknownParticipant = report.ErrUnknownParticipant
	ErrPaper              = errors.New("unknown paper size")
)

// paperError says which paper size is unknown, in the reader's language,
// and matches ErrPaper.
type paperError struct{ msg string }

func (e *paperError) Error() string        { return e.msg }
func (e *paperError) Is(target error) bool { return target == ErrPaper }

// Write renders the session as a PDF onto w. Nothing is written to w unless
// the whole document rendered without error.
func Write(w io.Writer, s *workshop.Session, opt Options) error {
	data, _, err := Render(s, opt)
	if err != nil {
		return err
	}
	if _, err := w.Write(data); err != nil {
		return fmt.Errorf(tr("write PDF: %w"), err)
	}
	return nil
}

// Render returns the PDF and its page count.
//
// Renders run one at a time: gofpdf keeps state shared between documents,
// and two exports at once race inside it (see DESIGN.md).
func Render(s *workshop.Session, opt Options) (data []byte, pages int, err error) {
	return renderTraced(s, opt, nil)
}

// renderMu serialises every render in the process.
var renderMu sync.Mutex

// renderTraced is Render with a trace of every string that reaches the PDF, for
// tests.
func renderTraced(s *workshop.Session, opt Options, trace func(string)) (data []byte, pages int, err error) {
	renderMu.Lock()
	defer renderMu.Unlock()
	// gofpdf panics on some inputs it was not written for; an export must
	// fail with an error instead of taking the app down.
	defer func() {
		if p := recover(); p != nil {
			data, pages, err = nil, 0, fmt.Errorf(tr("render PDF: internal error: %v"), p)
		}
	}()
	if s == nil {
		return nil, 0, errors.New("render PDF: no session")
	}
	d, err := newDoc(s, opt, trace)
	if err != nil {
		return nil, 0, fmt.Errorf(tr("render PDF: %w"), err)
	}
	d.render()
	if err := d.pdf.Error(); err != nil {
		return nil, 0, fmt.Errorf(tr("render PDF: %w"), err)
	}
	var buf bytes.Buffer
	if err := d.pdf.Output(&buf); err != nil {
		return nil, 0, fmt.Errorf(tr("render PDF: %w"), err)
	}
	return buf.Bytes(), d.pdf.PageCount(), nil
}

// fixedDate stands in for a session that records no modification time, so
// that output stays reproducible.
var fixedDate = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// newDoc works out the report the options ask for and sets up a document
// to draw it in.
func newDoc(s *workshop.Session, opt Options, trace func(string)) (*doc, error) {
	paper := strings.ToLower(opt.Paper)
	var size string
	switch paper {
	case "", PaperA4:
		size = "A4"
	case PaperLetter:
		size = "Letter"
	default:
		return nil, &paperError{fmt.Sprintf(tr("unknown paper size %q (use %s or %s)"), opt.Paper, PaperA4, PaperLetter)}
	}
	rep, err := report.Build(s, opt.report())
	if err != nil {
		return nil, err
	}
	d := &doc{s: s, rep: rep, trace: trace, added: map[string]bool{}}
	pdf := gofpdf.New("P", "mm", size, "")
	d.pdf = pdf
	d.pageW, d.pageH = pdf.GetPageSize()
	d.left, d.right, d.top, d.bottom = 18, 18, 22, 20
	d.width = d.pageW - d.left - d.right
	pdf.SetMargins(d.left, d.top, d.right)
	// Page breaks are placed by hand (see ensure), so that table rows, bars
	// and headings never split or overlap.
	pdf.SetAutoPageBreak(false, d.bottom)
	d.setMargin(cellPad)
	pdf.AliasNbPages(pageTotalAlias)
	pdf.SetCatalogSort(true)
	date := rep.Stamp
	if date.IsZero() {
		date = fixedDate
	}
	pdf.SetCreationDate(date)
	pdf.SetModificationDate(date)
	pdf.SetCreator("Scaleroom", true)
	pdf.SetProducer("Scaleroom", true)
	// Metadata keeps the text as typed, emoji included: see metaText.
	pdf.SetTitle(d.meta(rep.Title), false)
	pdf.SetSubject(d.meta(rep.Variant), false)
	pdf.SetAuthor(d.meta(rep.Author), false)
	pdf.SetHeaderFuncMode(d.header, false)
	pdf.SetFooterFunc(d.footer)
	return d, nil
}
