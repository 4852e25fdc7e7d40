package app

import (
	"fmt"
	"image/color"
	"strconv"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"scaleroom/workshop"
)

// keyList is a list that takes the keyboard: the facilitator records a round
// with number keys while the rows show who said what.
//
// The row under the cursor is highlighted by the list's own rows rather
// than by List.Select, which refreshes every visible row: moving the cursor
// then costs two row updates, well inside a frame on a room of 40.
type keyList struct {
	widget.List
	onRune  func(r rune)
	onKey   func(k *fyne.KeyEvent)
	onFocus func() // the list took or lost the keyboard
	// recording: the list has the keyboard, so keys are recorded. The
	// cursor row is filled then, and only outlined otherwise.
	recording bool
	shown     int     // the row drawn as the cursor
	rowH      float32 // height of one row, for scrolling only when needed
}

func newKeyList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *keyList {
	l := &keyList{}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.rowH = create().MinSize().Height
	l.ExtendBaseWidget(l)
	return l
}

// showCursor moves the highlight to row i and scrolls only if the row is
// out of view (ScrollTo refreshes every row). refreshed says every row was
// just updated, so the old and new rows need no update of their own.
func (l *keyList) showCursor(i int, refreshed bool) {
	old := l.shown
	l.shown = i
	if !refreshed && old != i {
		l.RefreshItem(old)
		l.RefreshItem(i)
	}
	l.reveal(i)
}

// reveal scrolls row i into view if it is not already.
func (l *keyList) reveal(i int) {
	y := float32(i) * (l.rowH + theme.Padding())
	if off, h := l.GetScrollOffset(), l.Size().Height; h > 0 && (y < off || y+l.rowH > off+h) {
		l.ScrollTo(i)
	}
}

// FocusGained marks the cursor row as recording.
func (l *keyList) FocusGained() {
	l.List.FocusGained()
	l.setRecording(true)
}

// FocusLost marks the cursor row as no longer recording.
func (l *keyList) FocusLost() {
	l.List.FocusLost()
	l.setRecording(false)
}

func (l *keyList) setRecording(on bool) {
	if l.recording == on {
		return
	}
	l.recording = on
	l.RefreshItem(l.shown)
	if l.onFocus != nil {
		l.onFocus()
	}
}

// paintCursor draws a row's background: filled under the cursor while keys
// are recorded, outlined under the cursor while they go elsewhere.
func paintCursor(bg *canvas.Rectangle, cursor, recording bool) {
	fill, stroke, width := color.Color(color.Transparent), color.Color(color.Transparent), float32(0)
	switch {
	case cursor && recording:
		fill = theme.Color(theme.ColorNameSelection)
		stroke, width = theme.Color(theme.ColorNamePrimary), 2
	case cursor:
		stroke, width = theme.Color(theme.ColorNameDisabled), 1
	}
	if bg.FillColor != fill || bg.StrokeColor != stroke || bg.StrokeWidth != width {
		bg.FillColor, bg.StrokeColor, bg.StrokeWidth = fill, stroke, width
		bg.Refresh()
	}
}

// relabel changes a label only when its text differs: every SetText
// shapes the text again, the costliest part of refreshing a row.
func relabel(l *widget.Label, s string) {
	if l.Text != s {
		l.SetText(s)
	}
}

// TypedRune handles the recording keys.
func (l *keyList) TypedRune(r rune) {
	if l.onRune != nil {
		l.onRune(r)
	}
}

// TypedKey handles navigation keys, and passes the window's (F1) on.
func (l *keyList) TypedKey(k *fyne.KeyEvent) {
	if passWindowKey(l, k) {
		return
	}
	if l.onKey != nil {
		l.onKey(k)
	}
}

// gridRow is one participant's row in the response grid.
type gridRow struct {
	id     int // participant index shown
	bg     *canvas.Rectangle
	name   *widget.Label
	level  *routedSelect
	label  *widget.Label
	commit *routedSelect
	note   *widget.Entry
}

// commitOptions are the commitment picker's choices, in the language in use.
func commitOptions() []string {
	return []string{workshop.Undecided.Label(), workshop.Commits.Label(), workshop.Conditional.Label(), workshop.DoesNot.Label()}
}

func commitFromOption(s string) workshop.Commitment {
	for _, c := range workshop.Commitments {
		if c.Label() == s {
			return c
		}
	}
	return workshop.Undecided
}

func (v *ValuesScreen) buildGrid() {
	v.Grid = newKeyList(
		func() int { return len(v.ed.Session.Participants) },
		v.newGridRow,
		v.updateGridRow,
	)
	v.Grid.OnSelected = func(id widget.ListItemID) { // a tap on a row
		v.Grid.UnselectAll()
		v.Cursor, v.last = id, -1
		v.Grid.showCursor(id, false)
		v.FocusFirst()
	}
	v.Grid.onRune = v.gridRune
	v.Grid.onKey = v.gridKey
	v.Grid.onFocus = v.showKeyState
}

// newGridRow builds a participant's row; its callbacks write to whoever
// the row shows at the time (r.id), since the list reuses rows.
func (v *ValuesScreen) newGridRow() fyne.CanvasObject {
	r := &gridRow{id: -1} // not bound to anyone until the list shows it
	r.name = widget.NewLabel("Participant")
	// A name gives way, on a narrow row, to the words of the note's
	// placeholder.
	r.name.Truncation = fyne.TextTruncateEllipsis
	r.level = newRoutedSelect(nil, nil, v.keys)
	r.level.PlaceHolder = "–"
	r.label = widget.NewLabel("Level meaning")
	r.commit = newRoutedSelect(commitOptions(), nil, v.keys)
	r.commit.PlaceHolder = "–" // no level yet, so nothing to commit to
	r.note = widget.NewEntry()
	r.note.SetPlaceHolder(lang.L("Reservation"))
	r.bg = canvas.NewRectangle(color.Transparent)
	row := container.NewStack(r.bg,
		container.New(&columns{widths: []float32{140, 72, 180, 150}, optional: 2, spare: 160, squeeze: 50, lastMin: entryFor(r.note.PlaceHolder)},
			r.name, r.level, r.label, r.commit, r.note))
	r.level.OnChanged = v.thenRecord(func(s string) {
		if v.binding || s == "" {
			return
		}
		n, err := strconv.Atoi(s)
		if err != nil {
			return
		}
		v.setLevel(r.id, n)
		v.Grid.RefreshItem(r.id) // the level's words beside it
	})
	r.commit.OnChanged = v.thenRecord(func(s string) {
		if !v.binding {
			v.setCommitment(r.id, commitFromOption(s))
			v.Grid.RefreshItem(r.id)
		}
	})
	r.note.OnChanged = func(s string) {
		if !v.binding {
			v.setNote(r.id, s)
		}
	}
	r.note.OnSubmitted = func(string) { v.FocusFirst() }
	return v.gridRows.keep(row, r)
}

// updateGridRow shows participant id's response to the selected value.
func (v *ValuesScreen) updateGridRow(id widget.ListItemID, o fyne.CanvasObject) {
	r := v.gridRows[o]
	ps := v.ed.Session.Participants
	val := v.Value()
	if r == nil || id >= len(ps) || val == nil {
		return
	}
	r.id = id
	defer v.bind()()
	paintCursor(r.bg, id == v.Grid.shown, v.Grid.recording)
	sc := v.scale()
	if len(r.level.Options) != len(sc.Levels) || r.level.Options[0] != strconv.Itoa(sc.Levels[0].Value) {
		opts := make([]string, len(sc.Levels))
		for i, l := range sc.Levels {
			opts[i] = strconv.Itoa(l.Value)
		}
		r.level.Options = opts
	}
	relabel(r.name, truncate(ps[id].Name, fitsRunes(17)))
	level, label, commit, note := "", "", "", ""
	if resp := val.Response(ps[id].ID); resp != nil {
		level = strconv.Itoa(resp.Level)
		if l := sc.Level(resp.Level); l != nil {
			label = truncate(l.Label, fitsRunes(22))
		}
		commit = workshop.Undecided.Label()
		if resp.Commitment != workshop.Undecided {
			commit = resp.Commitment.Label()
		}
		note = resp.Note
	} else {
		note = v.pendingNotes[pendingKey(val, &ps[id])]
	}
	reselect(&r.level.Select, level)
	relabel(r.label, label)
	reselect(&r.commit.Select, commit)
	setText(r.note, note)
}

// reselect shows option s in a select, or none when s is empty, and
// touches the select only when that changes: like relabel, it keeps a
// row's refresh cheap.
func reselect(sel *widget.Select, s string) {
	switch {
	case sel.Selected == s:
	case s == "":
		sel.ClearSelected()
	default:
		sel.SetSelected(s)
	}
}

// gridRune records with one key: a level (and on to the next person), or a
// commitment for the person just recorded.
func (v *ValuesScreen) gridRune(r rune) {
	ps := v.ed.Session.Participants
	if v.Value() == nil || len(ps) == 0 {
		return
	}
	target := v.Cursor
	if v.last >= 0 {
		target = v.last
	}
	switch unicode.ToLower(r) {
	case 'c':
		v.setCommitment(target, workshop.Commits)
		v.Grid.RefreshItem(target)
		return
	case 'o':
		v.setCommitment(target, workshop.Conditional)
		v.Grid.RefreshItem(target)
		return
	case 'x':
		v.setCommitment(target, workshop.DoesNot)
		v.Grid.RefreshItem(target)
		return
	case 'n':
		v.editNote(target)
		return
	case ' ':
		v.moveCursor(1)
		return
	case '+', '=':
		v.nextValue(1)
		return
	}
	if r < '0' || r > '9' {
		return
	}
	level := int(r - '0')
	sc := v.scale()
	if sc.Level(level) == nil {
		v.say(fmt.Sprintf(lang.L("%d is not a level on %s"), level, sc.Name))
		return
	}
	at := v.Cursor
	v.setLevel(at, level)
	v.last = at
	v.Grid.RefreshItem(at)
	if at < len(ps)-1 {
		v.Cursor = at + 1
		v.Grid.showCursor(v.Cursor, false)
	}
}

func (v *ValuesScreen) gridKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyDown:
		v.moveCursor(1)
	case fyne.KeyUp:
		v.moveCursor(-1)
	case fyne.KeyRight, fyne.KeyReturn, fyne.KeyEnter, fyne.KeyPageDown:
		v.nextValue(1)
	case fyne.KeyLeft, fyne.KeyPageUp:
		v.nextValue(-1)
	case fyne.KeyBackspace, fyne.KeyDelete:
		if v.tally() {
			return
		}
		v.clearResponse(v.Cursor)
	case fyne.KeyHome:
		v.moveCursor(-v.Cursor)
	case fyne.KeyEnd:
		v.moveCursor(v.rows() - 1 - v.Cursor)
	}
}

// rows counts the cursor's rows: people, or the scale's levels when
// counting hands.
func (v *ValuesScreen) rows() int {
	if v.tally() {
		return len(v.scale().Levels)
	}
	return len(v.ed.Session.Participants)
}

// moveCursor moves the cursor d rows, on the list of the current mode;
// Home and End go through here so that they stay within that list.
func (v *ValuesScreen) moveCursor(d int) {
	c := v.Cursor + d
	if c < 0 || c >= v.rows() {
		return
	}
	v.Cursor, v.last = c, -1
	if v.tally() {
		v.Tally.showCursor(c, false)
	} else {
		v.Grid.showCursor(c, false)
	}
}

func (v *ValuesScreen) nextValue(d int) {
	i := v.Selected + d
	if i < 0 || i >= len(v.Exercise().Values) {
		if d > 0 {
			v.say(lang.L("That was the last value."))
		}
		return
	}
	v.SelectValue(i)
	v.say("")
}

func (v *ValuesScreen) participantAt(i int) *workshop.Participant {
	ps := v.ed.Session.Participants
	if i < 0 || i >= len(ps) {
		return nil
	}
	return &ps[i]
}

func (v *ValuesScreen) setLevel(i, level int) {
	p, val := v.participantAt(i), v.Value()
	if p == nil || val == nil {
		return
	}
	edit := workshop.SetResponse(v.stepID, val.ID, p.ID, level)
	note, pending := v.pendingNotes[pendingKey(val, p)]
	if pending {
		// The note typed before the level joins it, in the same step.
		edit = workshop.Batch(edit, workshop.ChangeResponse(v.stepID, val.ID, p.ID, func(r *workshop.Response) error {
			r.Note = note
			return nil
		}))
	}
	if err := v.ed.Apply(fmt.Sprintf(lang.L("level %d for %s"), level, truncate(p.Name, fitsRunes(40))), edit); err != nil {
		v.say(sentence(err.Error()))
		return
	}
	if pending {
		delete(v.pendingNotes, pendingKey(val, p))
	}
	label := ""
	sc := v.scale()
	if l := sc.Level(level); l != nil {
		label = l.Label
	}
	v.say(fmt.Sprintf(lang.L("%s: %d %s"), p.Name, level, label))
	v.recorded()
}

func (v *ValuesScreen) setCommitment(i int, c workshop.Commitment) {
	p, val := v.participantAt(i), v.Value()
	if p == nil || val == nil {
		return
	}
	r := val.Response(p.ID)
	if r == nil {
		v.say(fmt.Sprintf(lang.L("Record %s's level first"), p.Name))
		return
	}
	if r.Commitment == c {
		return
	}
	if err := v.ed.Apply(fmt.Sprintf(lang.L("commitment of %s"), truncate(p.Name, fitsRunes(40))), workshop.ChangeResponse(v.stepID, val.ID, p.ID, func(r *workshop.Response) error {
		r.Commitment = c
		return nil
	})); err != nil {
		v.say(sentence(err.Error()))
		return
	}
	v.say(fmt.Sprintf(lang.L("%s: %s"), p.Name, c.Label()))
	v.recorded()
}

func (v *ValuesScreen) setNote(i int, note string) {
	p, val := v.participantAt(i), v.Value()
	if p == nil || val == nil {
		return
	}
	r := val.Response(p.ID)
	if r == nil {
		// A note without a level has nowhere to live in the file: it waits
		// here, shown in its field, and joins the level when one comes.
		if v.pendingNotes == nil {
			v.pendingNotes = map[string]string{}
		}
		v.pendingNotes[pendingKey(val, p)] = note
		v.say(fmt.Sprintf(lang.L("Note kept: give %s a level to save it"), p.Name))
		return
	}
	// The results above the grid count levels and commitments, not notes:
	// a keystroke here changes nothing they show.
	_ = v.ed.Type(fmt.Sprintf(lang.L("note of %s"), truncate(p.Name, fitsRunes(40))), "note "+v.stepID+" "+val.ID+" "+p.ID,
		workshop.ChangeResponse(v.stepID, val.ID, p.ID, func(r *workshop.Response) error {
			r.Note = note
			return nil
		})) // they have answered: never refused
}

// pendingKey names a note typed for someone before their level.
func pendingKey(val *workshop.Value, p *workshop.Participant) string { return val.ID + "/" + p.ID }

func (v *ValuesScreen) clearResponse(i int) {
	p, val := v.participantAt(i), v.Value()
	if p == nil || val == nil || val.Response(p.ID) == nil {
		return
	}
	if err := v.ed.Apply(fmt.Sprintf(lang.L("clearing %s's response"), truncate(p.Name, fitsRunes(40))), workshop.ClearResponse(v.stepID, val.ID, p.ID)); err != nil {
		v.say(sentence(err.Error()))
		return
	}
	v.say(fmt.Sprintf(lang.L("Cleared %s's response"), p.Name))
	v.ed.notify(removedNotice(fmt.Sprintf(lang.L("%s's response"), truncate(p.Name, fitsRunes(40))), false))
	v.last = -1
	v.Grid.RefreshItem(i)
	v.recorded()
}

// editNote puts the cursor in a participant's note field. The grid cursor
// stays where it is (usually on the next person), so the level typed after
// the note goes to the next person, not over the one just noted.
func (v *ValuesScreen) editNote(i int) {
	v.Grid.reveal(i)
	for _, r := range v.gridRows {
		// Pooled rows out of view may carry the same index; only a row on
		// the canvas can take the cursor.
		if r.id == i && fyne.CurrentApp().Driver().CanvasForObject(r.note) != nil {
			v.ed.Window.Canvas().Focus(r.note)
			return
		}
	}
}

// tallyRow is one level in the show-of-hands counter.
type tallyRow struct {
	level int
	bg    *canvas.Rectangle
	name  *widget.Label
	count *widget.Label
	bar   *canvas.Rectangle
	fill  *barLayout // sizes bar to the level's share of the hands
	box   *fyne.Container
	minus *widget.Button
	plus  *widget.Button
}

func (v *ValuesScreen) buildTally() {
	v.Tally = newKeyList(
		func() int { return len(v.scale().Levels) },
		v.newTallyRow,
		v.updateTallyRow,
	)
	v.Tally.OnSelected = func(id widget.ListItemID) { // a tap on a row
		v.Tally.UnselectAll()
		v.Cursor = id
		v.Tally.showCursor(id, false)
		v.FocusFirst()
	}
	v.Tally.onRune = v.tallyRune
	v.Tally.onFocus = v.showKeyState
	v.Tally.onKey = func(k *fyne.KeyEvent) {
		if k.Name == fyne.KeyBackspace || k.Name == fyne.KeyDelete {
			sc := v.scale()
			if v.Cursor >= 0 && v.Cursor < len(sc.Levels) {
				v.addHand(sc.Levels[v.Cursor].Value, -1)
			}
			return
		}
		v.gridKey(k)
	}
}

// newTallyRow builds a level's row of the show-of-hands counter.
func (v *ValuesScreen) newTallyRow() fyne.CanvasObject {
	r := &tallyRow{}
	r.name = widget.NewLabel("8 Level")
	r.name.Truncation = fyne.TextTruncateEllipsis
	r.count = widget.NewLabel("0")
	r.count.TextStyle.Bold = true
	r.count.Alignment = fyne.TextAlignTrailing
	r.bar = canvas.NewRectangle(color.Transparent)
	r.bar.CornerRadius = 3
	r.minus = widget.NewButtonWithIcon("", theme.ContentRemoveIcon(), func() { v.addHand(r.level, -1) })
	r.plus = widget.NewButtonWithIcon("", theme.ContentAddIcon(), func() { v.addHand(r.level, 1) })
	r.fill = &barLayout{}
	r.box = container.New(r.fill, r.bar)
	r.bg = canvas.NewRectangle(color.Transparent)
	row := container.NewStack(r.bg,
		// The level's words give way before the bar does, on a narrow
		// row: the name of the level truncates, the hands always show.
		container.New(&columns{widths: []float32{300, 48, 40, 40}, squeeze: 80, lastMin: r.fill.MinSize(nil).Width},
			r.name, r.count, r.minus, r.plus, r.box))
	return v.tallyRows.keep(row, r)
}

// updateTallyRow shows a level's hands and its share of all of them.
func (v *ValuesScreen) updateTallyRow(id widget.ListItemID, o fyne.CanvasObject) {
	r := v.tallyRows[o]
	sc := v.scale()
	val := v.Value()
	if r == nil || id >= len(sc.Levels) || val == nil {
		return
	}
	l := sc.Levels[id]
	r.level = l.Value
	paintCursor(r.bg, id == v.Tally.shown, v.Tally.recording)
	relabel(r.name, fmt.Sprintf("%d  %s", l.Value, l.Label))
	n := val.Tally[l.Value]
	relabel(r.count, strconv.Itoa(n))
	total := 0
	for _, c := range val.Tally {
		total += c
	}
	box := r.bar
	box.FillColor, _ = levelFill(sc.Levels, id)
	frac := float32(0)
	if total > 0 {
		frac = float32(n) / float32(total)
	}
	r.fill.frac = frac
	r.fill.Layout(r.box.Objects, r.box.Size())
	box.Refresh()
	setEnabled(r.minus, n > 0)
}

// tallyRune counts a hand with + or Space, takes one back with -, and
// moves to a level with its number.
func (v *ValuesScreen) tallyRune(r rune) {
	sc := v.scale()
	switch r {
	case '+', '=', ' ':
		if v.Cursor >= 0 && v.Cursor < len(sc.Levels) {
			v.addHand(sc.Levels[v.Cursor].Value, 1)
		}
		return
	case '-', '_':
		if v.Cursor >= 0 && v.Cursor < len(sc.Levels) {
			v.addHand(sc.Levels[v.Cursor].Value, -1)
		}
		return
	}
	if r >= '0' && r <= '9' {
		for i, l := range sc.Levels {
			if l.Value == int(r-'0') {
				v.Cursor = i
				v.Tally.showCursor(i, false)
				return
			}
		}
		v.say(fmt.Sprintf(lang.L("%c is not a level on %s"), r, sc.Name))
	}
}

// addHand counts one more (or one fewer) hand at a level; no names are
// recorded in this mode.
func (v *ValuesScreen) addHand(level, delta int) {
	val := v.Value()
	if val == nil {
		return
	}
	before := val.Tally[level]
	label := fmt.Sprintf(lang.L("hand at level %d"), level)
	if delta < 0 {
		label = fmt.Sprintf(lang.L("hand taken off level %d"), level)
	}
	_ = v.ed.Apply(label, workshop.AddHand(v.stepID, val.ID, level, delta)) // never refused
	if val.Tally[level] == before {
		return
	}
	v.say(fmt.Sprintf(lang.L("Level %d: %s"), level, plural(val.Tally[level], lang.L("hand"), lang.L("hands"))))
	v.Tally.Refresh() // every bar is relative to the total
	v.recorded()
}

// buildRoom makes the whole-room view: values down, participants across
// (or levels across in tally mode), each cell the level given.
func (v *ValuesScreen) buildRoom() {
	v.Room = newRoutedTable(
		func() (int, int) {
			ex := v.Exercise()
			if ex.Mode == workshop.ModeTally {
				return len(ex.Values), len(ex.ScaleOrDefault().Levels)
			}
			return len(ex.Values), len(v.ed.Session.Participants)
		},
		func() fyne.CanvasObject {
			l := widget.NewLabel("8 ✓")
			l.Alignment = fyne.TextAlignCenter
			return l
		},
		v.updateRoomCell,
		v.keys,
	)
	v.Room.ShowHeaderRow = true
	v.Room.ShowHeaderColumn = true
	v.Room.CreateHeader = func() fyne.CanvasObject {
		l := widget.NewLabel("Header")
		l.TextStyle.Bold = true
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}
	v.Room.UpdateHeader = v.updateRoomHeader
	v.Room.SetColumnWidth(-1, 180)
	v.Room.OnSelected = func(id widget.TableCellID) {
		v.Room.UnselectAll()
		if id.Row < 0 || id.Col < 0 {
			return
		}
		v.SelectValue(id.Row)
		v.Cursor, v.last = id.Col, -1
		v.Tabs.SelectIndex(0)
		v.showValue()
		v.FocusFirst()
	}
	// Column widths: names need more room than a level.
	for i := 0; i < 200; i++ {
		v.Room.SetColumnWidth(i, 96)
	}
}

// updateRoomCell shows the level a participant gave a value, with their
// stated commitment, coloured as everywhere else; a count in tally mode.
func (v *ValuesScreen) updateRoomCell(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	ex := v.Exercise()
	if id.Row >= len(ex.Values) {
		return
	}
	val := &ex.Values[id.Row]
	sc := ex.ScaleOrDefault()
	if ex.Mode == workshop.ModeTally {
		if id.Col < len(sc.Levels) {
			n := val.Tally[sc.Levels[id.Col].Value]
			l.SetText(map[bool]string{true: "", false: strconv.Itoa(n)}[n == 0])
		}
		return
	}
	if id.Col >= len(v.ed.Session.Participants) {
		return
	}
	r := val.Response(v.ed.Session.Participants[id.Col].ID)
	if r == nil {
		l.SetText("·")
		l.Importance = widget.LowImportance
		l.Refresh()
		return
	}
	l.Importance = levelImportance(sc.Level(r.Level))
	l.SetText(strconv.Itoa(r.Level) + commitMark(workshop.EffectiveCommitment(&sc, *r), r.Commitment))
}

// updateRoomHeader names the participants (or levels) across the top
// and the values down the side.
func (v *ValuesScreen) updateRoomHeader(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	ex := v.Exercise()
	switch {
	case id.Row < 0 && id.Col >= 0: // participant or level across the top
		if ex.Mode == workshop.ModeTally {
			if lv := ex.ScaleOrDefault().Levels; id.Col < len(lv) {
				l.SetText(strconv.Itoa(lv[id.Col].Value))
			}
		} else if id.Col < len(v.ed.Session.Participants) {
			l.SetText(v.ed.Session.Participants[id.Col].Name)
		}
	case id.Col < 0 && id.Row >= 0:
		if id.Row < len(ex.Values) {
			l.SetText(ex.Values[id.Row].Name)
		}
	default:
		l.SetText("")
	}
}

// commitMark shows a commitment the participant stated: ✓ commits,
// ~ conditional, ✗ does not; nothing when the level speaks for them.
func commitMark(effective, said workshop.Commitment) string {
	if said == workshop.Undecided {
		return ""
	}
	switch effective {
	case workshop.Commits:
		return " ✓"
	case workshop.Conditional:
		return " ~"
	case workshop.DoesNot:
		return " ✗"
	}
	return ""
}

// barLayout sizes its one object to frac of the available width.
type barLayout struct{ frac float32 }

func (l *barLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	h := s.Height * 0.6
	for _, o := range objs {
		o.Move(fyne.NewPos(0, (s.Height-h)/2))
		o.Resize(fyne.NewSize(s.Width*l.frac, h))
	}
}

func (l *barLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(40, 10) }

// columns lays objects side by side with fixed widths, the last one taking
// what is left, so rows of a list line up like a table. The column at
// index optional (when > 0) is dropped when the row is too narrow for it
// and spare, the last column's least width, so a narrow window keeps the
// columns that matter. When the last column would be narrower than
// lastMin (the words of a placeholder, the least of a bar), the first
// column, which truncates (people's names), gives up to squeeze of its
// width first.
type columns struct {
	widths   []float32
	optional int
	spare    float32
	squeeze  float32
	lastMin  float32
}

// shows reports whether column i is laid out at width w.
func (c *columns) shows(i int, w float32) bool {
	if c.optional <= 0 || i != c.optional {
		return true
	}
	full := c.spare
	for _, cw := range c.widths {
		full += cw + theme.Padding()
	}
	return w >= full
}

func (c *columns) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	pad := theme.Padding()
	given := float32(0) // what the first column gives up
	if c.squeeze > 0 && len(objs) > len(c.widths) {
		fixed := float32(0)
		for i := range c.widths {
			if c.shows(i, s.Width) {
				fixed += c.widths[i] + pad
			}
		}
		if last := s.Width - fixed; last < c.lastMin {
			given = min(c.squeeze, c.lastMin-last)
		}
	}
	x := float32(0)
	for i, o := range objs {
		if !c.shows(i, s.Width) {
			o.Hide()
			continue
		}
		if c.optional > 0 && i == c.optional {
			o.Show()
		}
		w := s.Width - x
		if i < len(c.widths) {
			w = c.widths[i]
		}
		if i == 0 {
			w -= given
		}
		h := o.MinSize().Height
		o.Move(fyne.NewPos(x, (s.Height-h)/2))
		o.Resize(fyne.NewSize(max(w, 0), h))
		x += w + pad
	}
}

func (c *columns) MinSize(objs []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	var w, h float32
	for i, o := range objs {
		ms := o.MinSize()
		switch {
		case c.optional > 0 && i == c.optional:
			// not needed: Layout drops it when there is no room
		case i < len(c.widths):
			w += c.widths[i] + pad
		default:
			w += max(ms.Width, c.lastMin)
		}
		h = max(h, ms.Height)
	}
	if len(objs) > len(c.widths) {
		w -= c.squeeze
	}
	return fyne.NewSize(w, h)
}

// say shows what the last key did, clipped to its column: a truncating
// label would measure the text again on every key.
func (v *ValuesScreen) say(s string) { relabel(v.Feedback, truncate(s, fitsRunes(46))) }
