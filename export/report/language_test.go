package report

import (
	"os"
	"testing"

	"scaleroom/assets/locale"
	_ "scaleroom/assets/locale/translations" // German, French and Spanish for the tests that switch
)

// Tests assert English text: they speak English whatever the machine's
// language; a test of another language switches with locale.Set.
func TestMain(m *testing.M) {
	locale.Set("en")
	os.Exit(m.Run())
}
