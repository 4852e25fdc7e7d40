package app

import (
	"fmt"
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"scaleroom/export/report"
	"scaleroom/workshop"
)

// The room views' type, in units of the projector's least text size.
const (
	emHeadline = 2.2 // the value's name
	emVerdict  = 1.7
	emLead     = 1.3 // a description, the counts
	emBody     = 1.1 // lists
	emLevel    = 1.15
)

// valuesRoom is a values step for the room. While the result is hidden it
// shows the value being voted on (the one selected on the values screen):
// its name, its description and the scale's levels, numbers and words,
// each in the colour its answers take in the bar. Revealed, it shows that
// value's result alone: the verdict, the distribution with the levels'
// names, the counts and who disagrees and commits or withholds.
type valuesRoom struct {
	p *Projector

	Position  *roomText // "Value 2 of 6"
	Name      *roomText
	Desc      *roomText
	ScaleName *roomText
	Levels    *fyne.Container // a key per level of the scale
	Verdict   *roomText
	Bar       *RoomBar
	Tally     *roomText
	Said      *fyne.Container
	nameRow   *fyne.Container

	levelsFor string         // the levels the keys were made for
	numbers   []*canvas.Text // the numbers on the keys' tiles
	labels    []*roomText    // the levels' names on the keys
	meanings  []*roomText
	said      []*roomText
	revealed  bool // the view shows a result
	shown     []string
	root      *fyne.Container
}

func newValuesRoom(p *Projector) *valuesRoom {
	u := &p.unit
	v := &valuesRoom{p: p}
	v.Position = newRoomText(u, 1.1, false, 1)
	v.Position.colour = theme.ColorNameDisabled
	v.Position.natural = true
	v.Position.align = fyne.TextAlignTrailing
	v.Name = newRoomText(u, emHeadline, true, 2)
	v.Desc = newRoomText(u, emLead, false, 4)
	v.ScaleName = newRoomText(u, 1, false, 1)
	v.ScaleName.colour = theme.ColorNameDisabled
	v.Levels = newRoomGrid(u, 2, 0.6)
	v.Verdict = newRoomText(u, emVerdict, true, 1)
	v.Verdict.align = fyne.TextAlignTrailing
	v.Verdict.natural = true
	v.Bar = NewRoomBar(nil)
	v.Tally = newRoomText(u, 1.2, false, 2)
	v.Said = newRoomColumn(u, 0.3)
	// The verdict beside the name, so the bar starts higher.
	// The verdict beside the name, so the bar starts higher; before it, where
	// the value stands in the list.
	v.nameRow = container.NewBorder(nil, nil, nil, container.NewStack(
		container.New(&insetLayout{unit: u, x: 0, y: 0.35}, v.Verdict),
		container.New(&insetLayout{unit: u, x: 0, y: 0.75}, v.Position)), v.Name)
	v.root = newRoomColumn(u, 0.4, v.nameRow, v.Desc, v.ScaleName, v.Levels, v.Bar, v.Tally, v.Said)
	v.root.Layout.(*roomGrid).fill = v.Bar
	v.root.Layout.(*roomGrid).fit = v.fit
	return v
}

// oneOrTwo is one line when short, two otherwise.
func oneOrTwo(short bool) int {
	if short {
		return 1
	}
	return 2
}

// fit gives up lines, least needed first, until the view fits the window:
// a room of forty with long names and a long description must not run
// off the bottom of the screen, where nobody can scroll.
func (v *valuesRoom) fit(step int) bool {
	if v.revealed {
		said := 2
		if step >= 1 {
			said = 1
		}
		for _, t := range v.said {
			t.setMaxLines(said)
		}
		v.Name.setMaxLines(oneOrTwo(step >= 2))
		v.Tally.setMaxLines(oneOrTwo(step >= 3))
		return step <= 3
	}
	desc := 4
	switch {
	case step >= 6:
		desc = 1
	case step >= 3:
		desc = 2
	case step >= 1:
		desc = 3
	}
	v.Desc.setMaxLines(desc)
	v.Name.setMaxLines(oneOrTwo(step >= 4))
	for i, m := range v.meanings {
		m.setMaxLines(oneOrTwo(step >= 2))
		if step < 5 {
			m.Show()
		} else {
			m.Hide()
		}
		v.labels[i].setMaxLines(oneOrTwo(step >= 7))
	}
	return step <= 7
}

func (v *valuesRoom) object() fyne.CanvasObject { return v.root }
func (v *valuesRoom) words() []string           { return v.shown }

func (v *valuesRoom) show(p *Projector, st *workshop.Step) bool {
	v.shown = nil
	ex := st.Values
	if ex == nil || len(ex.Values) == 0 {
		v.only(v.Name)
		v.say(v.Name, lang.L("No values on the list yet."))
		return true
	}
	i := 0
	for j := range ex.Values {
		if ex.Values[j].ID == p.valueID {
			i = j
		}
	}
	val := &ex.Values[i]
	v.revealed = p.reveal
	if !p.reveal {
		v.only(v.nameRow, v.Desc, v.ScaleName, v.Levels)
		v.Verdict.Hide()
		v.Position.Show()
		v.say(v.Position, fmt.Sprintf(lang.L("Value %d of %d"), i+1, len(ex.Values)))
		v.say(v.Name, val.Name)
		v.say(v.Desc, strings.TrimSpace(val.Description))
		v.Desc.Hidden = v.Desc.Text() == ""
		sc := ex.ScaleOrDefault()
		v.say(v.ScaleName, sc.Name)
		v.showLevels(sc.Levels)
		return true
	}
	var vr *report.ValueResult
	if sec := report.BuildStep(p.ed.Session, p.options(), st.ID); sec != nil {
		vr = sec.Value(val.ID)
	}
	if vr == nil {
		return false
	}
	v.only(v.nameRow, v.Bar, v.Tally, v.Said)
	v.Verdict.Show()
	v.Position.Hide()
	v.say(v.Name, vr.Name)
	v.Verdict.colour = theme.ColorNameForeground
	if vr.Responded > 0 {
		v.Verdict.colour = theme.ColorNameError
		if vr.Passes {
			v.Verdict.colour = theme.ColorNameSuccess
		}
	}
	v.say(v.Verdict, vr.Verdict)
	v.Verdict.Refresh()
	if vr.Responded > 0 {
		v.Bar.TextSize = p.unit.of(1)
		v.Bar.Set(vr.Distribution)
		v.shown = append(v.shown, vr.Spread)
		v.say(v.Tally, vr.Tally)
	} else {
		v.Bar.Hide()
		v.Tally.Hide()
	}
	v.Said.Objects, v.said = v.Said.Objects[:0], v.said[:0]
	for _, s := range vr.Said {
		t := newRoomText(&p.unit, 1.2, false, 2)
		v.say(t, s)
		v.Said.Objects = append(v.Said.Objects, t)
		v.said = append(v.said, t)
	}
	v.Said.Refresh()
	return true
}

// only shows these of the view's parts and hides the others.
func (v *valuesRoom) only(objs ...fyne.CanvasObject) {
	for _, o := range v.root.Objects {
		o.Hide()
	}
	for _, o := range objs {
		o.Show()
	}
}

// say sets a text and counts it among the words shown.
func (v *valuesRoom) say(t *roomText, s string) {
	t.SetText(s)
	if s != "" {
		v.shown = append(v.shown, s)
	}
}

// showLevels makes a key per level when the levels changed: a tile in the
// level's colour with its number, its name and what it means.
func (v *valuesRoom) showLevels(levels []workshop.Level) {
	u := &v.p.unit
	var key strings.Builder
	for _, l := range levels {
		fmt.Fprintf(&key, "%d\x00%s\x00%s\x00", l.Value, l.Label, l.Meaning)
	}
	if key.String() != v.levelsFor {
		v.levelsFor = key.String()
		v.numbers, v.labels, v.meanings = v.numbers[:0], v.labels[:0], v.meanings[:0]
		cols := 1
		switch {
		case len(levels) > 10:
			cols = 3
		case len(levels) > 4:
			cols = 2
		}
		v.Levels.Layout.(*roomGrid).cols = cols
		v.Levels.Objects = v.Levels.Objects[:0]
		for i, l := range levels {
			fill, ink := levelFill(levels, i)
			tile := canvas.NewRectangle(fill)
			tile.CornerRadius = 4
			num := canvas.NewText(strconv.Itoa(l.Value), ink)
			num.TextStyle.Bold = true
			v.numbers = append(v.numbers, num)
			label := newRoomText(u, emLevel, true, 2)
			label.SetText(l.Label)
			meaning := newRoomText(u, 1, false, 2)
			meaning.SetText(l.Meaning)
			meaning.colour = theme.ColorNameDisabled
			v.labels, v.meanings = append(v.labels, label), append(v.meanings, meaning)
			words := newRoomColumn(u, 0.1, label, meaning)
			v.Levels.Objects = append(v.Levels.Objects, &fyne.Container{Layout: &besideLayout{unit: u, em: 2},
				Objects: []fyne.CanvasObject{container.NewStack(tile, container.NewCenter(num)), words}})
		}
	}
	for i, l := range levels {
		v.numbers[i].TextSize = u.of(emLevel)
		v.shown = append(v.shown, fmt.Sprintf("%d %s — %s", l.Value, l.Label, l.Meaning))
	}
	v.Levels.Refresh()
}

// loadRoom is a load inventory's result for the room: the capacity bar
// large (today's load and the load after the decisions against the
// capacity, in big numbers), then the decisions and the warnings side by
// side.
type loadRoom struct {
	p         *Projector
	Bar       *LoadBar
	Decisions *fyne.Container
	Warnings  *fyne.Container
	lists     *fyne.Container // the decisions and the warnings side by side
	items     []*roomText     // the lists' items
	shown     []string
	root      *fyne.Container
}

func newLoadRoom(p *Projector) *loadRoom {
	u := &p.unit
	l := &loadRoom{p: p, Bar: NewLoadBar()}
	l.Decisions = newRoomColumn(u, 0.25)
	l.Warnings = newRoomColumn(u, 0.25)
	l.lists = newRoomGrid(u, 2, 1.5, l.Decisions, l.Warnings)
	// Lists too long for the window, once their items take a line each
	// and the bar is smaller, scroll under the bar.
	lists := newScrollHeight(l.lists)
	l.root = newRoomColumn(u, 1, l.Bar, lists)
	g := l.root.Layout.(*roomGrid)
	g.fill, g.squeeze, g.fit = lists, true, l.fit
	return l
}

// fit makes the bar's type smaller, then gives the lists' items one line
// each, from the last up, while the view is taller than the window.
func (l *loadRoom) fit(step int) bool {
	for i, t := range l.items {
		lines := 2
		if step-1 >= len(l.items)-i {
			lines = 1
		}
		t.setMaxLines(lines)
	}
	size := l.p.unit.of(1.5)
	if step >= 1 {
		size = l.p.unit.of(1.2)
	}
	if l.Bar.TextSize != size {
		l.Bar.TextSize = size
		l.Bar.Refresh()
	}
	return step <= len(l.items)
}

func (l *loadRoom) object() fyne.CanvasObject { return l.root }
func (l *loadRoom) words() []string           { return l.shown }

func (l *loadRoom) show(p *Projector, st *workshop.Step) bool {
	if !p.reveal {
		return false
	}
	l.shown, l.items = nil, nil
	sec := report.BuildStep(p.ed.Session, p.options(), st.ID)
	u := &p.unit
	warnings := []fyne.CanvasObject{roomHeading(u, lang.L("Warnings"))}
	var decisions []fyne.CanvasObject
	for _, b := range sec.For(report.Room) {
		switch b := b.(type) {
		case *report.LoadChart:
			l.Bar.SetResult(b.Result())
			l.shown = append(l.shown, b.Caption)
		case *report.Paragraph:
			if b.Text == report.DecisionsText() {
				decisions = append(decisions, roomHeading(u, b.Text))
				l.shown = append(l.shown, b.Text)
				continue
			}
			t := newRoomText(u, 1, b.Tone == report.Strong, 3)
			t.SetText(b.Text)
			if decisions != nil {
				decisions = append(decisions, t)
			} else {
				warnings = append(warnings, t)
			}
			l.shown = append(l.shown, b.Text)
		case *report.List:
			objs, items := roomList(u, b, 1, 2)
			l.items = append(l.items, items...)
			if decisions != nil {
				decisions = append(decisions, objs...)
			} else {
				warnings = append(warnings, objs...)
			}
			l.shown = append(l.shown, b.Text())
		}
	}
	l.Decisions.Objects = decisions
	l.Warnings.Objects = warnings
	l.Decisions.Hidden = len(decisions) == 0
	// Without decisions the warnings take the width.
	l.lists.Layout.(*roomGrid).cols = 2
	if l.Decisions.Hidden {
		l.lists.Layout.(*roomGrid).cols = 1
	}
	l.root.Refresh()
	return true
}

// roomHeading is a heading over a list on the projector.
func roomHeading(u *roomUnit, s string) *roomText {
	t := newRoomText(u, emLead, true, 2)
	t.SetText(s)
	return t
}

// roomList is a list for the room: its title, then a bulleted item a text,
// em units high, each at most lines lines; and the items alone.
func roomList(u *roomUnit, l *report.List, em float32, lines int) (objs []fyne.CanvasObject, items []*roomText) {
	if l.Title != "" {
		t := newRoomText(u, em, true, 2)
		t.SetText(l.Title)
		objs = append(objs, t)
	}
	for _, it := range l.Items {
		t := newRoomText(u, em, false, lines)
		t.SetText("• " + it)
		objs = append(objs, t)
		items = append(items, t)
	}
	return objs, items
}

// ecocycleRoom is a reflection step's result for the room: the ecocycle's
// figure of eight as large as the window allows, its dots numbered, every
// name in full in the list beside it, and the colours' legend under it.
type ecocycleRoom struct {
	p         *Projector
	Map       *EcocycleMap
	legend    fyne.CanvasObject
	legendFor float32
	rows      int // the side list's rows the theme has reached
	shown     []string
	root      *fyne.Container
}

func newEcocycleRoom(p *Projector) *ecocycleRoom {
	e := &ecocycleRoom{p: p, Map: NewEcocycleMap()}
	e.Map.SideList = true
	e.legend = canvas.NewRectangle(color.Transparent)
	e.root = newRoomColumn(&p.unit, 0.5, e.Map, e.legend)
	e.root.Layout.(*roomGrid).fill = e.Map
	return e
}

func (e *ecocycleRoom) object() fyne.CanvasObject { return e.root }
func (e *ecocycleRoom) words() []string           { return e.shown }

func (e *ecocycleRoom) show(p *Projector, st *workshop.Step) bool {
	if !p.reveal {
		return false
	}
	e.shown = nil
	u := &p.unit
	if ts := u.of(1.25); e.Map.TextSize != ts {
		// The dots' radius is 0.8 of the map's text: its numbers are
		// then the unit.
		e.Map.TextSize = ts
		e.Map.MinHeight = u.of(10)
		e.Map.Refresh()
	}
	if e.legendFor != u.of(1) {
		e.legendFor = u.of(1)
		e.legend = directionLegend(u.of(1))
		e.root.Objects[1] = e.legend
		e.root.Refresh()
	}
	var ins []workshop.Initiative
	for _, b := range report.BuildStep(p.ed.Session, p.options(), st.ID).For(report.Room) {
		if m, ok := b.(*report.Ecocycle); ok {
			ins = m.Initiatives()
		}
	}
	e.Map.SetInitiatives(ins)
	for i := range ins {
		e.shown = append(e.shown, fmt.Sprintf("%d. %s", i+1, mapLabel(&ins[i])))
	}
	if len(ins) > e.rows {
		// New rows in the side list: they take the projector's type.
		e.rows = len(ins)
		p.restyle()
	}
	return true
}

// reportRoom is any other step's result for the room, as the report writes
// it for the projector: a closing step's actions, for one. A long list
// scrolls.
type reportRoom struct {
	p      *Projector
	shown  []string
	root   *fyne.Container
	scroll *container.Scroll
}

func newReportRoom(p *Projector) *reportRoom {
	r := &reportRoom{p: p, root: newRoomColumn(&p.unit, 0.3)}
	r.scroll = container.NewVScroll(r.root)
	return r
}

func (r *reportRoom) object() fyne.CanvasObject { return r.scroll }
func (r *reportRoom) words() []string           { return r.shown }

func (r *reportRoom) show(p *Projector, st *workshop.Step) bool {
	if !p.reveal {
		return false
	}
	sec := report.BuildStep(p.ed.Session, p.options(), st.ID)
	if sec == nil {
		return false
	}
	u := &p.unit
	r.shown = nil
	r.root.Objects = r.root.Objects[:0]
	for _, b := range sec.For(report.Room) {
		switch b := b.(type) {
		case *report.Paragraph:
			t := newRoomText(u, emBody, false, 6)
			if b.Tone == report.Strong {
				t = roomHeading(u, "")
			}
			t.SetText(b.Text)
			r.root.Objects = append(r.root.Objects, t)
			r.shown = append(r.shown, b.Text)
		case *report.List:
			objs, _ := roomList(u, b, emBody, 3)
			r.root.Objects = append(r.root.Objects, objs...)
			r.shown = append(r.shown, b.Text())
		case *report.Callout:
			objs, _ := roomList(u, &report.List{Items: b.Items}, emBody, 3)
			r.root.Objects = append(r.root.Objects, objs...)
			r.shown = append(r.shown, strings.Join(b.Items, "\n"))
		}
	}
	r.root.Refresh()
	return true
}
