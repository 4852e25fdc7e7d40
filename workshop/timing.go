package workshop

// UsedSeconds is the time the timer recorded over all steps, so screens and
// the PDF show the same total beside PlannedMinutes.
func (s *Session) UsedSeconds() int {
	total := 0
	for _, st := range s.Steps {
		total += st.UsedSeconds
	}
	return total
}
