// Package workshoptest builds sessions of known shape for tests and
// benchmarks across packages: a typical workshop and a very large one.
package workshoptest

import (
	"fmt"
	"time"

	"scaleroom/workshop"
)

// Size says how big a session to build.
type Size struct {
	Participants, Values, LoadItems, Initiatives int
}

// Typical is a realistic half-day workshop.
var Typical = Size{Participants: 12, Values: 8, LoadItems: 30, Initiatives: 12}

// Large is far beyond any real room, for benchmarks: about 2 MB of JSON.
var Large = Size{Participants: 200, Values: 60, LoadItems: 500, Initiatives: 100}

// Session builds a deterministic session of the given size: every
// participant answers every value, with a spread of levels, commitments and
// notes; load items cover every type, complexity and decision.
func Session(n Size) *workshop.Session {
	at := time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)
	s := &workshop.Session{
		Title: "Scaling review", Organisation: "Northwind Cooperative", Facilitator: "Rosa Díaz",
		Date: "2026-11-24", Location: "Room 4", Created: at, Modified: at.Add(3 * time.Hour),
		Participants: []workshop.Participant{}, Actions: []workshop.Action{},
		Notes: "The room asked for a follow-up on reporting load in January.",
	}
	for i := 0; i < n.Participants; i++ {
		if _, err := s.AddParticipant(fmt.Sprintf("Participant %03d", i+1)); err != nil {
			panic(err)
		}
		p := &s.Participants[i]
		p.Role, p.Team, p.Level = "Engineer", fmt.Sprintf("Team %d", i%7+1), "front line"
	}
	s.AddStep(workshop.StepOpening, "Why we are here", 10).Prompt = "Set the scene."
	vs := s.AddStep(workshop.StepValues, "Values: disagree and commit", 45)
	vs.Prompt = "Read each value aloud, then reveal levels together."
	commitments := []workshop.Commitment{workshop.Undecided, workshop.Commits, workshop.Conditional, workshop.DoesNot}
	for v := 0; v < n.Values; v++ {
		val, err := vs.Values.AddValue(fmt.Sprintf("Value %02d", v+1), "We act on this value when it costs us something.")
		if err != nil {
			panic(err)
		}
		for i, p := range s.Participants {
			r := workshop.Response{Participant: p.ID, Level: (i+v)%8 + 1, Commitment: commitments[(i*3+v)%4]}
			if (i+v)%5 == 0 {
				r.Note = "I need to see leadership live this before I fully believe it."
			}
			val.Responses = append(val.Responses, r)
		}
	}
	ls := s.AddStep(workshop.StepLoad, "Load inventory", 60)
	ls.Load.Team, ls.Load.Capacity = "Platform", float64(n.LoadItems)*2
	for i := 0; i < n.LoadItems; i++ {
		it := ls.Load.AddItem(fmt.Sprintf("Item %03d", i+1))
		it.Owner = workshop.NamedOwner(fmt.Sprintf("Team %d", i%7+1))
		it.Origin = workshop.Origins[i%2]
		it.Load = float64(i%5 + 1)
		it.Type = workshop.LoadTypes[i%3]
		it.Complexity = workshop.Complexities[i%3]
		it.Decision = append([]workshop.Decision{workshop.DecisionNone}, workshop.Decisions...)[i%5]
		if it.Decision != "" {
			it.DecisionOwner, it.DecisionDate = workshop.NamedOwner("Rosa Díaz"), "2026-12-15" // the facilitator
		}
	}
	rs := s.AddStep(workshop.StepReflection, "Scale up or scale down", 45)
	for i := 0; i < n.Initiatives; i++ {
		in := rs.Reflection.AddInitiative(fmt.Sprintf("Initiative %03d", i+1))
		in.Phase = workshop.Phases[i%4]
		in.Direction = workshop.Directions[i%4]
		in.Closeness, in.Layers = i%5+1, i%4
		in.Evidence = "Three teams asked for it last quarter."
		in.Rationale = "It keeps decisions close to the people affected."
		in.FirstAction = "Name an owner by Friday."
		if i%3 == 0 {
			in.Trap = workshop.Traps[i%2]
		}
		in.Contested = i%6 == 0
	}
	s.AddStep(workshop.StepClosing, "Commitments", 15)
	for i := 0; i < n.Participants/2+1; i++ {
		var owner workshop.Owner
		if len(s.Participants) > 0 {
			owner = workshop.ParticipantOwner(s.Participants[i%len(s.Participants)].ID)
		}
		if _, err := s.AddAction(fmt.Sprintf("Follow up on point %d", i+1), owner, "2026-12-20", vs.ID); err != nil {
			panic(err)
		}
	}
	return s
}

// InternationalNames are the participants of International: names in
// every script people type, one a script and a few more where a script
// has a trap of its own (traditional Chinese, kana, a name mixing Arabic
// and Latin).
var InternationalNames = []string{
	"李娜",                   // Chinese
	"李小龍",                  // Chinese, traditional
	"山田さくら",                // Japanese: kanji and hiragana
	"김민준",                  // Korean: Hangul
	"Nguyễn Thị Minh Khai", // Vietnamese: stacked diacritics
	"Νίκος Παππάς",         // Greek
	"Ольга Петрова",        // Cyrillic
	"प्रिया शर्मा",         // Devanagari
	"محمد الأحمد",          // Arabic
	"דנה כהן",              // Hebrew
	"Layla ليلى حداد",      // Latin and Arabic on one line
	"Björn Åkesson",        // Latin with diacritics
}

// International is a typical session whose people and free text use every
// script in InternationalNames: names, values, load items, owners,
// initiatives and actions.
func International() *workshop.Session {
	s := Session(Typical)
	s.Title = "Scaling review 规模评审 · 규모 검토 · مراجعة التوسع"
	s.Organisation = "Северный кооператив"
	s.Location = "Hà Nội, phòng 4"
	s.Facilitator = "Σοφία Παπαδοπούλου"
	s.Notes = "محمد الأحمد will send the slides (الشرائح) by 2026-12-01; 李娜 asked about the budget. דנה כהן: תודה!"
	// Owners are participants' IDs, so they follow the renaming.
	for i := range s.Participants {
		p := &s.Participants[i]
		p.Name = InternationalNames[i%len(InternationalNames)]
		p.Team = []string{"平台", "플랫폼", "الدفع", "मोबाइल"}[i%4]
	}
	values := []string{"Customers first", "顧客第一", "고객 우선", "العميل أولاً", "הלקוח קודם", "ग्राहक पहले", "Khách hàng là trên hết", "Клиент прежде всего"}
	items := []string{"Weekly report", "週報", "주간 보고", "تقرير أسبوعي", "דוח שבועי", "साप्ताहिक रिपोर्ट", "Báo cáo tuần", "Еженедельный отчёт"}
	for i := range s.Steps {
		st := &s.Steps[i]
		switch {
		case st.Values != nil:
			for j := range st.Values.Values {
				v := &st.Values.Values[j]
				v.Name = values[j%len(values)]
				v.Description = "معنى هذه القيمة: " + v.Name
				for k := range v.Responses {
					if v.Responses[k].Note != "" {
						v.Responses[k].Note = "我需要先看到领导这样做。 " + v.Responses[k].Note
					}
				}
			}
		case st.Load != nil:
			for j := range st.Load.Items {
				it := &st.Load.Items[j]
				it.Name = fmt.Sprintf("%s %03d", items[j%len(items)], j+1)
				ps := s.Participants
				it.Owner = workshop.ParticipantOwner(ps[j%len(ps)].ID)
				if !it.DecisionOwner.IsZero() {
					it.DecisionOwner = workshop.ParticipantOwner(ps[(j+3)%len(ps)].ID)
				}
			}
		case st.Reflection != nil:
			for j := range st.Reflection.Initiatives {
				in := &st.Reflection.Initiatives[j]
				in.Name = fmt.Sprintf("%s %d", []string{"新人培训", "멘토링", "الإرشاد", "חונכות", "मार्गदर्शन", "Đào tạo"}[j%6], j+1)
				in.FirstAction = "Ask " + InternationalNames[j%len(InternationalNames)] + " to name an owner."
			}
		}
	}
	return s
}
