package workshop

import (
	"bytes"
	"io"
	"reflect"
	"strings"
	"testing"
)

func TestParseRoster(t *testing.T) {
	cases := []struct {
		name, text string
		want       []RosterRow
		notes      int
	}{
		{"plain list keeps commas in names", "Lima, Ana\n\n  Bo   Chen \n",
			[]RosterRow{{Line: 1, Name: "Lima, Ana"}, {Line: 3, Name: "Bo Chen"}}, 0},
		{"tabs without header: name, team, role, level", "Ana\tPlatform\tLead\tmanager\nBo\tSales\n",
			[]RosterRow{{1, "Ana", "Lead", "Platform", "manager"}, {2, "Bo", "", "Sales", ""}}, 0},
		{"tab header in any order, unknown column skipped", "E-mail\tLevel\tFull name\tRole\nana@x.org\tdirector\tAna Lima\tCTO\n",
			[]RosterRow{{2, "Ana Lima", "CTO", "", "director"}}, 0},
		{"csv with header and quotes", "\ufeffName,Team,Role\r\n\"Lima, Ana\",Platform,\"Lead, infra\"\r\nBo,,\r\n",
			[]RosterRow{{2, "Lima, Ana", "Lead, infra", "Platform", ""}, {3, "Bo", "", "", ""}}, 0},
		{"semicolon csv (European spreadsheets)", "name;team;level\nJürgen Weiß;Einkauf;Teamleitung\n",
			[]RosterRow{{2, "Jürgen Weiß", "", "Einkauf", "Teamleitung"}}, 0},
		{"German headers", "Name;Abteilung;Rolle;Ebene\nJürgen Weiß;Einkauf;Leitung;Bereichsleitung\n",
			[]RosterRow{{2, "Jürgen Weiß", "Leitung", "Einkauf", "Bereichsleitung"}}, 0},
		{"French headers, capitals and accents", "ÉCHELON\tNom\tÉquipe\tRôle\nDirection\tAnaïs Roux\tVentes\tCheffe\n",
			[]RosterRow{{2, "Anaïs Roux", "Cheffe", "Ventes", "Direction"}}, 0},
		{"one-column list with a header", "Name\nAna\nBo\n",
			[]RosterRow{{2, "Ana", "", "", ""}, {3, "Bo", "", "", ""}}, 0},
		{"rows without a name and extra cells are reported", "Name\tTeam\n\tOps\nCy\tOps\textra\n",
			[]RosterRow{{3, "Cy", "", "Ops", ""}}, 2},
		{"every script", "王小明\t支付\nمحمد عبد الله\tالمالية\nNguyễn Thị Minh Khai\tVận hành\n",
			[]RosterRow{{1, "王小明", "", "支付", ""}, {2, "محمد عبد الله", "", "المالية", ""}, {3, "Nguyễn Thị Minh Khai", "", "Vận hành", ""}}, 0},
		{"nothing", " \n\n", nil, 0},
	}
	for _, c := range cases {
		got, notes := ParseRoster(c.text)
		if !reflect.DeepEqual(got, c.want) || len(notes) != c.notes {
			t.Errorf("%s:\n got %+v notes %q\nwant %+v with %d notes", c.name, got, notes, c.want, c.notes)
		}
	}
}

func TestPlanAndApplyRoster(t *testing.T) {
	s := &Session{}
	s.AddParticipant("Ana Lima")
	s.AddParticipant("Bo")
	s.SetDetails("p2", "", "Sales", "")
	rows, _ := ParseRoster("Name\tTeam\tRole\tLevel\n" +
		"ana lima\t\tCTO\texecutive\n" + // Ana Lima: names differing in case are one person
		"Bo\tSales\t\t\n" + // nothing new: a blank never clears
		"Cy\tOps\t\tmanager\n" +
		"Cy\tOther\t\t\n" + // repeated: first wins
		"Dee\t\t\t\n" +
		"p2\t\t\t\n") // a name that happens to be an ID is a new person
	plan := s.PlanRoster(rows)
	// "ana lima" is Ana Lima (SameName folds case).
	if len(plan.Update) != 1 || plan.Update[0].ID != "p1" || plan.Update[0].Row.Role != "CTO" {
		t.Fatalf("update %+v", plan.Update)
	}
	if !reflect.DeepEqual(plan.Same, []string{"Bo"}) || !reflect.DeepEqual(plan.Repeated, []string{"Cy"}) {
		t.Fatalf("same %v repeated %v", plan.Same, plan.Repeated)
	}
	if len(plan.Add) != 3 || plan.Add[0].Name != "Cy" || plan.Add[1].Name != "Dee" || plan.Add[2].Name != "p2" {
		t.Fatalf("add %+v", plan.Add)
	}
	if len(s.Participants) != 2 {
		t.Fatal("planning changed the room")
	}
	added := s.ApplyRoster(plan)
	if !reflect.DeepEqual(added, []string{"p3", "p4", "p5"}) {
		t.Fatalf("added %v", added)
	}
	ana, bo, cy := s.Participant("p1"), s.Participant("p2"), s.Participant("p3")
	if ana.Name != "Ana Lima" || ana.Role != "CTO" || ana.Level != "executive" || bo.Team != "Sales" || cy.Team != "Ops" || cy.Level != "manager" {
		t.Fatalf("after apply: %+v %+v %+v", ana, bo, cy)
	}
	if got := strings.Join(s.Levels(), ","); got != "executive,manager" {
		t.Fatalf("levels %q", got)
	}
	if s.PlanRoster(rows).Empty() != true {
		t.Fatal("the same list again would still change something")
	}
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestSetDetails(t *testing.T) {
	s := &Session{}
	s.AddParticipant("Ana")
	if _, err := s.SetDetails("p1", "  Head of   ops ", "Ops", ""); err != nil {
		t.Fatal(err)
	}
	if p := s.Participant("p1"); p.Role != "Head of ops" || p.Team != "Ops" {
		t.Fatalf("%+v", p)
	}
	if _, err := s.SetDetails("p9", "", "", ""); err == nil {
		t.Fatal("no error for an unknown participant")
	}
}

// A 40-person list with 2,000-character names parses whole.
func TestParseRosterLarge(t *testing.T) {
	var b strings.Builder
	b.WriteString("Name\tTeam\n")
	for i := 0; i < 40; i++ {
		b.WriteString(strings.Repeat("名", 2000) + string(rune('A'+i%26)) + string(rune('a'+i/26)) + "\tT\n")
	}
	rows, notes := ParseRoster(b.String())
	if len(rows) != 40 || len(notes) != 0 || len([]rune(rows[39].Name)) != 2002 {
		t.Fatalf("%d rows, notes %v", len(rows), notes)
	}
	s := &Session{}
	if added := s.ApplyRoster(s.PlanRoster(rows)); len(added) != 40 {
		t.Fatalf("added %d", len(added))
	}
}

func TestReadRosterEncodings(t *testing.T) {
	utf16le := []byte{0xFF, 0xFE}
	for _, r := range "Name\tTeam\r\nJürgen\tEinkauf\r\n" {
		utf16le = append(utf16le, byte(r), byte(r>>8))
	}
	for _, c := range []struct {
		name string
		data []byte
	}{
		{"utf-8", []byte("Name,Team\nJürgen,Einkauf\n")},
		{"utf-8 with BOM", []byte("\ufeffName;Team\nJürgen;Einkauf\n")},
		{"windows-1252", []byte("Name,Team\nJ\xfcrgen,Einkauf\n")},
		{"utf-16 from Excel", utf16le},
	} {
		rows, _, err := ReadRoster(bytes.NewReader(c.data))
		if err != nil || len(rows) != 1 || rows[0].Name != "Jürgen" || rows[0].Team != "Einkauf" {
			t.Errorf("%s: %+v, %v", c.name, rows, err)
		}
	}
	if _, _, err := ReadRoster(bytes.NewReader(make([]byte, 100))); err == nil {
		t.Error("NUL bytes read as a roster")
	}
	if _, _, err := ReadRoster(io.LimitReader(zeros{}, MaxRosterFile+10)); err == nil || !strings.Contains(err.Error(), "over 4 MiB") {
		t.Errorf("huge file: %v", err)
	}
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}
