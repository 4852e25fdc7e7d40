package report

import (
	"fmt"
	"strings"

	"scaleroom/workshop"
)

// actions is the actions part: open actions, then the ones already done.
// A named report groups open actions by owner (the analysis' order); one
// without names shows no owners and sorts by due date and text, since an
// order by owner, by name or by label would give names away.
func (v *view) actions() Section {
	sec := Section{ID: ActionsID, Title: tr("Actions"), Level: 0}
	if len(v.s.Actions) == 0 {
		sec.Blocks = []Block{
			&Paragraph{Text: tr("No actions were recorded."), On: Print},
			&Paragraph{Text: tr("No actions recorded yet."), On: Screen},
		}
		return sec
	}
	var open, done, dropped []*workshop.Action
	if v.named() {
		for _, g := range v.s.OpenActionsByOwner() {
			open = append(open, g.Actions...)
		}
	}
	for i := range v.s.Actions {
		a := &v.s.Actions[i]
		switch {
		case a.Done:
			done = append(done, a)
		case a.Dropped:
			dropped = append(dropped, a)
		case !v.named():
			open = append(open, a)
		}
	}
	if !v.named() {
		workshop.SortActionsByDue(open, v.u)
		workshop.SortActionsByDue(done, v.u)
		workshop.SortActionsByDue(dropped, v.u)
	}
	cols := []Column{textCol(tr("Action"), 0.5), textCol(tr("Owner"), 0.2), textCol(tr("Due"), 0.13), textCol(tr("From step"), 0.17)}
	if !v.named() {
		cols = []Column{textCol(tr("Action"), 0.62), textCol(tr("Due"), 0.15), textCol(tr("From step"), 0.23)}
	}
	for _, part := range []struct {
		title string
		list  []*workshop.Action
	}{{tr("Open"), open}, {tr("Done"), done}, {tr("Dropped"), dropped}} {
		if len(part.list) == 0 {
			continue
		}
		t := &Table{Columns: cols, On: Print}
		for _, a := range part.list {
			t.Rows = append(t.Rows, v.actionRow(a))
		}
		sec.Blocks = append(sec.Blocks, &Heading{Level: 3, Text: part.title, On: Print}, t)
	}
	sec.Blocks = append(sec.Blocks,
		&Paragraph{Text: v.actionsByOwner(len(done), len(dropped)), On: Screen},
		&Paragraph{Text: tr("Actions"), Tone: Strong, On: Room})
	if len(open) > 0 {
		l := &List{On: Room}
		for _, a := range open {
			l.Items = append(l.Items, v.u(a.Text)+" — "+v.actionMeta(a))
		}
		sec.Blocks = append(sec.Blocks, l)
	}
	return sec
}

func (v *view) actionRow(a *workshop.Action) Row {
	step := ""
	if st := v.s.Step(a.Step); st != nil {
		step = v.u(st.Title)
	}
	if !v.named() {
		return Row{Cells: []string{v.u(a.Text), date(a.Due), step}}
	}
	owner := v.s.OwnerName(a.Owner)
	if owner == "" {
		owner = tr("nobody yet")
	}
	return Row{Cells: []string{a.Text, owner, date(a.Due), step}}
}

// actionsByOwner lists open actions under their owners, or, without names,
// by due date, then says how many are done and dropped.
func (v *view) actionsByOwner(done, dropped int) string {
	var lines []string
	item := func(a *workshop.Action) string {
		line := "  • " + v.u(a.Text)
		if a.Due != "" {
			line += fmt.Sprintf(tr(" (due %s)"), date(a.Due))
		}
		return line
	}
	if v.named() {
		for _, g := range v.s.OpenActionsByOwner() {
			owner := g.Name
			if owner == "" {
				owner = tr("No owner yet")
			}
			lines = append(lines, fmt.Sprintf(tr("%s:"), owner))
			for _, a := range g.Actions {
				lines = append(lines, item(a))
			}
		}
	} else {
		open := v.s.OpenActions()
		workshop.SortActionsByDue(open, v.u)
		for _, a := range open {
			lines = append(lines, item(a))
		}
	}
	if done > 0 {
		lines = append(lines, fmt.Sprintf(tr("Done: %s."), count(done, tr("action"), tr("actions"))))
	}
	if dropped > 0 {
		lines = append(lines, fmt.Sprintf(tr("Dropped: %s."), count(dropped, tr("action"), tr("actions"))))
	}
	return strings.Join(lines, "\n")
}

// actionMeta is the owner, due date and source step of an action.
func (v *view) actionMeta(a *workshop.Action) string {
	var parts []string
	switch {
	case !v.named():
	case !a.Owner.IsZero():
		parts = append(parts, v.s.OwnerName(a.Owner))
	default:
		parts = append(parts, tr("no owner yet"))
	}
	if a.Due != "" {
		parts = append(parts, fmt.Sprintf(tr("due %s"), date(a.Due)))
	}
	if st := v.s.Step(a.Step); st != nil {
		parts = append(parts, fmt.Sprintf(tr("from %s"), v.u(st.Title)))
	}
	if a.Carried() {
		parts = append(parts, fmt.Sprintf(tr("agreed %s"), date(a.CarriedFrom)))
	}
	if a.Dropped && !a.Done {
		parts = append(parts, tr("dropped"))
	}
	return strings.Join(parts, " · ")
}

// ActionMeta is an action's owner, due date and source step as the actions
// screen shows them: "Ana Lima · due 1 April 2026 · from Values".
func ActionMeta(s *workshop.Session, a *workshop.Action) string {
	return (&view{s: s}).actionMeta(a)
}

func textCol(title string, w float64) Column { return Column{Title: title, Width: w} }
func numCol(title string, w float64) Column  { return Column{Title: title, Width: w, Numeric: true} }
