package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"scaleroom/workshop"
)

// BenchmarkEcocycleLongNames refreshes a map of 100 initiatives whose names
// are 2,000 characters long: a pasted paragraph must not stall the screen
// it is typed on, which refreshes the map on every key (goal: under 16 ms,
// one frame).
func BenchmarkEcocycleLongNames(b *testing.B) {
	test.NewTempApp(b)
	phases := append([]workshop.Phase{workshop.PhaseNone}, workshop.Phases...)
	ins := make([]workshop.Initiative, 100)
	for i := range ins {
		ins[i] = workshop.Initiative{ID: fmt.Sprint(i), Name: strings.Repeat("Long initiative name ", 100)[:2000], Phase: phases[i%len(phases)]}
	}
	m := NewEcocycleMap()
	w := test.NewWindow(m)
	defer w.Close()
	w.Resize(fyne.NewSize(1280, 800))
	m.SetInitiatives(ins)
	b.ResetTimer()
	for range b.N {
		m.SetInitiatives(ins)
	}
}
