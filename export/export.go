// Package export renders a workshop session as the PDF participants read
// afterwards: the full summary, an anonymous one, or one person's sheet.
// Every number it shows comes from the workshop package's analysis; this
// package only lays them out.
package export

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

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
	Anonymous bool   // no participant names anywhere; see anon.go for the details
	// Participant is the ID of the participant whose personal sheet to
	// write; empty for the summary of the whole session.
	Participant string
}

// Errors Write returns, wrapped with detail; match them with errors.Is.
var (
	ErrUnknownParticipant = errors.New("unknown participant")
	ErrPaper              = errors.New("unknown paper size")
)

// Write renders the session as a PDF onto w. Nothing is written to w unless
// the whole document rendered without error.
func Write(w io.Writer, s *workshop.Session, opt Options) error {
	data, _, err := Render(s, opt)
	if err != nil {
		return err
	}
	if _, err := w.Write(data); err != nil {
		return fmt.Errorf("write PDF: %w", err)
	}
	return nil
}

// Render returns the PDF and its page count.
func Render(s *workshop.Session, opt Options) (data []byte, pages int, err error) {
	// gofpdf panics on some inputs it was not written for; an export must
	// fail with an error instead of taking the app down.
	defer func() {
		if p := recover(); p != nil {
			data, pages, err = nil, 0, fmt.Errorf("render PDF: internal error: %v", p)
		}
	}()
	if s == nil {
		return nil, 0, errors.New("render PDF: no session")
	}
	d, err := newDoc(s, opt)
	if err != nil {
		return nil, 0, fmt.Errorf("render PDF: %w", err)
	}
	if d.me != nil {
		d.personal()
	} else {
		d.summary()
	}
	if err := d.pdf.Error(); err != nil {
		return nil, 0, fmt.Errorf("render PDF: %w", err)
	}
	var buf bytes.Buffer
	if err := d.pdf.Output(&buf); err != nil {
		return nil, 0, fmt.Errorf("render PDF: %w", err)
	}
	return buf.Bytes(), d.pdf.PageCount(), nil
}

// fixedDate stands in for a session that records no modification time, so
// that output stays reproducible.
var fixedDate = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

func newDoc(s *workshop.Session, opt Options) (*doc, error) {
	paper := strings.ToLower(opt.Paper)
	var size string
	switch paper {
	case "", PaperA4:
		size = "A4"
	case PaperLetter:
		size = "Letter"
	default:
		return nil, fmt.Errorf("%w %q (use %s or %s)", ErrPaper, opt.Paper, PaperA4, PaperLetter)
	}
	d := &doc{s: s, opt: opt, added: map[string]bool{}}
	if opt.Participant != "" {
		d.me = s.Participant(opt.Participant)
		if d.me == nil {
			return nil, fmt.Errorf("%w %q", ErrUnknownParticipant, opt.Participant)
		}
	}
	if opt.Anonymous {
		d.anon = newAnonymiser(s)
	}
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
	date := s.Modified
	if date.IsZero() {
		date = s.Created
	}
	if date.IsZero() {
		date = fixedDate
	}
	pdf.SetCreationDate(date)
	pdf.SetModificationDate(date)
	pdf.SetCreator("Scaleroom", true)
	pdf.SetProducer("Scaleroom", true)
	// Metadata keeps the text as typed, emoji included: see metaText.
	pdf.SetTitle(metaText(d.u(s.Title)), false)
	pdf.SetSubject(metaText(d.variantName()), false)
	author := s.Facilitator
	if d.anon != nil || author == "" {
		author = "Scaleroom"
	}
	pdf.SetAuthor(metaText(author), false)
	pdf.SetHeaderFuncMode(d.header, false)
	pdf.SetFooterFunc(d.footer)
	return d, nil
}

// variantName says which summary this is, for the metadata and the header.
func (d *doc) variantName() string {
	switch {
	case d.me != nil:
		return "Personal sheet for " + d.person(d.me.ID)
	case d.anon != nil:
		return "Anonymous workshop summary"
	}
	return "Workshop summary"
}

// u prepares text a person typed: scrubbed of names in the anonymous
// variant. Clean is applied later, where text reaches gofpdf.
func (d *doc) u(s string) string {
	if d.anon != nil {
		return d.anon.Scrub(s)
	}
	return s
}

// person names a participant, or labels them in the anonymous variant.
func (d *doc) person(id string) string {
	if d.anon != nil {
		if l, ok := d.anon.labels[id]; ok {
			return l
		}
		return "Unknown participant"
	}
	if p := d.s.Participant(id); p != nil {
		return p.Name
	}
	return "Unknown participant"
}

func (d *doc) people(ids []string) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = d.person(id)
	}
	return strings.Join(names, ", ")
}
