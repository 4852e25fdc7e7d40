package report

import (
	"fmt"
	"strings"

	"scaleroom/workshop"
)

// since is "Since last time": what became of the actions carried over and,
// when the previous session could be read, how the values, the load and
// the initiatives changed. False for a session that follows none and
// carried nothing over.
func (v *view) since() (Section, bool) {
	link := v.s.Previous
	review := v.s.ReviewActions()
	if link == nil && review.Total() == 0 {
		return Section{}, false
	}
	sec := Section{ID: SinceID, Title: tr("Since last time"), Level: 0}
	if st := v.reviewStep(); st != nil {
		sec.Blocks = append(sec.Blocks, v.prompt(st)...)
	}
	var cmp *workshop.Comparison
	switch {
	case link == nil:
	case v.opt.Previous != nil:
		cmp = workshop.Compare(v.opt.Previous, v.s)
		sec.Blocks = append(sec.Blocks, &Paragraph{Tone: Strong, On: everywhere,
			Text: fmt.Sprintf(tr("Compared with the previous session of the series, %s."), v.sessionName(v.opt.Previous))})
	default:
		problem := strings.TrimSpace(v.opt.PreviousProblem)
		if problem == "" {
			problem = tr("it was not looked for")
		}
		sec.Blocks = append(sec.Blocks, &Callout{On: everywhere, Items: []string{
			fmt.Sprintf(tr("The values, the load and the initiatives are not compared: %s."), v.u(problem))}})
	}
	sec.Blocks = append(sec.Blocks, v.reviewBlocks(review)...)
	if cmp != nil {
		sec.Blocks = append(sec.Blocks, v.valueChanges(cmp.Values)...)
		sec.Blocks = append(sec.Blocks, v.loadChanges(cmp.Load)...)
		sec.Blocks = append(sec.Blocks, v.initiativeChanges(cmp)...)
	}
	return sec, true
}

// reviewStep is the session's "Since last time" step, if it has one.
func (v *view) reviewStep() *workshop.Step {
	for i := range v.s.Steps {
		if v.s.Steps[i].Kind == workshop.StepReview {
			return &v.s.Steps[i]
		}
	}
	return nil
}

// sessionName names a session of the series: "“How we scale: spring” of
// 14 April 2026".
func (v *view) sessionName(s *workshop.Session) string {
	title := strings.TrimSpace(v.u(s.Title))
	if title == "" {
		return fmt.Sprintf(tr("the session of %s"), date(s.Date))
	}
	return fmt.Sprintf(tr("“%s” of %s"), title, date(s.Date))
}

// Outcome words, as the review screen offers them, in English: the screen
// tells them apart by these; OutcomeText shows one in the reader's
// language.
const (
	OutcomeDone    = "Done"
	OutcomeCarried = "Carried on"
	OutcomeDropped = "Dropped"
)

// OutcomeText is an outcome word in the reader's language.
func OutcomeText(outcome string) string {
	switch outcome {
	case OutcomeDone:
		return tr("Done")
	case OutcomeCarried:
		return tr("Carried on")
	case OutcomeDropped:
		return tr("Dropped")
	}
	return outcome
}

// reviewBlocks are the actions carried over, by what became of them. A
// report without names shows no owners and orders each group by due date
// and text.
func (v *view) reviewBlocks(r workshop.ActionReview) []Block {
	head := &Heading{Level: 2, Text: tr("Actions from last time"), On: Print}
	if r.Total() == 0 {
		return []Block{head, &Paragraph{Text: tr("No actions were carried over from last time."), On: everywhere}}
	}
	// The review screen shows the same sentence, and leaves this one out
	// by comparing them.
	summary := workshop.UpperFirst(r.Sentence())
	out := []Block{head, &Paragraph{Text: summary, On: Print | Screen}, &Paragraph{Text: summary, Tone: Strong, On: Room}}
	cols := []Column{textCol(tr("Action"), 0.48), textCol(tr("Owner"), 0.2), textCol(tr("Agreed on"), 0.15), textCol(tr("Now"), 0.17)}
	if !v.named() {
		cols = []Column{textCol(tr("Action"), 0.63), textCol(tr("Agreed on"), 0.17), textCol(tr("Now"), 0.2)}
	}
	t := &Table{Columns: cols, On: Print}
	// The review step's screen marks the actions itself, and the summary
	// screen is brief: the list is the projector's.
	l := &List{On: Room}
	for _, part := range []struct {
		outcome string
		list    []*workshop.Action
	}{{OutcomeDone, r.Done}, {OutcomeCarried, r.Carried}, {OutcomeDropped, r.Dropped}} {
		list := append([]*workshop.Action(nil), part.list...)
		if !v.named() {
			workshop.SortActionsByDue(list, v.u)
		}
		for _, a := range list {
			cells := []string{v.u(a.Text)}
			if v.named() {
				owner := v.s.OwnerName(a.Owner)
				if owner == "" {
					owner = tr("nobody yet")
				}
				cells = append(cells, owner)
			}
			outcome := OutcomeText(part.outcome)
			t.Rows = append(t.Rows, Row{Cells: append(cells, date(a.CarriedFrom), outcome)})
			l.Items = append(l.Items, fmt.Sprintf(tr("%s: %s"), outcome, v.u(a.Text)))
		}
	}
	return append(out, t, l)
}

// change is a count then and now with the difference: "1→3 (+2)". The
// arrow has no space after it: Fyne 2.8 draws an arrow followed by a
// space with a missing-glyph box.
func change(then, now int) string {
	d := now - then
	switch {
	case d > 0:
		return fmt.Sprintf("%d→%d (+%d)", then, now, d)
	case d < 0:
		return fmt.Sprintf("%d→%d (−%d)", then, now, -d)
	}
	return fmt.Sprintf("%d→%d", then, now)
}

// loadChange is a load then and now with the difference.
func loadChange(then, now float64) string {
	d := now - then
	s := workshop.FormatLoad(then) + "→" + workshop.FormatLoad(now)
	switch {
	case d > 0:
		s += " (+" + workshop.FormatLoad(d) + ")"
	case d < 0:
		s += " (−" + workshop.FormatLoad(-d) + ")"
	}
	return s
}

// valueChanges compares each value's result and counts then and now.
func (v *view) valueChanges(list []workshop.ValueChange) []Block {
	if len(list) == 0 {
		return nil
	}
	out := []Block{&Heading{Level: 2, Text: tr("Values"), On: Print}}
	t := &Table{On: Print, Columns: []Column{textCol(tr("Value"), 0.28), textCol(tr("Then"), 0.15), textCol(tr("Now"), 0.15),
		numCol(tr("Agree"), 0.13), numCol(tr("Disagree and commit"), 0.16), numCol(tr("Withheld"), 0.13)}}
	var lines []string
	for _, c := range list {
		name := v.u(c.Name)
		row := Row{}
		line := name
		if c.Renamed != "" {
			row.Note = fmt.Sprintf(tr("Called “%s” last time."), v.u(c.Renamed))
			line += fmt.Sprintf(tr(" (was “%s”)"), v.u(c.Renamed))
		}
		switch {
		case c.Then == nil:
			row.Cells = []string{name, tr("not asked"), c.Now.Verdict, itoa(c.Now.Agree), itoa(c.Now.DisagreeAndCommit), itoa(c.Now.Withheld)}
			line = fmt.Sprintf(tr("%s: new this time; %s."), line, lower(c.Now.Verdict))
		case c.Now == nil:
			row.Cells = []string{name, c.Then.Verdict, tr("not asked"), itoa(c.Then.Agree), itoa(c.Then.DisagreeAndCommit), itoa(c.Then.Withheld)}
			line = fmt.Sprintf(tr("%s: not asked this time; last time %s."), line, lower(c.Then.Verdict))
		default:
			row.Cells = []string{name, c.Then.Verdict, c.Now.Verdict, change(c.Then.Agree, c.Now.Agree),
				change(c.Then.DisagreeAndCommit, c.Now.DisagreeAndCommit), change(c.Then.Withheld, c.Now.Withheld)}
			line = fmt.Sprintf(tr("%s: %s Agree %s, disagree and commit %s, withheld %s."), line, verdictChange(c.Then, c.Now),
				change(c.Then.Agree, c.Now.Agree), change(c.Then.DisagreeAndCommit, c.Now.DisagreeAndCommit), change(c.Then.Withheld, c.Now.Withheld))
		}
		t.Rows = append(t.Rows, row)
		lines = append(lines, line)
	}
	return append(out, t, &List{Items: lines, On: Screen | Room})
}

// verdictChange says how a value's result moved: "did not pass, now
// passes."
func verdictChange(then, now *workshop.ValueFigures) string {
	// The verdicts are words in the reader's language: compare what they
	// say, not how.
	state := func(f *workshop.ValueFigures) int {
		switch {
		case f.Responded == 0:
			return 0
		case f.Passes:
			return 1
		}
		return 2
	}
	b := lower(now.Verdict)
	if state(then) == state(now) {
		return fmt.Sprintf(tr("still %s."), b)
	}
	past := tr("did not pass")
	switch state(then) {
	case 0:
		past = tr("had no responses")
	case 1:
		past = tr("passed")
	}
	return fmt.Sprintf(tr("%s, now %s."), past, b)
}

// loadChanges compares each inventory's load before and after the
// decisions, then and now, against capacity.
func (v *view) loadChanges(list []workshop.LoadChange) []Block {
	var out []Block
	for _, c := range list {
		title := v.u(c.Title)
		out = append(out, &Heading{Level: 2, Text: title, On: Print})
		unit := func(f *workshop.LoadFigures) string { return f.Unit.Word() }
		capacity := func(f *workshop.LoadFigures) string {
			if f.Capacity > 0 {
				return workshop.FormatLoad(f.Capacity)
			}
			return tr("not stated")
		}
		var line string
		t := &Table{On: Print, Columns: []Column{textCol("", 0.31), numCol(tr("Before the decisions"), 0.23), numCol(tr("After"), 0.23), numCol(tr("Capacity"), 0.23)}}
		row := func(label string, f *workshop.LoadFigures) Row {
			return Row{Cells: []string{label, workshop.FormatLoad(f.Before) + " " + unit(f), workshop.FormatLoad(f.After) + " " + unit(f), capacity(f)}}
		}
		switch {
		case c.Then == nil:
			line = fmt.Sprintf(tr("%s: new this time, %s %s before the decisions and %s after; capacity %s."),
				title, workshop.FormatLoad(c.Now.Before), unit(c.Now), workshop.FormatLoad(c.Now.After), capacity(c.Now))
			t.Rows = append(t.Rows, row(tr("Now"), c.Now))
		case c.Now == nil:
			line = fmt.Sprintf(tr("%s: not in this session; last time %s %s before the decisions and %s after."),
				title, workshop.FormatLoad(c.Then.Before), unit(c.Then), workshop.FormatLoad(c.Then.After))
			t.Rows = append(t.Rows, row(tr("Then"), c.Then))
		case !c.Comparable():
			line = fmt.Sprintf(tr("%s: counted in %s then and in %s now, so the totals are not compared."), title, unit(c.Then), unit(c.Now))
			t.Rows = append(t.Rows, row(tr("Then"), c.Then), row(tr("Now"), c.Now))
		default:
			cp := fmt.Sprintf(tr("capacity %s"), capacity(c.Now))
			if c.Then.Capacity != c.Now.Capacity {
				cp = fmt.Sprintf(tr("capacity %s then, %s now"), capacity(c.Then), capacity(c.Now))
			}
			line = fmt.Sprintf(tr("%s (%s): before the decisions %s; after them %s; %s."),
				title, unit(c.Now), loadChange(c.Then.Before, c.Now.Before), loadChange(c.Then.After, c.Now.After), cp)
			t.Rows = append(t.Rows, row(tr("Then"), c.Then), row(tr("Now"), c.Now),
				Row{Cells: []string{tr("Change"), signed(c.Now.Before - c.Then.Before), signed(c.Now.After - c.Then.After), signed(c.Now.Capacity - c.Then.Capacity)}, Total: true})
		}
		out = append(out, t, &Paragraph{Text: line, On: Screen | Room})
	}
	return out
}

// signed writes a difference with its sign: "+2", "−6", "0".
func signed(d float64) string {
	switch {
	case d > 0:
		return "+" + workshop.FormatLoad(d)
	case d < 0:
		return "−" + workshop.FormatLoad(-d)
	}
	return "0"
}

// initiativeChanges lists the initiatives that moved on the ecocycle or
// changed direction.
func (v *view) initiativeChanges(c *workshop.Comparison) []Block {
	if len(c.Initiatives) == 0 && c.Unchanged == 0 {
		return nil
	}
	out := []Block{&Heading{Level: 2, Text: tr("Initiatives"), On: Print}}
	kept := ""
	if c.Unchanged > 0 {
		kept = fmt.Sprintf(workshop.Plural(c.Unchanged, tr("%d initiative kept its phase and direction."),
			tr("%d initiatives kept their phase and direction.")), c.Unchanged)
	}
	if len(c.Initiatives) == 0 {
		return append(out, &Paragraph{Text: tr("No initiative changed phase or direction.") + " " + kept, On: everywhere})
	}
	t := &Table{On: Print, Columns: []Column{textCol(tr("Initiative"), 0.36), textCol(tr("Phase"), 0.32), textCol(tr("Direction"), 0.32)}}
	var lines []string
	arrow := func(a, b string) string {
		if a == b {
			return a
		}
		return a + " → " + b
	}
	for _, ch := range c.Initiatives {
		name := v.u(ch.Name)
		phase := arrow(workshop.PhaseTerms.Label(ch.PhaseThen), workshop.PhaseTerms.Label(ch.PhaseNow))
		dir := arrow(workshop.DirectionTerms.Label(ch.DirectionThen), workshop.DirectionTerms.Label(ch.DirectionNow))
		row := Row{Cells: []string{name, phase, dir}}
		if ch.Renamed != "" {
			row.Note = fmt.Sprintf(tr("Called “%s” last time."), v.u(ch.Renamed))
		}
		t.Rows = append(t.Rows, row)
		var parts []string
		if ch.PhaseThen != ch.PhaseNow {
			parts = append(parts, fmt.Sprintf(tr("phase from %s to %s"), workshop.PhaseTerms.Label(ch.PhaseThen), workshop.PhaseTerms.Label(ch.PhaseNow)))
		}
		if ch.DirectionThen != ch.DirectionNow {
			parts = append(parts, fmt.Sprintf(tr("direction from %s to %s"), workshop.DirectionTerms.Label(ch.DirectionThen), workshop.DirectionTerms.Label(ch.DirectionNow)))
		}
		lines = append(lines, fmt.Sprintf(tr("%s: %s."), name, strings.Join(parts, "; ")))
	}
	out = append(out, t, &List{Items: lines, On: Screen | Room})
	if kept != "" {
		out = append(out, &Paragraph{Text: kept, On: Print | Screen})
	}
	return out
}

// trends is the trends across the series: a small chart and the figures
// for each value and load inventory, then the actions. False when the
// report has no series.
func (v *view) trends() (Section, bool) {
	sr := v.opt.Series
	if sr == nil || len(sr.Sessions) == 0 {
		return Section{}, false
	}
	trends := sr.Trends()
	sec := Section{ID: TrendsID, Title: tr("Trends across the series"), Level: 0}
	first, last := date(trends.Dates[0]), date(trends.Dates[len(trends.Dates)-1])
	n := len(trends.Dates)
	sec.Blocks = append(sec.Blocks, &Paragraph{On: everywhere,
		Text: fmt.Sprintf(workshop.Plural(n, tr("%d session of this series, from %s to %s. Values are matched from session to session by what they are, not by their names, so a value renamed on the way is followed through."),
			tr("%d sessions of this series, from %s to %s. Values are matched from session to session by what they are, not by their names, so a value renamed on the way is followed through.")),
			n, first, last)})
	sessions := &Table{On: Print, Columns: []Column{textCol(tr("Date"), 0.2), textCol(tr("Session"), 0.8)}}
	for i, d := range trends.Dates {
		title := v.u(trends.Titles[i])
		if strings.TrimSpace(title) == "" {
			title = tr("Untitled workshop")
		}
		sessions.Rows = append(sessions.Rows, Row{Cells: []string{date(d), title}})
	}
	sec.Blocks = append(sec.Blocks, sessions)
	if len(trends.Values) > 0 {
		sec.Blocks = append(sec.Blocks, &Heading{Level: 2, Text: tr("Values: commitment and result"), On: Print | Screen},
			&Paragraph{Tone: Aside, On: Print | Screen, Text: tr("Each chart shows, session by session, the share of those who answered who commit to the value, disagreeing or not; a filled dot is a session where the value passed.")})
		t := &Table{On: Print, Columns: []Column{textCol(tr("Date"), 0.2), numCol(tr("Commit"), 0.18), numCol(tr("Disagree and commit"), 0.22), numCol(tr("Withheld"), 0.16), textCol(tr("Result"), 0.24)}}
		for _, vt := range trends.Values {
			name := v.u(vt.Name)
			ch := &TrendChart{Kind: TrendValue, Title: name, Dates: trends.Dates, Values: vt.Points, On: Print | Screen}
			t.Rows = append(t.Rows, Row{Group: name})
			for i, p := range vt.Points {
				if p == nil {
					ch.Points = append(ch.Points, tr("not asked"))
					t.Rows = append(t.Rows, Row{Cells: []string{date(trends.Dates[i]), "", "", "", tr("not asked")}})
					continue
				}
				ch.Points = append(ch.Points, fmt.Sprintf(tr("%d of %d"), p.Commits, p.Responded))
				t.Rows = append(t.Rows, Row{Cells: []string{date(trends.Dates[i]), fmt.Sprintf(tr("%d of %d"), p.Commits, p.Responded),
					itoa(p.DisagreeAndCommit), itoa(p.Withheld), p.Verdict}})
			}
			ch.Caption = caption(trends.Dates, vt.Points, func(p *workshop.ValueFigures) string {
				return fmt.Sprintf(tr("%d of %d commit, %s"), p.Commits, p.Responded, lower(p.Verdict))
			})
			sec.Blocks = append(sec.Blocks, ch)
		}
		sec.Blocks = append(sec.Blocks, t)
	}
	for _, lt := range trends.Load {
		title := v.u(lt.Title)
		sec.Blocks = append(sec.Blocks, &Heading{Level: 2, Text: fmt.Sprintf(tr("Load: %s"), title), On: Print | Screen})
		unit := ""
		for _, p := range lt.Points {
			if p != nil {
				unit = p.Unit.Word()
			}
		}
		ch := &TrendChart{Kind: TrendLoad, Title: fmt.Sprintf(tr("Load in %s, before and after the decisions"), unit), Dates: trends.Dates, Load: lt.Points, On: Print | Screen}
		t := &Table{On: Print, Columns: []Column{textCol(tr("Date"), 0.25), numCol(tr("Before the decisions"), 0.25), numCol(tr("After"), 0.25), numCol(tr("Capacity"), 0.25)}}
		for i, p := range lt.Points {
			if p == nil {
				ch.Points = append(ch.Points, tr("none"))
				t.Rows = append(t.Rows, Row{Cells: []string{date(trends.Dates[i]), tr("none"), "", ""}})
				continue
			}
			ch.Points = append(ch.Points, workshop.FormatLoad(p.Before)+"→"+workshop.FormatLoad(p.After))
			capacity := tr("not stated")
			if p.Capacity > 0 {
				capacity = workshop.FormatLoad(p.Capacity)
			}
			u := " " + p.Unit.Word()
			t.Rows = append(t.Rows, Row{Cells: []string{date(trends.Dates[i]), workshop.FormatLoad(p.Before) + u, workshop.FormatLoad(p.After) + u, capacity}})
		}
		ch.Caption = caption(trends.Dates, lt.Points, func(p *workshop.LoadFigures) string {
			s := fmt.Sprintf("%s→%s %s", workshop.FormatLoad(p.Before), workshop.FormatLoad(p.After), p.Unit.Word())
			if p.Capacity > 0 {
				s += fmt.Sprintf(tr(" against %s"), workshop.FormatLoad(p.Capacity))
			}
			return s
		})
		sec.Blocks = append(sec.Blocks, ch, t)
	}
	sec.Blocks = append(sec.Blocks, &Heading{Level: 2, Text: tr("Actions: done against agreed"), On: Print | Screen},
		&Paragraph{Tone: Aside, On: Print | Screen, Text: tr("The actions agreed at each session, and what became of them by the latest session that carries them.")})
	ch := &TrendChart{Kind: TrendActions, Title: tr("Actions agreed at each session"), Dates: trends.Dates, Actions: trends.Actions, On: Print | Screen}
	t := &Table{On: Print, Columns: []Column{textCol(tr("Date"), 0.24), numCol(tr("Agreed"), 0.19), numCol(tr("Done"), 0.19), numCol(tr("Dropped"), 0.19), numCol(tr("Open"), 0.19)}}
	var parts []string
	for i, a := range trends.Actions {
		ch.Points = append(ch.Points, fmt.Sprintf(tr("%d of %d done"), a.Done, a.Agreed))
		parts = append(parts, fmt.Sprintf(tr("%s: %d of %d done, %d dropped, %d open"), date(trends.Dates[i]), a.Done, a.Agreed, a.Dropped, a.Open))
		t.Rows = append(t.Rows, Row{Cells: []string{date(trends.Dates[i]), itoa(a.Agreed), itoa(a.Done), itoa(a.Dropped), itoa(a.Open)}})
	}
	ch.Caption = strings.Join(parts, " · ")
	sec.Blocks = append(sec.Blocks, ch, t)
	return sec, true
}

// caption writes a figure for each session, "date: figure", with "not in
// this session" where there is none.
func caption[T any](dates []string, points []*T, say func(*T) string) string {
	parts := make([]string, len(points))
	for i, p := range points {
		if p == nil {
			parts[i] = fmt.Sprintf(tr("%s: not in this session"), date(dates[i]))
			continue
		}
		parts[i] = fmt.Sprintf(tr("%s: %s"), date(dates[i]), say(p))
	}
	return strings.Join(parts, " · ")
}
