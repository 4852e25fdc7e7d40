package workshop

import (
	"fmt"
	"strconv"
	"strings"
)

// Agreement is what a level says about agreeing with a value.
type Agreement string

// Agreement readings of a level.
const (
	Agree    Agreement = "agree"
	Disagree Agreement = "disagree"
	Open     Agreement = "open" // not yet decided: abstain, needs discussion
)

// Commitment is whether someone will act on a value.
type Commitment string

// Commitment answers. The empty commitment means "not said": the level's own
// reading applies.
const (
	Commits     Commitment = "commits"
	Conditional Commitment = "conditional"
	DoesNot     Commitment = "does-not"
	Undecided   Commitment = ""
)

// Commitments lists the answers a facilitator can record, in picker order.
var Commitments = []Commitment{Commits, Conditional, DoesNot}

// Label is the commitment in words.
func (c Commitment) Label() string { return CommitmentTerms.Label(c) }

// Level is one point on a decision scale.
type Level struct {
	Value      int        `json:"value"`
	Label      string     `json:"label"`
	Meaning    string     `json:"meaning"`
	Agreement  Agreement  `json:"agreement"`
	Commitment Commitment `json:"commitment"`
	Block      bool       `json:"block,omitempty"` // a veto: the value cannot pass
}

// Scale is a decision scale: levels in the order they are shown, from most to
// least supportive, and the rule that decides whether a value is settled.
type Scale struct {
	ID     string   `json:"id"`
	Name   string   `json:"name"`
	Source string   `json:"source"`
	Levels []Level  `json:"levels"`
	Pass   PassRule `json:"pass"`
}

// PassRule settles a value when no one is at any of the failing levels.
// "No one at 7 or 8" and "everyone at 3 or more" are both this rule.
type PassRule struct {
	FailAt []int `json:"fail_at"`
}

// Describe says the rule in words, for screens and the PDF.
func (r PassRule) Describe() string {
	if len(r.FailAt) == 0 {
		return "Passes whatever the responses"
	}
	parts := make([]string, len(r.FailAt))
	for i, v := range r.FailAt {
		parts[i] = strconv.Itoa(v)
	}
	var list string
	if len(parts) == 1 {
		list = parts[0]
	} else {
		list = strings.Join(parts[:len(parts)-1], ", ") + " or " + parts[len(parts)-1]
	}
	return "Passes when no one is at " + list
}

// Level returns the level with that value, or nil.
func (sc *Scale) Level(v int) *Level {
	for i := range sc.Levels {
		if sc.Levels[i].Value == v {
			return &sc.Levels[i]
		}
	}
	return nil
}

// The built-in scale IDs.
const (
	GradientsOfAgreement = "gradients-of-agreement"
	FistOfFive           = "fist-of-five"
	RomanVoting          = "roman-voting"
)

// Scales returns the built-in decision scales, Gradients of Agreement first.
// Each call returns fresh copies, so callers may keep and change them.
func Scales() []Scale {
	return []Scale{
		{
			ID:     GradientsOfAgreement,
			Name:   "Gradients of Agreement",
			Source: "Sam Kaner et al., Facilitator's Guide to Participatory Decision-Making",
			Levels: []Level{
				{1, "Whole-hearted endorsement", "I am fully behind it", Agree, Commits, false},
				{2, "Agreement with a minor point of contention", "Good enough for me", Agree, Commits, false},
				{3, "Support with reservations", "I can work with it", Agree, Commits, false},
				{4, "Abstain", "It does not touch my work", Open, Undecided, false},
				{5, "More discussion needed", "I need to understand it better first", Open, Undecided, false},
				{6, "Don't like it, but will support it", "I disagree, and I will commit", Disagree, Commits, false},
				{7, "Serious disagreement", "I am not on board", Disagree, DoesNot, false},
				{8, "Veto", "I block this", Disagree, DoesNot, true},
			},
			Pass: PassRule{FailAt: []int{7, 8}},
		},
		{
			ID:     FistOfFive,
			Name:   "Fist of Five",
			Source: "common consensus-building practice",
			Levels: []Level{
				{5, "Five fingers", "Absolutely, I will champion it", Agree, Commits, false},
				{4, "Four fingers", "I like it", Agree, Commits, false},
				{3, "Three fingers", "I support it", Agree, Commits, false},
				{2, "Two fingers", "I have concerns, but go ahead", Disagree, Commits, false},
				{1, "One finger", "Serious concerns: let us talk before I support it", Disagree, DoesNot, false},
				{0, "Fist", "I block this", Disagree, DoesNot, true},
			},
			Pass: PassRule{FailAt: []int{0, 1, 2}},
		},
		{
			ID:     RomanVoting,
			Name:   "Roman voting",
			Source: "thumbs vote",
			Levels: []Level{
				{1, "Thumb up", "I agree", Agree, Commits, false},
				{2, "Thumb sideways", "I can live with it", Disagree, Commits, false},
				{3, "Thumb down", "I block this", Disagree, DoesNot, true},
			},
			Pass: PassRule{FailAt: []int{3}},
		},
	}
}

// ScaleByID returns the built-in scale with that ID.
func ScaleByID(id string) (Scale, error) {
	for _, sc := range Scales() {
		if sc.ID == id {
			return sc, nil
		}
	}
	return Scale{}, fmt.Errorf("unknown scale %q", id)
}
