package workshop

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// RosterRow is one person read from a pasted or imported list.
type RosterRow struct {
	Line                    int // 1-based line in the text, for messages
	Name, Role, Team, Level string
}

// Roster columns, in the order a list without a header row gives them: a
// copied "name, team" pair, the commonest list, keeps meaning that.
var rosterOrder = []string{"name", "team", "role", "level"}

// rosterHeaders are the header words a list's first row may use for each
// column, compared by NameKey, in the languages Scaleroom speaks (German,
// French) and Spanish too: an HR export keeps its own language's headers.
var rosterHeaders = map[string][]string{
	"name": {"name", "full name", "participant", "person", "who",
		"vollständiger name", "teilnehmer", "teilnehmerin", "teilnehmende", "mitarbeiter", "mitarbeiterin",
		"nom", "nom complet", "prénom et nom", "participante", "personne", "nombre", "nombre completo"},
	"role": {"role", "title", "job title", "job", "position", "function",
		"rolle", "funktion", "stelle", "berufsbezeichnung", "jobtitel",
		"rôle", "fonction", "poste", "intitulé de poste", "rol", "cargo", "puesto"},
	"team": {"team", "department", "dept", "group", "unit", "squad",
		"abteilung", "bereich", "gruppe", "einheit",
		"équipe", "service", "département", "groupe", "unité", "equipo", "departamento", "grupo", "unidad"},
	"level": {"level", "layer", "grade", "tier", "hierarchy level",
		"ebene", "hierarchieebene", "stufe", "führungsebene",
		"niveau", "échelon", "niveau hiérarchique", "nivel", "nivel jerárquico"},
}

// ParseRoster reads a list of people: one a line, or spreadsheet columns.
// Columns are separated by tabs (a paste from a spreadsheet) or, in a file
// whose first row names its columns, by commas or semicolons (CSV). A
// header row may give the columns in any order and may hold columns that
// are not read (say, e-mail); without one, the columns are name, team,
// role, level. A plain list is never split at commas: "Lima, Ana" is one
// name. Notes says what was ignored, line by line.
func ParseRoster(text string) (rows []RosterRow, notes []string) {
	text = strings.TrimPrefix(strings.ReplaceAll(text, "\r\n", "\n"), "\ufeff")
	text = strings.ReplaceAll(text, "\r", "\n")
	lines := strings.Split(text, "\n")
	first := 0
	for first < len(lines) && strings.TrimSpace(lines[first]) == "" {
		first++
	}
	if first == len(lines) {
		return nil, nil
	}
	sep := rune(0)
	if strings.Contains(text, "\t") {
		sep = '\t'
	}
	var cols []string // column names by position
	for _, try := range []rune{'\t', ',', ';'} {
		if sep != 0 && try != sep {
			continue
		}
		if c, ok := rosterHeader(split(lines[first], try)); ok {
			sep, cols = try, c
			first++
			break
		}
	}
	if cols == nil {
		cols = rosterOrder
	}
	for i := first; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) == "" {
			continue
		}
		cells := []string{lines[i]}
		if sep != 0 {
			cells = split(lines[i], sep)
		}
		r := RosterRow{Line: i + 1}
		for j, cell := range cells {
			cell = strings.Join(strings.Fields(cell), " ")
			if j >= len(cols) {
				if cell != "" {
					notes = append(notes, fmt.Sprintf(tr("line %d: %q is past the last column read, and left out"), i+1, cell))
				}
				continue
			}
			switch cols[j] {
			case "name":
				r.Name = cell
			case "role":
				r.Role = cell
			case "team":
				r.Team = cell
			case "level":
				r.Level = cell
			}
		}
		if r.Name == "" {
			notes = append(notes, fmt.Sprintf(tr("line %d has no name, and is left out"), i+1))
			continue
		}
		rows = append(rows, r)
	}
	return rows, notes
}

// split cuts a line into cells, honouring CSV quotes ("Lima, Ana") for
// commas and semicolons; a line that is not valid CSV is cut plainly.
func split(line string, sep rune) []string {
	if sep == '\t' {
		return strings.Split(line, "\t")
	}
	r := csv.NewReader(strings.NewReader(line))
	r.Comma = sep
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	if cells, err := r.Read(); err == nil {
		return cells
	}
	return strings.Split(line, string(sep))
}

// rosterHeader reads a header row: it is one when it names the name column
// and at least one cell, the name included, is a known header. Unknown
// columns get "" and are skipped.
func rosterHeader(cells []string) ([]string, bool) {
	cols := make([]string, len(cells))
	hasName := false
	for i, c := range cells {
		key := NameKey(c)
		for col, words := range rosterHeaders {
			for _, w := range words {
				if key == w {
					cols[i] = col
				}
			}
		}
		hasName = hasName || cols[i] == "name"
	}
	return cols, hasName
}

// RosterPlan is what applying a list would do, for a preview before
// anything changes.
type RosterPlan struct {
	Add []RosterRow
	// Update holds people already in the room for whom the list brings a
	// role, team or level they lack or have differently; ID is theirs.
	Update []RosterUpdate
	// Same holds names already in the room with nothing new.
	Same []string
	// Repeated holds names the list gives more than once; the first wins.
	Repeated []string
}

// RosterUpdate is a change to someone already in the room.
type RosterUpdate struct {
	ID  string
	Row RosterRow
}

// Empty reports whether the plan changes nothing.
func (p RosterPlan) Empty() bool { return len(p.Add) == 0 && len(p.Update) == 0 }

// PlanRoster compares a list with the room. A blank cell never clears what
// the room already holds.
func (s *Session) PlanRoster(rows []RosterRow) RosterPlan {
	var plan RosterPlan
	seen := map[string]bool{}
	for _, r := range rows {
		key := NameKey(r.Name)
		if seen[key] {
			plan.Repeated = append(plan.Repeated, r.Name)
			continue
		}
		seen[key] = true
		var p *Participant
		for i := range s.Participants {
			if SameName(s.Participants[i].Name, r.Name) {
				p = &s.Participants[i]
			}
		}
		if p == nil {
			plan.Add = append(plan.Add, r)
			continue
		}
		if differs(p.Role, r.Role) || differs(p.Team, r.Team) || differs(p.Level, r.Level) {
			plan.Update = append(plan.Update, RosterUpdate{ID: p.ID, Row: r})
		} else {
			plan.Same = append(plan.Same, p.Name)
		}
	}
	return plan
}

func differs(have, got string) bool { return got != "" && got != have }

// ApplyRoster carries out a plan made by PlanRoster and returns the IDs of
// the people added.
func (s *Session) ApplyRoster(plan RosterPlan) (added []string) {
	for _, r := range plan.Add {
		p, err := s.AddParticipant(r.Name)
		if err != nil {
			continue // the room changed since the plan: that name is in it now
		}
		p.Role, p.Team, p.Level = r.Role, r.Team, r.Level
		added = append(added, p.ID)
	}
	for _, u := range plan.Update {
		p := s.Participant(u.ID)
		if p == nil {
			continue
		}
		if u.Row.Role != "" {
			p.Role = u.Row.Role
		}
		if u.Row.Team != "" {
			p.Team = u.Row.Team
		}
		if u.Row.Level != "" {
			p.Level = u.Row.Level
		}
	}
	s.dropSameLevelLinks()
	return added
}

// SetDetails changes a participant's role, team and level, trimmed. A
// belonging link to someone now on the same level goes (a map holds links
// across levels only); droppedLinks says how many.
func (s *Session) SetDetails(id, role, team, level string) (droppedLinks int, err error) {
	p := s.Participant(id)
	if p == nil {
		return 0, fmt.Errorf(tr("no participant %q"), id)
	}
	p.Role, p.Team, p.Level = tidy(role), tidy(team), tidy(level)
	return s.dropSameLevelLinks(), nil
}

func tidy(s string) string { return strings.Join(strings.Fields(s), " ") }

// Levels lists the levels participants are on, in order of first use, so
// a picker can offer them.
func (s *Session) Levels() []string {
	var out []string
	seen := map[string]bool{}
	for _, p := range s.Participants {
		if p.Level != "" && !seen[p.Level] {
			seen[p.Level] = true
			out = append(out, p.Level)
		}
	}
	return out
}

// MaxRosterFile is the largest list file read: a roster of thousands is
// a few hundred kilobytes, so anything far bigger is not a roster.
const MaxRosterFile = 4 << 20

// ReadRoster reads a list file (CSV, TSV or plain text) as ParseRoster
// does. Spreadsheets save lists in more than one encoding: UTF-8 with or
// without a byte-order mark, UTF-16 ("Unicode text" in Excel), or Windows
// code page 1252 (Excel's CSV on Windows); each is read as such.
func ReadRoster(r io.Reader) (rows []RosterRow, notes []string, err error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxRosterFile+1))
	if err != nil {
		return nil, nil, err
	}
	if len(data) > MaxRosterFile {
		return nil, nil, fmt.Errorf(tr("the file is over %d MiB, far more than a list of people"), MaxRosterFile>>20)
	}
	var text string
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		b, err := dec.Bytes(data)
		if err != nil {
			return nil, nil, fmt.Errorf(tr("the file starts as UTF-16 but is not: %w"), err)
		}
		text = string(b)
	case utf8.Valid(data):
		text = string(data)
	default:
		b, err := charmap.Windows1252.NewDecoder().Bytes(data)
		if err != nil {
			return nil, nil, fmt.Errorf(tr("the file is neither UTF-8 nor Windows-1252 text: %w"), err)
		}
		text = string(b)
	}
	if strings.ContainsRune(text, 0) {
		return nil, nil, errors.New(tr("the file is not text (it holds NUL bytes)"))
	}
	rows, notes = ParseRoster(text)
	return rows, notes, nil
}
