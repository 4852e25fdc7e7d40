package export

import (
	"cmp"
	"fmt"
	"slices"
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
	d.participants()
	if strings.TrimSpace(d.s.Notes) != "" && !d.opt.NoNotes {
		d.keepWith(d.paraLead(d.u(d.s.Notes), "", bodySize))
		d.heading2("Notes")
		d.para(d.u(d.s.Notes), "", bodySize, ink)
	}
	if d.anon == nil {
		d.responsesAppendix()
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
	d.cell(d.width, 5, d.clean("Scaleroom · "+d.variantName()), "", 1, "L", false)
	d.font("B", 22)
	title := d.u(d.s.Title)
	if strings.TrimSpace(title) == "" {
		title = "Untitled workshop"
	}
	lines := d.split(d.clean(title), d.width)
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
	add("Date", d.u(d.s.Date))
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
	d.keepWith(d.glanceLead())
	d.heading2("At a glance")
	d.glance()
}

// glance lists each exercise's headline result, as the app's summary does.
func (d *doc) glance() {
	for _, l := range d.s.Glance() {
		d.bullet(d.u(l))
	}
}

// glanceLead is the height of glance's first bullet, for a heading above.
func (d *doc) glanceLead() float64 {
	list := d.s.Glance()
	if len(list) == 0 {
		return 0
	}
	d.font("", bodySize)
	return float64(len(d.split(d.clean(d.u(list[0])), d.width-5))) * lineH(bodySize)
}

func (d *doc) bullet(text string) {
	d.font("", bodySize)
	lh := lineH(bodySize)
	for i, l := range d.split(d.clean(text), d.width-5) {
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
		rows = append(rows, row{cells: []string{itoa(i + 1), d.u(st.Title), workshop.StepKindTerms.Label(st.Kind), minutes(st.Timebox), used, done}})
	}
	used := ""
	if u := d.s.UsedSeconds(); u > 0 {
		used = duration(u)
	}
	rows = append(rows, row{cells: []string{"", "Total", "", minutes(d.s.PlannedMinutes()), used, ""}, bold: true})
	d.titledTable(2, "Agenda", cols, rows)
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
	mode := workshop.ModeTerms.Label(ex.Mode)
	if t, ok := workshop.ModeTerms.Term(ex.Mode); ok {
		mode = t.Hint
	}
	d.para(fmt.Sprintf("Decision scale: %s (%s); %s. %s.", sc.Name, sc.Source, mode, sc.Pass.Describe()), "", bodySize, ink)
	d.para(fmt.Sprintf("Result: %d passing, %d not passing, %d without responses.", res.Passing, res.Failing, res.Pending), "B", bodySize, ink)
	d.space(2)
	d.keepWith(legendHeight(sc))
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
//
// The block is kept on one page: its summary lines (who disagrees,
// withholds or blocks, and what fails the pass rule) say what the bar
// means, and a page that starts with them reads as if they were about the
// value before. A block taller than a page starts where it is and breaks
// where it must.
func (d *doc) valueBlock(sc *workshop.Scale, mode workshop.Mode, vr *workshop.ValueResult, colours []rgb, mine *workshop.Response) {
	pdf := d.pdf
	// Per-person answers are shown only in a named round of the full
	// summary. The anonymous summary shows no per-person label at all, not
	// even within one value: the room heard each level as it was recorded,
	// so a reader who remembers one vote would name its label, and with it
	// everything else said under that label.
	perPerson := mode != workshop.ModeTally && mine == nil
	named := perPerson && d.anon == nil
	mark := noAnswer
	var before []blockLine
	if strings.TrimSpace(vr.Value.Description) != "" {
		before = append(before, blockLine{text: d.u(vr.Value.Description), style: "I", size: smallSize, c: muted})
	}
	if mine != nil {
		mark = mine.Level
		before = append(before, blockLine{label: "Your answer:", text: d.yourAnswer(sc, mode, mine)})
		if strings.TrimSpace(mine.Note) != "" && !d.opt.NoNotes {
			before = append(before, blockLine{label: "Your note:", text: d.u(mine.Note)})
		}
	}
	var after []blockLine
	if vr.Responded > 0 {
		after = append(after, blockLine{text: vr.CountsSentence(), size: smallSize, c: ink})
	}
	group := func(label string, n int, ids []string) {
		if n == 0 {
			return
		}
		text := itoa(n)
		if named && len(ids) > 0 {
			text += " (" + d.people(ids) + ")"
		}
		after = append(after, blockLine{label: label, text: text})
	}
	group("Disagree and commit:", vr.DisagreeAndCommit, vr.DisagreeAndCommitPeople)
	group("Withheld commitment:", vr.Withheld, vr.WithheldPeople)
	group("Blocks:", vr.Blocks, vr.BlockPeople)
	if vr.Responded > 0 && !vr.Passes {
		after = append(after, blockLine{text: fmt.Sprintf("%d %s at a level the pass rule does not allow.", vr.Failing, plural(vr.Failing, "response is", "responses are")), size: smallSize, c: failCol})
	}
	var cols []column
	var rows []row
	if perPerson && len(vr.Reservations) > 0 && !d.opt.NoNotes {
		if d.anon != nil {
			cols = []column{{"Level", 0.7, "L"}, {"Commitment", 0.3, "L"}}
			for _, r := range d.unattributed(sc, vr.Reservations) {
				rows = append(rows, row{cells: []string{levelWords(sc, r.level), r.commitment}, note: "Reservation: " + r.note})
			}
		} else {
			cols = []column{{"Who", 0.3, "L"}, {"Level", 0.45, "L"}, {"Commitment", 0.25, "L"}}
			for _, r := range vr.Reservations {
				rows = append(rows, row{cells: []string{d.person(r.Participant), levelWords(sc, r.Level), commitmentWords(sc, r)},
					note: "Reservation: " + r.Note})
			}
		}
	}

	// Name on the left, verdict on the right.
	verdict := vr.Verdict()
	d.font("B", 10.5)
	vw := d.textWidth(verdict) + 2*cellPad + 2
	name := d.split(d.clean(d.u(vr.Value.Name)), d.width-vw-2)

	d.space(3)
	h := float64(len(name))*lineH(10.5) + d.linesHeight(before) + 1 +
		barHeight(vr, 6.5, mark) + d.levelKeyHeight(vr) + d.linesHeight(after)
	if mine != nil {
		h += 1 + lineH(smallSize) // "The group:"
	}
	if len(rows) > 0 {
		h += 1 + d.tableLead(cols, rows)
	}
	if h <= d.limit()-d.top {
		d.ensure(h)
	} else {
		d.ensure(32)
	}
	d.font("B", 10.5)
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
	if len(before) > 0 && before[0].label == "" {
		d.drawBlockLine(before[0])
		before = before[1:]
	}
	d.space(1)
	if mine != nil {
		for _, l := range before {
			d.drawBlockLine(l)
		}
		d.space(1)
		d.para("The group:", "B", smallSize, ink)
	}
	d.stackedBar(vr, colours, 6.5, mark)
	d.levelKey(vr, colours)
	for _, l := range after {
		d.drawBlockLine(l)
	}
	if len(rows) == 0 {
		return
	}
	d.space(1)
	d.table(cols, rows)
}

// blockLine is a line of a value's block: "Label: text" (labelled) when it
// has a label, else a paragraph in its own style, size and colour. The
// block is measured before it is drawn, from the same lines.
type blockLine struct {
	label, text string
	style       string
	size        float64
	c           rgb
}

func (d *doc) drawBlockLine(l blockLine) {
	if l.label != "" {
		d.labelled(l.label, l.text)
		return
	}
	d.para(l.text, l.style, l.size, l.c)
}

// linesHeight is the height drawBlockLine takes for the lines.
func (d *doc) linesHeight(lines []blockLine) float64 {
	h := 0.0
	for _, l := range lines {
		if l.label != "" {
			h += d.labelledHeight(l.label, l.text)
		} else {
			h += d.paraHeight(d.width, l.text, l.style, l.size)
		}
	}
	return h
}

// reservation is a note on a value with the level and commitment it came
// with, and nothing about who wrote it.
type reservation struct {
	level      int
	commitment string
	note       string // scrubbed
}

// unattributed strips responses down to their reservations for the
// anonymous summary and orders them by level, then by the scrubbed note,
// then by commitment: nothing in the order comes from the people (the
// analysis lists them in roster order), nor from the names in the notes,
// which sorting the raw text would give away.
func (d *doc) unattributed(sc *workshop.Scale, list []workshop.Response) []reservation {
	out := make([]reservation, len(list))
	for i, r := range list {
		out[i] = reservation{r.Level, commitmentWords(sc, r), d.u(r.Note)}
	}
	slices.SortFunc(out, func(a, b reservation) int {
		if c := cmp.Compare(a.level, b.level); c != 0 {
			return c
		}
		if c := strings.Compare(a.note, b.note); c != 0 {
			return c
		}
		return strings.Compare(a.commitment, b.commitment)
	})
	return out
}

// commitmentWords is a response's effective commitment in the screens'
// words: what the person said, or what their level implies.
func commitmentWords(sc *workshop.Scale, r workshop.Response) string {
	return workshop.EffectiveCommitment(sc, r).Label()
}

// saidWords is what the appendix prints: the commitment the person stated,
// as the response grid shows it, and when they stated none but their level
// implies one, that one marked "(by level)", so it matches the counts.
func saidWords(sc *workshop.Scale, r workshop.Response) string {
	if r.Commitment != workshop.Undecided {
		return r.Commitment.Label()
	}
	if c := workshop.EffectiveCommitment(sc, r); c != workshop.Undecided {
		return c.Label() + " (by level)"
	}
	return workshop.Undecided.Label()
}

// levelWords names a level: "6 Don't like it, but will support it".
func levelWords(sc *workshop.Scale, level int) string {
	text := itoa(level)
	if l := sc.Level(level); l != nil {
		text += " " + l.Label
	}
	return text
}

// yourAnswer puts a participant's own response in words.
func (d *doc) yourAnswer(sc *workshop.Scale, mode workshop.Mode, r *workshop.Response) string {
	switch {
	case r.Level == noAnswer && mode == workshop.ModeTally:
		return "not recorded by name (hands were counted)"
	case r.Level == noAnswer:
		return "no answer recorded"
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
	r := ex.Analyse(d.s.Participants)
	unit := ex.Unit.Word()
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
	if len(r.Warnings) == 0 {
		none := "None: the load fits the capacity and the cognitive-load heuristics raise nothing."
		d.keepWith(d.paraLead(none, "", bodySize))
		d.heading3("Warnings")
		d.para(none, "", bodySize, ink)
	} else {
		msgs := d.warnings(r.Warnings)
		d.keepWith(d.calloutLead(msgs))
		d.heading3("Warnings")
		d.callout(msgs, warnFill, warnLine)
	}
	if len(r.Stop) == 0 {
		d.keepWith(d.paraLead("Nothing was stopped.", "", bodySize))
		d.heading3("Stop-doing list")
		d.para("Nothing was stopped.", "", bodySize, ink)
	} else {
		// Owners only where names may be printed: the room watched people
		// take these on, so an owner beside a label would name the label.
		cols := []column{{"Item", 0.6, "L"}, {"Load", 0.12, "R"}, {"By", 0.28, "L"}}
		if d.anon == nil {
			cols = []column{{"Item", 0.4, "L"}, {"Owner", 0.2, "L"}, {"Load", 0.1, "R"}, {"Decision owner", 0.18, "L"}, {"By", 0.12, "L"}}
		}
		var rows []row
		for _, it := range r.Stop {
			if d.anon != nil {
				rows = append(rows, row{cells: []string{d.u(it.Name), workshop.FormatLoad(it.Load), it.DecisionDate}})
			} else {
				rows = append(rows, row{cells: []string{it.Name, d.s.OwnerName(it.Owner), workshop.FormatLoad(it.Load), d.s.OwnerName(it.DecisionOwner), it.DecisionDate}})
			}
		}
		d.titledTable(3, "Stop-doing list", cols, rows)
	}
	cols := []column{{"Item", 0.27, "L"}, {"Origin", 0.11, "L"}, {"Type", 0.12, "L"}, {"Complexity", 0.13, "L"}, {"Load", 0.06, "R"}, {"After", 0.06, "R"}, {"Decision", 0.25, "L"}}
	if d.anon == nil {
		cols = []column{{"Item", 0.21, "L"}, {"Owner", 0.11, "L"}, {"Origin", 0.11, "L"}, {"Type", 0.1, "L"}, {"Complexity", 0.13, "L"}, {"Load", 0.06, "R"}, {"After", 0.06, "R"}, {"Decision", 0.22, "L"}}
	}
	var rows []row
	for i := range ex.Items {
		it := &ex.Items[i]
		cells := []string{d.u(it.Name)}
		if d.anon == nil {
			cells = append(cells, d.s.OwnerName(it.Owner))
		}
		cells = append(cells, it.Origin.Label(), workshop.LoadTypeTerms.Label(it.Type), it.Complexity.Label(),
			workshop.FormatLoad(it.Load), workshop.FormatLoad(it.LoadAfter()), d.decision(it))
		rw := row{cells: cells}
		if strings.TrimSpace(it.Note) != "" && !d.opt.NoNotes {
			rw.note = "Note: " + d.u(it.Note)
		}
		rows = append(rows, rw)
	}
	d.titledTable(3, "All items", cols, rows)
}

// warnings puts a load inventory's warnings in words. The session's own
// (capacity, extraneous load: no owner) come first, in the analysis'
// order, which leads with the headline. The anonymous summary sorts the
// owners' warnings by their scrubbed text: the analysis lists them by
// owner name, and with the names scrubbed that order alone would say
// whose they are. Sorting the session's warnings with them put "Today's
// load is … over capacity" last.
func (d *doc) warnings(list []workshop.LoadWarning) []string {
	var session, owners []string
	for _, w := range list {
		if w.Team == "" {
			session = append(session, d.u(w.Message))
		} else {
			owners = append(owners, d.u(w.Message))
		}
	}
	if d.anon != nil {
		slices.SortStableFunc(owners, func(a, b string) int {
			return strings.Compare(strings.TrimPrefix(a, nameMark), strings.TrimPrefix(b, nameMark))
		})
	}
	return append(session, owners...)
}

// decision puts a load item's decision in words, with its owner (named
// variants only) and date, in one cell.
func (d *doc) decision(it *workshop.LoadItem) string {
	s := it.Decision.Label()
	if !it.DecisionOwner.IsZero() && d.anon == nil {
		s += ", " + d.s.OwnerName(it.DecisionOwner)
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
	d.ecocycleMap(ex)
	if len(r.NoFirstAction) > 0 {
		var msgs []string
		for _, in := range r.NoFirstAction {
			msgs = append(msgs, fmt.Sprintf("%q is in the %s but has no first action yet.", d.u(in.Name), strings.ToLower(in.Trap.Label())))
		}
		d.callout(msgs, warnFill, warnLine)
	}
	d.directionTable(ex, &r, 3, "Initiatives by direction")
}

// directionTable lists the initiatives grouped by direction under a
// heading of the given level, kept with the table's first rows.
func (d *doc) directionTable(ex *workshop.ReflectionExercise, r *workshop.ReflectionResult, level int, title string) {
	number := map[*workshop.Initiative]int{}
	for i := range ex.Initiatives {
		number[&ex.Initiatives[i]] = i + 1
	}
	cols := []column{{"#", 0.05, "R"}, {"Initiative", 0.3, "L"}, {"Ecocycle", 0.3, "L"}, {"First action", 0.35, "L"}}
	var rows []row
	for _, dir := range append(append([]workshop.Direction{}, workshop.Directions...), workshop.DirectionNone) {
		list := r.ByDirection[dir]
		if len(list) == 0 {
			continue
		}
		rows = append(rows, row{band: fmt.Sprintf("%s (%d)", dir.Label(), len(list))})
		for _, in := range list {
			place := in.Phase.Label()
			if in.Trap != "" {
				place += "; " + strings.ToLower(in.Trap.Label())
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
			// Evidence and rationale are sentences: they get the full width
			// under the initiative rather than narrow columns of their own.
			var long []string
			if strings.TrimSpace(in.Evidence) != "" {
				long = append(long, "Evidence: "+d.u(in.Evidence))
			}
			if strings.TrimSpace(in.Rationale) != "" {
				long = append(long, "Rationale: "+d.u(in.Rationale))
			}
			rows = append(rows, row{cells: []string{itoa(number[in]), d.u(in.Name), place, d.u(in.FirstAction)}, note: strings.Join(long, "\n")})
		}
	}
	d.titledTable(level, title, cols, rows)
}

// actions lists open actions, then the ones already done. The named
// summary groups open actions by owner (the analysis' order); the
// anonymous one prints no owners and sorts by due date and text, since an
// order by owner, by name or by label would give names away.
func (d *doc) actions(list []workshop.Action) {
	if len(list) == 0 {
		d.para("No actions were recorded.", "", bodySize, ink)
		return
	}
	cols := []column{{"Action", 0.5, "L"}, {"Owner", 0.2, "L"}, {"Due", 0.13, "L"}, {"From step", 0.17, "L"}}
	if d.anon != nil {
		cols = []column{{"Action", 0.62, "L"}, {"Due", 0.15, "L"}, {"From step", 0.23, "L"}}
	}
	var open, done []*workshop.Action
	if d.anon == nil {
		for _, g := range d.s.OpenActionsByOwner() {
			open = append(open, g.Actions...)
		}
	}
	for i := range list {
		switch {
		case list[i].Done:
			done = append(done, &list[i])
		case d.anon != nil:
			open = append(open, &list[i])
		}
	}
	if d.anon != nil {
		d.sortActions(open)
		d.sortActions(done)
	}
	for _, part := range []struct {
		title string
		list  []*workshop.Action
	}{{"Open", open}, {"Done", done}} {
		if len(part.list) == 0 {
			continue
		}
		rows := make([]row, len(part.list))
		for i, a := range part.list {
			rows[i] = d.actionRow(a)
		}
		d.titledTable(3, part.title, cols, rows)
	}
}

// sortActions orders actions by due date (undated last), then by their
// scrubbed text: nothing about who owns them.
func (d *doc) sortActions(list []*workshop.Action) { workshop.SortActionsByDue(list, d.u) }

func (d *doc) actionRow(a *workshop.Action) row {
	step := ""
	if st := d.s.Step(a.Step); st != nil {
		step = d.u(st.Title)
	}
	if d.anon != nil {
		return row{cells: []string{d.u(a.Text), a.Due, step}}
	}
	owner := d.s.OwnerName(a.Owner)
	if owner == "" {
		owner = "nobody yet"
	}
	return row{cells: []string{a.Text, owner, a.Due, step}}
}

// participants lists the room under its heading; the anonymous variant
// says only how many were there and how their answers are shown.
func (d *doc) participants() {
	para := func(text string) {
		d.keepWith(d.paraLead(text, "", bodySize))
		d.heading2("Participants")
		d.para(text, "", bodySize, ink)
	}
	if len(d.s.Participants) == 0 {
		para("No participants were recorded.")
		return
	}
	if d.anon != nil {
		para(fmt.Sprintf("%d participants. Names, roles and teams are not shown in the anonymous summary. Answers are shown only as counts and as unattributed notes, ordered by level and text rather than by person; names in notes are replaced with %s.", len(d.s.Participants), nameMark))
		return
	}
	cols := []column{{"#", 0.06, "R"}, {"Name", 0.3, "L"}, {"Role", 0.24, "L"}, {"Team", 0.22, "L"}, {"Level", 0.18, "L"}}
	var rows []row
	for i, p := range d.s.Participants {
		rows = append(rows, row{cells: []string{itoa(i + 1), p.Name, p.Role, p.Team, p.Level}})
	}
	d.titledTable(2, "Participants", cols, rows)
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

// responsesAppendix lists every named response, person by value: level in
// words, commitment and note. The sections show counts and name only the
// people who disagree, withhold or block; this is where everyone else's
// answer is on record. Only the named summary has it.
func (d *doc) responsesAppendix() {
	first := true
	for i := range d.s.Steps {
		st := &d.s.Steps[i]
		ex := st.Values
		if ex == nil || ex.Mode == workshop.ModeTally || len(d.s.Participants) == 0 {
			continue
		}
		any := false
		for j := range ex.Values {
			any = any || len(ex.Values[j].Responses) > 0
		}
		if !any {
			continue
		}
		if first {
			d.section("Appendix: every response")
			d.para("Each participant's answer on each value, as recorded: the level in the scale's words, the commitment (what they said, or what their level means), and their note.", "", bodySize, muted)
			first = false
		}
		sc := ex.ScaleOrDefault()
		cols := []column{{"Value", 0.32, "L"}, {"Level", 0.40, "L"}, {"Commitment", 0.28, "L"}} // "Does not commit (by level)" on one line
		var rows []row
		for _, p := range d.s.Participants {
			rows = append(rows, row{band: p.Name})
			for k := range ex.Values {
				v := &ex.Values[k]
				r := v.Response(p.ID)
				if r == nil {
					rows = append(rows, row{cells: []string{v.Name, "no answer recorded", ""}})
					continue
				}
				rw := row{cells: []string{v.Name, levelWords(&sc, r.Level), saidWords(&sc, *r)}}
				if strings.TrimSpace(r.Note) != "" && !d.opt.NoNotes {
					rw.note = "Note: " + r.Note
				}
				rows = append(rows, rw)
			}
		}
		d.titledTable(2, st.Heading(), cols, rows)
	}
}
