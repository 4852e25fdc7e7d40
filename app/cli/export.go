package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	pdf "scaleroom/export"
	"scaleroom/workshop"
	"scaleroom/workshop/safefile"
)

const exportSynopsis = `export FILE [-o OUT.pdf] [--anonymous] [--participant NAME] [--no-notes] [--paper a4|letter]
       export FILE --all-participants -o DIR [--anonymous] [--no-notes] [--paper a4|letter]

Writes a PDF summary of a session file: the whole session by default; under
--anonymous without names or per-person labels (answers only as counts
and unattributed notes, names in notes become [name]); one person's sheet
under --participant; or every participant's sheet into the folder DIR under
--all-participants. Notes are printed as written (names scrubbed when
anonymous); --no-notes leaves them out. OUT.pdf defaults to FILE with .pdf
for .json.`

func export(args []string, env Env) int {
	fs := flags("export", exportSynopsis, env)
	out := fs.String("o", "", "PDF file to write (default: FILE with .pdf instead of .json)")
	anonymous := fs.Bool("anonymous", false, "leave out every participant's name: answers only as counts and unattributed notes, [name] in notes, no owners")
	participant := fs.String("participant", "", "write the personal sheet of the participant with this name (or ID); case and accents typed either way")
	all := fs.Bool("all-participants", false, "write every participant's personal sheet into the folder given with -o")
	noNotes := fs.Bool("no-notes", false, "leave out notes and reservations, which are otherwise printed as written")
	paper := fs.String("paper", pdf.PaperA4, "paper size: a4 or letter")
	files, code, stop := parseInterspersed(fs, args, env)
	if stop {
		return code
	}
	if len(files) != 1 {
		fmt.Fprintln(env.Stderr, "scaleroom export: name exactly one session file")
		fs.Usage()
		return ExitUsage
	}
	if p := strings.ToLower(*paper); p != pdf.PaperA4 && p != pdf.PaperLetter {
		fmt.Fprintf(env.Stderr, "scaleroom export: unknown paper size %q: use a4 or letter\n", *paper)
		return ExitUsage
	}
	in := files[0]
	if *all {
		return exportAll(in, *out, *participant, pdf.Options{Paper: strings.ToLower(*paper), Anonymous: *anonymous, NoNotes: *noNotes}, env)
	}
	target := *out
	if target == "" {
		target = strings.TrimSuffix(in, filepath.Ext(in)) + ".pdf"
		if strings.ToLower(filepath.Ext(in)) != ".json" {
			target = in + ".pdf"
		}
	}
	if filepath.Clean(target) == filepath.Clean(in) || sameFile(target, in) {
		fmt.Fprintf(env.Stderr, "scaleroom export: the PDF would replace the session file %s; choose another name with -o\n", in)
		return ExitUsage
	}
	if err := safefile.CheckRegular(target); err != nil && !errors.Is(err, os.ErrNotExist) {
		fmt.Fprintf(env.Stderr, "scaleroom export: cannot write the PDF to %s: %v\n", target, errors.Unwrap(err))
		return ExitInvalid
	}
	s, err := workshop.LoadFile(in)
	if err != nil {
		fmt.Fprintf(env.Stderr, "scaleroom export: %v\n", describe(err))
		return ExitInvalid
	}
	opt := pdf.Options{Paper: strings.ToLower(*paper), Anonymous: *anonymous, NoNotes: *noNotes}
	if *participant != "" {
		p := findParticipant(s, *participant)
		if p == nil {
			fmt.Fprintf(env.Stderr, "scaleroom export: %s has no participant named %q\n", in, *participant)
			return ExitInvalid
		}
		opt.Participant = p.ID
	}
	ctx, cancel := interruptible()
	defer cancel()
	err = safefile.WriteContext(ctx, target, false, func(w io.Writer) error { return pdf.Write(w, s, opt) })
	if err != nil {
		fmt.Fprintf(env.Stderr, "scaleroom export: %v\n", err)
		return exitFor(err)
	}
	fmt.Fprintf(env.Stdout, "wrote %s\n", target)
	return ExitOK
}

// exportAll writes every participant's sheet into the folder dir,
// creating it if needed.
func exportAll(in, dir, participant string, opt pdf.Options, env Env) int {
	if dir == "" {
		fmt.Fprintln(env.Stderr, "scaleroom export: --all-participants needs a folder to write into: -o DIR")
		return ExitUsage
	}
	if participant != "" {
		fmt.Fprintln(env.Stderr, "scaleroom export: use either --participant or --all-participants, not both")
		return ExitUsage
	}
	if info, err := os.Stat(dir); err == nil && !info.IsDir() {
		fmt.Fprintf(env.Stderr, "scaleroom export: %s is a file; --all-participants writes into a folder\n", dir)
		return ExitUsage
	}
	s, err := workshop.LoadFile(in)
	if err != nil {
		fmt.Fprintf(env.Stderr, "scaleroom export: %v\n", describe(err))
		return ExitInvalid
	}
	if len(s.Participants) == 0 {
		fmt.Fprintf(env.Stderr, "scaleroom export: %s has no participants to write sheets for\n", in)
		return ExitInvalid
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintf(env.Stderr, "scaleroom export: %v\n", err)
		return ExitInvalid
	}
	paths, err := pdf.WriteSheets(dir, s, opt)
	for _, p := range paths {
		fmt.Fprintf(env.Stdout, "wrote %s\n", p)
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
