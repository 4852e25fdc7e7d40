package workshop

// Limits on what a session holds. The file validator enforces them and the
// screens check typing against the same constants, so a file the app
// loads is never one whose fields the app then refuses to edit (a load of
// 50 points once loaded and then refused every keystroke).
const (
	// MaxTimebox is the longest timebox a step takes, in minutes: a day.
	MaxTimebox = 24 * 60
	// MaxPoints is the heaviest load in points: points run from 1, light,
	// to 5, heavy. 0 means not rated yet, as a new item starts.
	MaxPoints = 5
	// MaxHours is the largest load in hours a week. It is far above any
	// real inventory (a team's items, not one person's week) and low
	// enough that a crafted file cannot make totals and charts misbehave.
	MaxHours = 1e6
	// MaxCapacity is the largest capacity a team can state, in either
	// unit: capacity is a total, so points are not capped at MaxPoints.
	MaxCapacity = 1e6
	// MaxCloseness is the top of the closeness rating (1 far from people,
	// 5 close); 0 means not rated.
	MaxCloseness = 5
	// MaxLayers is the most layers between resources and people an
	// initiative can record.
	MaxLayers = 100
)

// MaxLoad is the largest load one item can have in the unit. Any unit but
// hours counts as points, as Word reads it.
func (u Unit) MaxLoad() float64 {
	if u == UnitHours {
		return MaxHours
	}
	return MaxPoints
}
