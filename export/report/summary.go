package report

import (
	"fmt"
	"strings"

	"scaleroom/workshop"
)

// summary is the whole session: cover, the headline results and the
// agenda, one section per exercise step, then the actions, the people, the
// notes and, in a named summary, every response.
func (v *view) summary() []Section {
	out := []Section{v.cover(), v.glance(GlanceID, tr("At a glance"), 2, Print|Screen), v.agenda()}
	// What changed since last time opens the document, after the page the
	// cover starts: it is where a follow-up begins.
	if sec, ok := v.since(); ok {
		out = append(out, sec)
	}
	for i := range v.s.Steps {
		if sec, ok := v.step(&v.s.Steps[i]); ok {
			out = append(out, sec)
		}
	}
	out = append(out, v.actions(), v.participants())
	if strings.TrimSpace(v.s.Notes) != "" && v.notes() {
		out = append(out, Section{ID: NotesID, Title: tr("Notes"), Level: 2,
			Blocks: []Block{&Paragraph{Text: v.u(v.s.Notes), On: Print}}})
	}
	if sec, ok := v.trends(); ok {
		out = append(out, sec)
	}
	if v.named() {
		if sec, ok := v.appendix(); ok {
			out = append(out, sec)
		}
	}
	return out
}

// step is an exercise step's section, false for other steps.
func (v *view) step(st *workshop.Step) (Section, bool) {
	switch {
	case st.Values != nil:
		return v.valuesSection(st), true
	case st.Load != nil:
		return v.loadSection(st), true
	case st.Reflection != nil:
		return v.reflectionSection(st), true
	case st.Belonging != nil:
		return v.belongingSection(st), true
	}
	return Section{}, false
}

// cover is the title and facts about the session.
func (v *view) cover() Section {
	c := &Cover{Kicker: "Scaleroom · " + v.variant(), Title: v.title(), On: Print}
	add := func(label, text string) {
		if strings.TrimSpace(text) != "" {
			c.Facts = append(c.Facts, Field{Label: label, Text: text})
		}
	}
	add(tr("Organisation:"), v.u(v.s.Organisation))
	add(tr("Date:"), date(v.u(v.s.Date)))
	add(tr("Place:"), v.u(v.s.Location))
	if v.named() {
		add(tr("Facilitator:"), v.s.Facilitator)
	} else {
		add(tr("Facilitator:"), tr("not shown in the anonymous summary"))
	}
	add(tr("Participants:"), itoa(len(v.s.Participants)))
	add(tr("Planned time:"), minutes(v.s.PlannedMinutes()))
	if used := v.s.UsedSeconds(); used > 0 {
		add(tr("Time used:"), duration(used))
	}
	return Section{ID: CoverID, Blocks: []Block{c}}
}

// title is the session's title for a cover, never empty.
func (v *view) title() string {
	if t := v.u(v.s.Title); strings.TrimSpace(t) != "" {
		return t
	}
	return tr("Untitled workshop")
}

// glance is each exercise's headline result, then the count of actions.
func (v *view) glance(id, title string, level int, on Medium) Section {
	lines := v.s.Glance()
	for i := range lines {
		lines[i] = v.u(lines[i])
	}
	return Section{ID: id, Title: title, Level: level, Blocks: []Block{&List{Items: lines, On: on}}}
}

// agenda lists the steps with their timeboxes and the time the timer kept:
// a table in print, a line a step on screen.
func (v *view) agenda() Section {
	t := &Table{On: Print, Columns: []Column{numCol("#", 0.05), textCol(tr("Step"), 0.47), textCol(tr("Kind"), 0.14),
		numCol(tr("Timebox"), 0.11), numCol(tr("Time used"), 0.12), {Title: tr("Done"), Width: 0.09, Centred: true}}}
	var lines []string
	for i, st := range v.s.Steps {
		used, done := "", ""
		line := fmt.Sprintf(tr("%d. %s — %d min planned"), i+1, v.u(st.Title), st.Timebox)
		if st.UsedSeconds > 0 {
			used = duration(st.UsedSeconds)
			line += fmt.Sprintf(tr(", %s used"), clock(st.UsedSeconds))
		}
		if st.Done {
			done = tr("yes")
			line += tr(", done")
		}
		t.Rows = append(t.Rows, Row{Cells: []string{itoa(i + 1), v.u(st.Title), workshop.StepKindTerms.Label(st.Kind), minutes(st.Timebox), used, done}})
		lines = append(lines, line)
	}
	used := ""
	total := fmt.Sprintf(tr("Total: %d min planned"), v.s.PlannedMinutes())
	if u := v.s.UsedSeconds(); u > 0 {
		used = duration(u)
		total += fmt.Sprintf(tr(", %s used"), clock(u))
	}
	t.Rows = append(t.Rows, Row{Cells: []string{"", tr("Total"), "", minutes(v.s.PlannedMinutes()), used, ""}, Total: true})
	lines = append(lines, total)
	return Section{ID: AgendaID, Title: tr("Agenda"), Level: 2, Apart: true,
		Blocks: []Block{t, &Paragraph{Text: strings.Join(lines, "\n"), On: Screen}}}
}

// prompt is what the facilitator read out at a step, for print.
func (v *view) prompt(st *workshop.Step) []Block {
	if strings.TrimSpace(st.Prompt) == "" {
		return nil
	}
	return []Block{&Paragraph{Text: v.u(st.Prompt), Tone: Prompt, On: Print}}
}

// participants lists the room; a report without names says only how many
// were there and how their answers are shown.
func (v *view) participants() Section {
	sec := Section{ID: ParticipantsID, Title: tr("Participants"), Level: 2}
	para := func(text string) Section {
		sec.Blocks = []Block{&Paragraph{Text: text, On: Print}}
		return sec
	}
	switch {
	case len(v.s.Participants) == 0:
		return para(tr("No participants were recorded."))
	case v.anon != nil:
		return para(fmt.Sprintf(tr("%d participants. Names, roles and teams are not shown in the anonymous summary. Answers are shown only as counts and as unattributed notes, ordered by level and text rather than by person; names in notes are replaced with %s."),
			len(v.s.Participants), v.anon.mark))
	case !v.named():
		return para(fmt.Sprintf(tr("%d participants. Names, roles and teams are not shown in the anonymous summary. Answers are shown only as counts and as unattributed notes, ordered by level and text rather than by person."),
			len(v.s.Participants)))
	}
	// A participant's level is their place in the hierarchy, which some
	// languages word otherwise than a level of agreement.
	t := &Table{On: Print, Columns: []Column{numCol("#", 0.06), textCol(tr("Name"), 0.3), textCol(tr("Role"), 0.24),
		textCol(tr("Team"), 0.22), textCol(trKey("Level (in the hierarchy)", "Level"), 0.18)}}
	for i, p := range v.s.Participants {
		t.Rows = append(t.Rows, Row{Cells: []string{itoa(i + 1), p.Name, p.Role, p.Team, p.Level}})
	}
	sec.Blocks = []Block{t}
	return sec
}

// appendix lists every named response, person by value: level in words,
// commitment and note. The sections show counts and name only the people
// who disagree, withhold or block; this is where everyone else's answer is
// on record. Only a named summary has it; false when there is nothing in
// it.
func (v *view) appendix() (Section, bool) {
	sec := Section{ID: AppendixID, Title: tr("Appendix: every response"), Level: 0}
	for i := range v.s.Steps {
		st := &v.s.Steps[i]
		ex := st.Values
		if ex == nil || ex.Mode == workshop.ModeTally || len(v.s.Participants) == 0 {
			continue
		}
		any := false
		for j := range ex.Values {
			any = any || len(ex.Values[j].Responses) > 0
		}
		if !any {
			continue
		}
		if len(sec.Blocks) == 0 {
			sec.Blocks = append(sec.Blocks, &Paragraph{Tone: Quiet, On: Print,
				Text: tr("Each participant's answer on each value, as recorded: the level in the scale's words, the commitment (what they said, or what their level means), and their note.")})
		}
		sc := ex.ScaleOrDefault()
		// "Does not commit (by level)" fits the commitment column on one line.
		t := &Table{On: Print, Columns: []Column{textCol(tr("Value"), 0.32), textCol(tr("Level"), 0.40), textCol(tr("Commitment"), 0.28)}}
		for _, p := range v.s.Participants {
			t.Rows = append(t.Rows, Row{Group: p.Name})
			for k := range ex.Values {
				val := &ex.Values[k]
				r := val.Response(p.ID)
				if r == nil {
					t.Rows = append(t.Rows, Row{Cells: []string{val.Name, tr("no answer recorded"), ""}})
					continue
				}
				rw := Row{Cells: []string{val.Name, levelWords(&sc, r.Level), saidWords(&sc, *r)}}
				if strings.TrimSpace(r.Note) != "" && v.notes() {
					rw.Note = fmt.Sprintf(tr("Note: %s"), r.Note)
				}
				t.Rows = append(t.Rows, rw)
			}
		}
		sec.Blocks = append(sec.Blocks, &Heading{Level: 2, Text: st.Heading(), On: Print}, t)
	}
	return sec, len(sec.Blocks) > 0
}
