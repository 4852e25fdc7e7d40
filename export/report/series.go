package report

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2/lang"

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
	sec := Section{ID: SinceID, Title: lang.L("Since last time"), Level: 0}
	if st := v.reviewStep(); st != nil {
		sec.Blocks = append(sec.Blocks, v.prompt(st)...)
	}
	var cmp *workshop.Comparison
	switch {
	case link == nil:
	case v.opt.Previous != nil:
		cmp = workshop.Compare(v.opt.Previous, v.s)
		sec.Blocks = append(sec.Blocks, &Paragraph{Tone: Strong, On: everywhere,
			Text: fmt.Sprintf(lang.L("Compared with the previous session of the series, %s."), v.sessionName(v.opt.Previous))})
	default:
		problem := strings.TrimSpace(v.opt.PreviousProblem)
		if problem == "" {
			problem = lang.L("it was not looked for")
		}
		sec.Blocks = append(sec.Blocks, &Callout{On: everywhere, Items: []string{
			fmt.Sprintf(lang.L("The values, the load and the initiatives are not compared: %s."), v.u(problem))}})
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
		return fmt.Sprintf(lang.L("the session of %s"), date(s.Date))
	}
	return fmt.Sprintf(lang.L("“%s” of %s"), title, date(s.Date))
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
		return lang.L("Done")
	case OutcomeCarried:
		return lang.L("Carried on")
	case OutcomeDropped:
		return lang.L("Dropped")
	}
	return outcome
}

// reviewBlocks are the actions carried over, by what became of them. A
// report without names shows no owners and orders each group by due date
// and text.
func (v *view) reviewBlocks(r workshop.ActionReview) []Block {
	head := &Heading{Level: 2, Text: lang.L("Actions from last time"), On: Print}
	if r.Total() == 0 {
		return []Block{head, &Paragraph{Text: lang.L("No actions were carried over from last time."), On: everywhere}}
	}
	summary := fmt.Sprintf(lang.L("Of %s carried over, %d done, %d carried on, %d dropped."),
		count(r.Total(), lang.L("action"), lang.L("actions")), len(r.Done), len(r.Carried), len(r.Dropped))
	out := []Block{head, &Paragraph{Text: summary, On: Print | Screen}, &Paragraph{Text: summary, Tone: Strong, On: Room}}
	cols := []Column{textCol(lang.L("Action"), 0.48), textCol(lang.L("Owner"), 0.2), textCol(lang.L("Agreed on"), 0.15), textCol(lang.L("Now"), 0.17)}
	if !v.named() {
		cols = []Column{textCol(lang.L("Action"), 0.63), textCol(lang.L("Agreed on"), 0.17), textCol(lang.L("Now"), 0.2)}
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
					owner = lang.L("nobody yet")
				}
				cells = append(cells, owner)
			}
			outcome := OutcomeText(part.outcome)
			t.Rows = append(t.Rows, Row{Cells: append(cells, date(a.CarriedFrom), outcome)})
			l.Items = append(l.Items, fmt.Sprintf(lang.L("%s: %s"), outcome, v.u(a.Text)))
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
	out := []Block{&Heading{Level: 2, Text: lang.L("Values"), On: Print}}
	t := &Table{On: Print, Columns: []Column{textCol(lang.L("Value"), 0.28), textCol(lang.L("Then"), 0.15), textCol(lang.L("Now"), 0.15),
		numCol(lang.L("Agree"), 0.13), numCol(lang.L("Disagree and commit"), 0.16), numCol(lang.L("Withheld"), 0.13)}}
	var lines []string
	for _, c := range list {
		name := v.u(c.Name)
		row := Row{}
		line := name
		if c.Renamed != "" {
			row.Note = fmt.Sprintf(lang.L("Called “%s” last time."), v.u(c.Renamed))
			line += fmt.Sprintf(lang.L(" (was “%s”)"), v.u(c.Renamed))
		}
		switch {
		case c.Then == nil:
			row.Cells = []string{name, lang.L("not asked"), c.Now.Verdict, itoa(c.Now.Agree), itoa(c.Now.DisagreeAndCommit), itoa(c.Now.Withheld)}
			line = fmt.Sprintf(lang.L("%s: new this time; %s."), line, lower(c.Now.Verdict))
		case c.Now == nil:
			row.Cells = []string{name, c.Then.Verdict, lang.L("not asked"), itoa(c.Then.Agree), itoa(c.Then.DisagreeAndCommit), itoa(c.Then.Withheld)}
			line = fmt.Sprintf(lang.L("%s: not asked this time; last time %s."), line, lower(c.Then.Verdict))
		default:
			row.Cells = []string{name, c.Then.Verdict, c.Now.Verdict, change(c.Then.Agree, c.Now.Agree),
				change(c.Then.DisagreeAndCommit, c.Now.DisagreeAndCommit), change(c.Then.Withheld, c.Now.Withheld)}
			line = fmt.Sprintf(lang.L("%s: %s Agree %s, disagree and commit %s, withheld %s."), line, verdictChange(c.Then, c.Now),
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
		return fmt.Sprintf(lang.L("still %s."), b)
	}
	past := lang.L("did not pass")
	switch state(then) {
	case 0:
		past = lang.L("had no responses")
	case 1:
		past = lang.L("passed")
	}
	return fmt.Sprintf(lang.L("%s, now %s."), past, b)
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
			return lang.L("not stated")
		}
		var line string
		t := &Table{On: Print, Columns: []Column{textCol("", 0.31), numCol(lang.L("Before the decisions"), 0.23), numCol(lang.L("After"), 0.23), numCol(lang.L("Capacity"), 0.23)}}
		row := func(label string, f *workshop.LoadFigures) Row {
			return Row{Cells: []string{label, workshop.FormatLoad(f.Before) + " " + unit(f), workshop.FormatLoad(f.After) + " " + unit(f), capacity(f)}}
		}
		switch {
		case c.Then == nil:
			line = fmt.Sprintf(lang.L("%s: new this time, %s %s before the decisions and %s after; capacity %s."),
				title, workshop.FormatLoad(c.Now.Before), unit(c.Now), workshop.FormatLoad(c.Now.After), capacity(c.Now))
			t.Rows = append(t.Rows, row(lang.L("Now"), c.Now))
		case c.Now == nil:
			line = fmt.Sprintf(lang.L("%s: not in this session; last time %s %s before the decisions and %s after."),
				title, workshop.FormatLoad(c.Then.Before), unit(c.Then), workshop.FormatLoad(c.Then.After))
			t.Rows = append(t.Rows, row(lang.L("Then"), c.Then))
		case !c.Comparable():
			line = fmt.Sprintf(lang.L("%s: counted in %s then and in %s now, so the totals are not compared."), title, unit(c.Then), unit(c.Now))
			t.Rows = append(t.Rows, row(lang.L("Then"), c.Then), row(lang.L("Now"), c.Now))
		default:
			cp := fmt.Sprintf(lang.L("capacity %s"), capacity(c.Now))
			if c.Then.Capacity != c.Now.Capacity {
				cp = fmt.Sprintf(lang.L("capacity %s then, %s now"), capacity(c.Then), capacity(c.Now))
			}
			line = fmt.Sprintf(lang.L("%s (%s): before the decisions %s; after them %s; %s."),
				title, unit(c.Now), loadChange(c.Then.Before, c.Now.Before), loadChange(c.Then.After, c.Now.After), cp)
			t.Rows = append(t.Rows, row(lang.L("Then"), c.Then), row(lang.L("Now"), c.Now),
				Row{Cells: []string{lang.L("Change"), signed(c.Now.Before - c.Then.Before), signed(c.Now.After - c.Then.After), signed(c.Now.Capacity - c.Then.Capacity)}, Total: true})
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
	out := []Block{&Heading{Level: 2, Text: lang.L("Initiatives"), On: Print}}
	kept := ""
	if c.Unchanged > 0 {
		kept = fmt.Sprintf(plural(c.Unchanged, lang.L("%d initiative kept its phase and direction."),
			lang.L("%d initiatives kept their phase and direction.")), c.Unchanged)
	}
	if len(c.Initiatives) == 0 {
		return append(out, &Paragraph{Text: lang.L("No initiative changed phase or direction.") + " " + kept, On: everywhere})
	}
	t := &Table{On: Print, Columns: []Column{textCol(lang.L("Initiative"), 0.36), textCol(lang.L("Phase"), 0.32), textCol(lang.L("Direction"), 0.32)}}
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
			row.Note = fmt.Sprintf(lang.L("Called “%s” last time."), v.u(ch.Renamed))
		}
		t.Rows = append(t.Rows, row)
		var parts []string
		if ch.PhaseThen != ch.PhaseNow {
			parts = append(parts, fmt.Sprintf(lang.L("phase from %s to %s"), workshop.PhaseTerms.Label(ch.PhaseThen), workshop.PhaseTerms.Label(ch.PhaseNow)))
		}
		if ch.DirectionThen != ch.DirectionNow {
			parts = append(parts, fmt.Sprintf(lang.L("direction from %s to %s"), workshop.DirectionTerms.Label(ch.DirectionThen), workshop.DirectionTerms.Label(ch.DirectionNow)))
		}
		lines = append(lines, fmt.Sprintf(lang.L("%s: %s."), name, strings.Join(parts, "; ")))
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
	tr := sr.Trends()
	sec := Section{ID: TrendsID, Title: lang.L("Trends across the series"), Level: 0}
	first, last := date(tr.Dates[0]), date(tr.Dates[len(tr.Dates)-1])
	n := len(tr.Dates)
	sec.Blocks = append(sec.Blocks, &Paragraph{On: everywhere,
		Text: fmt.Sprintf(plural(n, lang.L("%d session of this series, from %s to %s. Values are matched from session to session by what they are, not by their names, so a value renamed on the way is followed through."),
			lang.L("%d sessions of this series, from %s to %s. Values are matched from session to session by what they are, not by their names, so a value renamed on the way is followed through.")),
			n, first, last)})
	sessions := &Table{On: Print, Columns: []Column{textCol(lang.L("Date"), 0.2), textCol(lang.L("Session"), 0.8)}}
	for i, d := range tr.Dates {
		title := v.u(tr.Titles[i])
		if strings.TrimSpace(title) == "" {
			title = lang.L("Untitled workshop")
		}
		sessions.Rows = append(sessions.Rows, Row{Cells: []string{date(d), title}})
	}
	sec.Blocks = append(sec.Blocks, sessions)
	if len(tr.Values) > 0 {
		sec.Blocks = append(sec.Blocks, &Heading{Level: 2, Text: lang.L("Values: commitment and result"), On: Print | Screen},
			&Paragraph{Tone: Aside, On: Print | Screen, Text: lang.L("Each chart shows, session by session, the share of those who answered who commit to the value, disagreeing or not; a filled dot is a session where the value passed.")})
		t := &Table{On: Print, Columns: []Column{textCol(lang.L("Date"), 0.2), numCol(lang.L("Commit"), 0.18), numCol(lang.L("Disagree and commit"), 0.22), numCol(lang.L("Withheld"), 0.16), textCol(lang.L("Result"), 0.24)}}
		for _, vt := range tr.Values {
			name := v.u(vt.Name)
			ch := &TrendChart{Kind: TrendValue, Title: name, Dates: tr.Dates, Values: vt.Points, On: Print | Screen}
			t.Rows = append(t.Rows, Row{Group: name})
			for i, p := range vt.Points {
				if p == nil {
					ch.Points = append(ch.Points, lang.L("not asked"))
					t.Rows = append(t.Rows, Row{Cells: []string{date(tr.Dates[i]), "", "", "", lang.L("not asked")}})
					continue
				}
				ch.Points = append(ch.Points, fmt.Sprintf(lang.L("%d of %d"), p.Commits, p.Responded))
				t.Rows = append(t.Rows, Row{Cells: []string{date(tr.Dates[i]), fmt.Sprintf(lang.L("%d of %d"), p.Commits, p.Responded),
					itoa(p.DisagreeAndCommit), itoa(p.Withheld), p.Verdict}})
			}
			ch.Caption = caption(tr.Dates, vt.Points, func(p *workshop.ValueFigures) string {
				return fmt.Sprintf(lang.L("%d of %d commit, %s"), p.Commits, p.Responded, lower(p.Verdict))
			})
			sec.Blocks = append(sec.Blocks, ch)
		}
		sec.Blocks = append(sec.Blocks, t)
	}
	for _, lt := range tr.Load {
		title := v.u(lt.Title)
		sec.Blocks = append(sec.Blocks, &Heading{Level: 2, Text: fmt.Sprintf(lang.L("Load: %s"), title), On: Print | Screen})
		unit := ""
		for _, p := range lt.Points {
			if p != nil {
				unit = p.Unit.Word()
			}
		}
		ch := &TrendChart{Kind: TrendLoad, Title: fmt.Sprintf(lang.L("Load in %s, before and after the decisions"), unit), Dates: tr.Dates, Load: lt.Points, On: Print | Screen}
		t := &Table{On: Print, Columns: []Column{textCol(lang.L("Date"), 0.25), numCol(lang.L("Before the decisions"), 0.25), numCol(lang.L("After"), 0.25), numCol(lang.L("Capacity"), 0.25)}}
		for i, p := range lt.Points {
			if p == nil {
				ch.Points = append(ch.Points, lang.L("none"))
				t.Rows = append(t.Rows, Row{Cells: []string{date(tr.Dates[i]), lang.L("none"), "", ""}})
				continue
			}
			ch.Points = append(ch.Points, workshop.FormatLoad(p.Before)+"→"+workshop.FormatLoad(p.After))
			capacity := lang.L("not stated")
			if p.Capacity > 0 {
				capacity = workshop.FormatLoad(p.Capacity)
			}
			u := " " + p.Unit.Word()
			t.Rows = append(t.Rows, Row{Cells: []string{date(tr.Dates[i]), workshop.FormatLoad(p.Before) + u, workshop.FormatLoad(p.After) + u, capacity}})
		}
		ch.Caption = caption(tr.Dates, lt.Points, func(p *workshop.LoadFigures) string {
			s := fmt.Sprintf("%s→%s %s", workshop.FormatLoad(p.Before), workshop.FormatLoad(p.After), p.Unit.Word())
			if p.Capacity > 0 {
				s += fmt.Sprintf(lang.L(" against %s"), workshop.FormatLoad(p.Capacity))
			}
			return s
		})
		sec.Blocks = append(sec.Blocks, ch, t)
	}
	sec.Blocks = append(sec.Blocks, &Heading{Level: 2, Text: lang.L("Actions: done against agreed"), On: Print | Screen},
		&Paragraph{Tone: Aside, On: Print | Screen, Text: lang.L("The actions agreed at each session, and what became of them by the latest session that carries them.")})
	ch := &TrendChart{Kind: TrendActions, Title: lang.L("Actions agreed at each session"), Dates: tr.Dates, Actions: tr.Actions, On: Print | Screen}
	t := &Table{On: Print, Columns: []Column{textCol(lang.L("Date"), 0.24), numCol(lang.L("Agreed"), 0.19), numCol(lang.L("Done"), 0.19), numCol(lang.L("Dropped"), 0.19), numCol(lang.L("Open"), 0.19)}}
	var parts []string
	for i, a := range tr.Actions {
		ch.Points = append(ch.Points, fmt.Sprintf(lang.L("%d of %d done"), a.Done, a.Agreed))
		parts = append(parts, fmt.Sprintf(lang.L("%s: %d of %d done, %d dropped, %d open"), date(tr.Dates[i]), a.Done, a.Agreed, a.Dropped, a.Open))
		t.Rows = append(t.Rows, Row{Cells: []string{date(tr.Dates[i]), itoa(a.Agreed), itoa(a.Done), itoa(a.Dropped), itoa(a.Open)}})
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
			parts[i] = fmt.Sprintf(lang.L("%s: not in this session"), date(dates[i]))
			continue
		}
		parts[i] = fmt.Sprintf(lang.L("%s: %s"), date(dates[i]), say(p))
	}
	return strings.Join(parts, " · ")
}
