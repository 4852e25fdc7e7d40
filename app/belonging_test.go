package app

import (
	"fmt"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"scaleroom/export/report"
	"scaleroom/workshop"
	"scaleroom/workshop/workshoptest"
)

// openBelonging shows a session's first step, a belonging map.
func openBelonging(t testing.TB, f *guiFixture, s *workshop.Session) (*SessionWindow, *BelongingScreen) {
	t.Helper()
	sw := f.s.show(s, "", nil, false)
	sw.GoToStep(s.Steps[0].ID)
	b, ok := sw.CurrentScreen().(*BelongingScreen)
	if !ok {
		t.Fatalf("the step shows a %T", sw.CurrentScreen())
	}
	return sw, b
}

// captureScript is how a facilitator records the room of fifteen
// (workshoptest.BelongingRoom) while it talks: for each person in turn,
// the keys for each person they name, then Down to the next. Keys are
// what a facilitator types hearing a name: its first letters until the
// line above the list shows one person, or the number on the list when
// that is shorter. Worked out by hand:
//
//	Amara: Dev is "4" (Dev, Dora and Diaz all start with d); Dora is "do"
//	  once Dev is linked; Farah, Gustav and Ivan are one letter each.
//	Bruno: "de", "do", f, g; "h" is Hana alone once Farah Haddad is linked.
//	Chiara, Dev, Dora: one letter each (Haddad is linked before Hana).
//	Farah, Gustav, Hana name nobody new: Down, Down, Down.
//	Ivan: "b" is Bruno (Gustav Berg is on Ivan's level).
//	Jonas: "de"; "a".
//	Kofi: "d" is Dora (Dev is linked, Diaz on his level); Bruno is "2"
//	  (Gustav Berg, a manager, also fits "b").
var captureScript = [][]string{
	{"4", "{Return}", "do", "{Return}", "f", "{Return}", "g", "{Return}", "i", "{Return}"},
	{"de", "{Return}", "do", "{Return}", "f", "{Return}", "g", "{Return}", "h", "{Return}"},
	{"a", "{Return}", "f", "{Return}", "g", "{Return}", "h", "{Return}", "i", "{Return}", "j", "{Return}"},
	{"f", "{Return}", "g", "{Return}", "h", "{Return}", "i", "{Return}", "k", "{Return}"},
	{"f", "{Return}", "g", "{Return}", "h", "{Return}", "i", "{Return}"},
	{}, {}, {},
	{"b", "{Return}"},
	{"de", "{Return}", "a", "{Return}"},
	{"d", "{Return}", "2", "{Return}"},
}

// TestCaptureFifteenByKeys maps the room of fifteen from the keyboard
// alone, and counts the keys: the goal is at most 3 keys per link, and the
// whole room in under 5 minutes of key presses.
func TestCaptureFifteenByKeys(t *testing.T) {
	f := newGUI(t)
	s := workshoptest.BelongingRoom()
	_, b := openBelonging(t, f, s)
	w := f.s.Window
	if b.Tabs.SelectedIndex() != tabRelationships || w.Canvas().Focused() != b.Capture {
		t.Fatalf("the step opens on tab %d with %T focused", b.Tabs.SelectedIndex(), w.Canvas().Focused())
	}
	linkKeys, moveKeys := 0, 0
	for i, keys := range captureScript {
		if b.Cursor != i {
			t.Fatalf("recording for %d, want %d", b.Cursor, i)
		}
		for _, k := range keys {
			press(t, w, k)
			if strings.HasPrefix(k, "{") {
				linkKeys++
			} else {
				linkKeys += len([]rune(k))
			}
		}
		if i < len(captureScript)-1 {
			press(t, w, "{Down}")
			moveKeys++
		}
	}
	e := s.Steps[0].Belonging
	var got, want []string
	for _, l := range e.Links {
		got = append(got, s.Participant(l.Who).Name+" → "+s.Participant(l.Whom).Name)
	}
	for _, l := range workshoptest.BelongingLinks {
		want = append(want, s.Participants[l[0]-1].Name+" → "+s.Participants[l[1]-1].Name)
	}
	if !slices.Equal(got, want) {
		t.Fatalf("links recorded:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	perLink := float64(linkKeys) / float64(len(e.Links))
	t.Logf("%d links in %d keys (%.2f a link) and %d keys to move between people: %d keys for the room",
		len(e.Links), linkKeys, perLink, moveKeys, linkKeys+moveKeys)
	if linkKeys != 64 || moveKeys != 10 {
		t.Errorf("%d keys for links and %d to move, by hand 64 and 10", linkKeys, moveKeys)
	}
	if perLink > 3 {
		t.Errorf("%.2f keys a link, more than 3", perLink)
	}
	// Five minutes at one key a second, a slow pace for someone listening.
	if linkKeys+moveKeys > 300 {
		t.Errorf("%d keys: more than five minutes at a key a second", linkKeys+moveKeys)
	}
	// The map follows: Oscar's dot is hollow, the rung below the managers
	// is broken, and the last person recorded is ringed.
	m := b.Drawing.Map()
	if len(m.People) != 15 || len(m.Links) != 30 || !m.People[14].Alone || len(m.Rungs) != 1 || m.Rungs[0].Rung != 2 {
		t.Errorf("the map: %d people, %d links, rungs %+v", len(m.People), len(m.Links), m.Rungs)
	}
	if b.Drawing.Selected != 10 {
		t.Errorf("ringed %d, want Kofi (10)", b.Drawing.Selected)
	}
	if h := b.Headline.Text; h != "1 broken rung: manager and team member. 4 of 15 people on a level have nobody on another." {
		t.Errorf("headline %q", h)
	}
}

// TestCaptureCorrections: what the line above the list says while typing,
// and how a wrong key is taken back.
func TestCaptureCorrections(t *testing.T) {
	f := newGUI(t)
	s := workshoptest.BelongingRoom()
	s.Participants[14].Level = "" // Oscar is on no level
	sw, b := openBelonging(t, f, s)
	w := f.s.Window
	e := s.Steps[0].Belonging
	query := func(want string) {
		t.Helper()
		if !strings.Contains(b.Query.Text, want) {
			t.Errorf("the query line says %q, want %q", b.Query.Text, want)
		}
	}
	query("Amara Okafor names… (a name or number, then Enter)")
	press(t, w, "d")
	query("“d” fits 2: 4 Dev Patel, 5 Dora Sokolova · type more, or the number")
	press(t, w, "{Return}") // ambiguous: nothing linked, the letters stay
	if len(e.Links) != 0 || b.typed != "d" || !strings.Contains(b.Feedback.Text, "fits 2 people") {
		t.Errorf("ambiguous Enter: links %v, typed %q, said %q", e.Links, b.typed, b.Feedback.Text)
	}
	press(t, w, "x")
	query("“dx”: nobody fits")
	press(t, w, "{BackSpace}", "o")
	query("“do”: Dora Sokolova (director) · Enter links")
	press(t, w, "{Return}", "c", "{Return}")
	if got := e.LinksOf(s.Participants[0].ID); !slices.Equal(got, []string{"p5", "p3"}) {
		t.Fatalf("Amara's links %v", got)
	}
	// Ctrl+Z takes the last link back, and Ctrl+Shift+Z makes it again.
	sw.Undo()
	if got := e.LinksOf("p1"); !slices.Equal(got, []string{"p5"}) || !strings.Contains(sw.Notice.Text, "Undone: link of Amara Okafor and Chiara Conti") {
		t.Errorf("after undo: %v, %q", got, sw.Notice.Text)
	}
	sw.Redo()
	if got := e.LinksOf("p1"); !slices.Equal(got, []string{"p5", "p3"}) || b.Drawing.Map().Links[1] != [2]int{0, 2} {
		t.Errorf("after redo: %v, map %v", got, b.Drawing.Map().Links)
	}
	w.Canvas().Focus(b.Capture)
	// Backspace with nothing typed takes back the last link; Delete too.
	press(t, w, "{BackSpace}")
	if got := e.LinksOf("p1"); !slices.Equal(got, []string{"p5"}) || !strings.Contains(b.Feedback.Text, "Removed the link between Amara Okafor and Chiara Conti") {
		t.Errorf("after Backspace: %v, %q", got, b.Feedback.Text)
	}
	press(t, w, "zz", "{Delete}")
	if len(e.Links) != 0 || b.typed != "" {
		t.Errorf("after Delete: %v, typed %q", e.Links, b.typed)
	}
	// Someone on the same level, and someone on no level, are refused
	// with the reason.
	press(t, w, "2", "{Return}")
	if len(e.Links) != 0 || !strings.Contains(b.Feedback.Text, "Amara Okafor and Bruno Castell are on the same level") {
		t.Errorf("same level: %v, %q", e.Links, b.Feedback.Text)
	}
	press(t, w, "15", "{Return}")
	if len(e.Links) != 0 || b.Feedback.Text != "Oscar Diaz is on no level yet." {
		t.Errorf("no level: %v, %q", e.Links, b.Feedback.Text)
	}
	// Escape clears the typing; Enter with nothing typed moves on; Up
	// comes back.
	press(t, w, "gu", "{Escape}")
	query("Amara Okafor names…")
	press(t, w, "{Return}")
	if b.Cursor != 1 {
		t.Errorf("Enter alone: cursor %d", b.Cursor)
	}
	press(t, w, "{End}")
	query("Oscar Diaz is on no level: place them on Levels and people first.")
	press(t, w, "{Home}")
	// A key typed in the agenda goes to the list, as in the values round.
	sw.Sidebar.TypedRune('f')
	sw.Sidebar.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := e.LinksOf("p1"); !slices.Equal(got, []string{"p6"}) || w.Canvas().Focused() != b.Capture {
		t.Errorf("keys from the agenda: %v, focus %T", got, w.Canvas().Focused())
	}
	// A tap on a dot records for that person.
	m := b.Drawing.Map()
	pos, ok := b.Drawing.DotPosition(3)
	if !ok || m.People[3].Number != 4 {
		t.Fatalf("Dev's dot: %v %v", pos, ok)
	}
	test.TapAt(b.Drawing, pos)
	if b.Cursor != 3 || b.Drawing.Selected != 3 {
		t.Errorf("after a tap on Dev: cursor %d, ringed %d", b.Cursor, b.Drawing.Selected)
	}
	if !sw.Dirty() {
		t.Error("the session is not marked changed")
	}
}

// TestBelongingLevelsAndPlaces sets up a map from nothing: levels from the
// roster, reordered, renamed, one added and one removed, and people placed
// with number keys.
func TestBelongingLevelsAndPlaces(t *testing.T) {
	f := newGUI(t)
	s := &workshop.Session{Title: "Levels", Participants: []workshop.Participant{}, Steps: []workshop.Step{}, Actions: []workshop.Action{}}
	for _, p := range [][2]string{{"Ana", "team"}, {"Ben", "lead"}, {"Cy", "team"}, {"Di", ""}, {"Ed", "boss"}} {
		q, _ := s.AddParticipant(p[0])
		q.Level = p[1]
	}
	s.AddStep(workshop.StepBelonging, "Map", 30)
	sw, b := openBelonging(t, f, s)
	w := f.s.Window
	e := s.Steps[0].Belonging
	if b.Tabs.SelectedIndex() != tabLevels || !b.FromRoster.Visible() || w.Canvas().Focused() != b.LevelEntry {
		t.Fatalf("an empty map opens on tab %d, roster button shown %t", b.Tabs.SelectedIndex(), b.FromRoster.Visible())
	}
	if !strings.Contains(b.Empty.Text, "List the levels") {
		t.Errorf("the relationships tab says %q", b.Empty.Text)
	}
	test.Tap(b.FromRoster)
	if !slices.Equal(e.Levels, []string{"team", "lead", "boss"}) || b.FromRoster.Visible() {
		t.Fatalf("levels from the roster %q", e.Levels)
	}
	// Top first: boss up twice, lead up once.
	b.LevelList.Select(2)
	test.Tap(b.LevelUp)
	test.Tap(b.LevelUp)
	b.LevelList.Select(2)
	test.Tap(b.LevelUp)
	if !slices.Equal(e.Levels, []string{"boss", "lead", "team"}) {
		t.Fatalf("reordered %q", e.Levels)
	}
	// Rename "team" through the dialog: Ana and Cy move with it.
	b.LevelList.Select(2)
	test.Tap(b.RenameLevel)
	name, ok := w.Canvas().Focused().(*widget.Entry)
	if !ok || name.Text != "team" {
		t.Fatalf("the rename dialog has %T focused", w.Canvas().Focused())
	}
	name.SetText("team member")
	test.Tap(overlayButton(t, w, "Rename"))
	if !slices.Equal(e.Levels, []string{"boss", "lead", "team member"}) || s.Participants[0].Level != "team member" || s.Participants[2].Level != "team member" {
		t.Fatalf("renamed: %q, Ana on %q", e.Levels, s.Participants[0].Level)
	}
	// Add a level by typing; a second of the same name is refused.
	w.Canvas().Focus(b.LevelEntry)
	test.Type(b.LevelEntry, "coach")
	b.LevelEntry.OnSubmitted(b.LevelEntry.Text)
	test.Type(b.LevelEntry, "Coach")
	test.Tap(b.AddLevel)
	if !slices.Equal(e.Levels, []string{"boss", "lead", "team member", "coach"}) || !b.LevelErr.Visible() || !strings.Contains(b.LevelErr.Text, "twice") {
		t.Fatalf("levels %q, error %q", e.Levels, b.LevelErr.Text)
	}
	// Di is on no level: the list says so. Number keys place people and
	// move on: Di (4th) to "lead" (2), Ed to coach (4).
	if !strings.Contains(b.Unplaced.Text, "On no level yet, so not on the map: Di.") {
		t.Errorf("unplaced %q", b.Unplaced.Text)
	}
	w.Canvas().Focus(b.Places)
	press(t, w, "{Down}", "{Down}", "{Down}", "2", "4")
	if s.Participants[3].Level != "lead" || s.Participants[4].Level != "coach" || b.Unplaced.Text != "Everyone is on a level." {
		t.Fatalf("Di on %q, Ed on %q; %q", s.Participants[3].Level, s.Participants[4].Level, b.Unplaced.Text)
	}
	press(t, w, "9")
	if !strings.Contains(b.Feedback.Text, "There is no level 9") {
		t.Errorf("level 9: %q", b.Feedback.Text)
	}
	// Backspace takes Ed off every level.
	press(t, w, "{BackSpace}")
	if s.Participants[4].Level != "" {
		t.Errorf("Ed is on %q", s.Participants[4].Level)
	}
	// Removing a level with people on it does not ask: the people keep the
	// level they had as typed and are on no level of the map, and undo
	// brings the level back.
	b.LevelList.Select(1)
	test.Tap(b.RemoveLevel)
	if w.Canvas().Overlays().Top() != nil {
		t.Fatal("removing a level asks")
	}
	if !slices.Equal(e.Levels, []string{"boss", "team member", "coach"}) || s.Participants[1].Level != "lead" ||
		!strings.Contains(b.Unplaced.Text, "Ben, Di, Ed") {
		t.Errorf("after removing lead: %q; %q", e.Levels, b.Unplaced.Text)
	}
	if n := sw.Notice.Text; n != "Removed the level “lead” (2 people on it now on no level) · Ctrl+Z brings it back" {
		t.Errorf("notice %q", n)
	}
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
	// Undo walks back: the level, Ed's place, the rename.
	sw.Undo()
	if !slices.Equal(e.Levels, []string{"boss", "lead", "team member", "coach"}) || !strings.Contains(b.Unplaced.Text, "Ed") {
		t.Errorf("undone removal: %q; %q", e.Levels, b.Unplaced.Text)
	}
	for range 5 { // Ed off, Ed to coach, Di to lead, coach, rename
		sw.Undo()
	}
	if !slices.Equal(e.Levels, []string{"boss", "lead", "team"}) || s.Participants[0].Level != "team" || s.Participants[3].Level != "" {
		t.Errorf("undone to before the rename: %q, Ana on %q, Di on %q", e.Levels, s.Participants[0].Level, s.Participants[3].Level)
	}
}

// TestBelongingShowOfHands counts hands per pair of levels in the grid of
// fields, after switching from names.
func TestBelongingShowOfHands(t *testing.T) {
	f := newGUI(t)
	s := workshoptest.MappedBelongingRoom()
	sw, b := openBelonging(t, f, s)
	w := f.s.Window
	e := s.Steps[0].Belonging
	b.Mode.SetSelected(workshop.ModeTally.Label())
	if txt := dialogText(w); !strings.Contains(txt, "The 30 relationships recorded by name are kept") {
		t.Fatalf("the question: %q", txt)
	}
	test.Tap(overlayButton(t, w, "Switch"))
	if e.Mode != workshop.ModeTally || len(e.Links) != 30 {
		t.Fatalf("mode %q with %d links", e.Mode, len(e.Links))
	}
	if len(b.Counts) != 12 {
		t.Fatalf("%d fields for 4 levels", len(b.Counts))
	}
	// Team members (3) with someone on manager (2): 2 hands; managers
	// with someone on directors: 4; a wrong entry is not counted.
	test.Type(b.Counts[[2]int{3, 2}], "2")
	test.Type(b.Counts[[2]int{2, 1}], "4")
	test.Type(b.Counts[[2]int{1, 0}], "x")
	if e.Count("team member", "manager") != 2 || e.Count("manager", "director") != 4 || len(e.Counts) != 2 {
		t.Fatalf("counts %+v", e.Counts)
	}
	if b.Counts[[2]int{1, 0}].Validate() == nil {
		t.Error("the field takes x as a count")
	}
	// Two digits typed in one field are one step to undo.
	w.Canvas().Focus(b.Counts[[2]int{3, 0}])
	test.Type(b.Counts[[2]int{3, 0}], "12")
	if e.Count("team member", "executive") != 12 {
		t.Fatalf("counts %+v", e.Counts)
	}
	sw.Undo()
	if e.Count("team member", "executive") != 0 || e.Count("manager", "director") != 4 || b.Counts[[2]int{3, 0}].Text != "" {
		t.Errorf("after undo: %+v, field %q", e.Counts, b.Counts[[2]int{3, 0}].Text)
	}
	// The map now shows connectors by count, and no people.
	m := b.Drawing.Map()
	if len(m.People) != 0 || len(m.Pairs) != 2 || m.Pairs[1].Label != "2 up · 0 down" {
		t.Errorf("the map of hands: %+v", m.Pairs)
	}
	// The rung between executive and director has no hands: broken.
	if len(m.Rungs) != 1 || m.Rungs[0].Rung != 0 {
		t.Errorf("rungs %+v", m.Rungs)
	}
	// Back to names: the relationships are there again; the counts kept.
	b.Mode.SetSelected(workshop.ModeNamed.Label())
	test.Tap(overlayButton(t, w, "Switch"))
	if len(b.Drawing.Map().People) != 15 || len(e.Counts) != 2 {
		t.Errorf("back to names: %d people, %d counts", len(b.Drawing.Map().People), len(e.Counts))
	}
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
}

// TestBelongingPaceCheck adds changes from the session's decisions and by
// hand, and reads what the map says about them.
func TestBelongingPaceCheck(t *testing.T) {
	f := newGUI(t)
	s := workshoptest.MappedBelongingRoom()
	s.Steps[0].Belonging.Changes = nil
	ld := s.AddStep(workshop.StepLoad, "Load", 30).Load
	it := ld.AddItem("Monthly status deck")
	it.Decision = workshop.DecisionStop
	_, b := openBelonging(t, f, s)
	w := f.s.Window
	e := s.Steps[0].Belonging
	b.Tabs.SelectIndex(tabPace)
	if w.Canvas().Focused() != b.ChangeName || !b.Suggestions.Visible() || !slices.Equal(b.Suggestions.Options, []string{"Stop: Monthly status deck"}) {
		t.Fatalf("suggestions %q", b.Suggestions.Options)
	}
	b.Suggestions.SetSelected("Stop: Monthly status deck")
	b.ChangeLevels.SetSelected([]string{"manager", "team member"})
	test.Type(b.ChangeWeeks, "3")
	test.Tap(b.AddChange)
	if len(e.Changes) != 1 || e.Changes[0].Source != "load:"+it.ID || e.Changes[0].Weeks != 3 || b.Suggestions.Visible() {
		t.Fatalf("changes %+v", e.Changes)
	}
	// One typed in: within belonging.
	test.Type(b.ChangeName, "Quarterly strategy review")
	b.ChangeLevels.SetSelected([]string{"executive", "director"})
	test.Type(b.ChangeWeeks, "12")
	b.ChangeWeeks.OnSubmitted("")
	// A bad count of weeks is refused with the reason.
	test.Type(b.ChangeName, "Reorganise")
	test.Type(b.ChangeWeeks, "soon")
	test.Tap(b.AddChange)
	if len(e.Changes) != 2 || !strings.Contains(b.ChangeErr.Text, "Weeks are a whole number") {
		t.Fatalf("%d changes, error %q", len(e.Changes), b.ChangeErr.Text)
	}
	rows := map[string]string{}
	for _, r := range b.changeRows {
		rows[r.name.Text] = r.meta.Text
	}
	if rows["Stop: Monthly status deck"] != "Faster than belonging · manager, team member · 3 weeks" ||
		rows["Quarterly strategy review"] != "Within belonging · executive, director · 12 weeks" {
		t.Errorf("rows %q", rows)
	}
	b.ChangeList.Select(0)
	if !strings.HasPrefix(b.ChangeDetail.Text, "Stop: Monthly status deck: Faster than belonging: nobody between manager and team member") ||
		!strings.Contains(b.ChangeDetail.Text, "skip-level conversations") {
		t.Errorf("detail %q", b.ChangeDetail.Text)
	}
	// Edited to the director and manager levels, over 8 weeks, it is within.
	test.Tap(b.EditChange)
	var entries []*widget.Entry
	var checks *widget.CheckGroup
	walk(w.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Entry:
			entries = append(entries, x)
		case *widget.CheckGroup:
			checks = x
		}
	})
	if len(entries) != 2 || checks == nil || entries[0].Text != "Stop: Monthly status deck" || entries[1].Text != "3" {
		t.Fatalf("the edit dialog: %d entries, checks %v", len(entries), checks)
	}
	entries[0].SetText("Stop the status deck")
	entries[1].SetText("8")
	checks.SetSelected([]string{"director", "manager"})
	test.Tap(overlayButton(t, w, "Save"))
	if c := e.Changes[0]; c.Name != "Stop the status deck" || c.Weeks != 8 || !slices.Equal(c.Levels, []string{"director", "manager"}) {
		t.Fatalf("edited %+v", c)
	}
	if !strings.HasPrefix(b.ChangeDetail.Text, "Stop the status deck: Within belonging") {
		t.Errorf("after editing: %q", b.ChangeDetail.Text)
	}
	test.Tap(b.RemoveChange)
	if len(e.Changes) != 1 || e.Changes[0].Name != "Quarterly strategy review" || !b.Suggestions.Visible() {
		t.Errorf("after removing: %+v", e.Changes)
	}
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
}

// TestBelongingOnTheProjector shows the map to the room: by person with
// names, by counts with the Anonymous box ticked.
func TestBelongingOnTheProjector(t *testing.T) {
	test.NewTempApp(t)
	s := workshoptest.MappedBelongingRoom()
	ed := &Editor{Session: s}
	p := NewProjector(ed, nil)
	w := test.NewWindow(p.Object())
	defer w.Close()
	w.Resize(fyne.NewSize(1280, 800))
	p.SetStep("s1")
	if !strings.Contains(p.Text(), "Results appear here") {
		t.Fatalf("the map shows before it is revealed:\n%s", p.Text())
	}
	p.SetReveal(true)
	drawn := canvasText(p.Object())
	for _, want := range []string{"executive", "team member", "4 with nobody across", "Broken rung", "Amara Okafor", "15"} {
		if !strings.Contains(drawn, want) {
			t.Errorf("the map lacks %q:\n%s", want, drawn)
		}
	}
	for _, want := range []string{"1 broken rung: manager and team member.", "Pace check: 2 of 4 planned changes are faster than belonging: Weekly planning across teams; New expense tool."} {
		if !strings.Contains(p.Text(), want) {
			t.Errorf("the room cannot read %q:\n%s", want, p.Text())
		}
	}
	p.SetAnonymous(true)
	drawn = canvasText(p.Object()) + p.Text()
	for _, q := range s.Participants {
		for _, part := range strings.Fields(q.Name) {
			if regexp.MustCompile(`\b` + part + `\b`).MatchString(drawn) {
				t.Errorf("the anonymous projector shows %q", part)
			}
		}
	}
	d := findDrawing(t, p.Object())
	m := d.Map()
	if len(m.People) != 0 || len(m.Pairs) != 5 {
		t.Errorf("anonymous map: %d people, %d pairs", len(m.People), len(m.Pairs))
	}
	for _, o := range test.LaidOutObjects(d) {
		if c, ok := o.(interface{ Visible() bool }); ok && c.Visible() {
			if _, dot := o.(*canvas.Circle); dot {
				t.Error("a dot is drawn on the anonymous projector")
			}
		}
	}
	for _, want := range []string{"12", "Broken rung", "2 people"} {
		if !strings.Contains(drawn, want) {
			t.Errorf("the anonymous map lacks %q", want)
		}
	}
}

// findDrawing is the belonging drawing inside an object.
func findDrawing(t testing.TB, o fyne.CanvasObject) *BelongingDrawing {
	t.Helper()
	var d *BelongingDrawing
	walk(o, func(x fyne.CanvasObject) {
		if b, ok := x.(*BelongingDrawing); ok {
			d = b
		}
	})
	if d == nil {
		t.Fatal("no belonging drawing")
	}
	return d
}

// TestBelongingOnTheSummary: the summary screen shows the map and the same
// words as the PDF.
func TestBelongingOnTheSummary(t *testing.T) {
	f := newGUI(t)
	s := workshoptest.MappedBelongingRoom()
	sw := f.s.show(s, "", nil, false)
	sw.GoToPage("summary")
	sum := sw.CurrentScreen().(*SummaryScreen)
	txt := sum.Text()
	for _, want := range []string{
		"Speed of belonging: Map the relationships across levels",
		"Map the relationships across levels: 1 broken rung, 4 of 15 people on a level with nobody on another, 2 of 4 planned changes faster than belonging.",
		"1 broken rung: manager and team member.",
		"Relationships per pair of levels:\n• executive and director: 5",
		"Nobody on another level:\n• team member: Lucia Romero, Mei Lin, Marta Nowak, Oscar Diaz",
		"• New expense tool (manager, team member; 2 weeks): Faster than belonging:",
	} {
		if !strings.Contains(txt, want) {
			t.Errorf("the summary lacks %q:\n%s", want, txt)
		}
	}
	d := findDrawing(t, sum.Object())
	if len(d.Map().People) != 15 {
		t.Errorf("the summary's map has %d people", len(d.Map().People))
	}
	fyne.CurrentApp().Settings().SetTheme(theme.LightTheme())
	f.s.Window.Resize(fyne.NewSize(1280, 800))
	sum.scroll.ScrollToOffset(fyne.NewPos(0, d.Position().Y))
	checkShot(t, f.s.Window.Canvas(), "belonging-summary", false)
}

// TestBelongingDrawingLooks renders the step and the projector, for a
// person to look at when SCALEROOM_SHOTS names a folder.
func TestBelongingDrawingLooks(t *testing.T) {
	f := newGUI(t)
	fyne.CurrentApp().Settings().SetTheme(theme.LightTheme())
	s := workshoptest.MappedBelongingRoom()
	_, b := openBelonging(t, f, s)
	f.s.Window.Resize(fyne.NewSize(1280, 800))
	b.SetCursor(2)
	checkShot(t, f.s.Window.Canvas(), "belonging-step", false)
	fig := b.Drawing.Figure()
	if len(fig.Bands) != 4 || fig.Radius <= 0 || fig.Height > float64(b.Drawing.Size().Height)+0.5 {
		t.Errorf("figure %+v in %v", fig.Bands, b.Drawing.Size())
	}
	for _, tab := range []struct {
		i    int
		name string
	}{{tabLevels, "belonging-levels"}, {tabPace, "belonging-pace"}} {
		b.Tabs.SelectIndex(tab.i)
		checkShot(t, f.s.Window.Canvas(), tab.name, false)
	}
	b.Tabs.SelectIndex(tabRelationships)
	b.AskMode(workshop.ModeTally)
	test.Tap(overlayButton(t, f.s.Window, "Switch"))
	test.Type(b.Counts[[2]int{3, 1}], "3")
	checkShot(t, f.s.Window.Canvas(), "belonging-tally", false)
	s.Steps[0].Belonging.Mode = workshop.ModeNamed
	p := NewProjector(&Editor{Session: s}, nil)
	w := test.NewWindow(p.Object())
	defer w.Close()
	w.Resize(fyne.NewSize(1280, 720))
	p.SetStep("s1")
	p.SetReveal(true)
	checkShot(t, w.Canvas(), "belonging-projector", false)
	p.SetAnonymous(true)
	checkShot(t, w.Canvas(), "belonging-projector-anonymous", false)
}

// BenchmarkCaptureKey records a link and takes it back in a room of 40
// with 2,000-character names: two digits, Enter, Backspace, four keys an
// operation. A facilitator waits for each key, so each must take well
// under a frame (16 ms).
func BenchmarkCaptureKey(b *testing.B) {
	f := newGUI(b)
	s := &workshop.Session{Title: "40", Participants: []workshop.Participant{}, Steps: []workshop.Step{}, Actions: []workshop.Action{}}
	levels := []string{"board", "director", "head", "manager", "team"}
	for i := range 40 {
		p, _ := s.AddParticipant(fmt.Sprintf("%c%s %02d", 'A'+i%26, strings.Repeat("x", 2000), i))
		p.Level = levels[i%5]
	}
	st := s.AddStep(workshop.StepBelonging, "Map", 30)
	st.Belonging.SetLevels(levels)
	for i := range 40 {
		for j := i + 1; j < 40; j += 3 {
			st.Belonging.AddLink(s, s.Participants[i].ID, s.Participants[j].ID)
		}
	}
	_, bs := openBelonging(b, f, s)
	w := f.s.Window
	b.ResetTimer()
	for range b.N {
		press(b, w, "40", "{Return}", "{BackSpace}")
	}
	b.StopTimer()
	if bs.typed != "" {
		b.Fatal(bs.typed)
	}
}

// BenchmarkBelongingDrawing200 draws a map of 200 people and 2,000
// relationships after a change: the analysis, the report's figure, the
// layout and every object's refresh (goal: under 16 ms, one frame).
func BenchmarkBelongingDrawing200(b *testing.B) {
	test.NewTempApp(b)
	s := &workshop.Session{}
	levels := []string{"executive", "director", "head", "manager", "team member"}
	for i := range 200 {
		p, _ := s.AddParticipant(fmt.Sprintf("Person %03d", i))
		p.Level = levels[min(i/10, 4)]
	}
	st := s.AddStep(workshop.StepBelonging, "B", 60)
	st.Belonging.SetLevels(levels)
	x := 1
	for len(st.Belonging.Links) < 2000 {
		x = (x*1103515245 + 12345) % (1 << 31)
		st.Belonging.AddLink(s, s.Participants[x%200].ID, s.Participants[(x/200)%200].ID)
	}
	d := NewBelongingDrawing()
	w := test.NewWindow(d)
	defer w.Close()
	w.Resize(fyne.NewSize(760, 600))
	b.ResetTimer()
	for range b.N {
		d.SetMap(report.BelongingFigure(s, st.ID, report.Options{}))
	}
}

// TestSpeedOfBelongingFromTemplateToPDF runs the built-in template as a
// new facilitator would: the room pasted in with its levels, the map
// recorded from the keyboard, a change checked, and the PDF, full and
// anonymous, read back.
func TestSpeedOfBelongingFromTemplateToPDF(t *testing.T) {
	f := newGUI(t)
	ts, err := workshop.BuiltinTemplates()
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(ts, func(x *workshop.Template) bool { return x.ID == "speed-of-belonging" })
	if i < 0 || ts[i].Minutes() != 75 {
		t.Fatalf("no 75-minute speed-of-belonging template")
	}
	sw := f.s.NewSession(ts[i])
	w := f.s.Window

	sw.GoToPage("participants")
	roster := sw.CurrentScreen().(*RosterScreen)
	roster.PasteEntry.SetText("Name\tLevel\nAna Lima\texecutive\nBen Okoro\tdirector\nChloé Dubois\tmanager\nDmitri Volkov\tteam member\nEva Novak\tteam member")
	roster.Paste()
	test.Tap(overlayButton(t, w, "Add 5"))

	sw.GoToStep("s2")
	b := sw.CurrentScreen().(*BelongingScreen)
	if b.Tabs.SelectedIndex() != tabRelationships || b.Unplaced.Text != "Everyone is on a level." {
		t.Fatalf("tab %d; %q", b.Tabs.SelectedIndex(), b.Unplaced.Text)
	}
	// Ana names Ben; Ben names Chloé; Dmitri names Ben, skipping a level.
	press(t, w, "b", "{Return}", "{Down}", "c", "{Return}", "{Down}", "{Down}", "2", "{Return}")
	e := sw.Editor.Session.Step("s2").Belonging
	if len(e.Links) != 3 {
		t.Fatalf("links %v", e.Links)
	}
	b.Tabs.SelectIndex(tabPace)
	test.Type(b.ChangeName, "New rota")
	b.ChangeLevels.SetSelected([]string{"manager", "team member"})
	test.Type(b.ChangeWeeks, "2")
	test.Tap(b.AddChange)

	read := func(variant string) string {
		t.Helper()
		base := f.path(variant)
		f.picked = []string{base}
		x := ShowExportPDF(sw)
		done := false
		x.Done = func(_ string, err error) {
			if err != nil {
				t.Error(err)
			}
			done = true
		}
		x.Variant.SetSelected(variant)
		x.Dialog.Submit()
		f.ui.runUntil(t, func() bool { return done })
		out, err := exec.Command("pdftotext", "-raw", base+".pdf", "-").Output()
		if err != nil {
			t.Skip("pdftotext is not installed")
		}
		return strings.Join(strings.Fields(string(out)), " ")
	}
	full := read(pdfFull)
	for _, want := range []string{
		"Speed of belonging: Map the relationships across levels",
		"1 broken rung: manager and team member. 1 of 5 people on a level have nobody on another.",
		"team member: Eva Novak", "New rota manager, team member 2 Faster than belonging",
	} {
		if !strings.Contains(full, want) {
			t.Errorf("the PDF lacks %q:\n%s", want, full)
		}
	}
	anon := read(pdfAnonymous)
	for _, name := range []string{"Ana", "Lima", "Ben", "Okoro", "Chloé", "Dubois", "Dmitri", "Volkov", "Eva", "Novak"} {
		if regexp.MustCompile(`\b` + name + `\b`).MatchString(anon) {
			t.Errorf("the anonymous PDF holds %q", name)
		}
	}
	if !strings.Contains(anon, "Relationships per pair of levels") {
		t.Errorf("the anonymous PDF lacks the counts:\n%s", anon)
	}
}

// TestBelongingKeysAreTheSheets: the keyboard sheet lists the keys the
// lists of people answer to, and only those: every named key is tried on
// the list of relationships and on the list of levels, and every digit on
// the list of levels.
func TestBelongingKeysAreTheSheets(t *testing.T) {
	f := newGUI(t)
	s := workshoptest.BelongingRoom()
	_, b := openBelonging(t, f, s)
	e := s.Steps[0].Belonging
	names := []fyne.KeyName{fyne.KeyUp, fyne.KeyDown, fyne.KeyLeft, fyne.KeyRight, fyne.KeyReturn, fyne.KeyEnter,
		fyne.KeyPageUp, fyne.KeyPageDown, fyne.KeyHome, fyne.KeyEnd, fyne.KeyBackspace, fyne.KeyDelete,
		fyne.KeyEscape, fyne.KeyInsert, fyne.KeyF2, fyne.KeyF11}
	listed := func(table []recordingKey) map[fyne.KeyName]bool {
		m := map[fyne.KeyName]bool{}
		for _, k := range table {
			for _, n := range k.names {
				m[n] = true
			}
		}
		return m
	}
	// The list of relationships, on the third person, with one link and
	// "d" typed: every listed key changes what is typed, the cursor or the
	// links.
	state := func() string {
		return fmt.Sprintf("%d|%q|%v|%v", b.Cursor, b.typed, e.Links, s.Participants[2].Level)
	}
	links := listed(linkKeys)
	for _, n := range names {
		e.Links = []workshop.BelongingLink{{Who: "p3", Whom: "p1"}}
		b.SetCursor(2)
		b.typed = "d"
		before := state()
		b.Capture.TypedKey(&fyne.KeyEvent{Name: n})
		if did := state() != before; did != links[n] {
			t.Errorf("relationships: key %s does something: %v; the sheet lists it: %v", n, did, links[n])
		}
	}
	b.typed = ""
	b.Capture.TypedRune('q')
	if b.typed != "q" {
		t.Errorf("a letter is not a search: %q", b.typed)
	}
	// The list of levels, on the third person (a director).
	places := listed(placeKeys)
	digits := map[rune]bool{}
	for _, k := range placeKeys {
		for _, r := range k.runes {
			digits[r] = true
		}
	}
	reset := func() {
		s.Participants[2].Level = "director"
		b.PlaceCursor = 2
	}
	for _, n := range names {
		reset()
		before := fmt.Sprintf("%d|%s", b.PlaceCursor, s.Participants[2].Level)
		b.Places.TypedKey(&fyne.KeyEvent{Name: n})
		if did := fmt.Sprintf("%d|%s", b.PlaceCursor, s.Participants[2].Level) != before; did != places[n] {
			t.Errorf("levels: key %s does something: %v; the sheet lists it: %v", n, did, places[n])
		}
	}
	for r := rune('0'); r <= '9'; r++ {
		reset()
		b.Places.TypedRune(r)
		// The room has four levels: 5 to 9 say there is no such level.
		did := b.PlaceCursor != 2
		if want := digits[r] && r <= '4'; did != want {
			t.Errorf("levels: %q moves on: %v, want %v", r, did, want)
		}
	}
}

// clip agrees with the truncator it stands in for, on short, exact, long
// and multi-byte text.
func TestClip(t *testing.T) {
	for _, s := range []string{"", "Ana", "Ana Lima", "Zoë Brontë-Okonkwo", "山田太郎さん", strings.Repeat("é", 2000)} {
		for _, n := range []int{1, 3, 8, 12} {
			if got, want := clip(s, n), truncate(s, fitsRunes(n)); got != want {
				t.Errorf("clip(%.20q, %d) = %q, truncate gives %q", s, n, got, want)
			}
		}
	}
}

// TestBelongingLargestRoom: 40 people, one with a 2,000-character name,
// on twelve levels with 80-character names, every one linked across, a
// change named in 2,000 characters; every tab, the show of hands of 132
// fields and the projector show it without running off their places.
func TestBelongingLargestRoom(t *testing.T) {
	f := newGUI(t)
	s := &workshop.Session{Title: "Forty", Participants: []workshop.Participant{}, Steps: []workshop.Step{}, Actions: []workshop.Action{}}
	var levels []string
	for i := range workshop.MaxLevels {
		levels = append(levels, fmt.Sprintf("%02d %s", i, strings.Repeat("level ", 13)[:77]))
	}
	for i := range 40 {
		p, _ := s.AddParticipant(fmt.Sprintf("Person %02d", i))
		p.Level = levels[i%len(levels)]
	}
	s.Participants[39].Name = strings.Repeat("Xochiquetzalli", 143)[:2000]
	st := s.AddStep(workshop.StepBelonging, "Map", 30)
	e := st.Belonging
	if err := e.SetLevels(levels); err != nil {
		t.Fatal(err)
	}
	for i := range s.Participants {
		for j := i + 1; j < len(s.Participants); j++ {
			e.AddLink(s, s.Participants[i].ID, s.Participants[j].ID)
		}
	}
	e.AddChange(strings.Repeat("change ", 300)[:2000], levels[:3], 4, "")
	_, b := openBelonging(t, f, s)
	w := f.s.Window
	w.Resize(fyne.NewSize(1024, 640))
	fig := b.Drawing.Figure()
	if len(fig.Bands) != 12 || len(fig.Links) != len(e.Links) || len(e.Links) < 700 {
		t.Fatalf("figure: %d bands, %d of %d links", len(fig.Bands), len(fig.Links), len(e.Links))
	}
	for i, d := range fig.Dots {
		band := fig.Bands[i%12]
		if d.Y-fig.Radius < band.Y-0.5 || d.Y+fig.Radius > band.Y+band.H+0.5 {
			t.Fatalf("dot %d at %v is outside its band %+v", i, d, band)
		}
	}
	b.SetCursor(39)
	if n := len([]rune(b.Query.Text)); n > 80 {
		t.Errorf("the query line holds %d characters", n)
	}
	for _, tab := range []int{tabLevels, tabPace} {
		b.Tabs.SelectIndex(tab)
	}
	b.ChangeList.Select(0)
	if !strings.Contains(b.ChangeDetail.Text, "Faster than belonging") && !strings.Contains(b.ChangeDetail.Text, "Within belonging") {
		t.Errorf("detail %.80q", b.ChangeDetail.Text)
	}
	b.Tabs.SelectIndex(tabRelationships)
	b.AskMode(workshop.ModeTally)
	test.Tap(overlayButton(t, w, "Switch"))
	if len(b.Counts) != 132 {
		t.Fatalf("%d fields for 12 levels", len(b.Counts))
	}
	test.Type(b.Counts[[2]int{11, 0}], "40")
	if e.Count(levels[11], levels[0]) != 40 {
		t.Errorf("counts %+v", e.Counts)
	}
	p := NewProjector(&Editor{Session: s}, nil)
	pw := test.NewWindow(p.Object())
	defer pw.Close()
	pw.Resize(fyne.NewSize(1280, 720))
	p.SetStep(st.ID)
	p.SetReveal(true)
	d := findDrawing(t, p.Object())
	if len(d.Map().Pairs) == 0 || d.Size().Width > 1280 {
		t.Errorf("the projector's map: %d pairs, %v wide", len(d.Map().Pairs), d.Size().Width)
	}
	// Twelve levels fit the window: the map's type shrinks, and the
	// figure is no taller than the place it has.
	if fig := d.Figure(); fig.Height > float64(d.Size().Height)+1 || d.Position().Y+d.Size().Height > 720 {
		t.Errorf("the projector's map is %v high in %v at %v", fig.Height, d.Size(), d.Position())
	}
	checkShot(t, pw.Canvas(), "belonging-projector-12", true)
}
