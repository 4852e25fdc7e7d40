package app

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"scaleroom/export/report"
	"scaleroom/workshop"
)

// projectorScale is how much larger the projector's type is than the
// session window's: readable from the back of a meeting room.
const projectorScale = 2

// projectorTheme enlarges text and spacing and otherwise follows the app's
// theme, light or dark.
type projectorTheme struct{}

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
	s := t.base().Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText,
		theme.SizeNameCaptionText, theme.SizeNameLineSpacing:
		return s * projectorScale
	case theme.SizeNameInnerPadding:
		// Padding grows less than type: doubled, it leaves wide gaps
		// between the title, the prompt and the result.
		return s * 1.25
	}
	return s
}

// Projector is the content of the room's window: the step's title and
// prompt, the timer, and the group's result once the facilitator reveals
// it. In anonymous mode it never shows a participant's name. It holds no
// window, so tests build it on a test window.
type Projector struct {
	ed *Editor
	// Options, when set, gives the report options to start from (the
	// previous session of a follow-up).
	Options func() report.Options

	timer  *Timer
	stepID string

	reveal    bool
	anonymous bool

	Title   *widget.Label
	Prompt  *widget.Label
	Clock   *canvas.Text
	clockBG *canvas.Rectangle
	// Hidden stands in for the result until it is revealed.
	Hidden *widget.Label
	// Result holds the step's live result; rebuilt on Refresh.
	Result *fyne.Container
	texts  []string // the result's words, for tests
	root   fyne.CanvasObject
	unsub  func()
}

// NewProjector builds the projector content; timer may be nil.
func NewProjector(ed *Editor, timer *Timer) *Projector {
	p := &Projector{ed: ed, timer: timer}
	p.Title = widget.NewLabel("")
	p.Title.TextStyle = fyne.TextStyle{Bold: true}
	p.Title.SizeName = theme.SizeNameHeadingText
	p.Title.Wrapping = fyne.TextWrapWord
	p.Prompt = widget.NewLabel("")
	p.Prompt.Wrapping = fyne.TextWrapWord
	p.Clock = canvas.NewText("", theme.Color(theme.ColorNameForeground))
	p.Clock.TextStyle = fyne.TextStyle{Bold: true}
	p.clockBG = canvas.NewRectangle(color.Transparent)
	p.clockBG.CornerRadius = 12
	p.Hidden = widget.NewLabel("Results appear here when the facilitator reveals them.")
	p.Hidden.Importance = widget.LowImportance
	p.Hidden.Alignment = fyne.TextAlignCenter
	p.Hidden.Wrapping = fyne.TextWrapWord
	p.Result = container.NewVBox()
	clock := container.NewStack(p.clockBG, container.NewPadded(p.Clock))
	head := container.NewBorder(nil, nil, nil, container.NewVBox(clock), p.Title)
	body := container.NewBorder(container.NewVBox(p.Prompt, widget.NewSeparator()), nil, nil, nil,
		// A VBox, not a Center: a wrapping label in a Center collapses to one
		// letter wide.
		container.NewStack(container.NewVScroll(p.Result), container.NewVBox(layout.NewSpacer(), p.Hidden, layout.NewSpacer())))
	p.root = container.NewThemeOverride(container.NewPadded(container.NewBorder(head, nil, nil, nil, body)), projectorTheme{})
	if timer != nil {
		p.unsub = timer.OnChange(p.refreshClock)
	}
	p.Refresh()
	return p
}

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
	}
	p.stepID = stepID
	p.Refresh()
}

// StepID is the step on the projector.
func (p *Projector) StepID() string { return p.stepID }

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

// Text is everything the room can read, a line per label, for tests.
func (p *Projector) Text() string {
	parts := []string{p.Title.Text}
	if p.Prompt.Visible() {
		parts = append(parts, p.Prompt.Text)
	}
	parts = append(parts, p.Clock.Text)
	if p.Hidden.Visible() {
		parts = append(parts, p.Hidden.Text)
	}
	if p.Result.Visible() {
		parts = append(parts, p.texts...)
	}
	return strings.Join(parts, "\n")
}

// Refresh redraws from the session: call it after every change.
func (p *Projector) Refresh() {
	st := p.ed.Session.Step(p.stepID)
	if st == nil {
		p.Title.SetText(p.ed.Session.Title)
		p.Prompt.SetText("")
		p.Result.Objects = nil
		p.texts = nil
		p.Result.Hide()
		p.Hidden.Hide()
		p.refreshClock()
		return
	}
	p.Title.SetText(st.Title)
	p.Prompt.SetText(st.Prompt)
	p.refreshClock()
	switch {
	case !report.HasResult(p.ed.Session, st.ID):
		p.Result.Hide()
		p.Hidden.Hide()
		p.Result.Objects, p.texts = nil, nil
	case !p.reveal:
		// Every edit refreshes the projector: while the result is hidden,
		// analysing the step and building its widgets would be wasted.
		p.Result.Hide()
		p.Hidden.Show()
		p.Result.Objects, p.texts = nil, nil
	default:
		p.Hidden.Hide()
		p.Result.Objects, p.texts = p.result(st)
		p.Result.Show()
	}
	// Once a result is up, it is what the room discusses: the prompt
	// would push it off the bottom of the screen.
	if p.Result.Visible() {
		p.Prompt.Hide()
	} else {
		p.Prompt.Show()
	}
	p.Result.Refresh()
}

func (p *Projector) refreshClock() {
	if p.timer == nil || p.ed.Session.Step(p.stepID) == nil {
		p.Clock.Text = ""
		p.clockBG.FillColor = color.Transparent
		p.Clock.Refresh()
		p.clockBG.Refresh()
		return
	}
	// The room sees the clock of the step being timed, even while the
	// facilitator looks elsewhere.
	id := p.stepID
	if p.timer.RunningAny() {
		id = p.timer.Active()
	}
	state := p.timer.State(id)
	p.Clock.Text = FormatClock(p.timer.Remaining(id))
	p.Clock.TextSize = theme.TextSize() * projectorScale * 1.6
	p.Clock.Color = theme.Color(theme.ColorNameForeground)
	p.clockBG.FillColor = timerColor(state)
	p.Clock.Refresh()
	p.clockBG.Refresh()
}

// result builds the step's live result from its section of the report,
// and the words it shows.
func (p *Projector) result(st *workshop.Step) ([]fyne.CanvasObject, []string) {
	var opt report.Options
	if p.Options != nil {
		opt = p.Options()
	}
	if p.anonymous {
		opt.Privacy = report.Unattributed
	}
	sec := report.BuildStep(p.ed.Session, opt, st.ID)
	if sec == nil {
		return nil, nil
	}
	var objs []fyne.CanvasObject
	var texts []string
	label := func(text string, bold bool) {
		if text == "" {
			return
		}
		l := widget.NewLabel(text)
		l.Wrapping = fyne.TextWrapWord
		l.TextStyle = fyne.TextStyle{Bold: bold}
		objs = append(objs, l)
		texts = append(texts, text)
	}
	ts := theme.TextSize() * projectorScale
	for _, b := range sec.For(report.Room) {
		switch b := b.(type) {
		case *report.Paragraph:
			label(b.Text, b.Tone == report.Strong)
		case *report.List:
			label(b.Text(), false)
		case *report.Callout:
			label(strings.Join(b.Items, "\n"), false)
		case *report.ValueResult:
			label(b.Title, true)
			if b.Responded == 0 {
				continue
			}
			bar := NewDistributionBar(b.Distribution)
			bar.TextSize = ts
			objs = append(objs, bar)
			texts = append(texts, b.Spread)
			label(b.Tally, false)
			for _, said := range b.Said {
				label(said, false)
			}
		case *report.LoadChart:
			bar := NewLoadBar()
			bar.TextSize = ts
			bar.SetResult(b.Result())
			objs = append(objs, bar)
			texts = append(texts, b.Caption)
		case *report.BelongingMap:
			// The room sees the map by counts when names are off: the
			// report leaves the people out.
			d := NewBelongingDrawing()
			d.TextSize = ts * 0.7
			d.SetMap(b)
			objs = append(objs, d)
			texts = append(texts, belongingTexts(b)...)
		case *report.Ecocycle:
			m := NewEcocycleMap()
			m.TextSize = ts * 0.75
			m.MinHeight = m.TextSize * 17
			m.SetInitiatives(b.Initiatives())
			objs = append(objs, m, directionLegend(ts*0.75))
			for _, pl := range b.Placements {
				texts = append(texts, pl.Line)
			}
		}
	}
	return objs, texts
}
