package report

import (
	"fmt"
	"math"
	"strings"

	"scaleroom/workshop"
)

// What a belonging map shows each reader. A map of who could say no to
// whom is sensitive, so it is drawn by person only where people may be
// named: in a named summary of a map recorded by name. A report without
// names (the projector with names off, the anonymous PDF) and a show of
// hands draw it by counts: how many relationships join each pair of
// levels, and each level's share of people with someone above or below;
// no dot per person, no name, no list of who has nobody across. A
// personal sheet holds its reader's own relationships only, counted per
// level, and nothing else of the map: the sheet names no one else.

// BelongingMap is the belonging map as a figure: the levels as bands, top
// first, and the rungs between them. By person (People set), each person
// on a level is a numbered dot in its band and each relationship a line
// between two dots. By counts (People empty), each pair of levels with
// relationships between them is one connector, labelled with the count.
// A broken rung, with no relationship across it, is marked between its
// two bands.
type BelongingMap struct {
	Levels []MapLevel
	// People are the people on a level, in roster order.
	People []MapPerson
	// Links are the relationships, as pairs of indexes into People.
	Links [][2]int
	// Pairs are the connectors by counts, in level order.
	Pairs []MapPair
	Rungs []MapRung
	// Caption says what the figure shows, in a line under it.
	Caption string
	On      Medium
}

// MapLevel is one level's band: its name, how many are on it, and how
// many of them have nobody on another level (by person only).
type MapLevel struct {
	Name   string
	People string // "3 people"
	Alone  string // "1 with nobody across", or "" for none
}

// MapPerson is one person's dot.
type MapPerson struct {
	Number int // place on the participant list, from 1
	Name   string
	Level  int // index into Levels
	// Alone is set for someone with nobody on another level; the figure
	// draws their dot hollow.
	Alone bool
}

// MapPair is the connector between two levels, Upper above Lower.
type MapPair struct {
	Upper, Lower int
	Count        int     // relationships, or hands both ways in a show of hands
	Weight       float64 // Count against the largest pair's, 0 to 1
	Label        string  // "4", or "3 up · 1 down" in a show of hands
}

// MapRung is a broken rung: no relationship joins level Rung and the one
// below it.
type MapRung struct {
	Rung  int
	Label string // "Broken rung"
}

// Shape is the figure as workshop lays it out.
func (m *BelongingMap) Shape() workshop.BelongingShape {
	sh := workshop.BelongingShape{Levels: len(m.Levels), Links: m.Links}
	if len(m.People) > 0 {
		sh.PersonLevel = make([]int, len(m.People))
		for i, p := range m.People {
			sh.PersonLevel[i] = p.Level
		}
	}
	for _, p := range m.Pairs {
		sh.Pairs = append(sh.Pairs, [2]int{p.Upper, p.Lower})
		sh.Weights = append(sh.Weights, p.Weight)
	}
	for _, r := range m.Rungs {
		sh.Broken = append(sh.Broken, r.Rung)
	}
	return sh
}

// Linked lists, for each person of the map, the indexes of the people they
// are linked to: what the step's screen highlights for the person it
// records.
func (m *BelongingMap) Linked(i int) []int {
	var out []int
	for _, l := range m.Links {
		switch i {
		case l[0]:
			out = append(out, l[1])
		case l[1]:
			out = append(out, l[0])
		}
	}
	return out
}

// BelongingFigure works out the belonging map of a step as the report
// draws it, for the step's own screen, which draws it as the room records
// it; nil when the step has no belonging map. Names follow opt.Privacy.
func BelongingFigure(s *workshop.Session, stepID string, opt Options) *BelongingMap {
	st := s.Step(stepID)
	if st == nil || st.Belonging == nil {
		return nil
	}
	opt.Participant = ""
	v, _ := newView(s, opt)
	r := workshop.AnalyseBelonging(s, st.Belonging)
	return v.belongingMap(st.Belonging, &r, everywhere)
}

// BelongingHeadline is a belonging map's result in a sentence or two, as
// the summary says it, for the step's own screen; "" when the step has no
// levels yet.
func BelongingHeadline(s *workshop.Session, stepID string) string {
	st := s.Step(stepID)
	if st == nil || st.Belonging == nil || len(st.Belonging.Levels) == 0 {
		return ""
	}
	v, _ := newView(s, Options{})
	r := workshop.AnalyseBelonging(s, st.Belonging)
	return v.belongingHeadline(st.Belonging, &r)
}

// byPerson says whether a map of this mode may be drawn person by person.
func (v *view) byPerson(e *workshop.BelongingExercise) bool {
	return v.named() && e.Mode != workshop.ModeTally
}

// belongingMap is the figure of a map.
func (v *view) belongingMap(e *workshop.BelongingExercise, r *workshop.BelongingResult, on Medium) *BelongingMap {
	m := &BelongingMap{On: on}
	tally := e.Mode == workshop.ModeTally
	for i, name := range r.Levels {
		people := len(r.People[i])
		l := MapLevel{Name: v.u(name), People: count(people, tr("person"), tr("people"))}
		if alone := people - int(math.Round(r.Across[i]*float64(people))); !tally && people > 0 && alone > 0 {
			l.Alone = fmt.Sprintf(tr("%d with nobody across"), alone)
		}
		m.Levels = append(m.Levels, l)
	}
	for _, k := range r.BrokenRungs {
		m.Rungs = append(m.Rungs, MapRung{Rung: k, Label: tr("Broken rung")})
	}
	if v.byPerson(e) {
		v.mapPeople(m, e, r)
		m.Caption = fmt.Sprintf(tr("Each dot is a person, numbered as on the participant list; each line a relationship across levels (%s). A hollow dot has nobody on another level."),
			count(len(m.Links), tr("relationship"), tr("relationships")))
	} else {
		v.mapPairs(m, r, tally)
		if tally {
			m.Caption = tr("A show of hands: each connector joins two levels and says how many people on the lower level have someone on the upper one (up), and the other way round (down).")
		} else {
			m.Caption = tr("Each connector joins two levels and says how many relationships there are between them; people are not shown.")
		}
	}
	if len(m.Rungs) > 0 {
		m.Caption += tr(" A dashed red line marks a broken rung: no relationship between two adjacent levels.")
	}
	return m
}

// mapPeople puts the people on a level and their links on the map.
func (v *view) mapPeople(m *BelongingMap, e *workshop.BelongingExercise, r *workshop.BelongingResult) {
	alone := map[string]bool{}
	for _, id := range r.Isolated {
		alone[id] = true
	}
	index := map[string]int{}
	for i, p := range v.s.Participants {
		l := e.LevelIndex(p.Level)
		if l < 0 {
			continue
		}
		index[p.ID] = len(m.People)
		m.People = append(m.People, MapPerson{Number: i + 1, Name: p.Name, Level: l, Alone: alone[p.ID]})
	}
	for _, l := range e.Links {
		a, okA := index[l.Who]
		b, okB := index[l.Whom]
		if okA && okB && m.People[a].Level != m.People[b].Level {
			m.Links = append(m.Links, [2]int{a, b})
		}
	}
}

// mapPairs puts a connector on the map for each pair of levels with
// relationships (or hands) between them.
func (v *view) mapPairs(m *BelongingMap, r *workshop.BelongingResult, tally bool) {
	most := 0
	for i := range r.Matrix {
		for j := i + 1; j < len(r.Matrix); j++ {
			up, down := r.Matrix[j][i], r.Matrix[i][j]
			n := up + down
			label := itoa(down)
			if tally {
				label = fmt.Sprintf(tr("%d up · %d down"), up, down)
			} else {
				n = down // by name the matrix counts each relationship both ways
			}
			if n == 0 {
				continue
			}
			most = max(most, n)
			m.Pairs = append(m.Pairs, MapPair{Upper: i, Lower: j, Count: n, Label: label})
		}
	}
	for i := range m.Pairs {
		m.Pairs[i].Weight = float64(m.Pairs[i].Count) / float64(most)
	}
}

// belongingSection is a belonging map: the figure, the relationships per
// pair of levels, each level's share with someone across, the broken
// rungs, the people with nobody across, and the pace check.
func (v *view) belongingSection(st *workshop.Step) Section {
	e := st.Belonging
	r := workshop.AnalyseBelonging(v.s, e)
	sec := Section{ID: st.ID, Title: v.u(st.Heading()), Level: 0, Blocks: v.prompt(st)}
	sec.Blocks = append(sec.Blocks, &Paragraph{Tone: Aside, On: Print,
		Text: tr("The speed of belonging: change meets quiet resistance when it moves faster than the relationships between the levels of a hierarchy, the ones in which someone can say no, ask for help or raise a worry with a person above or below them. The map shows those relationships; a broken rung is a pair of adjacent levels with none between them.")})
	if len(e.Levels) == 0 {
		sec.Blocks = append(sec.Blocks, &Paragraph{Text: tr("No levels were listed, so there is no map."), On: Print | Screen})
		return sec
	}
	how := tr("Recorded by name: each person in turn said who on another level they could say no to or ask for help.")
	if e.Mode == workshop.ModeTally {
		how = tr("Recorded by a show of hands: for each pair of levels, how many people on one have someone on the other they could say no to or ask for help. Nobody was named.")
	}
	sec.Blocks = append(sec.Blocks,
		&Paragraph{Text: how, On: Print},
		&Paragraph{Text: v.belongingHeadline(e, &r), Tone: Strong, On: everywhere},
		v.belongingMap(e, &r, everywhere),
		&Heading{Level: 3, Text: v.matrixTitle(e), On: Print},
		v.matrixTable(&r, e.Mode == workshop.ModeTally),
		&Heading{Level: 3, Text: tr("Who has someone on another level"), On: Print},
		v.sharesTable(&r, e.Mode == workshop.ModeTally))
	if pairs := v.pairLines(&r, e.Mode == workshop.ModeTally); len(pairs) > 0 {
		sec.Blocks = append(sec.Blocks, &List{Title: fmt.Sprintf(tr("%s:"), v.matrixTitle(e)), Items: pairs, On: Screen})
	}
	sec.Blocks = append(sec.Blocks, v.rungBlocks(&r)...)
	sec.Blocks = append(sec.Blocks, v.aloneBlocks(e, &r)...)
	sec.Blocks = append(sec.Blocks, v.paceBlocks(&r)...)
	return sec
}

// belongingHeadline is the map's result in a sentence or two.
func (v *view) belongingHeadline(e *workshop.BelongingExercise, r *workshop.BelongingResult) string {
	var out []string
	switch len(r.BrokenRungs) {
	case 0:
		out = append(out, tr("No broken rung: every pair of adjacent levels has a relationship across."))
	default:
		var rungs []string
		for _, k := range r.BrokenRungs {
			rungs = append(rungs, fmt.Sprintf(tr("%s and %s"), v.u(r.Levels[k]), v.u(r.Levels[k+1])))
		}
		out = append(out, fmt.Sprintf(workshop.Plural(len(rungs), tr("%d broken rung: %s."), tr("%d broken rungs: %s.")), len(rungs), strings.Join(rungs, "; ")))
	}
	if e.Mode != workshop.ModeTally {
		placed := len(v.s.Participants) - len(r.Unplaced)
		out = append(out, fmt.Sprintf(tr("%d of %d people on a level have nobody on another."), len(r.Isolated), placed))
	}
	if n := len(r.Unplaced); n > 0 {
		out = append(out, fmt.Sprintf(workshop.Plural(n, tr("%d person is on no level."), tr("%d people are on no level.")), n))
	}
	return strings.Join(out, " ")
}

// matrixTitle heads the relationships per pair of levels.
func (v *view) matrixTitle(e *workshop.BelongingExercise) string {
	if e.Mode == workshop.ModeTally {
		return tr("People with someone on another level, per pair of levels")
	}
	return tr("Relationships per pair of levels")
}

// levelName is a level as tables list it: "2. director".
func (v *view) levelName(r *workshop.BelongingResult, i int) string {
	return itoa(i+1) + ". " + v.u(r.Levels[i])
}

// matrixTable counts the relationships per pair of levels: a row and a
// column per level, numbered; by a show of hands, the row's people who have
// someone on the column's level.
func (v *view) matrixTable(r *workshop.BelongingResult, tally bool) *Table {
	n := len(r.Levels)
	first := trKey("Level (in the hierarchy)", "Level")
	if tally {
		first = tr("People on … with someone on")
	}
	t := &Table{On: Print, Columns: []Column{textCol(first, 0.34)}}
	for j := range n {
		t.Columns = append(t.Columns, numCol(itoa(j+1), 0.66/float64(n)))
	}
	for i := range n {
		row := []string{v.levelName(r, i)}
		for j := range n {
			if i == j {
				row = append(row, "–")
			} else {
				row = append(row, itoa(r.Matrix[i][j]))
			}
		}
		t.Rows = append(t.Rows, Row{Cells: row})
	}
	return t
}

// pairLines are the pairs of levels with relationships between them, a
// line each, for the screen.
func (v *view) pairLines(r *workshop.BelongingResult, tally bool) []string {
	var out []string
	for i := range r.Matrix {
		for j := i + 1; j < len(r.Matrix); j++ {
			up, down := r.Matrix[j][i], r.Matrix[i][j]
			switch {
			case up+down == 0:
			case tally:
				out = append(out, fmt.Sprintf(tr("%s and %s: %d up, %d down"), v.u(r.Levels[i]), v.u(r.Levels[j]), up, down))
			default:
				out = append(out, fmt.Sprintf(tr("%s and %s: %d"), v.u(r.Levels[i]), v.u(r.Levels[j]), down))
			}
		}
	}
	return out
}

// sharesTable is each level's share of people with someone above, below
// and anywhere across; by a show of hands, lower bounds.
func (v *view) sharesTable(r *workshop.BelongingResult, tally bool) *Table {
	t := &Table{On: Print, Columns: []Column{textCol(trKey("Level (in the hierarchy)", "Level"), 0.34), numCol(tr("People"), 0.12), numCol(tr("Someone above"), 0.18),
		numCol(tr("Someone below"), 0.18), numCol(tr("Anyone across"), 0.18)}}
	share := func(f float64, people int) string {
		if f < 0 {
			return "–"
		}
		n := int(math.Round(f * float64(people)))
		if tally {
			return fmt.Sprintf(tr("at least %d of %d"), n, people)
		}
		return fmt.Sprintf(tr("%d of %d"), n, people)
	}
	for i := range r.Levels {
		p := len(r.People[i])
		t.Rows = append(t.Rows, Row{Cells: []string{v.levelName(r, i), itoa(p), share(r.Up[i], p), share(r.Down[i], p), share(r.Across[i], p)}})
	}
	return t
}

// rungBlocks say which rungs are broken.
func (v *view) rungBlocks(r *workshop.BelongingResult) []Block {
	out := []Block{&Heading{Level: 3, Text: tr("Broken rungs"), On: Print}}
	if len(r.BrokenRungs) == 0 {
		return append(out, &Paragraph{Text: tr("None: every pair of adjacent levels has at least one relationship across."), On: Print})
	}
	var items []string
	for _, k := range r.BrokenRungs {
		items = append(items, fmt.Sprintf(tr("Nobody on %s has a relationship with anybody on %s."), v.u(r.Levels[k]), v.u(r.Levels[k+1])))
	}
	return append(out, &Callout{Items: items, On: Print})
}

// aloneBlocks name the people with nobody on another level, and those on
// no level, where people may be named; count them otherwise.
func (v *view) aloneBlocks(e *workshop.BelongingExercise, r *workshop.BelongingResult) []Block {
	if e.Mode == workshop.ModeTally {
		return nil
	}
	out := []Block{&Heading{Level: 3, Text: tr("People with nobody on another level"), On: Print}}
	if !v.named() {
		text := tr("Not shown by name in this summary; the table above counts them per level.")
		if len(r.Isolated) == 0 {
			text = tr("None: everyone on a level has someone on another.")
		}
		return append(out, &Paragraph{Text: text, On: Print})
	}
	var items []string
	for i, ids := range r.People {
		var names []string
		for _, id := range ids {
			if containsID(r.Isolated, id) {
				names = append(names, v.person(id))
			}
		}
		if len(names) > 0 {
			items = append(items, fmt.Sprintf(tr("%s: %s"), v.u(r.Levels[i]), joinComma(names)))
		}
	}
	if len(items) == 0 {
		out = append(out, &Paragraph{Text: tr("None: everyone on a level has someone on another."), On: Print})
	} else {
		out = append(out, &List{Items: items, On: Print}, &List{Title: tr("Nobody on another level:"), Items: items, On: Screen})
	}
	if len(r.Unplaced) > 0 {
		out = append(out, &Field{Label: tr("On no level:"), Text: v.people(r.Unplaced), On: Print | Screen})
	}
	return out
}

func containsID(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// Pace words: a change's verdict as the pace check gives it, in English;
// PaceWord gives them in the reader's language.
const (
	FasterThanBelonging = "Faster than belonging"
	WithinBelonging     = "Within belonging"
)

// paceBlocks are the pace check: each planned change, the levels it
// touches, how fast it is meant to land, and whether it outruns the map.
func (v *view) paceBlocks(r *workshop.BelongingResult) []Block {
	out := []Block{&Heading{Level: 3, Text: tr("Pace check"), On: Print}}
	if len(r.Changes) == 0 {
		return append(out, &Paragraph{Text: tr("No planned change was checked against the map."), On: Print})
	}
	t := &Table{On: Print, Columns: []Column{textCol(tr("Change"), 0.36), textCol(tr("Levels"), 0.3), numCol(tr("Weeks"), 0.1), textCol(tr("Pace"), 0.24)}}
	var screen, fast []string
	for _, c := range r.Changes {
		name, levels := v.u(c.Change.Name), v.changeLevels(c.Change)
		t.Rows = append(t.Rows, Row{Cells: []string{name, levels, weeks(c.Change.Weeks), PaceWord(c)}, Note: v.u(c.Advice)})
		screen = append(screen, fmt.Sprintf(tr("%s (%s; %s): %s"), name, levels, weeksText(c.Change.Weeks), v.u(c.Advice)))
		if c.TooFast {
			fast = append(fast, name)
		}
	}
	// The room reads the map; the pace check fits a line or two under it.
	n := len(r.Changes)
	room := fmt.Sprintf(workshop.Plural(n, tr("Pace check: none of the %d planned change is faster than belonging."),
		tr("Pace check: none of the %d planned changes is faster than belonging.")), n)
	if len(fast) > 0 {
		room = fmt.Sprintf(workshop.Plural(n, tr("Pace check: %d of %d planned change is faster than belonging: %s."),
			tr("Pace check: %d of %d planned changes are faster than belonging: %s.")), len(fast), n, strings.Join(fast, "; "))
	}
	return append(out, t,
		&List{Title: tr("Pace check:"), Items: screen, On: Screen},
		&Paragraph{Text: room, On: Room})
}

// PaceWord is a change's verdict: faster than belonging, or within it.
func PaceWord(c workshop.ChangeCheck) string {
	if c.TooFast {
		return tr("Faster than belonging")
	}
	return tr("Within belonging")
}

// changeLevels lists the levels a change touches.
func (v *view) changeLevels(c workshop.PlannedChange) string {
	if len(c.Levels) == 0 {
		return tr("no level given")
	}
	names := make([]string, len(c.Levels))
	for i, l := range c.Levels {
		names[i] = v.u(l)
	}
	return joinComma(names)
}

func weeks(n int) string {
	if n == 0 {
		return "–"
	}
	return itoa(n)
}

// weeksText is how fast a change is meant to land, in words.
func weeksText(n int) string {
	if n == 0 {
		return tr("no pace set")
	}
	return count(n, tr("week"), tr("weeks"))
}

// myBelonging is a personal sheet's part of a belonging map: the reader's
// level and their own relationships, counted per level.
func (v *view) myBelonging(st *workshop.Step) Section {
	e := st.Belonging
	sec := Section{ID: st.ID, Title: v.u(st.Heading()), Level: 1}
	para := func(text string) { sec.Blocks = append(sec.Blocks, &Paragraph{Text: text, On: Print}) }
	l := e.LevelIndex(v.me.Level)
	switch {
	case e.Mode == workshop.ModeTally:
		para(tr("This map was made by a show of hands: no one's relationships were recorded by name, yours included."))
		return sec
	case l < 0:
		para(tr("You were on no level of this map, so no relationship across levels was recorded for you."))
		return sec
	}
	para(fmt.Sprintf(tr("Your level: %s."), v.u(e.Levels[l])))
	per := make([]int, len(e.Levels))
	total := 0
	for _, id := range e.LinksOf(v.me.ID) {
		if p := v.s.Participant(id); p != nil {
			if k := e.LevelIndex(p.Level); k >= 0 && k != l {
				per[k]++
				total++
			}
		}
	}
	if total == 0 {
		para(tr("No relationship across levels was recorded for you."))
		return sec
	}
	para(fmt.Sprintf(tr("You have %s with people on other levels. Who they are is left out, as everywhere on this sheet."),
		count(total, tr("relationship"), tr("relationships"))))
	t := &Table{On: Print, Columns: []Column{textCol(trKey("Level (in the hierarchy)", "Level"), 0.6), numCol(tr("Your relationships"), 0.4)}}
	for k, n := range per {
		if n > 0 {
			t.Rows = append(t.Rows, Row{Cells: []string{v.u(e.Levels[k]), itoa(n)}})
		}
	}
	sec.Blocks = append(sec.Blocks, t)
	return sec
}
