package vm_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/asobiba/asobiba/runtime/vm"
)

// mainDict runs src as __main__ and returns its namespace.
func mainDict(t *testing.T, src string) (*vm.Thread, *vm.Dict, *bytes.Buffer) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	th := newThread(&stdout, &stderr)
	if err := vm.RunMain(th, "main.py", []byte(src)); err != nil {
		t.Fatal(err)
	}
	return th, th.Interp.Main.Dict, &stdout
}

func call(t *testing.T, th *vm.Thread, d *vm.Dict, name string, args ...vm.Value) vm.Value {
	t.Helper()
	fn, ok := d.GetStr(name)
	if !ok {
		t.Fatalf("no %s", name)
	}
	v, err := vm.Call(th, fn, args, nil)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestDriveCoroutineFromGo drives a coroutine the way an event loop does: Send until done,
// Throw to cancel at the innermost await.
func TestDriveCoroutineFromGo(t *testing.T) {
	th, d, out := mainDict(t, `
import types
@types.coroutine
def wait(tag):
    return (yield tag)
async def inner():
    try:
        return await wait("inner")
    except KeyError as e:
        print("inner cancelled", repr(e))
        raise
async def outer():
    v = await inner()
    return v * 2
`)
	c := call(t, th, d, "outer").(*vm.Generator)
	if !c.IsCoroutine() || c.Started() {
		t.Fatal("want a fresh coroutine")
	}
	v, done, err := c.Send(th, vm.None)
	if err != nil || done || v != vm.Value(vm.Str("inner")) {
		t.Fatalf("first send: %v %v %v", v, done, err)
	}
	if _, ok := c.YieldFrom().(*vm.Generator); !ok {
		t.Fatalf("cr_await = %v", c.YieldFrom())
	}
	v, done, err = c.Send(th, vm.Int(21))
	if err != nil || !done || v != vm.Value(vm.Int(42)) {
		t.Fatalf("second send: %v %v %v", v, done, err)
	}

	c = call(t, th, d, "outer").(*vm.Generator)
	if _, _, err := c.Send(th, vm.None); err != nil {
		t.Fatal(err)
	}
	_, _, err = c.Throw(th, vm.NewException(vm.KeyErrorType, vm.Str("stop")))
	if !vm.ExceptionMatches(err, vm.KeyErrorType) || !c.Done() {
		t.Fatalf("throw: %v done=%v", err, c.Done())
	}
	if got := out.String(); got != "inner cancelled KeyError('stop')\n" {
		t.Errorf("output %q", got)
	}
	if _, _, err := c.Send(th, vm.None); err == nil || !strings.Contains(err.Error(), "cannot reuse already awaited coroutine") {
		t.Errorf("reuse: %v", err)
	}
}

// TestAsyncGenHooks checks that firstiter sees an async generator when it is first
// iterated, and that the finalizer is recorded on it.
func TestAsyncGenHooks(t *testing.T) {
	th, d, _ := mainDict(t, `
async def agen():
    yield 1
    yield 2
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
`)
	var seen []vm.Value
	first := vm.NewBuiltin("test", "firstiter", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		seen = append(seen, args[0])
		return vm.None, nil
	})
	fin := vm.NewBuiltin("test", "finalizer", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return vm.None, nil
	})
	th.SetAsyncGenHooks(first, fin)
	ag := call(t, th, d, "agen").(*vm.Generator)
	anext, err := vm.CallMethod(th, ag, "__anext__")
	if err != nil {
		t.Fatal(err)
	}
	if v := call(t, th, d, "step", anext); v != vm.Value(vm.Int(1)) {
		t.Fatalf("first value %v", v)
	}
	if len(seen) != 1 || seen[0] != vm.Value(ag) || ag.Finalizer() != vm.Value(fin) {
		t.Fatalf("hooks: seen %v finalizer %v", seen, ag.Finalizer())
	}
	if got := th.StartedAsyncGenerators(); len(got) != 1 || got[0] != ag {
		t.Fatalf("started: %v", got)
	}
	aclose, err := ag.AClose(th)
	if err != nil {
		t.Fatal(err)
	}
	if _, done, err := aclose.(vm.Delegate).Send(th, vm.None); err != nil || !done || !ag.Done() {
		t.Fatalf("aclose: done=%v err=%v", done, err)
	}
}

func TestUnawaitedCoroutines(t *testing.T) {
	var stdout, stderr bytes.Buffer
	th := newThread(&stdout, &stderr)
	src := "async def job():\n    pass\nkept = job()\ndef f():\n    job()\nf()\nstarted = job()\nstarted.close()\n"
	if err := vm.RunMain(th, "main.py", []byte(src)); err != nil {
		t.Fatal(err)
	}
	th.ReportUnawaitedCoroutines(&stderr)
	want := "main.py:5: RuntimeWarning: coroutine 'job' was never awaited\n  job()\n" +
		"RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n" +
		"sys:1: RuntimeWarning: coroutine 'job' was never awaited\n"
	if got := stderr.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
