package app

import (
	"fmt"
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

// Outcomes a carried action can be marked with, in the order offered: the
// report's words, which the screen shows in the reader's language.
var reviewOutcomes = []string{report.OutcomeDone, report.OutcomeCarried, report.OutcomeDropped}

// outcomeLabel is an outcome as the screen offers it.
func outcomeLabel(outcome string) string {
	switch outcome {
	case report.OutcomeDone:
		return lang.L("Done")
	case report.OutcomeCarried:
		return lang.L("Carried on")
	case report.OutcomeDropped:
		return lang.L("Dropped")
	}
	return outcome
}

// outcomeLabels are the outcomes as the screen offers them, in order.
func outcomeLabels() []string {
	out := make([]string, len(reviewOutcomes))
	for i, o := range reviewOutcomes {
		out[i] = outcomeLabel(o)
	}
	return out
}

// outcomeFromLabel is the outcome a picked label stands for.
func outcomeFromLabel(label string) string {
	for _, o := range reviewOutcomes {
		if outcomeLabel(o) == label {
			return o
		}
	}
	return ""
}

// ReviewScreen is the "Since last time" step of a follow-up: every action
// carried over from the previous session, to mark done, carried on or
// dropped, and what changed since then, in the words the summary and the
// PDF use.
type ReviewScreen struct {
	sw     *SessionWindow
	stepID string

	// Source says which session this one is compared with, or why it
	// cannot be; Locate finds a previous session that moved.
	Source *widget.Label
	Locate *widget.Button
	// Count sums up the outcomes; Actions lists the carried actions.
	Count   *widget.Label
	Actions *widget.List
	Empty   *widget.Label
	// Changes holds what changed, rebuilt on Refresh.
	Changes *fyne.Container
	texts   []string

	carried []string // IDs of the carried actions, in session order
	rows    rowsOf[*reviewRow]
	root    fyne.CanvasObject
}

type reviewRow struct {
	id      string
	text    *widget.Label
	meta    *widget.Label
	outcome *widget.RadioGroup
}

// NewReviewScreen builds the screen of the review step stepID.
func NewReviewScreen(sw *SessionWindow, stepID string) *ReviewScreen {
	r := &ReviewScreen{sw: sw, stepID: stepID, rows: rowsOf[*reviewRow]{}}
	r.Source = widget.NewLabel("")
	r.Source.Wrapping = fyne.TextWrapWord
	r.Locate = widget.NewButtonWithIcon(lang.L("Locate previous session…"), theme.FolderOpenIcon(), sw.LocatePrevious)
	r.Count = widget.NewLabel("")
	r.Count.TextStyle.Bold = true
	r.Empty = widget.NewLabel(lang.L("No actions were carried over: every action of the previous session was done or dropped there."))
	r.Empty.Wrapping = fyne.TextWrapWord
	r.Empty.Importance = widget.LowImportance
	r.Actions = widget.NewList(func() int { return len(r.carried) }, r.newRow, r.updateRow)
	r.Actions.HideSeparators = false
	r.Changes = container.NewVBox()
	head := container.NewVBox(container.NewBorder(nil, nil, nil, container.NewCenter(r.Locate), r.Source),
		heading(lang.L("Actions from last time")), r.Count)
	top := container.NewBorder(head, nil, nil, nil, container.NewStack(r.Actions, container.NewVBox(r.Empty)))
	bottom := container.NewBorder(heading(lang.L("What changed")), nil, nil, nil, container.NewVScroll(r.Changes))
	split := container.NewVSplit(top, bottom)
	split.Offset = 0.55
	r.root = split
	r.Refresh()
	return r
}

// Object is the screen's root widget.
func (r *ReviewScreen) Object() fyne.CanvasObject { return r.root }

// Text is what the screen says about the changes, a block a line, for
// tests.
func (r *ReviewScreen) Text() string { return strings.Join(r.texts, "\n") }

// Refresh re-reads the session and the previous session.
func (r *ReviewScreen) Refresh() {
	s := r.sw.Editor.Session
	prev, at, problem := r.sw.Previous()
	r.Locate.Hide()
	switch {
	case s.Previous == nil:
		r.Source.SetText(lang.L("This session follows no earlier one. To start the next session of a series with this step, open the session it follows and choose File > New follow-up…."))
	case prev != nil:
		r.Source.SetText(fmt.Sprintf(lang.L("Compared with %s of %s, read from %s."), inQuotes(prev.Title), locale.ShowDate(prev.Date), at))
	default:
		r.Source.SetText(fmt.Sprintf(lang.L("%s The actions below are this session's own; the comparison needs the previous session."), sentence(problem)))
		r.Locate.Show()
	}
	r.carried = r.carried[:0]
	for _, a := range s.Actions {
		if a.Carried() {
			r.carried = append(r.carried, a.ID)
		}
	}
	if len(r.carried) == 0 {
		r.Empty.Show()
	} else {
		r.Empty.Hide()
	}
	r.Count.SetText(workshop.UpperFirst(s.ReviewActions().Sentence()))
	r.Actions.Refresh()
	r.refreshChanges()
}

// refreshChanges shows the step's section of the report for the screen,
// less what the action list above already shows.
func (r *ReviewScreen) refreshChanges() {
	r.texts = r.texts[:0]
	var objs []fyne.CanvasObject
	sec := report.BuildStep(r.sw.Editor.Session, r.sw.reportOptions(), r.stepID)
	if sec != nil {
		for i, b := range sec.For(report.Screen) {
			var text string
			bold := false
			switch b := b.(type) {
			case *report.Paragraph:
				// The count and the source are above: the source is the
				// section's opening line, in bold, in whatever language.
				if strings.EqualFold(b.Text, r.Count.Text) || (i == 0 && b.Tone == report.Strong) {
					continue
				}
				text, bold = b.Text, b.Tone == report.Strong
			case *report.List:
				text = b.Text()
			case *report.Callout:
				continue // the source line says it
			}
			if text == "" {
				continue
			}
			l := widget.NewLabel(text)
			l.Wrapping = fyne.TextWrapWord
			l.TextStyle.Bold = bold
			objs = append(objs, l)
			r.texts = append(r.texts, text)
		}
	}
	if len(objs) == 0 {
		l := widget.NewLabel(lang.L("Nothing to compare yet."))
		l.Importance = widget.LowImportance
		objs = append(objs, l)
		r.texts = append(r.texts, l.Text)
	}
	r.Changes.Objects = objs
	r.Changes.Refresh()
}

func (r *ReviewScreen) newRow() fyne.CanvasObject {
	row := &reviewRow{text: widget.NewLabel(lang.L("Action")), meta: widget.NewLabel(lang.L("owner"))}
	row.text.Truncation = fyne.TextTruncateEllipsis
	row.meta.Truncation = fyne.TextTruncateEllipsis
	row.meta.SizeName = theme.SizeNameCaptionText
	row.outcome = widget.NewRadioGroup(outcomeLabels(), nil)
	row.outcome.Horizontal = true
	row.outcome.Required = true
	return r.rows.keep(container.NewBorder(nil, nil, nil, row.outcome, container.New(&tightVBox{}, row.text, row.meta)), row)
}

func (r *ReviewScreen) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	row := r.rows[o]
	if row == nil || i >= len(r.carried) {
		return
	}
	a := findAction(r.sw.Editor.Session, r.carried[i])
	if a == nil {
		return
	}
	row.id = a.ID
	row.text.SetText(a.Text)
	row.meta.SetText(report.ActionMeta(r.sw.Editor.Session, a))
	row.outcome.OnChanged = nil
	row.outcome.SetSelected(outcomeLabel(outcomeOf(a)))
	id := a.ID
	row.outcome.OnChanged = func(v string) { r.Mark(id, outcomeFromLabel(v)) }
}

// outcomeOf is what became of a carried action, in the screen's words.
func outcomeOf(a *workshop.Action) string {
	switch {
	case a.Done:
		return report.OutcomeDone
	case a.Dropped:
		return report.OutcomeDropped
	}
	return report.OutcomeCarried
}

// Mark records what became of the carried action id: done, carried on
// (still open) or dropped.
func (r *ReviewScreen) Mark(id, outcome string) {
	a := findAction(r.sw.Editor.Session, id)
	if a == nil || outcome == "" || outcomeOf(a) == outcome {
		return
	}
	what := quoted(a.Text, lang.L("an action"))
	label := fmt.Sprintf(lang.L("marking %s carried on"), what)
	switch outcome {
	case report.OutcomeDone:
		label = fmt.Sprintf(lang.L("marking %s done"), what)
	case report.OutcomeDropped:
		label = fmt.Sprintf(lang.L("marking %s dropped"), what)
	}
	err := r.sw.Editor.Apply(label,
		workshop.SetOutcome(id, outcome == report.OutcomeDone, outcome == report.OutcomeDropped))
	if err != nil {
		showProblem(r.sw.App.Window, lang.L("Could not mark the action"), sentence(err.Error()))
	}
	r.Refresh()
}

// Row is the list row showing the carried action id, if it is on screen,
// for tests.
func (r *ReviewScreen) Row(id string) *widget.RadioGroup {
	for o, row := range r.rows {
		if row.id == id && o.Visible() {
			return row.outcome
		}
	}
	return nil
}
