package workshop

import (
	"reflect"
	"strings"
	"testing"
)

func roster(ids ...string) []Participant {
	out := make([]Participant, len(ids))
	for i, id := range ids {
		out[i] = Participant{ID: id, Name: "Person " + id}
	}
	return out
}

func counts(r ValueResult) map[int]int {
	m := map[int]int{}
	for _, lc := range r.Distribution {
		if lc.Count > 0 {
			m[lc.Level.Value] = lc.Count
		}
	}
	return m
}

func TestAnalyseValueNamed(t *testing.T) {
	sc, _ := ScaleByID(GradientsOfAgreement)
	people := roster("p1", "p2", "p3", "p4", "p5", "p6", "p7")
	tests := []struct {
		name      string
		responses []Response
		want      ValueResult // only the compared fields
		dist      map[int]int
	}{
		{
			name: "mixed room",
			responses: []Response{
				{Participant: "p1", Level: 1},
				{Participant: "p2", Level: 6},
				{Participant: "p3", Level: 7},
				{Participant: "p4", Level: 8},
				{Participant: "p5", Level: 4},
				{Participant: "p6", Level: 3, Commitment: Conditional, Note: "only if we hire"},
				// p7 has not answered
			},
			want: ValueResult{Responded: 6, Agree: 2, Disagree: 3, Open: 1, Commits: 2, Conditional: 1, Withheld: 2,
				DisagreeAndCommit: 1, DisagreeAndCommitPeople: []string{"p2"}, WithheldPeople: []string{"p3", "p4"},
				Blocks: 1, BlockPeople: []string{"p4"}, Failing: 2, Passes: false},
			dist: map[int]int{1: 1, 3: 1, 4: 1, 6: 1, 7: 1, 8: 1},
		},
		{
			name: "said commitment overrides the level's reading",
			responses: []Response{
				{Participant: "p1", Level: 6, Commitment: DoesNot},
				{Participant: "p2", Level: 7, Commitment: Commits},
				{Participant: "p3", Level: 2},
			},
			want: ValueResult{Responded: 3, Agree: 1, Disagree: 2, Commits: 2, Withheld: 1,
				DisagreeAndCommit: 1, DisagreeAndCommitPeople: []string{"p2"}, WithheldPeople: []string{"p1"},
				Failing: 1, Passes: false},
			dist: map[int]int{2: 1, 6: 1, 7: 1},
		},
		{
			name: "everyone can live with it",
			responses: []Response{
				{Participant: "p1", Level: 1}, {Participant: "p2", Level: 2}, {Participant: "p3", Level: 6},
				{Participant: "p4", Level: 5},
			},
			want: ValueResult{Responded: 4, Agree: 2, Disagree: 1, Open: 1, Commits: 3,
				DisagreeAndCommit: 1, DisagreeAndCommitPeople: []string{"p3"}, Passes: true},
			dist: map[int]int{1: 1, 2: 1, 5: 1, 6: 1},
		},
		{
			name: "strangers and unknown levels are ignored",
			responses: []Response{
				{Participant: "ghost", Level: 8}, {Participant: "p1", Level: 42}, {Participant: "p2", Level: 1},
			},
			want: ValueResult{Responded: 1, Agree: 1, Commits: 1, Passes: true},
			dist: map[int]int{1: 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := &Value{ID: "v1", Name: "Customers first", Responses: tt.responses}
			got := AnalyseValue(&sc, ModeNamed, v, people)
			if !reflect.DeepEqual(counts(got), tt.dist) {
				t.Errorf("distribution = %v, want %v", counts(got), tt.dist)
			}
			if len(got.Distribution) != 8 {
				t.Errorf("distribution has %d levels, want all 8", len(got.Distribution))
			}
			if got.Mode != ModeNamed {
				t.Errorf("mode %q, want named", got.Mode)
			}
			got.Value, got.Distribution, got.Reservations, got.Mode = nil, nil, nil, ""
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestReservationsInRosterOrder(t *testing.T) {
	sc, _ := ScaleByID(GradientsOfAgreement)
	v := &Value{Responses: []Response{
		{Participant: "p2", Level: 6, Note: "too vague"},
		{Participant: "p1", Level: 3, Note: "needs examples"},
		{Participant: "p3", Level: 1},
	}}
	got := AnalyseValue(&sc, ModeNamed, v, roster("p1", "p2", "p3"))
	if len(got.Reservations) != 2 || got.Reservations[0].Note != "needs examples" || got.Reservations[1].Note != "too vague" {
		t.Errorf("reservations = %+v", got.Reservations)
	}
}

func TestAnalyseValueTally(t *testing.T) {
	tests := []struct {
		scale string
		tally map[int]int
		want  ValueResult
	}{
		{FistOfFive, map[int]int{5: 3, 3: 2, 2: 1, 0: 1},
			ValueResult{Responded: 7, Agree: 5, Disagree: 2, Commits: 6, Withheld: 1, DisagreeAndCommit: 1, Blocks: 1, Failing: 2}},
		{RomanVoting, map[int]int{1: 4, 2: 2},
			ValueResult{Responded: 6, Agree: 4, Disagree: 2, Commits: 6, DisagreeAndCommit: 2, Passes: true}},
		{GradientsOfAgreement, map[int]int{6: 2, 9: 5},
			ValueResult{Responded: 2, Disagree: 2, Commits: 2, DisagreeAndCommit: 2, Passes: true}},
	}
	for _, tt := range tests {
		sc, _ := ScaleByID(tt.scale)
		v := &Value{Tally: tt.tally, Responses: []Response{{Participant: "p1", Level: 1}}}
		got := AnalyseValue(&sc, ModeTally, v, roster("p1"))
		if got.Mode != ModeTally {
			t.Errorf("%s: mode %q, want the tally's", tt.scale, got.Mode)
		}
		got.Value, got.Distribution, got.Mode = nil, nil, ""
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got  %+v\nwant %+v", tt.scale, got, tt.want)
		}
	}
}

func TestValuesExerciseAnalyseCounts(t *testing.T) {
	e := &ValuesExercise{Scale: GradientsOfAgreement, Mode: ModeNamed, Values: []Value{
		{ID: "v1", Name: "A", Responses: []Response{{Participant: "p1", Level: 1}}},
		{ID: "v2", Name: "B", Responses: []Response{{Participant: "p1", Level: 8}}},
		{ID: "v3", Name: "C"},
	}}
	got := e.Analyse(roster("p1"))
	if got.Passing != 1 || got.Failing != 1 || got.Pending != 1 {
		t.Errorf("passing/failing/pending = %d/%d/%d, want 1/1/1", got.Passing, got.Failing, got.Pending)
	}
	if got.Values[2].Settled() {
		t.Error("a value nobody answered must not count as settled")
	}
	if got.Scale.Name != "Gradients of Agreement" {
		t.Errorf("scale = %q", got.Scale.Name)
	}
}

func TestPassRuleDescribe(t *testing.T) {
	for _, tt := range []struct {
		rule PassRule
		want string
	}{
		{PassRule{FailAt: []int{7, 8}}, "Passes when no one is at 7 or 8"},
		{PassRule{FailAt: []int{0, 1, 2}}, "Passes when no one is at 0, 1 or 2"},
		{PassRule{FailAt: []int{3}}, "Passes when no one is at 3"},
		{PassRule{}, "Passes whatever the responses"},
	} {
		if got := tt.rule.Describe(); got != tt.want {
			t.Errorf("Describe(%v) = %q, want %q", tt.rule.FailAt, got, tt.want)
		}
	}
}

func TestScalesAreConsistent(t *testing.T) {
	for _, sc := range Scales() {
		seen := map[int]bool{}
		blocks := 0
		for _, l := range sc.Levels {
			if seen[l.Value] {
				t.Errorf("%s: level %d twice", sc.ID, l.Value)
			}
			seen[l.Value] = true
			if l.Block {
				blocks++
				if l.Commitment != DoesNot {
					t.Errorf("%s: a blocking level must withhold commitment", sc.ID)
				}
			}
		}
		if blocks != 1 {
			t.Errorf("%s: %d blocking levels, want 1", sc.ID, blocks)
		}
		for _, f := range sc.Pass.FailAt {
			if !seen[f] {
				t.Errorf("%s: pass rule names unknown level %d", sc.ID, f)
			}
		}
	}
	if Scales()[0].ID != GradientsOfAgreement {
		t.Error("Gradients of Agreement must come first: it is the default")
	}
}

func TestAddHandNeverNegative(t *testing.T) {
	v := &Value{}
	v.AddHand(3, 1)
	v.AddHand(3, 1)
	v.AddHand(3, -1)
	v.AddHand(5, -1)
	if !reflect.DeepEqual(v.Tally, map[int]int{3: 1}) {
		t.Errorf("tally = %v, want map[3:1]", v.Tally)
	}
}

func TestPassRules(t *testing.T) {
	for _, tt := range []struct {
		scale string
		want  []string
	}{
		{GradientsOfAgreement, []string{"Passes when no one is at 8", "Passes when no one is at 7 or 8",
			"Passes when no one is at 6, 7 or 8", "Passes when no one is at 5, 6, 7 or 8"}},
		{FistOfFive, []string{"Passes when no one is at 0", "Passes when no one is at 0 or 1",
			"Passes when no one is at 0, 1 or 2", "Passes when no one is at 0, 1, 2 or 3"}},
		{RomanVoting, []string{"Passes when no one is at 3", "Passes when no one is at 2 or 3"}},
	} {
		sc, _ := ScaleByID(tt.scale)
		var got []string
		for _, r := range PassRules(sc) {
			got = append(got, r.Describe())
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: %q, want %q", tt.scale, got, tt.want)
		}
	}
}

func TestPassOverride(t *testing.T) {
	e := &ValuesExercise{Scale: GradientsOfAgreement, Mode: ModeNamed, Values: []Value{
		{ID: "v1", Name: "Trust", Responses: []Response{{Participant: "p1", Level: 6}, {Participant: "p2", Level: 2}}},
	}}
	people := roster("p1", "p2")
	if r := e.Analyse(people); r.Passing != 1 {
		t.Fatalf("with the scale's rule a 6 passes: %+v", r)
	}
	e.Pass = &PassRule{FailAt: []int{6, 7, 8}}
	r := e.Analyse(people)
	if r.Failing != 1 || r.Scale.Pass.Describe() != "Passes when no one is at 6, 7 or 8" {
		t.Errorf("stricter rule: failing %d, rule %q", r.Failing, r.Scale.Pass.Describe())
	}
	s := &Session{Participants: people, Steps: []Step{{ID: "s1", Kind: StepValues, Title: "V", Values: e}}}
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
	e.Pass.FailAt = []int{6, 9}
	if err := s.Validate(); err == nil || !strings.Contains(err.Error(), "steps[0].values.pass.fail_at[1]: 9 is not a level") {
		t.Errorf("validate: %v", err)
	}
	e.Pass.FailAt = []int{6, 7, 8}
	c := s.Clone()
	c.Steps[0].Values.Pass.FailAt[0] = 5
	if e.Pass.FailAt[0] != 6 {
		t.Error("the clone shares its pass rule")
	}
	e.SetScale(RomanVoting)
	if e.Pass != nil {
		t.Error("a new scale keeps the old scale's pass rule")
	}
}

func TestVerdict(t *testing.T) {
	for _, tt := range []struct {
		r    ValueResult
		want string
	}{
		{ValueResult{}, "No responses yet"},
		{ValueResult{Responded: 3, Passes: true}, "Passes"},
		{ValueResult{Responded: 3, Failing: 1}, "Does not pass"},
	} {
		if got := tt.r.Verdict(); got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.r, got, tt.want)
		}
	}
}
