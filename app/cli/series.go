package cli

import (
	"encoding/csv"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"fyne.io/fyne/v2/lang"

	"scaleroom/assets/locale"
	pdf "scaleroom/export"
	"scaleroom/workshop"
)

// followUp writes the next session of previous's series to out.
func followUp(previous, out, date string, env Env) int {
	if filepath.Clean(previous) == filepath.Clean(out) || sameFile(previous, out) {
		fmt.Fprintln(env.Stderr, "scaleroom new: "+fmt.Sprintf(lang.L("the follow-up would replace %s, the session it follows; choose another name with -o"), previous))
		return ExitUsage
	}
	prev, err := workshop.LoadFile(previous)
	if err != nil {
		fmt.Fprintf(env.Stderr, "scaleroom new: %v\n", describe(err))
		return ExitInvalid
	}
	next, err := workshop.FollowUp(prev, previous, env.Now(), date)
	if err != nil {
		fmt.Fprintf(env.Stderr, "scaleroom new: %s: %v\n", previous, err)
		return ExitInvalid
	}
	ctx, cancel := interruptible()
	defer cancel()
	if err := workshop.SaveFileContext(ctx, out, next); err != nil {
		fmt.Fprintf(env.Stderr, "scaleroom new: %v\n", err)
		return exitFor(err)
	}
	n := len(next.Actions)
	fmt.Fprintln(env.Stdout, fmt.Sprintf(workshop.Plural(n, lang.L("wrote %s, dated %s, the follow-up of %s (%s) with %d open action carried over"),
		lang.L("wrote %s, dated %s, the follow-up of %s (%s) with %d open actions carried over")), out, next.Date, previous, prev.Date, n))
	return ExitOK
}

func trendsSynopsis() string {
	return lang.L(`trends FILE... [--csv]

Compares the sessions of one series, in date order: for each value, how many
of those who answered commit to it and whether it passes; for each load
inventory, the load before and after the decisions against capacity; and the
actions agreed at each session, with how many are done, dropped and still
open. Values are matched by what they are, so a renamed value is followed
through. Prints a plain table, or CSV with --csv.

The files must be sessions of one series, each dated, no two on one date, and
each follow-up's previous session must be among them (the first may follow
one that is not given).`)
}

func trends(args []string, env Env) int {
	fs := flags("trends", trendsSynopsis(), env)
	asCSV := fs.Bool("csv", false, lang.L("print CSV for a spreadsheet instead of a table"))
	files, code, stop := parseInterspersed(fs, args, env)
	if stop {
		return code
	}
	if len(files) == 0 {
		fmt.Fprintln(env.Stderr, "scaleroom trends: "+lang.L("name the session files of a series"))
		fs.Usage()
		return ExitUsage
	}
	sr, err := workshop.LoadSeries(files)
	if err != nil {
		fmt.Fprintf(env.Stderr, "scaleroom trends: %v\n", describe(err))
		return ExitInvalid
	}
	if *asCSV {
		err = writeTrendsCSV(env.Stdout, sr)
	} else {
		err = writeTrendsTable(env.Stdout, sr)
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "scaleroom trends: %v\n", err)
		return ExitInvalid
	}
	return ExitOK
}

// writeTrendsTable prints the trends as plain tables, a row a session, in
// the reader's language; dates stay ISO 8601, which sorts and lines up.
func writeTrendsTable(w io.Writer, sr *workshop.Series) error {
	tr := sr.Trends()
	tw := tabwriter.NewWriter(w, 0, 0, 3, ' ', 0)
	p := func(format string, args ...any) { fmt.Fprintf(tw, format, args...) }
	n := len(tr.Dates)
	p(workshop.Plural(n, lang.L("Series %s: %d session, %s to %s"), lang.L("Series %s: %d sessions, %s to %s"))+"\n\n", sr.ID, n, tr.Dates[0], tr.Dates[n-1])
	p("%s\n", lang.L("DATE\tSESSION\tFILE"))
	for i, d := range tr.Dates {
		p("%s\t%s\t%s\n", d, oneLine(tr.Titles[i]), sr.Paths[i])
	}
	if len(tr.Values) > 0 {
		p("\n%s\n", lang.L("VALUE\tDATE\tCOMMIT\tDISAGREE AND COMMIT\tWITHHELD\tRESULT"))
		for _, v := range tr.Values {
			name := oneLine(v.Name)
			for i, f := range v.Points {
				if f == nil {
					p("%s\t%s\t\t\t\t%s\n", name, tr.Dates[i], lang.L("not asked"))
				} else {
					p("%s\t%s\t%s\t%d\t%d\t%s\n", name, tr.Dates[i], fmt.Sprintf(lang.L("%d of %d"), f.Commits, f.Responded), f.DisagreeAndCommit, f.Withheld, lower(f.Verdict))
				}
				name = ""
			}
		}
	}
	if len(tr.Load) > 0 {
		p("\n%s\n", lang.L("LOAD\tDATE\tBEFORE\tAFTER\tCAPACITY\tUNIT"))
		for _, l := range tr.Load {
			name := oneLine(l.Title)
			for i, f := range l.Points {
				if f == nil {
					p("%s\t%s\t\t\t\t%s\n", name, tr.Dates[i], lang.L("none"))
				} else {
					p("%s\t%s\t%s\t%s\t%s\t%s\n", name, tr.Dates[i], workshop.FormatLoad(f.Before), workshop.FormatLoad(f.After), capacityText(f), f.Unit.Word())
				}
				name = ""
			}
		}
	}
	p("\n%s\n", lang.L("ACTIONS\tDATE\tAGREED\tDONE\tDROPPED\tOPEN"))
	name := lang.L("agreed at the session")
	for i, a := range tr.Actions {
		p("%s\t%s\t%d\t%d\t%d\t%d\n", name, tr.Dates[i], a.Agreed, a.Done, a.Dropped, a.Open)
		name = ""
	}
	return tw.Flush()
}

func capacityText(f *workshop.LoadFigures) string {
	if f.Capacity > 0 {
		return workshop.FormatLoad(f.Capacity)
	}
	return lang.L("not stated")
}

// oneLine keeps a name to one line of a table.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// lower puts a verdict into a table: in lower case, except in German,
// whose nouns keep their capital.
func lower(s string) string {
	if b, _ := locale.Current().Base(); b.String() == "de" {
		return s
	}
	return strings.ToLower(s)
}

// trendsColumns are the CSV's columns: each row fills those of its
// section. The CSV is for programs: its column and section names are
// identifiers, the same in every language, as are its dates and yes/no.
var trendsColumns = []string{"section", "date", "session", "item", "answered", "commit", "disagree_and_commit", "withheld", "passes",
	"before", "after", "capacity", "unit", "agreed", "done", "dropped", "open"}

// writeTrendsCSV prints the trends as one CSV table: a row per value,
// load inventory and session, and per session for the actions.
func writeTrendsCSV(w io.Writer, sr *workshop.Series) error {
	tr := sr.Trends()
	cw := csv.NewWriter(w)
	if err := cw.Write(trendsColumns); err != nil {
		return err
	}
	col := map[string]int{}
	for i, c := range trendsColumns {
		col[c] = i
	}
	write := func(section string, i int, item string, fields map[string]string) {
		row := make([]string, len(trendsColumns))
		row[0], row[1], row[2], row[3] = section, tr.Dates[i], pdf.SafeCell(tr.Titles[i]), pdf.SafeCell(item)
		for k, v := range fields {
			row[col[k]] = v
		}
		_ = cw.Write(row)
	}
	num := func(n int) string { return fmt.Sprint(n) }
	for _, v := range tr.Values {
		for i, f := range v.Points {
			if f == nil {
				continue
			}
			write("value", i, v.Name, map[string]string{"answered": num(f.Responded), "commit": num(f.Commits),
				"disagree_and_commit": num(f.DisagreeAndCommit), "withheld": num(f.Withheld), "passes": yesNo(f.Passes)})
		}
	}
	for _, l := range tr.Load {
		for i, f := range l.Points {
			if f == nil {
				continue
			}
			capacity := ""
			if f.Capacity > 0 {
				capacity = workshop.FormatLoad(f.Capacity)
			}
			write("load", i, l.Title, map[string]string{"before": workshop.FormatLoad(f.Before), "after": workshop.FormatLoad(f.After),
				"capacity": capacity, "unit": string(f.Unit)})
		}
	}
	for i, a := range tr.Actions {
		write("actions", i, "", map[string]string{"agreed": num(a.Agreed), "done": num(a.Done), "dropped": num(a.Dropped), "open": num(a.Open)})
	}
	cw.Flush()
	return cw.Error()
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
