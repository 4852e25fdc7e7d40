package report

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"scaleroom/workshop"
)

// reflectionSection is the ecocycle map and the initiatives by direction.
func (v *view) reflectionSection(st *workshop.Step) Section {
	ex := st.Reflection
	r := ex.Analyse()
	sec := Section{ID: st.ID, Title: v.u(st.Heading()), Level: 0, Blocks: v.prompt(st)}
	sec.Blocks = append(sec.Blocks,
		&Paragraph{Tone: Aside, On: Print, Text: tr("Ecocycle map (Ecocycle Planning, Liberating Structures): the front loop runs from birth to maturity, the back loop from creative destruction to renewal. The rigidity trap holds on to mature activities too long; the poverty trap starves promising new ones.")})
	if len(ex.Initiatives) == 0 {
		sec.Blocks = append(sec.Blocks, &Paragraph{Text: tr("No initiatives were listed."), On: Print}, v.ecocycle(ex, Room))
	} else {
		sec.Blocks = append(sec.Blocks, v.ecocycle(ex, Print|Room))
		if len(r.NoFirstAction) > 0 {
			var msgs []string
			for _, in := range r.NoFirstAction {
				msgs = append(msgs, fmt.Sprintf(tr("%q is in the %s but has no first action yet."), v.u(in.Name), lower(in.Trap.Label())))
			}
			sec.Blocks = append(sec.Blocks, &Callout{Items: msgs, On: Print})
		}
		sec.Blocks = append(sec.Blocks, &Heading{Level: 3, Text: tr("Initiatives by direction"), On: Print}, v.directionTable(ex, &r))
	}
	for _, b := range []*Paragraph{
		{Text: v.phases(&r), On: Screen},
		{Text: v.reflectionSummary(r), On: Screen | Room},
		{Text: v.firstActions(ex), On: Screen},
	} {
		if b.Text != "" {
			sec.Blocks = append(sec.Blocks, b)
		}
	}
	return sec
}

// ecocycle is the map's placements, numbered as the step lists them.
func (v *view) ecocycle(ex *workshop.ReflectionExercise, on Medium) *Ecocycle {
	e := &Ecocycle{On: on}
	for i := range ex.Initiatives {
		in := &ex.Initiatives[i]
		e.Placements = append(e.Placements, Placement{ID: in.ID, Number: i + 1, Name: v.u(in.Name), Phase: in.Phase, Trap: in.Trap,
			Direction: in.Direction, Contested: in.Contested, Line: v.initiativeLine(in)})
	}
	return e
}

// directionTable lists the initiatives grouped by direction.
func (v *view) directionTable(ex *workshop.ReflectionExercise, r *workshop.ReflectionResult) *Table {
	number := map[*workshop.Initiative]int{}
	for i := range ex.Initiatives {
		number[&ex.Initiatives[i]] = i + 1
	}
	t := &Table{On: Print, Columns: []Column{numCol("#", 0.05), textCol(tr("Initiative"), 0.3), textCol(tr("Ecocycle"), 0.3), textCol(tr("First action"), 0.35)}}
	for _, dir := range append(append([]workshop.Direction{}, workshop.Directions...), workshop.DirectionNone) {
		list := r.ByDirection[dir]
		if len(list) == 0 {
			continue
		}
		t.Rows = append(t.Rows, Row{Group: fmt.Sprintf("%s (%d)", dir.Label(), len(list))})
		for _, in := range list {
			place := in.Phase.Label()
			if in.Trap != "" {
				place += "; " + lower(in.Trap.Label())
			}
			if in.Contested {
				place += tr("; no consensus")
			}
			var facts []string
			if in.Closeness > 0 {
				facts = append(facts, fmt.Sprintf(tr("closeness to people %d/5"), in.Closeness))
			}
			if in.Layers > 0 {
				facts = append(facts, fmt.Sprintf(workshop.Plural(in.Layers, tr("%d layer between resources and people"),
					tr("%d layers between resources and people")), in.Layers))
			}
			if len(facts) > 0 {
				place += "\n" + strings.Join(facts, ", ")
			}
			// Evidence and rationale are sentences: they get the full width
			// under the initiative rather than narrow columns of their own.
			var long []string
			if strings.TrimSpace(in.Evidence) != "" {
				long = append(long, fmt.Sprintf(tr("Evidence: %s"), v.u(in.Evidence)))
			}
			if strings.TrimSpace(in.Rationale) != "" {
				long = append(long, fmt.Sprintf(tr("Rationale: %s"), v.u(in.Rationale)))
			}
			t.Rows = append(t.Rows, Row{Cells: []string{itoa(number[in]), v.u(in.Name), place, v.u(in.FirstAction)}, Note: strings.Join(long, "\n")})
		}
	}
	return t
}

// phases lists the initiatives per ecocycle phase, with their directions.
func (v *view) phases(r *workshop.ReflectionResult) string {
	var out []string
	for _, p := range append(append([]workshop.Phase{}, workshop.Phases...), workshop.PhaseNone) {
		list := r.ByPhase[p]
		if len(list) == 0 {
			continue
		}
		n := make([]string, len(list))
		for i, in := range list {
			n[i] = v.u(in.Name)
			if in.Direction != "" {
				n[i] += " (" + lower(in.Direction.Label()) + ")"
			}
		}
		out = append(out, fmt.Sprintf(tr("%s: %s"), p.Label(), strings.Join(n, ", ")))
	}
	return strings.Join(out, "\n")
}

// firstActions lists the first action decided for each initiative.
func (v *view) firstActions(e *workshop.ReflectionExercise) string {
	var out []string
	for _, in := range e.Initiatives {
		if in.FirstAction != "" {
			out = append(out, fmt.Sprintf(tr("First action for %s: %s"), v.u(in.Name), v.u(in.FirstAction)))
		}
	}
	return strings.Join(out, "\n")
}

// reflectionSummary says what the map shows: what is in a trap, what lacks
// a first action, what the room did not agree on, and the directions.
func (v *view) reflectionSummary(r workshop.ReflectionResult) string {
	names := func(list []*workshop.Initiative) string {
		n := make([]string, len(list))
		for i, in := range list {
			n[i] = v.initiativeName(in)
		}
		return joinComma(n)
	}
	var out []string
	for _, t := range workshop.Traps {
		if list := r.InTrap[t]; len(list) > 0 {
			out = append(out, fmt.Sprintf(tr("%s: %s."), t.Label(), names(list)))
		}
	}
	if len(r.NoFirstAction) > 0 {
		out = append(out, fmt.Sprintf(tr("Still needs a first action (every initiative in a trap gets one): %s."), names(r.NoFirstAction)))
	}
	if len(r.Contested) > 0 {
		out = append(out, fmt.Sprintf(tr("Placed without consensus: %s."), names(r.Contested)))
	}
	var dirs []string
	for _, d := range append(append([]workshop.Direction{}, workshop.Directions...), workshop.DirectionNone) {
		if n := len(r.ByDirection[d]); n > 0 {
			dirs = append(dirs, fmt.Sprintf("%s %d", lower(d.Label()), n))
		}
	}
	if len(dirs) > 0 {
		out = append(out, fmt.Sprintf(tr("Directions: %s."), joinComma(dirs)))
	}
	return strings.Join(out, "\n")
}

// ReflectionSummary says what an ecocycle map shows, as the reflection
// screen sums it up.
// Names are cut at 60 characters: the screen's side list has them in full,
// and a pasted paragraph here would bury the others.
func ReflectionSummary(r workshop.ReflectionResult) string {
	if s := (&view{nameLimit: 60}).reflectionSummary(r); s != "" {
		return s
	}
	return tr("No initiatives yet: add the activities the room named, then place them on the cycle.")
}

// initiativeName is an initiative's name, or says it has none yet.
func (v *view) initiativeName(in *workshop.Initiative) string {
	if in.Name == "" {
		return tr("(no name yet)")
	}
	if v.nameLimit > 0 {
		return workshop.Truncate(v.u(in.Name), func(s string) bool { return utf8.RuneCountInString(s) <= v.nameLimit })
	}
	return v.u(in.Name)
}

// initiativeLine is an initiative in a list: name, place and direction.
func (v *view) initiativeLine(in *workshop.Initiative) string {
	place := in.Phase.Label()
	if in.Trap != "" {
		place = in.Trap.Label()
	}
	line := fmt.Sprintf("%s — %s, %s", v.initiativeName(in), place, lower(in.Direction.Label()))
	if in.Contested {
		line += tr(" (no consensus)")
	}
	return line
}

// InitiativeLine is an initiative as the reflection screen lists it:
// "Central intake — Rigidity trap, scale down".
func InitiativeLine(in *workshop.Initiative) string { return (&view{}).initiativeLine(in) }
