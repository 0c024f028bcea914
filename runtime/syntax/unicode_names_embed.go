//go:build !stdlibfetch

package syntax

// unicodeNameText returns the table of Unicode character names, compiled into this build.
func unicodeNameText() (string, error) { return unicodeNameTable, nil }

// UnicodeNameTable returns the table of Unicode character names ("HEX NAME" lines), which
// wasm/stdlibcodes writes as the file UnicodeNamesFile for the browser engine.
func UnicodeNameTable() string { return unicodeNameTable }
