package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"scaleroom/workshop"
)

// shot renders obj headless in the light and the dark theme and checks the
// pictures (see checkShot); with SCALEROOM_SHOTS=folder they are also
// written there as name-{light,dark}.png, to look at layouts without a
// display.
func shot(t *testing.T, name string, obj func() fyne.CanvasObject, size fyne.Size) {
	t.Helper()
	for _, v := range []struct {
		variant string
		th      fyne.Theme
	}{{"light", appThemeVariant(theme.VariantLight)}, {"dark", appThemeVariant(theme.VariantDark)}} {
		test.NewTempApp(t).Settings().SetTheme(v.th)
		w := test.NewWindow(obj())
		w.Resize(size)
		checkShot(t, w.Canvas(), name+"-"+v.variant, v.variant == "dark")
		w.Close()
	}
}

// shotSession is the scale-down template with some decisions made.
func shotSession(t *testing.T) *Editor {
	ts, err := workshop.BuiltinTemplates()
	if err != nil {
		t.Fatal(err)
	}
	var s *workshop.Session
	for _, tp := range ts {
		if tp.ID == "scale-down-90" {
			s = withExamples(tp.NewSession(time.Date(2026, 3, 12, 9, 0, 0, 0, time.UTC)))
		}
	}
	for _, n := range []string{"Ana", "Ben", "Chloé", "Dev"} {
		s.AddParticipant(n)
	}
	for i := range s.Steps {
		st := &s.Steps[i]
		if st.Load != nil {
			st.Load.Items[1].Decision, st.Load.Items[1].DecisionOwner, st.Load.Items[1].DecisionDate = workshop.DecisionStop, s.OwnerFromText("Ana"), "2026-04-01"
			st.Load.Items[3].Decision = workshop.DecisionLess
			st.Load.Items[6].Decision, st.Load.Items[6].DecisionOwner = workshop.DecisionStop, s.OwnerFromText("Ben")
		}
		if st.Reflection != nil {
			in := st.Reflection.Initiatives
			in[0].Phase, in[0].Trap, in[0].Direction, in[0].FirstAction = workshop.PhaseMaturity, workshop.TrapRigidity, workshop.DirectionDown, "Pilot direct referrals"
			in[1].Phase, in[1].Trap, in[1].Direction = workshop.PhaseBirth, workshop.TrapPoverty, workshop.DirectionUp
			in[2].Phase, in[2].Direction, in[2].Contested = workshop.PhaseMaturity, workshop.DirectionStop, true
			in[3].Phase, in[3].Direction = workshop.PhaseDestruction, workshop.DirectionHold
		}
	}
	s.AddAction("Stop the weekly dashboard", s.OwnerFromText("Ana"), "2026-04-01", s.Steps[1].ID)
	s.AddAction("Ask the board which pages they read", workshop.Owner{}, "", "")
	return &Editor{Session: s, Changed: func() {}, Now: time.Now}
}

func TestShots(t *testing.T) {
	size := fyne.NewSize(1000, 700)
	stepOf := func(ed *Editor, k workshop.StepKind) string {
		for _, st := range ed.Session.Steps {
			if st.Kind == k {
				return st.ID
			}
		}
		return ""
	}
	shot(t, "load", func() fyne.CanvasObject {
		ed := shotSession(t)
		ed.Window = test.NewWindow(nil)
		s := NewLoadScreen(ed, stepOf(ed, workshop.StepLoad))
		s.selectItem("l4")
		return s.Object()
	}, size)
	shot(t, "reflection", func() fyne.CanvasObject {
		ed := shotSession(t)
		ed.Window = test.NewWindow(nil)
		s := NewReflectionScreen(ed, stepOf(ed, workshop.StepReflection))
		s.selectInitiative("i1")
		return s.Object()
	}, size)
	shot(t, "projector-load", func() fyne.CanvasObject {
		ed := shotSession(t)
		p := NewProjector(ed, NewTimer(ed))
		p.SetStep(stepOf(ed, workshop.StepLoad))
		p.SetReveal(true)
		return p.Object()
	}, fyne.NewSize(1280, 720))
	shot(t, "projector-map", func() fyne.CanvasObject {
		ed := shotSession(t)
		p := NewProjector(ed, NewTimer(ed))
		p.SetStep(stepOf(ed, workshop.StepReflection))
		p.SetReveal(true)
		return p.Object()
	}, fyne.NewSize(1280, 720))
	shot(t, "summary", func() fyne.CanvasObject {
		ed := shotSession(t)
		return NewSummaryScreen(ed).Object()
	}, size)
	shot(t, "actions", func() fyne.CanvasObject {
		ed := shotSession(t)
		ed.Window = test.NewWindow(nil)
		return NewActionsScreen(ed).Object()
	}, size)
}
