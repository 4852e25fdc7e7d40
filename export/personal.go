package export

import (
	"fmt"
	"strings"

	"scaleroom/workshop"
)

// personal renders one participant's sheet: their answers beside the
// group's result on every value, the actions and load decisions they own,
// and the group's other outcomes. Other people are never named on it.
func (d *doc) personal() {
	pdf := d.pdf
	pdf.AddPage()
	band := 40.0
	d.fillColor(accent)
	pdf.Rect(0, 0, d.pageW, band, "F")
	pdf.SetTextColor(255, 255, 255)
	d.font("", 10)
	pdf.SetXY(d.left, 10)
	d.cell(d.width, 5, d.clean("Scaleroom · "+d.variantName()), "", 1, "L", false)
	d.font("B", 20)
	pdf.SetXY(d.left, 18)
	title := d.u(d.s.Title)
	if strings.TrimSpace(title) == "" {
		title = "Untitled workshop"
	}
	d.cell(d.width, 10, d.fit(d.clean(title), d.width), "", 1, "L", false)
	d.textColor(ink)
	pdf.SetY(band + 7)
	var facts []string
	for _, f := range []string{d.u(d.s.Organisation), d.u(d.s.Date), d.u(d.s.Location)} {
		if strings.TrimSpace(f) != "" {
			facts = append(facts, f)
		}
	}
	if len(facts) > 0 {
		d.para(strings.Join(facts, " · "), "", bodySize, muted)
	}
	d.para("This sheet puts your own answers beside what the whole group said. Other people's answers are shown only as totals.", "", bodySize, ink)

	for i := range d.s.Steps {
		st := &d.s.Steps[i]
		if st.Values == nil {
			continue
		}
		res := st.Values.Analyse(d.s.Participants)
		colours := levelColours(&res.Scale)
		intro := fmt.Sprintf("Decision scale: %s. %s.", res.Scale.Name, res.Scale.Pass.Describe())
		d.keepWith(d.paraLead(intro, "", smallSize))
		d.heading1(d.u(st.Heading()))
		d.para(intro, "", smallSize, muted)
		d.keepWith(legendHeight(&res.Scale))
		d.heading3("Levels of the scale")
		d.levelLegend(&res.Scale, colours)
		for j := range res.Values {
			vr := &res.Values[j]
			mine := vr.Value.Response(d.me.ID)
			if st.Values.Mode == workshop.ModeTally || mine == nil {
				mine = &workshop.Response{Participant: d.me.ID, Level: noAnswer}
			}
			d.valueBlock(&res.Scale, st.Values.Mode, vr, colours, mine)
		}
	}

	isMe := d.s.OwnerMatcher(d.me.ID)
	mineOnly := d.ownedActions(isMe)
	if len(mineOnly) == 0 {
		d.keepWith(d.paraLead("No action has you as its owner.", "", bodySize))
		d.heading1("Your actions")
		d.para("No action has you as its owner.", "", bodySize, ink)
	} else {
		cols := []column{{"Action", 0.55, "L"}, {"Due", 0.15, "L"}, {"From step", 0.2, "L"}, {"Status", 0.1, "L"}}
		var rows []row
		for _, a := range mineOnly {
			status := "open"
			if a.Done {
				status = "done"
			}
			step := ""
			if st := d.s.Step(a.Step); st != nil {
				step = d.u(st.Title)
			}
			rows = append(rows, row{cells: []string{d.u(a.Text), a.Due, step, status}})
		}
		d.keepWith(d.tableLead(cols, rows))
		d.heading1("Your actions")
		d.table(cols, rows)
	}
	for i := range d.s.Steps {
		st := &d.s.Steps[i]
		if st.Load == nil {
			continue
		}
		var rows []row
		for j := range st.Load.Items {
			it := &st.Load.Items[j]
			if isMe(it.DecisionOwner) || isMe(it.Owner) {
				rows = append(rows, row{cells: []string{d.u(it.Name), workshop.FormatLoad(it.Load), d.decision(it)}})
			}
		}
		if len(rows) > 0 {
			d.titledTable(3, "Load items you own or decide on: "+d.u(st.Title), []column{{"Item", 0.5, "L"}, {"Load", 0.12, "R"}, {"Decision", 0.38, "L"}}, rows)
		}
	}

	d.keepWith(d.glanceLead())
	d.heading1("What the group decided")
	d.glance()
	for i := range d.s.Steps {
		st := &d.s.Steps[i]
		if st.Load != nil {
			r := st.Load.Analyse(d.s.Participants)
			d.keepWith(loadChartHeight)
			d.heading2(d.u(st.Heading()))
			d.loadChart(&r, st.Load.Unit.Word())
			if len(r.Stop) > 0 {
				names := make([]string, len(r.Stop))
				for k, it := range r.Stop {
					names[k] = d.u(it.Name)
				}
				d.labelled("Stop-doing list:", strings.Join(names, "; "))
			}
		}
		if st.Reflection != nil && len(st.Reflection.Initiatives) > 0 {
			r := st.Reflection.Analyse()
			d.directionTable(st.Reflection, &r, 2, d.u(st.Heading()))
		}
	}
}

// noAnswer marks a value the reader did not answer by name.
const noAnswer = -1 << 30

// ownedActions lists the actions the reader owns, by the rule of
// workshop.Session.OwnerMatcher: linked to them by ID, or owned by free text
// that is their name and no one else's (ignoring case, space and Unicode
// normal form), such as a name typed before they joined the roster.
func (d *doc) ownedActions(isMe func(workshop.Owner) bool) []*workshop.Action {
	var out []*workshop.Action
	for i := range d.s.Actions {
		if isMe(d.s.Actions[i].Owner) {
			out = append(out, &d.s.Actions[i])
		}
	}
	return out
}
