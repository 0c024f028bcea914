// Package testrun runs small Python programs on a fresh interpreter with the whole standard
// library, for the Go tests of the standard-library modules. It is imported only by
// external test packages (package x_test), since it depends on runtime/stdlib, which
// depends on every module.
package testrun

import (
	"bytes"
	"errors"
	"testing"

	"github.com/asobiba/asobiba/runtime/stdlib"
	"github.com/asobiba/asobiba/runtime/vm"
)

// Thread returns a thread of a new interpreter with the builtins and the standard library,
// writing to the given buffers. extra adds functions to the builtins (Go code under test
// that Python code calls).
func Thread(stdout, stderr *bytes.Buffer, extra map[string]vm.BuiltinFunc) *vm.Thread {
	ip := &vm.Interp{
		Builtins:       vm.NewBuiltins(),
		Modules:        vm.NewDict(),
		Loaders:        stdlib.Loaders(),
		FindSource:     stdlib.FindSource,
		Stdout:         stdout,
		Stderr:         stderr,
		RecursionLimit: 1000,
		Argv:           []string{"main.py"},
	}
	for name, fn := range extra {
		ip.Builtins.SetStr(name, vm.NewBuiltin("builtins", name, fn))
	}
	bm := vm.NewModule("builtins")
	bm.Dict = ip.Builtins
	ip.Modules.SetStr("builtins", bm)
	return &vm.Thread{Interp: ip, Name: "MainThread"}
}

// Run runs src as main.py and returns what it wrote to stdout and stderr; an uncaught
// exception is printed to stderr as CPython prints it and fails the test.
func Run(t testing.TB, src string, extra map[string]vm.BuiltinFunc) (string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	th := Thread(&stdout, &stderr, extra)
	err := vm.RunMain(th, "main.py", []byte(src))
	var exc *vm.Exception
	if errors.As(err, &exc) {
		th.PrintException(&stderr, exc)
	}
	if err != nil {
		t.Fatalf("program failed: %v\nstdout:\n%s\nstderr:\n%s", err, stdout.String(), stderr.String())
	}
	return stdout.String(), stderr.String()
}

// Expect runs src and fails the test unless its stdout is want.
func Expect(t testing.TB, src, want string) {
	t.Helper()
	got, _ := Run(t, src, nil)
	if got != want {
		t.Errorf("program printed:\n%s\nwant:\n%s", got, want)
	}
}
