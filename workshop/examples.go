package workshop

// A built-in template ships example load items and initiatives, so the
// facilitator can see what a filled-in step looks like. A session starts
// without them: the room's own inventory is the point, and demo rows had to
// be deleted one by one. FillExamples adds them back in one action.

// Examples are the example rows of one step of a built-in template.
type Examples struct {
	Items       []LoadItem
	Initiatives []Initiative
}

// Empty reports whether there is nothing to add.
func (x Examples) Empty() bool { return len(x.Items) == 0 && len(x.Initiatives) == 0 }

// clearExamples empties every load inventory and initiative list.
func (s *Session) clearExamples() {
	for i := range s.Steps {
		if e := s.Steps[i].Load; e != nil {
			e.Items = []LoadItem{}
		}
		if e := s.Steps[i].Reflection; e != nil {
			e.Initiatives = []Initiative{}
		}
	}
}

// BuiltinExamples returns the examples of the built-in template's step
// stepID, or of its only step of that kind when the step has been
// re-created under another ID. It is empty for a user's own template, whose
// rows the session already holds.
func BuiltinExamples(templateID, stepID string, kind StepKind) Examples {
	if templateID == "" {
		return Examples{}
	}
	all, err := BuiltinTemplates()
	if err != nil {
		return Examples{}
	}
	for _, t := range all {
		if t.ID != templateID {
			continue
		}
		st := t.Session.Step(stepID)
		if st == nil || st.Kind != kind {
			st = nil
			for i := range t.Session.Steps {
				if t.Session.Steps[i].Kind != kind {
					continue
				}
				if st != nil {
					return Examples{} // two of that kind: no way to tell which
				}
				st = &t.Session.Steps[i]
			}
		}
		if st == nil {
			return Examples{}
		}
		var x Examples
		if st.Load != nil {
			x.Items = st.Load.Items
		}
		if st.Reflection != nil {
			x.Initiatives = st.Reflection.Initiatives
		}
		return x
	}
	return Examples{}
}

// AddExamples appends the examples not already in the inventory (by
// name), under fresh IDs, and returns the IDs added.
func (e *LoadExercise) AddExamples(items []LoadItem) []string {
	var added []string
	for _, ex := range items {
		if e.hasItemNamed(ex.Name) {
			continue
		}
		it := e.AddItem("")
		id := it.ID
		*it = ex
		it.ID = id
		if ex.Target != nil {
			t := *ex.Target
			it.Target = &t
		}
		added = append(added, id)
	}
	return added
}

func (e *LoadExercise) hasItemNamed(name string) bool {
	for _, it := range e.Items {
		if SameName(it.Name, name) {
			return true
		}
	}
	return false
}

// AddExamples appends the example initiatives not already listed (by
// name), under fresh IDs, and returns the IDs added.
func (e *ReflectionExercise) AddExamples(ins []Initiative) []string {
	var added []string
	for _, ex := range ins {
		dup := false
		for _, in := range e.Initiatives {
			if SameName(in.Name, ex.Name) {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		in := e.AddInitiative("")
		id := in.ID
		*in = ex
		in.ID = id
		added = append(added, id)
	}
	return added
}

// FillAllExamples fills every load and reflection step with its built-in
// template's examples (see BuiltinExamples) and returns how many rows it
// added.
func (s *Session) FillAllExamples() int {
	n := 0
	for i := range s.Steps {
		st := &s.Steps[i]
		x := BuiltinExamples(s.Template, st.ID, st.Kind)
		if st.Load != nil {
			n += len(st.Load.AddExamples(x.Items))
		}
		if st.Reflection != nil {
			n += len(st.Reflection.AddExamples(x.Initiatives))
		}
	}
	return n
}
