package report

import (
	"testing"

	"scaleroom/workshop"
)

func TestScrub(t *testing.T) {
	s := &workshop.Session{Facilitator: "Hanna Berg", Participants: []workshop.Participant{
		{ID: "a", Name: "Ana Lima"}, {ID: "b", Name: "Will Turner"}, {ID: "c", Name: "Ana Souza"}, {ID: "d", Name: "Sean O'Brien"},
		{ID: "e", Name: "Zoë"}, {ID: "f", Name: "José-María Núñez"}, {ID: "g", Name: "محمد علي"}, {ID: "h", Name: "Zoë 😀 Brontë"},
		{ID: "i", Name: "山田太郎"}, {ID: "j", Name: "דנה כהן"}, {ID: "k", Name: "Nguyễn Thị Minh"}, {ID: "l", Name: "Ольга Петрова"},
	}}
	a := newAnonymiser(s)
	cases := []struct{ in, want string }{
		{"Ana Lima", "[name]"},
		{"ask ana lima", "ask [name]"},
		{"ASK ANA LIMA", "ASK [name]"},
		{"Will said we will", "[name] said we [name]"}, // any case: "will" is also a name here
		{"Turner's idea", "[name]'s idea"},
		{"Turner’s idea", "[name]’s idea"},
		{"Annas Idee, Limas Plan", "Annas Idee, [name] Plan"},
		{"Souza and Lima", "[name] and [name]"},
		{"Sean O'Brien, Zoë", "[name], [name]"},
		{"O’Brien and Brien", "[name] and [name]"},
		{"Zoë's note", "[name]'s note"},
		{"Zoë's note", "[name]'s note"}, // NFD
		{"zoe said", "[name] said"},      // without the accent
		{"Hanna Berg runs it; Berg said so", "[name] runs it; [name] said so"},
		{"Analysis of Limassol", "Analysis of Limassol"}, // whole words in spaced scripts
		{"Ana\nLima", "[name]\n[name]"},
		{"José-María agrees", "[name] agrees"},
		{"josé and maría and NÚÑEZ", "[name] and [name] and [name]"},
		{"José-María", "[name]"},
		{"قال محمد: لا", "قال [name]: لا"},
		{"ومحمد وعلي", "و[name] و[name]"}, // particles joined to the name
		{"Zoë 😀 Brontë was there", "[name] was there"},
		{"😀 from Brontë", "[name] from [name]"},
		{"山田太郎さんが言った", "[name]さんが言った"},
		{"山田さんと太郎", "[name]さんと[name]"},
		{"ודנה אמרה", "ו[name] אמרה"},
		{"chị Minh và Nguyễn", "chị [name] và [name]"},
		{"ольга и ПЕТРОВА", "[name] и [name]"},
		{"Participant notes", "Participant notes"},
	}
	for _, c := range cases {
		if got := a.Scrub(c.in); got != c.want {
			t.Errorf("Scrub(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestScrubCatchesWhatTheRoomCallsPeople: forms a new-user trial found in
// the anonymous PDF (declined Russian and Greek names, a Chinese or Korean
// family name alone or with a title, a Hindi honorific joined to the name),
// and an ordinary word the old possessive rule took for a name.
func TestScrubCatchesWhatTheRoomCallsPeople(t *testing.T) {
	s := &workshop.Session{Participants: []workshop.Participant{
		{ID: "p1", Name: "Ольга Петрова"}, {ID: "p2", Name: "Νίκος Παππάς"}, {ID: "p3", Name: "李娜"},
		{ID: "p4", Name: "김민준"}, {ID: "p5", Name: "प्रिया शर्मा"}, {ID: "p6", Name: "Nguyễn Thị Minh Khai"},
		{ID: "p7", Name: "Anna Berg"},
	}}
	a := newAnonymiser(s)
	for in, want := range map[string]string{
		"спросить Ольгу и Ольгой":    "спросить [name] и [name]",
		"с Петровой":                 "с [name]",
		"ο Νίκου, τον Νίκο, η Παππά": "ο [name], τον [name], η [name]",
		"老李 said, 李总 agreed, 李 too":  "老[name] said, [name]总 agreed, [name] too",
		"김 씨 and 민준":                 "[name] 씨 and [name]",
		"प्रियाजी ने कहा":            "[name]जी ने कहा",
		"under half this year":       "under half this year",
		"Annas Idee, Anna's idea":    "[name] Idee, [name]'s idea",
		"Olga said":                  "Olga said", // a spelling in another script is not caught
	} {
		if got := a.Scrub(in); got != want {
			t.Errorf("Scrub(%q) = %q, want %q", in, got, want)
		}
	}
}
