// Scaleroom guides a facilitator through in-room workshops on how an
// organisation scales. main wires the command line to the GUI.
package main

import (
	_ "embed"
	"os"

	fyneapp "fyne.io/fyne/v2/app"

	"scaleroom/app"
	"scaleroom/app/cli"
)

// fyneAppToml is the app's metadata. Fyne reads the file itself only when
// run from the source folder, so an installed binary carries its own copy.
//
//go:embed FyneApp.toml
var fyneAppToml string

func main() {
	code, gui := cli.Run(os.Args[1:], cli.DefaultEnv())
	if gui == nil {
		os.Exit(code)
	}
	fyneapp.SetMetadata(app.Metadata(fyneAppToml))
	a := fyneapp.NewWithID("app.scaleroom.desktop")
	app.Start(a, gui.File)
	a.Run()
}
