// Package asyncio is Asobiba's asyncio: an event loop on a virtual clock, with Future and Task
// implemented in Go and the rest of the asyncio API (sleep, gather, wait, wait_for, timeouts,
// task groups, locks, queues, runners) written in Python on top of them.
//
// # The split
//
// CPython implements Future and Task in C (_asyncio) and everything else in Python. Asobiba
// follows the same seam: the hot objects — the loop's ready queue and timer heap, Future,
// Task and the task step that drives a coroutine — are Go (loop.go, future.go, task.go), and
// the combinators, synchronisation primitives and runners are our own Python modules
// (lib/*.py) that call them. The Python layer keeps the observable behaviour of CPython's
// asyncio — the number of loop iterations an operation takes, the order of callbacks, the
// messages — easy to match, because it has the same shape as the code it mirrors.
//
// # One loop iteration
//
// RunOnce mirrors BaseEventLoop._run_once: cancelled timers at the head of the heap are
// dropped; if nothing is ready the virtual clock jumps to the earliest timer (if there is no
// timer either, every task is waiting for something that can never happen, and the run stops
// with a report instead of hanging); due timers move to the ready queue; then exactly the
// callbacks that were ready when the iteration began run, in FIFO order. Timers are ordered by
// (when, scheduling sequence) so equal deadlines fire in the order they were scheduled.
//
// # Time
//
// The loop never reads real time: loop.time() is the interpreter's injected virtual clock.
// time.sleep advances that clock while the calling task keeps the loop, which is exactly what
// blocking looks like; in debug mode the loop then reports the slow callback as CPython does.
//
// # sleep without a coroutine
//
// asyncio.sleep stays a Python coroutine function (lib/asyncio/tasks.py), but an immediately
// awaited call of it, `await asyncio.sleep(x)`, takes the VM's await shortcut (vm.AwaitShortcut):
// the await drives a Go stand-in instead of a new coroutine (sleep_standin.go) — a shared
// pair of values for sleep(0), the sleeper itself for a positive delay on a plain loop. The
// real coroutine is made, in the same state, whenever it could be seen: cr_await, a throw()
// into the awaiting task, a sleep that ends in an error; so reprs, tracebacks and the
// timeline are those of the coroutine.
//
// # Threads and the simulated network
//
// Two small hooks connect the loop to the rest of the simulated world. When no callback is
// ready, RunOnce first lets the program's other Python threads run (executor workers,
// threading) through the Threads interface that package pythread installs (threads.go);
// their results come back with call_soon_threadsafe. And the in-process network of the
// streams and servers (lib/asyncio/_simnet.py) delivers its I/O events at the start of the
// next iteration, where a selector's events land in CPython (io.go).
//
// # Orders CPython leaves open
//
// asyncio.wait returns sets of tasks and asyncio.run cancels the leftover tasks of a set;
// CPython iterates those sets in an order that depends on object addresses, which is not
// reproducible. In Asobiba a future's hash is a number given in the order futures are first
// hashed in a run, so sets of tasks iterate in the same order on every run of a program
// (often, but not always, the order of creation).
//
// # Observation
//
// Every task creation, step, wake-up, cancellation, completion, timer and clock jump is
// reported to an Observer when one is installed (the timeline recorder); with none installed
// the hooks cost a nil check.
package asyncio
