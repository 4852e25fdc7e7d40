package report

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"scaleroom/workshop"
)

// Data tables are the session's records as flat tables, one row a record,
// for a spreadsheet or a tracker: no groups, no totals, every column in
// every row. They follow the same privacy rules as the report. Headers and
// words are in the reader's language; dates stay ISO 8601, as the session
// file keeps them, for the programs that read the table.

// The data tables there are.
const (
	ActionsData   = "actions"
	LoadData      = "load"
	ResponsesData = "responses"
)

// DataTables lists the data tables, in the order a picker offers them.
var DataTables = []string{ActionsData, LoadData, ResponsesData}

// ErrUnknownTable is returned for a data table that does not exist.
var ErrUnknownTable = errors.New("unknown table")

// Data builds one data table. Without names (Unattributed or Anonymous),
// actions and load items lose their owners and the responses become counts
// per value and level: an answer in a row of its own would tie it to
// whoever the reader guesses. A personal sheet's data are the reader's own.
func Data(s *workshop.Session, opt Options, table string) (*Table, error) {
	v, err := newView(s, opt)
	if err != nil {
		return nil, err
	}
	switch table {
	case ActionsData:
		return v.actionsData(), nil
	case LoadData:
		return v.loadData(), nil
	case ResponsesData:
		if !v.named() {
			return v.responseCounts(), nil
		}
		return v.responsesData(), nil
	}
	return nil, &translatedError{fmt.Sprintf(tr("unknown table %q (use %s)"), table, strings.Join(DataTables, ", ")), ErrUnknownTable}
}

func (v *view) ownedByReader(o workshop.Owner) bool {
	return v.me == nil || o.Participant == v.me.ID
}

func (v *view) actionsData() *Table {
	t := &Table{Columns: []Column{textCol(tr("Action"), 0), textCol(tr("Owner"), 0), textCol(tr("Due"), 0), textCol(tr("From step"), 0), textCol(tr("Done"), 0)}}
	if !v.named() {
		t.Columns = slices.Delete(t.Columns, 1, 2)
	}
	list := make([]*workshop.Action, 0, len(v.s.Actions))
	for i := range v.s.Actions {
		if v.ownedByReader(v.s.Actions[i].Owner) {
			list = append(list, &v.s.Actions[i])
		}
	}
	if !v.named() {
		// The order the room typed them in could say who spoke when.
		workshop.SortActionsByDue(list, v.u)
	}
	for _, a := range list {
		step := ""
		if st := v.s.Step(a.Step); st != nil {
			step = v.u(st.Title)
		}
		cells := []string{v.u(a.Text), v.s.OwnerName(a.Owner), a.Due, step, doneWord(a)}
		if !v.named() {
			cells = slices.Delete(cells, 1, 2)
		}
		t.Rows = append(t.Rows, Row{Cells: cells})
	}
	return t
}

func (v *view) loadData() *Table {
	t := &Table{Columns: []Column{textCol(tr("Step"), 0), textCol(tr("Item"), 0), textCol(tr("Owner"), 0), textCol(tr("Origin"), 0),
		textCol(tr("Type"), 0), textCol(tr("Complexity"), 0), numCol(tr("Load"), 0), textCol(tr("Unit"), 0), textCol(tr("Decision"), 0),
		numCol(tr("Load after"), 0), textCol(tr("Decision owner"), 0), textCol(tr("Decision date"), 0), textCol(tr("Note"), 0)}}
	named := v.named()
	if !named {
		t.Columns = slices.Delete(slices.Delete(t.Columns, 10, 11), 2, 3)
	}
	if !v.notes() {
		t.Columns = t.Columns[:len(t.Columns)-1]
	}
	for _, st := range v.s.Steps {
		ex := st.Load
		if ex == nil {
			continue
		}
		for i := range ex.Items {
			it := &ex.Items[i]
			if v.me != nil && !v.ownedByReader(it.Owner) {
				continue
			}
			cells := []string{v.u(st.Title), v.u(it.Name), v.s.OwnerName(it.Owner), it.Origin.Label(),
				workshop.LoadTypeTerms.Label(it.Type), it.Complexity.Label(), workshop.FormatLoad(it.Load), ex.Unit.Label(),
				it.Decision.Label(), workshop.FormatLoad(it.LoadAfter()), v.s.OwnerName(it.DecisionOwner), it.DecisionDate, v.u(it.Note)}
			if !named {
				cells = slices.Delete(slices.Delete(cells, 10, 11), 2, 3)
			}
			if !v.notes() {
				cells = cells[:len(cells)-1]
			}
			t.Rows = append(t.Rows, Row{Cells: cells})
		}
	}
	return t
}

func (v *view) responsesData() *Table {
	t := &Table{Columns: []Column{textCol(tr("Step"), 0), textCol(tr("Value"), 0), textCol(tr("Participant"), 0), numCol(tr("Level"), 0),
		textCol(tr("Level meaning"), 0), textCol(tr("Commitment"), 0), textCol(tr("Note"), 0)}}
	if !v.notes() {
		t.Columns = t.Columns[:len(t.Columns)-1]
	}
	for _, st := range v.s.Steps {
		ex := st.Values
		if ex == nil || ex.Mode == workshop.ModeTally {
			continue
		}
		sc := ex.ScaleOrDefault()
		for k := range ex.Values {
			val := &ex.Values[k]
			for _, p := range v.s.Participants {
				if v.me != nil && p.ID != v.me.ID {
					continue
				}
				r := val.Response(p.ID)
				if r == nil {
					continue
				}
				meaning := ""
				if l := sc.Level(r.Level); l != nil {
					meaning = l.Label
				}
				cells := []string{st.Title, val.Name, p.Name, strconv.Itoa(r.Level), meaning, saidWords(&sc, *r), r.Note}
				if !v.notes() {
					cells = cells[:len(cells)-1]
				}
				t.Rows = append(t.Rows, Row{Cells: cells})
			}
		}
	}
	return t
}

// responseCounts is the responses without names: how many answered each
// level of each value, named rounds and shows of hands alike.
func (v *view) responseCounts() *Table {
	t := &Table{Columns: []Column{textCol(tr("Step"), 0), textCol(tr("Value"), 0), numCol(tr("Level"), 0), textCol(tr("Level meaning"), 0), numCol(tr("Count"), 0)}}
	for _, st := range v.s.Steps {
		ex := st.Values
		if ex == nil {
			continue
		}
		sc := ex.ScaleOrDefault()
		for k := range ex.Values {
			val := &ex.Values[k]
			res := workshop.AnalyseValue(&sc, ex.Mode, val, v.s.Participants)
			for _, lc := range res.Distribution {
				t.Rows = append(t.Rows, Row{Cells: []string{v.u(st.Title), v.u(val.Name), strconv.Itoa(lc.Level.Value), lc.Level.Label, strconv.Itoa(lc.Count)}})
			}
		}
	}
	return t
}

func yesNo(b bool) string {
	if b {
		return tr("yes")
	}
	return tr("no")
}

// doneWord fills the actions table's Done column: yes or no, or dropped
// for an action the room let go.
func doneWord(a *workshop.Action) string {
	if a.Dropped && !a.Done {
		return tr("dropped")
	}
	return yesNo(a.Done)
}
