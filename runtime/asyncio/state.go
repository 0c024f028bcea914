package asyncio

import (
	"strings"

	"github.com/asobiba/asobiba/runtime/stdlib/contextvars"
	"github.com/asobiba/asobiba/runtime/vm"
)

// Observer is told about everything the loop does; the timeline recorder implements it.
// Methods are called synchronously on the loop's thread and must not run Python code.
type Observer interface {
	TaskCreated(t *Task)
	// TaskRenamed is called after Task.set_name (TaskGroup.create_task names its tasks so).
	TaskRenamed(t *Task)
	// StepStart is called before a task's coroutine resumes; exc is what is thrown into it
	// (a CancelledError when the task is being cancelled), or nil.
	StepStart(t *Task, exc *vm.Exception)
	// StepEnd is called after the step; waitingOn is the future the task now waits for, or
	// nil (it finished, or it yielded to let others run).
	StepEnd(t *Task, waitingOn vm.Value)
	// WakeScheduled is called when the future a task waits for is done and the task's
	// wake-up is scheduled; cause and timer are what State.Cause reports at that moment, and
	// what it would report while the wake-up runs. The wake-up keeps no record of them, so
	// that a hundred thousand wake-ups cost no allocation each.
	WakeScheduled(t *Task, cause *Task, timer bool)
	// TaskWoken is called when the wake-up runs: the future the task waited for is done.
	TaskWoken(t *Task, by vm.Value)
	TaskCancelRequested(t *Task, by *Task)
	TaskDone(t *Task)
	// TimerScheduled is called for every call_at/call_later; by is the running task or nil.
	TimerScheduled(by *Task, when float64)
	// ClockJump is called when the loop, idle, moves the virtual clock to its next timer.
	ClockJump(from, to float64)
}

// State is the asyncio state of one interpreter: its loops, tasks and hooks.
type State struct {
	clock vm.Clock
	// running lists the loops running now, with their threads, in the order they started:
	// like CPython, each thread has its own running loop (get_running_loop).
	running []runningLoop
	// current holds each thread's current loop: the one set by set_event_loop, or created by
	// get_event_loop in the main thread.
	current map[*vm.Thread]*Loop
	// setCalled records the threads that called set_event_loop: get_event_loop no longer
	// creates a loop for them.
	setCalled map[*vm.Thread]bool
	tasks     []*Task
	// taskCounter numbers tasks in creation order across every loop of the run (Task.ID).
	taskCounter int
	// nameCounter numbers the tasks created without a name: Task-1, Task-2, ... As in
	// CPython, a task given a name takes no number.
	nameCounter int
	// hashCounter gives futures and tasks their hashes (see Future.hash).
	hashCounter int64
	// defaultHandler is the Python-level default exception handler the asyncio package
	// registers (it formats and logs the context like CPython's logger does).
	defaultHandler vm.Value
	// wrapAwaitable turns an object with __await__ into a coroutine (tasks._wrap_awaitable).
	wrapAwaitable vm.Value
	// taskHelpers are the Task methods written in Python (get_stack, print_stack), which
	// the Python layer registers with _asyncio._set_task_helper.
	taskHelpers map[string]vm.Value
	// warn logs a warning line through the Python layer (logging's last-resort handler).
	warn vm.Value
	// Observer, when set, receives the loop's events.
	Observer Observer
	// labels keeps the timeline labels made of a number, such as sleep(0.1) (trace.go).
	labels map[labelKey]string
	// notes keeps the notes of labelled futures that stand for no tasks, by label (trace.go).
	notes map[string]*futureNote
	// threads lets the loops cooperate with the program's other Python threads (threads.go).
	threads threadHooks
	// io holds each loop's pending I/O events of the simulated network (io.go).
	io map[*Loop][]*Handle
	// loopMethods are the loop methods the Python layer implements (see _extend_loop).
	loopMethods map[string]vm.Value
	// contexts holds the threads' current contextvars contexts (context.go).
	contexts *contextvars.Contexts
	// sleepCallback is futures._set_result_unless_cancelled, which sleep's timers run, and
	// slowSleep the Python coroutine function that sleeps on loops that are not plain
	// (sleep0.go).
	sleepCallback, slowSleep vm.Value
	// sleepFn is asyncio.sleep, whose immediately awaited calls may get a stand-in
	// (sleep_standin.go).
	sleepFn *vm.Function
	// sleep0 is the stand-in every awaited sleep(0) shares.
	sleep0 *sleep0Standin
	// sleepGlobals are what sleep's globals _sleep0 and _sleep_for held when it got its
	// shortcut.
	sleepGlobals [2]vm.Value
	// sleepGlobalsAt are their positions in sleep's globals while its version is
	// sleepGlobalsVer (see sleepGlobal).
	sleepGlobalsAt  [2]int
	sleepGlobalsVer uint64
	// adopt is the sleeper that _sleep_for hands to the sleep coroutine a stand-in is
	// making (sleeperStandin.Coroutine), or nil.
	adopt *sleeper
	// resultTail is base_events.run_until_complete(loop, future): the Python frame through
	// which loop.run_until_complete raises a failed future's exception, as CPython's does
	// (see _run_until_complete_setup).
	resultTail vm.Value
	// queue holds the Queue methods that the Go fast paths of queues stand for (queue.go).
	queue *queueMethods
	// Horizon, when positive, is the virtual time past which loops stop with
	// *HorizonReached instead of moving the clock further.
	Horizon float64
}

type stateKey struct{}

// StateOf returns the interpreter's asyncio state, creating it on first use.
func StateOf(in *vm.Interp) *State {
	if in.Ext == nil {
		in.Ext = map[any]any{}
	}
	if s, ok := in.Ext[stateKey{}].(*State); ok {
		return s
	}
	s := &State{clock: in.Clock}
	in.Ext[stateKey{}] = s
	return s
}

// Tasks returns every task created so far, in creation order.
func (s *State) Tasks() []*Task { return s.tasks }

// prune forgets the tasks that are finished and have nothing left to report.
func (s *State) prune() {
	kept := s.tasks[:0]
	for _, t := range s.tasks {
		if !t.Done() || t.logTraceback {
			kept = append(kept, t)
		}
	}
	clear(s.tasks[len(kept):])
	s.tasks = kept
}

// runningLoop is a loop running in a thread.
type runningLoop struct {
	th   *vm.Thread
	loop *Loop
}

// Running returns the running loop that started first (the main program's, when threads
// run loops of their own), or nil.
func (s *State) Running() *Loop {
	if len(s.running) == 0 {
		return nil
	}
	return s.running[0].loop
}

// runningIn returns the loop running in thread th, or nil.
func (s *State) runningIn(th *vm.Thread) *Loop {
	for i := len(s.running) - 1; i >= 0; i-- {
		if s.running[i].th == th {
			return s.running[i].loop
		}
	}
	return nil
}

// setRunning records l as running in th.
func (s *State) setRunning(th *vm.Thread, l *Loop) {
	s.running = append(s.running, runningLoop{th, l})
}

// clearRunning forgets that l runs in th.
func (s *State) clearRunning(th *vm.Thread, l *Loop) {
	for i, r := range s.running {
		if r.th == th && r.loop == l {
			s.running = append(s.running[:i], s.running[i+1:]...)
			return
		}
	}
}

// mayCreateCurrent reports whether get_event_loop may create th's current loop: only in the
// main thread, and only until set_event_loop is called there, as in CPython.
func (s *State) mayCreateCurrent(th *vm.Thread) bool {
	return isMainThread(th) && !s.setCalled[th]
}

// currentIn returns th's current loop (set_event_loop), or nil.
func (s *State) currentIn(th *vm.Thread) *Loop { return s.current[th] }

// setCurrent makes l (nil for none) th's current loop.
func (s *State) setCurrent(th *vm.Thread, l *Loop) {
	if s.current == nil {
		s.current = map[*vm.Thread]*Loop{}
		s.setCalled = map[*vm.Thread]bool{}
	}
	s.setCalled[th] = true
	if l == nil {
		delete(s.current, th)
		return
	}
	s.current[th] = l
}

// contextItem is one key of an exception-handler context, in insertion order.
type contextItem struct {
	key   string
	value vm.Value
}

// callExceptionHandler is loop.call_exception_handler(context).
func (l *Loop) callExceptionHandler(th *vm.Thread, items []contextItem) error {
	ctx := vm.NewDict()
	for _, it := range items {
		ctx.SetStr(it.key, it.value)
	}
	return l.callExceptionHandlerDict(th, ctx)
}

func (l *Loop) callExceptionHandlerDict(th *vm.Thread, ctx *vm.Dict) error {
	handler := l.exceptionHandler
	var args []vm.Value
	if handler == nil || handler == vm.None {
		handler = l.state.defaultHandler
		args = []vm.Value{l.outerValue(), ctx}
	} else {
		args = []vm.Value{l.outerValue(), ctx}
	}
	if handler == nil {
		return l.fallbackReport(th, ctx)
	}
	_, err := vm.Call(th, handler, args, nil)
	if err == nil {
		return nil
	}
	if e, ok := err.(*vm.Exception); ok && !e.Class.IsSubtype(vm.SystemExitType) && !e.Class.IsSubtype(vm.KeyboardInterruptType) {
		// A failing handler is reported by the default one, as CPython does.
		if handler != l.state.defaultHandler && l.state.defaultHandler != nil {
			c := vm.NewDict()
			c.SetStr("message", vm.Str("Unhandled error in exception handler"))
			c.SetStr("exception", e)
			c.SetStr("context", ctx)
			_, err = vm.Call(th, l.state.defaultHandler, []vm.Value{l, c}, nil)
		}
	}
	return err
}

// fallbackReport writes the context's message to stderr when the Python layer has not
// registered its handler (only possible if asyncio's Python modules failed to load).
func (l *Loop) fallbackReport(th *vm.Thread, ctx *vm.Dict) error {
	msg, _ := ctx.GetStr("message")
	s, err := vm.ToStr(th, msg)
	if err != nil {
		return err
	}
	_, err = th.Interp.Stderr.Write([]byte(strings.TrimRight(s, "\n") + "\n"))
	return err
}

// logWarning writes a warning line the way asyncio's logger does.
func (s *State) logWarning(th *vm.Thread, msg string) error {
	if s.warn != nil {
		_, err := vm.Call(th, s.warn, []vm.Value{vm.Str(msg)}, nil)
		return err
	}
	_, err := th.Interp.Stderr.Write([]byte(msg + "\n"))
	return err
}

// ReportAtExit says what CPython says when the interpreter shuts down with tasks still
// pending: "Task was destroyed but it is pending!" for each, through its loop's exception
// handler. The engine calls it once the program has ended.
func (s *State) ReportAtExit(th *vm.Thread) error {
	for _, t := range s.tasks {
		if t.Done() || !t.logDestroyPending {
			continue
		}
		t.logDestroyPending = false
		// At shutdown CPython finalises the coroutine before the task, so the report shows
		// it as done ("defined at"); closing it also runs its finally blocks, as there.
		if _, err := callMethod(th, t.coro, "close", nil, nil); err != nil {
			if _, ok := err.(*vm.Exception); !ok {
				return err
			}
		}
		err := t.loop.callExceptionHandler(th, []contextItem{
			{"message", vm.Str("Task was destroyed but it is pending!")},
			{"task", t.outer},
		})
		if err != nil {
			return err
		}
	}
	return nil
}
