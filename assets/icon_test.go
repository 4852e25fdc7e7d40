package assets

import (
	"bytes"
	"flag"
	"image"
	"image/png"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "redraw icon.png from DrawIcon")

// TestIconMatchesDrawing keeps the shipped icon equal to its drawing at
// 1024 px, the size macOS and Windows packages scale down from.
func TestIconMatchesDrawing(t *testing.T) {
	want := DrawIcon(1024)
	if *update {
		var buf bytes.Buffer
		if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&buf, want); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("icon.png", buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return // the embedded copy is the old file until the next build
	}
	got, err := png.Decode(bytes.NewReader(Icon))
	if err != nil {
		t.Fatal(err)
	}
	if got.Bounds() != image.Rect(0, 0, 1024, 1024) {
		t.Fatalf("icon.png is %v, want 1024×1024", got.Bounds())
	}
	for y := 0; y < 1024; y += 7 {
		for x := 0; x < 1024; x += 7 {
			r1, g1, b1, a1 := got.At(x, y).RGBA()
			r2, g2, b2, a2 := want.At(x, y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 || a1 != a2 {
				t.Fatalf("icon.png differs from DrawIcon(1024) at %d,%d; run go test ./assets -run Icon -update", x, y)
			}
		}
	}
	// The corners are transparent, the tile's middle teal, the loops where
	// they were drawn.
	for _, c := range []struct {
		x, y int
		a    uint32
	}{{2, 2, 0}, {512, 100, 0xffff}, {512, 512, 0xffff}} {
		if _, _, _, a := want.At(c.x, c.y).RGBA(); a != c.a {
			t.Errorf("alpha at %d,%d = %x, want %x", c.x, c.y, a, c.a)
		}
	}
}
