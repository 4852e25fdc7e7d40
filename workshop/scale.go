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
		return tr("Passes whatever the responses")
	}
	return fmt.Sprintf(tr("Passes when no one is at %s"), r.FailingLevels())
}

// FailingLevels lists the failing levels in words: "8", "7 or 8", "6, 7 or 8";
// "" when there are none.
func (r PassRule) FailingLevels() string {
	parts := make([]string, len(r.FailAt))
	for i, v := range r.FailAt {
		parts[i] = strconv.Itoa(v)
	}
	if len(parts) <= 1 {
		return strings.Join(parts, "")
	}
	return fmt.Sprintf(tr("%s or %s"), strings.Join(parts[:len(parts)-1], ", "), parts[len(parts)-1])
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

// Scales returns the built-in decision scales, Gradients of Agreement first,
// in the reader's language. Each call returns fresh copies, so callers may
// keep and change them.
func Scales() []Scale {
	return []Scale{
		{
			ID:     GradientsOfAgreement,
			Name:   tr("Gradients of Agreement"),
			Source: tr("Sam Kaner et al., Facilitator's Guide to Participatory Decision-Making"),
			Levels: []Level{
				{1, tr("Whole-hearted endorsement"), tr("I am fully behind it"), Agree, Commits, false},
				{2, tr("Agreement with a minor point of contention"), tr("Good enough for me"), Agree, Commits, false},
				{3, tr("Support with reservations"), tr("I can work with it"), Agree, Commits, false},
				{4, tr("Abstain"), tr("It does not touch my work"), Open, Undecided, false},
				{5, tr("More discussion needed"), tr("I need to understand it better first"), Open, Undecided, false},
				{6, tr("Don't like it, but will support it"), tr("I disagree, and I will commit"), Disagree, Commits, false},
				{7, tr("Serious disagreement"), tr("I am not on board"), Disagree, DoesNot, false},
				{8, tr("Veto"), tr("I block this"), Disagree, DoesNot, true},
			},
			Pass: PassRule{FailAt: []int{7, 8}},
		},
		{
			ID:     FistOfFive,
			Name:   tr("Fist of Five"),
			Source: tr("common consensus-building practice"),
			Levels: []Level{
				{5, tr("Five fingers"), tr("Absolutely, I will champion it"), Agree, Commits, false},
				{4, tr("Four fingers"), tr("I like it"), Agree, Commits, false},
				{3, tr("Three fingers"), tr("I support it"), Agree, Commits, false},
				{2, tr("Two fingers"), tr("I have concerns, but go ahead"), Disagree, Commits, false},
				{1, tr("One finger"), tr("Serious concerns: let us talk before I support it"), Disagree, DoesNot, false},
				{0, tr("Fist"), tr("I block this"), Disagree, DoesNot, true},
			},
			Pass: PassRule{FailAt: []int{0, 1, 2}},
		},
		{
			ID:     RomanVoting,
			Name:   tr("Roman voting"),
			Source: tr("thumbs vote"),
			Levels: []Level{
				{1, tr("Thumb up"), tr("I agree"), Agree, Commits, false},
				{2, tr("Thumb sideways"), tr("I can live with it"), Disagree, Commits, false},
				{3, tr("Thumb down"), tr("I block this"), Disagree, DoesNot, true},
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
	return Scale{}, fmt.Errorf(tr("unknown scale %q"), id)
}
