package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"scaleroom/workshop"
)

func TestProjectorRevealAndAnonymous(t *testing.T) {
	f := newFixture(t)
	values := f.withResponses(t)
	values.Prompt = "Show your level on three."
	load := f.step(workshop.StepLoad)
	load.Load.Capacity = 6
	it := load.Load.AddItem("Weekly report")
	it.Owner, it.Load, it.Decision, it.DecisionOwner = workshop.ParticipantOwner("p2"), 4, workshop.DecisionStop, workshop.ParticipantOwner("p2")
	it2 := load.Load.AddItem("On-call")
	it2.Owner, it2.Load, it2.Complexity = workshop.ParticipantOwner("p1"), 5, workshop.Complex
	it3 := load.Load.AddItem("Pairing")
	it3.Owner, it3.Load, it3.Complexity = workshop.ParticipantOwner("p1"), 1, workshop.Simple

	tm := NewTimer(f.ed)
	p := NewProjector(f.ed, tm)
	w := test.NewWindow(p.Object())
	defer w.Close()
	w.Resize(fyne.NewSize(1280, 800))

	p.SetStep(values.ID)
	txt := p.Text()
	// Hidden, the room reads the value it votes on, not the facilitator's
	// prompt (TestProjectorShowsTheValueBeingVotedOn has the rest).
	if !strings.Contains(txt, "Values") || !strings.Contains(txt, "Decide close to the work") || !strings.Contains(txt, "30:00") {
		t.Errorf("projector lacks title, value or clock:\n%s", txt)
	}
	if strings.Contains(txt, "Show your level on three.") || strings.Contains(drawnText(p.Object()), "Show your level on three.") {
		t.Errorf("the projector shows the facilitator's prompt on a values step:\n%s", txt)
	}
	if strings.Contains(drawnText(p.Object()), "does not pass") || strings.Contains(drawnText(p.Object()), "Ben") {
		t.Errorf("result shown before reveal:\n%s", drawnText(p.Object()))
	}

	p.SetReveal(true)
	txt = p.Text()
	for _, want := range []string{
		"Decide close to the work\nDoes not pass",
		"1 Whole-hearted endorsement: 1 · 6 Don't like it, but will support it: 1 · 7 Serious disagreement: 1",
		"1 agree · 0 open · 2 disagree",
		"Disagree and commit: 1 (Ben)",
		"Withhold commitment: 1 (Chloé)",
	} {
		if !strings.Contains(txt, want) {
			t.Errorf("revealed projector lacks %q:\n%s", want, txt)
		}
	}
	drawn := drawnText(p.Object())
	if !strings.Contains(drawn, "Ben") || !strings.Contains(drawn, "Decide close to the work") {
		t.Errorf("revealed result not drawn:\n%s", drawn)
	}

	// Anonymous: the counts stay, the names go, everywhere on screen.
	p.SetAnonymous(true)
	txt, drawn = p.Text(), drawnText(p.Object())
	if !strings.Contains(txt, "Disagree and commit: 1\n") || !strings.Contains(txt, "Withhold commitment: 1") {
		t.Errorf("anonymous projector lost the counts:\n%s", txt)
	}
	for _, name := range []string{"Ana", "Ben", "Chloé", "budgets"} {
		if strings.Contains(drawn, name) || strings.Contains(txt, name) {
			t.Errorf("anonymous projector shows %q:\n%s", name, drawn)
		}
	}

	// A new step starts hidden again, and the load result keeps names out.
	p.SetStep(load.ID)
	if p.Revealed() || !strings.Contains(p.Text(), "Results appear here") {
		t.Error("moving to the next step kept the result revealed")
	}
	p.SetReveal(true)
	txt, drawn = p.Text(), drawnText(p.Object())
	for _, want := range []string{"Today 10, after the decisions 6, capacity 6", "Stop:\n• Weekly report", "about named owners, not shown in anonymous mode"} {
		if !strings.Contains(txt, want) {
			t.Errorf("anonymous load result lacks %q:\n%s", want, txt)
		}
	}
	if !strings.Contains(drawn, "Today: 10 points") || !strings.Contains(drawn, "Capacity 6") {
		t.Errorf("load bar not drawn:\n%s", drawn)
	}
	for _, name := range []string{"Ana", "Ben"} {
		if strings.Contains(drawn, name) {
			t.Errorf("anonymous load result shows %q:\n%s", name, drawn)
		}
	}
	p.SetAnonymous(false)
	if txt := p.Text(); !strings.Contains(txt, "Weekly report (Ben)") || !strings.Contains(txt, `Ana carries a complex domain ("On-call")`) {
		t.Errorf("named load result lacks owners:\n%s", txt)
	}

	// The clock follows the timer, with its warnings.
	tm.Start(load.ID)
	f.clock.Advance(39*time.Minute + 30*time.Second)
	tm.Tick()
	if p.Clock.Text != "0:30" || p.clockBG.FillColor != timerColor(TimerWarning) {
		t.Errorf("projector clock %q, colour %v", p.Clock.Text, p.clockBG.FillColor)
	}
	// On another step the room reads that step's own clock, not the one
	// still running for the load (TestProjectorShowsTheStepsOwnClock).
	p.SetStep(f.step(workshop.StepReflection).ID)
	f.clock.Advance(time.Minute)
	tm.Tick()
	if p.Clock.Text != "25:00" || p.clockBG.FillColor != timerColor(TimerOK) {
		t.Errorf("projector on the reflection step shows %q, colour %v", p.Clock.Text, p.clockBG.FillColor)
	}
	p.SetStep(load.ID)
	if p.Clock.Text != "-0:30" || p.clockBG.FillColor != timerColor(TimerOver) {
		t.Errorf("projector clock %q after the timebox, colour %v", p.Clock.Text, p.clockBG.FillColor)
	}
}

func TestProjectorShowsTheEcocycleMap(t *testing.T) {
	f := newFixture(t)
	refl := f.step(workshop.StepReflection)
	in := refl.Reflection.AddInitiative("Central intake")
	in.Phase, in.Trap, in.Direction = workshop.PhaseMaturity, workshop.TrapRigidity, workshop.DirectionDown
	p := NewProjector(f.ed, nil)
	w := test.NewWindow(p.Object())
	defer w.Close()
	w.Resize(fyne.NewSize(1280, 800))
	p.SetStep(refl.ID)
	p.SetReveal(true)
	// The areas' names may wrap in their bands at the projector's size.
	drawn := strings.ReplaceAll(drawnText(p.Object()), "\n", " ")
	for _, want := range []string{"Rigidity trap", "Poverty trap", "Creative destruction", "Central intake", "Scale down"} {
		if !strings.Contains(drawn, want) {
			t.Errorf("map lacks %q:\n%s", want, drawn)
		}
	}
	// A step without a result shows no hidden notice.
	p.SetStep(f.step(workshop.StepOpening).ID)
	if strings.Contains(p.Text(), "Results appear here") {
		t.Error("an opening step promises results")
	}
}

// TestAnonymousProjectorListsActionsByDueDate: grouped by owner, even with
// owners hidden, the room could tell whose actions they are.
func TestAnonymousProjectorListsActionsByDueDate(t *testing.T) {
	f := newFixture(t)
	closing := f.step(workshop.StepClosing)
	f.ed.Session.Actions = []workshop.Action{
		{ID: "a1", Text: "Ana's later task", Owner: workshop.ParticipantOwner("p1"), Due: "2026-05-01"},
		{ID: "a2", Text: "Zed's sooner task", Owner: workshop.NamedOwner("Zed"), Due: "2026-04-01"},
		{ID: "a3", Text: "Ana's sooner task", Owner: workshop.ParticipantOwner("p1"), Due: "2026-04-15"},
	}
	p := NewProjector(f.ed, NewTimer(f.ed))
	w := test.NewWindow(p.Object())
	defer w.Close()
	p.SetStep(closing.ID)
	p.SetReveal(true)
	order := func() []int {
		txt := p.Text()
		return []int{strings.Index(txt, "Zed's sooner"), strings.Index(txt, "Ana's sooner"), strings.Index(txt, "Ana's later")}
	}
	// Named: Ana's two first (by owner), then Zed's.
	if o := order(); !(o[1] < o[2] && o[2] < o[0]) {
		t.Errorf("named order (Zed, Ana sooner, Ana later at %v):\n%s", o, p.Text())
	}
	p.SetAnonymous(true)
	if o := order(); !(o[0] >= 0 && o[0] < o[1] && o[1] < o[2]) {
		t.Errorf("anonymous order should be by due date (Zed, Ana sooner, Ana later at %v):\n%s", o, p.Text())
	}
	if strings.Contains(p.Text(), "Zed —") || strings.Contains(p.Text(), "— Ana") {
		t.Errorf("anonymous projector shows owners:\n%s", p.Text())
	}
}
