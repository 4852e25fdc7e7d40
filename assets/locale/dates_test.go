package locale_test

import (
	"testing"
	"time"

	"scaleroom/assets/locale"
	_ "scaleroom/assets/locale/translations" // the month names
	"scaleroom/workshop"
)

func TestDatesFollowTheLanguage(t *testing.T) {
	defer locale.Set("")
	day := time.Date(2026, time.March, 4, 15, 7, 0, 0, time.UTC)
	for _, c := range []struct {
		code, long, short, clock, typed string
	}{
		{"en-GB", "4 March 2026", "04/03/2026", "15:07", "4/3/2026"},
		{"en-US", "March 4, 2026", "03/04/2026", "3:07 PM", "3/4/2026"},
		{"de-DE", "4. März 2026", "04.03.2026", "15:07", "4.3.2026"},
		{"de-AT", "4. März 2026", "04.03.2026", "15:07", "04.03.2026"},
		{"fr-FR", "4 mars 2026", "04/03/2026", "15:07", "04/03/2026"},
		{"fr-CA", "4 mars 2026", "04/03/2026", "15:07", "4/3/2026"},
		{"es-ES", "4 de marzo de 2026", "04/03/2026", "15:07", "4/3/2026"},
		{"es-MX", "4 de marzo de 2026", "04/03/2026", "15:07", "04/03/2026"},
		// A language Scaleroom lacks gives English, in the person's region.
		{"fil-PH", "March 4, 2026", "03/04/2026", "3:07 PM", "3/4/2026"},
		{"ja-JP", "4 March 2026", "04/03/2026", "15:07", "04/03/2026"},
	} {
		locale.Set(c.code)
		if got := locale.LongDate(day); got != c.long {
			t.Errorf("%s: long date %q, want %q", c.code, got, c.long)
		}
		if got := locale.ShortDate(day); got != c.short {
			t.Errorf("%s: short date %q, want %q", c.code, got, c.short)
		}
		if got := locale.Clock(day); got != c.clock {
			t.Errorf("%s: clock %q, want %q", c.code, got, c.clock)
		}
		if got, err := locale.ParseDate(c.typed); err != nil || got != "2026-03-04" {
			t.Errorf("%s: typed %q read as %q, %v", c.code, c.typed, got, err)
		}
		if got, err := locale.ParseDate("2026-03-04"); err != nil || got != "2026-03-04" {
			t.Errorf("%s: ISO read as %q, %v", c.code, got, err)
		}
		if got := locale.ShowDate("2026-03-04"); got != c.long {
			t.Errorf("%s: ShowDate %q, want %q", c.code, got, c.long)
		}
	}
	locale.Set("de")
	if _, err := locale.ParseDate("31.02.2026"); err == nil || err.Error() != `"31.02.2026" ist kein Datum: schreiben Sie es als 24.11.2026` {
		t.Errorf("an impossible date in German: %v", err)
	}
	if got := locale.ShowDate("next week"); got != "next week" {
		t.Errorf("a date the file holds as text is shown as %q", got)
	}
}

// French counts zero in the singular; English, German and Spanish do not.
func TestPluralFollowsTheLanguage(t *testing.T) {
	defer locale.Set("")
	for _, c := range []struct {
		code string
		n    int
		want string
	}{
		{"fr", 0, "one"}, {"fr", 1, "one"}, {"fr", 2, "many"},
		{"de", 0, "many"}, {"de", 1, "one"}, {"en", 0, "many"}, {"es", 0, "many"},
	} {
		locale.Set(c.code)
		if got := workshop.Plural(c.n, "one", "many"); got != c.want {
			t.Errorf("%s, %d: %s, want %s", c.code, c.n, got, c.want)
		}
	}
}
