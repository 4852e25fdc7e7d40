package locale

import (
	"fmt"
	"strings"
	"time"

	"golang.org/x/text/language"

	"scaleroom/workshop"
)

// Files keep dates as ISO 8601 (2026-11-24); people read them the way
// their language writes them.
const isoDate = "2006-01-02"

func monthName(m time.Month) string {
	names := [...]string{tr("January"), tr("February"), tr("March"), tr("April"), tr("May"), tr("June"),
		tr("July"), tr("August"), tr("September"), tr("October"), tr("November"), tr("December")}
	return names[(m-1+12)%12]
}

func usStyle(tag language.Tag) bool {
	region, conf := tag.Region()
	if conf != language.Exact {
		return false
	}
	switch region.String() {
	case "US", "PH":
		return true
	}
	return false
}

func base(tag language.Tag) string {
	b, _ := tag.Base()
	return b.String()
}

// LongDate writes a date in full: "24 November 2026", "November 24,
// 2026" in the US, "24. November 2026", "24 novembre 2026", "24 de
// noviembre de 2026".
func LongDate(t time.Time) string {
	tag := Current()
	month := monthName(t.Month())
	switch base(tag) {
	case "de":
		return fmt.Sprintf("%d. %s %d", t.Day(), month, t.Year())
	case "fr":
		return fmt.Sprintf("%d %s %d", t.Day(), month, t.Year())
	case "es":
		return fmt.Sprintf("%d de %s de %d", t.Day(), month, t.Year())
	}
	if usStyle(tag) {
		return fmt.Sprintf("%s %d, %d", month, t.Day(), t.Year())
	}
	return fmt.Sprintf("%d %s %d", t.Day(), month, t.Year())
}

// ShortDate writes a date in figures, the way a form would ask for it:
// "24/11/2026", "11/24/2026" in the US, "24.11.2026".
func ShortDate(t time.Time) string {
	return t.Format(shortLayout(Current()))
}

func shortLayout(tag language.Tag) string {
	switch {
	case base(tag) == "de":
		return "02.01.2006"
	case usStyle(tag):
		return "01/02/2006"
	}
	return "02/01/2006"
}

// Clock writes a time of day: "15:04", "3:04 PM" in the US.
func Clock(t time.Time) string {
	if usStyle(Current()) {
		return t.Format("3:04 PM")
	}
	return t.Format("15:04")
}

// DateTime writes a moment: the long date and the clock.
func DateTime(t time.Time) string {
	return LongDate(t) + ", " + Clock(t)
}

// IsoDate reads a date as a file stores it.
func IsoDate(s string) (time.Time, bool) {
	t, err := time.Parse(isoDate, strings.TrimSpace(s))
	return t, err == nil
}

// ShowDate turns a file's ISO date into the reader's long form; text that
// is not an ISO date is shown as it is, since it is what the file holds.
func ShowDate(iso string) string {
	if t, ok := IsoDate(iso); ok {
		return LongDate(t)
	}
	return iso
}

// FormDate is a file's ISO date in the reader's short form, for a field
// that edits it; FormDate of text that is not a date is the text.
func FormDate(iso string) string {
	if t, ok := IsoDate(iso); ok {
		return ShortDate(t)
	}
	return iso
}

// ParseDate reads a date typed by a person: their short form
// ("24.11.2026", "11/24/2026" in the US) or ISO, which every language
// accepts, and returns it as ISO for the file.
func ParseDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	if t, ok := IsoDate(s); ok {
		return t.Format(isoDate), nil
	}
	layout := shortLayout(Current())
	// People leave out leading zeros: 1.3.2026.
	loose := strings.NewReplacer("02", "2", "01", "1").Replace(layout)
	for _, l := range []string{layout, loose} {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format(isoDate), nil
		}
	}
	return "", fmt.Errorf(tr("%q is not a date: write it as %s"), s, ShortDate(time.Date(2026, time.November, 24, 0, 0, 0, 0, time.UTC)))
}

// tr is a remembered lookup (see remembered) of a text of this package.
func tr(s string) string { return workshop.Translate(s) }
