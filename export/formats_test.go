package export

import (
	"bytes"
	"encoding/csv"
	"errors"
	"html"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"scaleroom/export/report"
	"scaleroom/workshop"
	"scaleroom/workshop/workshoptest"
)

// readCSV reads a CSV export back, checking the byte-order mark.
func readCSV(t *testing.T, s *workshop.Session, opt Options, table string) [][]string {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteCSV(&buf, s, opt, table); err != nil {
		t.Fatalf("%s: %v", table, err)
	}
	data := buf.Bytes()
	if !bytes.HasPrefix(data, []byte("\ufeff")) {
		t.Fatalf("%s: no byte-order mark", table)
	}
	recs, err := csv.NewReader(bytes.NewReader(data[3:])).ReadAll()
	if err != nil {
		t.Fatalf("%s: read back: %v", table, err)
	}
	return recs
}

func TestCSVReadsBack(t *testing.T) {
	s := workshoptest.Session(workshoptest.Typical)
	s.Actions[0].Text = "=HYPERLINK(\"http://evil\",\"x\")"
	s.Actions[1].Text = "@SUM(A1:A9)"

	acts := readCSV(t, s, Options{}, report.ActionsData)
	if got := strings.Join(acts[0], ","); got != "Action,Owner,Due,From step,Done" {
		t.Fatalf("actions header %q", got)
	}
	if len(acts)-1 != len(s.Actions) {
		t.Fatalf("%d action rows, want %d", len(acts)-1, len(s.Actions))
	}
	// Formulas are text, as typed after the apostrophe.
	if acts[1][0] != "'=HYPERLINK(\"http://evil\",\"x\")" || acts[2][0] != "'@SUM(A1:A9)" {
		t.Fatalf("formula cells %q, %q", acts[1][0], acts[2][0])
	}
	if acts[1][1] != s.OwnerName(s.Actions[0].Owner) || acts[1][2] != "2026-12-20" {
		t.Fatalf("first action %q", acts[1])
	}

	load := readCSV(t, s, Options{}, report.LoadData)
	items := 0
	for _, st := range s.Steps {
		if st.Load != nil {
			items += len(st.Load.Items)
		}
	}
	if len(load)-1 != items || len(load[0]) != 13 || load[0][9] != "Load after" {
		t.Fatalf("load: %d rows of %d columns, header %q; want %d items", len(load)-1, len(load[0]), load[0], items)
	}
	// Every row's load after is the item's, as the analysis has it.
	var first *workshop.LoadItem
	for _, st := range s.Steps {
		if st.Load != nil {
			first = &st.Load.Items[0]
			break
		}
	}
	if load[1][1] != first.Name || load[1][6] != workshop.FormatLoad(first.Load) || load[1][9] != workshop.FormatLoad(first.LoadAfter()) {
		t.Fatalf("first item row %q", load[1])
	}

	resp := readCSV(t, s, Options{}, report.ResponsesData)
	// 12 people answer each of 8 values.
	if len(resp)-1 != 12*8 || resp[0][2] != "Participant" {
		t.Fatalf("responses: %d rows, header %q", len(resp)-1, resp[0])
	}
	if _, err := strconv.Atoi(resp[1][3]); err != nil {
		t.Fatalf("level %q is not a number", resp[1][3])
	}

	if err := WriteCSV(&bytes.Buffer{}, s, Options{}, "people"); !errors.Is(err, report.ErrUnknownTable) {
		t.Fatalf("unknown table: %v", err)
	}
}

func TestCSVAnonymous(t *testing.T) {
	s := workshoptest.International()
	opt := Options{Anonymous: true}
	all := ""
	for _, table := range report.DataTables {
		recs := readCSV(t, s, opt, table)
		for _, r := range recs {
			all += strings.Join(r, "\x00") + "\n"
		}
		if table == report.ActionsData && strings.Contains(strings.Join(recs[0], ","), "Owner") {
			t.Errorf("anonymous actions have an owner column")
		}
		if table == report.ResponsesData && strings.Join(recs[0], ",") != "Step,Value,Level,Level meaning,Count" {
			t.Errorf("anonymous responses are not counts: %q", recs[0])
		}
	}
	for _, p := range s.Participants {
		for _, part := range strings.Fields(p.Name) {
			if len([]rune(part)) >= 3 && strings.Contains(all, part) {
				t.Errorf("anonymous CSV holds %q of %q", part, p.Name)
			}
		}
		if strings.Contains(all, p.ID+"\x00") {
			t.Errorf("anonymous CSV holds the ID %s", p.ID)
		}
	}
	// The counts add up to the answers given.
	recs := readCSV(t, workshoptest.Session(workshoptest.Typical), opt, report.ResponsesData)
	total := 0
	for _, r := range recs[1:] {
		n, _ := strconv.Atoi(r[4])
		total += n
	}
	if total != 12*8 {
		t.Fatalf("counts sum to %d, want 96", total)
	}
}

func TestSafeCell(t *testing.T) {
	for in, want := range map[string]string{
		"=1+1": "'=1+1", "+Ana": "'+Ana", "-3": "-3", "-x": "'-x", "@team": "'@team",
		"\tx": "'\tx", "Ana": "Ana", "": "", "3-4": "3-4",
	} {
		if got := SafeCell(in); got != want {
			t.Errorf("SafeCell(%q) = %q, want %q", in, got, want)
		}
	}
}

// markdownText renders Markdown (with tables) as a wiki would and returns
// its headings, its table cells and all its text, tags removed and
// entities decoded: what a reader sees.
func markdownText(t *testing.T, src []byte) (headings, cells []string, all string) {
	t.Helper()
	var out bytes.Buffer
	if err := goldmark.New(goldmark.WithExtensions(extension.Table)).Convert(src, &out); err != nil {
		t.Fatal(err)
	}
	page := out.String()
	plain := func(s string) string { return html.UnescapeString(tags.ReplaceAllString(s, "")) }
	for _, m := range headingRE.FindAllStringSubmatch(page, -1) {
		headings = append(headings, plain(m[1]))
	}
	for _, m := range cellRE.FindAllStringSubmatch(page, -1) {
		cells = append(cells, plain(m[1]))
	}
	return headings, cells, plain(page)
}

var (
	tags      = regexp.MustCompile(`<[^>]*>`)
	headingRE = regexp.MustCompile(`(?s)<h[1-6][^>]*>(.*?)</h[1-6]>`)
	cellRE    = regexp.MustCompile(`(?s)<t[dh][^>]*>(.*?)</t[dh]>`)
)

func TestMarkdownReadsBack(t *testing.T) {
	s := workshoptest.Session(workshoptest.Typical)
	s.Participants[0].Name = "*Ana* | [Lima]" // Markdown syntax in a name prints as typed
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, s, Options{}); err != nil {
		t.Fatal(err)
	}
	headings, cells, all := markdownText(t, buf.Bytes())
	if len(headings) == 0 || headings[0] != "Scaling review" {
		t.Fatalf("first heading %q", headings)
	}
	joined := strings.Join(headings, "\n")
	for _, want := range []string{"Actions"} {
		if !strings.Contains(joined, want) {
			t.Errorf("no %q heading in %q", want, joined)
		}
	}
	if len(cells) == 0 {
		t.Fatal("no tables")
	}
	if !strings.Contains(strings.Join(cells, "\n"), "*Ana* | [Lima]") {
		t.Errorf("the name with Markdown in it did not come back as typed")
	}
	for _, a := range s.Actions {
		if !strings.Contains(all, a.Text) {
			t.Errorf("action %q missing", a.Text)
			break
		}
	}
	// Value 01's counts by level come back in a table: the same numbers the
	// analysis gives.
	ex := s.Steps[1].Values
	if ex == nil {
		for _, st := range s.Steps {
			if st.Values != nil {
				ex = st.Values
				break
			}
		}
	}
	sc := ex.ScaleOrDefault()
	res := workshop.AnalyseValue(&sc, ex.Mode, &ex.Values[0], s.Participants)
	for _, lc := range res.Distribution {
		row := strconv.Itoa(lc.Level.Value) + " " + lc.Level.Label
		found := false
		for i := 0; i+1 < len(cells); i++ {
			if cells[i] == row && cells[i+1] == strconv.Itoa(lc.Count) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("no table row %q | %d", row, lc.Count)
		}
	}
}

func TestMarkdownAnonymous(t *testing.T) {
	s := workshoptest.International()
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, s, Options{Anonymous: true}); err != nil {
		t.Fatal(err)
	}
	_, _, all := markdownText(t, buf.Bytes())
	for _, p := range s.Participants {
		for _, part := range strings.Fields(p.Name) {
			if len([]rune(part)) >= 3 && strings.Contains(all, part) {
				t.Errorf("anonymous Markdown holds %q of %q", part, p.Name)
			}
		}
	}
	if !strings.Contains(all, "Anonymous workshop summary") {
		t.Errorf("not marked anonymous")
	}
}
