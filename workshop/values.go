package workshop

import (
	"fmt"
	"slices"
	"sort"
)

// Mode is how a values exercise records answers.
type Mode string

// Values modes: named responses per participant, or a count of hands per
// level for a show of hands or an anonymous round.
const (
	ModeNamed Mode = "named"
	ModeTally Mode = "tally"
)

// Modes lists the modes in picker order.
var Modes = []Mode{ModeNamed, ModeTally}

// ValuesExercise is the "disagree and commit" exercise: each value is put to
// the room on a decision scale.
type ValuesExercise struct {
	Scale string `json:"scale"` // ID of a built-in scale
	// Pass replaces the scale's own pass rule when set: a room may want a
	// stricter bar ("no one at 6, 7 or 8") or a looser one.
	Pass   *PassRule `json:"pass,omitempty"`
	Mode   Mode      `json:"mode"` // ModeNamed or ModeTally
	Values []Value   `json:"values"`
}

// Value is one value the room is asked to commit to.
type Value struct {
	ID          string      `json:"id"`
	Name        string      `json:"name"`
	Description string      `json:"description,omitempty"`
	Responses   []Response  `json:"responses,omitempty"`
	Tally       map[int]int `json:"tally,omitempty"` // level value -> hands
}

// Response is one participant's answer on one value.
type Response struct {
	Participant string     `json:"participant"` // participant ID
	Level       int        `json:"level"`
	Commitment  Commitment `json:"commitment,omitempty"`
	Note        string     `json:"note,omitempty"` // the reservation, in their words
}

// ScaleOrDefault returns the exercise's scale, falling back to Gradients of
// Agreement for an unknown ID (Validate refuses those in files).
func (e *ValuesExercise) ScaleOrDefault() Scale {
	sc, err := ScaleByID(e.Scale)
	if err != nil {
		sc, _ = ScaleByID(GradientsOfAgreement)
	}
	if e.Pass != nil {
		sc.Pass = PassRule{FailAt: slices.Clone(e.Pass.FailAt)}
	}
	return sc
}

// PassRules lists the rules a facilitator can choose on a scale, loosest
// first: no one at the least supportive level, then no one at the last two,
// and so on, up to four. The scale's own rule is always among them.
func PassRules(sc Scale) []PassRule {
	var out []PassRule
	for k := 1; k <= 4 && k < len(sc.Levels); k++ {
		var fail []int
		for _, l := range sc.Levels[len(sc.Levels)-k:] {
			fail = append(fail, l.Value)
		}
		sort.Ints(fail)
		out = append(out, PassRule{FailAt: fail})
	}
	for _, r := range out {
		if slices.Equal(r.FailAt, sc.Pass.FailAt) {
			return out
		}
	}
	return append(out, sc.Pass)
}

// Value returns the value with that ID, or nil.
func (e *ValuesExercise) Value(id string) *Value {
	for i := range e.Values {
		if e.Values[i].ID == id {
			return &e.Values[i]
		}
	}
	return nil
}

// Response returns the participant's response on this value, or nil.
func (v *Value) Response(participant string) *Response {
	for i := range v.Responses {
		if v.Responses[i].Participant == participant {
			return &v.Responses[i]
		}
	}
	return nil
}

// SetResponse records a level for a participant, keeping their commitment
// and note if they had already answered.
func (v *Value) SetResponse(participant string, level int) {
	if r := v.Response(participant); r != nil {
		r.Level = level
		return
	}
	v.Responses = append(v.Responses, Response{Participant: participant, Level: level})
}

// AddHand adds delta hands (may be negative) to a level's tally; a count
// never goes below zero.
func (v *Value) AddHand(level, delta int) {
	if v.Tally == nil {
		v.Tally = map[int]int{}
	}
	n := v.Tally[level] + delta
	if n <= 0 {
		delete(v.Tally, level)
		return
	}
	v.Tally[level] = n
}

// EffectiveCommitment is what a response commits to: what the participant
// said, or else what their level means on the scale.
func EffectiveCommitment(sc *Scale, r Response) Commitment {
	if r.Commitment != Undecided {
		return r.Commitment
	}
	if l := sc.Level(r.Level); l != nil {
		return l.Commitment
	}
	return Undecided
}

// LevelCount is how many people stand at one level of the scale.
type LevelCount struct {
	Level Level
	Count int
}

// ValueResult is everything the room said about one value.
type ValueResult struct {
	Value        *Value
	Mode         Mode         // how the answers were recorded: Responded counts hands in ModeTally
	Distribution []LevelCount // one entry per scale level, in scale order
	Responded    int          // people (or hands) at some level
	Agree        int
	Disagree     int
	Open         int
	Commits      int // effective commitment "commits", including disagree-and-commit
	Conditional  int
	Withheld     int // effective commitment "does not"
	// DisagreeAndCommit counts those who disagree yet commit: the signal the
	// exercise is for. In named mode the participants are listed too.
	DisagreeAndCommit       int
	DisagreeAndCommitPeople []string // participant IDs
	WithheldPeople          []string // participant IDs
	Blocks                  int
	BlockPeople             []string   // participant IDs
	Reservations            []Response // named responses with a note, in roster order
	Passes                  bool
	Failing                 int // responses at a failing level
}

// Verdict is the value's outcome in words: "Passes", "Does not pass" or
// "No responses yet".
func (r ValueResult) Verdict() string {
	switch {
	case r.Responded == 0:
		return tr("No responses yet")
	case r.Passes:
		return tr("Passes")
	}
	return tr("Does not pass")
}

// Settled reports whether anyone has responded and the value passes.
func (r ValueResult) Settled() bool { return r.Responded > 0 && r.Passes }

// AnalyseValue computes a value's result on a scale. Named responses are
// read in roster order; unknown levels are ignored.
func AnalyseValue(sc *Scale, mode Mode, v *Value, roster []Participant) ValueResult {
	res := ValueResult{Value: v, Mode: mode, Distribution: make([]LevelCount, len(sc.Levels))}
	for i, l := range sc.Levels {
		res.Distribution[i].Level = l
	}
	fail := map[int]bool{}
	for _, f := range sc.Pass.FailAt {
		fail[f] = true
	}
	add := func(l *Level, idx int, n int, commitment Commitment, who string) {
		res.Distribution[idx].Count += n
		res.Responded += n
		switch l.Agreement {
		case Agree:
			res.Agree += n
		case Disagree:
			res.Disagree += n
		default:
			res.Open += n
		}
		switch commitment {
		case Commits:
			res.Commits += n
		case Conditional:
			res.Conditional += n
		case DoesNot:
			res.Withheld += n
			if who != "" {
				res.WithheldPeople = append(res.WithheldPeople, who)
			}
		}
		if l.Agreement == Disagree && commitment == Commits {
			res.DisagreeAndCommit += n
			if who != "" {
				res.DisagreeAndCommitPeople = append(res.DisagreeAndCommitPeople, who)
			}
		}
		if l.Block {
			res.Blocks += n
			if who != "" {
				res.BlockPeople = append(res.BlockPeople, who)
			}
		}
		if fail[l.Value] {
			res.Failing += n
		}
	}
	levelIndex := func(value int) int {
		for i, l := range sc.Levels {
			if l.Value == value {
				return i
			}
		}
		return -1
	}
	if mode == ModeTally {
		levels := make([]int, 0, len(v.Tally))
		for l := range v.Tally {
			levels = append(levels, l)
		}
		sort.Ints(levels) // map order must not leak into results
		for _, lv := range levels {
			if i := levelIndex(lv); i >= 0 && v.Tally[lv] > 0 {
				l := sc.Levels[i]
				add(&l, i, v.Tally[lv], l.Commitment, "")
			}
		}
	} else {
		// Index once: looking each participant up in the list is quadratic,
		// and a large room made that most of the analysis time.
		byWho := make(map[string]*Response, len(v.Responses))
		for i := range v.Responses {
			if _, dup := byWho[v.Responses[i].Participant]; !dup {
				byWho[v.Responses[i].Participant] = &v.Responses[i]
			}
		}
		for _, p := range roster {
			r := byWho[p.ID]
			if r == nil {
				continue
			}
			i := levelIndex(r.Level)
			if i < 0 {
				continue
			}
			l := sc.Levels[i]
			add(&l, i, 1, EffectiveCommitment(sc, *r), p.ID)
			if r.Note != "" {
				res.Reservations = append(res.Reservations, *r)
			}
		}
	}
	res.Passes = res.Failing == 0
	return res
}

// ValuesResult is the whole exercise's outcome.
type ValuesResult struct {
	Scale   Scale
	Values  []ValueResult
	Passing int // values with responses that pass
	Failing int // values with responses that fail
	Pending int // values nobody has responded to yet
}

// Analyse computes every value's result.
func (e *ValuesExercise) Analyse(roster []Participant) ValuesResult {
	out := ValuesResult{Scale: e.ScaleOrDefault()}
	for i := range e.Values {
		r := AnalyseValue(&out.Scale, e.Mode, &e.Values[i], roster)
		out.Values = append(out.Values, r)
		switch {
		case r.Responded == 0:
			out.Pending++
		case r.Passes:
			out.Passing++
		default:
			out.Failing++
		}
	}
	return out
}

// Counted is how many answered, in the mode's words: "3 responses" when
// people answered by name, "5 hands" for a show of hands. The values
// screen, the projector, the summary and the PDF all count this way.
func (r *ValueResult) Counted() string {
	if r.Mode == ModeTally {
		return fmt.Sprintf(Plural(r.Responded, tr("%d hand"), tr("%d hands")), r.Responded)
	}
	return fmt.Sprintf(Plural(r.Responded, tr("%d response"), tr("%d responses")), r.Responded)
}

// Leaning is how the answers lean: "1 agree · 0 open · 2 disagree".
func (r *ValueResult) Leaning() string {
	return fmt.Sprintf(tr("%d agree · %d open · %d disagree"), r.Agree, r.Open, r.Disagree)
}

// Recorded counts what the exercise holds in each mode, whichever mode it
// is in now: named responses and hands. Switching mode keeps both, but the
// results show only one, so a screen asks before the other seems to vanish.
func (e *ValuesExercise) Recorded() (responses, hands int) {
	for _, v := range e.Values {
		responses += len(v.Responses)
		hands += v.Hands()
	}
	return responses, hands
}

// Hands is the number of hands counted on the value, at any level.
func (v *Value) Hands() int {
	n := 0
	for _, c := range v.Tally {
		n += c
	}
	return n
}
