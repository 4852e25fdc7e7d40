package export

import (
	"os/exec"
	"strings"
	"testing"
)

// TestNoFyne keeps the design's rule: the domain and the exports know
// nothing of Fyne (they translate through workshop's hooks), so they
// build without the GUI toolkit, cgo or a display.
func TestNoFyne(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "scaleroom/workshop", "scaleroom/export/report", "scaleroom/export", "scaleroom/assets/locale").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		if strings.HasPrefix(dep, "fyne.io/") {
			t.Errorf("the domain or the exports depend on %s", dep)
		}
	}
}
