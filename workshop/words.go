package workshop

import "fmt"

// The words the screens and the PDF show for stored codes live here, once:
// a facilitator who reads "Do less" on the load screen must read "Do less"
// in the summary too, not the code "less".

// Term pairs a stored code with its words: a short label, as tables and
// charts show it, and an optional hint that pickers and legends add after
// it ("Extraneous (process, tooling, reporting)"). C is the field's code
// type (Decision, Phase...), so a table cannot mix one field's codes with
// another's.
//
// The tables below hold the English words. A term read through Terms.Term
// (or Label and Long) comes in the reader's language; a term read straight
// from a table is English until its Long is asked for, which translates.
type Term[C ~string] struct {
	Code  C
	Label string
	Hint  string
	// translated: Label and Hint are in the reader's language already.
	translated bool
}

// term makes an entry of a table.
func term[C ~string](code C, label, hint string) Term[C] {
	return Term[C]{Code: code, Label: label, Hint: hint}
}

// text is the term in the reader's language.
func (t Term[C]) text() Term[C] {
	if !t.translated {
		t.Label, t.Hint, t.translated = trText(t.Label), trText(t.Hint), true
	}
	return t
}

// Long is the label with its hint in brackets, or the label alone, in the
// reader's language.
func (t Term[C]) Long() string {
	t = t.text()
	if t.Hint == "" {
		return t.Label
	}
	return t.Label + " (" + t.Hint + ")"
}

// Terms is one field's vocabulary, in the order a picker lists it.
type Terms[C ~string] []Term[C]

// Term returns the term for a code, in the reader's language, and whether
// the code is known.
func (ts Terms[C]) Term(code C) (Term[C], bool) {
	for _, t := range ts {
		if t.Code == code {
			return t.text(), true
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
		term(UnitPoints, "Points", "1 light – 5 heavy"),
		term(UnitHours, "Hours a week", ""),
	}
	OriginTerms = Terms[Origin]{
		term(OriginTopDown, "Top-down", ""),
		term(OriginLocal, "Local", ""),
	}
	LoadTypeTerms = Terms[LoadType]{
		term(LoadIntrinsic, "Intrinsic", "the work itself"),
		term(LoadExtraneous, "Extraneous", "process, tooling, reporting"),
		term(LoadGermane, "Germane", "learning the domain"),
	}
	ComplexityTerms = Terms[Complexity]{
		term(Simple, "Simple", ""),
		term(Complicated, "Complicated", ""),
		term(Complex, "Complex", ""),
	}
	DecisionTerms = Terms[Decision]{
		term(DecisionNone, "Not decided", ""),
		term(DecisionKeep, "Keep", ""),
		term(DecisionLess, "Do less", ""),
		term(DecisionStop, "Stop", ""),
		term(DecisionDefer, "Defer", ""),
	}
	PhaseTerms = Terms[Phase]{
		term(PhaseNone, "Not placed", ""),
		term(PhaseBirth, "Birth", ""),
		term(PhaseMaturity, "Maturity", ""),
		term(PhaseDestruction, "Creative destruction", ""),
		term(PhaseRenewal, "Renewal", ""),
	}
	TrapTerms = Terms[Trap]{
		term(TrapNone, "No trap", ""),
		term(TrapRigidity, "Rigidity trap", "held on to too long"),
		term(TrapPoverty, "Poverty trap", "starved of resources"),
	}
	DirectionTerms = Terms[Direction]{
		term(DirectionNone, "Not decided", ""),
		term(DirectionUp, "Scale up", ""),
		term(DirectionHold, "Hold", ""),
		term(DirectionDown, "Scale down", ""),
		term(DirectionStop, "Stop", ""),
	}
	// StepKindTerms name the kinds of agenda step; the hint is the
	// exercise a step of that kind runs.
	StepKindTerms = Terms[StepKind]{
		term(StepOpening, "Opening", ""),
		term(StepReview, "Since last time", "the previous session's actions and results"),
		term(StepValues, "Values", "disagree and commit"),
		term(StepLoad, "Load inventory", ""),
		term(StepReflection, "Scale up or scale down", ""),
		term(StepBelonging, "Speed of belonging", "relationships across levels"),
		term(StepDiscussion, "Discussion", ""),
		term(StepBreak, "Break", ""),
		term(StepClosing, "Closing", ""),
	}
	// CommitmentTerms are the commitment answers, "" meaning the person
	// did not say and their level speaks for them.
	CommitmentTerms = Terms[Commitment]{
		term(Undecided, "Not said", ""),
		term(Commits, "Commits", ""),
		term(Conditional, "Conditional", ""),
		term(DoesNot, "Does not commit", ""),
	}
	// ItemOrderTerms name the load screen's sort orders.
	ItemOrderTerms = Terms[ItemOrder]{
		term(HeaviestFirst, "Heaviest first", ""),
		term(ByOwner, "By owner", ""),
	}
	// ModeTerms say how a values exercise recorded answers.
	ModeTerms = Terms[Mode]{
		term(ModeNamed, "By name", "each person's answer was recorded by name"),
		term(ModeTally, "Show of hands", "hands were counted per level, without names"),
	}
)

// The typed codes' words, all read from the tables above.

// Label names a load decision ("less" is "Do less"; "" is "Not decided").
func (d Decision) Label() string { return DecisionTerms.Label(d) }

// Label is a load type's short word ("Extraneous"); "" is "No type given".
func (t LoadType) Label() string {
	if t == "" {
		return trText(noLoadType)
	}
	return LoadTypeTerms.Label(t)
}

// Long names a load type with what it covers, for legends and pickers.
func (t LoadType) Long() string {
	if t == "" {
		return trText(noLoadType)
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
		return tr("hours a week")
	}
	return tr("points")
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
		return fmt.Sprintf(tr("%s: %s"), t.Label, t.Hint)
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
