package workshop

import "testing"

// The PDF printed stored codes ("less", "extraneous") where the screens say
// "Do less" and "Extraneous": both now read these words from one table.
func TestTermsPutCodesIntoWords(t *testing.T) {
	cases := []struct{ got, want string }{
		{DecisionLabel(DecisionLess), "Do less"},
		{DecisionLabel(DecisionKeep), "Keep"},
		{DecisionLabel(""), "Not decided"},
		{LoadTypeName(LoadExtraneous), "Extraneous"},
		{LoadTypeName(""), "No type given"},
		{LoadTypeLabel(LoadGermane), "Germane (learning the domain)"},
		{OriginLabel(OriginTopDown), "Top-down"},
		{ComplexityLabel(Complicated), "Complicated"},
		{PhaseLabel(PhaseDestruction), "Creative destruction"},
		{PhaseLabel(""), "Not placed"},
		{TrapLabel(TrapPoverty), "Poverty trap"},
		{TrapLabel(""), ""},
		{TrapTerms.Long(TrapRigidity), "Rigidity trap (held on to too long)"},
		{DirectionLabel(DirectionDown), "Scale down"},
		{DirectionLabel(""), "Not decided"},
		{UnitTerms.Long(UnitPoints), "Points (1 light – 5 heavy)"},
		{UnitWord(UnitHours), "hours a week"},
		{StepValues.Label(), "Values: disagree and commit"},
		{StepBreak.Label(), "Break"},
		{StepKind("later").Label(), "later"},
		{DoesNot.Label(), "Does not commit"},
		{Undecided.Label(), "Not said"},
		{DecisionLabel("someday"), "someday"}, // unknown codes show as stored
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d: %q, want %q", i, c.got, c.want)
		}
	}
	// Every code a picker offers has words.
	for _, list := range []struct {
		codes []string
		terms Terms
	}{{Decisions, DecisionTerms}, {LoadTypes, LoadTypeTerms}, {Origins, OriginTerms}, {Complexities, ComplexityTerms},
		{Phases, PhaseTerms}, {Traps, TrapTerms}, {Directions, DirectionTerms}} {
		for _, c := range list.codes {
			if _, ok := list.terms.Term(c); !ok {
				t.Errorf("no words for %q", c)
			}
		}
	}
}
