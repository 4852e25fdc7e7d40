package assets

import (
	"image"
	"image/color"
	"math"
)

// The icon is drawn here rather than in an editor, so the master (icon.png,
// 1024 px, what macOS and Windows packages need) can be redrawn at any size
// from one description: a teal tile, the two loops of the ecocycle in amber
// and mint, three dots above for a small group and four below for the room.
// TestIconMatchesDrawing keeps icon.png equal to DrawIcon(1024); run
// `go test ./assets -run Icon -update` after changing the drawing.

var (
	iconTile  = color.NRGBA{31, 78, 95, 255}
	iconAmber = color.NRGBA{242, 177, 52, 255}
	iconMint  = color.NRGBA{127, 200, 169, 255}
	iconDot   = color.NRGBA{255, 255, 255, 255}
)

// DrawIcon draws the icon at size×size pixels, anti-aliased by 4×4
// supersampling. The geometry is in units of a 256-pixel icon.
func DrawIcon(size int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	const grid = 4
	unit := 256 / float64(size)
	for py := range size {
		for px := range size {
			var r, g, b, a float64
			for sy := range grid {
				for sx := range grid {
					x := (float64(px) + (float64(sx)+0.5)/grid) * unit
					y := (float64(py) + (float64(sy)+0.5)/grid) * unit
					c := iconAt(x, y)
					r += float64(c.R) * float64(c.A)
					g += float64(c.G) * float64(c.A)
					b += float64(c.B) * float64(c.A)
					a += float64(c.A)
				}
			}
			if a == 0 {
				continue
			}
			img.SetNRGBA(px, py, color.NRGBA{
				R: uint8(math.Round(r / a)), G: uint8(math.Round(g / a)), B: uint8(math.Round(b / a)),
				A: uint8(math.Round(a / (grid * grid))),
			})
		}
	}
	return img
}

// iconAt is the colour of the point (x, y) of a 256-unit icon.
func iconAt(x, y float64) color.NRGBA {
	const corner = 40
	if !inRoundedSquare(x, y, 256, corner) {
		return color.NRGBA{}
	}
	ring := func(cx float64) bool {
		d := math.Hypot(x-cx, y-128)
		return d >= 29 && d <= 43
	}
	// The mint loop is drawn over the amber one where they cross.
	if ring(167) {
		return iconMint
	}
	if ring(89) {
		return iconAmber
	}
	for _, c := range [][2]float64{{88, 48}, {128, 48}, {168, 48}, {68, 208}, {108, 208}, {148, 208}, {188, 208}} {
		if math.Hypot(x-c[0], y-c[1]) <= 9 {
			return iconDot
		}
	}
	return iconTile
}

func inRoundedSquare(x, y, side, r float64) bool {
	if x < 0 || y < 0 || x > side || y > side {
		return false
	}
	cx := math.Max(r, math.Min(x, side-r))
	cy := math.Max(r, math.Min(y, side-r))
	return math.Hypot(x-cx, y-cy) <= r
}
