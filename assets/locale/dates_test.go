package locale

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/lang"
)

func TestDatesFollowTheLanguage(t *testing.T) {
	defer Set("")
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
		{"ja-JP", "4 March 2026", "04/03/2026", "15:07", "04/03/2026"},
	} {
		Set(c.code)
		if got := LongDate(day); got != c.long {
			t.Errorf("%s: long date %q, want %q", c.code, got, c.long)
		}
		if got := ShortDate(day); got != c.short {
			t.Errorf("%s: short date %q, want %q", c.code, got, c.short)
		}
		if got := Clock(day); got != c.clock {
			t.Errorf("%s: clock %q, want %q", c.code, got, c.clock)
		}
		if got, err := ParseDate(c.typed); err != nil || got != "2026-03-04" {
			t.Errorf("%s: typed %q read as %q, %v", c.code, c.typed, got, err)
		}
		if got, err := ParseDate("2026-03-04"); err != nil || got != "2026-03-04" {
			t.Errorf("%s: ISO read as %q, %v", c.code, got, err)
		}
		if got := ShowDate("2026-03-04"); got != c.long {
			t.Errorf("%s: ShowDate %q, want %q", c.code, got, c.long)
		}
	}
	Set("de")
	if _, err := ParseDate("31.02.2026"); err == nil || err.Error() != `"31.02.2026" ist kein Datum: schreiben Sie es als 24.11.2026` {
		t.Errorf("an impossible date in German: %v", err)
	}
	if got := ShowDate("next week"); got != "next week" {
		t.Errorf("a date the file holds as text is shown as %q", got)
	}
}

func TestSetSwitchesFyneToo(t *testing.T) {
	defer Set("")
	Set("de")
	if got := lang.L("Cancel"); got != "Abbrechen" {
		t.Errorf("Fyne's own Cancel in German is %q", got)
	}
	if got := lang.L("November"); got != "November" {
		t.Errorf("November in German is %q", got)
	}
	Set("fr")
	if got := lang.L("November"); got != "novembre" {
		t.Errorf("November in French is %q", got)
	}
	Set("en")
	if got := lang.L("November"); got != "November" {
		t.Errorf("November in English is %q", got)
	}
}
