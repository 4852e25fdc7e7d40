package workshop

// Phase is a place on the ecocycle (Liberating Structures' Ecocycle
// Planning).
type Phase string

// Ecocycle phases. The empty phase means "not placed yet".
const (
	PhaseNone        Phase = ""
	PhaseBirth       Phase = "birth"       // gestation: new and not yet proven
	PhaseMaturity    Phase = "maturity"    // growth into an established activity
	PhaseDestruction Phase = "destruction" // creative destruction: letting go
	PhaseRenewal     Phase = "renewal"     // reorganising from what was let go
)

// Trap is one of the ecocycle's two traps.
type Trap string

// Ecocycle traps. The empty trap means the initiative is in none.
const (
	TrapNone     Trap = ""
	TrapRigidity Trap = "rigidity" // holding on to a mature activity too long
	TrapPoverty  Trap = "poverty"  // starving a promising new activity
)

// Direction is what the room chose for an initiative.
type Direction string

// Directions the room can choose. The empty direction means "not decided".
const (
	DirectionNone Direction = ""
	DirectionUp   Direction = "up"
	DirectionHold Direction = "hold"
	DirectionDown Direction = "down"
	DirectionStop Direction = "stop"
)

// Choice lists for pickers and validation, in the order they are shown.
var (
	Phases     = []Phase{PhaseBirth, PhaseMaturity, PhaseDestruction, PhaseRenewal}
	Traps      = []Trap{TrapRigidity, TrapPoverty}
	Directions = []Direction{DirectionUp, DirectionHold, DirectionDown, DirectionStop}
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
	Phase    Phase  `json:"phase,omitempty"`
	Trap     Trap   `json:"trap,omitempty"`
	Evidence string `json:"evidence,omitempty"`
	// Closeness is how close it stays to people and relationships, 1 (far)
	// to 5 (close); 0 when not rated.
	Closeness int `json:"closeness,omitempty"`
	// Layers counts the layers of process or management between the
	// resources and the people served.
	Layers      int       `json:"layers,omitempty"`
	Direction   Direction `json:"direction,omitempty"`
	Rationale   string    `json:"rationale,omitempty"`
	FirstAction string    `json:"first_action,omitempty"`
	// Contested marks a placement the room did not agree on.
	Contested bool `json:"contested,omitempty"`
}

// ReflectionResult groups the initiatives for the map and the tables.
type ReflectionResult struct {
	ByPhase     map[Phase][]*Initiative     // "" for not placed
	ByDirection map[Direction][]*Initiative // "" for not decided
	InTrap      map[Trap][]*Initiative
	Contested   []*Initiative
	// NoFirstAction lists initiatives in a trap that lack a first action:
	// the method asks for one for each.
	NoFirstAction []*Initiative
}

// Analyse groups the initiatives, keeping their order within each group.
func (e *ReflectionExercise) Analyse() ReflectionResult {
	r := ReflectionResult{
		ByPhase:     map[Phase][]*Initiative{},
		ByDirection: map[Direction][]*Initiative{},
		InTrap:      map[Trap][]*Initiative{},
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
