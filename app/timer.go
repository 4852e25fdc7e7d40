package app

import (
	"fmt"
	"image/color"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"scaleroom/workshop"
)

// flushEvery is how often a running timer writes the time used into the
// session, so an autosave (or a crash) loses at most this much.
const flushEvery = 2 * time.Second

// warnAt is how close to the end of a timebox the timer turns amber.
const warnAt = 60

// TimerState is how a step's countdown stands.
type TimerState int

// Timer states, in the order a timebox goes through them.
const (
	TimerOK      TimerState = iota
	TimerWarning            // one minute or less left
	TimerOver               // the timebox is used up
)

// Timer is the timebox countdown shown in the toolbar and on the
// projector: a workshop.Stopwatch, which does the arithmetic and keeps the
// time used in the session, plus a ticker and the widgets that listen.
// One step is timed at a time, and the timer keeps running for that step
// while the facilitator looks at others.
//
// All methods run on the UI goroutine; only the ticker runs elsewhere, and
// it hands each tick to the UI goroutine with Do.
type Timer struct {
	ed    *Editor
	watch workshop.Stopwatch

	listeners map[int]func()
	nextL     int

	// Do hands a tick to the UI goroutine (fyne.Do, or the app's own);
	// when nil no ticker runs and only Tick calls advance the display,
	// as in tests.
	Do func(func())

	mu   sync.Mutex
	stop chan struct{}
}

// NewTimer makes a stopped timer for the editor's session.
func NewTimer(ed *Editor) *Timer {
	return &Timer{ed: ed, listeners: map[int]func(){}}
}

func (t *Timer) now() time.Time {
	if t.ed.Now != nil {
		return t.ed.Now()
	}
	return time.Now()
}

// OnChange registers a function called after every tick and every change
// of state, to update the widgets that show the timer. The returned
// function unregisters it, for views that close (the projector).
func (t *Timer) OnChange(f func()) (remove func()) {
	id := t.nextL
	t.nextL++
	t.listeners[id] = f
	return func() { delete(t.listeners, id) }
}

func (t *Timer) notify() {
	// In registration order, so the session window updates before the
	// projector, whatever the map's order.
	for id := 0; id < t.nextL; id++ {
		if f := t.listeners[id]; f != nil {
			f()
		}
	}
}

// changed tells the session window the session changed (time written).
func (t *Timer) changed(did bool) {
	if did {
		t.ed.changed()
	}
}

// Active is the step being timed, running or paused; "" before any start.
func (t *Timer) Active() string { return t.watch.Active() }

// Running reports whether the timer is counting for stepID.
func (t *Timer) Running(stepID string) bool { return t.watch.Running(stepID) }

// RunningAny reports whether the timer is counting for any step.
func (t *Timer) RunningAny() bool { return t.watch.RunningAny() }

// Start times stepID from now, pausing whatever step was being timed.
func (t *Timer) Start(stepID string) {
	if t.ed.Session.Step(stepID) == nil || t.Running(stepID) {
		return
	}
	t.changed(t.watch.Start(t.ed.Session, stepID, t.now()))
	t.startTicker()
	t.notify()
}

// Pause stops counting and records the time used.
func (t *Timer) Pause() {
	if !t.RunningAny() {
		return
	}
	t.changed(t.watch.Pause(t.ed.Session, t.now()))
	t.StopTicker()
	t.notify()
}

// Reset sets a step's time used back to zero and forgets its extra minutes.
// A running timer keeps running from zero.
func (t *Timer) Reset(stepID string) {
	t.changed(t.watch.Reset(t.ed.Session, stepID, t.now()))
	t.notify()
}

// AddMinute gives a step one more minute on its countdown.
func (t *Timer) AddMinute(stepID string) {
	t.watch.AddMinute(t.ed.Session, stepID)
	t.notify()
}

// Used is the time a step has used, in whole seconds, including the part of
// a run not yet written to the session.
func (t *Timer) Used(stepID string) int { return t.watch.Used(t.ed.Session, stepID, t.now()) }

// Remaining is the countdown in seconds: negative once the timebox is
// exceeded.
func (t *Timer) Remaining(stepID string) int {
	return t.watch.Remaining(t.ed.Session, stepID, t.now())
}

// State says whether a step's countdown is fine, nearly out, or out.
func (t *Timer) State(stepID string) TimerState {
	switch r := t.Remaining(stepID); {
	case r <= 0:
		return TimerOver
	case r <= warnAt:
		return TimerWarning
	}
	return TimerOK
}

// Tick advances the display; the ticker calls it every second, tests call
// it after moving their clock. Every flushEvery the time counted goes into
// the session, so autosave writes it.
func (t *Timer) Tick() {
	if t.watch.Unwritten(t.now()) >= flushEvery {
		t.Flush()
	}
	if t.ed.Session.Step(t.Active()) == nil && t.RunningAny() {
		t.Flush() // the step went: the stopwatch stops
	}
	if !t.RunningAny() {
		t.StopTicker()
	}
	t.notify()
}

// Flush writes the time counted so far into the session; every save does
// it first.
func (t *Timer) Flush() { t.changed(t.watch.Flush(t.ed.Session, t.now())) }

// startTicker starts the one-second ticker that drives the display while
// the timer runs. It is safe to call more than once; StopTicker ends it.
func (t *Timer) startTicker() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.stop != nil || t.Do == nil {
		return
	}
	do := t.Do
	stop := make(chan struct{})
	t.stop = stop
	go func() {
		tk := time.NewTicker(time.Second)
		defer tk.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tk.C:
				do(t.Tick)
			}
		}
	}()
}

// StopTicker ends the ticker goroutine; a closing window calls it.
func (t *Timer) StopTicker() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.stop != nil {
		close(t.stop)
		t.stop = nil
	}
}

// changed reports an edit to the session window, if it listens.
func (ed *Editor) changed() {
	if ed.Changed != nil {
		ed.Changed()
	}
}

// FormatClock writes seconds as m:ss, with a minus sign past zero.
func FormatClock(secs int) string {
	sign := ""
	if secs < 0 {
		sign, secs = "-", -secs
	}
	return fmt.Sprintf("%s%d:%02d", sign, secs/60, secs%60)
}

// UsedVsPlan is the agenda's "time used / planned" for a step, e.g.
// "12:30 of 15 min"; "15 min" alone before the step has been timed.
func (t *Timer) UsedVsPlan(stepID string) string {
	st := t.ed.Session.Step(stepID)
	if st == nil {
		return ""
	}
	used := t.Used(stepID)
	if used == 0 && !t.Running(stepID) {
		return fmt.Sprintf(lang.L("%d min"), st.Timebox)
	}
	return fmt.Sprintf(lang.L("%s of %d min"), FormatClock(used), st.Timebox)
}

// Over reports whether a step has used more than its planned timebox.
func (t *Timer) Over(stepID string) bool { return t.watch.Over(t.ed.Session, stepID, t.now()) }

// timerColor is the countdown's background for a state: amber, then red,
// each dark enough in the dark theme and light enough in the light one for
// the theme's foreground to read on it.
func timerColor(s TimerState) color.Color {
	switch s {
	case TimerWarning:
		return appColor(colorNameTimerWarning)
	case TimerOver:
		return appColor(colorNameTimerOver)
	}
	return color.Transparent
}

// timerMessage is what the countdown says besides the numbers.
func timerMessage(s TimerState, running bool) string {
	switch s {
	case TimerWarning:
		return lang.L("1 min left") // short: the toolbar keeps room for its widest message
	case TimerOver:
		return lang.L("Time is up")
	}
	if running {
		return lang.L("Running")
	}
	return lang.L("Paused")
}

// TimerBar is the countdown with its controls, in the session window. There
// is one clock: while it runs, the bar shows it whichever step is on screen,
// names the step it times when that is not the one on screen, and offers to
// go there or to time this step instead. Otherwise it shows the countdown of
// the step on screen (or, on a page, of the step last timed), ready to start.
// Every control acts on the clock shown.
type TimerBar struct {
	timer  *Timer
	stepID string // the step on screen; "" on a page

	Clock      *canvas.Text
	Status     *widget.Label
	StartPause *widget.Button
	ResetBtn   *widget.Button
	PlusMinute *widget.Button
	// Elsewhere names the step the clock times when it is not the one on
	// screen; GoTo goes there, TimeHere moves the clock to the step on
	// screen. They show only then.
	Elsewhere *widget.Label
	GoTo      *widget.Button
	TimeHere  *widget.Button
	// OnGoTo shows a step; the session window sets it.
	OnGoTo func(stepID string)

	elsewhere *fyne.Container
	bg        *canvas.Rectangle
	root      fyne.CanvasObject
}

// NewTimerBar builds the controls for a timer.
func NewTimerBar(t *Timer) *TimerBar {
	b := &TimerBar{timer: t}
	b.Clock = canvas.NewText("0:00", theme.Color(theme.ColorNameForeground))
	b.Clock.TextSize = 2 * theme.TextSize()
	b.Clock.TextStyle = fyne.TextStyle{Bold: true}
	b.Status = widget.NewLabel("")
	b.Elsewhere = widget.NewLabel("")
	b.Elsewhere.Truncation = fyne.TextTruncateEllipsis
	b.StartPause = widget.NewButtonWithIcon(lang.L("Start"), theme.MediaPlayIcon(), b.Toggle)
	b.ResetBtn = widget.NewButtonWithIcon(lang.L("Reset"), theme.MediaReplayIcon(), func() { t.Reset(b.Shown()) })
	b.PlusMinute = widget.NewButtonWithIcon(lang.L("+1 min"), theme.ContentAddIcon(), func() { t.AddMinute(b.Shown()) })
	b.GoTo = widget.NewButtonWithIcon(lang.L("Go there"), theme.NavigateNextIcon(), func() {
		if b.OnGoTo != nil {
			b.OnGoTo(b.Shown())
		}
	})
	b.GoTo.Importance = widget.LowImportance
	b.TimeHere = widget.NewButtonWithIcon(lang.L("Time this step instead"), theme.MediaPlayIcon(), func() { t.Start(b.stepID) })
	b.TimeHere.Importance = widget.LowImportance
	b.bg = canvas.NewRectangle(color.Transparent)
	b.bg.CornerRadius = theme.InputRadiusSize()
	// Each part keeps the width of its widest text, so Start, Reset and
	// +1 min stay under the pointer when the clock starts or turns amber.
	clockW := fyne.MeasureText("-00:00", b.Clock.TextSize, b.Clock.TextStyle).Width
	statusW := labelWidth(timerMessage(TimerOK, true), timerMessage(TimerOK, false),
		timerMessage(TimerWarning, true), timerMessage(TimerOver, true), lang.L("No step"))
	clock := container.NewStack(b.bg, container.NewPadded(container.NewHBox(
		steadyWidth(b.Clock, clockW), steadyWidth(b.Status, statusW))))
	b.elsewhere = container.NewBorder(nil, nil, nil, container.NewHBox(b.GoTo, b.TimeHere), b.Elsewhere)
	b.root = container.NewHBox(clock, steadyButton(b.StartPause, lang.L("Start"), lang.L("Pause")), b.ResetBtn, b.PlusMinute)
	t.OnChange(b.Refresh)
	return b
}

// Object is the bar's clock and buttons.
func (b *TimerBar) Object() fyne.CanvasObject { return b.root }

// Note is the line that names the step the clock times, with Go there and
// Time this step instead; hidden while the clock is the screen's own. The
// session window puts it under its tools, where the name has room.
func (b *TimerBar) Note() fyne.CanvasObject { return b.elsewhere }

// SetStep tells the bar which step is on screen ("" for a page).
func (b *TimerBar) SetStep(stepID string) {
	b.stepID = stepID
	b.Refresh()
}

// Shown is the step whose clock the bar shows: the step being timed while
// the clock runs, else the step on screen, else (on a page) the step last
// timed; "" when there is none.
func (b *TimerBar) Shown() string {
	t := b.timer
	s := t.ed.Session
	switch {
	case t.RunningAny() && s.Step(t.Active()) != nil:
		return t.Active()
	case s.Step(b.stepID) != nil:
		return b.stepID
	case s.Step(t.Active()) != nil:
		return t.Active()
	}
	return ""
}

// Toggle starts or pauses the clock shown.
func (b *TimerBar) Toggle() {
	id := b.Shown()
	if b.timer.Running(id) {
		b.timer.Pause()
	} else {
		b.timer.Start(id)
	}
}

// Refresh redraws the countdown.
func (b *TimerBar) Refresh() {
	t := b.timer
	id := b.Shown()
	for _, w := range []fyne.Disableable{b.StartPause, b.ResetBtn, b.PlusMinute} {
		if id != "" {
			w.Enable()
		} else {
			w.Disable()
		}
	}
	b.setElsewhere(id)
	if id == "" {
		// A page, not a step: a blank clock reads as no clock, where a
		// lone dash looked like a stray mark.
		b.Clock.Text = "--:--"
		b.bg.FillColor = color.Transparent
		b.Status.SetText(lang.L("No step"))
		b.Clock.Refresh()
		b.bg.Refresh()
		return
	}
	state := t.State(id)
	running := t.Running(id)
	b.Clock.Text = FormatClock(t.Remaining(id))
	b.Clock.Color = theme.Color(theme.ColorNameForeground)
	b.bg.FillColor = timerColor(state)
	b.Status.SetText(timerMessage(state, running))
	if running {
		b.StartPause.SetText(lang.L("Pause"))
		b.StartPause.SetIcon(theme.MediaPauseIcon())
	} else {
		b.StartPause.SetText(lang.L("Start"))
		b.StartPause.SetIcon(theme.MediaPlayIcon())
	}
	b.Clock.Refresh()
	b.bg.Refresh()
}

// setElsewhere names the step the clock shown belongs to when it is not
// the one on screen.
func (b *TimerBar) setElsewhere(id string) {
	s := b.timer.ed.Session
	st := s.Step(id)
	if id == b.stepID || st == nil {
		b.elsewhere.Hide()
		b.Elsewhere.SetText("")
		return
	}
	n := 0
	for i := range s.Steps {
		if s.Steps[i].ID == id {
			n = i + 1
		}
	}
	format := lang.L("Timing step %d, %s")
	if !b.timer.Running(id) {
		format = lang.L("Paused on step %d, %s")
	}
	b.Elsewhere.SetText(fmt.Sprintf(format, n, fmt.Sprintf(lang.L("“%s”"), st.Title)))
	if s.Step(b.stepID) != nil {
		b.TimeHere.Show()
	} else {
		b.TimeHere.Hide()
	}
	b.elsewhere.Show()
}

// steadyWidth gives o at least width w, so a control whose text changes
// does not shift everything beside it.
func steadyWidth(o fyne.CanvasObject, w float32) fyne.CanvasObject {
	spacer := canvas.NewRectangle(color.Transparent)
	spacer.SetMinSize(fyne.NewSize(w, 0))
	return container.NewStack(spacer, o)
}

// steadyButton keeps b as wide as it is with the widest of its labels.
func steadyButton(b *widget.Button, labels ...string) fyne.CanvasObject {
	w := float32(0)
	for _, l := range labels {
		w = max(w, widget.NewButtonWithIcon(l, b.Icon, nil).MinSize().Width)
	}
	return steadyWidth(b, w)
}

// labelWidth is the width a label needs for the widest of texts.
func labelWidth(texts ...string) float32 {
	w := float32(0)
	for _, t := range texts {
		w = max(w, widget.NewLabel(t).MinSize().Width)
	}
	return w
}
