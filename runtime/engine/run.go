package engine

import (
	"bytes"
	"cmp"
	"io"
	"runtime/debug"

	"github.com/asobiba/asobiba/runtime/asyncio"
	"github.com/asobiba/asobiba/runtime/clock"
	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
	"github.com/asobiba/asobiba/runtime/stdlib"
	"github.com/asobiba/asobiba/runtime/stdlib/atexit"
	"github.com/asobiba/asobiba/runtime/stdlib/pythread"
	"github.com/asobiba/asobiba/runtime/vm"
)

// StoppedExitStatus is the exit status of a run stopped by the step budget or Cancel (the
// status `timeout` uses for a command it had to stop).
const StoppedExitStatus = 124

// KeyboardInterruptExitStatus is the exit status of a program ended by an uncaught
// KeyboardInterrupt: python3 kills itself with SIGINT, which a parent process sees as -2.
const KeyboardInterruptExitStatus = -2

// InternalErrorExitStatus is the exit status when the runtime itself failed.
const InternalErrorExitStatus = 70

// Run compiles and runs one program on a fresh interpreter. Every write to stdout and stderr
// reaches emit as it happens, stamped with the virtual time. Run never panics: a Go panic
// inside the runtime is reported on stderr as an internal error (exit status 70).
func Run(src []byte, opts Options, emit func(Event)) (res Result) {
	clk := &clock.Virtual{}
	stdout := &eventWriter{kind: "stdout", clock: clk, emit: emit}
	stderr := &eventWriter{kind: "stderr", clock: clk, emit: emit}
	filename := opts.Filename
	if filename == "" {
		filename = "main.py"
	}
	in := &vm.Interp{
		Modules:        vm.NewDict(),
		Loaders:        loaders(),
		FindSource:     findSource,
		LocalSource:    localSource(opts, filename),
		Stdout:         stdout,
		Stderr:         stderr,
		Stdin:          bytes.NewReader(opts.Stdin),
		Clock:          clk,
		Argv:           append([]string{cmp.Or(opts.Argv0, filename)}, opts.Args...),
		RecursionLimit: 1000,
		Codes:          takeCodes(),
	}
	th := &vm.Thread{Interp: in, Name: "MainThread", StepBudget: opts.StepBudget, Cancel: opts.Cancel}
	tl := startTimeline(opts.Timeline, in, clk, stdout, stderr) // nil unless recording
	defer func() {
		r := recover()
		if r != nil {
			io.WriteString(stderr, msgfmt.Sprintf("asobiba: internal error: %v\n%s", r, debug.Stack()))
			res.ExitStatus = InternalErrorExitStatus
		}
		res.VirtualTime = clk.Now()
		res.recording = tl.end(emit, !opts.TimelineWithoutEvent)
		if r == nil {
			// After an internal error the code objects may be in any state: they are dropped.
			returnCodes(in.Codes)
		}
	}()
	asyncio.StateOf(in).Horizon = opts.Horizon
	in.Builtins = vm.NewBuiltins()
	if err := bootstrap(th); err != nil {
		return finish(th, err, stderr)
	}
	setScriptPath(in, opts, filename)
	defer pythread.Close(in) // no thread outlives the run
	res = finish(th, vm.RunMain(th, filename, src), stderr)
	if !res.Stopped && res.Deadlock == "" {
		// Like CPython, wait for the threads that are not daemons before shutting down.
		if err := pythread.Shutdown(th); err != nil {
			status := res.ExitStatus
			res = finish(th, err, stderr)
			if res.Deadlock != "" {
				res.ExitStatus = status
			}
		}
	}
	if !res.Stopped && res.Deadlock == "" {
		atExit(th, stderr)
	}
	return res
}

// atExit does what CPython does as the interpreter shuts down: it calls the functions
// registered with atexit, then reports tasks destroyed while still pending and coroutines
// that were never awaited.
func atExit(th *vm.Thread, stderr *eventWriter) {
	atexit.Run(th)
	if err := asyncio.StateOf(th.Interp).ReportAtExit(th); err != nil {
		io.WriteString(stderr, "asobiba: while reporting pending tasks: "+err.Error()+"\n")
	}
	th.ReportUnawaitedCoroutines(stderr)
}

// bootstrap imports the modules every program finds already loaded (builtins and sys).
func bootstrap(th *vm.Thread) error {
	for _, name := range []string{"builtins", "sys"} {
		m, err := th.Interp.Loaders[name](th)
		if err != nil {
			return err
		}
		th.Interp.Modules.SetStr(name, m)
	}
	return nil
}

// finish turns how the program ended into an exit status, printing what python3 prints.
func finish(th *vm.Thread, err error, stderr *eventWriter) Result {
	switch e := err.(type) {
	case nil:
		return Result{}
	case *vm.Stopped:
		io.WriteString(stderr, e.Error()+"\n")
		return Result{ExitStatus: StoppedExitStatus, Stopped: true}
	case *asyncio.Deadlock:
		// CPython would wait forever here; the oracle stops such a program with status 0
		// and prints nothing more. The report is for the host to show.
		return Result{Deadlock: e.Report}
	case *asyncio.HorizonReached:
		io.WriteString(stderr, "asobiba: "+e.Error()+"\n")
		return Result{ExitStatus: StoppedExitStatus, Stopped: true}
	case *vm.Exception:
		th.ExceptionUncaught(e)
		if e.Class.IsSubtype(vm.SystemExitType) {
			return Result{ExitStatus: systemExitStatus(th, e, stderr)}
		}
		th.PrintException(stderr, e)
		if e.Class.IsSubtype(vm.KeyboardInterruptType) {
			// python3 then ends itself with SIGINT: its parent sees status -2.
			return Result{ExitStatus: KeyboardInterruptExitStatus}
		}
		return Result{ExitStatus: 1}
	}
	io.WriteString(stderr, "asobiba: internal error: "+err.Error()+"\n")
	return Result{ExitStatus: InternalErrorExitStatus}
}

// systemExitStatus is what python3 exits with for an uncaught SystemExit: its code when an
// int, 0 for None, else 1 after printing the code to stderr.
func systemExitStatus(th *vm.Thread, e *vm.Exception, stderr *eventWriter) int {
	var code vm.Value = vm.None
	switch len(e.Args) {
	case 0:
	case 1:
		code = e.Args[0]
	default:
		code = e.Args
	}
	switch c := code.(type) {
	case *vm.NoneType:
		return 0
	case vm.Int:
		return int(c) & 0xff
	case vm.Bool:
		if c {
			return 1
		}
		return 0
	}
	s, err := vm.ToStr(th, code)
	if err != nil {
		s = "<" + code.Type().Name + " object>"
	}
	io.WriteString(stderr, s+"\n")
	return 1
}

// loaders are the builtin modules: the standard library's and asyncio's Go core.
func loaders() map[string]vm.ModuleLoader {
	l := stdlib.Loaders()
	l["_asyncio"] = asyncio.Load
	return l
}

// findSource finds modules written in Python: asyncio's, then the rest of the standard
// library's.
func findSource(name string) ([]byte, string, bool, bool) {
	if src, file, pkg, ok := asyncio.Source(name); ok {
		return src, file, pkg, true
	}
	return stdlib.FindSource(name)
}
