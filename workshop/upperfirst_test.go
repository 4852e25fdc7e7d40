package workshop_test

import (
	"testing"

	"scaleroom/workshop"
)

func TestUpperFirst(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"ana", "Ana"},
		{"Ana", "Ana"},
		{"über den Berg", "Über den Berg"},
		{"élément de charge", "Élément de charge"},
		{"ñandú", "Ñandú"},
		{"ærlig", "Ærlig"},
		{"ǆungla", "ǅungla"}, // a digraph takes its title case, not DŽ
		{"σήμερα", "Σήμερα"},
		{"3 people", "3 people"},
		{"日本語", "日本語"},
		{"\xffabc", "\xffabc"}, // not UTF-8: left as it is
		{"ü", "Ü"},
	} {
		if got := workshop.UpperFirst(c.in); got != c.want {
			t.Errorf("UpperFirst(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
