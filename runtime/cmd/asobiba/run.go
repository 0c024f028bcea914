package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/asobiba/asobiba/runtime/engine"
	"github.com/asobiba/asobiba/runtime/vm"
)

// runCommand implements "asobiba run [--step-budget N] [--memory-limit MIB] [--timeline=FORMAT]
// FILE.py [args...]".
func runCommand(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("asobiba run", flag.ContinueOnError)
	flags.SetOutput(stderr)
	budget := flags.Int64("step-budget", 0, "stop the program after `N` bytecode instructions (0: no limit)")
	memoryMiB := flags.Int64("memory-limit", vm.DefaultMemoryLimit>>20, "raise MemoryError once the program's heap holds more than `MIB` mebibytes (0: no limit)")
	var tl timelineFlags
	tl.register(flags)
	if err := flags.Parse(args); err != nil {
		return 2
	}
	if err := tl.check(); err != nil {
		fmt.Fprintf(stderr, "asobiba run: %v\n", err)
		return 2
	}
	if flags.NArg() == 0 {
		fmt.Fprint(stderr, runUsage)
		return 2
	}
	filename := flags.Arg(0)
	src, err := os.ReadFile(filename)
	if err != nil {
		fmt.Fprintf(stderr, "asobiba: can't open file '%s': %s\n", filename, describe(err))
		return 2
	}
	input, err := readStdin(stdin)
	if err != nil {
		fmt.Fprintf(stderr, "asobiba: reading stdin: %v\n", err)
		return 2
	}
	tuneGC()
	vm.SetMemoryLimit(*memoryMiB << 20)
	// Like python3 (since 3.9), the script's code objects and __file__ carry its absolute
	// path, which task reprs and warnings show, while sys.argv[0] stays as given.
	shown := filename
	if abs, err := filepath.Abs(filename); err == nil {
		shown = abs
	}
	opts := engine.Options{
		Filename:   shown,
		Argv0:      filename,
		Args:       flags.Args()[1:],
		ScriptDir:  os.DirFS(filepath.Dir(shown)),
		Stdin:      input,
		StepBudget: *budget,
		Timeline:   tl.on(),
		// The timeline is written after the run, by tl.write, straight to its destination.
		TimelineWithoutEvent: true,
	}
	res := engine.Run(src, opts, func(ev engine.Event) {
		switch ev.Kind {
		case "stdout":
			io.WriteString(stdout, ev.Data)
		case "stderr":
			io.WriteString(stderr, ev.Data)
		}
	})
	if res.Deadlock != "" && isTerminal(stderr) {
		// CPython would hang here; the oracle's runs (and so comparisons through pipes) end
		// silently, but a person at a terminal is told why the program stopped.
		fmt.Fprintf(stderr, "asobiba: the program stopped: %s\n", res.Deadlock)
	}
	if tl.on() {
		if err := tl.write(res, stdout, stderr); err != nil {
			fmt.Fprintf(stderr, "asobiba: timeline: %v\n", err)
			return max(res.ExitStatus, 1)
		}
	}
	return res.ExitStatus
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// describe words a file error the way python3 does ("[Errno 2] No such file or directory").
func describe(err error) string {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return err.Error()
	}
	msg := errno.Error()
	if msg != "" {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	return fmt.Sprintf("[Errno %d] %s", int(errno), msg)
}

// readStdin returns everything on standard input, or nil when it is a terminal: the engine
// takes its input up front, and waiting for a person to type Ctrl-D before the program even
// starts would be surprising.
func readStdin(stdin io.Reader) ([]byte, error) {
	if stdin == nil {
		return nil, nil
	}
	if f, ok := stdin.(*os.File); ok {
		info, err := f.Stat()
		if err != nil || info.Mode()&os.ModeCharDevice != 0 {
			return nil, nil
		}
	}
	return io.ReadAll(stdin)
}
