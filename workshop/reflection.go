package workshop

// Ecocycle phases (Liberating Structures' Ecocycle Planning).
const (
	PhaseBirth       = "birth"       // gestation: new and not yet proven
	PhaseMaturity    = "maturity"    // growth into an established activity
	PhaseDestruction = "destruction" // creative destruction: letting go
	PhaseRenewal     = "renewal"     // reorganising from what was let go
)

// Ecocycle traps.
const (
	TrapRigidity = "rigidity" // holding on to a mature activity too long
	TrapPoverty  = "poverty"  // starving a promising new activity
)

// Directions the room can choose for an initiative.
const (
	DirectionUp   = "up"
	DirectionHold = "hold"
	DirectionDown = "down"
	DirectionStop = "stop"
)

// Choice lists for pickers, in the order they are shown.
var (
	Phases     = []string{PhaseBirth, PhaseMaturity, PhaseDestruction, PhaseRenewal}
	Traps      = []string{TrapRigidity, TrapPoverty}
	Directions = []string{DirectionUp, DirectionHold, DirectionDown, DirectionStop}
)

// ReflectionExercise is the scale-up or scale-down reflection: initiatives
// placed on the ecocycle, each with a direction.
type ReflectionExercise struct {
	Initiatives []Initiative `json:"initiatives"`
}

// Initiative is an activity or unit the room reflects on.
type Initiative struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Phase    string `json:"phase,omitempty"`
	Trap     string `json:"trap,omitempty"`
	Evidence string `json:"evidence,omitempty"`
	// Closeness is how close it stays to people and relationships, 1 (far)
	// to 5 (close); 0 when not rated.
	Closeness int `json:"closeness,omitempty"`
	// Layers counts the layers of process or management between the
	// resources and the people served.
	Layers      int    `json:"layers,omitempty"`
	Direction   string `json:"direction,omitempty"`
	Rationale   string `json:"rationale,omitempty"`
	FirstAction string `json:"first_action,omitempty"`
	// Contested marks a placement the room did not agree on.
	Contested bool `json:"contested,omitempty"`
}

// ReflectionResult groups the initiatives for the map and the tables.
type ReflectionResult struct {
	ByPhase     map[string][]*Initiative // "" for not placed
	ByDirection map[string][]*Initiative // "" for not decided
	InTrap      map[string][]*Initiative
	Contested   []*Initiative
	// NoFirstAction lists initiatives in a trap that lack a first action:
	// the method asks for one for each.
	NoFirstAction []*Initiative
}

// Analyse groups the initiatives, keeping their order within each group.
func (e *ReflectionExercise) Analyse() ReflectionResult {
	r := ReflectionResult{
		ByPhase:     map[string][]*Initiative{},
		ByDirection: map[string][]*Initiative{},
		InTrap:      map[string][]*Initiative{},
	}
	for i := range e.Initiatives {
		in := &e.Initiatives[i]
		r.ByPhase[in.Phase] = append(r.ByPhase[in.Phase], in)
		r.ByDirection[in.Direction] = append(r.ByDirection[in.Direction], in)
		if in.Trap != "" {
			r.InTrap[in.Trap] = append(r.InTrap[in.Trap], in)
			if in.FirstAction == "" {
				r.NoFirstAction = append(r.NoFirstAction, in)
			}
		}
		if in.Contested {
			r.Contested = append(r.Contested, in)
		}
	}
	return r
}
