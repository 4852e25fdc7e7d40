package export

import (
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"scaleroom/workshop"
)

// pageTexts returns each page's text, white space made single spaces.
func pageTexts(t *testing.T, path string) []string {
	t.Helper()
	out, err := exec.Command(tool(t, "pdftotext"), "-raw", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	var pages []string
	for _, p := range strings.Split(string(out), "\f") {
		pages = append(pages, strings.Join(strings.Fields(p), " "))
	}
	return pages
}

// A table's last page held a single row. For every length of table and
// every starting point down a page, the last page of a table that runs
// over holds at least two rows.
func TestTableLeavesNoOrphanRow(t *testing.T) {
	d, err := newDoc(typicalSession(), Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	d.pdf.AddPage()
	cols := []column{{"A", 0.5, "L"}, {"B", 0.5, "L"}}
	checked := 0
	for n := 2; n <= 70; n++ {
		rows := make([]row, n)
		for i := range rows {
			rows[i] = row{cells: []string{"cell", "cell"}}
			if i%5 == 0 {
				rows[i].note = strings.Repeat("A note long enough to wrap onto a second line of the table. ", 3)
			}
		}
		for y := d.top; y < d.limit()-10; y += 7 {
			d.pdf.SetY(y)
			tb := d.prepareTable(cols, rows)
			starts := tb.place(d, false, tb.plan(d), y)
			last := starts[len(starts)-1]
			if last == 0 {
				continue
			}
			checked++
			k := 0
			for _, p := range starts {
				if p == last {
					k++
				}
			}
			if k < 2 {
				t.Errorf("%d rows from y=%.0f: the last page holds %d row", n, y, k)
			}
		}
	}
	if checked < 100 {
		t.Errorf("only %d tables ran over a page", checked)
	}
}

// A heading must stay with its table: "All items" at a page's foot with
// the table on the next page helps nobody. No page ends with a heading.
func TestHeadingsStayWithTheirTables(t *testing.T) {
	for _, s := range []*workshop.Session{typicalSession(), zooSession()} {
		for _, opt := range []Options{{}, {Anonymous: true}} {
			path, _ := render(t, s, opt)
			for i, p := range pageTexts(t, path) {
				for _, h := range []string{"All items", "Stop-doing list", "Open", "Done", "Initiatives by direction"} {
					body := strings.TrimSpace(p[:max(0, strings.LastIndex(p, "Page "))])
					if strings.HasSuffix(body, h) {
						t.Errorf("%+v: page %d ends with the heading %q", opt, i+1, h)
					}
				}
			}
		}
	}
}

// A 5,000-character note was squeezed into the narrow Item column over four
// pages; it now takes the full width under its item.
func TestLongNoteTakesTheFullWidth(t *testing.T) {
	s := typicalSession()
	_, before := render(t, s, Options{})
	var b strings.Builder
	for i := 0; b.Len() < 5000; i++ {
		b.WriteString("Everything about this report is slow and nobody reads it. ")
	}
	s.Steps[3].Load.Items[3].Note = b.String()[:5000]
	s.Steps[1].Values.Values[0].Responses[5].Note = b.String()[:5000]
	path, after := render(t, s, Options{})
	if after-before > 3 {
		t.Errorf("two 5,000-character notes added %d pages; full width needs about 1 each", after-before)
	}
	got := text(t, path)
	mustContain(t, "notes", got, "Note: Everything about this report", "Reservation: Everything about this report")
}

func TestPDFUsesTheScreensWords(t *testing.T) {
	path, _ := render(t, typicalSession(), Options{})
	got := text(t, path)
	mustContain(t, "words", got, "Do less, Sara Okafor", "Extraneous", "Intrinsic", "Germane", "Top-down", "Local",
		"Complicated", "Stop, Sara Okafor, by 1 July 2025", "Defer", "Not decided")
	for _, code := range []string{`(^|[^o]) less,`, ` extraneous `, ` top-down `, ` germane `, ` defer,`} {
		if m := regexp.MustCompile(code).FindString(got); m != "" {
			t.Errorf("the PDF prints the code %q", m)
		}
	}
}

func TestLevelKeyWithEveryBar(t *testing.T) {
	path, _ := render(t, typicalSession(), Options{Participant: "p4"})
	got := text(t, path)
	// Seven values have responses; each bar has its own key with counts.
	if n := strings.Count(got, "1 Whole-hearted endorsement: "); n != 7 {
		t.Errorf("%d keys with level 1, want 7 (one per bar)", n)
	}
	mustContain(t, "Customers first key", got, "6 Don't like it, but will support it: 2", "7 Serious disagreement: 1")
}

func TestLegendsListOnlyWhatIsDrawn(t *testing.T) {
	s := typicalSession()
	s.Steps[4].Reflection.Initiatives[2].Contested = false
	path, _ := render(t, s, Options{})
	got := text(t, path)
	if strings.Contains(got, "No type given") {
		t.Error(`"No type given" is in the legend, but every item has a type`)
	}
	if strings.Contains(got, "No consensus on placement") {
		t.Error("the map's legend explains a ring no initiative has")
	}
	s.Steps[3].Load.Items[4].Type = ""
	s.Steps[4].Reflection.Initiatives[2].Contested = true
	path, _ = render(t, s, Options{})
	mustContain(t, "legend with an untyped item", text(t, path), "No type given", "No consensus on placement")
}

func TestFullSummaryHasEveryResponse(t *testing.T) {
	path, _ := render(t, typicalSession(), Options{})
	got := text(t, path)
	mustContain(t, "appendix", got, "Appendix: every response",
		"Ana Lima Customers first 1 Whole-hearted endorsement Commits (by level) Small teams decide 1 Whole-hearted endorsement Commits (by level)",
		"Chloé Dubois", "Small teams decide 2 Agreement with a minor point of contention Conditional Note: If we get the budget",
		"Leave room to rest no answer recorded")
	path, _ = render(t, typicalSession(), Options{Anonymous: true})
	if strings.Contains(text(t, path), "Appendix") {
		t.Error("the anonymous summary has the appendix of named responses")
	}
}
