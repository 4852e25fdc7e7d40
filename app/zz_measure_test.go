package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func BenchmarkZZMeasure(b *testing.B) {
	for _, n := range []int{1, 5, 25, 100, 400} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			test.NewTempApp(b)
			base := strings.Repeat("Long initiative name with ", 20)[:n]
			i := 0
			for b.Loop() {
				i++
				fyne.MeasureText(fmt.Sprint(i%10)+base+fmt.Sprint(i), 14, fyne.TextStyle{})
			}
		})
	}
	b.Run("same", func(b *testing.B) {
		test.NewTempApp(b)
		for b.Loop() {
			fyne.MeasureText("Long initiative name with", 14, fyne.TextStyle{})
		}
	})
}
