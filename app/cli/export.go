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

const exportSynopsis = `export FILE [-o OUT.pdf] [--anonymous] [--participant NAME] [--paper a4|letter]

Writes a PDF summary of a session file: the whole session by default, with
names replaced by "Participant N" labels under --anonymous, or one person's
sheet under --participant. OUT.pdf defaults to FILE with .pdf for .json.`

func export(args []string, env Env) int {
	fs := flags("export", exportSynopsis, env)
	out := fs.String("o", "", "PDF file to write (default: FILE with .pdf instead of .json)")
	anonymous := fs.Bool("anonymous", false, "replace participant names with \"Participant N\" labels")
	participant := fs.String("participant", "", "write the personal sheet of the participant with this name (or ID)")
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
	opt := pdf.Options{Paper: strings.ToLower(*paper), Anonymous: *anonymous}
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

// findParticipant matches the exact name first, then an ID, then the name
// ignoring case and surrounding space when only one person fits.
func findParticipant(s *workshop.Session, name string) *workshop.Participant {
	if p := s.ParticipantByName(name); p != nil {
		return p
	}
	if p := s.Participant(name); p != nil {
		return p
	}
	var found *workshop.Participant
	for i := range s.Participants {
		if strings.EqualFold(strings.TrimSpace(s.Participants[i].Name), strings.TrimSpace(name)) {
			if found != nil {
				return nil
			}
			found = &s.Participants[i]
		}
	}
	return found
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
