package cli

import "fmt"

// export is filled in by the PDF summaries issue.
func export(args []string, env Env) int {
	fmt.Fprintln(env.Stderr, "scaleroom export: PDF export is not available in this build")
	return ExitUsage
}
