package vm

import "sync"

// sourceText is the text of a compiled file, split into lines only when a traceback or a
// warning first shows one. Every run registers the sources of the dozens of library modules
// it imports, and splitting them all up front was a noticeable part of a run's start in the
// browser, where most of those lines are never shown.
type sourceText struct {
	text  string
	once  sync.Once
	split []string
}

// lines returns the file's lines without their terminators (nil for a nil sourceText).
func (s *sourceText) lines() []string {
	if s == nil {
		return nil
	}
	s.once.Do(func() { s.split = sourceSplitLines(s.text) })
	return s.split
}
