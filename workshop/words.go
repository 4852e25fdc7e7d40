package workshop

// The words the screens and the PDF show for stored codes live here, once:
// a facilitator who reads "Do less" on the load screen must read "Do less"
// in the summary too, not the code "less".

// Term pairs a stored code with its words: a short label, as tables and
// charts show it, and an optional hint that pickers and legends add after
// it ("Extraneous (process, tooling, reporting)"). C is the field's code
// type (Decision, Phase...), so a table cannot mix one field's codes with
// another's.
type Term[C ~string] struct {
	Code  C
	Label string
	Hint  string
}

// Long is the label with its hint in brackets, or the label alone.
func (t Term[C]) Long() string {
	if t.Hint == "" {
		return t.Label
	}
	return t.Label + " (" + t.Hint + ")"
}

// Terms is one field's vocabulary, in the order a picker lists it.
type Terms[C ~string] []Term[C]

// Term returns the term for a code and whether the code is known.
func (ts Terms[C]) Term(code C) (Term[C], bool) {
	for _, t := range ts {
		if t.Code == code {
			return t, true
		}
	}
	return Term[C]{}, false
}

// Label is a code's short label; an unknown code is shown as typed, so
// nothing a file holds disappears from view.
func (ts Terms[C]) Label(code C) string {
	if t, ok := ts.Term(code); ok {
		return t.Label
	}
	return string(code)
}

// Long is a code's label with its hint; an unknown code is shown as typed.
func (ts Terms[C]) Long(code C) string {
	if t, ok := ts.Term(code); ok {
		return t.Long()
	}
	return string(code)
}

// The vocabularies. Lists that include the empty code say in words what
// "not set" means for that field.
var (
	UnitTerms = Terms[Unit]{
		{UnitPoints, "Points", "1 light – 5 heavy"},
		{UnitHours, "Hours a week", ""},
	}
	OriginTerms = Terms[Origin]{
		{OriginTopDown, "Top-down", ""},
		{OriginLocal, "Local", ""},
	}
	LoadTypeTerms = Terms[LoadType]{
		{LoadIntrinsic, "Intrinsic", "the work itself"},
		{LoadExtraneous, "Extraneous", "process, tooling, reporting"},
		{LoadGermane, "Germane", "learning the domain"},
	}
	ComplexityTerms = Terms[Complexity]{
		{Simple, "Simple", ""},
		{Complicated, "Complicated", ""},
		{Complex, "Complex", ""},
	}
	DecisionTerms = Terms[Decision]{
		{"", "Not decided", ""},
		{DecisionKeep, "Keep", ""},
		{DecisionLess, "Do less", ""},
		{DecisionStop, "Stop", ""},
		{DecisionDefer, "Defer", ""},
	}
	PhaseTerms = Terms[Phase]{
		{"", "Not placed", ""},
		{PhaseBirth, "Birth", ""},
		{PhaseMaturity, "Maturity", ""},
		{PhaseDestruction, "Creative destruction", ""},
		{PhaseRenewal, "Renewal", ""},
	}
	TrapTerms = Terms[Trap]{
		{"", "No trap", ""},
		{TrapRigidity, "Rigidity trap", "held on to too long"},
		{TrapPoverty, "Poverty trap", "starved of resources"},
	}
	DirectionTerms = Terms[Direction]{
		{"", "Not decided", ""},
		{DirectionUp, "Scale up", ""},
		{DirectionHold, "Hold", ""},
		{DirectionDown, "Scale down", ""},
		{DirectionStop, "Stop", ""},
	}
	// StepKindTerms name the kinds of agenda step; the hint is the
	// exercise a step of that kind runs.
	StepKindTerms = Terms[StepKind]{
		{StepOpening, "Opening", ""},
		{StepReview, "Since last time", "the previous session's actions and results"},
		{StepValues, "Values", "disagree and commit"},
		{StepLoad, "Load inventory", ""},
		{StepReflection, "Scale up or scale down", ""},
		{StepBelonging, "Speed of belonging", "relationships across levels"},
		{StepDiscussion, "Discussion", ""},
		{StepBreak, "Break", ""},
		{StepClosing, "Closing", ""},
	}
	// CommitmentTerms are the commitment answers, "" meaning the person
	// did not say and their level speaks for them.
	CommitmentTerms = Terms[Commitment]{
		{Undecided, "Not said", ""},
		{Commits, "Commits", ""},
		{Conditional, "Conditional", ""},
		{DoesNot, "Does not commit", ""},
	}
	// ItemOrderTerms name the load screen's sort orders.
	ItemOrderTerms = Terms[ItemOrder]{
		{HeaviestFirst, "Heaviest first", ""},
		{ByOwner, "By owner", ""},
	}
	// ModeTerms say how a values exercise recorded answers.
	ModeTerms = Terms[Mode]{
		{ModeNamed, "By name", "each person's answer was recorded by name"},
		{ModeTally, "Show of hands", "hands were counted per level, without names"},
	}
)

// The typed codes' words, all read from the tables above.

// Label names a load decision ("less" is "Do less"; "" is "Not decided").
func (d Decision) Label() string { return DecisionTerms.Label(d) }

// Label is a load type's short word ("Extraneous"); "" is "No type given".
func (t LoadType) Label() string {
	if t == "" {
		return noLoadType
	}
	return LoadTypeTerms.Label(t)
}

// Long names a load type with what it covers, for legends and pickers.
func (t LoadType) Long() string {
	if t == "" {
		return noLoadType
	}
	return LoadTypeTerms.Long(t)
}

// noLoadType is what an item without a load type is shown under: charts
// and totals give untyped load its own band rather than drop it.
const noLoadType = "No type given"

// Label names where a load item came from.
func (o Origin) Label() string { return OriginTerms.Label(o) }

// Label names a domain complexity.
func (c Complexity) Label() string { return ComplexityTerms.Label(c) }

// Label names a load unit as a picker shows it ("Hours a week").
func (u Unit) Label() string { return UnitTerms.Label(u) }

// Word names a load unit in running text ("points", "hours a week"). Any
// unit but hours reads as points, the default a new inventory starts with.
func (u Unit) Word() string {
	if u == UnitHours {
		return "hours a week"
	}
	return "points"
}

// Label says how a values exercise records answers ("Show of hands").
func (m Mode) Label() string { return ModeTerms.Label(m) }

// Label names the step kind as the agenda shows it: "Values: disagree and
// commit".
func (k StepKind) Label() string {
	t, ok := StepKindTerms.Term(k)
	if !ok {
		return string(k)
	}
	if t.Hint != "" {
		return t.Label + ": " + t.Hint
	}
	return t.Label
}

// Label names an ecocycle phase; "" is "Not placed".
func (p Phase) Label() string { return PhaseTerms.Label(p) }

// Label names a trap; "" names nothing, since most initiatives are in no
// trap and sentences only mention the ones that are.
func (t Trap) Label() string {
	if t == "" {
		return ""
	}
	return TrapTerms.Label(t)
}

// Label names a direction; "" is "Not decided".
func (d Direction) Label() string { return DirectionTerms.Label(d) }
