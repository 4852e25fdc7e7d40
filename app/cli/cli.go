// Package cli is Scaleroom's command line: the subcommands that work without
// a window, for automation and tests. main.go hands it the arguments and
// starts the GUI only when it asks for that.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"fyne.io/fyne/v2/lang"

	_ "scaleroom/assets/locale/translations" // messages in the person's language
	"scaleroom/workshop"
	"scaleroom/workshop/safefile"
)

// Exit codes.
const (
	ExitOK      = 0
	ExitInvalid = 1 // bad input: a file that fails, an unknown template
	ExitUsage   = 2 // bad command line
	// ExitInterrupted is for Ctrl+C or SIGTERM while writing a file, after
	// its temporary file is removed: 128 plus SIGINT's number, as shells do.
	ExitInterrupted = 130
)

// GUI asks main to open the window, on File when it is set.
type GUI struct {
	File string
}

// Env is what the commands use of the outside world, so tests can stand in.
type Env struct {
	Stdout, Stderr io.Writer
	Library        workshop.Library
	Now            func() time.Time
	// Version is what --version prints: "0.2.0 (build 57)".
	Version string
}

// DefaultEnv writes to the process's standard streams and uses the user's
// template folder.
func DefaultEnv() Env {
	return Env{Stdout: os.Stdout, Stderr: os.Stderr, Library: workshop.DefaultLibrary(), Now: time.Now}
}

// usage is the command line's help, in the reader's language; command
// names, options and file names stay as typed.
func usage() string {
	return lang.L(`Scaleroom guides a facilitator through workshops on how an organisation scales.

Usage:
  scaleroom                          open the app, with the default template ready
  scaleroom FILE                     open the app on a session file
  scaleroom templates                list templates, one a line, ID first
  scaleroom new --template ID -o FILE
                                     write a new session from a template
  scaleroom new --follow-up PREVIOUS -o FILE [--date YYYY-MM-DD]
                                     write the next session of PREVIOUS's series
  scaleroom validate FILE...         check session and template files
  scaleroom --version                print the version and build
  scaleroom export FILE [-o OUT.pdf] [--anonymous] [--participant NAME] [--no-notes] [--paper a4|letter]
                                     write a PDF summary
  scaleroom export FILE -o OUT.md|OUT.csv [--table actions|load|responses] [--anonymous]
                                     write the summary as Markdown, or a table as CSV
  scaleroom export FILE --all-participants -o DIR [--anonymous] [--no-notes]
                                     write every participant's personal sheet into DIR
  scaleroom export FILE --trends DIR [-o OUT.pdf] [--previous FILE]
                                     add the trends of FILE's series, from the sessions in DIR
  scaleroom trends FILE... [--csv]   compare the sessions of one series, in date order

Run "scaleroom COMMAND --help" for a command's options.
`)
}

// Run carries out the command line args (without the program name). When the
// GUI should open it returns a non-nil *GUI and the exit code is unused.
func Run(args []string, env Env) (int, *GUI) {
	if len(args) == 0 {
		return ExitOK, &GUI{}
	}
	switch args[0] {
	case "-h", "--help", "-help", "help":
		fmt.Fprint(env.Stdout, usage())
		return ExitOK, nil
	case "--version", "-version", "version":
		fmt.Fprintf(env.Stdout, "Scaleroom %s\n", env.Version)
		return ExitOK, nil
	case "templates":
		return templates(args[1:], env), nil
	case "new":
		return newSession(args[1:], env), nil
	case "validate":
		return validate(args[1:], env), nil
	case "export":
		return export(args[1:], env), nil
	case "trends":
		return trends(args[1:], env), nil
	}
	if strings.HasPrefix(args[0], "-") {
		fmt.Fprintf(env.Stderr, "scaleroom: %s\n\n%s", fmt.Sprintf(lang.L("unknown option %s"), args[0]), usage())
		return ExitUsage, nil
	}
	if len(args) > 1 {
		fmt.Fprintf(env.Stderr, "scaleroom: %s\n\n%s", lang.L("open one session file at a time"), usage())
		return ExitUsage, nil
	}
	return ExitOK, &GUI{File: args[0]}
}

// flags makes a flag set that reports to env and explains itself on --help.
func flags(name, synopsis string, env Env) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), lang.L("Usage: scaleroom %s")+"\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses args, returning the exit code to stop with, if any.
func parse(fs *flag.FlagSet, args []string, env Env) (int, bool) {
	fs.SetOutput(env.Stderr)
	err := fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		fs.SetOutput(env.Stdout)
		fs.Usage()
		return ExitOK, true
	}
	if err != nil {
		return ExitUsage, true
	}
	return 0, false
}

func templates(args []string, env Env) int {
	fs := flags("templates", lang.L("templates\n\nLists the built-in templates and your own, one a line: ID, name, duration."), env)
	if code, stop := parse(fs, args, env); stop {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(env.Stderr, "scaleroom templates: "+lang.L("takes no arguments"))
		return ExitUsage
	}
	list, problems := env.Library.List()
	for _, t := range list {
		fmt.Fprintf(env.Stdout, "%s\t%s\t%d min\n", t.ID, t.Name, t.Minutes())
	}
	for _, p := range problems {
		fmt.Fprintf(env.Stderr, "scaleroom templates: %s\n", fmt.Sprintf(lang.L("skipped: %v"), p))
	}
	return ExitOK
}

func newSynopsis() string {
	return lang.L(`new --template ID [--examples] -o FILE
       new --follow-up PREVIOUS -o FILE [--date YYYY-MM-DD]

Writes a new session file from a template, or the next session of the series
PREVIOUS belongs to: the same people and values without answers, the load
inventory as PREVIOUS's decisions left it (stopped items gone, deferred ones
back and marked, "do less" ones at their target), the initiatives where they
were placed, every open action carried over, and a first step, "Since last
time", to mark each done, carried on or dropped. PREVIOUS is not changed.`)
}

func newSession(args []string, env Env) int {
	fs := flags("new", newSynopsis(), env)
	id := fs.String("template", "", lang.L("ID of the template to start from (see scaleroom templates)"))
	previous := fs.String("follow-up", "", lang.L("session file to follow: the new session is the next of its series"))
	date := fs.String("date", "", lang.L("with --follow-up: the new session's date, YYYY-MM-DD (default today)"))
	out := fs.String("o", "", lang.L("session file to write"))
	force := fs.Bool("force", false, lang.L("replace FILE if it exists"))
	examples := fs.Bool("examples", false, lang.L("fill the load inventory and initiatives with a built-in template's examples"))
	if code, stop := parse(fs, args, env); stop {
		return code
	}
	switch {
	case *out == "" || fs.NArg() > 0 || (*id == "") == (*previous == ""):
		fmt.Fprintln(env.Stderr, "scaleroom new: "+lang.L("needs either --template ID or --follow-up PREVIOUS, and -o FILE"))
		fs.Usage()
		return ExitUsage
	case *previous != "" && *examples:
		fmt.Fprintln(env.Stderr, "scaleroom new: "+lang.L("--examples fills a session from a template; a follow-up starts from its previous session"))
		return ExitUsage
	case *date != "" && *previous == "":
		fmt.Fprintln(env.Stderr, "scaleroom new: "+lang.L("--date is for --follow-up; a session from a template is dated today"))
		return ExitUsage
	}
	if code, ok := checkTarget(*out, *force, env); !ok {
		return code
	}
	if *previous != "" {
		return followUp(*previous, *out, *date, env)
	}
	t, err := env.Library.Find(*id)
	if err != nil {
		fmt.Fprintf(env.Stderr, "scaleroom new: %v\n", err)
		return ExitInvalid
	}
	ctx, cancel := interruptible()
	defer cancel()
	sess := t.NewSession(env.Now())
	if *examples {
		sess.FillAllExamples()
	}
	if err := workshop.SaveFileContext(ctx, *out, sess); err != nil {
		fmt.Fprintf(env.Stderr, "scaleroom new: %v\n", err)
		return exitFor(err)
	}
	fmt.Fprintln(env.Stdout, fmt.Sprintf(lang.L("wrote %s from template %s"), *out, t.ID))
	return ExitOK
}

// checkTarget makes sure new may write out: it does not exist, or force
// says to replace it, and it is not a folder or a pipe.
func checkTarget(out string, force bool, env Env) (int, bool) {
	switch err := workshop.CheckRegular(out); {
	case err == nil && !force:
		fmt.Fprintln(env.Stderr, "scaleroom new: "+fmt.Sprintf(lang.L("%s already exists; use --force to replace it"), out))
		return ExitInvalid, false
	case err != nil && !errors.Is(err, os.ErrNotExist):
		fmt.Fprintln(env.Stderr, "scaleroom new: "+fmt.Sprintf(lang.L("cannot write %s: %v"), out, errors.Unwrap(err)))
		return ExitInvalid, false
	}
	return 0, true
}

func validate(args []string, env Env) int {
	fs := flags("validate", lang.L("validate FILE...\n\nChecks session and template files; exits 1 if any is invalid."), env)
	if code, stop := parse(fs, args, env); stop {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(env.Stderr, "scaleroom validate: "+lang.L("name at least one file"))
		return ExitUsage
	}
	code := ExitOK
	for _, name := range fs.Args() {
		if err := validateFile(name); err != nil {
			msg := describe(err)
			if !namesItsFile(err) {
				msg = name + ": " + msg
			}
			fmt.Fprintln(env.Stderr, msg)
			code = ExitInvalid
			continue
		}
		fmt.Fprintln(env.Stdout, fmt.Sprintf(lang.L("%s: ok"), name))
	}
	return code
}

func validateFile(name string) error {
	// Not os.Open: a named pipe would block it for ever.
	f, err := safefile.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	_, _, err = workshop.DecodeAny(f)
	return err
}

// describe lists every validation problem on its own line.
// namesItsFile says whether describe names the file in its message: a
// file that is missing or not to be read.
func namesItsFile(err error) bool {
	var pe *fs.PathError
	return errors.As(err, &pe) && (errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrPermission))
}

func describe(err error) string {
	var v *workshop.ValidationError
	if errors.As(err, &v) {
		lines := make([]string, len(v.Problems))
		for i, p := range v.Problems {
			lines[i] = "\n  " + p.String()
		}
		n := len(v.Problems)
		return fmt.Sprintf(workshop.Plural(n, lang.L("%d problem:%s"), lang.L("%d problems:%s")), n, strings.Join(lines, ""))
	}
	// The system's own wording is English whatever the language.
	var pe *fs.PathError
	switch {
	case !errors.As(err, &pe):
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Sprintf(lang.L("%s: there is no such file"), pe.Path)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Sprintf(lang.L("%s: you are not allowed to read this file"), pe.Path)
	}
	return err.Error()
}

// interruptible returns a context that Ctrl+C or SIGTERM cancels, so a
// command writing a file can remove its temporary file before it exits.
// After the first signal the usual behaviour is back, so a second Ctrl+C
// ends a command that is stuck.
func interruptible() (context.Context, context.CancelFunc) {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	context.AfterFunc(ctx, stop)
	return ctx, stop
}

// exitFor is the exit code for a failed write.
func exitFor(err error) int {
	if errors.Is(err, context.Canceled) {
		return ExitInterrupted
	}
	return ExitInvalid
}
