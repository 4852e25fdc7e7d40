package report

import "scaleroom/workshop"

// tr puts a text of the report into the reader's language. The report
// stays free of Fyne: workshop.Translate is the hook assets/locale wires
// to Fyne's lang; the completeness test there collects every literal
// passed to tr.
func tr(s string) string { return workshop.Translate(s) }

// trKey looks a text up by a key of its own, for an English word with
// two meanings ("Open": a file, or an action not done); english is what
// English readers see.
func trKey(key, english string) string { return workshop.TranslateKey(key, english) }
