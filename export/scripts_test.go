package export

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/text/unicode/norm"

	"scaleroom/workshop/workshoptest"
)

// rtlName says whether a name holds Hebrew or Arabic, which pdftotext may
// give back in visual order and, for Arabic, in presentation forms.
func rtlName(n string) bool {
	for _, r := range n {
		if unicode.In(r, unicode.Hebrew, unicode.Arabic) {
			return true
		}
	}
	return false
}

// Every name of the international session reaches the reader: exactly for
// scripts read left to right, and for Hebrew and Arabic every word, in
// logical or visual order, once presentation forms are folded back (NFKC).
func TestEveryScriptRoundTrips(t *testing.T) {
	s := workshoptest.International()
	for _, opt := range []Options{{}, {Paper: PaperLetter}} {
		path, _ := render(t, s, opt)
		got := norm.NFC.String(readingText(t, path))
		folded := norm.NFKC.String(got)
		if strings.ContainsRune(got, Mark) || strings.Contains(got, string(fallbackOpen)) {
			t.Errorf("%+v: a character fell back to a mark", opt)
		}
		for _, n := range workshoptest.InternationalNames {
			if !rtlName(n) {
				mustContain(t, fmt.Sprintf("%+v", opt), got, norm.NFC.String(n))
				continue
			}
			for _, w := range strings.Fields(n) {
				if !strings.Contains(folded, w) && !strings.Contains(folded, reverse(w)) {
					t.Errorf("%+v: %q of %q is not in the PDF", opt, w, n)
				}
			}
		}
		// Values, load items and initiatives in other scripts.
		mustContain(t, "free text", got, "顧客第一", "고객 우선", "ग्राहक पहले", "Khách hàng là trên hết",
			"Клиент прежде всего", "주간 보고 003", "साप्ताहिक रिपोर्ट 006", "Северный кооператив", "Hà Nội, phòng 4")
		// pdftotext places a haraka drawn on a right-to-left letter
		// elsewhere on the line; the letters are what must be there.
		mustContain(t, "Arabic and Hebrew free text", withoutMarks(folded), "العميل", "أولا", "הלקוח", "קודם", "معنى هذه القيمة")
	}
}

// readingText is the PDF's text in reading order, as pdftotext guesses it
// without -raw: -raw keeps the drawing order, in which right-to-left words
// come out reversed and a lam-alef ligature apart from its word.
func readingText(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command(tool(t, "pdftotext"), "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

// withoutMarks drops combining marks.
func withoutMarks(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, s)
}

// reverse reverses a word, for text extracted in visual order.
func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func TestMetadataKeepsEveryScript(t *testing.T) {
	s := workshoptest.International()
	path, _ := render(t, s, Options{})
	mustContain(t, "metadata", info(t, path),
		"Title:           "+s.Title+"\n", "Author:          Σοφία Παπαδοπούλου\n", "Subject:         Workshop summary\n")

	s.Title = "Offsite 🚀 in محمد's town"
	path, _ = render(t, s, Options{})
	mustContain(t, "emoji title", info(t, path), "Title:           Offsite 🚀 in محمد's town\n")
}

func TestPersonalSheetTitledInItsScript(t *testing.T) {
	s := workshoptest.International()
	p := s.ParticipantByName("李小龍")
	if p == nil {
		t.Fatal("no 李小龍 in the international session")
	}
	path, _ := render(t, s, Options{Participant: p.ID})
	mustContain(t, "sheet", text(t, path), "Personal sheet for 李小龍")
	mustContain(t, "metadata", info(t, path), "Subject:         Personal sheet for 李小龍\n")
}

// Two names that differ only in an emoji, or in a character no font has,
// must not print alike.
func TestNamesDifferingInAnEmojiPrintDifferently(t *testing.T) {
	if drawable('ሀ') {
		t.Fatal("the test needs a character no embedded font covers; Ethiopic now has one")
	}
	s := typicalSession()
	s.Participants[0].Name = "Ana 😀"
	s.Participants[1].Name = "Ana 😎"
	s.Participants[2].Name = "Ana ሀ"
	s.Participants[3].Name = "Ana ሁ"
	path, _ := render(t, s, Options{})
	mustContain(t, "names", text(t, path), "Ana ‹U+1F600›", "Ana ‹U+1F60E›", "Ana ‹U+1200›", "Ana ‹U+1201›")
}

func TestVisualOrder(t *testing.T) {
	cases := []struct{ logical, visual string }{
		{"plain text", "plain text"},
		{"שלום", "םולש"},
		{"Layla ليلى حداد", "Layla دادح ىليل"},           // Latin first: a left-to-right line
		{"ليلى حداد Layla", "Layla دادح ىليل"},           // Arabic first: right to left
		{"Dana דנה כהן and Ana", "Dana ןהכ הנד and Ana"}, // an RTL stretch inside LTR
		{"ديسمبر 2026 Room", "Room 2026 ربمسيد"},         // numbers keep their order
		{"Room 12 محمد", "Room 12 دمحم"},                 // a number after Latin stays with it
		{"Dana (דנה) Levi", "Dana (הנד) Levi"},           // brackets resolved to the line's direction
		{"(דנה)", "(הנד)"},                               // mirrored in an RTL line
		{"כהן 3.5 דנה", "הנד 3.5 ןהכ"},                   // a decimal number inside RTL
		{"שָׁלוֹם", "ם\u05b9ול\u05c1\u05b8ש"},            // marks come before their letter in RTL
		{"\ufefb \ufe8f\ufe8f", "\ufe8f\ufe8f \ufefb"},   // presentation forms are Arabic too
		{"2 (李小龍, דנה כהן)", "2 (李小龍, ןהכ הנד)"},
		{"דנה ‹U+1F600›", "‹U+1F600› הנד"}, // a fallback code reads the same anywhere
		{"דנה ‹U+1F600› כהן", "ןהכ ‹U+1F600› הנד"},
		{"Dana דנה ‹U+1F600 U+1F3FD›", "Dana הנד ‹U+1F600 U+1F3FD›"},
		{"\u200eדנה Dana", "הנד Dana"}, // a continuation line of a left-to-right paragraph (see keepDirection)
		{"\u200fDana דנה", "הנד Dana"}, // and of a right-to-left one // the case from the summary
	}
	for _, c := range cases {
		if got := visual(c.logical); got != c.visual {
			t.Errorf("visual(%q) = %q, want %q", c.logical, got, c.visual)
		}
	}
}

func TestShapeArabic(t *testing.T) {
	cases := []struct{ in, want string }{
		{"محمد", "\ufee3\ufea4\ufee4\ufeaa"},         // initial, medial, medial, final
		{"الأحمد", "\ufe8d\ufef7\ufea3\ufee4\ufeaa"}, // alef, lam + hamza alef ligature (alef joins nothing after it), hah starts a new join
		{"سلام", "\ufeb3\ufefc\ufee1"},               // lam-alef joined to the seen before it: final ligature
		{"دار", "\ufea9\ufe8d\ufead"},                // dal and alef do not join the next letter
		{"بَت", "\ufe91\u064e\ufe96"},                // a haraka does not break the join
		{"ب\u200cب", "\ufe8f\ufe8f"},                 // ZWNJ does, and goes
		{"ب ب", "\ufe8f \ufe8f"},                     // and so does a space
		{"پیام", "\ufb58\ufbff\ufe8e\ufee1"},         // Persian letters
		{"abc", "abc"},
	}
	for _, c := range cases {
		if got := shapeArabic(c.in); got != c.want {
			t.Errorf("shapeArabic(%q) = %U, want %U", c.in, []rune(got), []rune(c.want))
		}
		if got := norm.NFKC.String(shapeArabic(c.in)); got != norm.NFKC.String(strings.ReplaceAll(c.in, "\u200c", "")) {
			t.Errorf("NFKC(shapeArabic(%q)) = %q: letters lost", c.in, got)
		}
	}
	// Every presentation form the table uses is in the font that draws it.
	for r, forms := range arabicLetters {
		for _, f := range forms {
			if _, ok := arabicRegular.glyph(f); f != 0 && !ok {
				t.Errorf("%U: form %U is not in Noto Sans Arabic", r, f)
			}
			if _, ok := arabicBold.glyph(f); f != 0 && !ok {
				t.Errorf("%U: form %U is not in Noto Sans Arabic Bold", r, f)
			}
		}
	}
}

// Each script's names are drawn with a face that has their glyphs, bold
// included.
func TestEveryScriptHasAFace(t *testing.T) {
	for _, n := range workshoptest.InternationalNames {
		for _, style := range []string{"", "B", "I", "BI"} {
			for _, r := range splitRuns(style, Clean(n)) {
				for _, c := range r.text {
					if _, ok := r.face.glyph(c); !ok {
						t.Errorf("%q style %q: %U drawn with %s, which lacks it", n, style, c, r.face.family)
					}
				}
			}
		}
	}
	for _, c := range []struct {
		r    rune
		want *face
	}{{'A', notoRegular}, {'ễ', notoRegular}, {'Ж', notoRegular}, {'ب', arabicRegular}, {'ש', hebrewRegular},
		{'क', devaRegular}, {'李', cjk}, {'さ', cjk}, {'한', hangulRegular}} {
		if f, _ := faceFor(chain(""), c.r, nil); f != c.want {
			t.Errorf("%c drawn with %s, want %s", c.r, f.family, c.want.family)
		}
	}
}

func TestWrapBreaksCJKAndKeepsMarks(t *testing.T) {
	d, err := newDoc(typicalSession(), Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	d.font("", bodySize)
	const w = 40.0
	for _, s := range []string{
		strings.Repeat("我需要先看到领导这样做", 6),            // no spaces: breaks between ideographs
		strings.Repeat("प्रिया शर्मा ", 12),         // Devanagari words with their marks
		strings.Repeat("ש\u05b8", 80),               // one long Hebrew "word" with points
		"Nguyễn Thị Minh Khai Nguyễn Thị Minh Khai", // Vietnamese
	} {
		s = Clean(s)
		lines := d.wrap(s, w)
		if len(lines) < 2 {
			t.Errorf("%.20q did not wrap at %v mm", s, w)
		}
		for _, l := range lines {
			if d.textWidth(l) > w-2*cellPad+0.01 {
				t.Errorf("line %q is %.1f mm wide, more than %v", l, d.textWidth(l), w-2*cellPad)
			}
			if r := []rune(l); len(r) > 0 && isMark(r[0]) {
				t.Errorf("line %q starts with a mark cut from its letter", l)
			}
		}
		if strings.ReplaceAll(strings.Join(lines, ""), " ", "") != strings.ReplaceAll(s, " ", "") {
			t.Errorf("wrapping %.20q lost or changed text", s)
		}
	}
}

// gofpdf embeds only the glyphs used: the international summary stays far
// below the 4 MB of Droid Sans Fallback alone.
func TestInternationalPDFIsSmall(t *testing.T) {
	data, _, err := Render(workshoptest.International(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(data) > 300<<10 {
		t.Errorf("international summary is %d KB, want under 300 KB", len(data)>>10)
	}
	// A Latin-only summary embeds no font it does not use.
	latin, _, err := Render(typicalSession(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"utf8cjk", "utf8hangul", "utf8arabic", "utf8deva"} {
		if strings.Contains(string(latin), "/BaseFont /"+f) {
			t.Errorf("the Latin-only summary embeds %s", f)
		}
	}
	if os.Getenv("SCALEROOM_PDF_DIR") != "" {
		os.WriteFile(os.Getenv("SCALEROOM_PDF_DIR")+"/intl-size.pdf", data, 0o644)
	}
}

func BenchmarkInternational(b *testing.B) {
	benchmarkRender(b, workshoptest.International(), Options{})
}

func BenchmarkInternationalPersonal(b *testing.B) {
	benchmarkRender(b, workshoptest.International(), Options{Participant: "p2"})
}

func BenchmarkWorkshoptestLarge(b *testing.B) {
	benchmarkRender(b, workshoptest.Session(workshoptest.Large), Options{})
}

// The big faces reach gofpdf cut down to the session's characters: those
// must draw as in the full font, and gofpdf must still get the whole face
// for a character outside the session.
func TestBigFacesCutToTheSession(t *testing.T) {
	for _, f := range []*face{cjk, hangulRegular, hangulBold} {
		ttf, err := subsetFont(f, []rune{'李', '娜', '한', 'é'})
		if err != nil {
			t.Fatal(err)
		}
		cut, err := sfnt.Parse(ttf)
		if err != nil {
			t.Fatalf("%s: the cut font does not parse: %v", f.family, err)
		}
		var buf, cutBuf sfnt.Buffer
		glyphs := 1 // .notdef
		for _, r := range []rune{'李', '娜', '한', '龍', '국', 'é'} {
			want, _ := f.font.GlyphIndex(&buf, r)
			got, err := cut.GlyphIndex(&cutBuf, r)
			if r == '龍' || r == '국' || r == 'é' || want == 0 {
				if got != 0 || err != nil {
					t.Errorf("%s: %c is in the cut font (glyph %d, %v)", f.family, r, got, err)
				}
				continue
			}
			glyphs++
			if got == 0 || err != nil {
				t.Errorf("%s: %c is not in the cut font (%v)", f.family, r, err)
				continue
			}
			wantAdv, _ := f.font.GlyphAdvance(&buf, want, 1000, font.HintingNone)
			gotAdv, _ := cut.GlyphAdvance(&cutBuf, got, 1000, font.HintingNone)
			wantSeg, err1 := f.font.LoadGlyph(&buf, want, 1000, nil)
			wantSeg = slices.Clone(wantSeg) // buf is reused
			wantN := len(wantSeg)
			gotSeg, err2 := cut.LoadGlyph(&cutBuf, got, 1000, nil)
			if gotAdv != wantAdv || err1 != nil || err2 != nil || !slices.Equal(gotSeg, wantSeg[:wantN:wantN]) {
				t.Errorf("%s: %c drawn differently: advance %v/%v, %d/%d segments (%v, %v)", f.family, r, gotAdv, wantAdv, len(gotSeg), wantN, err1, err2)
			}
		}
		// The characters' glyphs and the parts composite glyphs are built from.
		if n := cut.NumGlyphs(); n < glyphs || n > 4*glyphs {
			t.Errorf("%s: %d glyphs in the cut font for %d characters", f.family, n, glyphs-1)
		}
	}

	s := typicalSession()
	s.Participants[0].Name = "李娜"
	d, err := newDoc(s, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	d.pdf.AddPage()
	if d.setFace(cjk, 10, "李娜"); d.curFamily != "cjk-session" {
		t.Errorf("the session's own characters use %q", d.curFamily)
	}
	if d.setFace(cjk, 10, "龍"); d.curFamily != "cjk" {
		t.Errorf("a character outside the session uses %q, not the whole face", d.curFamily)
	}
	if err := d.pdf.Error(); err != nil {
		t.Fatal(err)
	}
}

// A value after a label reads left to right like its label: "Withheld
// commitment: 2 (ليلى حداد, Björn)" printed the count after the names,
// because the Arabic name set the line's direction.
func TestLabelledValueKeepsItsCountFirst(t *testing.T) {
	d, err := newDoc(typicalSession(), Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	d.pdf.AddPage()
	d.labelled("Withheld commitment:", "2 (ليلى حداد, Björn)")
	path := filepath.Join(t.TempDir(), "label.pdf")
	if err := d.pdf.OutputFileAndClose(path); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool(t, "pdftotext"), "-bbox", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`<word xMin="([\d.]+)"[^>]*>([^<]*)</word>`)
	x := map[string]float64{}
	for _, m := range re.FindAllStringSubmatch(string(out), -1) {
		v, _ := strconv.ParseFloat(m[1], 64)
		x[m[2]] = v
	}
	two, ok2 := x["2"]
	bjorn, okB := x["Björn)"]
	if !ok2 || !okB {
		t.Fatalf("words on the page: %v", x)
	}
	for w, xw := range x {
		if strings.ContainsFunc(w, func(r rune) bool { return unicode.Is(unicode.Arabic, r) }) && !(two < xw && xw < bjorn) {
			t.Errorf("%q at %.0f is not between the count (%.0f) and Björn (%.0f)", w, xw, two, bjorn)
		}
	}
}
