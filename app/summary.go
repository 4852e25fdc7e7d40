package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"scaleroom/workshop"
)

// SummaryScreen shows every exercise's results on one scrolling page, from
// the same analysis the PDF prints, so what the facilitator reads out
// matches what participants receive.
type SummaryScreen struct {
	ed *Editor

	// Glance is the headline per exercise, the PDF's "at a glance".
	Glance *widget.Label
	// Sections holds one block per step, then the actions; rebuilt on
	// Refresh.
	Sections *fyne.Container
	scroll   *container.Scroll
	texts    []string // every label's text, in order, for tests
}

// NewSummaryScreen builds the summary.
func NewSummaryScreen(ed *Editor) *SummaryScreen {
	s := &SummaryScreen{ed: ed}
	s.Glance = widget.NewLabel("")
	s.Glance.Wrapping = fyne.TextWrapWord
	s.Sections = container.NewVBox()
	s.scroll = container.NewVScroll(container.NewVBox(heading("At a glance"), s.Glance, s.Sections))
	s.Refresh()
	return s
}

// Object is the screen's root widget.
func (s *SummaryScreen) Object() fyne.CanvasObject { return s.scroll }

// Text is the whole page as text, a paragraph a line.
func (s *SummaryScreen) Text() string {
	return s.Glance.Text + "\n" + strings.Join(s.texts, "\n")
}

// Refresh rebuilds the page from the session.
func (s *SummaryScreen) Refresh() {
	sess := s.ed.Session
	s.Glance.SetText(glanceText(sess))
	s.texts = s.texts[:0]
	var objs []fyne.CanvasObject
	add := func(text string, bold bool) {
		if text == "" {
			return
		}
		l := widget.NewLabel(text)
		l.Wrapping = fyne.TextWrapWord
		l.TextStyle = fyne.TextStyle{Bold: bold}
		objs = append(objs, l)
		s.texts = append(s.texts, text)
	}
	section := func(title string) {
		objs = append(objs, widget.NewSeparator())
		l := widget.NewLabel(title)
		l.TextStyle = fyne.TextStyle{Bold: true}
		l.Importance = widget.HighImportance
		l.SizeName = theme.SizeNameSubHeadingText
		l.Wrapping = fyne.TextWrapWord
		objs = append(objs, l)
		s.texts = append(s.texts, title)
	}

	section("Agenda")
	add(agendaText(sess), false)
	for i := range sess.Steps {
		st := &sess.Steps[i]
		switch {
		case st.Values != nil:
			section(st.Heading())
			for _, block := range valuesSummary(sess, st.Values) {
				if block.dist != nil {
					objs = append(objs, NewDistributionBar(block.dist))
				}
				add(block.text, block.bold)
			}
		case st.Load != nil:
			r := st.Load.Analyse(sess.Participants)
			section(st.Heading())
			if st.Load.Team != "" {
				add("Team: "+st.Load.Team, false)
			}
			add(loadTotalsText(r), false)
			add("Cognitive-load warnings (Team Topologies)", true)
			add(loadWarningsText(r, false, 0), false)
			add(decisionsTitle, true)
			add(stopListText(sess, r, false), false)
		case st.Reflection != nil:
			r := st.Reflection.Analyse()
			section(st.Heading())
			add(reflectionPhasesText(&r), false)
			add(reflectionSummaryText(r), false)
			add(firstActionsText(st.Reflection), false)
		}
	}
	section("Actions")
	add(actionsText(sess), false)
	s.Sections.Objects = objs
	s.Sections.Refresh()
}

// glanceText is the headline lines the PDF shows too.
func glanceText(sess *workshop.Session) string {
	return "• " + strings.Join(sess.Glance(), "\n• ")
}

// agendaText lists the steps with plan and time used.
func agendaText(sess *workshop.Session) string {
	var b strings.Builder
	for i, st := range sess.Steps {
		fmt.Fprintf(&b, "%d. %s — %d min planned", i+1, st.Title, st.Timebox)
		if st.UsedSeconds > 0 {
			fmt.Fprintf(&b, ", %s used", FormatClock(st.UsedSeconds))
		}
		if st.Done {
			b.WriteString(", done")
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "Total: %d min planned", sess.PlannedMinutes())
	if u := sess.UsedSeconds(); u > 0 {
		fmt.Fprintf(&b, ", %s used", FormatClock(u))
	}
	return b.String()
}

// textBlock is a paragraph of the summary; dist, when set, is drawn as a
// distribution bar above it, as on the values screen and the projector.
type textBlock struct {
	text string
	bold bool
	dist []workshop.LevelCount
}

// valuesSummary is each value's verdict, distribution, commitment and the
// people behind the numbers.
func valuesSummary(sess *workshop.Session, e *workshop.ValuesExercise) []textBlock {
	r := e.Analyse(sess.Participants)
	out := []textBlock{{text: fmt.Sprintf("Scale: %s. %s.", r.Scale.Name, r.Scale.Pass.Describe())}}
	name := func(id string) string {
		if p := sess.Participant(id); p != nil {
			return p.Name
		}
		return "?"
	}
	named := e.Mode != workshop.ModeTally
	for i := range r.Values {
		vr := &r.Values[i]
		out = append(out, textBlock{text: fmt.Sprintf("%s — %s", vr.Value.Name, strings.ToLower(vr.Verdict())), bold: true})
		var b strings.Builder
		if vr.Responded > 0 {
			fmt.Fprintf(&b, "%s\n%s", distributionText(vr.Distribution), vr.CountsSentence())
		}
		group := func(label string, n int, ids []string) {
			if n == 0 {
				return
			}
			fmt.Fprintf(&b, "\n%s %d", label, n)
			if named && len(ids) > 0 {
				fmt.Fprintf(&b, " (%s)", participantNames(sess, ids))
			}
		}
		group("Disagree and commit:", vr.DisagreeAndCommit, vr.DisagreeAndCommitPeople)
		group("Withheld commitment:", vr.Withheld, vr.WithheldPeople)
		group("Blocks:", vr.Blocks, vr.BlockPeople)
		for _, res := range vr.Reservations {
			fmt.Fprintf(&b, "\n“%s” — %s", res.Note, name(res.Participant))
		}
		if b.Len() > 0 {
			block := textBlock{text: strings.TrimPrefix(b.String(), "\n")}
			if vr.Responded > 0 {
				block.dist = vr.Distribution
			}
			out = append(out, block)
		}
	}
	if len(r.Values) == 0 {
		out = append(out, textBlock{text: "No values on the list."})
	}
	return out
}

// participantNames lists the names of the participants with these IDs.
func participantNames(sess *workshop.Session, ids []string) string {
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		if p := sess.Participant(id); p != nil {
			names = append(names, p.Name)
		}
	}
	return strings.Join(names, ", ")
}

// reflectionPhasesText lists the initiatives per ecocycle phase.
func reflectionPhasesText(r *workshop.ReflectionResult) string {
	var lines []string
	for _, p := range append(append([]workshop.Phase{}, workshop.Phases...), workshop.PhaseNone) {
		list := r.ByPhase[p]
		if len(list) == 0 {
			continue
		}
		n := make([]string, len(list))
		for i, in := range list {
			n[i] = in.Name
			if in.Direction != "" {
				n[i] += " (" + strings.ToLower(in.Direction.Label()) + ")"
			}
		}
		lines = append(lines, fmt.Sprintf("%s: %s", p.Label(), strings.Join(n, ", ")))
	}
	return strings.Join(lines, "\n")
}

// firstActionsText lists the first action decided for each initiative.
func firstActionsText(e *workshop.ReflectionExercise) string {
	var lines []string
	for _, in := range e.Initiatives {
		if in.FirstAction != "" {
			lines = append(lines, fmt.Sprintf("First action for %s: %s", in.Name, in.FirstAction))
		}
	}
	return strings.Join(lines, "\n")
}

// actionsText lists open actions by owner, then those done.
func actionsText(sess *workshop.Session) string {
	if len(sess.Actions) == 0 {
		return "No actions recorded yet."
	}
	var lines []string
	for _, g := range sess.OpenActionsByOwner() {
		owner := g.Name
		if owner == "" {
			owner = "No owner yet"
		}
		lines = append(lines, owner+":")
		for _, a := range g.Actions {
			line := "  • " + a.Text
			if a.Due != "" {
				line += " (due " + a.Due + ")"
			}
			lines = append(lines, line)
		}
	}
	done := 0
	for _, a := range sess.Actions {
		if a.Done {
			done++
		}
	}
	if done > 0 {
		lines = append(lines, fmt.Sprintf("Done: %s.", plural(done, "action", "actions")))
	}
	return strings.Join(lines, "\n")
}
