package export

import (
	"fmt"
	"html"
	"os/exec"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"scaleroom/workshop"
	"scaleroom/workshop/workshoptest"
)

// line is one line of text on a page, read back with pdftotext -bbox: its
// top in millimetres and its words joined in the order of x.
type line struct {
	y    float64
	text string
}

// bodyLines returns each page's lines between the running header and the
// footer, top to bottom.
func bodyLines(t *testing.T, path string) [][]line {
	t.Helper()
	out, err := exec.Command(tool(t, "pdftotext"), "-bbox", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	const mm = 72 / 25.4
	pageRe := regexp.MustCompile(`<page width="([\d.]+)" height="([\d.]+)">`)
	wordRe := regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>`)
	var pages [][]line
	for _, chunk := range strings.Split(string(out), "</page>") {
		pm := pageRe.FindStringSubmatch(chunk)
		if pm == nil {
			continue
		}
		h, _ := strconv.ParseFloat(pm[2], 64)
		type word struct {
			x, y float64
			s    string
		}
		var words []word
		for _, m := range wordRe.FindAllStringSubmatch(chunk, -1) {
			x, _ := strconv.ParseFloat(m[1], 64)
			y, _ := strconv.ParseFloat(m[2], 64)
			y /= mm
			// The running header sits above 16 mm, the footer below the
			// bottom margin of 20 mm.
			if y < 16 || y > h/mm-20 {
				continue
			}
			words = append(words, word{x, y, html.UnescapeString(m[3])})
		}
		sort.SliceStable(words, func(i, j int) bool { return words[i].y < words[j].y })
		var lines []line
		var cur []word
		flush := func() {
			if len(cur) == 0 {
				return
			}
			sort.SliceStable(cur, func(i, j int) bool { return cur[i].x < cur[j].x })
			var parts []string
			for _, w := range cur {
				parts = append(parts, w.s)
			}
			lines = append(lines, line{cur[0].y, strings.Join(parts, " ")})
			cur = nil
		}
		for _, w := range words {
			if len(cur) > 0 && w.y-cur[0].y > 1.2 {
				flush()
			}
			cur = append(cur, w)
		}
		flush()
		pages = append(pages, lines)
	}
	return pages
}

// placed is a line with the page it is on, counted from 1.
type placed struct {
	page int
	line
}

// allLines flattens bodyLines in reading order.
func allLines(pages [][]line) []placed {
	var out []placed
	for i, p := range pages {
		for _, l := range p {
			out = append(out, placed{i + 1, l})
		}
	}
	return out
}

// papers are the sizes every layout test renders on.
var papers = []string{PaperA4, PaperLetter}

// sweepStep is the step of the sweeps below, which render a PDF at each
// point: every point normally, a few with -short.
func sweepStep() int {
	if testing.Short() {
		return 5
	}
	return 1
}

// fourteen is the trial's session: the international one with 14 people,
// the last two answering only some values, so the appendix runs over
// several pages with "no answer recorded" rows.
func fourteen() *workshop.Session {
	s := workshoptest.International()
	for _, n := range []string{"Zoë Brontë", "Relationships Tester"} {
		p, err := s.AddParticipant(n)
		if err != nil {
			panic(err)
		}
		for i := range s.Steps {
			if ex := s.Steps[i].Values; ex != nil {
				for j := range ex.Values {
					if j%3 != 0 {
						ex.Values[j].Responses = append(ex.Values[j].Responses, workshop.Response{Participant: p.ID, Level: j%8 + 1})
					}
				}
			}
		}
	}
	return s
}

// latinGroups is a session whose group titles can be read back as typed:
// Latin names and values, one named "Relationships before rollout", many
// initiatives with evidence and rationale notes, and answers missing here
// and there.
func latinGroups(people, initiatives int) *workshop.Session {
	s := workshoptest.Session(workshoptest.Size{Participants: people, Values: 9, LoadItems: 10, Initiatives: initiatives})
	for i := range s.Steps {
		if ex := s.Steps[i].Values; ex != nil {
			ex.Values[len(ex.Values)-1].Name = "Relationships before rollout"
			for j := range ex.Values {
				v := &ex.Values[j]
				var kept []workshop.Response
				for k, r := range v.Responses {
					if (k+j)%4 != 0 || j != len(ex.Values)-1 {
						kept = append(kept, r)
					}
				}
				v.Responses = kept
			}
		}
	}
	return s
}

// rowStart matches the first line of a row of the appendix: a level in
// the words of the Gradients of Agreement, or no answer.
var rowStart = regexp.MustCompile(`(^|\s)[1-8] [A-Z][a-z]|no answer recorded`)

// latinBand is a person's name over their rows in latinGroups' appendix.
var latinBand = regexp.MustCompile(`^Participant \d{3}$`)

// A page that continues the appendix starts with a group title: the next
// person's name, or the name of the person whose answers run on to it,
// marked "(continued)". A row alone under "(continued)" is the lone row
// the trial found, so a continued group brings at least two rows.
func TestAppendixGroupTitlesOnEveryPage(t *testing.T) {
	const header = "Value Level Commitment"
	for _, paper := range papers {
		for name, s := range map[string]*workshop.Session{"fourteen": fourteen(), "latin": latinGroups(30, 12)} {
			path, _ := render(t, s, Options{Paper: paper})
			lines := allLines(bodyLines(t, path))
			inAppendix, continuedPages, lastBand := false, 0, ""
			for i, l := range lines {
				if strings.HasPrefix(l.text, "Appendix: every response") {
					inAppendix = true
				}
				if !inAppendix {
					continue
				}
				if latinBand.MatchString(l.text) {
					lastBand = l.text
				}
				if l.text != header || i+1 >= len(lines) || lines[i-1].page == l.page {
					continue
				}
				next := lines[i+1]
				if strings.HasPrefix(next.text, "Note:") || rowStart.MatchString(next.text) {
					t.Errorf("%s %s: page %d starts with the row %q, its person's name on an earlier page", paper, name, l.page, next.text)
					continue
				}
				if !strings.Contains(next.text, "(continued)") {
					continue
				}
				continuedPages++
				if name == "latin" && strings.TrimSpace(strings.Replace(next.text, "(continued)", "", 1)) != lastBand {
					t.Errorf("%s %s: page %d continues %q, but the group before was %q", paper, name, l.page, next.text, lastBand)
				}
				rows := 0
				for _, m := range lines[i+2:] {
					// A wrapped cell's short second line ("level)") belongs
					// to its row; anything else ends the group's rows.
					wrapped := len([]rune(m.text)) <= 12 && !latinBand.MatchString(m.text)
					if m.page != l.page || !(rowStart.MatchString(m.text) || strings.HasPrefix(m.text, "Note:") || wrapped) {
						break
					}
					if rowStart.MatchString(m.text) {
						rows++
					}
				}
				if rows < 2 {
					t.Errorf("%s %s: page %d holds %d row under %q", paper, name, l.page, rows, next.text)
				}
			}
			if !inAppendix {
				t.Fatalf("%s %s: no appendix", paper, name)
			}
			if name == "latin" && continuedPages == 0 {
				t.Errorf("%s %s: no group ran over a page; the test checks nothing", paper, name)
			}
		}
	}
}

// verdictLine is a value's name with its verdict beside it, which opens the
// value's block; summary is one of the lines that close it.
var (
	verdictLine = regexp.MustCompile(`^\D+ (Does not pass|Passes)$`)
	summaryLine = regexp.MustCompile(`^(Disagree and commit|Withheld commitment|Blocks): \d|at a level the pass rule does not allow\.$`)
)

// A value's summary lines (who withholds or blocks, how many responses
// fail the pass rule) stay on the page of the value's name and bar. The
// values section is moved down a line at a time, so blocks fall at every
// point of a page, in the full summary and on two personal sheets.
func TestValueBlockStaysTogether(t *testing.T) {
	blocks := 0
	for _, paper := range papers {
		for shift := 0; shift < 10; shift += sweepStep() {
			for _, opt := range []Options{{Paper: paper}, {Paper: paper, Participant: "p2"}} {
				s := workshoptest.International()
				s.Steps[1].Prompt = strings.Repeat("Read each value aloud, then reveal levels together. ", 2*shift+1)
				// The personal sheet has no prompt: its values move with
				// the length of the place line under the title.
				s.Location += strings.Repeat(" · Hà Nội, phòng 4, tầng hai", 2*shift)
				path, _ := render(t, s, opt)
				open := 0
				for _, l := range allLines(bodyLines(t, path)) {
					switch {
					case verdictLine.MatchString(l.text):
						open = l.page
						blocks++
					case summaryLine.MatchString(l.text) && open > 0 && l.page != open:
						t.Errorf("%s shift %d %+v: %q is on page %d, its value on page %d", paper, shift, opt, l.text, l.page, open)
					}
				}
			}
		}
	}
	if blocks < 100/sweepStep() {
		t.Errorf("only %d value blocks found", blocks)
	}
}

// headings are every heading the summaries and sheets of the sessions
// below print.
var headings = map[string]bool{
	"Load inventory": true, "Levels of the scale": true, "Warnings": true, "Stop-doing list": true,
	"All items": true, "Open": true, "Done": true, "Participants": true, "Notes": true, "At a glance": true,
	"Agenda": true, "Initiatives by direction": true, "Your actions": true, "What the group decided": true,
	"Appendix: every response": true, "Scale up or scale down": true, "Values: disagree and commit": true,
	"Load items you own or decide on: Load inventory": true, "Actions": true, "The group:": true,
}

// No page ends with a heading: a heading is kept with what comes first
// under it, whether a chart, a table or a paragraph. The personal sheets
// of 李小龍 (p2) and محمد الأحمد (p9) are drawn with 0 to 14 actions of
// their own, which moves "Load inventory" and its chart down the last
// pages a table row at a time.
func TestNoPageEndsWithAHeading(t *testing.T) {
	checked := 0
	for _, paper := range papers {
		for _, id := range []string{"p2", "p9"} {
			for n := 0; n <= 14; n += sweepStep() {
				s := workshoptest.International()
				for k := 0; k < n; k++ {
					if _, err := s.AddAction(fmt.Sprintf("Write up point %d for the team", k+1), workshop.ParticipantOwner(id), "2026-12-20", s.Steps[1].ID); err != nil {
						t.Fatal(err)
					}
				}
				for _, opt := range []Options{{Paper: paper, Participant: id}, {Paper: paper}, {Paper: paper, Anonymous: true}} {
					if opt.Participant == "" && (id != "p2" || n%4 != 0) {
						continue // the summaries do not depend on the reader; a few lengths do
					}
					path, _ := render(t, s, opt)
					for i, p := range bodyLines(t, path) {
						if len(p) == 0 {
							continue
						}
						checked++
						if last := p[len(p)-1].text; headings[last] {
							t.Errorf("%s, %d actions, %+v: page %d ends with the heading %q", paper, n, opt, i+1, last)
						}
					}
				}
			}
		}
	}
	if checked < 500/sweepStep() {
		t.Errorf("only %d pages checked", checked)
	}
}

// initiativeRow is the first line of a row of the initiatives table.
var initiativeRow = regexp.MustCompile(`^\d+ Initiative \d+ `)

// The initiatives table's last page never holds a single row, though each
// row carries full-width evidence and rationale lines; groups that run on
// to a page are titled "(continued)" there.
func TestInitiativesLastPageHoldsTwoRows(t *testing.T) {
	spans := 0
	for _, paper := range papers {
		for n := 14; n <= 40; n += sweepStep() {
			path, _ := render(t, latinGroups(3, n), Options{Paper: paper})
			pages := bodyLines(t, path)
			rowsOn := map[int]int{}
			for _, l := range allLines(pages) {
				if initiativeRow.MatchString(l.text) {
					rowsOn[l.page]++
				}
			}
			first, last := len(pages), 0
			for p := range rowsOn {
				first, last = min(first, p), max(last, p)
			}
			if first == last {
				continue
			}
			spans++
			if rowsOn[last] < 2 {
				t.Errorf("%s, %d initiatives: the table's last page %d holds %d row", paper, n, last, rowsOn[last])
			}
			for p := first + 1; p <= last; p++ {
				if len(pages[p-1]) < 2 || !regexp.MustCompile(`^(Scale up|Hold|Scale down|Stop|Not decided) \(\d+\)`).MatchString(pages[p-1][1].text) {
					t.Errorf("%s, %d initiatives: page %d starts with %q, not a group title", paper, n, p, pages[p-1][1].text)
				}
			}
		}
	}
	if spans < 20/sweepStep() {
		t.Errorf("only %d tables ran over a page", spans)
	}
}

// The anonymous summary used to sort every load warning by its text, which
// put the headline "Today's load is … over" last. The session's warnings
// keep the analysis' order, first; only the owners' are sorted.
func TestAnonymousLoadWarningsLeadWithTheHeadline(t *testing.T) {
	for _, s := range []*workshop.Session{typicalSession(), workshoptest.International()} {
		path, _ := render(t, s, Options{Anonymous: true})
		got := text(t, path)
		i := strings.Index(got, " Warnings ")
		if i < 0 {
			t.Fatal("no warnings")
		}
		if rest := got[i+len(" Warnings "):]; !strings.HasPrefix(rest, "Today's load is ") {
			t.Errorf("the first warning is not the headline: %.120q", rest)
		}
		if h, o := strings.Index(got, "Today's load is "), strings.Index(got, "but nobody owns the decision"); o >= 0 && o < h {
			t.Error("an owner's warning comes before the headline")
		}
	}
}

// For groups of every size from every point down a page: a group title is
// never the last thing on its page, and no page a group runs on to holds
// a single row of it when the group has more.
func TestGroupsLeaveNoLoneRowOrTitle(t *testing.T) {
	d, err := newDoc(typicalSession(), Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	d.pdf.AddPage()
	cols := []column{{"A", 0.5, "L"}, {"B", 0.5, "L"}}
	checked := 0
	for size := 1; size <= 14; size++ {
		var rows []row
		for g := 0; g < 5; g++ {
			rows = append(rows, row{band: fmt.Sprintf("Group %d", g)})
			for i := 0; i < size+g%3; i++ {
				r := row{cells: []string{"cell", "cell"}}
				if (i+g)%4 == 0 {
					r.note = strings.Repeat("A note long enough to wrap onto a second line of the table. ", 3)
				}
				rows = append(rows, r)
			}
		}
		for y := d.top; y < d.limit()-10; y += 5 {
			d.pdf.SetY(y)
			tb := d.prepareTable(cols, rows)
			starts := tb.place(d, false, tb.plan(d), y)
			band := -1
			for i, r := range tb.rows {
				if r.band != "" {
					band = i
					if i+1 < len(starts) && starts[i+1] != starts[i] {
						t.Errorf("groups of %d from y=%.0f: the title of row %d ends page %d", size, y, i, starts[i])
					}
					continue
				}
				end := i+1 == len(tb.rows) || tb.rows[i+1].band != ""
				if !end || i-1 == band {
					continue
				}
				checked++
				if starts[i-1] != starts[i] {
					t.Errorf("groups of %d from y=%.0f: row %d is alone on page %d under its continued title", size, y, i, starts[i])
				}
			}
		}
	}
	if checked < 1000 {
		t.Errorf("only %d group ends checked", checked)
	}
}
