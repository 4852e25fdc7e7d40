package export

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"scaleroom/export/report"
	"scaleroom/workshop"
)

// WriteCSV writes one data table (report.ActionsData, LoadData or
// ResponsesData) as CSV for a spreadsheet or a tracker: a header row, then
// a record a row, under the same privacy rules as the PDF. Headers and words
// are in the reader's language, dates ISO 8601 (see report.Data). It starts with
// a byte-order mark, without which Excel reads UTF-8 names as Latin-1.
func WriteCSV(w io.Writer, s *workshop.Session, opt Options, table string) error {
	t, err := report.Data(s, opt.report(), table)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	bw.WriteString("\ufeff")
	cw := csv.NewWriter(bw)
	head := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		head[i] = c.Title
	}
	cw.Write(head)
	for _, r := range t.Rows {
		cells := make([]string, len(r.Cells))
		for i, c := range r.Cells {
			cells[i] = SafeCell(c)
		}
		cw.Write(cells)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf(tr("write csv: %w"), err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf(tr("write csv: %w"), err)
	}
	return nil
}

// SafeCell keeps a spreadsheet from running text as a formula: a cell that
// starts with =, +, -, @, a tab or a carriage return gets a leading
// apostrophe, which spreadsheets show as text and do not print. Numbers
// ("-3") are left alone.
func SafeCell(s string) string {
	if s == "" || !strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return s
	}
	if _, err := strconv.ParseFloat(s, 64); err == nil {
		return s
	}
	return "'" + s
}
