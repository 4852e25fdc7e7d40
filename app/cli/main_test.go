package cli

import (
	"os"
	"testing"

	"scaleroom/assets/locale"
)

// childEnv, set in the environment, makes the test binary run as the
// command line itself, so tests can run a real process and signal it.
const childEnv = "SCALEROOM_CLI_TEST_CHILD"

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) == "1" {
		code, _ := Run(os.Args[1:], DefaultEnv())
		os.Exit(code)
	}
	// Tests assert English text whatever the machine's language.
	locale.Set("en")
	os.Exit(m.Run())
}
