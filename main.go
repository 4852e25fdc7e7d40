// Scaleroom guides a facilitator through in-room workshops on how an
// organisation scales. main wires the command line to the GUI.
package main

import (
	"os"

	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"

	"scaleroom/app/cli"
)

func main() {
	code, gui := cli.Run(os.Args[1:], cli.DefaultEnv())
	if gui == nil {
		os.Exit(code)
	}
	a := fyneapp.NewWithID("app.scaleroom.desktop")
	w := a.NewWindow("Scaleroom")
	w.SetContent(widget.NewLabel("Scaleroom"))
	w.ShowAndRun()
}
