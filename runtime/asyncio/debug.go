package asyncio

// Where futures, tasks and handles were created, for debug mode's reprs.
//
// In debug mode CPython records the stack where each future, task and handle is created and
// its repr ends with "created at FILE:LINE", the innermost frame of that stack. When that
// frame is the program's, Asobiba shows the same. When it is inside asyncio, CPython shows
// a line of its own asyncio sources (loop.create_future is base_events.py:427 for every
// caller); Asobiba's asyncio is written differently, so for the entry points programs use
// it shows CPython's location, written with the "<stdlib>/" prefix the oracle uses, and its
// own file and line for the others.

import (
	"strconv"
	"strings"

	"github.com/asobiba/asobiba/runtime/vm"
)

// Sites in CPython 3.11's asyncio sources.
const (
	siteCreateFuture = "<stdlib>/asyncio/base_events.py:427" // BaseEventLoop.create_future
	siteCallLater    = "<stdlib>/asyncio/base_events.py:727" // call_later calls call_at
)

// cpythonSites maps a function of Asobiba's asyncio package (file:qualified name) that
// creates a task or future to the line of CPython's that does it.
var cpythonSites = map[string]string{
	"tasks.py:create_task":    "<stdlib>/asyncio/tasks.py:384",
	"tasks.py:_ensure_future": "<stdlib>/asyncio/tasks.py:680", // ensure_future and gather call it
	"runners.py:Runner.run":   "<stdlib>/asyncio/runners.py:100",
}

// creationSite returns where the running Python code creates something: the innermost
// frame's file and line, as described above. It returns "" outside debug mode.
func (l *Loop) creationSite(th *vm.Thread) string {
	if l == nil || !l.debug {
		return ""
	}
	f := th.CurrentFrame()
	if f == nil {
		return ""
	}
	file := f.Code.Filename
	if rest, ok := strings.CutPrefix(file, "<stdlib>/asyncio/"); ok {
		if s, ok := cpythonSites[rest+":"+f.Code.QualName]; ok {
			return s
		}
	}
	return file + ":" + strconv.Itoa(f.Line())
}

// debugSite returns site in debug mode, else "".
func (l *Loop) debugSite(site string) string {
	if l == nil || !l.debug {
		return ""
	}
	return site
}
