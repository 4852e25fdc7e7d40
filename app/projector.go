package app

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"scaleroom/export/report"
	"scaleroom/workshop"
)

// projectorTheme sizes the theme's type and spacing from the projector's
// unit and otherwise follows the app's theme, light or dark. The projector
// draws most of its words itself (roomText), at multiples of the unit; the
// theme reaches the few widgets it holds, such as the ecocycle map's list.
type projectorTheme struct{ unit *roomUnit }

// base is the app's theme itself: theme.Current would return this override
// while it renders, and ask itself for every size.
func (projectorTheme) base() fyne.Theme {
	if a := fyne.CurrentApp(); a != nil && a.Settings().Theme() != nil {
		return a.Settings().Theme()
	}
	return theme.DefaultTheme()
}
func (t projectorTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return t.base().Color(n, v)
}
func (t projectorTheme) Font(s fyne.TextStyle) fyne.Resource {
	if f := t.base().Font(s); f != nil {
		return f
	}
	return theme.DefaultTheme().Font(s)
}
func (t projectorTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.base().Icon(n) }
func (t projectorTheme) Size(n fyne.ThemeSizeName) float32 {
	b := t.base()
	s := b.Size(n)
	u := t.unit.of(1)
	switch n {
	case theme.SizeNameText, theme.SizeNameCaptionText:
		// No text on the projector is smaller than the unit.
		return u
	case theme.SizeNameHeadingText, theme.SizeNameSubHeadingText, theme.SizeNameLineSpacing,
		theme.SizeNamePadding, theme.SizeNameInnerPadding, theme.SizeNameInlineIcon:
		return s * u / b.Size(theme.SizeNameText)
	}
	return s
}

// Projector is the content of the room's window: the step's title and its
// own clock over the step's picture for the room (see newRoomView). On a
// values step that is the value being voted on and the scale, then, once
// the facilitator reveals it, that value's result; on other steps the
// result once revealed, and the step's prompt until then. Type is sized
// from the window's height (roomUnit). In anonymous mode it never shows a
// participant's name. It holds no window, so tests build it on a test
// window.
type Projector struct {
	ed *Editor
	// Options, when set, gives the report options to start from (the
	// previous session of a follow-up).
	Options func() report.Options

	timer   *Timer
	stepID  string
	valueID string

	reveal    bool
	anonymous bool

	unit    roomUnit
	Title   *roomText
	Clock   *canvas.Text
	clockBG *canvas.Rectangle
	// Prompt and Hidden show while the step's view has nothing for the
	// room: the step's prompt, and a note that the result is coming when
	// there is one.
	Prompt  *roomText
	Hidden  *roomText
	waiting *fyne.Container

	body  *fyne.Container
	views map[workshop.StepKind]roomView
	view  roomView // on screen; nil while waiting
	over  *container.ThemeOverride
	root  fyne.CanvasObject
	unsub func()
}

// roomView is what the room sees for one kind of step, built once and
// filled again on every change.
type roomView interface {
	object() fyne.CanvasObject
	// show fills the view from the session for the projector's step. It
	// returns false when it has nothing to show (a result not revealed
	// yet): the projector then shows the step's prompt.
	show(p *Projector, st *workshop.Step) bool
	// words is what the view shows in words, a line each, for tests.
	words() []string
}

// newRoomView makes the picture the room sees for a kind of step. A kind of
// step with a picture of its own adds its case here; the others show their
// result as the report writes it for the room (reportRoom).
func newRoomView(p *Projector, kind workshop.StepKind) roomView {
	switch kind {
	case workshop.StepValues:
		return newValuesRoom(p)
	case workshop.StepLoad:
		return newLoadRoom(p)
	case workshop.StepReflection:
		return newEcocycleRoom(p)
	case workshop.StepBelonging:
		return newBelongingRoom(p)
	}
	return newReportRoom(p)
}

// NewProjector builds the projector content; timer may be nil.
func NewProjector(ed *Editor, timer *Timer) *Projector {
	p := &Projector{ed: ed, timer: timer, views: map[workshop.StepKind]roomView{}}
	u := &p.unit
	p.Title = newRoomText(u, 1.2, true, 2)
	p.Clock = canvas.NewText("", theme.Color(theme.ColorNameForeground))
	p.Clock.TextStyle = fyne.TextStyle{Bold: true}
	p.clockBG = canvas.NewRectangle(color.Transparent)
	p.Prompt = newRoomText(u, 1.2, false, 12)
	p.Hidden = newRoomText(u, 1.1, false, 2)
	p.Hidden.SetText(lang.L("Results appear here when the facilitator reveals them."))
	p.Hidden.colour = theme.ColorNameDisabled
	p.Hidden.align = fyne.TextAlignCenter
	p.waiting = newRoomColumn(u, 1.5, p.Prompt, p.Hidden)
	p.body = container.NewStack()
	clock := container.NewStack(p.clockBG, container.New(&insetLayout{unit: u, x: 0.5, y: 0.1}, p.Clock))
	head := container.NewBorder(nil, nil, nil, clock, container.NewVBox(p.Title))
	frame := &fyne.Container{Layout: &projectorFrame{p: p},
		Objects: []fyne.CanvasObject{container.NewBorder(head, nil, nil, nil, p.body)}}
	p.over = container.NewThemeOverride(frame, projectorTheme{unit: u})
	p.root = p.over
	if timer != nil {
		p.unsub = timer.OnChange(p.refreshClock)
	}
	p.Refresh()
	return p
}

// projectorFrame lays the projector out in its window with a margin, and
// sizes the type from the window's height whenever that changes. It asks
// for little room, so the window keeps the size it is given, and the
// content scales to it rather than the other way round.
type projectorFrame struct{ p *Projector }

func (f *projectorFrame) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	f.p.resized(size.Height)
	u := &f.p.unit
	mx, my := u.of(0.8), u.of(0.5)
	for _, o := range objs {
		o.Move(fyne.NewPos(mx, my))
		o.Resize(fyne.NewSize(max(size.Width-2*mx, 0), max(size.Height-2*my, 0)))
	}
}

func (f *projectorFrame) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(320, 180) }

// insetLayout pads its objects by x and y units.
type insetLayout struct {
	unit *roomUnit
	x, y float32
}

func (l *insetLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	dx, dy := l.unit.of(l.x), l.unit.of(l.y)
	for _, o := range objs {
		o.Move(fyne.NewPos(dx, dy))
		o.Resize(fyne.NewSize(size.Width-2*dx, size.Height-2*dy))
	}
}

func (l *insetLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	s := fyne.NewSize(0, 0)
	for _, o := range objs {
		if o.Visible() {
			s = s.Max(o.MinSize())
		}
	}
	return s.Add(fyne.NewSize(2*l.unit.of(l.x), 2*l.unit.of(l.y)))
}

// resized sets the unit from the window's height: the canvas's, which a
// padded window makes a little taller than the frame.
func (p *Projector) resized(frameHeight float32) {
	if p.over == nil {
		return // still being built
	}
	h := frameHeight
	if c := fyne.CurrentApp().Driver().CanvasForObject(p.root); c != nil && c.Size().Height > 0 {
		h = c.Size().Height
	}
	u := h / roomLines
	if h <= 0 || u == p.unit.px {
		return
	}
	p.unit.px = u
	p.Refresh()
	p.restyle()
}

// restyle puts the projector's theme on widgets added since it was last
// applied: Fyne applies an override to the objects it holds at the time.
func (p *Projector) restyle() {
	if p.over != nil {
		p.over.Refresh()
	}
}

// Unit is the projector's least text size, 1/30 of its window's height.
func (p *Projector) Unit() float32 { return p.unit.of(1) }

// Close stops following the timer, when the projector window closes.
func (p *Projector) Close() {
	if p.unsub != nil {
		p.unsub()
		p.unsub = nil
	}
}

// Object is the projector window's content.
func (p *Projector) Object() fyne.CanvasObject { return p.root }

// SetStep follows the session window to another step. Results start hidden
// on every step, so the room never sees a result before it is discussed.
func (p *Projector) SetStep(stepID string) {
	if p.stepID != stepID {
		p.reveal = false
		p.valueID = ""
	}
	p.stepID = stepID
	p.Refresh()
}

// StepID is the step on the projector.
func (p *Projector) StepID() string { return p.stepID }

// SetValue follows the values screen to another value: the one the room
// votes on. Its result starts hidden, like a step's.
func (p *Projector) SetValue(valueID string) {
	if p.valueID == valueID {
		return
	}
	p.valueID = valueID
	p.reveal = false
	p.Refresh()
}

// ValueID is the value the projector shows on a values step, as the
// facilitator last selected it.
func (p *Projector) ValueID() string { return p.valueID }

// SetReveal shows or hides the result.
func (p *Projector) SetReveal(on bool) {
	p.reveal = on
	p.Refresh()
}

// Revealed reports whether the result is shown.
func (p *Projector) Revealed() bool { return p.reveal }

// SetAnonymous switches names off or on.
func (p *Projector) SetAnonymous(on bool) {
	p.anonymous = on
	p.Refresh()
}

// options are the report's options for what the room may see.
func (p *Projector) options() report.Options {
	var opt report.Options
	if p.Options != nil {
		opt = p.Options()
	}
	if p.anonymous {
		opt.Privacy = report.Unattributed
	}
	return opt
}

// Text is everything the room can read, a line per text, for tests.
func (p *Projector) Text() string {
	parts := []string{p.Title.Text(), p.Clock.Text}
	if p.view != nil {
		parts = append(parts, p.view.words()...)
	} else {
		for _, t := range []*roomText{p.Prompt, p.Hidden} {
			if t.Visible() && t.Text() != "" {
				parts = append(parts, t.Text())
			}
		}
	}
	return strings.Join(parts, "\n")
}

// Refresh redraws from the session: call it after every change.
func (p *Projector) Refresh() {
	st := p.ed.Session.Step(p.stepID)
	var view roomView
	if st == nil {
		p.Title.SetText(p.ed.Session.Title)
		p.Prompt.SetText("")
		p.Hidden.Hide()
	} else {
		p.Title.SetText(st.Title)
		v := p.views[st.Kind]
		if v == nil {
			v = newRoomView(p, st.Kind)
			p.views[st.Kind] = v
		}
		if v.show(p, st) {
			view = v
		} else {
			p.Prompt.SetText(st.Prompt)
			if report.HasResult(p.ed.Session, st.ID) {
				p.Hidden.Show()
			} else {
				p.Hidden.Hide()
			}
		}
	}
	p.refreshClock()
	var content fyne.CanvasObject = p.waiting
	if view != nil {
		content = view.object()
	}
	changed := p.view != view || len(p.body.Objects) == 0 || p.body.Objects[0] != content
	p.view = view
	if changed {
		p.body.Objects = []fyne.CanvasObject{content}
		p.restyle()
	} else {
		p.body.Refresh()
	}
}

// refreshClock shows the clock of the step on the projector, running or
// not: the room reads the time left for what it is doing, never another
// step's.
func (p *Projector) refreshClock() {
	p.Clock.TextSize = p.unit.of(2)
	if p.timer == nil || p.ed.Session.Step(p.stepID) == nil {
		p.Clock.Text = ""
		p.clockBG.FillColor = color.Transparent
		p.Clock.Refresh()
		p.clockBG.Refresh()
		return
	}
	id := p.stepID
	p.Clock.Text = FormatClock(p.timer.Remaining(id))
	p.Clock.Color = theme.Color(theme.ColorNameForeground)
	p.clockBG.FillColor = timerColor(p.timer.State(id))
	p.clockBG.CornerRadius = p.unit.of(0.4)
	p.Clock.Refresh()
	p.clockBG.Refresh()
}
