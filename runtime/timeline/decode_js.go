//go:build js

package timeline

import (
	"errors"
	"io"
)

// Decode is not part of the browser engine: it writes timelines and never reads one, and
// the decoder would bring encoding/json with it (see decode.go).
func Decode(io.Reader) (*Timeline, error) {
	return nil, errors.New("timeline: Decode is not available in the browser engine")
}
