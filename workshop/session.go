// Package workshop holds Scaleroom's domain: sessions, their exercises,
// decision scales, the analysis both the screens and the PDF show, templates,
// and the session file format. It knows nothing of Fyne or PDF.
package workshop

import "time"

// Session is one workshop: who was in the room, the agenda, what each step
// recorded, and the actions that came out of it.
type Session struct {
	Title        string        `json:"title"`
	Organisation string        `json:"organisation,omitempty"`
	Facilitator  string        `json:"facilitator,omitempty"`
	Date         string        `json:"date,omitempty"` // YYYY-MM-DD, the day of the workshop
	Location     string        `json:"location,omitempty"`
	Participants []Participant `json:"participants"`
	Steps        []Step        `json:"steps"`
	Actions      []Action      `json:"actions"`
	Notes        string        `json:"notes,omitempty"`
	Created      time.Time     `json:"created"`
	Modified     time.Time     `json:"modified"`
	Template     string        `json:"template,omitempty"` // ID of the template it started from
	// Series ties the sessions of a recurring workshop together (see
	// SeriesID); Previous links a follow-up to the session it follows.
	Series   string        `json:"series,omitempty"`
	Previous *PreviousLink `json:"previous,omitempty"`
}

// Participant is a person in the room. Responses refer to participants by ID,
// so renaming someone never orphans what they said.
type Participant struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Role  string `json:"role,omitempty"`
	Team  string `json:"team,omitempty"`
	Level string `json:"level,omitempty"` // place in the hierarchy, e.g. "front line", "executive"
}

// StepKind says which exercise, if any, a step runs.
type StepKind string

// The step kinds. Only values, load and reflection steps carry an exercise.
const (
	StepOpening    StepKind = "opening"
	StepValues     StepKind = "values"
	StepLoad       StepKind = "load"
	StepReflection StepKind = "reflection"
	StepDiscussion StepKind = "discussion"
	StepBreak      StepKind = "break"
	StepClosing    StepKind = "closing"
	// StepReview is "Since last time" in a follow-up: the actions carried
	// over are marked done, carried on or dropped, and the results are
	// compared with the previous session. It has no exercise object: what
	// it records lives on the carried actions.
	StepReview StepKind = "review"
)

// StepKinds lists every kind in the order a picker shows them.
var StepKinds = []StepKind{StepOpening, StepReview, StepValues, StepLoad, StepReflection, StepBelonging, StepDiscussion, StepBreak, StepClosing}

// Step is one agenda item: a timeboxed part of the workshop with a prompt the
// facilitator reads out, and the result it recorded.
type Step struct {
	ID          string              `json:"id"`
	Kind        StepKind            `json:"kind"`
	Title       string              `json:"title"`
	Prompt      string              `json:"prompt,omitempty"`
	Timebox     int                 `json:"timebox"`                // planned minutes
	UsedSeconds int                 `json:"used_seconds,omitempty"` // time the timer recorded
	Done        bool                `json:"done,omitempty"`
	Values      *ValuesExercise     `json:"values,omitempty"`
	Load        *LoadExercise       `json:"load,omitempty"`
	Reflection  *ReflectionExercise `json:"reflection,omitempty"`
	Belonging   *BelongingExercise  `json:"belonging,omitempty"`
}

// Action is something someone agreed to do after the workshop.
type Action struct {
	ID    string `json:"id"`
	Text  string `json:"text"`
	Owner Owner  `json:"owner,omitzero"`
	Due   string `json:"due,omitempty"`  // YYYY-MM-DD
	Step  string `json:"step,omitempty"` // ID of the step it came from
	Done  bool   `json:"done,omitempty"`
	// Dropped: the room decided not to do it after all. Done wins over
	// Dropped when both are set, so ticking an action done never leaves it
	// in two states.
	Dropped bool `json:"dropped,omitempty"`
	// CarriedFrom is the date of the session of the series where the
	// action was agreed, for an action a follow-up carried over; "" for one
	// agreed in this session. With the ID it names the action across the
	// series.
	CarriedFrom string `json:"carried_from,omitempty"`
}

// Open reports whether an action is still to do: neither done nor dropped.
func (a *Action) Open() bool { return !a.Done && !a.Dropped }

// Carried reports whether the action came over from an earlier session.
func (a *Action) Carried() bool { return a.CarriedFrom != "" }

// PlannedMinutes is the sum of the steps' timeboxes.
func (s *Session) PlannedMinutes() int {
	total := 0
	for _, st := range s.Steps {
		total += st.Timebox
	}
	return total
}

// Participant returns the participant with the given ID, or nil.
func (s *Session) Participant(id string) *Participant {
	for i := range s.Participants {
		if s.Participants[i].ID == id {
			return &s.Participants[i]
		}
	}
	return nil
}

// ParticipantByName returns the participant with exactly that name, or nil.
func (s *Session) ParticipantByName(name string) *Participant {
	for i := range s.Participants {
		if s.Participants[i].Name == name {
			return &s.Participants[i]
		}
	}
	return nil
}

// Step returns the step with the given ID, or nil.
func (s *Session) Step(id string) *Step {
	for i := range s.Steps {
		if s.Steps[i].ID == id {
			return &s.Steps[i]
		}
	}
	return nil
}

// ParticipantIndex returns the 1-based position of a participant in the
// roster; 0 if unknown. Anonymous views must not number people at all:
// a number per person ties their answers together.
func (s *Session) ParticipantIndex(id string) int {
	for i, p := range s.Participants {
		if p.ID == id {
			return i + 1
		}
	}
	return 0
}
