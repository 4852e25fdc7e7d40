package workshop

import (
	"cmp"
	"crypto/sha256"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"
)

// NameKey is the form in which two typed names are compared: Unicode NFC
// (macOS hands "é" over as "e" plus a combining accent), case folded, and
// with runs of space made one.
func NameKey(name string) string {
	return strings.ToLower(strings.Join(strings.Fields(norm.NFC.String(name)), " "))
}

// SameName reports whether two typed names are the same name: equal after
// NameKey, so "ana lima" and "Ana  Lima" and an NFD "Ana Lima" all match.
func SameName(a, b string) bool {
	return a != "" && b != "" && NameKey(a) == NameKey(b)
}

// FindParticipant returns the participant a typed name or ID means: the
// exact name first, then an ID, then the name compared by NameKey when
// only one person fits. It returns nil when nobody, or more than one
// person, fits.
func (s *Session) FindParticipant(nameOrID string) *Participant {
	if p := s.ParticipantByName(nameOrID); p != nil {
		return p
	}
	if p := s.Participant(nameOrID); p != nil {
		return p
	}
	key := NameKey(nameOrID)
	if key == "" {
		return nil
	}
	var found *Participant
	for i := range s.Participants {
		if NameKey(s.Participants[i].Name) == key {
			if found != nil {
				return nil
			}
			found = &s.Participants[i]
		}
	}
	return found
}

// AnonymousOrder lists the participants' IDs in the order anonymous views
// number them: "Participant 1" is the first. Roster order would let anyone
// who saw the roster (or the room's seating) name every label, so the order
// is a hash of the session's identity and each participant's ID: the same
// for every export of a session, unrelated to the roster.
//
// A session file has no ID field, and adding one would change the format,
// so the identity is the session's creation time with its title and
// facilitator: they do not change as the session is edited, so a person
// keeps their label from one export to the next. The anonymous PDF prints
// none of the creation time; see export/anon.go for the limit of that.
func (s *Session) AnonymousOrder() []string {
	seed := sha256.New()
	for _, part := range []string{s.Created.UTC().Format(time.RFC3339Nano), s.Title, s.Facilitator} {
		seed.Write([]byte(strconv.Itoa(len(part)) + ":" + part))
	}
	key := seed.Sum(nil)
	type ranked struct {
		id   string
		hash [sha256.Size]byte
	}
	list := make([]ranked, 0, len(s.Participants))
	for _, p := range s.Participants {
		h := sha256.Sum256(append(append(slices.Clone(key), 0), p.ID...))
		list = append(list, ranked{p.ID, h})
	}
	slices.SortFunc(list, func(a, b ranked) int {
		if c := slices.Compare(a.hash[:], b.hash[:]); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	out := make([]string, len(list))
	for i, r := range list {
		out[i] = r.id
	}
	return out
}

// AnonymousLabels maps each participant's ID to their "Participant N"
// label, numbered in AnonymousOrder.
func (s *Session) AnonymousLabels() map[string]string {
	out := make(map[string]string, len(s.Participants))
	for i, id := range s.AnonymousOrder() {
		out[id] = "Participant " + strconv.Itoa(i+1)
	}
	return out
}
