package export

import (
	"fmt"
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
		it.Owner = names[i%len(names)]
		it.DecisionOwner = names[(i+3)%len(names)]
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
		s.Actions[i].Owner = names[i%len(names)]
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

func TestAnonymousLabelsAreNotRosterOrder(t *testing.T) {
	s := typicalSession()
	path, _ := render(t, s, Options{Anonymous: true})
	got := text(t, path)
	l := s.AnonymousLabels()
	same := 0
	for i, p := range s.Participants {
		if l[p.ID] == fmt.Sprintf("Participant %d", i+1) {
			same++
		}
	}
	if same > 3 {
		t.Errorf("%d of 12 labels follow the roster", same)
	}
	// Björn (p2) blocks "Write it down": the PDF says so under his label,
	// which is not "Participant 2".
	mustContain(t, "block", got, "Blocks: 1 ("+l["p2"]+")")
	// Deterministic: the same file gives the same labels and bytes.
	a, _, _ := Render(typicalSession(), Options{Anonymous: true})
	b, _, _ := Render(typicalSession(), Options{Anonymous: true})
	if string(a) != string(b) {
		t.Error("two anonymous exports of one session differ")
	}
	// Another session (another creation time) numbers the same people
	// differently.
	s2 := typicalSession()
	s2.Created = s2.Created.Add(time.Hour)
	if fmt.Sprint(s2.AnonymousOrder()) == fmt.Sprint(s.AnonymousOrder()) {
		t.Error("two sessions share one numbering")
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
