package workshop

import (
	"cmp"
	"slices"
	"strings"
)

// Owner says who owns an action, a load item or a load decision: a
// participant of the session by ID, so that renaming them keeps every link,
// or, for someone who was not in the room ("Finance team"), a name as
// typed. At most one of the two is set; neither means nobody owns it yet.
// The file writes it as {"participant": "p3"} or {"name": "Finance team"}.
type Owner struct {
	Participant string `json:"participant,omitempty"` // ID of a participant of the session
	Name        string `json:"name,omitempty"`        // someone outside the room, as typed
}

// ParticipantOwner is ownership by the participant with that ID.
func ParticipantOwner(id string) Owner { return Owner{Participant: id} }

// NamedOwner is ownership by someone outside the room; blank text is no
// owner.
func NamedOwner(name string) Owner { return Owner{Name: strings.TrimSpace(name)} }

// IsZero reports that nobody owns it yet. The encoder uses it to leave the
// field out.
func (o Owner) IsZero() bool { return o.Participant == "" && o.Name == "" }

// OwnerName is the name an owner is shown and printed under: the
// participant's current name for an ID, the text otherwise. An ID that
// names nobody (only possible in a session not yet validated) is shown as
// itself rather than as nothing, so the ownership stays visible.
func (s *Session) OwnerName(o Owner) string {
	if o.Participant != "" {
		if p := s.Participant(o.Participant); p != nil {
			return p.Name
		}
		return o.Participant
	}
	return o.Name
}

// OwnerFromText turns what a facilitator typed or picked into an owner:
// the participant with exactly that name, or else the one participant whose
// name it is once compared by NameKey; anything else, someone outside the
// room, as free text. Blank text is no owner. IDs typed as text are not
// looked up: "p3" typed as an owner is a name, not a reference.
func (s *Session) OwnerFromText(text string) Owner {
	text = strings.TrimSpace(text)
	if text == "" {
		return Owner{}
	}
	if p := s.ParticipantByName(text); p != nil {
		return ParticipantOwner(p.ID)
	}
	if p := newOwnerIndex(s.Participants).byName(text); p != nil {
		return ParticipantOwner(p.ID)
	}
	return NamedOwner(text)
}

// OwnerMatcher returns a test for "this owner is that participant", the
// rule personal sheets use: an owner by the participant's ID, or free text
// that is their name and nobody else's once compared by NameKey (a name
// typed before they were added to the roster, or kept as text when they were
// removed and added again). It is built once so that checking every item
// of a large session stays cheap.
func (s *Session) OwnerMatcher(participantID string) func(Owner) bool {
	p := s.Participant(participantID)
	if p == nil {
		return func(o Owner) bool { return o.Participant != "" && o.Participant == participantID }
	}
	idx := newOwnerIndex(s.Participants)
	key := NameKey(p.Name)
	mine := idx.byKey[key] == p
	return func(o Owner) bool {
		if o.Participant != "" {
			return o.Participant == p.ID
		}
		return mine && o.Name != "" && NameKey(o.Name) == key
	}
}

// ownerIndex resolves owners against a roster: IDs, and free text by
// NameKey.
type ownerIndex struct {
	byID  map[string]*Participant
	byKey map[string]*Participant // nil value: more than one person has that key
}

func newOwnerIndex(ps []Participant) *ownerIndex {
	x := &ownerIndex{byID: make(map[string]*Participant, len(ps)), byKey: make(map[string]*Participant, len(ps))}
	for i := range ps {
		p := &ps[i]
		x.byID[p.ID] = p
		k := NameKey(p.Name)
		if _, dup := x.byKey[k]; dup {
			x.byKey[k] = nil
			continue
		}
		x.byKey[k] = p
	}
	return x
}

// byName is the one participant whose name is text by NameKey, or nil.
func (x *ownerIndex) byName(text string) *Participant {
	k := NameKey(text)
	if k == "" {
		return nil
	}
	return x.byKey[k]
}

// identity is what groups owners: the participant an ID or a free-text
// name means, or else the text itself. It returns a key that is equal for
// the same owner, the name to show for it, and the participant, if any.
func (x *ownerIndex) identity(o Owner) (key, name string, p *Participant) {
	switch {
	case o.Participant != "":
		if p := x.byID[o.Participant]; p != nil {
			return "p\x00" + p.ID, p.Name, p
		}
		return "p\x00" + o.Participant, o.Participant, nil
	case o.Name == "":
		return "", "", nil
	}
	if p := x.byName(o.Name); p != nil {
		return "p\x00" + p.ID, p.Name, p
	}
	return "t\x00" + o.Name, o.Name, nil
}

// OwnerKey identifies an owner for grouping and filtering: equal for an ID
// and for free text that is that participant's name (see OwnerMatcher),
// equal for the same free text, "" for no owner.
func (s *Session) OwnerKey(o Owner) string { return s.OwnerKeys()(o) }

// OwnerKeys is OwnerKey with the roster indexed once, for checking many
// owners against the same session.
func (s *Session) OwnerKeys() func(Owner) string {
	idx := newOwnerIndex(s.Participants)
	return func(o Owner) string {
		k, _, _ := idx.identity(o)
		return k
	}
}

// OwnerChoice is one distinct owner: its identity and the name shown.
type OwnerChoice struct {
	Key  string
	Name string
}

// OwnerChoices lists the distinct owners of the session's actions, sorted
// by name, for a filter.
func (s *Session) OwnerChoices() []OwnerChoice {
	idx := newOwnerIndex(s.Participants)
	seen := map[string]bool{}
	var out []OwnerChoice
	for _, a := range s.Actions {
		k, n, _ := idx.identity(a.Owner)
		if k != "" && !seen[k] {
			seen[k] = true
			out = append(out, OwnerChoice{k, n})
		}
	}
	slices.SortStableFunc(out, func(a, b OwnerChoice) int {
		return cmp.Or(strings.Compare(a.Name, b.Name), strings.Compare(a.Key, b.Key))
	})
	return out
}

// forEachOwner calls f with every owner field of the session: actions, load
// items and load decisions.
func (s *Session) forEachOwner(f func(o *Owner)) {
	for i := range s.Actions {
		f(&s.Actions[i].Owner)
	}
	for i := range s.Steps {
		if l := s.Steps[i].Load; l != nil {
			for j := range l.Items {
				f(&l.Items[j].Owner)
				f(&l.Items[j].DecisionOwner)
			}
		}
	}
}

// OwnershipCount counts the actions, load items and decisions a participant
// owns by ID, so the roster can say what their removal turns into text.
func (s *Session) OwnershipCount(id string) int {
	n := 0
	s.forEachOwner(func(o *Owner) {
		if o.Participant == id {
			n++
		}
	})
	return n
}

// ownersToText turns every ownership by the participant into free text of
// their name, before they leave the roster: the PDF still says who took
// it on, and nothing points at an ID that no longer exists.
func (s *Session) ownersToText(p *Participant) {
	s.forEachOwner(func(o *Owner) {
		if o.Participant == p.ID {
			*o = NamedOwner(p.Name)
		}
	})
}
