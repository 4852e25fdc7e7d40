package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// leadLine lays a bold lead (a title) and the text that follows it on one
// line: the lead at its natural width, up to a share of the line, the rest
// beside it, wrapping below its own start when long. On a laptop screen a
// line saved above the values grid is a person more in view.
type leadLine struct {
	lead *widget.Label
	// share is the most of the width the lead takes.
	share float32
}

func newLeadLine(lead, rest *widget.Label, share float32) *fyne.Container {
	return container.New(&leadLine{lead: lead, share: share}, lead, rest)
}

// leadWidth is the lead's whole text width, or the share of w.
func (l *leadLine) leadWidth(w float32) float32 {
	if l.lead.Text == "" || !l.lead.Visible() {
		return 0
	}
	size := theme.TextSize()
	if l.lead.SizeName != "" {
		size = theme.Size(l.lead.SizeName)
	}
	// A little over the measured width: the label's own padding and the
	// rendered font's rounding would otherwise cut the last letter.
	natural := fyne.MeasureText(l.lead.Text, size, l.lead.TextStyle).Width*1.05 + 2*theme.InnerPadding() + theme.Padding()
	return min(natural, w*l.share)
}

func (l *leadLine) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	lead, rest := objs[0], objs[1]
	lw := l.leadWidth(s.Width)
	lead.Move(fyne.NewPos(0, 0))
	lead.Resize(fyne.NewSize(lw, lead.MinSize().Height))
	x := lw
	if lw > 0 {
		x -= theme.InnerPadding() // the labels' own padding makes the gap
	}
	leadH, restH := lead.MinSize().Height, rest.MinSize().Height
	y := float32(0)
	if restH < leadH { // smaller text beside a heading sits on its middle
		y = (leadH - restH) / 2
	}
	rest.Move(fyne.NewPos(x, y))
	rest.Resize(fyne.NewSize(max(s.Width-x, 0), restH))
}

func (l *leadLine) MinSize(objs []fyne.CanvasObject) fyne.Size {
	lead, rest := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(lead.Width+rest.Width, max(lead.Height, rest.Height))
}
