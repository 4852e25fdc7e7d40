package translations

import (
	"testing"

	"fyne.io/fyne/v2/lang"

	"scaleroom/assets/locale"
)

func TestSetSwitchesFyneToo(t *testing.T) {
	defer locale.Set("")
	locale.Set("de")
	if got := lang.L("Cancel"); got != "Abbrechen" {
		t.Errorf("Fyne's own Cancel in German is %q", got)
	}
	if got := lang.L("November"); got != "November" {
		t.Errorf("November in German is %q", got)
	}
	locale.Set("fr")
	if got := lang.L("November"); got != "novembre" {
		t.Errorf("November in French is %q", got)
	}
	locale.Set("en")
	if got := lang.L("November"); got != "November" {
		t.Errorf("November in English is %q", got)
	}
}
