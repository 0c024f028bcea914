//go:build !js

package timeline

// Decode is left out of the browser engine (GOOS=js has decode_js.go instead): the engine
// writes timelines and never reads one, and Decode is the only user of encoding/json, whose
// package initialisation alone would link its encoders into the engine.

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// Decode reads a JSON document written by Encode (or by a producer following schema.md),
// checks it (see Check) and returns the timeline. Unknown fields, a missing version, a
// version newer than SchemaVersion and trailing data are errors.
func Decode(r io.Reader) (*Timeline, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var tl Timeline
	if err := dec.Decode(&tl); err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("timeline: data after the document")
	}
	switch {
	case tl.Version == 0:
		return nil, errors.New("timeline: the document has no version")
	case tl.Version > SchemaVersion:
		return nil, fmt.Errorf("timeline: document version %d is newer than this reader (version %d)", tl.Version, SchemaVersion)
	}
	if err := tl.Check(); err != nil {
		return nil, err
	}
	return &tl, nil
}
