package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"scaleroom/export/report"
)

// SummaryScreen shows the session's report on one scrolling page: the
// blocks the report meant for the screen, from the same analysis and in
// the same words the PDF prints, so what the facilitator reads out matches
// what participants receive.
type SummaryScreen struct {
	ed *Editor
	// Options, when set, gives the report options to start from (the
	// previous session of a follow-up).
	Options func() report.Options

	// Glance is the headline per exercise, the PDF's "at a glance".
	Glance      *widget.Label
	glanceTitle *widget.Label
	// Sections holds one block per step, then the actions; rebuilt on
	// Refresh.
	Sections *fyne.Container
	scroll   *container.Scroll
	texts    []string // every label's text, in order, for tests
}

// NewSummaryScreen builds the summary.
func NewSummaryScreen(ed *Editor) *SummaryScreen {
	s := &SummaryScreen{ed: ed}
	s.glanceTitle = heading("")
	s.Glance = widget.NewLabel("")
	s.Glance.Wrapping = fyne.TextWrapWord
	s.Sections = container.NewVBox()
	s.scroll = container.NewVScroll(container.NewVBox(s.glanceTitle, s.Glance, s.Sections))
	s.Refresh()
	return s
}

// Object is the screen's root widget.
func (s *SummaryScreen) Object() fyne.CanvasObject { return s.scroll }

// Text is the whole page as text, a paragraph a line.
func (s *SummaryScreen) Text() string {
	return s.Glance.Text + "\n" + strings.Join(s.texts, "\n")
}

// Refresh rebuilds the page from the session.
func (s *SummaryScreen) Refresh() {
	s.texts = s.texts[:0]
	var objs []fyne.CanvasObject
	defer func() {
		s.Sections.Objects = objs
		s.Sections.Refresh()
	}()
	var opt report.Options
	if s.Options != nil {
		opt = s.Options()
	}
	rep, err := report.Build(s.ed.Session, opt)
	if err != nil {
		s.Glance.SetText(fmt.Sprintf(lang.L("The summary cannot be shown: %s"), err.Error()))
		return
	}
	for i := range rep.Sections {
		sec := &rep.Sections[i]
		blocks := sec.For(report.Screen)
		if len(blocks) == 0 {
			continue
		}
		if sec.ID == report.GlanceID {
			s.glanceTitle.SetText(sec.Title)
			if l, ok := blocks[0].(*report.List); ok {
				s.Glance.SetText(l.Text())
			}
			continue
		}
		objs = append(objs, s.section(sec.Title)...)
		for _, b := range blocks {
			objs = append(objs, s.block(b)...)
		}
	}
}

// section is a section's title, under a rule.
func (s *SummaryScreen) section(title string) []fyne.CanvasObject {
	l := widget.NewLabel(title)
	l.TextStyle = fyne.TextStyle{Bold: true}
	l.Importance = widget.HighImportance
	l.SizeName = theme.SizeNameSubHeadingText
	l.Wrapping = fyne.TextWrapWord
	s.texts = append(s.texts, title)
	return []fyne.CanvasObject{widget.NewSeparator(), l}
}

// block is a block's widgets: labels, and a value's distribution bar.
func (s *SummaryScreen) block(b report.Block) []fyne.CanvasObject {
	switch b := b.(type) {
	case *report.Paragraph:
		return s.label(b.Text, b.Tone == report.Strong)
	case *report.Field:
		return s.label(b.Label+" "+b.Text, false)
	case *report.List:
		return s.label(b.Text(), false)
	case *report.BelongingMap:
		d := NewBelongingDrawing()
		d.SetMap(b)
		s.texts = append(s.texts, belongingTexts(b)...)
		return append([]fyne.CanvasObject{d}, s.label(b.Caption, false)...)
	case *report.Callout:
		objs := s.label(strings.Join(b.Items, "\n"), false)
		for _, o := range objs {
			o.(*widget.Label).Importance = widget.WarningImportance
		}
		return objs
	case *report.ValueResult:
		objs := s.label(b.Title, true)
		var lines []string
		if b.Responded > 0 {
			lines = append(lines, b.Spread, b.Counts)
		}
		for _, g := range b.Groups {
			lines = append(lines, g.Label+" "+g.Text)
		}
		lines = append(lines, b.Quotes...)
		if len(lines) == 0 {
			return objs
		}
		if b.Responded > 0 {
			objs = append(objs, NewDistributionBar(b.Distribution))
		}
		return append(objs, s.label(strings.Join(lines, "\n"), false)...)
	}
	return nil
}

func (s *SummaryScreen) label(text string, bold bool) []fyne.CanvasObject {
	if text == "" {
		return nil
	}
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	l.TextStyle = fyne.TextStyle{Bold: bold}
	s.texts = append(s.texts, text)
	return []fyne.CanvasObject{l}
}
