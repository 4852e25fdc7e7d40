package workshop

import json "github.com/goccy/go-json"

// DecodeInto is a plain goccy decode for the decoder comparison benchmark.
func DecodeInto(data []byte, v any) error { return json.Unmarshal(data, v) }
