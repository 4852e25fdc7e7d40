package app

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"scaleroom/assets/locale"
	"scaleroom/workshop"
)

// choice pairs a stored code with the words a picker shows for it.
type choice struct{ code, label string }

// choices is a picker's list: codes as the workshop package stores them,
// labels as a facilitator reads them.
type choices []choice

// termChoices lists a workshop vocabulary for a picker, each code with its
// label and hint, so pickers, tables and the PDF share one set of words.
func termChoices[C ~string](ts workshop.Terms[C]) choices {
	out := make(choices, len(ts))
	for i, t := range ts {
		out[i] = choice{string(t.Code), t.Long()}
	}
	return out
}

func (cs choices) labels() []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.label
	}
	return out
}

func (cs choices) label(code string) string {
	for _, c := range cs {
		if c.code == code {
			return c.label
		}
	}
	return ""
}

func (cs choices) code(label string) string {
	for _, c := range cs {
		if c.label == label {
			return c.code
		}
	}
	return ""
}

// newChoiceSelect makes a Select over cs that reports codes, not labels,
// typed as the field stores them (workshop.Decision, ...).
func newChoiceSelect[C ~string](cs choices, changed func(code C)) *widget.Select {
	return widget.NewSelect(cs.labels(), func(label string) { changed(C(cs.code(label))) })
}

// setChoice shows code in a select made by newChoiceSelect; an unknown or
// empty code clears it.
func setChoice[C ~string](s *widget.Select, cs choices, code C) {
	if l := cs.label(string(code)); l != "" {
		s.SetSelected(l)
	} else {
		s.ClearSelected()
	}
}

// parseAmount reads a load or capacity typed by a facilitator: a number,
// with a comma accepted as the decimal mark. Empty is 0. Whether the number
// fits the field is for workshop's setters to say, with the same limits
// the file validator uses.
func parseAmount(text string) (float64, error) {
	t := strings.TrimSpace(strings.ReplaceAll(text, ",", "."))
	if t == "" {
		return 0, nil
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, fmt.Errorf(lang.L("%s is not a number: type something like 3 or 2.5"), inQuotes(text))
	}
	return v, nil
}

// readDate reads a date typed in a field, in the reader's short form or
// ISO, and gives it as ISO for the file; empty is no date.
func readDate(text string) (string, error) {
	if strings.TrimSpace(text) == "" {
		return "", nil
	}
	return locale.ParseDate(text)
}

// datePattern is how a date field asks for its date, in the reader's
// short form and words: "DD/MM/YYYY", "TT.MM.JJJJ", "MM/DD/YYYY" in the
// US. A real-looking date would read as one already set.
func datePattern() string {
	return strings.NewReplacer("1999", lang.L("YYYY"), "12", lang.L("MM"), "31", lang.L("DD")).
		Replace(locale.ShortDate(time.Date(1999, time.December, 31, 0, 0, 0, 0, time.UTC)))
}
