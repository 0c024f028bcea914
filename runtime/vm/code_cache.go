package vm

import "github.com/asobiba/asobiba/runtime/compile"

// CodeCache keeps the code objects of standard-library modules from one run to the next.
//
// Every run imports its modules afresh (module bodies run again, so no run sees what another
// did to a module), but the code objects the importer wraps around the shared compiled code
// need not be made again: in the browser, where every program imports asyncio, making them
// was half of what a small program cost once the engine had started. A Code is not safe for
// concurrent use (its look-up caches, its spare generator frame), so a cache must serve one
// run at a time: the host hands it to a run (Interp.Codes) and takes it back when the run,
// with all its threads, has ended. Sharing is safe because nothing a run does changes what a
// Code means: its constants are immutable values, its caches check the identity and version
// of the dicts and classes they were filled from (a new run has new ones), and its source
// text is set again for each run.
type CodeCache struct {
	codes map[*compile.Code]*Code
}

// NewCodeCache returns an empty cache.
func NewCodeCache() *CodeCache {
	return &CodeCache{codes: map[*compile.Code]*Code{}}
}

// code returns the code object for cc, made once per cache. A nil cache makes a new one
// every time.
func (c *CodeCache) code(cc *compile.Code) *Code {
	if c == nil {
		return NewCode(cc)
	}
	code, ok := c.codes[cc]
	if !ok {
		code = NewCode(cc)
		c.codes[cc] = code
	}
	return code
}

// Len returns the number of code objects the cache holds (one per module).
func (c *CodeCache) Len() int { return len(c.codes) }
