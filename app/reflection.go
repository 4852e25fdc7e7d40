package app

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"scaleroom/export/report"
	"scaleroom/workshop"
)

// The pickers' words, read each time in the language in use.
func phaseChoices() choices     { return termChoices(workshop.PhaseTerms) }
func trapChoices() choices      { return termChoices(workshop.TrapTerms) }
func directionChoices() choices { return termChoices(workshop.DirectionTerms) }
func closenessChoices() choices {
	return choices{
		{"0", lang.L("Not rated")},
		{"1", lang.L("1 – far from people")},
		{"2", "2"},
		{"3", "3"},
		{"4", "4"},
		{"5", lang.L("5 – close to people")},
	}
}

// reflectionEditLabel says in the Edit menu which field of which
// initiative an edit changed ("phase of “Guilds”"); field is its code.
func reflectionEditLabel(field, name string) string {
	q := quoted(name, lang.L("the new initiative"))
	switch field {
	case "name":
		return fmt.Sprintf(lang.L("name of %s"), q)
	case "phase":
		return fmt.Sprintf(lang.L("phase of %s"), q)
	case "trap":
		return fmt.Sprintf(lang.L("trap of %s"), q)
	case "evidence":
		return fmt.Sprintf(lang.L("evidence of %s"), q)
	case "closeness":
		return fmt.Sprintf(lang.L("closeness of %s"), q)
	case "layers":
		return fmt.Sprintf(lang.L("layers of %s"), q)
	case "direction":
		return fmt.Sprintf(lang.L("direction of %s"), q)
	case "rationale":
		return fmt.Sprintf(lang.L("rationale of %s"), q)
	case "first action":
		return fmt.Sprintf(lang.L("first action of %s"), q)
	case "consensus":
		return fmt.Sprintf(lang.L("consensus of %s"), q)
	case "place on the map":
		return fmt.Sprintf(lang.L("place on the map of %s"), q)
	}
	return field + " · " + q
}

// ReflectionScreen is the scale-up or scale-down reflection (Ecocycle
// Planning): a list of initiatives, a form for the selected one, and the
// map, where tapping a dot selects that initiative.
type ReflectionScreen struct {
	ed     *Editor
	stepID string

	List      *widget.List
	Add       *widget.Button
	Remove    *widget.Button
	AddAction *widget.Button
	// Examples fills an empty list with the template's example initiatives.
	Examples *widget.Button

	Name        *widget.Entry
	Phase       *widget.Select
	Trap        *widget.Select
	Evidence    *TextArea
	Closeness   *widget.Select
	Layers      *widget.Entry
	Direction   *widget.Select
	Rationale   *TextArea
	FirstAction *widget.Entry
	Contested   *widget.Check
	ActionFrom  *widget.Button // turns the first action into a session action
	FieldErr    *widget.Label
	form        fyne.CanvasObject
	noSelection *widget.Label

	Map     *EcocycleMap
	Summary *widget.Label

	selected string
	loading  bool
	root     fyne.CanvasObject
}

// NewReflectionScreen builds the screen for a reflection step.
func NewReflectionScreen(ed *Editor, stepID string) *ReflectionScreen {
	s := &ReflectionScreen{ed: ed, stepID: stepID}
	s.build()
	s.Refresh()
	return s
}

func (s *ReflectionScreen) exercise() *workshop.ReflectionExercise {
	st := s.ed.Session.Step(s.stepID)
	if st == nil {
		return nil
	}
	st.EnsureExercise()
	return st.Reflection
}

func (s *ReflectionScreen) initiative() *workshop.Initiative {
	e := s.exercise()
	if e == nil {
		return nil
	}
	for i := range e.Initiatives {
		if e.Initiatives[i].ID == s.selected {
			return &e.Initiatives[i]
		}
	}
	return nil
}

// edit changes the selected initiative through f and shows the effect.
// field names it in the Edit menu ("phase"); typing says it comes from a
// text field, whose keystrokes make one step to undo.
func (s *ReflectionScreen) edit(field string, typing bool, f func(in *workshop.Initiative)) {
	if s.loading {
		return
	}
	in := s.initiative()
	if in == nil {
		return
	}
	label, e := reflectionEditLabel(field, in.Name), workshop.ChangeInitiative(s.stepID, in.ID, f)
	var err error
	if typing {
		err = s.ed.Type(label, "initiative "+s.stepID+" "+in.ID+" "+field, e)
	} else {
		err = s.ed.Apply(label, e)
	}
	if err != nil {
		// The fields offer only what ChangeInitiative takes; say so if not.
		showErr(s.FieldErr, sentence(err.Error()))
		return
	}
	s.List.Refresh()
	s.refreshResult()
}

func (s *ReflectionScreen) build() {
	s.buildList()
	s.buildPlacement()
	s.buildDecision()
	s.buildFormLayout()
	s.buildMap()
	s.layout()
}

// buildList makes the list of initiatives and its buttons.
func (s *ReflectionScreen) buildList() {
	s.List = widget.NewList(
		func() int {
			if e := s.exercise(); e != nil {
				return len(e.Initiatives)
			}
			return 0
		},
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			e := s.exercise()
			if e == nil || i < 0 || i >= len(e.Initiatives) {
				return
			}
			o.(*widget.Label).SetText(report.InitiativeLine(&e.Initiatives[i]))
		})
	s.List.OnSelected = func(i widget.ListItemID) {
		if e := s.exercise(); e != nil && i >= 0 && i < len(e.Initiatives) {
			s.selectInitiative(e.Initiatives[i].ID)
		}
	}
	s.Add = widget.NewButtonWithIcon(lang.L("Add initiative"), theme.ContentAddIcon(), s.addInitiative)
	s.Add.Importance = widget.HighImportance
	s.Remove = widget.NewButtonWithIcon(lang.L("Remove"), theme.DeleteIcon(), s.removeInitiative)
	s.AddAction = widget.NewButtonWithIcon(lang.L("Action…"), theme.DocumentCreateIcon(), func() { ShowQuickAction(s.ed, s.stepID) })
	s.Examples = newExamplesButton(s.fillExamples)
}

// buildPlacement makes the fields that place the initiative on the cycle.
func (s *ReflectionScreen) buildPlacement() {
	s.Name = widget.NewEntry()
	s.Name.SetPlaceHolder(lang.L("Initiative, practice or unit"))
	s.Name.OnChanged = func(v string) { s.edit("name", true, func(in *workshop.Initiative) { in.Name = v }) }
	s.Phase = newChoiceSelect(phaseChoices(), func(c workshop.Phase) { s.edit("phase", false, func(in *workshop.Initiative) { in.Phase = c }) })
	s.Trap = newChoiceSelect(trapChoices(), func(c workshop.Trap) { s.edit("trap", false, func(in *workshop.Initiative) { in.Trap = c }) })
	s.Evidence = NewTextArea()
	s.Evidence.SetMinRowsVisible(2)
	s.Evidence.Wrapping = fyne.TextWrapWord
	s.Evidence.SetPlaceHolder(lang.L("What the room knows about it"))
	s.Evidence.OnChanged = func(v string) { s.edit("evidence", true, func(in *workshop.Initiative) { in.Evidence = v }) }
}

// buildDecision makes the fields of the room's reading and decision.
func (s *ReflectionScreen) buildDecision() {
	s.Closeness = newChoiceSelect(closenessChoices(), func(c string) {
		n, _ := strconv.Atoi(c)
		s.edit("closeness", false, func(in *workshop.Initiative) { in.Closeness = n })
	})
	s.Layers = widget.NewEntry()
	s.Layers.SetPlaceHolder("0")
	s.Layers.OnChanged = func(v string) {
		if s.loading {
			return
		}
		n, err := parseLayers(v)
		if err != nil {
			showErr(s.FieldErr, fmt.Sprintf(lang.L("Layers: %s"), err))
			return
		}
		showErr(s.FieldErr, "")
		s.edit("layers", true, func(in *workshop.Initiative) { in.Layers = n })
	}
	s.Direction = newChoiceSelect(directionChoices(), func(c workshop.Direction) {
		s.edit("direction", false, func(in *workshop.Initiative) { in.Direction = c })
	})
	s.Rationale = NewTextArea()
	s.Rationale.SetMinRowsVisible(2)
	s.Rationale.Wrapping = fyne.TextWrapWord
	s.Rationale.SetPlaceHolder(lang.L("Why this direction"))
	s.Rationale.OnChanged = func(v string) { s.edit("rationale", true, func(in *workshop.Initiative) { in.Rationale = v }) }
	s.FirstAction = widget.NewEntry()
	s.FirstAction.SetPlaceHolder(lang.L("The first step, small enough for next week"))
	s.FirstAction.OnChanged = func(v string) {
		s.edit("first action", true, func(in *workshop.Initiative) { in.FirstAction = v })
	}
	s.ActionFrom = widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { s.firstActionToAction() })
	s.Contested = widget.NewCheck(lang.L("No consensus on this placement"), func(b bool) {
		s.edit("consensus", false, func(in *workshop.Initiative) { in.Contested = b })
	})
	s.FieldErr = widget.NewLabel("")
	s.FieldErr.Importance = widget.DangerImportance
	s.FieldErr.Wrapping = fyne.TextWrapWord
	s.FieldErr.Hide()
}

// buildFormLayout lays the initiative's fields out as a form.
func (s *ReflectionScreen) buildFormLayout() {
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Name"), s.Name),
		widget.NewFormItem(lang.L("Phase"), s.Phase),
		widget.NewFormItem(lang.L("Trap"), s.Trap),
		widget.NewFormItem(lang.L("Evidence"), s.Evidence),
		widget.NewFormItem(lang.L("Closeness"), s.Closeness),
		widget.NewFormItem(lang.L("Layers"), s.Layers),
		widget.NewFormItem(lang.L("Direction"), s.Direction),
		widget.NewFormItem(lang.L("Rationale"), s.Rationale),
		widget.NewFormItem(lang.L("First action"), container.NewBorder(nil, nil, nil, s.ActionFrom, s.FirstAction)),
		widget.NewFormItem("", s.Contested),
	)
	form.Items[4].HintText = lang.L("How close it stays to people and relationships")
	form.Items[5].HintText = lang.L("Layers between the resources and the people served")
	s.form = container.NewVBox(form, s.FieldErr)
	s.noSelection = widget.NewLabel(lang.L("Select an initiative in the list or on the map, or add one."))
	s.noSelection.Importance = widget.LowImportance
	s.noSelection.Wrapping = fyne.TextWrapWord
}

// buildMap makes the ecocycle map and the summary under it.
func (s *ReflectionScreen) buildMap() {
	s.Map = NewEcocycleMap()
	s.Map.SideList = true
	s.Map.OnSelect = func(id string) { s.selectInitiative(id) }
	s.Map.OnPlace = s.placeInitiative
	s.Summary = widget.NewLabel("")
	s.Summary.Wrapping = fyne.TextWrapWord
}

// layout puts the list and form on the left, the map on the right.
func (s *ReflectionScreen) layout() {
	// The tools wrap onto a second row when their words are long (German,
	// French), rather than hold the map narrow.
	listPane := container.NewBorder(newFlowRow(s.Add, s.Remove, s.AddAction, s.Examples), nil, nil, nil, s.List)
	formPane := container.NewVScroll(container.NewVBox(s.noSelection, s.form))
	left := container.NewVSplit(listPane, formPane)
	left.Offset = 0.45
	// The summary scrolls past five lines: naming every initiative in a
	// trap, it would otherwise grow the window off the screen.
	summary := container.NewVScroll(s.Summary)
	summary.SetMinSize(fyne.NewSize(0, 5*theme.TextSize()*1.45))
	right := container.NewBorder(nil, container.NewVBox(directionLegend(theme.TextSize()), summary), nil, nil, s.Map)
	split := container.NewHSplit(left, right)
	split.Offset = 0.42
	s.root = split
}

func parseLayers(v string) (int, error) {
	t := strings.TrimSpace(v)
	if t == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(t)
	if err != nil {
		return 0, fmt.Errorf(lang.L("%q is not a whole number: count the layers, like 0, 2 or 5"), v)
	}
	if n < 0 || n > workshop.MaxLayers {
		return 0, fmt.Errorf(lang.L("type a count from 0 to %d"), workshop.MaxLayers)
	}
	return n, nil
}

// Object implements StepScreen.
func (s *ReflectionScreen) Object() fyne.CanvasObject { return s.root }

// Refresh implements StepScreen.
func (s *ReflectionScreen) Refresh() {
	if s.initiative() == nil {
		s.selected = ""
	}
	s.fillForm()
	s.List.Refresh()
	s.refreshResult()
	if e := s.exercise(); e != nil {
		showExamplesButton(s.Examples, len(e.Initiatives) == 0, examplesOf(s.ed, s.stepID))
	}
}

// fillExamples adds the template's example initiatives in one action.
func (s *ReflectionScreen) fillExamples() {
	added := fillExamples(s.ed, s.stepID)
	if len(added) == 0 {
		return
	}
	s.Refresh()
	s.selectInitiative(added[0])
}

func (s *ReflectionScreen) indexOf(id string) int {
	if e := s.exercise(); e != nil {
		for i := range e.Initiatives {
			if e.Initiatives[i].ID == id {
				return i
			}
		}
	}
	return -1
}

func (s *ReflectionScreen) selectInitiative(id string) {
	if s.selected == id {
		return
	}
	s.selected = id
	showErr(s.FieldErr, "")
	s.fillForm()
	if i := s.indexOf(id); i >= 0 {
		s.List.Select(i)
	}
	s.Map.Selected = id
	s.Map.Refresh()
}

func (s *ReflectionScreen) fillForm() {
	in := s.initiative()
	s.loading = true
	defer func() { s.loading = false }()
	if in == nil {
		s.form.Hide()
		s.noSelection.Show()
		s.Remove.Disable()
		return
	}
	s.noSelection.Hide()
	s.form.Show()
	s.Remove.Enable()
	s.Name.SetText(in.Name)
	setChoice(s.Phase, phaseChoices(), in.Phase)
	setChoice(s.Trap, trapChoices(), in.Trap)
	s.Evidence.SetText(in.Evidence)
	setChoice(s.Closeness, closenessChoices(), strconv.Itoa(in.Closeness))
	if in.Layers == 0 {
		s.Layers.SetText("")
	} else {
		s.Layers.SetText(strconv.Itoa(in.Layers))
	}
	setChoice(s.Direction, directionChoices(), in.Direction)
	s.Rationale.SetText(in.Rationale)
	s.FirstAction.SetText(in.FirstAction)
	s.Contested.SetChecked(in.Contested)
}

func (s *ReflectionScreen) addInitiative() {
	e := s.exercise()
	if e == nil {
		return
	}
	if err := s.ed.Apply(lang.L("adding an initiative"), workshop.AddInitiative(s.stepID, "")); err != nil {
		showErr(s.FieldErr, sentence(err.Error()))
		return
	}
	id := e.Initiatives[len(e.Initiatives)-1].ID
	s.List.Refresh()
	s.selectInitiative(id)
	s.List.ScrollTo(s.indexOf(id))
	s.refreshResult()
	if w := s.ed.Window; w != nil {
		w.Canvas().Focus(s.Name)
	}
}

func (s *ReflectionScreen) removeInitiative() {
	e := s.exercise()
	in := s.initiative()
	if e == nil || in == nil {
		return
	}
	i := s.indexOf(in.ID)
	what := quoted(in.Name, lang.L("the unnamed initiative"))
	if err := s.ed.Apply(fmt.Sprintf(lang.L("removal of %s"), what), workshop.RemoveInitiative(s.stepID, in.ID)); err != nil {
		showErr(s.FieldErr, sentence(err.Error()))
		return
	}
	s.ed.notify(removedNotice(what, false))
	s.selected = ""
	s.List.UnselectAll()
	if i >= len(e.Initiatives) {
		i = len(e.Initiatives) - 1
	}
	if i >= 0 {
		s.selectInitiative(e.Initiatives[i].ID)
	} else {
		s.Map.Selected = ""
		s.fillForm()
	}
	s.List.Refresh()
	s.refreshResult()
}

// placeInitiative moves an initiative to where its dot was dropped on the
// map, and shows the new phase and trap in the form.
func (s *ReflectionScreen) placeInitiative(id string, z workshop.EcoZone) {
	s.selectInitiative(id)
	s.edit("place on the map", false, func(in *workshop.Initiative) { in.Place(z) })
	if in := s.initiative(); in != nil {
		s.loading = true
		setChoice(s.Phase, phaseChoices(), in.Phase)
		setChoice(s.Trap, trapChoices(), in.Trap)
		s.loading = false
	}
}

// firstActionToAction records the first action as a session action, owned
// and dated in the quick-add dialog, so it reaches the action list and PDF.
func (s *ReflectionScreen) firstActionToAction() *QuickAction {
	in := s.initiative()
	if in == nil {
		return nil
	}
	if strings.TrimSpace(in.FirstAction) == "" {
		dialog.ShowInformation(lang.L("No first action yet"), lang.L("Type the first action for this initiative, then add it to the actions."), s.ed.Window)
		return nil
	}
	q := ShowQuickAction(s.ed, s.stepID)
	q.Form.Text.SetText(fmt.Sprintf("%s: %s", in.Name, in.FirstAction))
	return q
}

func (s *ReflectionScreen) refreshResult() {
	e := s.exercise()
	if e == nil {
		return
	}
	s.Map.Selected = s.selected
	s.Map.SetInitiatives(e.Initiatives)
	setLabel(s.Summary, report.ReflectionSummary(e.Analyse()))
}
