package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Keys typed while the values step is shown belong to the round being
// recorded. Fyne hands keys to whichever control has the focus, and a click
// on the value list, a picker or the whole-room table takes it: a round
// typed after such a click used to be recorded nowhere. These controls pass
// every key on to the response grid instead; only text fields keep theirs.
// The window's own keys (F1) go to the window (passWindowKey).

// keyRoute delivers a key to the grid (or tally) of a values screen. It
// reports false when there is nothing to record into, and the control
// then handles the key itself.
type keyRoute struct {
	onRune func(rune) bool
	onKey  func(*fyne.KeyEvent) bool
}

// routedSelect is a drop-down whose keys go to the grid.
type routedSelect struct {
	widget.Select
	route keyRoute
}

func newRoutedSelect(options []string, changed func(string), route keyRoute) *routedSelect {
	s := &routedSelect{route: route}
	s.Options, s.OnChanged = options, changed
	s.PlaceHolder = widget.NewSelect(nil, nil).PlaceHolder // Fyne's own, translated
	s.ExtendBaseWidget(s)
	return s
}

func (s *routedSelect) TypedRune(r rune) {
	if !s.route.onRune(r) {
		s.Select.TypedRune(r)
	}
}

func (s *routedSelect) TypedKey(k *fyne.KeyEvent) {
	if !passWindowKey(s, k) && !s.route.onKey(k) {
		s.Select.TypedKey(k)
	}
}

// routedList is a list whose keys go to the grid.
type routedList struct {
	widget.List
	route keyRoute
}

func newRoutedList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject), route keyRoute) *routedList {
	l := &routedList{route: route}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

func (l *routedList) TypedRune(r rune) {
	if !l.route.onRune(r) {
		l.List.TypedRune(r)
	}
}

func (l *routedList) TypedKey(k *fyne.KeyEvent) {
	if !passWindowKey(l, k) && !l.route.onKey(k) {
		l.List.TypedKey(k)
	}
}

// routedTable is a table whose keys go to the grid.
type routedTable struct {
	widget.Table
	route keyRoute
}

func newRoutedTable(length func() (int, int), create func() fyne.CanvasObject, update func(widget.TableCellID, fyne.CanvasObject), route keyRoute) *routedTable {
	t := &routedTable{route: route}
	t.Length, t.CreateCell, t.UpdateCell = length, create, update
	t.ExtendBaseWidget(t)
	return t
}

func (t *routedTable) TypedRune(r rune) {
	if !t.route.onRune(r) {
		t.Table.TypedRune(r)
	}
}

func (t *routedTable) TypedKey(k *fyne.KeyEvent) {
	if !passWindowKey(t, k) && !t.route.onKey(k) {
		t.Table.TypedKey(k)
	}
}
