package export

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"scaleroom/workshop"
)

// tool returns a poppler tool's path, skipping the test without it.
func tool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s (poppler-utils) is not installed; make test installs it", name)
	}
	return p
}

// render writes the PDF to a temporary file and returns its path.
func render(t *testing.T, s *workshop.Session, opt Options) (string, int) {
	t.Helper()
	data, pages, err := Render(s, opt)
	if err != nil {
		t.Fatalf("Render(%+v): %v", opt, err)
	}
	path := filepath.Join(t.TempDir(), "out.pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, pages
}

// text is what a reader of the PDF sees, with runs of white space made one
// space so that checks do not depend on where lines wrap.
func text(t *testing.T, path string) string {
	t.Helper()
	// -raw keeps the order the text was drawn in: a label and its value
	// stay together however pdftotext would guess the columns.
	out, err := exec.Command(tool(t, "pdftotext"), "-raw", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

func info(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command(tool(t, "pdfinfo"), path).Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	return string(out)
}

func mustContain(t *testing.T, what, got string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(got, w) {
			t.Errorf("%s lacks %q", what, w)
		}
	}
}

func TestSummaryShowsWhatTheRoomSaid(t *testing.T) {
	path, pages := render(t, typicalSession(), Options{})
	got := text(t, path)
	mustContain(t, "cover", got,
		"Scaling the product organisation", "Organisation: Northwind Cooperative", "Date: 12 June 2025",
		"Place: Lisbon, Sala Tejo", "Facilitator: Hanna Berg", "Participants: 12",
		"Planned time: 160 min", "Time used: 101 min 05 s") // 540+3125+2400 s
	mustContain(t, "at a glance", got,
		"Our values: 5 of 8 values pass, 2 do not, 1 have no responses yet.",
		"What we carry: load 60 points today, 30 after the decisions, against a capacity of 40; 6 on the stop-doing list.",
		"Grow or let go: scale up 4, hold 3, scale down 2, stop 2, not decided 1.")
	mustContain(t, "values", got,
		"Gradients of Agreement", "Passes when no one is at 7 or 8",
		"12 responses: 7 agree, 2 open, 3 disagree. Commitment: 9 commit, 0 conditional, 1 withholds.",
		"Disagree and commit: 2 (Dmitri Volkov, Νίκος Παππάς)",
		"Withheld commitment: 1 (Ольга Петрова)",
		"Blocks: 1 (Björn Åkesson)",
		"Disagree and commit: 1 (Tomás Ruiz)",
		"I would rather we said users, not customers.", "Not when it means weekend work.",
		"If we get the budget to staff the teams.", "Conditional",
		"Does not pass", "Passes", "No responses yet")
	mustContain(t, "load", got,
		"60 points today, 30 after the decisions; capacity 40 points.",
		"Today's load is 60 points against a capacity of 40: 50% over.",
		`"Load item 26" is marked "Stop" but nobody owns the decision.`,
		"Stop-doing list", "Weekly status report", "Nobody reads it since the dashboard exists.",
		"Capacity: 40 points", "Extraneous (process, tooling, reporting)")
	mustContain(t, "reflection", got,
		"Poverty trap", "Rigidity trap", "Creative destruction",
		"Scale up (4)", "Hold (3)", "Scale down (2)", "Stop (2)", "Not decided (1)",
		"Cut it to half a day", `"Testing guild" is in the poverty trap but has no first action yet.`,
		"Not placed on the map: #12", "No consensus on placement")
	mustContain(t, "actions and people", got,
		"Send the values write-up to everyone", "Platform team", "30 June 2025", "nobody yet", "Book the follow-up room",
		"Engineering lead", "Ana Lima will send the slides.")
	if !strings.Contains(got, fmt.Sprintf("Page %d of %d", pages, pages)) {
		t.Errorf("no \"Page %d of %d\" footer", pages, pages)
	}
	meta := info(t, path)
	mustContain(t, "metadata", meta, "Title:           Scaling the product organisation",
		"Author:          Hanna Berg", "Subject:         Workshop summary", "A4")
	if !strings.Contains(meta, fmt.Sprintf("Pages:           %d\n", pages)) {
		t.Errorf("pdfinfo disagrees with %d pages:\n%s", pages, meta)
	}
}

func TestPageFooterCountsEveryPage(t *testing.T) {
	for _, paper := range []string{PaperA4, PaperLetter} {
		path, pages := render(t, typicalSession(), Options{Paper: paper})
		meta := info(t, path)
		m := regexp.MustCompile(`Pages:\s+(\d+)`).FindStringSubmatch(meta)
		if m == nil || m[1] != strconv.Itoa(pages) {
			t.Fatalf("%s: pdfinfo pages %v, Render said %d", paper, m, pages)
		}
		got := text(t, path)
		for p := 1; p <= pages; p++ {
			if !strings.Contains(got, fmt.Sprintf("Page %d of %d", p, pages)) {
				t.Errorf("%s: no footer \"Page %d of %d\"", paper, p, pages)
			}
		}
		want := map[string]string{PaperA4: "595.28 x 841.89 pts (A4)", PaperLetter: "612 x 792 pts (letter)"}[paper]
		mustContain(t, paper+" page size", meta, want)
	}
}

func TestAnonymousNamesNobody(t *testing.T) {
	s := typicalSession()
	s.Steps[1].Values.Values[0].Responses[5].Note = "Ask Sara Okafor, she knows; Will agrees."
	path, _ := render(t, s, Options{Anonymous: true})
	got := text(t, path)
	meta := info(t, path)
	forbidden := append([]string{"Hanna", "Berg"}, typicalNames...)
	for _, n := range typicalNames {
		forbidden = append(forbidden, strings.Fields(n)...)
	}
	for _, n := range forbidden {
		if strings.Contains(got, n) || strings.Contains(meta, n) {
			t.Errorf("anonymous PDF shows %q", n)
		}
	}
	// Dmitri and Νίκος disagree and commit, Ольга withholds, Björn blocks:
	// counts only, with no one after them, by name or by label.
	mustContain(t, "anonymous summary", got,
		"Anonymous workshop summary", "Facilitator: not shown in the anonymous summary",
		"Disagree and commit: 2 Withheld commitment: 1 1 response is", "Blocks: 1 1 response is",
		"Ask [name], she knows; [name] agrees.",
		"[name] send the slides. [name] asked about the budget; [name] promised an answer by Friday.",
		"12 participants.")
	// Owners of load items, decisions and actions are not printed at all:
	// the room saw who took them on.
	if strings.Contains(got, "Participant ") {
		t.Error("the anonymous PDF labels people")
	}
	for _, owner := range []string{"nobody yet", "Decision owner", "Owner"} {
		if strings.Contains(got, "Load item 8 "+owner) || strings.Contains(got, owner+" 20 June 2025") {
			t.Errorf("an owner is printed: %q", owner)
		}
	}
	if strings.Contains(got, "Decision owner") || strings.Contains(got, "Platform team") {
		t.Error("the anonymous PDF prints owners")
	}
	mustContain(t, "decisions without owners", got, "Stop, by 1 July 2025", "Do less, by 1 July 2025")
	mustContain(t, "metadata", meta, "Author:          Scaleroom", "Subject:         Anonymous workshop summary")
}

func TestPersonalSheet(t *testing.T) {
	s := typicalSession()
	path, _ := render(t, s, Options{Participant: "p4"}) // Dmitri Volkov
	got := text(t, path)
	mustContain(t, "personal sheet", got,
		"Personal sheet for Dmitri Volkov",
		"Your answer: 6 Don't like it, but will support it (I disagree, and I will commit); Commits",
		"Your note: I would rather we said users, not customers.",
		"12 responses: 7 agree, 2 open, 3 disagree.", "Disagree and commit: 2", "Does not pass",
		"What the group decided", "Weekly status report")
	for _, n := range typicalNames {
		if n != "Dmitri Volkov" && strings.Contains(got, n) {
			t.Errorf("Dmitri's sheet names %q", n)
		}
	}
	if strings.Contains(got, "Not when it means weekend work.") {
		t.Error("Dmitri's sheet shows someone else's reservation")
	}

	path, _ = render(t, s, Options{Participant: "p1"}) // Ana Lima owns actions
	got = text(t, path)
	mustContain(t, "Ana's actions", got, "Send the values write-up to everyone", "Book the follow-up room", "done",
		"Load items you own or decide on: What we carry", "Load item 8")
	if strings.Contains(got, "Ask finance about a budget") {
		t.Error("Ana's sheet lists Will Turner's action")
	}

	path, _ = render(t, s, Options{Participant: "p4", Anonymous: true})
	got = text(t, path)
	mustContain(t, "anonymous sheet", got, "Scaleroom · Personal sheet", "Your answer: 6 Don't like it")

	if strings.Contains(got, "Dmitri") || strings.Contains(got, "Personal sheet for") || strings.Contains(got, "Participant ") {
		t.Error("an anonymous personal sheet names or labels its reader")
	}

	// A value Dmitri did not answer in a named round says so, not that
	// answers were not taken by name.
	v := &s.Steps[1].Values.Values[1]
	var kept []workshop.Response
	for _, r := range v.Responses {
		if r.Participant != "p4" {
			kept = append(kept, r)
		}
	}
	v.Responses = kept
	path, _ = render(t, s, Options{Participant: "p4"})
	got = text(t, path)
	mustContain(t, "unanswered value", got, "Your answer: no answer recorded")
	if strings.Contains(got, "not recorded by name") {
		t.Error("a named round's missing answer reads as a show of hands")
	}
}

func TestTextTheFontCannotDraw(t *testing.T) {
	s := typicalSession()
	s.Participants[0].Name = "山田太郎"
	s.Participants[1].Name = "דנה כהן"
	s.Participants[2].Name = "Zoë 😀 Brontë"
	s.Title = "Ünïcödé 🚀 workshop: Ελληνικά, Русский"
	s.Steps[1].Values.Values[0].Responses[3].Note = "👍🏽 fine by me, 大丈夫, مرحبا, e\u0301cole"
	s.Actions[0].Owner = workshop.NamedOwner("山田太郎") // as text, not through the roster
	s.Notes = strings.Repeat("🎉", 50) + " \U0010FFFF \x00\x07 tab\there"
	for _, opt := range []Options{{}, {Anonymous: true}, {Participant: "p1"}, {Participant: "p3", Paper: PaperLetter}} {
		path, _ := render(t, s, opt)
		got := text(t, path)
		mustContain(t, fmt.Sprintf("%+v", opt), got, "Ünïcödé ‹U+1F680› workshop: Ελληνικά, Русский")
		if strings.ContainsRune(got, Mark) {
			t.Errorf("%+v: a character printed as %q", opt, Mark)
		}
		if opt.Participant == "" && !opt.Anonymous {
			mustContain(t, "full", got, "山田太郎", "Zoë ‹U+1F600› Brontë", "‹U+1F44D U+1F3FD› fine by me, 大丈夫, ", "école", "tab here",
				"‹U+10FFFF›", "‹"+strings.TrimSpace(strings.Repeat("U+1F389 ", 50))+"›")
		}
	}
}

func TestLongNoteWrapsInsideThePage(t *testing.T) {
	s := typicalSession()
	var words []string
	for i := 0; len(strings.Join(words, " ")) < 2000; i++ {
		words = append(words, fmt.Sprintf("word%03d", i))
	}
	note := strings.Join(words, " ")[:2000]
	s.Steps[1].Values.Values[0].Responses[5].Note = note
	s.Notes = note
	unbroken := strings.Repeat("x", 2000) // no space to break at
	s.Actions[0].Text = unbroken
	path, _ := render(t, s, Options{})
	got := text(t, path)
	// Every word of the note reaches the page, in order.
	joined := strings.Join(strings.Fields(got), " ")
	if !strings.Contains(joined, note[:1990]) {
		t.Error("the 2,000-character note is not all there in order")
	}
	if strings.Count(strings.ReplaceAll(got, " ", ""), "x") < 2000 {
		t.Error("the unbroken 2,000-character action lost characters")
	}
	// No word crosses the margins: pdftotext's boxes stay within the text area.
	out, err := exec.Command(tool(t, "pdftotext"), "-bbox", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">`)
	const mm = 72 / 25.4
	pageW, pageH := 595.28, 841.89
	n := 0
	for _, m := range re.FindAllStringSubmatch(string(out), -1) {
		x0, _ := strconv.ParseFloat(m[1], 64)
		y0, _ := strconv.ParseFloat(m[2], 64)
		x1, _ := strconv.ParseFloat(m[3], 64)
		y1, _ := strconv.ParseFloat(m[4], 64)
		n++
		if x0 < 18*mm-1 || x1 > pageW-18*mm+1 || y0 < 0 || y1 > pageH-8*mm {
			t.Errorf("word box %v outside the text area", m[1:])
		}
	}
	if n < 1000 {
		t.Errorf("only %d words found", n)
	}
}

func TestSameSessionSameBytes(t *testing.T) {
	for _, opt := range []Options{{}, {Anonymous: true}, {Participant: "p2"}} {
		a, _, err := Render(typicalSession(), opt)
		if err != nil {
			t.Fatal(err)
		}
		b, _, err := Render(typicalSession(), opt)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%+v: two exports differ", opt)
		}
	}
}

func TestWriteRefusesBadOptions(t *testing.T) {
	var buf bytes.Buffer
	err := Write(&buf, typicalSession(), Options{Participant: "p99"})
	if !errors.Is(err, ErrUnknownParticipant) || !strings.Contains(err.Error(), `"p99"`) {
		t.Errorf("unknown participant: %v", err)
	}
	err = Write(&buf, typicalSession(), Options{Paper: "a5"})
	if !errors.Is(err, ErrPaper) || !strings.Contains(err.Error(), `"a5"`) {
		t.Errorf("bad paper: %v", err)
	}
	if buf.Len() != 0 {
		t.Errorf("a failed export wrote %d bytes", buf.Len())
	}
	if err := Write(&buf, &workshop.Session{}, Options{}); err != nil || !bytes.HasPrefix(buf.Bytes(), []byte("%PDF")) {
		t.Errorf("empty session: %v", err)
	}
}

func TestClean(t *testing.T) {
	m := string(Mark)
	cases := []struct{ in, want string }{
		{"plain ASCII", "plain ASCII"},
		{"Zoë Ελληνικά Русский", "Zoë Ελληνικά Русский"},
		{"Nguye\u0302\u0303n", "Nguyễn"},                           // composed
		{"a😀b", "a‹U+1F600›b"},                                     // above U+FFFF: its code
		{"👍🏽", "‹U+1F44D U+1F3FD›"},                                // the skin tone too, so it tells two names apart
		{"👨\u200d👩\u200d👧 x", "‹U+1F468 U+1F469 U+1F467› x"},       // joiners dropped, one pair of guillemets
		{"\U0010FFFF\x00\U0001F600", "‹U+10FFFF U+1F600›"},         // a control inside a group goes
		{"中文 한국어 かな", "中文 한국어 かな"},                                 // CJK and Hangul have fonts now
		{"שלום", "שלום"},                                           // Hebrew stays logical
		{"مرحبا", "\ufee3\ufeae\ufea3\ufe92\ufe8e"},                // Arabic joined, still logical
		{"\u0644\u0627 \u0628\u200c\u0628", "\ufefb \ufe8f\ufe8f"}, // lam-alef ligature; ZWNJ stops a join
		{"a\r\nb\rc\td\x00e\u200ff", "a\nb\nc de" + "f"},
		{"bad \xff byte", "bad " + m + " byte"},
	}
	for _, c := range cases {
		if got := Clean(c.in); got != c.want {
			t.Errorf("Clean(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func BenchmarkTypical(b *testing.B) { benchmarkRender(b, typicalSession(), Options{}) }

func BenchmarkTypicalAnonymous(b *testing.B) {
	benchmarkRender(b, typicalSession(), Options{Anonymous: true})
}

func BenchmarkLarge(b *testing.B) { benchmarkRender(b, largeSession(), Options{}) }

func BenchmarkLargeAnonymous(b *testing.B) {
	benchmarkRender(b, largeSession(), Options{Anonymous: true})
}

func benchmarkRender(b *testing.B, s *workshop.Session, opt Options) {
	var size, pages int
	for b.Loop() {
		data, n, err := Render(s, opt)
		if err != nil {
			b.Fatal(err)
		}
		size, pages = len(data), n
	}
	b.ReportMetric(float64(size)/1024, "KiB/pdf")
	b.ReportMetric(float64(pages), "pages")
}

// TestPersonalSheetAfterRename: owners are linked by ID, so after Ana Lima
// is renamed her sheet still lists her actions and load items, under the
// new name; a free-text owner that is exactly her name counts too, and
// someone outside the room with a similar name does not.
func TestPersonalSheetAfterRename(t *testing.T) {
	s := typicalSession()
	if err := s.RenameParticipant("p1", "Ana Lima-Sousa"); err != nil {
		t.Fatal(err)
	}
	s.Actions = append(s.Actions,
		workshop.Action{ID: "a7", Text: "Typed before the roster was fixed", Owner: workshop.NamedOwner("ana lima-sousa ")},
		workshop.Action{ID: "a8", Text: "Someone else called Ana", Owner: workshop.NamedOwner("Ana")})
	path, _ := render(t, s, Options{Participant: "Ana Lima-Sousa"})
	got := text(t, path)
	mustContain(t, "renamed Ana's sheet", got, "Personal sheet for Ana Lima-Sousa",
		"Send the values write-up to everyone", "Book the follow-up room", "Typed before the roster",
		"Load items you own or decide on: What we carry", "Load item 8")
	if strings.Contains(got, "Someone else called Ana") || strings.Contains(got, "Ask finance about a budget") {
		t.Error("the sheet lists actions that are not hers")
	}
	path, _ = render(t, s, Options{})
	got = text(t, path)
	mustContain(t, "named summary", got, "Ana Lima-Sousa")
	if strings.Contains(got, "Ana Lima\n") {
		t.Error("the summary prints the old name")
	}
}
