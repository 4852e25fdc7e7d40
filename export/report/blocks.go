package report

import (
	"strings"

	"scaleroom/workshop"
)

// Block is one piece of a section: a *Heading, *Paragraph, *Field, *List,
// *Callout, *Table, *Cover, *Legend, *ValueResult, *LoadChart,
// *Ecocycle or *TrendChart.
type Block interface {
	// Media is where the block is shown.
	Media() Medium
}

// Heading is a heading inside a section, level 1 to 3.
type Heading struct {
	Level int
	Text  string
	On    Medium
}

// Tone is how a paragraph reads.
type Tone int

const (
	Plain  Tone = iota
	Strong      // a result or a title on screen: bold
	Prompt      // what the facilitator read out: set apart, in italics
	Aside       // an explanation beside the content: small and quiet
	Quiet       // secondary text at body size
)

// Paragraph is text; a line break in it starts a new line.
type Paragraph struct {
	Text string
	Tone Tone
	On   Medium
}

// Field is a labelled line, "Team: Platform", the label ending in a colon.
type Field struct {
	Label, Text string
	On          Medium
}

// List is a bulleted list, with a title above it when Title is set
// ("Stop:").
type List struct {
	Title string
	Items []string
	On    Medium
}

// Text is the list as plain text, as one label shows it: the title, then
// a bulleted line an item.
func (l *List) Text() string {
	lines := make([]string, 0, len(l.Items)+1)
	if l.Title != "" {
		lines = append(lines, l.Title)
	}
	for _, it := range l.Items {
		lines = append(lines, "• "+it)
	}
	return strings.Join(lines, "\n")
}

// Callout is a list of warnings, each boxed to catch the eye.
type Callout struct {
	Items []string
	On    Medium
}

// Table is a header and rows.
type Table struct {
	Columns []Column
	Rows    []Row
	On      Medium
}

// Column is a table column: its title, its share of the table's width
// relative to the other columns, and how its cells align: numbers at the
// end, short marks ("yes") in the centre, text at the start.
type Column struct {
	Title   string
	Width   float64
	Numeric bool
	Centred bool
}

// Row is a table row. A row with Group set is a title over the rows after
// it, across the whole table. Note is long text that belongs to the row (a
// reservation, an item's note), shown under its cells across the width.
type Row struct {
	Cells []string
	Group string
	Total bool // a totals row, set in bold
	Note  string
}

// Cover is the title of the document.
type Cover struct {
	Kicker string  // "Scaleroom · Workshop summary"
	Title  string  // never empty
	Facts  []Field // organisation, date, place, people, time
	Sheet  bool    // a personal sheet's smaller title
	On     Medium
}

// Legend lists a scale's levels, in scale order, for the colours of the
// distribution bars below it.
type Legend struct {
	Levels []workshop.Level
	On     Medium
}

// ValueResult is one value's result: the figures, and the words each
// medium shows them with. The print shows all of it; the summary screen
// Title, the bar, Spread, Counts, Groups and Quotes; the projector Title,
// the bar and Said.
type ValueResult struct {
	ID          string // the value's ID
	Name        string
	Description string
	Verdict     string // "Passes", "Does not pass", "No responses yet"
	Passes      bool
	Title       string // "Customers first — does not pass"
	// Distribution is the count at each level of the scale, in scale
	// order; Responded is their sum, people or hands.
	Distribution []workshop.LevelCount
	Responded    int
	Spread       string // the distribution in words: "1 Whole-hearted endorsement: 2 · 7 Serious disagreement: 1"
	Counts       string // "12 responses: 7 agree, 2 open, 3 disagree. Commitment: …"
	Tally        string // "12 responses · 7 agree · 2 open · 3 disagree"
	// Groups counts those who disagree and commit, withhold commitment
	// and block, naming them when they may be named: "Blocks:", "1 (Ana
	// Lima)". Said is the same as the projector says it.
	Groups []Field
	Said   []string
	// Failing says how many answers fail the pass rule, when the value
	// does not pass.
	Failing string
	// Reservations are the notes that came with answers, as a table, nil
	// when there are none to show; Quotes are the same as lines.
	Reservations *Table
	Quotes       []string
	// Mine is the reader's own answer on a personal sheet.
	Mine *Answer
	On   Medium
}

// Answer is a personal sheet reader's own answer on a value.
type Answer struct {
	Lines []Field // "Your answer:", "Your note:"
	// Level is the reader's level, to mark on the bar when Marked: not
	// when they gave no answer by name.
	Level  int
	Marked bool
	Group  string // the words before the group's result: "The group:"
}

// LoadChart is a load inventory's totals: today's load and the load after
// the decisions, by type, against the capacity (0 when none was stated).
type LoadChart struct {
	Unit        workshop.Unit
	Before      float64
	After       float64
	Capacity    float64
	ByType      map[workshop.LoadType]float64
	ByTypeAfter map[workshop.LoadType]float64
	Caption     string // the totals in one line, as the projector says them
	On          Medium
}

// Result is the chart's figures as workshop's analysis holds them, for
// drawing code written against it. Its item lists are empty.
func (c *LoadChart) Result() workshop.LoadResult {
	return workshop.LoadResult{Unit: c.Unit, Capacity: c.Capacity, Before: c.Before, After: c.After,
		ByType: c.ByType, ByTypeAfter: c.ByTypeAfter}
}

// Ecocycle is the ecocycle map: where each initiative stands, numbered in
// the order the step lists them.
type Ecocycle struct {
	Placements []Placement
	On         Medium
}

// Placement is one initiative on the ecocycle map.
type Placement struct {
	ID        string // the initiative's ID
	Number    int
	Name      string
	Phase     workshop.Phase
	Trap      workshop.Trap
	Direction workshop.Direction
	Contested bool
	Line      string // the placement in words: "Central intake — Rigidity trap, scale down"
}

// Initiatives is the map's initiatives as workshop holds them, for drawing
// code written against it: names, places and directions only.
func (e *Ecocycle) Initiatives() []workshop.Initiative {
	out := make([]workshop.Initiative, len(e.Placements))
	for i, p := range e.Placements {
		out[i] = workshop.Initiative{ID: p.ID, Name: p.Name, Phase: p.Phase, Trap: p.Trap, Direction: p.Direction, Contested: p.Contested}
	}
	return out
}

// TrendKind says what a trend chart follows.
type TrendKind int

const (
	// TrendValue follows one value: the share of those who answered who
	// commit, and whether it passed.
	TrendValue TrendKind = iota
	// TrendLoad follows one load inventory: before and after the
	// decisions, against capacity.
	TrendLoad
	// TrendActions follows the actions agreed at each session: how many
	// are done, dropped and still open.
	TrendActions
)

// TrendChart is one figure followed across the sessions of a series, a
// point a session in date order. The figures for its kind are set, with
// nil where a session has no such value or inventory.
type TrendChart struct {
	Kind    TrendKind
	Title   string
	Dates   []string
	Values  []*workshop.ValueFigures // TrendValue
	Load    []*workshop.LoadFigures  // TrendLoad
	Actions []workshop.ActionTally   // TrendActions
	// Points are each session's figures in a few words, as the chart
	// labels them ("4 of 4", "17→9", "3 of 4 done"); Caption is all of
	// them in a line.
	Points  []string
	Caption string
	On      Medium
}

func (b *TrendChart) Media() Medium  { return b.On }
func (b *Heading) Media() Medium     { return b.On }
func (b *Paragraph) Media() Medium   { return b.On }
func (b *Field) Media() Medium       { return b.On }
func (b *List) Media() Medium        { return b.On }
func (b *Callout) Media() Medium     { return b.On }
func (b *Table) Media() Medium       { return b.On }
func (b *Cover) Media() Medium       { return b.On }
func (b *Legend) Media() Medium      { return b.On }
func (b *ValueResult) Media() Medium { return b.On }
func (b *LoadChart) Media() Medium   { return b.On }
func (b *Ecocycle) Media() Medium    { return b.On }
