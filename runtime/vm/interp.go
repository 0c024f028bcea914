package vm

// The interpreter's per-thread state.
//
// Python-to-Python calls do not recurse in Go: the eval loop (interp_loop.go) runs the
// callee's frame in place of its caller. The Python call depth — frames plus calls of
// builtins, as CPython counts them — is bounded by Interp.RecursionLimit, and whatever
// sys.setrecursionlimit says by maxFrameDepth (frames live on the heap, so this bounds
// memory). Go code that calls back into Python (sorted's key, __init__, __getattr__, a
// generator's next) does recurse in Go; those entries are also counted separately and capped
// by maxGoDepth, so that no program can exhaust the host's Go stack. Go code that recurses on
// its own (repr of nested lists) brackets each level with EnterRecursion and LeaveRecursion.
//
// Execution stops, without running any except or finally clause, when the step budget is
// exhausted or the host's Cancel function says so: the eval loop then returns a *Stopped
// error, which is not a Python exception and cannot be caught by Python code.

// maxFrameDepth caps the Python call depth whatever sys.setrecursionlimit says.
const maxFrameDepth = 100000

// maxGoDepth caps the nesting of Go-level entries into the interpreter (a few kilobytes of Go
// stack each), far below Go's maximum stack size.
const maxGoDepth = 8000

// cancelInterval is how many instructions run between two polls of Thread.Cancel. The step
// budget itself is exact: the countdown is never longer than the remaining budget.
const cancelInterval = 1024

// execState is the interpreter's part of a Thread (see thread.go).
type execState struct {
	// frame is the innermost executing Python frame, or nil.
	frame *Frame
	// depth counts the active Python frames, the builtin calls in progress and the Go
	// recursion levels entered with EnterRecursion.
	depth int
	// goDepth counts the Go-level entries into the eval loop and builtins in progress.
	goDepth int
	// pool caches one reusable frame per call depth (frames that never escaped).
	pool []*Frame
	// exc is the innermost item of the handled-exception stack (sys.exc_info()).
	exc *excInfo
	// baseExc is the bottom item, owned by the thread.
	baseExc excInfo
	// ticks counts down the instructions until the next checkpoint; span is the value it
	// started from, so that Steps can be brought up to date.
	ticks, span int64
	// stopped is set once the thread has been stopped; every later checkpoint returns it.
	stopped *Stopped
	// strIdx remembers the last long strings indexed (str_index.go).
	strIdx strIndexes
	// sinceMemoryCheck counts the checkpoints since the heap was last compared with the
	// memory limit (see checkMemory).
	sinceMemoryCheck uint8
	// shared is what all the threads of one Interp share (see interpShared).
	shared *interpShared
	// coro holds the coroutine and async generator bookkeeping (coroutine.go).
	coro coroState
	// ints is the chunk boxInt carves ints from; intsUsed counts the slots handed out.
	ints     *[intChunkSize]Int
	intsUsed int
	// initialized is set by init.
	initialized bool
}

// excInfo is one item of the handled-exception stack. Generators and coroutines own an item
// that is linked on top of their caller's while they run, as CPython's exc_info chain.
type excInfo struct {
	value *Exception
	prev  *excInfo
}

// interpShared holds what the threads of one Interp share: the source text of every file
// compiled, for tracebacks.
type interpShared struct {
	sources map[string]*sourceText
	// initializing counts, per module name, the module bodies running (circular imports).
	initializing map[string]int
}

// shared returns the state the interpreter's threads share.
func (th *Thread) shared() *interpShared {
	th.init()
	return th.exec.shared
}

// Stopped is the error the interpreter returns when a run is stopped from outside: the step
// budget ran out or the host's Cancel function returned true. It is not a Python exception:
// no except or finally clause sees it, and every later instruction of the thread stops again.
type Stopped struct {
	// Budget is true when the step budget ran out (false when Cancel stopped the run).
	Budget bool
}

// Error returns the message the engine shows.
func (s *Stopped) Error() string {
	if s.Budget {
		return "実行を停止しました / stopped: step budget exceeded"
	}
	return "実行を停止しました / stopped"
}

// init prepares the thread's execution state on first use.
func (th *Thread) init() {
	e := &th.exec
	if e.initialized {
		return
	}
	e.initialized = true
	e.exc = &e.baseExc
	if e.shared == nil {
		e.shared = &interpShared{sources: map[string]*sourceText{}, initializing: map[string]int{}}
	}
	th.resetTicks()
	if th.Interp != nil && th.Interp.RecursionLimit <= 0 {
		th.Interp.RecursionLimit = 1000
	}
}

// NewThread makes another thread of the same interpreter, sharing its source registry (for
// tracebacks) with th.
func (th *Thread) NewThread(name string) *Thread {
	th.init()
	n := &Thread{Interp: th.Interp, Name: name, StepBudget: th.StepBudget, Cancel: th.Cancel}
	n.exec.shared = th.exec.shared
	n.init()
	return n
}

// resetTicks starts a new countdown: cancelInterval instructions, or fewer when the step
// budget ends sooner.
func (th *Thread) resetTicks() {
	n := int64(cancelInterval)
	if th.StepBudget > 0 && th.StepBudget-th.Steps < n {
		n = max(th.StepBudget-th.Steps, 0)
	}
	th.exec.span, th.exec.ticks = n, n
}

// checkpoint runs when the instruction countdown reaches zero: it brings Steps up to date,
// enforces the step budget and polls Cancel.
func (th *Thread) checkpoint() error {
	e := &th.exec
	if e.stopped != nil {
		e.ticks = 0
		return e.stopped
	}
	th.Steps += e.span - e.ticks
	e.span, e.ticks = 0, 0
	if th.StepBudget > 0 && th.Steps >= th.StepBudget {
		e.stopped = &Stopped{Budget: true}
		return e.stopped
	}
	if th.Cancel != nil && th.Cancel() {
		e.stopped = &Stopped{}
		return e.stopped
	}
	th.resetTicks()
	if e.sinceMemoryCheck++; e.sinceMemoryCheck >= memoryCheckEvery {
		e.sinceMemoryCheck = 0
		return checkMemory()
	}
	return nil
}

// StepCount returns the number of instructions executed so far.
func (th *Thread) StepCount() int64 {
	return th.Steps + th.exec.span - th.exec.ticks
}

// CurrentFrame returns the innermost executing Python frame, or nil.
func (th *Thread) CurrentFrame() *Frame { return th.exec.frame }

// HandledException returns the exception currently being handled (sys.exception()), or nil.
func (th *Thread) HandledException() *Exception {
	th.init()
	for e := th.exec.exc; e != nil; e = e.prev {
		if e.value != nil {
			return e.value
		}
	}
	return nil
}

// SourceLines returns the lines of a file compiled by this interpreter (without line
// terminators), or nil.
func (th *Thread) SourceLines(filename string) []string {
	th.init()
	return th.exec.shared.sources[filename].lines()
}

// RegisterSource records a file's text so that tracebacks can show its lines.
func (th *Thread) RegisterSource(filename string, src []byte) {
	th.init()
	th.exec.shared.sources[filename] = &sourceText{text: string(src)}
}

func sourceSplitLines(s string) []string {
	var lines []string
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n':
			lines = append(lines, s[start:i])
			start = i + 1
		case '\r':
			lines = append(lines, s[start:i])
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			start = i + 1
		}
	}
	if start < len(s) {
		lines = append(lines, s[start:])
	}
	return lines
}

// recursionLimit returns the effective depth limit.
func (th *Thread) recursionLimit() int {
	lim := th.Interp.RecursionLimit
	if lim <= 0 {
		lim = 1000
	}
	return min(lim, maxFrameDepth)
}

// enterGo guards a Go-level recursion into the interpreter; every successful call is paired
// with th.exec.goDepth--.
func (th *Thread) enterGo() error {
	if th.exec.goDepth >= maxGoDepth {
		return Errorf(RecursionErrorType, "maximum recursion depth exceeded")
	}
	th.exec.goDepth++
	return nil
}

// EnterRecursion guards a level of Go recursion that may not call Python code (repr of a
// nested list, comparing nested tuples): it fails with RecursionError ("maximum recursion
// depth exceeded" + where, e.g. " while getting the repr of an object") when the depth limit
// is reached. Every successful call must be paired with LeaveRecursion.
func (th *Thread) EnterRecursion(where string) error {
	if th == nil {
		return nil
	}
	if th.exec.depth >= th.recursionLimit() {
		return Errorf(RecursionErrorType, "maximum recursion depth exceeded%s", where)
	}
	th.exec.depth++
	return nil
}

// LeaveRecursion undoes EnterRecursion.
func (th *Thread) LeaveRecursion() {
	if th != nil {
		th.exec.depth--
	}
}

// internalError wraps a Go error that is not a Python exception.
func internalError(err error) *Exception {
	return Errorf(SystemErrorType, "internal error: %v", err)
}

// asException converts an error returned by Go code into the exception to raise. A *Stopped
// or Halt error is returned as ok=false: it must not be caught.
func asException(err error) (*Exception, bool) {
	switch e := err.(type) {
	case *Exception:
		return e, true
	case *Stopped:
		return nil, false
	case Halt:
		return nil, false
	}
	return internalError(err), true
}

// Halt is implemented by the errors, other than *Stopped, that end the whole run rather than
// raise a Python exception: asyncio's *Deadlock (every task and thread waits for something
// that can never happen). Like a *Stopped, such an error skips every except and finally
// clause on its way out to the engine.
type Halt interface {
	error
	// Halt marks the error; it does nothing.
	Halt()
}

// nameError builds NameError("name 'x' is not defined") with its name attribute.
func nameError(name string) *Exception {
	e := Errorf(NameErrorType, "name '%s' is not defined", name)
	setExcField(e, "name", Str(name))
	return e
}

// typeName returns the name used for v's type in error messages.
func typeName(v Value) string {
	return v.Type().Name
}
