package report

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"scaleroom/workshop"
)

// valuesSection is one values step: the scale, the exercise's result, a
// table of all values, then each value's result.
func (v *view) valuesSection(st *workshop.Step) Section {
	ex := st.Values
	res := ex.Analyse(v.s.Participants)
	sc := &res.Scale
	mode := workshop.ModeTerms.Label(ex.Mode)
	if t, ok := workshop.ModeTerms.Term(ex.Mode); ok {
		mode = t.Hint
	}
	sec := Section{ID: st.ID, Title: v.u(st.Heading()), Level: 0, Blocks: v.prompt(st)}
	sec.Blocks = append(sec.Blocks,
		&Paragraph{Text: fmt.Sprintf(tr("Decision scale: %s (%s); %s. %s."), sc.Name, sc.Source, mode, sc.Pass.Describe()), On: Print},
		&Paragraph{Text: fmt.Sprintf(tr("Result: %d passing, %d not passing, %d without responses."), res.Passing, res.Failing, res.Pending), Tone: Strong, On: Print},
		&Paragraph{Text: fmt.Sprintf(tr("Scale: %s. %s."), sc.Name, sc.Pass.Describe()), On: Screen},
		&Heading{Level: 3, Text: tr("Levels of the scale"), On: Print},
		&Legend{Levels: sc.Levels, On: Print})
	t := &Table{On: Print, Columns: []Column{textCol(tr("Value"), 0.34), numCol(tr("Responses"), 0.11), numCol(tr("Agree"), 0.09),
		numCol(tr("Disagree and commit"), 0.13), numCol(tr("Withheld"), 0.1), numCol(tr("Blocks"), 0.08), textCol(tr("Result"), 0.15)}}
	for i := range res.Values {
		vr := &res.Values[i]
		t.Rows = append(t.Rows, Row{Cells: []string{v.u(vr.Value.Name), itoa(vr.Responded), itoa(vr.Agree), itoa(vr.DisagreeAndCommit),
			itoa(vr.Withheld), itoa(vr.Blocks), vr.Verdict()}})
	}
	sec.Blocks = append(sec.Blocks, t)
	for i := range res.Values {
		sec.Blocks = append(sec.Blocks, v.valueResult(sc, ex.Mode, &res.Values[i], nil))
	}
	if len(res.Values) == 0 {
		sec.Blocks = append(sec.Blocks, &Paragraph{Text: tr("No values on the list."), On: Screen})
	}
	return sec
}

// valueResult is one value's result. mine is the reader's own answer on a
// personal sheet, where other people are never named.
//
// Per-person answers are named only in a named round of a named summary.
// A report without names shows no per-person label at all, not even within
// one value: the room heard each level as it was recorded, so a reader who
// remembers one vote would name its label, and with it everything else
// said under that label.
func (v *view) valueResult(sc *workshop.Scale, mode workshop.Mode, vr *workshop.ValueResult, mine *Answer) *ValueResult {
	perPerson := mode != workshop.ModeTally && mine == nil
	named := perPerson && v.named()
	name := v.u(vr.Value.Name)
	b := &ValueResult{
		ID: vr.Value.ID, Name: name,
		Verdict: vr.Verdict(), Passes: vr.Passes, Title: name + " — " + lower(vr.Verdict()),
		Distribution: vr.Distribution, Responded: vr.Responded,
		Spread: spread(vr.Distribution), Tally: vr.Counted() + " · " + vr.Leaning(),
		Mine: mine, On: everywhere,
	}
	if strings.TrimSpace(vr.Value.Description) != "" {
		b.Description = v.u(vr.Value.Description)
	}
	if vr.Responded > 0 {
		b.Counts = vr.CountsSentence()
	}
	// label ends in a colon, as a field's label does; said is the same
	// as the projector says it.
	group := func(label, said string, n int, ids []string) {
		if n == 0 {
			return
		}
		text := itoa(n)
		if named && len(ids) > 0 {
			text += " (" + v.people(ids) + ")"
		}
		b.Groups = append(b.Groups, Field{Label: label, Text: text})
		b.Said = append(b.Said, fmt.Sprintf(tr("%s: %s"), said, text))
	}
	group(tr("Disagree and commit:"), tr("Disagree and commit"), vr.DisagreeAndCommit, vr.DisagreeAndCommitPeople)
	group(tr("Withheld commitment:"), tr("Withhold commitment"), vr.Withheld, vr.WithheldPeople)
	group(tr("Blocks:"), tr("Block"), vr.Blocks, vr.BlockPeople)
	if vr.Responded > 0 && !vr.Passes {
		b.Failing = fmt.Sprintf(workshop.Plural(vr.Failing, tr("%d response is at a level the pass rule does not allow."),
			tr("%d responses are at a level the pass rule does not allow.")), vr.Failing)
	}
	if perPerson && len(vr.Reservations) > 0 && v.notes() {
		b.Reservations, b.Quotes = v.reservations(sc, vr.Reservations)
	}
	return b
}

// reservations are the notes that came with answers, as a table and as
// lines. Named, each says whose it is, in roster order. Otherwise they say
// whose each is nowhere, and are ordered by level, then by the note, then
// by commitment: nothing in the order comes from the people (the analysis
// lists them in roster order), nor from the names in the notes, which
// sorting the unscrubbed text would give away.
func (v *view) reservations(sc *workshop.Scale, list []workshop.Response) (*Table, []string) {
	t := &Table{On: Print}
	var quotes []string
	if v.named() {
		t.Columns = []Column{textCol(tr("Who"), 0.3), textCol(tr("Level"), 0.45), textCol(tr("Commitment"), 0.25)}
		for _, r := range list {
			who := v.person(r.Participant)
			t.Rows = append(t.Rows, Row{Cells: []string{who, levelWords(sc, r.Level), commitmentWords(sc, r)}, Note: fmt.Sprintf(tr("Reservation: %s"), r.Note)})
			quotes = append(quotes, fmt.Sprintf(tr("“%s” — %s"), r.Note, who))
		}
		return t, quotes
	}
	type reservation struct {
		level      int
		commitment string
		note       string // scrubbed
	}
	out := make([]reservation, len(list))
	for i, r := range list {
		out[i] = reservation{r.Level, commitmentWords(sc, r), v.u(r.Note)}
	}
	slices.SortFunc(out, func(a, b reservation) int {
		if c := cmp.Compare(a.level, b.level); c != 0 {
			return c
		}
		if c := strings.Compare(a.note, b.note); c != 0 {
			return c
		}
		return strings.Compare(a.commitment, b.commitment)
	})
	t.Columns = []Column{textCol(tr("Level"), 0.7), textCol(tr("Commitment"), 0.3)}
	for _, r := range out {
		t.Rows = append(t.Rows, Row{Cells: []string{levelWords(sc, r.level), r.commitment}, Note: fmt.Sprintf(tr("Reservation: %s"), r.note)})
		quotes = append(quotes, fmt.Sprintf(tr("“%s”"), r.note))
	}
	return t, quotes
}

// answer is a personal sheet reader's own answer on a value. They gave
// none by name in a show of hands, or when nothing was recorded for them.
func (v *view) answer(sc *workshop.Scale, mode workshop.Mode, r *workshop.Response) *Answer {
	a := &Answer{Group: tr("The group:")}
	var text string
	switch {
	case mode == workshop.ModeTally:
		text = tr("not recorded by name (hands were counted)")
	case r == nil:
		text = tr("no answer recorded")
	default:
		a.Level, a.Marked = r.Level, true
		text = itoa(r.Level)
		if l := sc.Level(r.Level); l != nil {
			text += " " + l.Label + " (" + l.Meaning + ")"
		}
		text += "; " + workshop.EffectiveCommitment(sc, *r).Label()
	}
	a.Lines = append(a.Lines, Field{Label: tr("Your answer:"), Text: text})
	if mode != workshop.ModeTally && r != nil && strings.TrimSpace(r.Note) != "" && v.notes() {
		a.Lines = append(a.Lines, Field{Label: tr("Your note:"), Text: v.u(r.Note)})
	}
	return a
}

// spread is a distribution in words, the levels nobody chose left out:
// "1 Whole-hearted endorsement: 2 · 7 Serious disagreement: 1".
func spread(d []workshop.LevelCount) string {
	var parts []string
	for _, lc := range d {
		if lc.Count > 0 {
			parts = append(parts, fmt.Sprintf(tr("%d %s: %d"), lc.Level.Value, lc.Level.Label, lc.Count))
		}
	}
	return strings.Join(parts, " · ")
}
