// Command asobiba is Asobiba's native command line.
//
// Usage:
//
//	asobiba run [--step-budget N] [--memory-limit MIB] [--timeline=FORMAT [--timeline-out=PATH]] FILE.py [args...]
//	asobiba serve [--addr 127.0.0.1:8080] [--dir dist]
//
// "run" behaves like python3 FILE.py: it runs the program on Asobiba's interpreter, writes
// what the program prints to stdout and stderr as it happens, and exits with the program's
// exit status. With --timeline it also records every task's life and, once the program has
// ended, draws it: as a text chart on stderr, or as JSON, a Chrome trace or SVG into the
// file named by --timeline-out ("-" for stdout, after the program's own output); see
// `asobiba help`. When every task waits for something that can never happen, the run ends
// at once with exit status 0 (CPython would hang), and, on a terminal, says which tasks
// waited on what. "serve" serves the built playground (make build writes it to dist/).
package main

import (
	"fmt"
	"io"
	"os"
)

const runUsage = "usage: asobiba run [--step-budget N] [--memory-limit MIB] [--timeline=FORMAT [--timeline-out=PATH]] FILE.py [args...]\n"

const usage = `usage:
  asobiba run [--step-budget N] [--memory-limit MIB] [--timeline=FORMAT [--timeline-out=PATH]] FILE.py [args...]
  asobiba serve [--addr 127.0.0.1:8080] [--dir dist]
`

func main() {
	status := cli(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	if status < 0 {
		// A negative status is death by a signal (an uncaught KeyboardInterrupt: SIGINT), as
		// python3 does it, so that a parent process sees the same status.
		exitBySignal(-status)
	}
	os.Exit(status)
}

// cli dispatches to a subcommand and returns the process exit status.
func cli(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "run":
		return runCommand(args[1:], stdin, stdout, stderr)
	case "serve":
		return serveCommand(args[1:], stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage+timelineHelp)
		return 0
	default:
		fmt.Fprintf(stderr, "asobiba: unknown command %q\n%s", args[0], usage)
		return 2
	}
}
