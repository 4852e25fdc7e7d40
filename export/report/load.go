package report

import (
	"fmt"
	"slices"
	"strings"

	"scaleroom/workshop"
)

// DecisionsText heads the list of what the room decided to stop, do less
// of and defer, in the reader's language. The printed "stop-doing list"
// is the Stop part alone, as "at a glance" counts it; one title for both
// read as two different counts.
func DecisionsText() string { return tr("Stop, do less, defer") }

// StopListEmptyText stands for an empty list of decisions while the room
// works.
func StopListEmptyText() string {
	return tr("Nothing yet. Mark items Stop, Do less or Defer and they appear here.")
}

// roomWarnings caps the warnings on the projector: the room reads a few;
// the summary lists them all.
const roomWarnings = 5

// loadSection is one load inventory: the totals and chart, the warnings,
// the decisions, then every item.
func (v *view) loadSection(st *workshop.Step) Section {
	ex := st.Load
	r := ex.Analyse(v.s.Participants)
	unit := ex.Unit.Word()
	sec := Section{ID: st.ID, Title: v.u(st.Heading()), Level: 0, Blocks: v.prompt(st)}
	if ex.Team != "" {
		sec.Blocks = append(sec.Blocks, &Field{Label: tr("Team:"), Text: v.u(ex.Team), On: Print | Screen})
	}
	capacity := tr("not stated")
	if r.Capacity > 0 {
		capacity = workshop.FormatLoad(r.Capacity) + " " + unit
	}
	sec.Blocks = append(sec.Blocks,
		&Field{Label: tr("Load:"), On: Print, Text: fmt.Sprintf(tr("%s %s today, %s after the decisions; capacity %s. From above (top-down): %s. Items still undecided: %d."),
			workshop.FormatLoad(r.Before), unit, workshop.FormatLoad(r.After), capacity, workshop.FormatLoad(r.TopDown), r.Undecided)},
		&Paragraph{Text: LoadTotals(r), On: Screen},
		v.loadChart(&r, Print|Room),
		&Paragraph{Text: tr("Cognitive-load warnings (Team Topologies)"), Tone: Strong, On: Screen},
		v.warningList(r, 0, Screen),
		v.warningList(r, roomWarnings, Room),
		&Heading{Level: 3, Text: tr("Warnings"), On: Print})
	if len(r.Warnings) == 0 {
		sec.Blocks = append(sec.Blocks, &Paragraph{Text: tr("None: the load fits the capacity and the cognitive-load heuristics raise nothing."), On: Print})
	} else {
		sec.Blocks = append(sec.Blocks, &Callout{Items: v.warnings(r.Warnings), On: Print})
	}
	sec.Blocks = append(sec.Blocks, &Heading{Level: 3, Text: tr("Stop-doing list"), On: Print})
	if len(r.Stop) == 0 {
		sec.Blocks = append(sec.Blocks, &Paragraph{Text: tr("Nothing was stopped."), On: Print})
	} else {
		sec.Blocks = append(sec.Blocks, v.stopTable(r.Stop))
	}
	// The room sees the decisions once there are some; the screen says
	// where they will appear.
	if decided := v.decisions(r, Screen|Room); len(decided) > 0 {
		sec.Blocks = append(sec.Blocks, &Paragraph{Text: DecisionsText(), Tone: Strong, On: Screen | Room})
		for _, l := range decided {
			sec.Blocks = append(sec.Blocks, l)
		}
	} else {
		sec.Blocks = append(sec.Blocks, &Paragraph{Text: DecisionsText(), Tone: Strong, On: Screen},
			&Paragraph{Text: StopListEmptyText(), On: Screen})
	}
	sec.Blocks = append(sec.Blocks, &Heading{Level: 3, Text: tr("All items"), On: Print}, v.itemsTable(ex))
	return sec
}

// loadChart is the inventory's totals as a chart.
func (v *view) loadChart(r *workshop.LoadResult, on Medium) *LoadChart {
	return &LoadChart{Unit: r.Unit, Before: r.Before, After: r.After, Capacity: r.Capacity, ByType: r.ByType, ByTypeAfter: r.ByTypeAfter,
		Caption: fmt.Sprintf(tr("Today %s, after the decisions %s, capacity %s"),
			workshop.FormatLoad(r.Before), workshop.FormatLoad(r.After), workshop.FormatLoad(r.Capacity)),
		On: on}
}

// stopTable is the stop-doing list in print. Owners only where names may
// be printed: the room watched people take these on, so an owner beside a
// label would name the label.
func (v *view) stopTable(stop []*workshop.LoadItem) *Table {
	t := &Table{On: Print, Columns: []Column{textCol(tr("Item"), 0.6), numCol(tr("Load"), 0.12), textCol(tr("By"), 0.28)}}
	if v.named() {
		t.Columns = []Column{textCol(tr("Item"), 0.4), textCol(tr("Owner"), 0.2), numCol(tr("Load"), 0.1), textCol(tr("Decision owner"), 0.18), textCol(tr("By"), 0.12)}
	}
	for _, it := range stop {
		if v.named() {
			t.Rows = append(t.Rows, Row{Cells: []string{it.Name, v.s.OwnerName(it.Owner), workshop.FormatLoad(it.Load), v.s.OwnerName(it.DecisionOwner), date(it.DecisionDate)}})
		} else {
			t.Rows = append(t.Rows, Row{Cells: []string{v.u(it.Name), workshop.FormatLoad(it.Load), date(it.DecisionDate)}})
		}
	}
	return t
}

// itemsTable lists every item with its decision and note.
func (v *view) itemsTable(ex *workshop.LoadExercise) *Table {
	t := &Table{On: Print, Columns: []Column{textCol(tr("Item"), 0.27), textCol(tr("Origin"), 0.11), textCol(tr("Type"), 0.12), textCol(tr("Complexity"), 0.13),
		numCol(tr("Load"), 0.06), numCol(tr("After"), 0.06), textCol(tr("Decision"), 0.25)}}
	if v.named() {
		t.Columns = []Column{textCol(tr("Item"), 0.21), textCol(tr("Owner"), 0.11), textCol(tr("Origin"), 0.11), textCol(tr("Type"), 0.1), textCol(tr("Complexity"), 0.13),
			numCol(tr("Load"), 0.06), numCol(tr("After"), 0.06), textCol(tr("Decision"), 0.22)}
	}
	for i := range ex.Items {
		it := &ex.Items[i]
		cells := []string{v.u(it.Name)}
		if v.named() {
			cells = append(cells, v.s.OwnerName(it.Owner))
		}
		cells = append(cells, it.Origin.Label(), workshop.LoadTypeTerms.Label(it.Type), it.Complexity.Label(),
			workshop.FormatLoad(it.Load), workshop.FormatLoad(it.LoadAfter()), v.decision(it))
		rw := Row{Cells: cells}
		if strings.TrimSpace(it.Note) != "" && v.notes() {
			rw.Note = fmt.Sprintf(tr("Note: %s"), v.u(it.Note))
		}
		t.Rows = append(t.Rows, rw)
	}
	return t
}

// warnings puts a load inventory's warnings in words for print. The
// session's own (capacity, extraneous load: no owner) come first, in the
// analysis' order, which leads with the headline. The anonymous summary
// sorts the owners' warnings by their scrubbed text: the analysis lists
// them by owner name, and with the names scrubbed that order alone would
// say whose they are. Sorting the session's warnings with them put
// "Today's load is … over capacity" last. Unattributed, they are counted
// only, as on the screens.
func (v *view) warnings(list []workshop.LoadWarning) []string {
	var session, owners []string
	for _, w := range list {
		if w.Team == "" {
			session = append(session, v.u(w.Message))
		} else {
			owners = append(owners, v.u(w.Message))
		}
	}
	switch {
	case v.anon != nil:
		slices.SortStableFunc(owners, func(a, b string) int {
			return strings.Compare(strings.TrimPrefix(a, v.anon.mark), strings.TrimPrefix(b, v.anon.mark))
		})
	case !v.named() && len(owners) > 0:
		// Unscrubbed, they would name their owners.
		return append(session, hiddenWarnings(len(owners)))
	}
	return append(session, owners...)
}

// hiddenWarnings says how many warnings about named owners are left out.
func hiddenWarnings(n int) string {
	return fmt.Sprintf(workshop.Plural(n, tr("%d more warning about named owners, not shown in anonymous mode."),
		tr("%d more warnings about named owners, not shown in anonymous mode.")), n)
}

// noWarnings says the heuristics found nothing.
func noWarnings() string {
	return tr("None: the load fits the capacity and the Team Topologies heuristics.")
}

// warningItems are the warnings as the screens list them, at most limit of
// them (0 for all), then how many more there are. Without names, those
// about a named owner, which may be a person, are left out and counted.
func (v *view) warningItems(r workshop.LoadResult, limit int) []string {
	var out []string
	hidden, over := 0, 0
	for _, w := range r.Warnings {
		if !v.named() && w.Team != "" {
			hidden++
			continue
		}
		if limit > 0 && len(out) == limit {
			over++
			continue
		}
		out = append(out, v.u(w.Message))
	}
	if over > 0 {
		out = append(out, fmt.Sprintf(tr("…and %d more: the summary lists them all."), over))
	}
	if hidden > 0 {
		out = append(out, hiddenWarnings(hidden))
	}
	return out
}

// warningList is the warnings as a list, or a sentence when there are none.
func (v *view) warningList(r workshop.LoadResult, limit int, on Medium) Block {
	items := v.warningItems(r, limit)
	if len(items) == 0 {
		return &Paragraph{Text: noWarnings(), On: on}
	}
	return &List{Items: items, On: on}
}

// LoadWarnings lists an inventory's warnings as the load screen shows
// them, at most limit (0 for all), a bulleted line each.
func LoadWarnings(r workshop.LoadResult, limit int) string {
	items := (&view{}).warningItems(r, limit)
	if len(items) == 0 {
		return noWarnings()
	}
	return (&List{Items: items}).Text()
}

// decision puts a load item's decision in words, with its owner and date,
// in one cell. The owner is named only in a named summary: a personal sheet
// names no one else, and its reader knows what they decide.
func (v *view) decision(it *workshop.LoadItem) string {
	s := it.Decision.Label()
	if !it.DecisionOwner.IsZero() && v.named() && v.me == nil {
		s += ", " + v.s.OwnerName(it.DecisionOwner)
	}
	if it.DecisionDate != "" {
		s += fmt.Sprintf(tr(", by %s"), date(it.DecisionDate))
	}
	return s
}

// decisions is what the room decided to stop, do less of and defer, a
// list each, as KALM keeps them apart.
func (v *view) decisions(r workshop.LoadResult, on Medium) []*List {
	var out []*List
	part := func(d workshop.Decision, items []*workshop.LoadItem) {
		if len(items) == 0 {
			return
		}
		l := &List{Title: fmt.Sprintf(tr("%s:"), d.Label()), On: on}
		for _, it := range items {
			line := v.u(it.Name)
			var extra []string
			if v.named() && !it.DecisionOwner.IsZero() {
				extra = append(extra, v.s.OwnerName(it.DecisionOwner))
			}
			if it.DecisionDate != "" {
				extra = append(extra, fmt.Sprintf(tr("by %s"), date(it.DecisionDate)))
			}
			if it.Decision == workshop.DecisionLess {
				extra = append(extra, fmt.Sprintf("%s → %s", workshop.FormatLoad(it.Load), workshop.FormatLoad(it.LoadAfter())))
			}
			if len(extra) > 0 {
				line += " (" + strings.Join(extra, ", ") + ")"
			}
			l.Items = append(l.Items, line)
		}
		out = append(out, l)
	}
	part(workshop.DecisionStop, r.Stop)
	part(workshop.DecisionLess, r.Less)
	part(workshop.DecisionDefer, r.Defer)
	return out
}

// Line is a line of a list with headings in it, as the load screen shows
// the decisions.
type Line struct {
	Text    string
	Heading bool
}

// StopList is the load screen's list of decisions, with owners: a heading
// per decision, then a bulleted line an item.
func StopList(s *workshop.Session, r workshop.LoadResult) []Line {
	var out []Line
	for _, l := range (&view{s: s}).decisions(r, Screen) {
		out = append(out, Line{Text: strings.TrimSpace(strings.TrimSuffix(l.Title, ":")), Heading: true})
		for _, it := range l.Items {
			out = append(out, Line{Text: "• " + it})
		}
	}
	return out
}

// StopListText is the decisions as text, a line each, or StopListEmptyText.
func StopListText(s *workshop.Session, r workshop.LoadResult) string {
	lists := (&view{s: s}).decisions(r, Screen)
	if len(lists) == 0 {
		return StopListEmptyText()
	}
	text := make([]string, len(lists))
	for i, l := range lists {
		text[i] = l.Text()
	}
	return strings.Join(text, "\n")
}

// LoadTotals puts an inventory's numbers into a few lines.
func LoadTotals(r workshop.LoadResult) string {
	unit := r.Unit.Word()
	var b strings.Builder
	if r.Capacity > 0 {
		fmt.Fprintf(&b, tr("Capacity %s %s. Today %s, after the decisions %s."),
			workshop.FormatLoad(r.Capacity), unit, workshop.FormatLoad(r.Before), workshop.FormatLoad(r.After))
	} else {
		fmt.Fprintf(&b, tr("Today %s %s, after the decisions %s. No capacity stated yet: ask the team what it can carry."),
			workshop.FormatLoad(r.Before), unit, workshop.FormatLoad(r.After))
	}
	var types []string
	for _, t := range workshop.LoadTypes {
		if v := r.ByTypeAfter[t]; v > 0 {
			types = append(types, fmt.Sprintf("%s %s", lower(t.Label()), workshop.FormatLoad(v)))
		}
	}
	if len(types) > 0 {
		b.WriteString("\n")
		fmt.Fprintf(&b, tr("By type, after the decisions: %s."), strings.Join(types, ", "))
	}
	if r.TopDown > 0 {
		b.WriteString("\n")
		fmt.Fprintf(&b, tr("Came from above: %s of today's %s."), workshop.FormatLoad(r.TopDown), workshop.FormatLoad(r.Before))
	}
	if r.Undecided > 0 {
		b.WriteString("\n")
		fmt.Fprintf(&b, tr("Still to decide: %s."), count(r.Undecided, tr("item"), tr("items")))
	}
	return b.String()
}
