package report

import (
	"fmt"
	"strings"

	"scaleroom/workshop"
)

// sheet is one participant's personal sheet: their answers beside the
// group's result on every value, the actions and load decisions they own,
// their own relationships on a belonging map, and the group's other
// outcomes. Other people are never named on it.
func (v *view) sheet() []Section {
	cover := Section{ID: CoverID, Blocks: []Block{&Cover{Kicker: "Scaleroom · " + v.variant(), Title: v.title(), Sheet: true, On: Print}}}
	var facts []string
	for _, f := range []string{v.u(v.s.Organisation), date(v.u(v.s.Date)), v.u(v.s.Location)} {
		if strings.TrimSpace(f) != "" {
			facts = append(facts, f)
		}
	}
	if len(facts) > 0 {
		cover.Blocks = append(cover.Blocks, &Paragraph{Text: strings.Join(facts, " · "), Tone: Quiet, On: Print})
	}
	cover.Blocks = append(cover.Blocks, &Paragraph{Text: tr("This sheet puts your own answers beside what the whole group said. Other people's answers are shown only as totals."), On: Print})
	out := []Section{cover}

	for i := range v.s.Steps {
		if st := &v.s.Steps[i]; st.Values != nil {
			out = append(out, v.myValues(st))
		}
	}
	out = append(out, v.mine())
	for i := range v.s.Steps {
		if st := &v.s.Steps[i]; st.Belonging != nil && len(st.Belonging.Levels) > 0 {
			out = append(out, v.myBelonging(st))
		}
	}
	out = append(out, v.glance(GroupID, tr("What the group decided"), 1, Print))
	for i := range v.s.Steps {
		st := &v.s.Steps[i]
		if st.Load != nil {
			r := st.Load.Analyse(v.s.Participants)
			sec := Section{ID: st.ID, Title: v.u(st.Heading()), Level: 2, Blocks: []Block{v.loadChart(&r, Print)}}
			if len(r.Stop) > 0 {
				names := make([]string, len(r.Stop))
				for k, it := range r.Stop {
					names[k] = v.u(it.Name)
				}
				sec.Blocks = append(sec.Blocks, &Field{Label: tr("Stop-doing list:"), Text: strings.Join(names, "; "), On: Print})
			}
			out = append(out, sec)
		}
		if st.Reflection != nil && len(st.Reflection.Initiatives) > 0 {
			r := st.Reflection.Analyse()
			out = append(out, Section{ID: st.ID, Title: v.u(st.Heading()), Level: 2, Blocks: []Block{v.directionTable(st.Reflection, &r)}})
		}
	}
	return out
}

// myValues is one values step with the reader's answer on each value.
func (v *view) myValues(st *workshop.Step) Section {
	res := st.Values.Analyse(v.s.Participants)
	sc := &res.Scale
	sec := Section{ID: st.ID, Title: v.u(st.Heading()), Level: 1, Blocks: []Block{
		&Paragraph{Text: fmt.Sprintf(tr("Decision scale: %s. %s."), sc.Name, sc.Pass.Describe()), Tone: Aside, On: Print},
		&Heading{Level: 3, Text: tr("Levels of the scale"), On: Print},
		&Legend{Levels: sc.Levels, On: Print},
	}}
	for j := range res.Values {
		vr := &res.Values[j]
		mine := v.answer(sc, st.Values.Mode, vr.Value.Response(v.me.ID))
		sec.Blocks = append(sec.Blocks, v.valueResult(sc, st.Values.Mode, vr, mine))
	}
	return sec
}

// mine lists the actions the reader owns and the load items they own or
// decide on, by the rule of workshop.Session.OwnerMatcher: linked to them
// by ID, or owned by free text that is their name and no one else's
// (ignoring case, space and Unicode normal form), such as a name typed
// before they joined the roster.
func (v *view) mine() Section {
	isMe := v.s.OwnerMatcher(v.me.ID)
	sec := Section{ID: YoursID, Title: tr("Your actions"), Level: 1}
	t := &Table{On: Print, Columns: []Column{textCol(tr("Action"), 0.55), textCol(tr("Due"), 0.15), textCol(tr("From step"), 0.2), textCol(tr("Status"), 0.1)}}
	for i := range v.s.Actions {
		a := &v.s.Actions[i]
		if !isMe(a.Owner) {
			continue
		}
		status := tr("open")
		switch {
		case a.Done:
			status = trKey("action.done", "done")
		case a.Dropped:
			status = tr("dropped")
		}
		step := ""
		if st := v.s.Step(a.Step); st != nil {
			step = v.u(st.Title)
		}
		t.Rows = append(t.Rows, Row{Cells: []string{v.u(a.Text), date(a.Due), step, status}})
	}
	if len(t.Rows) == 0 {
		sec.Blocks = append(sec.Blocks, &Paragraph{Text: tr("No action has you as its owner."), On: Print})
	} else {
		sec.Blocks = append(sec.Blocks, t)
	}
	for i := range v.s.Steps {
		st := &v.s.Steps[i]
		if st.Load == nil {
			continue
		}
		t := &Table{On: Print, Columns: []Column{textCol(tr("Item"), 0.5), numCol(tr("Load"), 0.12), textCol(tr("Decision"), 0.38)}}
		for j := range st.Load.Items {
			it := &st.Load.Items[j]
			if isMe(it.DecisionOwner) || isMe(it.Owner) {
				t.Rows = append(t.Rows, Row{Cells: []string{v.u(it.Name), workshop.FormatLoad(it.Load), v.decision(it)}})
			}
		}
		if len(t.Rows) > 0 {
			sec.Blocks = append(sec.Blocks, &Heading{Level: 3, Text: fmt.Sprintf(tr("Load items you own or decide on: %s"), v.u(st.Title)), On: Print}, t)
		}
	}
	return sec
}
