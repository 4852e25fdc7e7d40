package workshop

// The words the screens and the PDF show for stored codes live here, once:
// a facilitator who reads "Do less" on the load screen must read "Do less"
// in the summary too, not the code "less".

// Term pairs a stored code with its words: a short label, as tables and
// charts show it, and an optional hint that pickers and legends add after
// it ("Extraneous (process, tooling, reporting)").
type Term struct {
	Code  string
	Label string
	Hint  string
}

// Long is the label with its hint in brackets, or the label alone.
func (t Term) Long() string {
	if t.Hint == "" {
		return t.Label
	}
	return t.Label + " (" + t.Hint + ")"
}

// Terms is one field's vocabulary, in the order a picker lists it.
type Terms []Term

// Term returns the term for a code and whether the code is known.
func (ts Terms) Term(code string) (Term, bool) {
	for _, t := range ts {
		if t.Code == code {
			return t, true
		}
	}
	return Term{}, false
}

// Label is a code's short label; an unknown code is shown as typed, so
// nothing a file holds disappears from view.
func (ts Terms) Label(code string) string {
	if t, ok := ts.Term(code); ok {
		return t.Label
	}
	return code
}

// Long is a code's label with its hint; an unknown code is shown as typed.
func (ts Terms) Long(code string) string {
	if t, ok := ts.Term(code); ok {
		return t.Long()
	}
	return code
}

// The vocabularies. Lists that include the empty code say in words what
// "not set" means for that field.
var (
	UnitTerms = Terms{
		{UnitPoints, "Points", "1 light – 5 heavy"},
		{UnitHours, "Hours a week", ""},
	}
	OriginTerms = Terms{
		{OriginTopDown, "Top-down", ""},
		{OriginLocal, "Local", ""},
	}
	LoadTypeTerms = Terms{
		{LoadIntrinsic, "Intrinsic", "the work itself"},
		{LoadExtraneous, "Extraneous", "process, tooling, reporting"},
		{LoadGermane, "Germane", "learning the domain"},
	}
	ComplexityTerms = Terms{
		{Simple, "Simple", ""},
		{Complicated, "Complicated", ""},
		{Complex, "Complex", ""},
	}
	DecisionTerms = Terms{
		{"", "Not decided", ""},
		{DecisionKeep, "Keep", ""},
		{DecisionLess, "Do less", ""},
		{DecisionStop, "Stop", ""},
		{DecisionDefer, "Defer", ""},
	}
	PhaseTerms = Terms{
		{"", "Not placed", ""},
		{PhaseBirth, "Birth", ""},
		{PhaseMaturity, "Maturity", ""},
		{PhaseDestruction, "Creative destruction", ""},
		{PhaseRenewal, "Renewal", ""},
	}
	TrapTerms = Terms{
		{"", "No trap", ""},
		{TrapRigidity, "Rigidity trap", "held on to too long"},
		{TrapPoverty, "Poverty trap", "starved of resources"},
	}
	DirectionTerms = Terms{
		{"", "Not decided", ""},
		{DirectionUp, "Scale up", ""},
		{DirectionHold, "Hold", ""},
		{DirectionDown, "Scale down", ""},
		{DirectionStop, "Stop", ""},
	}
	// StepKindTerms name the kinds of agenda step; the hint is the
	// exercise a step of that kind runs.
	StepKindTerms = Terms{
		{string(StepOpening), "Opening", ""},
		{string(StepValues), "Values", "disagree and commit"},
		{string(StepLoad), "Load inventory", ""},
		{string(StepReflection), "Scale up or scale down", ""},
		{string(StepDiscussion), "Discussion", ""},
		{string(StepBreak), "Break", ""},
		{string(StepClosing), "Closing", ""},
	}
	// CommitmentTerms are the commitment answers, "" meaning the person
	// did not say and their level speaks for them.
	CommitmentTerms = Terms{
		{string(Undecided), "Not said", ""},
		{string(Commits), "Commits", ""},
		{string(Conditional), "Conditional", ""},
		{string(DoesNot), "Does not commit", ""},
	}
	// ModeTerms say how a values exercise recorded answers.
	ModeTerms = Terms{
		{ModeNamed, "By name", "each person's answer was recorded by name"},
		{ModeTally, "Show of hands", "hands were counted per level, without names"},
	}
)

// DecisionLabel names a load decision ("less" is "Do less").
func DecisionLabel(d string) string { return DecisionTerms.Label(d) }

// LoadTypeName is a load type's short word ("Extraneous"); "" is "No type
// given".
func LoadTypeName(t string) string {
	if t == "" {
		return "No type given"
	}
	return LoadTypeTerms.Label(t)
}

// LoadTypeLabel names a load type with what it covers, for legends and
// pickers.
func LoadTypeLabel(t string) string {
	if t == "" {
		return "No type given"
	}
	return LoadTypeTerms.Long(t)
}

// OriginLabel, ComplexityLabel and KindLabel put those codes into words.
func OriginLabel(o string) string { return OriginTerms.Label(o) }

// ComplexityLabel names a domain complexity.
func ComplexityLabel(c string) string { return ComplexityTerms.Label(c) }

// Label names the step kind as the agenda shows it: "Values: disagree and
// commit".
func (k StepKind) Label() string {
	t, ok := StepKindTerms.Term(string(k))
	if !ok {
		return string(k)
	}
	if t.Hint != "" {
		return t.Label + ": " + t.Hint
	}
	return t.Label
}

// UnitWord names a load unit in running text ("points", "hours a week").
func UnitWord(unit string) string {
	if unit == UnitHours {
		return "hours a week"
	}
	return "points"
}

// PhaseLabel names an ecocycle phase; "" is "Not placed".
func PhaseLabel(p string) string { return PhaseTerms.Label(p) }

// TrapLabel names a trap; "" names nothing, since most initiatives are in
// no trap and sentences only mention the ones that are.
func TrapLabel(t string) string {
	if t == "" {
		return ""
	}
	return TrapTerms.Label(t)
}

// DirectionLabel names a direction; "" is "Not decided".
func DirectionLabel(d string) string { return DirectionTerms.Label(d) }
