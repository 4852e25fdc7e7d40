package app

import (
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"scaleroom/assets/locale"
	"scaleroom/export/report"
	"scaleroom/workshop"
)

// The pickers' words come from workshop's tables, which the PDF uses too;
// they are read each time, in the language in use.
func unitChoices() choices       { return termChoices(workshop.UnitTerms) }
func originChoices() choices     { return termChoices(workshop.OriginTerms) }
func typeChoices() choices       { return termChoices(workshop.LoadTypeTerms) }
func complexityChoices() choices { return termChoices(workshop.ComplexityTerms) }
func decisionChoices() choices   { return termChoices(workshop.DecisionTerms) }

// shortLabel is the table's compact word for a code.
func shortLabel[C ~string](cs choices, code C) string {
	l := cs.label(string(code))
	if i := strings.Index(l, " ("); i > 0 {
		l = l[:i]
	}
	return l
}

// loadColumns are the load table's column widths.
var loadColumns = []float32{220, 120, 95, 60, 90, 95, 85, 110, 95}

// loadColumnTitle is the title of a load table column.
func loadColumnTitle(col int) string {
	switch col {
	case 0:
		return lang.L("Item")
	case 1:
		return lang.L("Owner")
	case 2:
		return lang.L("Origin")
	case 3:
		return lang.L("Load")
	case 4:
		return lang.L("Type")
	case 5:
		return lang.L("Complexity")
	case 6:
		return lang.L("Decision")
	case 7:
		return lang.L("Decided by")
	case 8:
		return lang.L("By when")
	}
	return ""
}

// loadEditLabel says in the Edit menu which field of which item an edit
// changed ("note of “CI migration”"); field is the field's code.
func loadEditLabel(field, item string) string {
	q := quoted(item, lang.L("the new item"))
	switch field {
	case "name":
		return fmt.Sprintf(lang.L("name of %s"), q)
	case "owner":
		return fmt.Sprintf(lang.L("owner of %s"), q)
	case "origin":
		return fmt.Sprintf(lang.L("origin of %s"), q)
	case "load":
		return fmt.Sprintf(lang.L("load of %s"), q)
	case "type":
		return fmt.Sprintf(lang.L("type of %s"), q)
	case "complexity":
		return fmt.Sprintf(lang.L("complexity of %s"), q)
	case "decision":
		return fmt.Sprintf(lang.L("decision of %s"), q)
	case "load after":
		return fmt.Sprintf(lang.L("load after of %s"), q)
	case "decision owner":
		return fmt.Sprintf(lang.L("decision owner of %s"), q)
	case "decision date":
		return fmt.Sprintf(lang.L("decision date of %s"), q)
	case "note":
		return fmt.Sprintf(lang.L("note of %s"), q)
	}
	return field + " · " + q
}

// LoadScreen is the load inventory (Team Topologies cognitive load): a table
// of everything the team is asked to carry, a form for the selected item,
// and the live result: load against capacity before and after the
// decisions, the heuristics' warnings, and the stop-doing list.
type LoadScreen struct {
	ed     *Editor
	stepID string

	Team        *widget.Entry
	Unit        *widget.Select
	Capacity    *widget.Entry
	CapacityErr *widget.Label

	Table     *widget.Table
	Add       *widget.Button
	Duplicate *widget.Button
	Remove    *widget.Button
	// Sort reorders the inventory once per choice, then shows its
	// placeholder again: a picker takes less room than two buttons.
	Sort      *widget.Select
	AddAction *widget.Button
	// Examples fills an empty inventory with the template's example items.
	Examples *widget.Button

	// The selected item's fields.
	Name          *widget.Entry
	Owner         *widget.SelectEntry
	Origin        *widget.Select
	Load          *widget.Entry
	Type          *widget.Select
	Complexity    *widget.Select
	Decision      *widget.Select
	Target        *widget.Entry
	DecisionOwner *widget.SelectEntry
	DecisionDate  *widget.Entry
	Note          *widget.Entry
	FieldErr      *widget.Label
	// refused is the field whose text the inventory refused: it keeps the
	// text, with FieldErr saying why, until it is corrected; when another
	// field is edited instead, it goes back to what is saved, so the form
	// never shows a value that is not the item's.
	refused     *widget.Entry
	form        *fyne.Container
	formSplit   *container.Split
	noSelection *widget.Label

	Bar      *LoadBar
	Totals   *widget.Label
	Warnings *widget.Label
	// StopList is the stop-doing list, then what to do less of and defer;
	// a list widget, because a long inventory makes it long too.
	StopList  *widget.List
	stopRows  []report.Line
	StopEmpty *widget.Label

	selected string // item ID
	loading  bool   // true while fields are filled from the session
	root     fyne.CanvasObject
}

// NewLoadScreen builds the screen for a load step.
func NewLoadScreen(ed *Editor, stepID string) *LoadScreen {
	s := &LoadScreen{ed: ed, stepID: stepID}
	s.build()
	s.Refresh()
	return s
}

func (s *LoadScreen) exercise() *workshop.LoadExercise {
	st := s.ed.Session.Step(s.stepID)
	if st == nil {
		return nil
	}
	st.EnsureExercise()
	return st.Load
}

func (s *LoadScreen) item() *workshop.LoadItem {
	e := s.exercise()
	if e == nil {
		return nil
	}
	for i := range e.Items {
		if e.Items[i].ID == s.selected {
			return &e.Items[i]
		}
	}
	return nil
}

// edit changes one of the selected item's plain fields (see
// workshop.ChangeItem) and shows its effect. field names it in the Edit
// menu ("note"); typing says it comes from a text field, whose keystrokes
// make one step to undo.
func (s *LoadScreen) edit(field string, typing bool, f func(it *workshop.LoadItem)) {
	// ChangeItem refuses only a change to the load, decision or target,
	// which these fields do not make.
	_ = s.editErr(field, typing, func(id string) workshop.Edit { return workshop.ChangeItem(s.stepID, id, f) })
}

// editErr makes an edit of the selected item, made for its ID, that
// workshop may refuse (SetLoad, SetTarget...); a refused edit leaves the
// session as it was and returns the reason for the screen to show.
func (s *LoadScreen) editErr(field string, typing bool, edit func(id string) workshop.Edit) error {
	if s.loading {
		return nil
	}
	it := s.item()
	if it == nil {
		return nil
	}
	id := it.ID
	label := loadEditLabel(field, it.Name)
	var err error
	if typing {
		err = s.ed.Type(label, "item "+s.stepID+" "+id+" "+field, edit(id))
	} else {
		err = s.ed.Apply(label, edit(id))
	}
	if err != nil {
		return err
	}
	// Only this row changed: redrawing every visible cell would double the
	// cost of each keystroke in a long inventory.
	if r := s.rowOf(id); r >= 0 {
		for c := range loadColumns {
			s.Table.RefreshItem(widget.TableCellID{Row: r, Col: c})
		}
	}
	s.refreshResult()
	return nil
}

func (s *LoadScreen) build() {
	s.buildCapacity()
	s.buildTable()
	s.buildTools()
	s.buildForm()
	s.buildResults()
	s.layout()
}

// buildCapacity makes the team, unit and capacity fields above the table.
func (s *LoadScreen) buildCapacity() {
	s.Team = widget.NewEntry()
	s.Team.SetPlaceHolder(lang.L("Which team carries this load?"))
	s.Team.OnChanged = func(v string) {
		if e := s.exercise(); e != nil && !s.loading {
			_ = s.ed.Type(lang.L("team"), "team "+s.stepID, workshop.SetTeam(s.stepID, v)) // never refused
			s.refreshResult()
		}
	}
	s.Unit = newChoiceSelect(unitChoices(), func(code workshop.Unit) {
		e := s.exercise()
		if e == nil || s.loading || code == "" || code == e.Unit {
			return
		}
		if err := s.ed.Apply(lang.L("unit"), workshop.SetUnit(s.stepID, code)); err != nil {
			showErr(s.CapacityErr, fmt.Sprintf(lang.L("Unit: %s"), err))
			s.loading = true
			setChoice(s.Unit, unitChoices(), e.Unit) // put the picker back
			s.loading = false
			return
		}
		showErr(s.CapacityErr, "")
		s.refreshResult()
	})
	s.Capacity = widget.NewEntry()
	s.Capacity.SetPlaceHolder(lang.L("e.g. 20"))
	s.CapacityErr = widget.NewLabel("")
	s.CapacityErr.Importance = widget.DangerImportance
	s.CapacityErr.Wrapping = fyne.TextWrapWord
	s.CapacityErr.Hide()
	s.Capacity.OnChanged = func(v string) {
		if s.loading {
			return
		}
		e := s.exercise()
		if e == nil {
			return
		}
		c, err := parseAmount(v)
		if err == nil {
			err = s.ed.Type(lang.L("capacity"), "capacity "+s.stepID, workshop.SetCapacity(s.stepID, c))
		}
		if err != nil {
			showErr(s.CapacityErr, fmt.Sprintf(lang.L("Capacity: %s"), err))
			return
		}
		showErr(s.CapacityErr, "")
		s.refreshResult()
	}
}

// buildTable makes the inventory table, the item's name column sticky.
func (s *LoadScreen) buildTable() {
	s.Table = widget.NewTable(s.tableSize, s.newCell, s.updateCell)
	s.Table.ShowHeaderRow = true
	s.Table.CreateHeader = func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.TextStyle = fyne.TextStyle{Bold: true}
		return l
	}
	s.Table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 && id.Col < len(loadColumns) {
			o.(*widget.Label).SetText(loadColumnTitle(id.Col))
		}
	}
	// The item's name stays in view when the other columns scroll.
	s.Table.StickyColumnCount = 1
	// A column is as wide as its title, in languages with longer words.
	bold, pad := fyne.TextStyle{Bold: true}, 2*theme.InnerPadding()
	for i, w := range loadColumns {
		s.Table.SetColumnWidth(i, max(w, fyne.MeasureText(loadColumnTitle(i), theme.TextSize(), bold).Width+pad))
	}
	s.Table.OnSelected = func(id widget.TableCellID) {
		if e := s.exercise(); e != nil && id.Row >= 0 && id.Row < len(e.Items) {
			s.selectItem(e.Items[id.Row].ID)
		}
	}
}

// buildTools makes the buttons above the table.
func (s *LoadScreen) buildTools() {
	s.Add = widget.NewButtonWithIcon(lang.L("Add item"), theme.ContentAddIcon(), s.addItem)
	s.Add.Importance = widget.HighImportance
	s.Duplicate = widget.NewButtonWithIcon(lang.L("Duplicate"), theme.ContentCopyIcon(), s.duplicateItem)
	s.Remove = widget.NewButtonWithIcon(lang.L("Remove"), theme.DeleteIcon(), s.removeItem)
	s.Sort = newChoiceSelect(sortChoices(), func(by workshop.ItemOrder) {
		if by == "" {
			return // the picker cleared itself below
		}
		s.sortBy(by)
		s.Sort.ClearSelected()
	})
	s.Sort.PlaceHolder = lang.L("Sort…")
	s.AddAction = widget.NewButtonWithIcon(lang.L("Action…"), theme.DocumentCreateIcon(), func() { ShowQuickAction(s.ed, s.stepID) })
	s.Examples = newExamplesButton(s.fillExamples)
}

// buildResults makes the results pane: the load bar, the warnings, the
// totals and the stop-doing list.
func (s *LoadScreen) buildResults() {
	s.Bar = NewLoadBar()
	s.Totals = widget.NewLabel("")
	s.Totals.Wrapping = fyne.TextWrapWord
	s.Warnings = widget.NewLabel("")
	s.Warnings.Wrapping = fyne.TextWrapWord
	s.StopEmpty = widget.NewLabel(report.StopListEmptyText())
	s.StopEmpty.Wrapping = fyne.TextWrapWord
	s.StopEmpty.Importance = widget.LowImportance
	s.StopList = widget.NewList(func() int { return len(s.stopRows) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			if i < 0 || i >= len(s.stopRows) {
				return
			}
			l.TextStyle = fyne.TextStyle{Bold: s.stopRows[i].Heading}
			l.SetText(s.stopRows[i].Text)
		})
}

// layout puts the parts together: the inventory and its form on the left,
// the results on the right.
func (s *LoadScreen) layout() {
	top := container.NewVBox(
		// The team's name takes what width is left, so this row does not
		// hold the results pane narrow.
		container.NewBorder(nil, nil, widget.NewLabel(lang.L("Team")),
			container.NewHBox(widget.NewLabel(lang.L("Capacity")),
				container.NewGridWrap(fyne.NewSize(90, s.Capacity.MinSize().Height), s.Capacity), s.Unit),
			s.Team),
		s.CapacityErr,
		// The tools wrap onto a second row when their words are long
		// (German, French), rather than hold the results pane narrow.
		newFlowRow(s.Add, s.Duplicate, s.Remove, s.Sort, s.AddAction, s.Examples),
	)
	// The item's form sits below the table in a split of its own, and
	// scrolls: shown or hidden, it never takes rows from the table.
	s.formSplit = container.NewVSplit(s.Table, container.NewVScroll(container.NewVBox(s.noSelection, s.form)))
	s.formSplit.Offset = 0.58
	left := container.NewBorder(top, nil, nil, nil, s.formSplit)
	results := container.NewVSplit(
		// Warnings before the breakdown: they are what the room acts on.
		container.NewVScroll(container.NewVBox(
			heading(lang.L("Load against capacity")),
			s.Bar,
			heading(lang.L("Cognitive-load warnings")),
			s.Warnings,
			heading(lang.L("Totals")),
			s.Totals,
		)),
		container.NewBorder(heading(report.DecisionsText()), nil, nil, nil,
			container.NewStack(s.StopList, container.NewVBox(s.StopEmpty))),
	)
	results.Offset = 0.62
	split := container.NewHSplit(left, results)
	// At the smallest window the inventory keeps its tools on one row in
	// English; their longer German and French words wrap.
	split.Offset = 0.625
	s.root = split
}

func (s *LoadScreen) buildForm() {
	s.buildItemFields()
	s.buildDecisionFields()
	s.FieldErr = widget.NewLabel("")
	s.FieldErr.Importance = widget.DangerImportance
	s.FieldErr.Wrapping = fyne.TextWrapWord
	s.FieldErr.Hide()

	// The labels take the width of the widest, at least 92: the fields of
	// both columns line up in any language.
	width := float32(92)
	for _, l := range []string{lang.L("Item"), lang.L("Owner"), lang.L("Origin"), lang.L("Load"), lang.L("Type"), lang.L("Complexity"),
		lang.L("Decision"), lang.L("Load after"), lang.L("Decided by"), lang.L("By when"), lang.L("Note")} {
		width = max(width, fyne.MeasureText(l, theme.TextSize(), fyne.TextStyle{}).Width+2*theme.InnerPadding())
	}
	row := func(label string, o fyne.CanvasObject) fyne.CanvasObject {
		return container.NewBorder(nil, nil, fixedLabel(label, width), nil, o)
	}
	s.form = container.NewVBox(
		widget.NewSeparator(),
		row(lang.L("Item"), s.Name),
		container.NewGridWithColumns(2,
			row(lang.L("Owner"), s.Owner), row(lang.L("Origin"), s.Origin),
			row(lang.L("Load"), s.Load), row(lang.L("Type"), s.Type),
			row(lang.L("Complexity"), s.Complexity), row(lang.L("Decision"), s.Decision),
			row(lang.L("Load after"), s.Target), row(lang.L("Decided by"), s.DecisionOwner),
			row(lang.L("By when"), s.DecisionDate), row(lang.L("Note"), s.Note),
		),
		s.FieldErr,
	)
	s.noSelection = widget.NewLabel(lang.L("Select an item in the table to edit it, or add one."))
	s.noSelection.Importance = widget.LowImportance
	s.noSelection.Wrapping = fyne.TextWrapWord
}

// buildItemFields makes the fields that say what the item is and weighs.
func (s *LoadScreen) buildItemFields() {
	s.Name = widget.NewEntry()
	s.Name.SetPlaceHolder(lang.L("What people have to focus on"))
	s.Name.OnChanged = func(v string) { s.edit("name", true, func(it *workshop.LoadItem) { it.Name = v }) }
	// Owner fields offer the room's names; a name that is a participant's
	// links to them (see workshop.Session.OwnerFromText), anything else is
	// kept as typed, for a team or someone outside the room.
	s.Owner = widget.NewSelectEntry(nil)
	untabbedDropDown(s.Owner, nil)
	s.Owner.SetPlaceHolder(lang.L("Person or team"))
	s.Owner.OnChanged = func(v string) {
		s.edit("owner", true, func(it *workshop.LoadItem) { it.Owner = s.ed.Session.OwnerFromText(v) })
	}
	s.Origin = newChoiceSelect(originChoices(), func(c workshop.Origin) { s.edit("origin", false, func(it *workshop.LoadItem) { it.Origin = c }) })
	s.Load = widget.NewEntry()
	s.Load.OnChanged = func(v string) {
		if s.loading {
			return
		}
		l, err := parseAmount(v)
		if err == nil {
			err = s.editErr("load", true, func(id string) workshop.Edit { return workshop.SetLoad(s.stepID, id, l) })
		}
		if err != nil {
			s.refuse(s.Load, fmt.Sprintf(lang.L("Load: %s"), err))
			return
		}
		s.accepted(s.Load)
	}
	s.Type = newChoiceSelect(typeChoices(), func(c workshop.LoadType) { s.edit("type", false, func(it *workshop.LoadItem) { it.Type = c }) })
	s.Complexity = newChoiceSelect(complexityChoices(), func(c workshop.Complexity) {
		s.edit("complexity", false, func(it *workshop.LoadItem) { it.Complexity = c })
	})
}

// buildDecisionFields makes the fields of the room's decision on the item.
func (s *LoadScreen) buildDecisionFields() {
	s.Decision = newChoiceSelect(decisionChoices(), func(c workshop.Decision) {
		if err := s.editErr("decision", false, func(id string) workshop.Edit { return workshop.SetDecision(s.stepID, id, c) }); err != nil {
			showErr(s.FieldErr, fmt.Sprintf(lang.L("Decision: %s"), err))
		}
		// The target may have been cleared: show the field as it now is.
		if it := s.item(); it != nil && it.Target == nil && !s.loading {
			s.loading = true
			s.Target.SetText("")
			s.loading = false
		}
		s.showTarget()
	})
	s.Target = widget.NewEntry()
	s.Target.SetPlaceHolder(lang.L("half, unless you say"))
	s.Target.OnChanged = func(v string) {
		if s.loading {
			return
		}
		var target *float64 // empty: back to the default, half
		if strings.TrimSpace(v) != "" {
			t, err := parseAmount(v)
			if err != nil {
				s.refuse(s.Target, fmt.Sprintf(lang.L("Load after: %s"), err))
				return
			}
			target = &t
		}
		if err := s.editErr("load after", true, func(id string) workshop.Edit { return workshop.SetTarget(s.stepID, id, target) }); err != nil {
			s.refuse(s.Target, fmt.Sprintf(lang.L("Load after: %s"), err))
			return
		}
		s.accepted(s.Target)
	}
	s.DecisionOwner = widget.NewSelectEntry(nil)
	untabbedDropDown(s.DecisionOwner, nil)
	s.DecisionOwner.SetPlaceHolder(lang.L("Who sees it through"))
	s.DecisionOwner.OnChanged = func(v string) {
		s.edit("decision owner", true, func(it *workshop.LoadItem) { it.DecisionOwner = s.ed.Session.OwnerFromText(v) })
	}
	s.DecisionDate = widget.NewEntry()
	s.DecisionDate.SetPlaceHolder(datePattern())
	s.DecisionDate.OnChanged = func(v string) {
		if s.loading {
			return
		}
		d, err := readDate(v)
		if err != nil {
			s.refuse(s.DecisionDate, fmt.Sprintf(lang.L("By when: %s"), err))
			return
		}
		s.accepted(s.DecisionDate)
		s.edit("decision date", true, func(it *workshop.LoadItem) { it.DecisionDate = d })
	}
	s.Note = widget.NewEntry()
	s.Note.SetPlaceHolder(lang.L("Anything the room said about it"))
	s.Note.OnChanged = func(v string) { s.edit("note", true, func(it *workshop.LoadItem) { it.Note = v }) }
}

// Object implements StepScreen.
func (s *LoadScreen) Object() fyne.CanvasObject { return s.root }

// Refresh implements StepScreen.
func (s *LoadScreen) Refresh() {
	e := s.exercise()
	if e == nil {
		return
	}
	s.loading = true
	s.Team.SetText(e.Team)
	setChoice(s.Unit, unitChoices(), e.Unit)
	if e.Capacity == 0 {
		s.Capacity.SetText("")
	} else {
		s.Capacity.SetText(workshop.FormatLoad(e.Capacity))
	}
	s.loading = false
	showErr(s.CapacityErr, "")
	owners := s.ownerOptions()
	s.Owner.SetOptions(owners)
	s.DecisionOwner.SetOptions(owners)
	if s.item() == nil {
		s.selected = ""
	}
	s.fillForm()
	s.Table.Refresh()
	s.refreshResult()
	showExamplesButton(s.Examples, len(e.Items) == 0, examplesOf(s.ed, s.stepID))
}

// fillExamples adds the template's example items in one action and
// selects the first, ready to be renamed or removed.
func (s *LoadScreen) fillExamples() {
	added := fillExamples(s.ed, s.stepID)
	if len(added) == 0 {
		return
	}
	s.Refresh()
	s.selectItem(added[0])
	s.Table.ScrollToTop()
}

// ownerOptions offers the people in the room, the team, and every owner
// already used, by name: only what the session holds.
func (s *LoadScreen) ownerOptions() []string {
	seen := map[string]bool{}
	var out []string
	add := func(n string) {
		if n != "" && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	for _, p := range s.ed.Session.Participants {
		add(p.Name)
	}
	if e := s.exercise(); e != nil {
		add(e.Team)
		for _, it := range e.Items {
			add(s.ed.Session.OwnerName(it.Owner))
			add(s.ed.Session.OwnerName(it.DecisionOwner))
		}
	}
	sort.Strings(out)
	return out
}

func (s *LoadScreen) tableSize() (int, int) {
	e := s.exercise()
	if e == nil {
		return 0, len(loadColumns)
	}
	return len(e.Items), len(loadColumns)
}

func (s *LoadScreen) newCell() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

func (s *LoadScreen) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	e := s.exercise()
	l := o.(*widget.Label)
	if e == nil || id.Row < 0 || id.Row >= len(e.Items) {
		l.SetText("")
		return
	}
	l.SetText(loadCell(s.ed.Session, &e.Items[id.Row], id.Col))
}

// loadCell is what the table shows for one field of an item.
func loadCell(sess *workshop.Session, it *workshop.LoadItem, col int) string {
	switch col {
	case 0:
		if it.Name == "" {
			return lang.L("(no name yet)")
		}
		return it.Name
	case 1:
		return sess.OwnerName(it.Owner)
	case 2:
		return shortLabel(originChoices(), it.Origin)
	case 3:
		return workshop.FormatLoad(it.Load)
	case 4:
		return shortLabel(typeChoices(), it.Type)
	case 5:
		return shortLabel(complexityChoices(), it.Complexity)
	case 6:
		if it.Decision == "" {
			return "–"
		}
		return shortLabel(decisionChoices(), it.Decision)
	case 7:
		return sess.OwnerName(it.DecisionOwner)
	case 8:
		return locale.FormDate(it.DecisionDate)
	}
	return ""
}

func (s *LoadScreen) rowOf(id string) int {
	if e := s.exercise(); e != nil {
		for i := range e.Items {
			if e.Items[i].ID == id {
				return i
			}
		}
	}
	return -1
}

// selectItem puts an item in the form and highlights its row.
func (s *LoadScreen) selectItem(id string) {
	if s.selected == id {
		return
	}
	s.selected = id
	showErr(s.FieldErr, "")
	s.refused = nil
	s.fillForm()
	if r := s.rowOf(id); r >= 0 {
		s.Table.Select(widget.TableCellID{Row: r, Col: 0})
	}
}

func (s *LoadScreen) fillForm() {
	it := s.item()
	s.loading = true
	defer func() { s.loading = false }()
	if it == nil {
		s.form.Hide()
		s.noSelection.Show()
		s.Duplicate.Disable()
		s.Remove.Disable()
		return
	}
	s.noSelection.Hide()
	s.form.Show()
	s.Duplicate.Enable()
	s.Remove.Enable()
	s.Name.SetText(it.Name)
	s.Owner.SetText(s.ed.Session.OwnerName(it.Owner))
	setChoice(s.Origin, originChoices(), it.Origin)
	s.Load.SetText(workshop.FormatLoad(it.Load))
	setChoice(s.Type, typeChoices(), it.Type)
	setChoice(s.Complexity, complexityChoices(), it.Complexity)
	setChoice(s.Decision, decisionChoices(), it.Decision)
	if it.Target != nil {
		s.Target.SetText(workshop.FormatLoad(*it.Target))
	} else {
		s.Target.SetText("")
	}
	s.DecisionOwner.SetText(s.ed.Session.OwnerName(it.DecisionOwner))
	s.DecisionDate.SetText(locale.FormDate(it.DecisionDate))
	s.Note.SetText(it.Note)
	s.showTarget()
}

// refuse keeps a refused field's text and says why.
func (s *LoadScreen) refuse(e *widget.Entry, msg string) {
	if s.refused != nil && s.refused != e {
		s.putBack(s.refused)
	}
	s.refused = e
	showErr(s.FieldErr, msg)
}

// accepted clears the error after a field's text was taken, putting back
// a different field that was left refused.
func (s *LoadScreen) accepted(e *widget.Entry) {
	if s.refused != nil && s.refused != e {
		s.putBack(s.refused)
	}
	s.refused = nil
	showErr(s.FieldErr, "")
}

// putBack shows what the item holds in a field whose text was refused.
func (s *LoadScreen) putBack(e *widget.Entry) {
	it := s.item()
	if it == nil {
		return
	}
	s.loading = true
	defer func() { s.loading = false }()
	switch e {
	case s.Load:
		e.SetText(workshop.FormatLoad(it.Load))
	case s.Target:
		if it.Target != nil {
			e.SetText(workshop.FormatLoad(*it.Target))
		} else {
			e.SetText("")
		}
	case s.DecisionDate:
		e.SetText(locale.FormDate(it.DecisionDate))
	}
}

// showTarget enables "load after" only for a "do less" decision, the only
// one where the room can say how much less.
func (s *LoadScreen) showTarget() {
	if it := s.item(); it != nil && it.Decision == workshop.DecisionLess {
		s.Target.Enable()
	} else {
		s.Target.Disable()
	}
}

func (s *LoadScreen) addItem() {
	e := s.exercise()
	if e == nil {
		return
	}
	// A new item is the team's until the room says whose it is.
	if err := s.ed.Apply(lang.L("adding an item"), workshop.AddItem(s.stepID, "", s.ed.Session.OwnerFromText(e.Team))); err != nil {
		showErr(s.FieldErr, err.Error())
		return
	}
	it := &e.Items[len(e.Items)-1]
	s.Table.Refresh()
	s.selectItem(it.ID)
	s.Table.ScrollTo(widget.TableCellID{Row: s.rowOf(it.ID), Col: 0})
	s.refreshResult()
	if w := s.ed.Window; w != nil {
		w.Canvas().Focus(s.Name)
	}
}

func (s *LoadScreen) duplicateItem() {
	e := s.exercise()
	if e == nil || s.item() == nil {
		return
	}
	row := s.rowOf(s.selected)
	if err := s.ed.Apply(fmt.Sprintf(lang.L("copy of %s"), quoted(s.item().Name, lang.L("the new item"))), workshop.DuplicateItem(s.stepID, s.selected)); err != nil {
		showErr(s.FieldErr, err.Error())
		return
	}
	cp := &e.Items[row+1] // the copy comes right after the item
	s.Table.Refresh()
	s.selectItem(cp.ID)
	s.refreshResult()
}

func (s *LoadScreen) removeItem() {
	e := s.exercise()
	if e == nil || s.item() == nil {
		return
	}
	row := s.rowOf(s.selected)
	what := quoted(s.item().Name, lang.L("the unnamed item"))
	if err := s.ed.Apply(fmt.Sprintf(lang.L("removal of %s"), what), workshop.RemoveItem(s.stepID, s.selected)); err != nil {
		showErr(s.FieldErr, err.Error())
		return
	}
	s.ed.notify(removedNotice(what, false))
	s.selected = ""
	s.Table.UnselectAll()
	// Select the row that moved up into the gap, so several items can be
	// removed in a row.
	if row >= len(e.Items) {
		row = len(e.Items) - 1
	}
	if row >= 0 {
		s.selectItem(e.Items[row].ID)
	} else {
		s.fillForm()
	}
	s.Table.Refresh()
	s.refreshResult()
}

// sortChoices are the inventory's sort orders, named by workshop.
func sortChoices() choices {
	out := make(choices, len(workshop.ItemOrders))
	for i, o := range workshop.ItemOrders {
		out[i] = choice{string(o), o.Label()}
	}
	return out
}

// sortBy reorders the inventory itself (see workshop's SortItems), by the
// owner names the table shows.
func (s *LoadScreen) sortBy(by workshop.ItemOrder) {
	e := s.exercise()
	if e == nil {
		return
	}
	if err := s.ed.Apply(sortLabel(by), workshop.SortItems(s.stepID, by, s.ed.Session.OwnerName)); err != nil {
		return // only the orders workshop lists are offered
	}
	s.Table.Refresh()
	if r := s.rowOf(s.selected); r >= 0 {
		s.Table.Select(widget.TableCellID{Row: r, Col: 0})
	}
}

// sortLabel names a sort in the Edit menu, one sentence per order so that
// each language words it its own way.
func sortLabel(by workshop.ItemOrder) string {
	switch by {
	case workshop.HeaviestFirst:
		return lang.L("sorting by heaviest first")
	case workshop.ByOwner:
		return lang.L("sorting by owner")
	}
	return fmt.Sprintf(lang.L("sorting by %s"), strings.ToLower(by.Label()))
}

// refreshResult shows the workshop package's analysis of the inventory.
func (s *LoadScreen) refreshResult() {
	e := s.exercise()
	if e == nil {
		return
	}
	r := e.Analyse(s.ed.Session.Participants)
	s.Bar.SetResult(r)
	setLabel(s.Totals, report.LoadTotals(r))
	setLabel(s.Warnings, report.LoadWarnings(r, shownWarnings))
	s.stopRows = report.StopList(s.ed.Session, r)
	if len(s.stopRows) == 0 {
		s.StopEmpty.Show()
	} else {
		s.StopEmpty.Hide()
	}
	s.StopList.Refresh()
}

// setLabel changes a label only when its text differs: laying out a long
// wrapped text is the costliest part of redrawing after each keystroke.
func setLabel(l *widget.Label, text string) {
	if l.Text != text {
		l.SetText(text)
	}
}

// shownWarnings caps the warnings on screen: past a dozen, more of them
// add nothing a room can act on today; the summary lists them all.
const shownWarnings = 12

// showErr shows a field's problem under it, or hides the label when msg is
// empty.
func showErr(l *widget.Label, msg string) {
	if msg == "" {
		if l.Visible() {
			l.SetText("")
			l.Hide()
		}
		return
	}
	l.SetText(msg)
	l.Show()
}

// heading is a bold section title.
func heading(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.TextStyle = fyne.TextStyle{Bold: true}
	return l
}

// fixedLabel is a form label of a set width, so fields line up in a grid.
func fixedLabel(text string, width float32) fyne.CanvasObject {
	l := widget.NewLabel(text)
	return container.NewGridWrap(fyne.NewSize(width, l.MinSize().Height), l)
}
