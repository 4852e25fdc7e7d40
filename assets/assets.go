// Package assets embeds what Scaleroom ships: the app icon and the built-in
// templates.
package assets

import (
	"embed"
	_ "embed"
)

// Templates holds the built-in templates under templates/.
//
//go:embed templates/*.json
var Templates embed.FS

// Icon is the application icon (PNG).
//
//go:embed icon.png
var Icon []byte
