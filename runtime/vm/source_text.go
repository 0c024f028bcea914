package vm

import "sync"

// sourceText is the text of a compiled file, split into lines only when a traceback or a
// warning first shows one. Every run registers the sources of the dozens of library modules
// it imports, and splitting them all up front was a noticeable part of a run's start in the
// browser, where most of those lines are never shown. The text of a standard-library module
// whose compiled code the engine ships may even be missing until then: load then reads it
// (see SetDeferredSource).
type sourceText struct {
	text  string
	load  func() ([]byte, error) // reads the text when it is first needed, or nil
	mu    sync.Mutex
	done  bool // split holds the lines
	split []string
}

// lines returns the file's lines without their terminators (nil for a nil sourceText, and
// for a text that could not be loaded, whose lines a traceback then leaves out as CPython
// does for a missing file; the next call tries to load it again).
func (s *sourceText) lines() []string {
	if s == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.prepare()
	return s.split
}

// content returns the file's text, and false when there is none or it could not be loaded.
func (s *sourceText) content() (string, bool) {
	if s == nil {
		return "", false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.prepare()
	return s.text, s.done
}

// prepare loads the text if it has not been, and splits it into lines; s.mu is held.
func (s *sourceText) prepare() {
	if !s.done {
		if s.load != nil {
			text, err := s.load()
			if err != nil {
				return
			}
			s.text = string(text)
		}
		s.split = sourceSplitLines(s.text)
		s.done = true
	}
}
