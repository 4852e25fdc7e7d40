package workshop_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"scaleroom/workshop"
	"scaleroom/workshop/workshoptest"
)

// encoded is the session as the file would hold it: what undo must bring
// back exactly.
func encoded(t testing.TB, s *workshop.Session) string {
	t.Helper()
	var b bytes.Buffer
	if err := workshop.Encode(&b, s); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// sameJSON fails with the first line where two encodings differ.
func sameJSON(t testing.TB, what, got, want string) {
	t.Helper()
	if got == want {
		return
	}
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < min(len(g), len(w)); i++ {
		if g[i] != w[i] {
			around := func(lines []string) string { return strings.Join(lines[max(0, i-6):min(len(lines), i+3)], "\n") }
			t.Fatalf("%s: line %d differs; got\n%s\nwant\n%s", what, i+1, around(g), around(w))
		}
	}
	t.Fatalf("%s: %d lines, want %d", what, len(g), len(w))
}

// script makes random edits of every kind on a session, from what the
// session holds at the time, as a facilitator clicking around would.
type script struct {
	r *rand.Rand
	s *workshop.Session
	n int // a counter for fresh names
}

// edit is one scripted edit: its kind, its label, the field typing comes
// from ("" when it is not typing) and the edit.
type edit struct {
	kind, label, key string
	e                workshop.Edit
}

func (sc *script) fresh(prefix string) string {
	sc.n++
	return fmt.Sprintf("%s %d", prefix, sc.n)
}

func (sc *script) stepOf(kind workshop.StepKind) *workshop.Step {
	var ids []string
	for _, st := range sc.s.Steps {
		if st.Kind == kind {
			ids = append(ids, st.ID)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	return sc.s.Step(ids[sc.r.IntN(len(ids))])
}

func (sc *script) participant() *workshop.Participant {
	if len(sc.s.Participants) == 0 {
		return nil
	}
	return &sc.s.Participants[sc.r.IntN(len(sc.s.Participants))]
}

func (sc *script) owner() workshop.Owner {
	switch p := sc.participant(); {
	case p != nil && sc.r.IntN(2) == 0:
		return workshop.ParticipantOwner(p.ID)
	case sc.r.IntN(3) == 0:
		return workshop.Owner{}
	}
	return workshop.NamedOwner(sc.fresh("Team"))
}

func (sc *script) value() (*workshop.Step, *workshop.Value) {
	st := sc.stepOf(workshop.StepValues)
	if st == nil || len(st.Values.Values) == 0 {
		return nil, nil
	}
	return st, &st.Values.Values[sc.r.IntN(len(st.Values.Values))]
}

func (sc *script) item() (*workshop.Step, *workshop.LoadItem) {
	st := sc.stepOf(workshop.StepLoad)
	if st == nil || len(st.Load.Items) == 0 {
		return nil, nil
	}
	return st, &st.Load.Items[sc.r.IntN(len(st.Load.Items))]
}

func (sc *script) initiative() (*workshop.Step, *workshop.Initiative) {
	st := sc.stepOf(workshop.StepReflection)
	if st == nil || len(st.Reflection.Initiatives) == 0 {
		return nil, nil
	}
	return st, &st.Reflection.Initiatives[sc.r.IntN(len(st.Reflection.Initiatives))]
}

func (sc *script) level(e *workshop.ValuesExercise) int {
	levels := e.ScaleOrDefault().Levels
	return levels[sc.r.IntN(len(levels))].Value
}

// level2 is one of the levels of the belonging map (see belongingSession).
func (sc *script) level2() string {
	return []string{"Board", "Managers", "Front line", ""}[sc.r.IntN(4)]
}

// belongingSession is the typical session with a belonging map: everyone
// on one of three levels, and links across them.
func belongingSession() *workshop.Session {
	s := workshoptest.Session(workshoptest.Typical)
	levels := []string{"Board", "Managers", "Front line"}
	for i := range s.Participants {
		s.Participants[i].Level = levels[i%3]
	}
	st := s.AddStep(workshop.StepBelonging, "Who can you say no to?", 30)
	if err := st.Belonging.SetLevels(levels); err != nil {
		panic(err)
	}
	for i := 0; i+1 < len(s.Participants); i++ {
		if err := st.Belonging.AddLink(s, s.Participants[i].ID, s.Participants[i+1].ID); err != nil {
			panic(err)
		}
	}
	return s
}

func (sc *script) date() string {
	return fmt.Sprintf("2026-%02d-%02d", sc.r.IntN(12)+1, sc.r.IntN(28)+1)
}

// kinds are the scripted edits, one per kind of edit a session takes.
// Each returns nil when the session holds nothing to make it on.
var kinds = []struct {
	name string
	make func(sc *script) *edit
}{
	{"details", func(sc *script) *edit {
		field := []string{"title", "organisation", "facilitator", "location", "notes", "date"}[sc.r.IntN(6)]
		text := sc.fresh("Text")
		return &edit{e: workshop.ChangeDetails(func(d *workshop.Details) {
			switch field {
			case "title":
				d.Title += text
			case "organisation":
				d.Organisation = text
			case "facilitator":
				d.Facilitator = text
			case "location":
				d.Location = text
			case "notes":
				d.Notes += " " + text
			case "date":
				d.Date = sc.date()
			}
		}), key: "details " + field}
	}},
	{"step title", func(sc *script) *edit {
		st := sc.s.Steps[sc.r.IntN(len(sc.s.Steps))]
		return &edit{e: workshop.SetStepTitle(st.ID, st.Title+sc.fresh(" ")), key: "step title " + st.ID}
	}},
	{"timebox", func(sc *script) *edit {
		st := sc.s.Steps[sc.r.IntN(len(sc.s.Steps))]
		return &edit{e: workshop.SetTimebox(st.ID, sc.r.IntN(workshop.MaxTimebox+1)), key: "timebox " + st.ID}
	}},
	{"step done", func(sc *script) *edit {
		st := sc.s.Steps[sc.r.IntN(len(sc.s.Steps))]
		return &edit{e: workshop.SetStepDone(st.ID, !st.Done)}
	}},
	{"step kind", func(sc *script) *edit {
		st := sc.s.Steps[sc.r.IntN(len(sc.s.Steps))]
		if st.Content() != "" {
			return nil
		}
		return &edit{e: workshop.SetStepKind(st.ID, workshop.StepKinds[sc.r.IntN(len(workshop.StepKinds))])}
	}},
	{"add step", func(sc *script) *edit {
		kind := workshop.StepKinds[sc.r.IntN(len(workshop.StepKinds))]
		if sc.r.IntN(2) == 0 {
			return &edit{e: workshop.AddStep(kind, sc.fresh("Step"), sc.r.IntN(90))}
		}
		return &edit{e: workshop.InsertStep(sc.r.IntN(len(sc.s.Steps)+1), kind, sc.fresh("Step"), sc.r.IntN(90))}
	}},
	{"remove step", func(sc *script) *edit {
		// Keep an exercise of each kind, so that the other edits have one.
		count := map[workshop.StepKind]int{}
		for _, st := range sc.s.Steps {
			count[st.Kind]++
		}
		st := sc.s.Steps[sc.r.IntN(len(sc.s.Steps))]
		if count[st.Kind] < 2 && st.Kind != workshop.StepOpening && st.Kind != workshop.StepClosing {
			return nil
		}
		return &edit{e: workshop.RemoveStep(st.ID)}
	}},
	{"move step", func(sc *script) *edit {
		n := len(sc.s.Steps)
		return &edit{e: workshop.MoveStep(sc.r.IntN(n), sc.r.IntN(n))}
	}},
	{"add participant", func(sc *script) *edit {
		return &edit{e: workshop.AddParticipant(sc.fresh("Person"))}
	}},
	{"paste participants", func(sc *script) *edit {
		text := sc.fresh("Person") + "\tTeam A\n" + sc.fresh("Person") + "\n"
		if p := sc.participant(); p != nil {
			text += strings.ToUpper(p.Name) + "\n" // skipped: already in the room
		}
		return &edit{e: workshop.PasteParticipants(text, nil)}
	}},
	{"roster list", func(sc *script) *edit {
		// A list that adds someone and moves someone already in the room
		// to another level, which drops their links to that level.
		rows := []workshop.RosterRow{{Name: sc.fresh("Person"), Team: "Team B", Level: sc.level2()}}
		if p := sc.participant(); p != nil {
			rows = append(rows, workshop.RosterRow{Name: p.Name, Role: sc.fresh("Role"), Level: sc.level2()})
		}
		return &edit{e: workshop.ApplyRoster(sc.s.PlanRoster(rows), nil)}
	}},
	{"participant details", func(sc *script) *edit {
		p := sc.participant()
		if p == nil {
			return nil
		}
		return &edit{e: workshop.SetParticipantDetails(p.ID, sc.fresh("Role"), p.Team, sc.level2(), nil)}
	}},
	{"rename participant", func(sc *script) *edit {
		p := sc.participant()
		if p == nil {
			return nil
		}
		return &edit{e: workshop.RenameParticipant(p.ID, sc.fresh("Renamed"))}
	}},
	{"move participant", func(sc *script) *edit {
		n := len(sc.s.Participants)
		if n < 2 {
			return nil
		}
		return &edit{e: workshop.MoveParticipant(sc.r.IntN(n), sc.r.IntN(n))}
	}},
	{"remove participant", func(sc *script) *edit {
		if len(sc.s.Participants) < 4 {
			return nil
		}
		return &edit{e: workshop.RemoveParticipant(sc.participant().ID)}
	}},
	{"scale", func(sc *script) *edit {
		st := sc.stepOf(workshop.StepValues)
		if st == nil {
			return nil
		}
		scales := workshop.Scales()
		return &edit{e: workshop.SetScale(st.ID, scales[sc.r.IntN(len(scales))].ID)}
	}},
	{"pass rule", func(sc *script) *edit {
		st := sc.stepOf(workshop.StepValues)
		if st == nil {
			return nil
		}
		rules := workshop.PassRules(st.Values.ScaleOrDefault())
		if sc.r.IntN(4) == 0 {
			return &edit{e: workshop.SetPass(st.ID, nil)}
		}
		return &edit{e: workshop.SetPass(st.ID, &rules[sc.r.IntN(len(rules))])}
	}},
	{"mode", func(sc *script) *edit {
		st := sc.stepOf(workshop.StepValues)
		if st == nil {
			return nil
		}
		return &edit{e: workshop.SetMode(st.ID, workshop.Modes[sc.r.IntN(2)])}
	}},
	{"add value", func(sc *script) *edit {
		st := sc.stepOf(workshop.StepValues)
		if st == nil {
			return nil
		}
		return &edit{e: workshop.AddValue(st.ID, sc.fresh("Value"), "What it looks like")}
	}},
	{"edit value", func(sc *script) *edit {
		st, v := sc.value()
		if v == nil {
			return nil
		}
		return &edit{e: workshop.EditValue(st.ID, v.ID, sc.fresh("Value"), sc.fresh("Meaning"))}
	}},
	{"remove value", func(sc *script) *edit {
		st, v := sc.value()
		if v == nil {
			return nil
		}
		return &edit{e: workshop.RemoveValue(st.ID, v.ID)}
	}},
	{"level", func(sc *script) *edit {
		st, v := sc.value()
		p := sc.participant()
		if v == nil || p == nil {
			return nil
		}
		return &edit{e: workshop.SetResponse(st.ID, v.ID, p.ID, sc.level(st.Values))}
	}},
	{"response", func(sc *script) *edit {
		st, v := sc.value()
		if v == nil || len(v.Responses) == 0 {
			return nil
		}
		who := v.Responses[sc.r.IntN(len(v.Responses))].Participant
		c := append([]workshop.Commitment{workshop.Undecided}, workshop.Commitments...)[sc.r.IntN(4)]
		note, typing := sc.fresh("Note"), sc.r.IntN(2) == 0
		key := ""
		if typing {
			key = "note " + st.ID + v.ID + who
		}
		return &edit{e: workshop.ChangeResponse(st.ID, v.ID, who, func(r *workshop.Response) error {
			if typing {
				r.Note += note
			} else {
				r.Commitment = c
			}
			return nil
		}), key: key}
	}},
	{"clear response", func(sc *script) *edit {
		st, v := sc.value()
		if v == nil || len(v.Responses) == 0 {
			return nil
		}
		return &edit{e: workshop.ClearResponse(st.ID, v.ID, v.Responses[sc.r.IntN(len(v.Responses))].Participant)}
	}},
	{"hands", func(sc *script) *edit {
		st, v := sc.value()
		if v == nil {
			return nil
		}
		return &edit{e: workshop.AddHand(st.ID, v.ID, sc.level(st.Values), []int{1, 1, 2, -1}[sc.r.IntN(4)])}
	}},
	{"level and note", func(sc *script) *edit {
		st, v := sc.value()
		p := sc.participant()
		if v == nil || p == nil {
			return nil
		}
		note := sc.fresh("Kept note")
		return &edit{e: workshop.Batch(
			workshop.SetResponse(st.ID, v.ID, p.ID, sc.level(st.Values)),
			workshop.ChangeResponse(st.ID, v.ID, p.ID, func(r *workshop.Response) error { r.Note = note; return nil }),
		)}
	}},
	{"team", func(sc *script) *edit {
		st := sc.stepOf(workshop.StepLoad)
		if st == nil {
			return nil
		}
		return &edit{e: workshop.SetTeam(st.ID, sc.fresh("Team")), key: "team " + st.ID}
	}},
	{"unit", func(sc *script) *edit {
		st := sc.stepOf(workshop.StepLoad)
		if st == nil {
			return nil
		}
		return &edit{e: workshop.SetUnit(st.ID, workshop.Units[sc.r.IntN(2)])}
	}},
	{"capacity", func(sc *script) *edit {
		st := sc.stepOf(workshop.StepLoad)
		if st == nil {
			return nil
		}
		return &edit{e: workshop.SetCapacity(st.ID, float64(sc.r.IntN(200))), key: "capacity " + st.ID}
	}},
	{"add item", func(sc *script) *edit {
		st := sc.stepOf(workshop.StepLoad)
		if st == nil {
			return nil
		}
		return &edit{e: workshop.AddItem(st.ID, sc.fresh("Item"), sc.owner())}
	}},
	{"duplicate item", func(sc *script) *edit {
		st, it := sc.item()
		if it == nil {
			return nil
		}
		return &edit{e: workshop.DuplicateItem(st.ID, it.ID)}
	}},
	{"remove item", func(sc *script) *edit {
		st, it := sc.item()
		if it == nil {
			return nil
		}
		return &edit{e: workshop.RemoveItem(st.ID, it.ID)}
	}},
	{"item", func(sc *script) *edit {
		st, it := sc.item()
		if it == nil {
			return nil
		}
		n, text, owner, date := sc.r.IntN(8), sc.fresh("Item"), sc.owner(), sc.date()
		return &edit{e: workshop.ChangeItem(st.ID, it.ID, func(it *workshop.LoadItem) {
			switch n {
			case 0:
				it.Name += text
			case 1:
				it.Owner = owner
			case 2:
				it.Origin = workshop.Origins[sc.r.IntN(2)]
			case 3:
				it.Type = workshop.LoadTypes[sc.r.IntN(3)]
			case 4:
				it.Complexity = workshop.Complexities[sc.r.IntN(3)]
			case 5:
				it.DecisionOwner = owner
			case 6:
				it.DecisionDate = date
			default:
				it.Note += text
			}
		}), key: fmt.Sprintf("item %s %s %d", st.ID, it.ID, n)}
	}},
	{"load", func(sc *script) *edit {
		st, it := sc.item()
		if it == nil {
			return nil
		}
		return &edit{e: workshop.SetLoad(st.ID, it.ID, float64(sc.r.IntN(workshop.MaxPoints+1))), key: "load " + st.ID + it.ID}
	}},
	{"decision", func(sc *script) *edit {
		st, it := sc.item()
		if it == nil {
			return nil
		}
		d := append([]workshop.Decision{workshop.DecisionNone}, workshop.Decisions...)[sc.r.IntN(5)]
		if sc.r.IntN(2) == 0 {
			d = workshop.DecisionLess // often, so that targets are set and cleared
		}
		return &edit{e: workshop.SetDecision(st.ID, it.ID, d)}
	}},
	{"target", func(sc *script) *edit {
		st, it := sc.item()
		if it == nil || it.Decision != workshop.DecisionLess || it.Load < 1 {
			return nil
		}
		t := float64(sc.r.IntN(int(it.Load)))
		if sc.r.IntN(4) == 0 {
			return &edit{e: workshop.SetTarget(st.ID, it.ID, nil)}
		}
		return &edit{e: workshop.SetTarget(st.ID, it.ID, &t)}
	}},
	{"sort", func(sc *script) *edit {
		st := sc.stepOf(workshop.StepLoad)
		if st == nil {
			return nil
		}
		return &edit{e: workshop.SortItems(st.ID, workshop.ItemOrders[sc.r.IntN(2)], sc.s.OwnerName)}
	}},
	{"examples", func(sc *script) *edit {
		if sc.r.IntN(2) == 0 {
			st := sc.stepOf(workshop.StepLoad)
			if st == nil {
				return nil
			}
			t := 1.0
			return &edit{e: workshop.AddExamples(st.ID, workshop.Examples{Items: []workshop.LoadItem{
				{Name: sc.fresh("Example item"), Load: 3, Decision: workshop.DecisionLess, Target: &t},
				{Name: "Weekly status report", Load: 2},
			}}, nil)}
		}
		st := sc.stepOf(workshop.StepReflection)
		if st == nil {
			return nil
		}
		return &edit{e: workshop.AddExamples(st.ID, workshop.Examples{Initiatives: []workshop.Initiative{
			{Name: sc.fresh("Example initiative"), Phase: workshop.PhaseBirth},
		}}, nil)}
	}},
	{"add initiative", func(sc *script) *edit {
		st := sc.stepOf(workshop.StepReflection)
		if st == nil {
			return nil
		}
		return &edit{e: workshop.AddInitiative(st.ID, sc.fresh("Initiative"))}
	}},
	{"remove initiative", func(sc *script) *edit {
		st, in := sc.initiative()
		if in == nil {
			return nil
		}
		return &edit{e: workshop.RemoveInitiative(st.ID, in.ID)}
	}},
	{"initiative", func(sc *script) *edit {
		st, in := sc.initiative()
		if in == nil {
			return nil
		}
		n, text := sc.r.IntN(10), sc.fresh("Words")
		return &edit{e: workshop.ChangeInitiative(st.ID, in.ID, func(in *workshop.Initiative) {
			switch n {
			case 0:
				in.Name += text
			case 1:
				in.Phase = workshop.Phases[sc.r.IntN(4)]
			case 2:
				in.Trap = append([]workshop.Trap{workshop.TrapNone}, workshop.Traps...)[sc.r.IntN(3)]
			case 3:
				in.Evidence += text
			case 4:
				in.Closeness = sc.r.IntN(workshop.MaxCloseness + 1)
			case 5:
				in.Layers = sc.r.IntN(10)
			case 6:
				in.Direction = workshop.Directions[sc.r.IntN(4)]
			case 7:
				in.Rationale += text
			case 8:
				in.FirstAction += text
			default:
				in.Contested = !in.Contested
			}
		}), key: fmt.Sprintf("initiative %s %s %d", st.ID, in.ID, n)}
	}},
	{"add action", func(sc *script) *edit {
		step := ""
		if sc.r.IntN(2) == 0 {
			step = sc.s.Steps[sc.r.IntN(len(sc.s.Steps))].ID
		}
		return &edit{e: workshop.AddAction(sc.fresh("Do"), sc.owner(), sc.date(), step)}
	}},
	{"action", func(sc *script) *edit {
		if len(sc.s.Actions) == 0 {
			return nil
		}
		a := sc.s.Actions[sc.r.IntN(len(sc.s.Actions))]
		n, text, owner, date := sc.r.IntN(4), sc.fresh("Do"), sc.owner(), sc.date()
		return &edit{e: workshop.ChangeAction(a.ID, func(a *workshop.Action) error {
			switch n {
			case 0:
				a.Text = text
			case 1:
				a.Owner = owner
			case 2:
				a.Due = date
			default:
				a.Done = !a.Done
			}
			return nil
		})}
	}},
	{"remove action", func(sc *script) *edit {
		if len(sc.s.Actions) == 0 {
			return nil
		}
		return &edit{e: workshop.RemoveAction(sc.s.Actions[sc.r.IntN(len(sc.s.Actions))].ID)}
	}},
}

// next makes the next scripted edit: of kind k when the session allows
// it, otherwise of the first kind after it that does.
func (sc *script) next(k int) *edit {
	for i := range kinds {
		kind := kinds[(k+i)%len(kinds)]
		if e := kind.make(sc); e != nil {
			e.kind, e.label = kind.name, kind.name
			return e
		}
	}
	panic("no edit can be made")
}

// run applies a scripted edit, as typing when it has a key (so runs of
// typing in one field merge), and reports whether it made a new step.
func (sc *script) run(t *testing.T, h *workshop.History, e *edit, now time.Time) (applied, newStep bool) {
	t.Helper()
	before, _ := h.Len()
	var err error
	if e.key != "" {
		err = h.Type(sc.s, e.label, e.key, now, e.e)
	} else {
		err = h.Apply(sc.s, e.label, e.e)
	}
	after, _ := h.Len()
	if err != nil {
		if after != before {
			t.Fatalf("%s was refused (%v) but recorded", e.kind, err)
		}
		return false, false
	}
	if err := sc.s.Validate(); err != nil {
		t.Fatalf("after %s the session is not valid: %v", e.kind, err)
	}
	return true, after > before
}

// TestUndoScriptedWorkshop makes 300 edits of every kind on a typical
// workshop, then undoes them all, checking after each undo that the
// session is exactly what it was before that step, and redoes them all.
func TestUndoScriptedWorkshop(t *testing.T) {
	sc := &script{r: rand.New(rand.NewPCG(11, 2026)), s: belongingSession()}
	h := workshop.NewHistory(workshop.HistoryDepth)
	start := encoded(t, sc.s)
	states := []string{start} // states[i]: the session after i steps
	made := map[string]int{}
	merged := 0
	now := time.Date(2026, 3, 14, 9, 0, 0, 0, time.UTC)
	// Each kind is tried first until it has changed the session, then
	// kinds come at random.
	tries := make([]int, len(kinds))
	pick := func() int {
		for k, kind := range kinds {
			if made[kind.name] == 0 && tries[k] < 20 {
				tries[k]++
				return k
			}
		}
		return sc.r.IntN(len(kinds))
	}
	var last *edit
	edits := 0
	for i := 0; edits < 300; i++ {
		var e *edit
		if last != nil && last.key != "" && sc.r.IntN(2) == 0 {
			// Go on typing in the same field: the step takes it in.
			for try := 0; try < 20 && e == nil; try++ {
				if e = sc.next(indexOf(last.kind)); e.key != last.key {
					e = nil
				}
			}
		}
		if e == nil {
			e = sc.next(pick())
		}
		now = now.Add(time.Second)
		applied, newStep := sc.run(t, h, e, now)
		if !applied {
			continue
		}
		state := encoded(t, sc.s)
		switch {
		case newStep:
			states = append(states, state)
		case state == states[len(states)-1]:
			continue // it changed nothing
		case e.key == "":
			t.Fatalf("edit %d (%s) changed the session but made no step", i, e.kind)
		default: // typing that went on in the same field
			states[len(states)-1] = state
			merged++
		}
		made[e.kind]++
		edits++
		last = e
	}
	for _, k := range kinds {
		if made[k.name] == 0 {
			t.Errorf("the script never made a %q edit", k.name)
		}
	}
	end := encoded(t, sc.s)
	steps, _ := h.Len()
	if merged == 0 {
		t.Error("no typing went on in the same field")
	}
	t.Logf("%d steps, %d keystrokes merged into them; edits by kind %v", steps, merged, made)
	if steps != len(states)-1 || steps < 200 {
		t.Fatalf("%d steps recorded for %d states", steps, len(states))
	}
	for i := steps; i > 0; i-- {
		if _, ok, err := h.Undo(sc.s); !ok || err != nil {
			t.Fatalf("undo %d: ok %v, %v", i, ok, err)
		}
		sameJSON(t, fmt.Sprintf("after undoing step %d", i), encoded(t, sc.s), states[i-1])
	}
	if _, ok, _ := h.Undo(sc.s); ok {
		t.Fatal("undo went past the start")
	}
	sameJSON(t, "undone to the start", encoded(t, sc.s), start)
	for i := 1; i <= steps; i++ {
		if _, ok, err := h.Redo(sc.s); !ok || err != nil {
			t.Fatalf("redo %d: ok %v, %v", i, ok, err)
		}
		sameJSON(t, fmt.Sprintf("after redoing step %d", i), encoded(t, sc.s), states[i])
	}
	sameJSON(t, "redone to the end", encoded(t, sc.s), end)
}

func indexOf(kind string) int {
	for i, k := range kinds {
		if k.name == kind {
			return i
		}
	}
	return 0
}

// TestUndoRandomWalk mixes edits with undos and redos, as a facilitator
// who changes their mind does, and checks every state against the states
// the steps left.
func TestUndoRandomWalk(t *testing.T) {
	sc := &script{r: rand.New(rand.NewPCG(7, 42)), s: belongingSession()}
	h := workshop.NewHistory(workshop.HistoryDepth)
	undone := []string{encoded(t, sc.s)} // states down to the one shown now
	var redone []string
	now := time.Date(2026, 3, 14, 9, 0, 0, 0, time.UTC)
	for i := 0; i < 600; i++ {
		now = now.Add(5 * time.Second) // typing never merges here
		switch r := sc.r.IntN(10); {
		case r < 2:
			_, ok, err := h.Undo(sc.s)
			if err != nil || ok != (len(undone) > 1) {
				t.Fatalf("op %d undo: ok %v, %v with %d states", i, ok, err, len(undone))
			}
			if ok {
				redone = append(redone, undone[len(undone)-1])
				undone = undone[:len(undone)-1]
			}
		case r < 3:
			_, ok, err := h.Redo(sc.s)
			if err != nil || ok != (len(redone) > 0) {
				t.Fatalf("op %d redo: ok %v, %v", i, ok, err)
			}
			if ok {
				undone = append(undone, redone[len(redone)-1])
				redone = redone[:len(redone)-1]
			}
		default:
			e := sc.next(sc.r.IntN(len(kinds)))
			if _, newStep := sc.run(t, h, e, now); newStep {
				undone = append(undone, encoded(t, sc.s))
				redone = nil
				if _, n := h.Len(); n != 0 {
					t.Fatalf("op %d: a new edit left %d steps to redo", i, n)
				}
			}
		}
		sameJSON(t, fmt.Sprintf("op %d", i), encoded(t, sc.s), undone[len(undone)-1])
	}
}

// TestUndoDepth makes 250 edits: the last 200 can all be undone, and a
// history kept to 200 steps forgets the oldest ones only.
func TestUndoDepth(t *testing.T) {
	for _, depth := range []int{workshop.HistoryDepth, 200} {
		s := workshoptest.Session(workshoptest.Typical)
		h := workshop.NewHistory(depth)
		states := []string{encoded(t, s)}
		for i := 0; i < 250; i++ {
			level := i%8 + 1
			p := s.Participants[i%len(s.Participants)].ID
			if err := h.Apply(s, "level", workshop.SetResponse(s.Steps[1].ID, "v1", p, level)); err != nil {
				t.Fatal(err)
			}
			if err := h.Apply(s, "notes", workshop.ChangeDetails(func(d *workshop.Details) { d.Notes = fmt.Sprint("note ", i) })); err != nil {
				t.Fatal(err)
			}
			states = append(states, encoded(t, s))
		}
		// Two steps an edit: undo 200 of them, back to edit 150.
		for i := 0; i < 200; i++ {
			if _, ok, err := h.Undo(s); !ok || err != nil {
				t.Fatalf("depth %d: undo %d: ok %v, %v", depth, i+1, ok, err)
			}
		}
		sameJSON(t, fmt.Sprintf("depth %d, 200 undone", depth), encoded(t, s), states[150])
		_, more, _ := h.Undo(s)
		if more != (depth > 200) {
			t.Errorf("depth %d: a 201st undo: %v", depth, more)
		}
	}
}

// TestTypingIsOneStep checks that text typed into one field is one step
// until the field changes, another edit comes, the typing pauses or the
// history is sealed.
func TestTypingIsOneStep(t *testing.T) {
	s := workshoptest.Session(workshoptest.Typical)
	h := workshop.NewHistory(workshop.HistoryDepth)
	at := time.Date(2026, 3, 14, 9, 0, 0, 0, time.UTC)
	typeTitle := func(title string, now time.Time) {
		t.Helper()
		if err := h.Type(s, "typing in the title", "title", now, workshop.ChangeDetails(func(d *workshop.Details) { d.Title = title })); err != nil {
			t.Fatal(err)
		}
	}
	before := s.Title
	for i, title := range []string{"O", "Of", "Off", "Offs", "Offsite"} {
		typeTitle(title, at.Add(time.Duration(i)*time.Second))
	}
	if n, _ := h.Len(); n != 1 {
		t.Fatalf("5 keystrokes made %d steps", n)
	}
	// A pause of TypingPause starts a new step; so does a seal.
	typeTitle("Offsite 2", at.Add(4*time.Second+workshop.TypingPause))
	h.Seal()
	typeTitle("Offsite 20", at.Add(5*time.Second+workshop.TypingPause))
	typeTitle("Offsite 202", at.Add(6*time.Second+workshop.TypingPause))
	// Another field, then the title again: three more steps.
	if err := h.Type(s, "typing in the location", "location", at, workshop.ChangeDetails(func(d *workshop.Details) { d.Location = "Lisbon" })); err != nil {
		t.Fatal(err)
	}
	typeTitle("Offsite 2026", at.Add(7*time.Second+workshop.TypingPause))
	if n, _ := h.Len(); n != 5 {
		t.Fatalf("%d steps, want 5", n)
	}
	for _, want := range []string{"Offsite 202", "Offsite 202", "Offsite 2", "Offsite", before} {
		if label, _, err := h.Undo(s); err != nil || s.Title != want {
			t.Fatalf("undo %q: title %q, want %q (%v)", label, s.Title, want, err)
		}
	}
	if s.Location != "Room 4" {
		t.Errorf("location %q after undoing it", s.Location)
	}
	// Redo brings the whole run of typing back.
	if _, _, err := h.Redo(s); err != nil || s.Title != "Offsite" {
		t.Errorf("redo: title %q, %v", s.Title, err)
	}
	// A key reused for another part of the session does not merge: the
	// step would not put that part back.
	n, _ := h.Len()
	typeTitle("Offsite!", at)
	if err := h.Type(s, "typing", "title", at, workshop.SetStepTitle(s.Steps[0].ID, "Hello")); err != nil {
		t.Fatal(err)
	}
	if m, _ := h.Len(); m != n+2 {
		t.Errorf("%d steps, want %d: an edit of a step merged into typing in the title", m, n+2)
	}
}

func TestHistoryLabelsAndRedo(t *testing.T) {
	s := workshoptest.Session(workshoptest.Typical)
	h := workshop.NewHistory(workshop.HistoryDepth)
	if _, ok := h.UndoLabel(); ok {
		t.Fatal("a new history has something to undo")
	}
	vs := s.Steps[1].ID
	must := func(label string, e workshop.Edit) {
		t.Helper()
		if err := h.Apply(s, label, e); err != nil {
			t.Fatal(err)
		}
	}
	must("level 1 for p1", workshop.SetResponse(vs, "v1", "p1", 1))
	must("removal of Value 02", workshop.RemoveValue(vs, "v2"))
	if l, ok := h.UndoLabel(); !ok || l != "removal of Value 02" {
		t.Errorf("undo label %q %v", l, ok)
	}
	if l, _, _ := h.Undo(s); l != "removal of Value 02" || s.Steps[1].Values.Value("v2") == nil || s.Steps[1].Values.Values[1].ID != "v2" {
		t.Fatalf("undo %q did not bring Value 02 back in its place", l)
	}
	if l, ok := h.RedoLabel(); !ok || l != "removal of Value 02" {
		t.Errorf("redo label %q %v", l, ok)
	}
	// A new edit clears what could be redone.
	must("level 3 for p2", workshop.SetResponse(vs, "v1", "p2", 3))
	if _, ok := h.RedoLabel(); ok {
		t.Error("a new edit left something to redo")
	}
	if _, ok, _ := h.Redo(s); ok {
		t.Error("redo after a new edit")
	}
	// Refused and empty edits change nothing and are not steps.
	n, _ := h.Len()
	if err := h.Apply(s, "bad load", workshop.SetLoad(s.Steps[2].ID, "l1", 50)); err == nil {
		t.Error("a load of 50 points was accepted")
	}
	if err := h.Apply(s, "same level", workshop.SetResponse(vs, "v1", "p2", 3)); err != nil {
		t.Error(err)
	}
	if err := h.Apply(s, "same target", workshop.ChangeItem(s.Steps[2].ID, "l1", func(it *workshop.LoadItem) {})); err != nil {
		t.Error(err)
	}
	if err := h.Apply(s, "sneaky", workshop.ChangeItem(s.Steps[2].ID, "l1", func(it *workshop.LoadItem) { it.Load = 5 })); err == nil {
		t.Error("ChangeItem changed a load past SetLoad's rules")
	}
	if m, _ := h.Len(); m != n {
		t.Errorf("%d steps after refused and empty edits, want %d", m, n)
	}
	h.Clear()
	if u, r := h.Len(); u != 0 || r != 0 {
		t.Errorf("cleared history has %d, %d steps", u, r)
	}
}

// TestUndoRemoveParticipant checks the edit that touches most of a
// session: a participant's responses in every value and everything they
// own come back with them.
func TestUndoRemoveParticipant(t *testing.T) {
	s := belongingSession()
	links := len(s.Steps[5].Belonging.Links)
	ls := s.Steps[2]
	ls.Load.Items[3].Owner = workshop.ParticipantOwner("p2")
	ls.Load.Items[5].DecisionOwner = workshop.ParticipantOwner("p2")
	before := encoded(t, s)
	h := workshop.NewHistory(workshop.HistoryDepth)
	if err := h.Apply(s, "removal of p2", workshop.RemoveParticipant("p2")); err != nil {
		t.Fatal(err)
	}
	if s.Participant("p2") != nil || s.ResponseCount("p2") != 0 || s.OwnershipCount("p2") != 0 {
		t.Fatal("p2 is still there")
	}
	// p2 was linked to p1 and p3: the links go with them, or the file
	// would name someone who is not in it.
	if n := len(s.Steps[5].Belonging.Links); n != links-2 {
		t.Errorf("%d links after the removal, want %d", n, links-2)
	}
	if err := s.Validate(); err != nil {
		t.Errorf("after the removal: %v", err)
	}
	after := encoded(t, s)
	h.Undo(s)
	sameJSON(t, "removal undone", encoded(t, s), before)
	if s.ResponseCount("p2") != 8 || s.OwnershipCount("p2") != 3 {
		t.Errorf("p2 back with %d responses and %d things owned", s.ResponseCount("p2"), s.OwnershipCount("p2"))
	}
	h.Redo(s)
	sameJSON(t, "removal redone", encoded(t, s), after)
}

// BenchmarkRecordLevel records one level in the values round of the
// large session (200 people, 60 values), the edit made on every key
// press: it must cost far less than a frame, and allocate little.
func BenchmarkRecordLevel(b *testing.B) {
	s := workshoptest.Session(workshoptest.Large)
	h := workshop.NewHistory(workshop.HistoryDepth)
	step, value := s.Steps[1].ID, s.Steps[1].Values.Values[59].ID
	p := s.Participants[199].ID
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		if err := h.Apply(s, "level", workshop.SetResponse(step, value, p, i%8+1)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRecordTyping records one keystroke in a 20,000-character note
// of the large session, merged into the step typing began.
func BenchmarkRecordTyping(b *testing.B) {
	s := workshoptest.Session(workshoptest.Large)
	s.Notes = strings.Repeat("a note of the room ", 20000/19)
	h := workshop.NewHistory(workshop.HistoryDepth)
	at := time.Date(2026, 3, 14, 9, 0, 0, 0, time.UTC)
	texts := []string{s.Notes + "x", s.Notes + "xy"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		text := texts[i%2]
		if err := h.Type(s, "typing in the notes", "notes", at, workshop.ChangeDetails(func(d *workshop.Details) { d.Notes = text })); err != nil {
			b.Fatal(err)
		}
	}
}
