package export

import (
	"strings"
	"testing"
)

// A title pasted at 100,000 characters used to hang the export: the page
// header shortened it one character at a time, measuring the whole rest on
// every step, on every page. It must finish, with the header cut short.
func TestHugeTitleExports(t *testing.T) {
	s := typicalSession()
	s.Title = strings.Repeat("Long title ", 10000)
	path, pages := render(t, s, Options{})
	if pages < 2 {
		t.Fatalf("%d pages; the header only shows from page 2", pages)
	}
	if got := text(t, path); !strings.Contains(got, "Long title Long title") || !strings.Contains(got, "…") {
		t.Error("the title is not in the PDF, or the header did not shorten it with an ellipsis")
	}
}

// The same for a title in Chinese and Arabic, which goes through font
// runs, joining and reordering.
func TestHugeTitleInOtherScriptsExports(t *testing.T) {
	s := typicalSession()
	s.Title = strings.Repeat("规模评审 مراجعة التوسع 😀 ", 5000)
	path, _ := render(t, s, Options{})
	// pdftotext moves the guillemets next to Arabic around; the code is there.
	if got := text(t, path); !strings.Contains(got, "规模评审") || !strings.Contains(got, "U+1F600›") {
		t.Error("the title is not in the PDF")
	}
}

func TestFitShortensWithEllipsis(t *testing.T) {
	d, err := newDoc(typicalSession(), Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	d.font("", 8)
	w := 50.0
	for _, s := range []string{"short", strings.Repeat("x", 100000), strings.Repeat("中é ", 3000), "a\nb"} {
		got := d.fit(s, w)
		if d.textWidth(got) > w-2*cellPad {
			t.Errorf("fit(%.20q) = %.20q is wider than %v", s, got, w)
		}
		flat := strings.ReplaceAll(s, "\n", " ")
		if got != flat {
			trimmed := strings.TrimSuffix(got, "…")
			if trimmed == got || !strings.HasPrefix(flat, trimmed) {
				t.Errorf("fit(%.20q) = %.20q, want a prefix and an ellipsis", s, got)
			}
			// The longest prefix that fits: one more character would not.
			next := []rune(flat)[:len([]rune(trimmed))+1]
			if d.textWidth(string(next)+"…") <= w-2*cellPad {
				t.Errorf("fit(%.20q) = %.20q cut more than it had to", s, got)
			}
		}
	}
}
