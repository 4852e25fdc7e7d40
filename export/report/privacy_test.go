package report

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"scaleroom/workshop"
	"scaleroom/workshop/workshoptest"
)

// walkStrings calls f with every string in v: fields, elements, map keys
// and values, through pointers and interfaces.
func walkStrings(v any, f func(string)) {
	var walk func(reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			f(v.String())
		case reflect.Pointer, reflect.Interface:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Struct:
			for i := range v.NumField() {
				walk(v.Field(i))
			}
		case reflect.Slice, reflect.Array:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Map:
			for it := v.MapRange(); it.Next(); {
				walk(it.Key())
				walk(it.Value())
			}
		}
	}
	walk(reflect.ValueOf(v))
}

// roomOf40 is the largest room the app is made for: 40 people, one of
// them with a 2,000-character name, everyone answering every value, with
// names in every kind of free text: notes, reservations, item names and
// notes, initiatives, first actions, actions, titles.
func roomOf40(mention bool) *workshop.Session {
	s := workshoptest.Session(workshoptest.Size{Participants: 40, Values: 8, LoadItems: 60, Initiatives: 20})
	first := []string{"Aurelio", "Brigida", "Casimir", "Dagny", "Eulalia", "Florentyna", "Gideon", "Hortensia"}
	last := []string{"Quintana", "Rasmussen", "Szabo", "Tancredi", "Ugarte"}
	for i := range s.Participants {
		s.Participants[i].Name = first[i%len(first)] + " " + last[i/len(first)]
	}
	s.Participants[39].Name = strings.Repeat("Xochiquetzalli", 143)[:2000]
	if !mention {
		return s
	}
	name := func(i int) string { return s.Participants[i%len(s.Participants)].Name }
	s.Title = "Offsite for " + name(3)
	s.Notes = name(0) + " will send the slides; ask " + name(39) + "."
	for i := range s.Steps {
		st := &s.Steps[i]
		st.Prompt = "Start with " + name(i+5)
		switch {
		case st.Values != nil:
			for v := range st.Values.Values {
				val := &st.Values.Values[v]
				val.Description = "As " + name(v) + " put it"
				for j := range val.Responses {
					if j%3 == 0 {
						val.Responses[j].Note = "Only if " + name(j+v+1) + " leads it."
					}
				}
			}
		case st.Load != nil:
			for j := range st.Load.Items {
				it := &st.Load.Items[j]
				it.Name = fmt.Sprintf("Report for %s %d", name(j), j)
				it.Note = "Ask " + name(j+2)
				it.Owner = workshop.ParticipantOwner(s.Participants[j%40].ID)
				if it.Decision != "" {
					it.DecisionOwner = workshop.ParticipantOwner(s.Participants[(j+1)%40].ID)
				}
			}
		case st.Reflection != nil:
			for j := range st.Reflection.Initiatives {
				in := &st.Reflection.Initiatives[j]
				in.Name = "Guild of " + name(j)
				in.FirstAction = "Call " + name(j+7)
				in.Evidence = name(j+9) + " saw it work"
			}
		}
	}
	for i := range s.Actions {
		s.Actions[i].Text = "Send " + name(i+11) + " the notes"
	}
	return s
}

// leaks reports every string of the report that holds a part of a
// participant's or the facilitator's name (in any case, either normal
// form) or a participant's ID.
func leaks(t *testing.T, s *workshop.Session, r *Report) {
	t.Helper()
	var parts []string
	var ids []string
	for _, p := range s.Participants {
		ids = append(ids, regexp.QuoteMeta(p.ID))
	}
	for _, n := range append(participantNames(s), s.Facilitator) {
		for _, part := range strings.FieldsFunc(n, func(r rune) bool { return r == ' ' || r == '-' || r == '\'' }) {
			if len([]rune(part)) >= 2 {
				parts = append(parts, strings.ToLower(norm.NFC.String(part)))
			}
		}
	}
	id := regexp.MustCompile(`\b(` + strings.Join(ids, "|") + `)\b`)
	n, seen := 0, map[string]bool{}
	walkStrings(r, func(x string) {
		n++
		low := strings.ToLower(norm.NFC.String(x))
		for _, p := range parts {
			if strings.Contains(low, p) && !seen[p] {
				seen[p] = true
				t.Errorf("%.40q is in %.100q", p, x)
			}
		}
		if m := id.FindString(x); m != "" && !seen[m] {
			seen[m] = true
			t.Errorf("the ID %q is in %.100q", m, x)
		}
	})
	if n < 200 {
		t.Errorf("only %d strings in the report", n)
	}
}

func participantNames(s *workshop.Session) []string {
	var out []string
	for _, p := range s.Participants {
		out = append(out, p.Name)
	}
	return out
}

// An anonymous report holds no name and no ID anywhere: not in a sentence,
// a table cell, a chart, a title or a heading, for no medium, and not in
// a personal sheet either.
func TestAnonymousReportNamesNobody(t *testing.T) {
	for name, s := range map[string]*workshop.Session{
		"40 people": roomOf40(true), "every script": workshoptest.International(),
	} {
		t.Run(name, func(t *testing.T) {
			leaks(t, s, build(t, s, Options{Privacy: Anonymous}))
			leaks(t, s, build(t, s, Options{Privacy: Anonymous, Participant: s.Participants[2].ID}))
			// The names the room wrote are in the named report: the check
			// above can see them.
			r := build(t, s, Options{})
			found := false
			walkStrings(r, func(x string) { found = found || strings.Contains(x, s.Participants[2].Name) })
			if !found {
				t.Error("the named report does not name the third participant")
			}
		})
	}
}

// Without names, nothing is attributed to anyone. Text people typed is
// shown as typed, so a room whose text names nobody sees no name at all.
func TestUnattributedReportTiesNothingToAnyone(t *testing.T) {
	// Owners of load items and decisions are people here; the
	// facilitator, Rosa Díaz, owns decisions too.
	s := roomOf40(false)
	for j := range s.Steps[2].Load.Items {
		s.Steps[2].Load.Items[j].Owner = workshop.ParticipantOwner(s.Participants[j%40].ID)
	}
	leaks(t, s, build(t, s, Options{Privacy: Unattributed}))
	// And text is not scrubbed: the room reads what it wrote.
	s = roomOf40(true)
	r := build(t, s, Options{Privacy: Unattributed})
	if got := texts(r.Section(ActionsID), Room); !strings.Contains(got[1], "Send "+s.Participants[11].Name+" the notes") {
		t.Errorf("the projector's actions without names:\n%s", got[1])
	}
}
