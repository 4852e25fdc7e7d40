package report

import (
	"fmt"
	"strconv"
	"strings"

	"scaleroom/assets/locale"
	"scaleroom/workshop"
)

func itoa(n int) string { return strconv.Itoa(n) }

// minutes writes planned minutes: "45 min".
func minutes(m int) string { return itoa(m) + " min" }

// duration writes recorded seconds as minutes and seconds, as print reads
// them: "41 min 05 s".
func duration(sec int) string {
	if sec < 60 {
		return fmt.Sprintf("%d s", sec)
	}
	if sec%60 == 0 {
		return fmt.Sprintf("%d min", sec/60)
	}
	return fmt.Sprintf("%d min %02d s", sec/60, sec%60)
}

// clock writes seconds as a clock does, m:ss, with a minus sign past zero:
// "41:05", "-0:30".
func clock(secs int) string {
	sign := ""
	if secs < 0 {
		sign, secs = "-", -secs
	}
	return fmt.Sprintf("%s%d:%02d", sign, secs/60, secs%60)
}

// count is a count and its noun: "1 item", "3 items".
func count(n int, one, many string) string { return itoa(n) + " " + workshop.Plural(n, one, many) }

// date shows a date the session file keeps as ISO the reader's way, in
// full: "24 November 2026", "24. November 2026". Text that is not a date
// is shown as typed.
func date(iso string) string { return locale.ShowDate(iso) }

// lower puts a label (a verdict, a trap, a direction) into running text:
// in lower case, except in German, whose nouns keep their capital.
func lower(s string) string {
	if b, _ := locale.Current().Base(); b.String() == "de" {
		return s
	}
	return strings.ToLower(s)
}

// translatedError is an error in the reader's language that still matches
// its sentinel with errors.Is.
type translatedError struct {
	msg string
	is  error
}

func (e *translatedError) Error() string        { return e.msg }
func (e *translatedError) Is(target error) bool { return target == e.is }

func joinComma(list []string) string { return strings.Join(list, ", ") }

// levelWords names a level: "6 Don't like it, but will support it".
func levelWords(sc *workshop.Scale, level int) string {
	text := itoa(level)
	if l := sc.Level(level); l != nil {
		text += " " + l.Label
	}
	return text
}

// commitmentWords is a response's effective commitment in the screens'
// words: what the person said, or what their level implies.
func commitmentWords(sc *workshop.Scale, r workshop.Response) string {
	return workshop.EffectiveCommitment(sc, r).Label()
}

// saidWords is what the appendix prints: the commitment the person stated,
// as the response grid shows it, and when they stated none but their level
// implies one, that one marked "(by level)", so it matches the counts.
func saidWords(sc *workshop.Scale, r workshop.Response) string {
	if r.Commitment != workshop.Undecided {
		return r.Commitment.Label()
	}
	if c := workshop.EffectiveCommitment(sc, r); c != workshop.Undecided {
		return fmt.Sprintf(tr("%s (by level)"), c.Label())
	}
	return workshop.Undecided.Label()
}
