package vm

import "io"

// Clock is the virtual clock the host injects; the runtime never reads real time.
type Clock interface {
	// Now returns the virtual time in seconds.
	Now() float64
	// Advance moves the clock forward by d seconds (time.sleep).
	Advance(d float64)
	// JumpTo moves the clock to t if t is later (the event loop skipping idle time).
	JumpTo(t float64)
}

// ModuleLoader creates a builtin module implemented in Go.
type ModuleLoader func(th *Thread) (*Module, error)

// SourceFinder returns the Python source of an importable module (standard-library modules
// written in Python, the user's own files), or ok=false. A nil src for a standard-library
// file name defers the text (see SetDeferredSource).
type SourceFinder func(name string) (src []byte, filename string, isPackage bool, ok bool)

// Interp is what the threads of one program share.
type Interp struct {
	// Builtins is the builtins module's namespace.
	Builtins *Dict
	// Modules is sys.modules.
	Modules *Dict
	// Loaders maps module names to the Go functions that build builtin modules.
	Loaders map[string]ModuleLoader
	// LocalSource, when not nil, finds the modules of the program's own directory (python3's
	// sys.path[0]). It is asked first, so such a module shadows a standard one, as in CPython;
	// the host decides which names it never shadows.
	LocalSource SourceFinder
	// FindSource finds Python source for modules that have no loader.
	FindSource SourceFinder
	// Stdout and Stderr receive everything the program writes to sys.stdout / sys.stderr.
	Stdout, Stderr io.Writer
	// Stdin is what input() and sys.stdin read.
	Stdin io.Reader
	// Clock is the virtual clock.
	Clock Clock
	// Argv is sys.argv.
	Argv []string
	// RecursionLimit is sys.getrecursionlimit().
	RecursionLimit int
	// MaxStrDigits is sys.get_int_max_str_digits() once sys.set_int_max_str_digits has set it
	// (MaxStrDigitsSet); 0 means no limit.
	MaxStrDigits    int
	MaxStrDigitsSet bool
	// Main is the __main__ module once the program runs.
	Main *Module
	// Ext holds per-interpreter state of runtime packages built on the VM (asyncio's
	// tasks and loops, the timeline recorder, ...), each under a key of a type private to
	// that package.
	Ext map[any]any
	// Codes, when not nil, supplies the code objects of standard-library modules made by
	// an earlier run (see CodeCache); this run must then be the only one using it.
	Codes *CodeCache
}

// Thread is one thread of Python execution.
type Thread struct {
	Interp *Interp
	// Name is the thread's name ("MainThread" for the main one).
	Name string
	// Steps counts executed instructions; StepBudget > 0 stops the thread once Steps
	// exceeds it.
	Steps, StepBudget int64
	// Cancel, when set, is polled between instructions; returning true stops the thread.
	Cancel func() bool

	// The interpreter's execution state (frames, the handled exception, recursion depth) is
	// declared in interp.go.
	exec execState
}

// Module is a Python module object.
type Module struct {
	Name string
	Dict *Dict
}

// Type returns ModuleType.
func (*Module) Type() *Type { return ModuleType }

// NewModule makes a module with __name__ set (and __doc__ None).
func NewModule(name string) *Module {
	m := &Module{Name: name, Dict: NewDict()}
	m.Dict.SetStr("__name__", Str(name))
	m.Dict.SetStr("__doc__", None)
	return m
}
