package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2/lang"

	pdf "scaleroom/export"
	"scaleroom/export/report"
	"scaleroom/workshop"
	"scaleroom/workshop/safefile"
)

func exportSynopsis() string {
	return lang.L(`export FILE [-o OUT.pdf|OUT.md|OUT.csv] [--format pdf|md|csv] [--table actions|load|responses]
              [--anonymous] [--participant NAME] [--no-notes] [--paper a4|letter]
       export FILE --all-participants -o DIR [--anonymous] [--no-notes] [--paper a4|letter]
       export FILE [--trends DIR] [--previous PREVIOUS] ...

Writes a PDF summary of a session file: the whole session by default; under
--anonymous without names or per-person labels (answers only as counts
and unattributed notes, names in notes become [name]); one person's sheet
under --participant; or every participant's sheet into the folder DIR under
--all-participants. Notes are printed as written (names scrubbed when
anonymous); --no-notes leaves them out. OUT.pdf defaults to FILE with .pdf
for .json.

The format follows OUT's extension, or --format: pdf; md, the whole summary
as Markdown for a wiki; or csv, one table for a spreadsheet or a tracker,
chosen with --table: actions (the default), load (items with decisions) or
responses (named answers; counts per level when --anonymous). The same
rules on names apply to every format.

A follow-up's summary opens with "Since last time", compared with the
session it follows, read from where its link says or from beside FILE; when
it is not there, give it with --previous. --trends DIR adds a page of trends
across FILE's series, from the sessions of the series in the folder DIR.`)
}

func export(args []string, env Env) int {
	fs := flags("export", exportSynopsis(), env)
	out := fs.String("o", "", lang.L("PDF file to write (default: FILE with .pdf instead of .json)"))
	anonymous := fs.Bool("anonymous", false, lang.L("leave out every participant's name: answers only as counts and unattributed notes, [name] in notes, no owners"))
	participant := fs.String("participant", "", lang.L("write the personal sheet of the participant with this name (or ID); case and accents typed either way"))
	all := fs.Bool("all-participants", false, lang.L("write every participant's personal sheet into the folder given with -o"))
	noNotes := fs.Bool("no-notes", false, lang.L("leave out notes and reservations, which are otherwise printed as written"))
	paper := fs.String("paper", pdf.PaperA4, lang.L("paper size: a4 or letter"))
	format := fs.String("format", "", lang.L("pdf, md (Markdown) or csv; by default from the extension of -o, else pdf"))
	table := fs.String("table", report.ActionsData, lang.L("with csv: actions, load or responses"))
	trendsDir := fs.String("trends", "", lang.L("add the trends of the session's series, from the session files in this folder"))
	previous := fs.String("previous", "", lang.L("the session file FILE follows, when it is not where FILE's link says"))
	files, code, stop := parseInterspersed(fs, args, env)
	if stop {
		return code
	}
	if len(files) != 1 {
		fmt.Fprintln(env.Stderr, "scaleroom export: "+lang.L("name exactly one session file"))
		fs.Usage()
		return ExitUsage
	}
	if p := strings.ToLower(*paper); p != pdf.PaperA4 && p != pdf.PaperLetter {
		fmt.Fprintln(env.Stderr, "scaleroom export: "+fmt.Sprintf(lang.L("unknown paper size %q: use a4 or letter"), *paper))
		return ExitUsage
	}
	in := files[0]
	kind, err := exportFormat(*format, *out)
	if err != nil {
		fmt.Fprintf(env.Stderr, "scaleroom export: %v\n", err)
		return ExitUsage
	}
	if *all && kind != formatPDF {
		fmt.Fprintln(env.Stderr, "scaleroom export: "+lang.L("--all-participants writes PDF sheets only"))
		return ExitUsage
	}
	if kind == formatCSV && !slices.Contains(report.DataTables, *table) {
		fmt.Fprintln(env.Stderr, "scaleroom export: "+fmt.Sprintf(lang.L("unknown --table %q: use actions, load or responses"), *table))
		return ExitUsage
	}
	if (*trendsDir != "" || *previous != "") && (*all || *participant != "" || kind == formatCSV) {
		fmt.Fprintln(env.Stderr, "scaleroom export: "+lang.L("--trends and --previous add to the summary (PDF or Markdown), not to personal sheets or CSV tables"))
		return ExitUsage
	}
	if *all {
		return exportAll(in, *out, *participant, pdf.Options{Paper: strings.ToLower(*paper), Anonymous: *anonymous, NoNotes: *noNotes}, env)
	}
	target := *out
	if target == "" {
		ext := "." + string(kind)
		if kind == formatCSV {
			ext = "-" + *table + ".csv"
		}
		target = strings.TrimSuffix(in, filepath.Ext(in)) + ext
		if e := strings.ToLower(filepath.Ext(in)); e != ".json" && e != ".scaleroom" {
			target = in + ext
		}
	}
	if filepath.Clean(target) == filepath.Clean(in) || sameFile(target, in) {
		fmt.Fprintln(env.Stderr, "scaleroom export: "+fmt.Sprintf(lang.L("the %s would replace the session file %s; choose another name with -o"), kind.noun(), in))
		return ExitUsage
	}
	if err := safefile.CheckRegular(target); err != nil && !errors.Is(err, os.ErrNotExist) {
		fmt.Fprintln(env.Stderr, "scaleroom export: "+fmt.Sprintf(lang.L("cannot write the %s to %s: %v"), kind.noun(), target, errors.Unwrap(err)))
		return ExitInvalid
	}
	s, err := workshop.LoadFile(in)
	if err != nil {
		fmt.Fprintf(env.Stderr, "scaleroom export: %v\n", describe(err))
		return ExitInvalid
	}
	opt := pdf.Options{Paper: strings.ToLower(*paper), Anonymous: *anonymous, NoNotes: *noNotes}
	if *participant == "" && kind != formatCSV {
		if opt.Previous, err = previousFor(s, in, *previous); err != nil {
			fmt.Fprintf(env.Stderr, "scaleroom export: %v\n", err)
			return ExitInvalid
		}
	}
	if *trendsDir != "" {
		if opt.Series, err = seriesFor(s, in, *trendsDir); err != nil {
			fmt.Fprintf(env.Stderr, "scaleroom export: %v\n", describe(err))
			return ExitInvalid
		}
	}
	if *participant != "" {
		p := findParticipant(s, *participant)
		if p == nil {
			fmt.Fprintln(env.Stderr, "scaleroom export: "+fmt.Sprintf(lang.L("%s has no participant named %q"), in, *participant))
			return ExitInvalid
		}
		opt.Participant = p.ID
	}
	ctx, cancel := interruptible()
	defer cancel()
	write := func(w io.Writer) error { return pdf.Write(w, s, opt) }
	switch kind {
	case formatMarkdown:
		write = func(w io.Writer) error { return pdf.WriteMarkdown(w, s, opt) }
	case formatCSV:
		write = func(w io.Writer) error { return pdf.WriteCSV(w, s, opt, *table) }
	}
	err = safefile.WriteContext(ctx, target, false, write)
	if err != nil {
		fmt.Fprintf(env.Stderr, "scaleroom export: %v\n", err)
		return exitFor(err)
	}
	fmt.Fprintln(env.Stdout, fmt.Sprintf(lang.L("wrote %s"), target))
	return ExitOK
}

// exportAll writes every participant's sheet into the folder dir,
// creating it if needed.
func exportAll(in, dir, participant string, opt pdf.Options, env Env) int {
	if dir == "" {
		fmt.Fprintln(env.Stderr, "scaleroom export: "+lang.L("--all-participants needs a folder to write into: -o DIR"))
		return ExitUsage
	}
	if participant != "" {
		fmt.Fprintln(env.Stderr, "scaleroom export: "+lang.L("use either --participant or --all-participants, not both"))
		return ExitUsage
	}
	if info, err := os.Stat(dir); err == nil && !info.IsDir() {
		fmt.Fprintln(env.Stderr, "scaleroom export: "+fmt.Sprintf(lang.L("%s is a file; --all-participants writes into a folder"), dir))
		return ExitUsage
	}
	s, err := workshop.LoadFile(in)
	if err != nil {
		fmt.Fprintf(env.Stderr, "scaleroom export: %v\n", describe(err))
		return ExitInvalid
	}
	if len(s.Participants) == 0 {
		fmt.Fprintln(env.Stderr, "scaleroom export: "+fmt.Sprintf(lang.L("%s has no participants to write sheets for"), in))
		return ExitInvalid
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintf(env.Stderr, "scaleroom export: %v\n", err)
		return ExitInvalid
	}
	paths, err := pdf.WriteSheets(dir, s, opt)
	for _, p := range paths {
		fmt.Fprintln(env.Stdout, fmt.Sprintf(lang.L("wrote %s"), p))
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "scaleroom export: %v\n", err)
		return ExitInvalid
	}
	return ExitOK
}

// findParticipant matches the exact name first, then an ID, then the name
// after Unicode normalisation and ignoring case, when only one person fits:
// a terminal on macOS sends "José" decomposed, which must still find José.
func findParticipant(s *workshop.Session, name string) *workshop.Participant {
	return s.FindParticipant(name)
}

// parseInterspersed lets options come after the file name, as in
// "export FILE -o OUT.pdf", which the flag package alone stops at.
func parseInterspersed(fs *flag.FlagSet, args []string, env Env) (positional []string, code int, stop bool) {
	for {
		if code, stop := parse(fs, args, env); stop {
			return nil, code, true
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return positional, 0, false
		}
		// After a literal "--" everything is a file name.
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(positional, rest...), 0, false
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// sameFile reports whether two names lead to one existing file: a link, or
// another spelling on a case-insensitive disk ("team.JSON").
func sameFile(a, b string) bool {
	fa, err := os.Stat(a)
	if err != nil {
		return false
	}
	fb, err := os.Stat(b)
	return err == nil && os.SameFile(fa, fb)
}

// exportFormat is what export writes: pdf, md or csv.
type exportKind string

const (
	formatPDF      exportKind = "pdf"
	formatMarkdown exportKind = "md"
	formatCSV      exportKind = "csv"
)

// noun names what the format writes, for messages.
func (k exportKind) noun() string {
	switch k {
	case formatMarkdown:
		return "Markdown"
	case formatCSV:
		return "CSV"
	}
	return "PDF"
}

// exportFormat picks the format from --format, else from the output's
// extension, else PDF. A --format that contradicts the extension is an
// error: it would write a file whose name lies about it.
func exportFormat(flagValue, out string) (exportKind, error) {
	byExt := map[string]exportKind{".pdf": formatPDF, ".md": formatMarkdown, ".markdown": formatMarkdown, ".csv": formatCSV}
	named := map[string]exportKind{"pdf": formatPDF, "md": formatMarkdown, "markdown": formatMarkdown, "csv": formatCSV}
	fromExt, extKnown := byExt[strings.ToLower(filepath.Ext(out))]
	if flagValue == "" {
		if extKnown {
			return fromExt, nil
		}
		return formatPDF, nil
	}
	f, ok := named[strings.ToLower(flagValue)]
	if !ok {
		return "", fmt.Errorf(lang.L("unknown --format %q: use pdf, md or csv"), flagValue)
	}
	if extKnown && fromExt != f {
		return "", fmt.Errorf(lang.L("--format %s does not match %s"), flagValue, filepath.Base(out))
	}
	return f, nil
}

// previousFor reads the session s follows, from the file given, or else
// where s's link says (see workshop.LocatePrevious). It is nil for a
// session that follows none; a session that cannot be found is an error,
// since the summary would otherwise compare with nothing without saying so.
func previousFor(s *workshop.Session, in, given string) (*workshop.Session, error) {
	if given == "" {
		prev, _, err := workshop.LocatePrevious(s, in)
		if err != nil {
			return nil, fmt.Errorf(lang.L("%s follows a session it cannot compare with: %v; give its file with --previous FILE"), in, err)
		}
		return prev, nil
	}
	if s.Previous == nil {
		return nil, fmt.Errorf(lang.L("%s follows no session, so --previous has nothing to compare"), in)
	}
	prev, err := workshop.LoadFile(given)
	if err != nil {
		return nil, fmt.Errorf("--previous: %v", describe(err))
	}
	switch {
	case prev.SeriesID() != s.SeriesID():
		return nil, fmt.Errorf(lang.L("%[1]s belongs to another series than %[2]s, so it is not the session %[2]s follows"), given, in)
	case prev.Date != s.Previous.Date:
		return nil, fmt.Errorf(lang.L("%s is the session of %s, but %s follows the session of %s"), given, dateWord(prev.Date), in, s.Previous.Date)
	}
	return prev, nil
}

func dateWord(d string) string {
	if d == "" {
		return lang.L("no date")
	}
	return d
}

// seriesFor is s's series: s itself and the sessions of its series in
// dir, in date order.
func seriesFor(s *workshop.Session, in, dir string) (*workshop.Series, error) {
	sessions, paths, err := workshop.SeriesFiles(dir, s.SeriesID(), in)
	if err != nil {
		return nil, fmt.Errorf("--trends: %w", err)
	}
	return workshop.NewSeries(append(sessions, s), append(paths, in))
}
