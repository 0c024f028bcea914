package engine

import (
	"strconv"
	"strings"
	"testing"
)

// runString runs src and returns its stdout, stderr and result.
func runString(t *testing.T, src string, opts Options) (string, string, Result) {
	t.Helper()
	var out, errOut strings.Builder
	if opts.Filename == "" {
		opts.Filename = "main.py"
	}
	res := Run([]byte(src), opts, func(e Event) {
		switch e.Kind {
		case "stdout":
			out.WriteString(e.Data)
		case "stderr":
			errOut.WriteString(e.Data)
		}
	})
	return out.String(), errOut.String(), res
}

// Eager tasks are Python 3.12 behaviour that the 3.11 oracle cannot show: the first step of
// an eagerly started task runs inside create_task.
func TestEagerTaskFactory(t *testing.T) {
	out, errOut, res := runString(t, `
import asyncio

async def child():
    print("child runs before create_task returns")
    await asyncio.sleep(0)
    return "child result"

async def main():
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    task = asyncio.create_task(child())
    print("create_task returned; done =", task.done())
    print(await task)

asyncio.run(main())
`, Options{})
	want := "child runs before create_task returns\ncreate_task returned; done = False\nchild result\n"
	if out != want || res.ExitStatus != 0 {
		t.Fatalf("stdout %q (stderr %q, status %d), want %q", out, errOut, res.ExitStatus, want)
	}
}

// A program whose tasks all wait for something that can never happen ends at once, like the
// oracle's CPython, with a report naming the waiting tasks instead of hanging.
func TestDeadlockIsReported(t *testing.T) {
	out, errOut, res := runString(t, `
import asyncio

async def waiter(ev):
    await ev.wait()

async def main():
    ev = asyncio.Event()
    await asyncio.gather(waiter(ev), waiter(ev))

print("start")
asyncio.run(main())
print("never printed")
`, Options{})
	if out != "start\n" || errOut != "" || res.ExitStatus != 0 {
		t.Fatalf("stdout %q, stderr %q, status %d", out, errOut, res.ExitStatus)
	}
	for _, name := range []string{"Task-1", "Task-2", "Task-3"} {
		if !strings.Contains(res.Deadlock, "name='"+name+"'") {
			t.Errorf("deadlock report does not name %s:\n%s", name, res.Deadlock)
		}
	}
}

// The virtual-time horizon stops a program that would wait on timers forever.
func TestHorizonStopsEndlessTimers(t *testing.T) {
	out, errOut, res := runString(t, `
import asyncio

async def main():
    n = 0
    while True:
        await asyncio.sleep(1)
        n += 1
        print("tick", n)

asyncio.run(main())
`, Options{Horizon: 3.5})
	if out != "tick 1\ntick 2\ntick 3\n" || !res.Stopped || res.ExitStatus != StoppedExitStatus {
		t.Fatalf("stdout %q, stopped %v, status %d", out, res.Stopped, res.ExitStatus)
	}
	if !strings.Contains(errOut, "horizon") || res.VirtualTime != 3 {
		t.Errorf("stderr %q, virtual time %v", errOut, res.VirtualTime)
	}
}

// The step budget stops a runaway loop with a clear message.
func TestStepBudgetStopsRunawayLoop(t *testing.T) {
	_, errOut, res := runString(t, "while True:\n    pass\n", Options{StepBudget: 100_000})
	if !res.Stopped || res.ExitStatus != StoppedExitStatus || !strings.Contains(errOut, "step budget") {
		t.Fatalf("stopped %v, status %d, stderr %q", res.Stopped, res.ExitStatus, errOut)
	}
}

// Cancel stops a run from outside (the browser's Stop button).
func TestCancelStopsRun(t *testing.T) {
	polls := 0
	_, _, res := runString(t, "while True:\n    pass\n", Options{Cancel: func() bool { polls++; return polls > 3 }})
	if !res.Stopped {
		t.Fatalf("run was not stopped")
	}
}

// Unsupported syntax says so clearly.
func TestTypeStatementIsRefused(t *testing.T) {
	_, errOut, res := runString(t, "type X = int\n", Options{})
	if res.ExitStatus != 1 || !strings.Contains(errOut, "SyntaxError: 'type' statement is not supported in Asobiba") {
		t.Fatalf("status %d, stderr %q", res.ExitStatus, errOut)
	}
}

// Absurd allocations raise MemoryError instead of exhausting the host.
func TestHugeAllocationRaisesMemoryError(t *testing.T) {
	_, errOut, res := runString(t, "x = [0] * 10**12\n", Options{})
	if res.ExitStatus != 1 || !strings.Contains(errOut, "MemoryError") {
		t.Fatalf("status %d, stderr %q", res.ExitStatus, errOut)
	}
}

// Deep recursion raises RecursionError instead of overflowing the Go stack.
func TestDeepRecursionRaisesRecursionError(t *testing.T) {
	_, errOut, res := runString(t, "def f(n):\n    return f(n + 1)\nf(0)\n", Options{})
	if res.ExitStatus != 1 || !strings.Contains(errOut, "RecursionError: maximum recursion depth exceeded") {
		t.Fatalf("status %d, stderr %q", res.ExitStatus, errOut[max(0, len(errOut)-300):])
	}
}

// CPython's as_completed makes its tasks in the order of set(fs), which follows memory
// addresses; Asobiba makes them in the order given, whatever hashes the coroutines got
// (docs/cpython-tono-chigai.md). The oracle cannot check a choice CPython leaves to chance.
func TestAsCompletedMakesTasksInTheOrderGiven(t *testing.T) {
	out, errOut, res := runString(t, `
import asyncio

class Unrelated:
    pass

async def job(i):
    print("job", i, "starts as", asyncio.current_task().get_name())
    await asyncio.sleep(0)
    return i

async def main():
    for skip in range(3):
        junk = {Unrelated() for _ in range(skip)}  # moves the next identity hashes along
        done = [await f for f in asyncio.as_completed([job(i) for i in range(5)])]
        print(done)

asyncio.run(main())
`, Options{})
	var want strings.Builder
	n := 2
	for range 3 {
		for i := range 5 {
			want.WriteString("job " + strconv.Itoa(i) + " starts as Task-" + strconv.Itoa(n) + "\n")
			n++
		}
		want.WriteString("[0, 1, 2, 3, 4]\n")
	}
	if out != want.String() || res.ExitStatus != 0 {
		t.Fatalf("stdout:\n%s(stderr %q, status %d), want:\n%s", out, errOut, res.ExitStatus, want.String())
	}
}
