// Scaleroom guides a facilitator through in-room workshops on how an
// organisation scales. main wires the command line to the GUI.
package main

import (
	"os"

	fyneapp "fyne.io/fyne/v2/app"

	"scaleroom/app"
	"scaleroom/app/cli"
)

func main() {
	code, gui := cli.Run(os.Args[1:], cli.DefaultEnv())
	if gui == nil {
		os.Exit(code)
	}
	a := fyneapp.NewWithID("app.scaleroom.desktop")
	app.Start(a, gui.File)
	a.Run()
}
