package export

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"scaleroom/workshop"
)

// zooNames are names a scrubber that only knew capitalised Latin words
// let through: accents, hyphens, apostrophes, scripts without capitals or
// without spaces, emoji, NFD input, and a 2,000-character name.
func zooNames() []string {
	long := strings.Repeat("Quetzalcoatlxyz", 134)[:2000]
	return []string{
		"Émilie Okonkwo-Duarte",
		"Siobhán O'Shaughnessy",
		"José-María Núñez",
		"王小明",
		"山田太郎",
		"محمد الحسيني",
		"דנה כהן",
		"Ольга Петрова",
		"Nguyễn Thị Minh Khai",
		"Zoë 😀 Brontë",
		"Rene\u0301e Lavoie", // stored decomposed
		long,
	}
}

// zooSession puts every name, in many spellings, into every kind of free
// text that reaches a PDF.
func zooSession() *workshop.Session {
	s := typicalSession()
	s.Participants = nil
	names := zooNames()
	for i, n := range names {
		s.Participants = append(s.Participants, workshop.Participant{ID: fmt.Sprintf("p%d", i+1), Name: n, Role: "Engineer", Team: "Platform"})
	}
	mentions := []string{
		"okonkwo-duarte's idea", "ÉMILIE agrees", "Émilie’s point", "Duarte said", "ask Siobhan", "O’Shaughnessy's note",
		"Shaughnessy", "jose-maria", "NÚÑEZ", "Jose\u0301", "小明说", "王小明的意见", "山田さん", "太郎くん", "ومحمد", "الحسيني",
		"ודנה", "כהן", "ольга", "ПЕТРОВА", "Петровой", "chị Minh", "NGUYỄN", "Khai", "Zoë 😀", "😀!", "brontë", "Bronte",
		"Renée", "LAVOIE", names[11][:2000], strings.ToLower(names[11]),
	}
	all := strings.Join(mentions, "; ")
	s.Title = "Offsite with Émilie and 山田太郎"
	s.Organisation = "Lavoie & Okonkwo-Duarte Ltd"
	s.Location = "ולדנה's house"
	s.Facilitator = "Ingrid Bergström"
	s.Notes = all + " Ingrid Bergström ran it."
	s.Steps[1].Title = "Values for Siobhán"
	s.Steps[1].Prompt = "Ask Núñez first"
	vals := s.Steps[1].Values
	vals.Values[0].Name = "Like Zoë 😀 does"
	vals.Values[0].Description = "As Ольга says"
	for i := range vals.Values {
		for j := range vals.Values[i].Responses {
			vals.Values[i].Responses[j].Note = mentions[(i*7+j)%len(mentions)] + " and " + mentions[(i+j*3)%len(mentions)]
		}
	}
	ld := s.Steps[3].Load
	ld.Team = "Team of Minh"
	for i := range ld.Items {
		it := &ld.Items[i]
		it.Owner = s.OwnerFromText(names[i%len(names)])
		it.DecisionOwner = s.OwnerFromText(names[(i+3)%len(names)])
		it.Name = "Report for " + mentions[i%len(mentions)]
		it.Note = mentions[(i+5)%len(mentions)]
		it.Complexity = workshop.Complex
	}
	rf := s.Steps[4].Reflection
	for i := range rf.Initiatives {
		in := &rf.Initiatives[i]
		in.Name = "Guild of " + mentions[i%len(mentions)]
		in.Evidence = mentions[(i+1)%len(mentions)]
		in.Rationale = mentions[(i+2)%len(mentions)]
		in.FirstAction = "Call " + mentions[(i+4)%len(mentions)]
	}
	for i := range s.Actions {
		s.Actions[i].Owner = s.OwnerFromText(names[i%len(names)])
		s.Actions[i].Text = "Send " + mentions[(i+9)%len(mentions)] + " the notes"
	}
	return s
}

// zooParts is every part of every name that must not survive, folded to
// lower case NFC, with and without accents.
func zooParts(s *workshop.Session) []string {
	var out []string
	names := []string{s.Facilitator}
	for _, p := range s.Participants {
		names = append(names, p.Name)
	}
	for _, n := range names {
		for _, part := range strings.FieldsFunc(n, func(r rune) bool { return r == ' ' || r == '-' || r == '\'' }) {
			if len([]rune(part)) < 2 && part != "😀" {
				continue
			}
			out = append(out, strings.ToLower(norm.NFC.String(part)))
		}
	}
	return out
}

// The primary check: every string the anonymous render hands to the PDF
// layer, before any font fallback, is free of every name part. Until the
// PDF has fonts for every script, pdftotext reads Arabic or Chinese as the
// fallback mark, so only this level can see them.
func TestAnonymousZooScrubsEveryNamePart(t *testing.T) {
	s := zooSession()
	parts := zooParts(s)
	for _, opt := range []Options{{Anonymous: true}, {Anonymous: true, Participant: "p3"}, {Anonymous: true, Paper: PaperLetter}} {
		var seen []string
		if _, _, err := renderTraced(s, opt, func(x string) { seen = append(seen, x) }); err != nil {
			t.Fatal(err)
		}
		if len(seen) < 100 {
			t.Fatalf("%+v: only %d strings traced", opt, len(seen))
		}
		leaks := map[string]bool{}
		for _, x := range seen {
			low := strings.ToLower(norm.NFC.String(x))
			for _, p := range parts {
				if strings.Contains(low, p) && !leaks[p] {
					leaks[p] = true
					t.Errorf("%+v: %.40q reaches the PDF in %.120q", opt, p, x)
				}
			}
		}
	}
	// And what a reader of the PDF sees, for the scripts the font draws,
	// and the metadata.
	path, _ := render(t, s, Options{Anonymous: true})
	got := strings.ToLower(text(t, path) + info(t, path))
	for _, p := range parts {
		if strings.Contains(got, p) {
			t.Errorf("pdftotext finds %.40q in the anonymous PDF", p)
		}
	}
	mustContain(t, "scrubbed notes", got, "[name]")
}

// roomSession is a six-person round in which everyone answers differently,
// with reservations that name other people. Worked out by hand:
//
//	v1 "Customers first", levels 1 7 6 6 3 8 for Ana..Farid: 2 agree, 0
//	   open, 4 disagree; 3 commit (Ana, Chloé, Dmitri), 1 conditional
//	   (Eva), 2 withhold (Ben at 7, Farid's veto); Chloé and Dmitri
//	   disagree and commit; Farid blocks; 2 at failing levels: does not
//	   pass.
//	v2 "Small teams decide", levels 2 2 4 1 6 5: 3 agree, 2 open, 1
//	   disagree; 4 commit, none withhold; Eva disagrees and commits:
//	   passes.
func roomSession() *workshop.Session {
	s := &workshop.Session{
		Title:       "Values round",
		Facilitator: "Hanna Berg",
		Created:     time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC),
		Modified:    time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC),
	}
	for i, n := range roomNames {
		s.Participants = append(s.Participants, workshop.Participant{ID: fmt.Sprintf("p%d", i+1), Name: n, Role: "Cartographer", Team: "Lighthouse"})
	}
	ex := &workshop.ValuesExercise{Scale: workshop.GradientsOfAgreement, Mode: workshop.ModeNamed,
		Values: []workshop.Value{{ID: "v1", Name: "Customers first"}, {ID: "v2", Name: "Small teams decide"}}}
	answer := func(v int, levels []int, notes map[int]string) {
		for i, l := range levels {
			ex.Values[v].Responses = append(ex.Values[v].Responses,
				workshop.Response{Participant: fmt.Sprintf("p%d", i+1), Level: l, Note: notes[i]})
		}
	}
	answer(0, []int{1, 7, 6, 6, 3, 8}, map[int]string{
		1: "Not when it means weekend work, as Ana knows.",
		2: "Ana should own this, not us.",
		3: "Because users matter more.",
		4: "Only if Chloé leads it.",
		5: "This buries Dmitri in documents.",
	})
	ex.Values[0].Responses[4].Commitment = workshop.Conditional
	answer(1, []int{2, 2, 4, 1, 6, 5}, map[int]string{2: "Abstaining, Ben."})
	s.Steps = []workshop.Step{{ID: "s1", Kind: workshop.StepValues, Title: "Round", Timebox: 30, Values: ex}}
	return s
}

var roomNames = []string{"Ana Lima", "Ben Okoro", "Chloé Dubois", "Dmitri Volkov", "Eva Novak", "Farid Haddad"}

// The room heard every level as it was recorded, so a per-person label,
// even one that holds within a single value, would let a reader who
// remembers one vote name the label and read the rest of that person's
// answers. The anonymous summary shows counts and unattributed notes only.
func TestAnonymousShowsNoOnePerPerson(t *testing.T) {
	s := roomSession()
	var seen []string
	if _, _, err := renderTraced(s, Options{Anonymous: true}, func(x string) { seen = append(seen, x) }); err != nil {
		t.Fatal(err)
	}
	path, _ := render(t, s, Options{Anonymous: true})
	got := text(t, path)
	// (a) No label of any kind: not "Participant 3", not an ID, not a
	// role or team that would tell people apart, and no name.
	label := regexp.MustCompile(`(?i)\b(participant|person|respondent|member)\s*#?\s*\d|\bp\d\b|#\s*\d`)
	forbidden := []string{"Cartographer", "Lighthouse", "Hanna", "Berg"}
	for _, n := range roomNames {
		forbidden = append(forbidden, strings.Fields(n)...)
	}
	for _, x := range append(seen, got) {
		if x == "Who" {
			t.Error("the anonymous PDF has a Who column")
		}
		if m := label.FindString(x); m != "" {
			t.Errorf("a per-person label %q reaches the PDF in %q", m, x)
		}
		for _, n := range forbidden {
			if strings.Contains(x, n) {
				t.Errorf("%q reaches the anonymous PDF in %q", n, x)
			}
		}
	}
	// (b) The counts, as worked out above, with nothing after them.
	mustContain(t, "counts", got,
		"6 responses: 2 agree, 0 open, 4 disagree. Commitment: 3 commit, 1 conditional, 2 withhold.",
		"Disagree and commit: 2 Withheld commitment: 2 Blocks: 1 2 responses are at a level the pass rule does not allow.",
		"6 responses: 3 agree, 2 open, 1 disagree. Commitment: 4 commit, 0 conditional, 0 withhold. Disagree and commit: 1 Level Commitment",
		"Customers first 6 2 2 2 1 Does not pass", "Small teams decide 6 3 1 0 0 Passes",
		"6 participants.", "Answers are shown only as counts and as unattributed notes")
	// (c) Every reservation, scrubbed, by level and then by scrubbed text:
	// "Because" sorts before "[name]", though "Ana" sorted before it and
	// stood before it in the roster.
	want := []string{
		"3 Support with reservations Conditional Reservation: Only if [name] leads it.",
		"6 Don't like it, but will support it Commits Reservation: Because users matter more.",
		"6 Don't like it, but will support it Commits Reservation: [name] should own this, not us.",
		"7 Serious disagreement Does not commit Reservation: Not when it means weekend work, as [name] knows.",
		"8 Veto Does not commit Reservation: This buries [name] in documents.",
		"4 Abstain Not said Reservation: Abstaining, [name].", // the screens' word
	}
	last := -1
	for _, w := range want {
		i := strings.Index(got, w)
		if i < 0 {
			t.Fatalf("anonymous summary lacks %q:\n%s", w, got)
		}
		if i < last {
			t.Errorf("%q is out of order", w)
		}
		last = i
	}
	if strings.Contains(got, "Appendix") {
		t.Error("the anonymous summary has the appendix of every response")
	}
	// (d) The full summary still says who, and has the appendix.
	path, _ = render(t, s, Options{})
	got = text(t, path)
	mustContain(t, "full summary", got,
		"Disagree and commit: 2 (Chloé Dubois, Dmitri Volkov)", "Withheld commitment: 2 (Ben Okoro, Farid Haddad)",
		"Blocks: 1 (Farid Haddad)", "Disagree and commit: 1 (Eva Novak)",
		"Who Level Commitment Ben Okoro 7 Serious disagreement Does not commit Reservation: Not when it means weekend work, as Ana knows.",
		"Appendix: every response", "Ana Lima Customers first 1 Whole-hearted endorsement Commits",
		"Chloé Dubois Customers first 6 Don't like it, but will support it Commits (by level) Note: Ana should own this, not us.")
}

// The same session gives the same bytes: facilitators re-export, and a
// changed file would look like a changed result.
func TestAnonymousIsDeterministic(t *testing.T) {
	a, _, errA := Render(typicalSession(), Options{Anonymous: true})
	b, _, errB := Render(typicalSession(), Options{Anonymous: true})
	if errA != nil || errB != nil {
		t.Fatal(errA, errB)
	}
	if string(a) != string(b) {
		t.Error("two anonymous exports of one session differ")
	}
}

func TestNoNotesLeavesNotesOut(t *testing.T) {
	s := typicalSession()
	for _, opt := range []Options{{NoNotes: true}, {NoNotes: true, Anonymous: true}, {NoNotes: true, Participant: "p4"}} {
		path, _ := render(t, s, opt)
		got := text(t, path)
		for _, note := range []string{"I would rather we said users", "Not when it means weekend work.", "Nobody reads it since the dashboard exists.", "will send the slides"} {
			if strings.Contains(got, note) {
				t.Errorf("%+v: the note %q is printed", opt, note)
			}
		}
		mustContain(t, "outcomes stay", got, "Weekly status report")
	}
	path, _ := render(t, s, Options{Anonymous: true})
	mustContain(t, "notes by default", text(t, path), "Not when it means weekend work.", "Nobody reads it since the dashboard exists.")
}

// Open actions were listed by their owner's real name, so their order told
// a reader who owned them even with the names gone. Anonymous: by due date.
func TestAnonymousActionsAreNotInOwnerOrder(t *testing.T) {
	path, _ := render(t, typicalSession(), Options{Anonymous: true})
	got := text(t, path)
	i := strings.Index(got, "Action Due From step")
	if i < 0 {
		t.Fatal("no actions table without an owner column")
	}
	want := []string{"Send the values write-up", "Ask finance about a budget", "Stop the weekly status report", "Write the first guild charter", "Find an owner for the testing guild"}
	last := i
	for _, w := range want {
		j := strings.Index(got[i:], w)
		if j < 0 || i+j < last {
			t.Fatalf("open actions are not in due-date order: %q comes too early or not at all", w)
		}
		last = i + j
	}
}
