package export

import (
	"fmt"
	"strings"

	"scaleroom/workshop"
)

// summary renders the whole session: cover and agenda, one section per
// exercise step, then actions, participants and notes.
func (d *doc) summary() {
	d.cover()
	d.agenda()
	for i := range d.s.Steps {
		st := &d.s.Steps[i]
		switch {
		case st.Values != nil:
			d.valuesSection(st)
		case st.Load != nil:
			d.loadSection(st)
		case st.Reflection != nil:
			d.reflectionSection(st)
		}
	}
	d.section("Actions")
	d.actions(d.s.Actions)
	d.heading2("Participants")
	d.participants()
	if strings.TrimSpace(d.s.Notes) != "" {
		d.heading2("Notes")
		d.para(d.u(d.s.Notes), "", bodySize, ink)
	}
}

// cover is the first page's title block and facts about the session.
func (d *doc) cover() {
	pdf := d.pdf
	pdf.AddPage()
	band := 46.0
	d.fillColor(accent)
	pdf.Rect(0, 0, d.pageW, band, "F")
	pdf.SetTextColor(255, 255, 255)
	d.font("", 10)
	pdf.SetXY(d.left, 12)
	d.cell(d.width, 5, Clean("Scaleroom · "+d.variantName()), "", 1, "L", false)
	d.font("B", 22)
	title := d.u(d.s.Title)
	if strings.TrimSpace(title) == "" {
		title = "Untitled workshop"
	}
	lines := d.split(Clean(title), d.width)
	if len(lines) > 2 {
		lines = append(lines[:1], d.fit(strings.Join(lines[1:], " "), d.width))
	}
	pdf.SetXY(d.left, 20)
	for _, l := range lines {
		pdf.SetX(d.left)
		d.cell(d.width, 10, l, "", 1, "L", false)
	}
	d.textColor(ink)
	pdf.SetY(band + 8)

	facts := [][2]string{}
	add := func(k, v string) {
		if strings.TrimSpace(v) != "" {
			facts = append(facts, [2]string{k, v})
		}
	}
	add("Organisation", d.u(d.s.Organisation))
	add("Date", d.s.Date)
	add("Place", d.u(d.s.Location))
	if d.anon != nil {
		add("Facilitator", "not shown in the anonymous summary")
	} else {
		add("Facilitator", d.s.Facilitator)
	}
	add("Participants", itoa(len(d.s.Participants)))
	add("Planned time", minutes(d.s.PlannedMinutes()))
	if used := d.s.UsedSeconds(); used > 0 {
		add("Time used", duration(used))
	}
	for _, f := range facts {
		d.labelled(f[0]+":", f[1])
	}
	d.space(4)
	d.heading2("At a glance")
	d.glance()
}

// glance lists each exercise's headline result, as the app's summary does.
func (d *doc) glance() {
	for _, l := range d.s.Glance() {
		d.bullet(d.u(l))
	}
}

func (d *doc) bullet(text string) {
	d.font("", bodySize)
	lh := lineH(bodySize)
	for i, l := range d.split(Clean(text), d.width-5) {
		d.ensure(lh)
		if i == 0 {
			d.pdf.SetX(d.left)
			d.cell(5, lh, "•", "", 0, "L", false)
		}
		d.pdf.SetX(d.left + 5)
		d.cell(d.width-5, lh, l, "", 1, "L", false)
	}
}

// agenda lists the steps with their timeboxes and the time the timer kept.
func (d *doc) agenda() {
	d.space(3)
	d.heading2("Agenda")
	cols := []column{{"#", 0.05, "R"}, {"Step", 0.47, "L"}, {"Kind", 0.14, "L"}, {"Timebox", 0.11, "R"}, {"Time used", 0.12, "R"}, {"Done", 0.09, "C"}}
	var rows []row
	for i, st := range d.s.Steps {
		used := ""
		if st.UsedSeconds > 0 {
			used = duration(st.UsedSeconds)
		}
		done := ""
		if st.Done {
			done = "yes"
		}
		rows = append(rows, row{cells: []string{itoa(i + 1), d.u(st.Title), kindLabel(st.Kind), minutes(st.Timebox), used, done}})
	}
	used := ""
	if u := d.s.UsedSeconds(); u > 0 {
		used = duration(u)
	}
	rows = append(rows, row{cells: []string{"", "Total", "", minutes(d.s.PlannedMinutes()), used, ""}, bold: true})
	d.table(cols, rows)
}

// valuesSection shows one values step: the scale, a table of all values,
// then each value's bar, counts, names and reservation notes.
func (d *doc) valuesSection(st *workshop.Step) {
	ex := st.Values
	res := ex.Analyse(d.s.Participants)
	sc := &res.Scale
	colours := levelColours(sc)
	d.section(d.u(st.Heading()))
	d.stepIntro(st)
	mode := "each person's answer was recorded by name"
	if ex.Mode == workshop.ModeTally {
		mode = "hands were counted per level, without names"
	}
	d.para(fmt.Sprintf("Decision scale: %s (%s); %s. %s.", sc.Name, sc.Source, mode, sc.Pass.Describe()), "", bodySize, ink)
	d.para(fmt.Sprintf("Result: %d passing, %d not passing, %d without responses.", res.Passing, res.Failing, res.Pending), "B", bodySize, ink)
	d.space(2)
	d.heading3("Levels of the scale")
	d.levelLegend(sc, colours)

	cols := []column{{"Value", 0.34, "L"}, {"Responses", 0.11, "R"}, {"Agree", 0.09, "R"}, {"Disagree and commit", 0.13, "R"}, {"Withheld", 0.1, "R"}, {"Blocks", 0.08, "R"}, {"Result", 0.15, "L"}}
	var rows []row
	for i := range res.Values {
		vr := &res.Values[i]
		rows = append(rows, row{cells: []string{d.u(vr.Value.Name), itoa(vr.Responded), itoa(vr.Agree), itoa(vr.DisagreeAndCommit), itoa(vr.Withheld), itoa(vr.Blocks), vr.Verdict()}})
	}
	d.table(cols, rows)
	for i := range res.Values {
		d.valueBlock(sc, ex.Mode, &res.Values[i], colours, nil)
	}
}

// stepIntro prints the prompt the facilitator read out, in italics.
func (d *doc) stepIntro(st *workshop.Step) {
	if strings.TrimSpace(st.Prompt) != "" {
		d.para(d.u(st.Prompt), "I", bodySize, muted)
		d.space(2)
	}
}

// valueBlock shows one value. mine is the reader's own response on a
// personal sheet; there, other people are never named.
func (d *doc) valueBlock(sc *workshop.Scale, mode string, vr *workshop.ValueResult, colours []rgb, mine *workshop.Response) {
	pdf := d.pdf
	d.space(3)
	d.ensure(32)
	// Name on the left, verdict on the right.
	verdict := vr.Verdict()
	d.font("B", 10.5)
	vw := d.textWidth(verdict) + 2*cellPad + 2
	name := d.split(Clean(d.u(vr.Value.Name)), d.width-vw-2)
	top := d.y()
	for _, l := range name {
		pdf.SetX(d.left)
		d.cell(d.width-vw-2, lineH(10.5), l, "", 1, "L", false)
	}
	switch {
	case vr.Responded == 0:
		d.fillColor(rule)
		d.textColor(ink)
	case vr.Passes:
		d.fillColor(passCol)
		pdf.SetTextColor(255, 255, 255)
	default:
		d.fillColor(failCol)
		pdf.SetTextColor(255, 255, 255)
	}
	d.font("B", 8.5)
	pdf.SetXY(d.left+d.width-vw, top+0.3)
	d.cell(vw, lineH(10.5)-0.6, verdict, "", 0, "C", true)
	d.textColor(ink)
	pdf.SetY(max(d.y(), top+lineH(10.5)))
	if strings.TrimSpace(vr.Value.Description) != "" {
		d.para(d.u(vr.Value.Description), "I", smallSize, muted)
	}
	d.space(1)
	if mine != nil {
		d.labelled("Your answer:", d.yourAnswer(sc, mine))
		if strings.TrimSpace(mine.Note) != "" {
			d.labelled("Your note:", d.u(mine.Note))
		}
		d.space(1)
		d.font("B", smallSize)
		d.para("The group:", "B", smallSize, ink)
	}
	mark := noAnswer
	if mine != nil {
		mark = mine.Level
	}
	d.stackedBar(vr, colours, 6.5, mark)
	if vr.Responded > 0 {
		d.para(vr.CountsSentence(), "", smallSize, ink)
	}
	named := mode != workshop.ModeTally && mine == nil
	group := func(label string, n int, ids []string) {
		if n == 0 {
			return
		}
		text := itoa(n)
		if named && len(ids) > 0 {
			text += " (" + d.people(ids) + ")"
		}
		d.labelled(label, text)
	}
	group("Disagree and commit:", vr.DisagreeAndCommit, vr.DisagreeAndCommitPeople)
	group("Withheld commitment:", vr.Withheld, vr.WithheldPeople)
	group("Blocks:", vr.Blocks, vr.BlockPeople)
	if vr.Responded > 0 && !vr.Passes {
		d.para(fmt.Sprintf("%d %s at a level the pass rule does not allow.", vr.Failing, plural(vr.Failing, "response is", "responses are")), "", smallSize, failCol)
	}
	if named && len(vr.Reservations) > 0 {
		d.space(1)
		cols := []column{{"Who", 0.2, "L"}, {"Level", 0.22, "L"}, {"Commitment", 0.14, "L"}, {"Reservation", 0.44, "L"}}
		var rows []row
		for _, r := range vr.Reservations {
			level := itoa(r.Level)
			if l := sc.Level(r.Level); l != nil {
				level += " " + l.Label
			}
			rows = append(rows, row{cells: []string{d.person(r.Participant), level, workshop.EffectiveCommitment(sc, r).Label(), d.u(r.Note)}})
		}
		d.table(cols, rows)
	}
}

// yourAnswer puts a participant's own response in words.
func (d *doc) yourAnswer(sc *workshop.Scale, r *workshop.Response) string {
	if r.Level == noAnswer {
		return "not recorded by name"
	}
	text := itoa(r.Level)
	if l := sc.Level(r.Level); l != nil {
		text += " " + l.Label + " (" + l.Meaning + ")"
	}
	return text + "; " + workshop.EffectiveCommitment(sc, *r).Label()
}

// loadSection shows one load inventory: chart, warnings, stop-doing list,
// then every item.
func (d *doc) loadSection(st *workshop.Step) {
	ex := st.Load
	r := ex.Analyse()
	unit := workshop.UnitWord(ex.Unit)
	d.section(d.u(st.Heading()))
	d.stepIntro(st)
	if ex.Team != "" {
		d.labelled("Team:", d.u(ex.Team))
	}
	capacity := "not stated"
	if r.Capacity > 0 {
		capacity = workshop.FormatLoad(r.Capacity) + " " + unit
	}
	d.labelled("Load:", fmt.Sprintf("%s %s today, %s after the decisions; capacity %s. From above (top-down): %s. Items still undecided: %d.",
		workshop.FormatLoad(r.Before), unit, workshop.FormatLoad(r.After), capacity, workshop.FormatLoad(r.TopDown), r.Undecided))
	d.space(2)
	d.loadChart(&r, unit)
	d.heading3("Warnings")
	if len(r.Warnings) == 0 {
		d.para("None: the load fits the capacity and the cognitive-load heuristics raise nothing.", "", bodySize, ink)
	} else {
		msgs := make([]string, len(r.Warnings))
		for i, w := range r.Warnings {
			msgs[i] = d.u(w.Message)
		}
		d.callout(msgs, warnFill, warnLine)
	}
	d.heading3("Stop-doing list")
	if len(r.Stop) == 0 {
		d.para("Nothing was stopped.", "", bodySize, ink)
	} else {
		cols := []column{{"Item", 0.4, "L"}, {"Owner", 0.2, "L"}, {"Load", 0.1, "R"}, {"Decision owner", 0.18, "L"}, {"By", 0.12, "L"}}
		var rows []row
		for _, it := range r.Stop {
			rows = append(rows, row{cells: []string{d.u(it.Name), d.u(it.Owner), workshop.FormatLoad(it.Load), d.u(it.DecisionOwner), it.DecisionDate}})
		}
		d.table(cols, rows)
	}
	d.heading3("All items")
	cols := []column{{"Item", 0.24, "L"}, {"Owner", 0.12, "L"}, {"Origin", 0.1, "L"}, {"Type", 0.11, "L"}, {"Complexity", 0.11, "L"}, {"Load", 0.06, "R"}, {"After", 0.06, "R"}, {"Decision", 0.2, "L"}}
	var rows []row
	for i := range ex.Items {
		it := &ex.Items[i]
		name := d.u(it.Name)
		if strings.TrimSpace(it.Note) != "" {
			name += "\n" + d.u(it.Note)
		}
		rows = append(rows, row{cells: []string{name, d.u(it.Owner), it.Origin, it.Type, it.Complexity,
			workshop.FormatLoad(it.Load), workshop.FormatLoad(it.LoadAfter()), d.decision(it)}})
	}
	d.table(cols, rows)
}

// decision puts a load item's decision, its owner and date in one cell.
func (d *doc) decision(it *workshop.LoadItem) string {
	if it.Decision == "" {
		return "undecided"
	}
	s := it.Decision
	if it.DecisionOwner != "" {
		s += ", " + d.u(it.DecisionOwner)
	}
	if it.DecisionDate != "" {
		s += ", by " + it.DecisionDate
	}
	return s
}

// reflectionSection shows the ecocycle map and the initiatives by
// direction.
func (d *doc) reflectionSection(st *workshop.Step) {
	ex := st.Reflection
	r := ex.Analyse()
	d.section(d.u(st.Heading()))
	d.stepIntro(st)
	d.para("Ecocycle map (Ecocycle Planning, Liberating Structures): the front loop runs from birth to maturity, the back loop from creative destruction to renewal. The rigidity trap holds on to mature activities too long; the poverty trap starves promising new ones.", "", smallSize, muted)
	d.space(2)
	if len(ex.Initiatives) == 0 {
		d.para("No initiatives were listed.", "", bodySize, ink)
		return
	}
	d.ecocycleMap(ex, &r)
	if len(r.NoFirstAction) > 0 {
		var msgs []string
		for _, in := range r.NoFirstAction {
			msgs = append(msgs, fmt.Sprintf("%q is in the %s but has no first action yet.", d.u(in.Name), strings.ToLower(workshop.TrapLabel(in.Trap))))
		}
		d.callout(msgs, warnFill, warnLine)
	}
	d.heading3("Initiatives by direction")
	d.directionTable(ex, &r)
}

func (d *doc) directionTable(ex *workshop.ReflectionExercise, r *workshop.ReflectionResult) {
	number := map[*workshop.Initiative]int{}
	for i := range ex.Initiatives {
		number[&ex.Initiatives[i]] = i + 1
	}
	cols := []column{{"#", 0.05, "R"}, {"Initiative", 0.22, "L"}, {"Ecocycle", 0.17, "L"}, {"Evidence", 0.18, "L"}, {"Rationale", 0.19, "L"}, {"First action", 0.19, "L"}}
	var rows []row
	for _, dir := range append(append([]string{}, workshop.Directions...), "") {
		list := r.ByDirection[dir]
		if len(list) == 0 {
			continue
		}
		rows = append(rows, row{band: fmt.Sprintf("%s (%d)", workshop.DirectionLabel(dir), len(list))})
		for _, in := range list {
			place := workshop.PhaseLabel(in.Phase)
			if in.Trap != "" {
				place += "; " + strings.ToLower(workshop.TrapLabel(in.Trap))
			}
			if in.Contested {
				place += "; no consensus"
			}
			var facts []string
			if in.Closeness > 0 {
				facts = append(facts, fmt.Sprintf("closeness to people %d/5", in.Closeness))
			}
			if in.Layers > 0 {
				facts = append(facts, fmt.Sprintf("%d %s between resources and people", in.Layers, plural(in.Layers, "layer", "layers")))
			}
			if len(facts) > 0 {
				place += "\n" + strings.Join(facts, ", ")
			}
			rows = append(rows, row{cells: []string{itoa(number[in]), d.u(in.Name), place, d.u(in.Evidence), d.u(in.Rationale), d.u(in.FirstAction)}})
		}
	}
	d.table(cols, rows)
}

// actions lists open actions by owner (the analysis' order), then the ones
// already done.
func (d *doc) actions(list []workshop.Action) {
	if len(list) == 0 {
		d.para("No actions were recorded.", "", bodySize, ink)
		return
	}
	cols := []column{{"Action", 0.5, "L"}, {"Owner", 0.2, "L"}, {"Due", 0.13, "L"}, {"From step", 0.17, "L"}}
	var rows []row
	for _, g := range d.s.OpenActionsByOwner() {
		for _, a := range g.Actions {
			rows = append(rows, d.actionRow(a))
		}
	}
	if len(rows) > 0 {
		d.heading3("Open")
		d.table(cols, rows)
	}
	rows = rows[:0]
	for i := range list {
		if list[i].Done {
			rows = append(rows, d.actionRow(&list[i]))
		}
	}
	if len(rows) > 0 {
		d.heading3("Done")
		d.table(cols, rows)
	}
}

func (d *doc) actionRow(a *workshop.Action) row {
	owner := d.u(a.Owner)
	if owner == "" {
		owner = "nobody yet"
	}
	step := ""
	if st := d.s.Step(a.Step); st != nil {
		step = d.u(st.Title)
	}
	return row{cells: []string{d.u(a.Text), owner, a.Due, step}}
}

// participants lists the room; the anonymous variant shows labels only.
func (d *doc) participants() {
	if len(d.s.Participants) == 0 {
		d.para("No participants were recorded.", "", bodySize, ink)
		return
	}
	if d.anon != nil {
		d.para(fmt.Sprintf("%d participants. Names, roles and teams are not shown in the anonymous summary; each person keeps the same label throughout.", len(d.s.Participants)), "", bodySize, ink)
		labels := make([]string, len(d.s.Participants))
		for i, p := range d.s.Participants {
			labels[i] = d.person(p.ID)
		}
		d.para(strings.Join(labels, ", "), "", smallSize, muted)
		return
	}
	cols := []column{{"#", 0.06, "R"}, {"Name", 0.3, "L"}, {"Role", 0.24, "L"}, {"Team", 0.22, "L"}, {"Level", 0.18, "L"}}
	var rows []row
	for i, p := range d.s.Participants {
		rows = append(rows, row{cells: []string{itoa(i + 1), p.Name, p.Role, p.Team, p.Level}})
	}
	d.table(cols, rows)
}

func kindLabel(k workshop.StepKind) string {
	s := string(k)
	if s == "" {
		return ""
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func minutes(m int) string { return itoa(m) + " min" }

// duration writes recorded seconds as minutes and seconds.
func duration(sec int) string {
	if sec < 60 {
		return fmt.Sprintf("%d s", sec)
	}
	if sec%60 == 0 {
		return fmt.Sprintf("%d min", sec/60)
	}
	return fmt.Sprintf("%d min %02d s", sec/60, sec%60)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
