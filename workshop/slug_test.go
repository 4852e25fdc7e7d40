package workshop_test

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"scaleroom/workshop"
	"scaleroom/workshop/workshoptest"
)

// A template named with a long pasted title could not be saved: its slug
// became a file name longer than file systems allow (255 bytes). The name
// itself is stored whole in the file; only the ID and file name are cut.
func TestLongTemplateNameSaves(t *testing.T) {
	lib := workshop.Library{Dir: filepath.Join(t.TempDir(), "templates")}
	name := strings.Repeat("Quarterly scaling review ", 20)
	tpl := workshop.TemplateFrom(workshoptest.Session(workshoptest.Typical), "", name, "")
	p, err := lib.Save(tpl)
	if err != nil {
		t.Fatalf("Save: %v", err)
	}
	back, err := workshop.LoadTemplateFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if back.Name != name {
		t.Errorf("name came back as %q", back.Name)
	}
	if id := tpl.ID; len(id) > 80 || strings.HasSuffix(id, "-") || !strings.HasPrefix(id, "quarterly-scaling-review-") {
		t.Errorf("ID %q (%d bytes)", id, len(id))
	}
}

// A session titled in Chinese suggested "session.json" (Slug keeps ASCII
// only) and "Café Équipe" became "caf-quipe": suggested file names keep
// every script.
func TestFileSlugKeepsEveryScript(t *testing.T) {
	for in, want := range map[string]string{
		"李小龍": "李小龍",
		"Scaling review 规模评审 · 규모 검토": "scaling-review-规模评审-규모-검토",
		"  Café  Équipe ":             "café-équipe",
		"Cafe\u0301":                  "café", // composed
		"Nguyễn Thị Minh Khai":        "nguyễn-thị-minh-khai",
		"مراجعة التوسع":               "مراجعة-التوسع",
		"प्रिया शर्मा":                "प्रिया-शर्मा", // vowel signs and virama stay with their letters
		"Quarterly review (Q3)":       "quarterly-review-q3",
		"🎉🎉 / !!!":                    "",
	} {
		if got := workshop.FileSlug(in); got != want {
			t.Errorf("FileSlug(%q) = %q, want %q", in, got, want)
		}
	}
	long := workshop.FileSlug(strings.Repeat("李小龍 ", 100))
	if len(long) > workshop.MaxSlug || !utf8.ValidString(long) || strings.HasSuffix(long, "-") {
		t.Errorf("long title gave %q (%d bytes)", long, len(long))
	}
}

// Template IDs lost every accented letter ("Café Équipe" gave "caf-quipe"):
// accents are taken off instead, whether the name comes composed or
// decomposed, and the cap still holds when folding shortens the name.
func TestSlugFoldsAccents(t *testing.T) {
	for in, want := range map[string]string{
		"  Café  Équipe ":         "cafe-equipe",
		"Cafe\u0301 e\u0301quipe": "cafe-equipe", // decomposed
		"Nguyễn Thị Minh Khai":    "nguyen-thi-minh-khai",
		"Ærøskøbing Straße":       "r-sk-bing-stra-e", // no base letter to fold to
		"Zürich 2026":             "zurich-2026",
		"李小龍":                     "",
		"émoji 🎉 ok":              "emoji-ok",
	} {
		if got := workshop.Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
	long := workshop.Slug(strings.Repeat("é", 200))
	if long != strings.Repeat("e", workshop.MaxSlug) {
		t.Errorf("200 é gave %q (%d bytes)", long, len(long))
	}
	// An ID stays its own slug, which Validate relies on.
	for _, id := range []string{"cafe-equipe", "values-60", long} {
		if got := workshop.Slug(id); got != id {
			t.Errorf("Slug(%q) = %q", id, got)
		}
	}
}
