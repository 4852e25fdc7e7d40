package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"scaleroom/export/report"
	"scaleroom/workshop"
)

// WriteMarkdown writes the summary as Markdown, for a wiki: the same report
// as the PDF (report.Build with the same options, so the anonymous variant
// keeps its rules), with tables as pipe tables and the charts as their
// figures.
func WriteMarkdown(w io.Writer, s *workshop.Session, opt Options) error {
	r, err := report.Build(s, opt.report())
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	md := &markdown{w: bw}
	md.report(r)
	if err := bw.Flush(); err != nil {
		return fmt.Errorf(tr("write markdown: %w"), err)
	}
	return nil
}

type markdown struct {
	w *bufio.Writer
}

func (m *markdown) line(format string, args ...any) {
	fmt.Fprintf(m.w, format, args...)
	m.w.WriteByte('\n')
}

func (m *markdown) report(r *report.Report) {
	for i := range r.Sections {
		sec := &r.Sections[i]
		if sec.Title != "" {
			m.line("%s %s\n", strings.Repeat("#", min(sec.Level+2, 6)), inline(sec.Title))
		}
		for _, b := range sec.For(report.Print) {
			m.block(b)
		}
	}
}

func (m *markdown) block(b report.Block) {
	switch b := b.(type) {
	case *report.Cover:
		m.line("# %s\n", inline(b.Title))
		if b.Kicker != "" {
			m.line("*%s*\n", inline(b.Kicker))
		}
		for _, f := range b.Facts {
			m.line("- **%s** %s", inline(f.Label), inline(f.Text))
		}
		m.line("")
	case *report.Heading:
		m.line("%s %s\n", strings.Repeat("#", min(b.Level+2, 6)), inline(b.Text))
	case *report.Paragraph:
		text := paragraph(b.Text)
		switch b.Tone {
		case report.Strong:
			text = "**" + text + "**"
		case report.Prompt:
			text = "> " + strings.ReplaceAll(text, "\n", "\n> ")
		case report.Aside:
			text = "*" + text + "*"
		}
		m.line("%s\n", text)
	case *report.Field:
		m.line("**%s** %s\n", inline(b.Label), inline(b.Text))
	case *report.List:
		if b.Title != "" {
			m.line("**%s**\n", inline(b.Title))
		}
		for _, it := range b.Items {
			m.line("- %s", inline(it))
		}
		m.line("")
	case *report.Callout:
		for _, it := range b.Items {
			m.line("> **%s** %s", tr("Warning:"), inline(it))
		}
		m.line("")
	case *report.Table:
		m.table(b)
	case *report.Legend:
		var parts []string
		for _, l := range b.Levels {
			parts = append(parts, fmt.Sprintf("%d %s", l.Value, l.Label))
		}
		m.line("*%s*\n", fmt.Sprintf(tr("Scale: %s"), inline(strings.Join(parts, " · "))))
	case *report.ValueResult:
		m.value(b)
	case *report.LoadChart:
		unit := b.Unit.Label()
		m.line("| | %s |", inline(unit))
		m.line("| --- | ---: |")
		m.line("| %s | %s |", cell(tr("Today")), workshop.FormatLoad(b.Before))
		m.line("| %s | %s |", cell(tr("After the decisions")), workshop.FormatLoad(b.After))
		if b.Capacity > 0 {
			m.line("| %s | %s |", cell(tr("Capacity")), workshop.FormatLoad(b.Capacity))
		}
		m.line("")
	case *report.Ecocycle:
		m.line("| # | %s | %s |", cell(tr("Initiative")), cell(tr("Placement")))
		m.line("| ---: | --- | --- |")
		for _, p := range b.Placements {
			m.line("| %d | %s | %s |", p.Number, cell(p.Name), cell(p.Line))
		}
		m.line("")
	case *report.TrendChart:
		m.line("**%s:** %s\n", inline(b.Title), inline(b.Caption))
	}
	// Other block kinds carry nothing a text document can show.
}

func (m *markdown) value(v *report.ValueResult) {
	m.line("#### %s\n", inline(v.Title))
	if v.Description != "" {
		m.line("*%s*\n", paragraph(v.Description))
	}
	if v.Responded > 0 {
		m.line("| %s | %s |", cell(tr("Level")), cell(tr("Count")))
		m.line("| --- | ---: |")
		for _, lc := range v.Distribution {
			m.line("| %d %s | %d |", lc.Level.Value, cell(lc.Level.Label), lc.Count)
		}
		m.line("")
	}
	if v.Counts != "" {
		m.line("%s\n", paragraph(v.Counts))
	}
	for _, f := range v.Groups {
		m.line("- **%s** %s", inline(f.Label), inline(f.Text))
	}
	if len(v.Groups) > 0 {
		m.line("")
	}
	if v.Failing != "" {
		m.line("%s\n", paragraph(v.Failing))
	}
	if v.Mine != nil {
		for _, f := range v.Mine.Lines {
			m.line("- **%s** %s", inline(f.Label), inline(f.Text))
		}
		m.line("")
	}
	if v.Reservations != nil {
		m.table(v.Reservations)
	}
}

func (m *markdown) table(t *report.Table) {
	if len(t.Columns) == 0 {
		return
	}
	var head, rule []string
	for _, c := range t.Columns {
		head = append(head, cell(c.Title))
		switch {
		case c.Numeric:
			rule = append(rule, "---:")
		case c.Centred:
			rule = append(rule, ":---:")
		default:
			rule = append(rule, "---")
		}
	}
	m.line("| %s |", strings.Join(head, " | "))
	m.line("| %s |", strings.Join(rule, " | "))
	for _, r := range t.Rows {
		if r.Group != "" {
			cells := make([]string, len(t.Columns))
			cells[0] = "**" + cell(r.Group) + "**"
			m.line("| %s |", strings.Join(cells, " | "))
			continue
		}
		cells := make([]string, len(t.Columns))
		for i := range cells {
			if i < len(r.Cells) {
				cells[i] = cell(r.Cells[i])
				if r.Total && cells[i] != "" {
					cells[i] = "**" + cells[i] + "**"
				}
			}
		}
		if r.Note != "" {
			cells[len(cells)-1] = strings.TrimSpace(cells[len(cells)-1] + " <br>*" + cell(r.Note) + "*")
		}
		m.line("| %s |", strings.Join(cells, " | "))
	}
	m.line("")
}

// mdSpecial are the characters that would start Markdown syntax inside
// text people typed: a name like "*Ana*" or "[team]" must print as typed.
var mdSpecial = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", "&lt;", ">", "&gt;", "#", `\#`, "|", `\|`, "~", `\~`,
)

// inline is text on one line, escaped.
func inline(s string) string {
	return mdSpecial.Replace(strings.Join(strings.Fields(s), " "))
}

// paragraph keeps the text's line breaks as Markdown hard breaks.
func paragraph(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	for i, l := range lines {
		lines[i] = inline(l)
	}
	return strings.Join(lines, "  \n")
}

// cell is text in a table cell: one line, pipes escaped (inline does).
func cell(s string) string { return inline(s) }
