package workshop

import "testing"

// The PDF printed stored codes ("less", "extraneous") where the screens say
// "Do less" and "Extraneous": both now read these words from one table.
func TestTermsPutCodesIntoWords(t *testing.T) {
	cases := []struct{ got, want string }{
		{DecisionLess.Label(), "Do less"},
		{DecisionKeep.Label(), "Keep"},
		{DecisionNone.Label(), "Not decided"},
		{LoadExtraneous.Label(), "Extraneous"},
		{LoadType("").Label(), "No type given"},
		{LoadGermane.Long(), "Germane (learning the domain)"},
		{OriginTopDown.Label(), "Top-down"},
		{Complicated.Label(), "Complicated"},
		{PhaseDestruction.Label(), "Creative destruction"},
		{PhaseNone.Label(), "Not placed"},
		{TrapPoverty.Label(), "Poverty trap"},
		{TrapNone.Label(), ""},
		{TrapTerms.Long(TrapRigidity), "Rigidity trap (held on to too long)"},
		{DirectionDown.Label(), "Scale down"},
		{DirectionNone.Label(), "Not decided"},
		{UnitTerms.Long(UnitPoints), "Points (1 light – 5 heavy)"},
		{UnitHours.Word(), "hours a week"},
		{UnitPoints.Word(), "points"},
		{UnitHours.Label(), "Hours a week"},
		{ModeTally.Label(), "Show of hands"},
		{LoadType("").Long(), "No type given"},
		{Simple.Label(), "Simple"},
		{StepValues.Label(), "Values: disagree and commit"},
		{StepBreak.Label(), "Break"},
		{StepKind("later").Label(), "later"},
		{DoesNot.Label(), "Does not commit"},
		{Undecided.Label(), "Not said"},
		{Decision("someday").Label(), "someday"}, // unknown codes show as stored
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d: %q, want %q", i, c.got, c.want)
		}
	}
	// Every code a picker offers has words.
	missing := func(name string, n int) {
		if n > 0 {
			t.Errorf("%s: %d codes without words", name, n)
		}
	}
	missing("decisions", unworded(Decisions, DecisionTerms))
	missing("load types", unworded(LoadTypes, LoadTypeTerms))
	missing("origins", unworded(Origins, OriginTerms))
	missing("complexities", unworded(Complexities, ComplexityTerms))
	missing("phases", unworded(Phases, PhaseTerms))
	missing("traps", unworded(Traps, TrapTerms))
	missing("directions", unworded(Directions, DirectionTerms))
	missing("units", unworded(Units, UnitTerms))
	missing("modes", unworded(Modes, ModeTerms))
	missing("commitments", unworded(Commitments, CommitmentTerms))
	missing("step kinds", unworded(StepKinds, StepKindTerms))
}

// unworded counts the codes in list that terms has no words for.
func unworded[C ~string](list []C, terms Terms[C]) int {
	n := 0
	for _, c := range list {
		if _, ok := terms.Term(c); !ok {
			n++
		}
	}
	return n
}
