package workshop

// Translate turns an English text of the domain (a message, a scale's
// level, a built-in template's words) into the reader's language. The
// domain knows nothing of Fyne: package assets/locale sets this to Fyne's
// lang.L when a program loads Scaleroom's translations; without it, text
// stays English.
var Translate = func(s string) string { return s }

// tr marks an English text for translation; the completeness test in
// assets/locale collects every literal passed to it.
func tr(s string) string { return Translate(s) }

// TranslatedTexts lists the texts the domain translates that are not
// literals at a call of tr: the built-in templates' words and the like.
// The completeness test checks each has a translation.
func TranslatedTexts() []string {
	return nil
}
