// Scaleroom guides a facilitator through in-room workshops on how an
// organisation scales. main wires the command line to the GUI.
package main

import (
	_ "embed"
	"os"
	"strconv"

	fyneapp "fyne.io/fyne/v2/app"

	"scaleroom/app"
	"scaleroom/app/cli"
)

// fyneAppToml is the app's metadata. Fyne reads the file itself only when
// run from the source folder, so an installed binary carries its own copy.
//
//go:embed FyneApp.toml
var fyneAppToml string

// buildNumber is set by the build (make: -ldflags -X main.buildNumber=N,
// the commit count), so packaging never edits FyneApp.toml.
var buildNumber string

func main() {
	build, _ := strconv.Atoi(buildNumber)
	meta := app.Metadata(fyneAppToml, build)
	env := cli.DefaultEnv()
	env.Version = app.VersionText(meta)
	code, gui := cli.Run(os.Args[1:], env)
	if gui == nil {
		os.Exit(code)
	}
	fyneapp.SetMetadata(meta)
	a := fyneapp.NewWithID(meta.ID)
	app.Start(a, gui.File)
	a.Run()
}
