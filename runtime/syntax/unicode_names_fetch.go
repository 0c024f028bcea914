//go:build stdlibfetch

package syntax

import (
	"errors"
	"sync/atomic"
)

// The browser engine (built with the tag stdlibfetch) leaves the table of Unicode character
// names out: it is a fifth of the engine's data, and only a \N{...} escape needs it, which
// few programs write. The host gives a way to download it (the file UnicodeNamesFile), and
// the first such escape does.

var unicodeNameSource atomic.Pointer[func() ([]byte, error)]

// SetUnicodeNameSource installs the function that downloads the table of Unicode character
// names. It is called at most once per successful download, from the parser.
func SetUnicodeNameSource(fetch func() ([]byte, error)) { unicodeNameSource.Store(&fetch) }

func unicodeNameText() (string, error) {
	fetch := unicodeNameSource.Load()
	if fetch == nil {
		return "", errors.New("this build has no table of Unicode character names")
	}
	b, err := (*fetch)()
	return string(b), err
}
