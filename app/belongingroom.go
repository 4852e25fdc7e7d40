package app

import (
	"fyne.io/fyne/v2"

	"scaleroom/export/report"
	"scaleroom/workshop"
)

// belongingRoom is a belonging map for the room: its headline, the map as
// large as the window allows, and the pace check in a line or two under
// it. With names off the report leaves the people out, and the map shows
// counts per pair of levels only.
type belongingRoom struct {
	p        *Projector
	Headline *roomText
	Map      *BelongingDrawing
	Pace     *roomText
	shown    []string
	root     *fyne.Container
}

func newBelongingRoom(p *Projector) *belongingRoom {
	u := &p.unit
	b := &belongingRoom{p: p, Headline: newRoomText(u, emLead, true, 2), Map: NewBelongingDrawing(), Pace: newRoomText(u, emBody, false, 2)}
	b.root = newRoomColumn(u, 0.4, b.Headline, b.Map, b.Pace)
	g := b.root.Layout.(*roomGrid)
	g.fill, g.fit = b.Map, b.fit
	return b
}

// mapEm is the map's type, in the projector's units: its smallest words
// (a level's head count, a name under a dot) are then 0.75 of the unit.
const mapEm = 1.0

// fit makes the map's type smaller, a tenth at a time down to half the
// unit, then gives up the headline's second line and the pace check's,
// while the view is taller than the window: twelve levels on a laptop
// window must not run off the bottom of the screen.
func (b *belongingRoom) fit(step int) bool {
	shrink := min(step, 5)
	size := b.p.unit.of(mapEm * (1 - 0.1*float32(shrink)))
	if b.Map.TextSize != size {
		b.Map.TextSize = size
		b.Map.Refresh()
	}
	b.Headline.setMaxLines(oneOrTwo(step >= 6))
	b.Pace.setMaxLines(oneOrTwo(step >= 7))
	return step <= 7
}

func (b *belongingRoom) object() fyne.CanvasObject { return b.root }
func (b *belongingRoom) words() []string           { return b.shown }

func (b *belongingRoom) show(p *Projector, st *workshop.Step) bool {
	if !p.reveal {
		return false
	}
	sec := report.BuildStep(p.ed.Session, p.options(), st.ID)
	if sec == nil {
		return false
	}
	b.shown = nil
	b.Headline.SetText("")
	b.Pace.SetText("")
	b.Map.SetMap(nil)
	for _, bl := range sec.For(report.Room) {
		switch bl := bl.(type) {
		case *report.Paragraph:
			t := b.Pace
			if bl.Tone == report.Strong {
				t = b.Headline
			}
			t.SetText(bl.Text)
			b.shown = append(b.shown, bl.Text)
		case *report.BelongingMap:
			b.Map.SetMap(bl)
			b.shown = append(b.shown, belongingTexts(bl)...)
		}
	}
	b.Pace.Hidden = b.Pace.Text() == ""
	b.root.Refresh()
	return true
}
