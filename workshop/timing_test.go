package workshop

import "testing"

func TestUsedSeconds(t *testing.T) {
	s := &Session{Steps: []Step{
		{ID: "s1", Timebox: 10, UsedSeconds: 540},
		{ID: "s2", Timebox: 20}, // not run yet: adds nothing
		{ID: "s3", Timebox: 5, UsedSeconds: 421},
	}}
	if got := s.UsedSeconds(); got != 961 {
		t.Errorf("UsedSeconds = %d, want 961", got)
	}
	if got := (&Session{}).UsedSeconds(); got != 0 {
		t.Errorf("empty session: UsedSeconds = %d, want 0", got)
	}
}
