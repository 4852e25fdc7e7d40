package workshop

import (
	"strings"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// NameKey is the form in which two typed names are compared: Unicode NFC
// (macOS hands "é" over as "e" plus a combining accent), case folded (so
// "STRAUSS" is "Strauß"), trimmed, and with runs of space made one. A
// Caser keeps state, so each call makes its own.
func NameKey(name string) string {
	folded := cases.Fold().String(norm.NFC.String(name))
	return norm.NFC.String(strings.Join(strings.Fields(folded), " "))
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
