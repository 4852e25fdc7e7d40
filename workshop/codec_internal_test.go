package workshop

import (
	"testing"

	json "github.com/goccy/go-json"
)

// The flag read from goccy's Decoder is the number the codec used to
// hard-code (goccy v0.12.0's DisallowUnknownFieldsOption). If an upgrade
// renumbers it this fails once, as a prompt to check the strict-decoding
// tests: the codec itself follows the new value.
func TestStrictFlagsFromDecoder(t *testing.T) {
	if strictFlags != 1<<4 {
		t.Errorf("DisallowUnknownFields sets flags %#x, the codec used 0x10", strictFlags)
	}
	var o json.DecodeOption
	disallowUnknownFields(&o)
	if o.Flags != strictFlags {
		t.Errorf("disallowUnknownFields set %#x, want %#x", o.Flags, strictFlags)
	}
}

// A goccy whose Decoder method stopped setting a flag must stop the
// program at start-up, not let strict decoding accept unknown fields.
func TestDecoderFlagsRefusesNoFlag(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("decoderFlags accepted a method that sets no flag")
		}
	}()
	decoderFlags(func(*json.Decoder) {})
}
