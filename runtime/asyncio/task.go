package asyncio

import (
	"github.com/asobiba/asobiba/runtime/stdlib/contextvars"
	"github.com/asobiba/asobiba/runtime/vm"
	"strings"
)

// Task is asyncio.Task: a Future that drives a coroutine, one step per loop callback.
type Task struct {
	Future
	coro      vm.Value
	futWaiter vm.Value             // the future-like object the task waits on (its outer object)
	parent    *Task                // the task that was running when this one was created
	ctx       *contextvars.Context // the context its steps run in (context.go)
	// ownCtx is ctx when the task was given no context: the copy of the current context
	// lives inside the task, which saves an allocation per task.
	ownCtx  contextvars.Context
	id      int32 // creation order, from 1
	nameNum int32 // the N of an unnamed task's Task-N (tasks given a name by loop.create_task take none)
	// numCancelsRequested counts cancel() calls not yet matched by uncancel().
	numCancelsRequested int32
	// named says the task was given a name (kept in extra.name); otherwise its name is
	// "Task-<nameNum>", made when asked for (a hundred thousand tasks need not each keep
	// their name string).
	named      bool
	mustCancel bool
	// unreferenced: the statement that created the task discarded it (see droppedAtCreation).
	unreferenced bool
}

// TaskType is asyncio.Task, a subclass of asyncio.Future.
var TaskType = extensionType(newBaseClass("Task", "_asyncio", FutureType))

// Type returns TaskType.
func (t *Task) Type() *vm.Type { return TaskType }

func (t *Task) base() *Future { return &t.Future }

// Name is the task's name.
func (t *Task) Name() string {
	if !t.named {
		return "Task-" + itoa(int(t.nameNum))
	}
	return t.extra.name
}

// NameNum returns the N of an unnamed task's name "Task-N" and true, or 0 and false for a
// task that was given a name; it lets an observer name many tasks without making strings.
func (t *Task) NameNum() (int, bool) {
	if t.named {
		return 0, false
	}
	return int(t.nameNum), true
}

// setName names the task.
func (t *Task) setName(name string) { t.more().name, t.named = name, true }

// ID is the task's creation number (1 for the first task of the run).
func (t *Task) ID() int { return int(t.id) }

// Parent is the task that created this one, or nil.
func (t *Task) Parent() *Task { return t.parent }

// Coro is the coroutine the task drives.
func (t *Task) Coro() vm.Value { return t.coro }

// newTask makes a task and schedules its first step.
func newTask(th *vm.Thread, l *Loop, coro, name, context vm.Value, eager bool) (*Task, error) {
	t := &Task{}
	t.outer = t
	return t, t.init(th, l, coro, name, context, eager)
}

// init is Task.__init__: it binds the task to its loop and coroutine, names it, and
// schedules its first step. With eager set and the loop running, the first step runs at
// once, inside the creating task's step (3.12's eager tasks). The task runs in context (a
// copy of the current context when None).
func (t *Task) init(th *vm.Thread, l *Loop, coro, name, context vm.Value, eager bool) error {
	if !isCoroutine(coro) {
		r, err := vm.Repr(th, coro)
		if err != nil {
			return err
		}
		return vm.Errorf(vm.TypeErrorType, "a coroutine was expected, got %s", r)
	}
	if context == nil || context == vm.None {
		l.state.contextsOf(th).CopyInto(th, &t.ownCtx)
		t.ctx = &t.ownCtx
	} else {
		ctx, err := contextArg(th, l.state, context)
		if err != nil {
			return err
		}
		t.ctx = ctx
	}
	st := l.state
	st.taskCounter++
	t.coro, t.id, t.parent = coro, int32(st.taskCounter), l.current
	if g, ok := coro.(*vm.Generator); ok {
		g.HoldByTask()
	}
	t.loop = l
	t.logDestroyPending = true
	t.setCreatedAt(l.creationSite(th))
	t.unreferenced = droppedAtCreation(th)
	if name == nil || name == vm.None {
		st.nameCounter++
		t.nameNum = int32(st.nameCounter)
	} else {
		s, err := vm.ToStr(th, name)
		if err != nil {
			return err
		}
		t.setName(s)
	}
	st.tasks = append(st.tasks, t)
	if o := st.Observer; o != nil {
		o.TaskCreated(t)
	}
	if eager && l.running {
		prev := l.current
		l.current = nil
		err := t.step(th, nil)
		l.current = prev
		return err
	}
	l.callSoonStep(t)
	return nil
}

// Cancel is task.cancel(msg).
func (t *Task) Cancel(th *vm.Thread, msg vm.Value) (bool, error) {
	t.logTraceback = false
	if t.Done() {
		return false, nil
	}
	t.numCancelsRequested++
	if o := t.loop.state.Observer; o != nil {
		o.TaskCancelRequested(t, t.loop.current)
	}
	if t.futWaiter != nil {
		ok, err := cancelAny(th, t.futWaiter, msg)
		if err != nil {
			return false, err
		}
		if ok {
			return true, nil
		}
	}
	t.mustCancel = true
	t.setCancelMsg(msg)
	return true, nil
}

// cancelAny cancels a future-like object, running a Python-level cancel override if any.
func cancelAny(th *vm.Thread, f vm.Value, msg vm.Value) (bool, error) {
	switch x := f.(type) {
	case *Task:
		return x.Cancel(th, msg)
	case *Future:
		return x.cancelFuture(msg), nil
	}
	r, err := callMethod(th, f, "cancel", []vm.Value{msgOrNone(msg)}, nil)
	if err != nil {
		return false, err
	}
	return vm.Truth(th, r)
}

// step runs the coroutine until its next suspension (Task.__step), in the task's context.
func (t *Task) step(th *vm.Thread, exc *vm.Exception) error {
	st := t.loop.state
	prev, err := enter(th, st, t.ctx)
	if err != nil {
		return err
	}
	watched := len(t.callbacks) > 0
	err = t.stepIn(th, exc)
	leave(th, st, t.ctx, prev)
	if err == nil && t.unreferenced && !watched && t.exc != nil && t.logTraceback {
		// Nothing refers to the failed task any more: CPython frees it, and so reports it,
		// as soon as this step's callback is done, not when the loop closes.
		err = t.loop.reportUnretrieved(th, t)
	}
	return err
}

// droppedAtCreation reports whether the program statement creating a task throws the task
// away: a call such as `asyncio.create_task(job())` or `asyncio.ensure_future(job())`
// whose result the caller's next instruction discards (asyncio's own frames in between
// are skipped). Such a "fire and forget" task is referenced only by the loop while it runs.
func droppedAtCreation(th *vm.Thread) bool {
	f := th.CurrentFrame()
	for f != nil && strings.HasPrefix(f.Code.Filename, "<stdlib>/asyncio/") {
		f = f.Back
	}
	return f != nil && f.ResultDiscarded()
}

// stepIn is step once the task's context is entered.
func (t *Task) stepIn(th *vm.Thread, exc *vm.Exception) error {
	l := t.loop
	if t.Done() {
		r, err := t.repr(th)
		if err != nil {
			return err
		}
		return vm.Errorf(InvalidStateErrorType, "_step(): already done: %s", r)
	}
	if t.mustCancel {
		if exc == nil || !exc.Class.IsSubtype(CancelledErrorType) {
			exc = t.makeCancelledError()
		}
		t.mustCancel = false
	}
	t.futWaiter = nil
	if l.current != nil {
		return vm.Errorf(vm.RuntimeErrorType, "Cannot enter into task %s while another task is being executed.", t.Name())
	}
	l.current = t
	obs := l.state.Observer
	if obs != nil {
		obs.StepStart(t, exc)
	}
	yielded, done, retErr := resume(th, t.coro, exc)
	var err error
	if done && retErr == nil {
		err = t.afterReturn(th, yielded)
	} else {
		err = t.afterStep(th, yielded, retErr)
	}
	if obs != nil {
		obs.StepEnd(t, t.futWaiter)
	}
	l.current = nil
	return err
}

// afterReturn completes the task whose coroutine returned value.
func (t *Task) afterReturn(th *vm.Thread, value vm.Value) error {
	if t.mustCancel {
		t.mustCancel = false
		t.cancelFuture(t.cancelMsg())
		return nil
	}
	return t.SetResult(th, value)
}

// afterStep interprets what the coroutine did: returned, raised, or yielded a future.
func (t *Task) afterStep(th *vm.Thread, yielded vm.Value, retErr error) error {
	l := t.loop
	if retErr != nil {
		e, ok := retErr.(*vm.Exception)
		if !ok {
			return retErr // a halt of the whole program
		}
		switch {
		case e.Class.IsSubtype(vm.StopIterationType):
			value, err := stopIterationValue(th, e)
			if err != nil {
				return err
			}
			return t.afterReturn(th, value)
		case e.Class.IsSubtype(CancelledErrorType):
			t.more().cancelledExc = e
			t.cancelFuture(nil)
			if o := l.state.Observer; o != nil {
				o.TaskDone(t)
			}
			return nil
		case e.Class.IsSubtype(vm.KeyboardInterruptType) || e.Class.IsSubtype(vm.SystemExitType):
			if err := t.SetException(th, e); err != nil {
				return err
			}
			return e
		default:
			return t.SetException(th, e)
		}
	}
	if fl, ok := asFuture(yielded); ok {
		f := fl.base()
		switch {
		case f.loop != l:
			return t.scheduleStepWith(th, "Task %s got Future %s attached to a different loop", yielded)
		case !f.blocking:
			return t.scheduleStepWith(th, "yield was used instead of yield from in task %s with %s", yielded)
		case f == &t.Future:
			return t.scheduleStepWith(th, "Task cannot await on itself: %s", nil)
		}
		f.blocking = false
		f.addCallback(&callback{wakes: true, task: t})
		t.futWaiter = yielded
		if t.mustCancel {
			ok, err := cancelAny(th, yielded, t.cancelMsg())
			if err != nil {
				return err
			}
			if ok {
				t.mustCancel = false
			}
		}
		return nil
	}
	if yielded == vm.None {
		l.callSoonStep(t)
		return nil
	}
	if blocking, ok, err := pythonFutureBlocking(th, yielded); err != nil {
		return err
	} else if ok {
		return t.waitOnPythonFuture(th, yielded, blocking)
	}
	r, err := vm.Repr(th, yielded)
	if err != nil {
		return err
	}
	if isGenerator(yielded) {
		tr, err := t.repr(th)
		if err != nil {
			return err
		}
		return t.scheduleStepExc(vm.Errorf(vm.RuntimeErrorType, "yield was used instead of yield from for generator in task %s with %s", tr, r))
	}
	return t.scheduleStepExc(vm.Errorf(vm.RuntimeErrorType, "Task got bad yield: %s", r))
}

// scheduleStepWith schedules a step that throws a RuntimeError formatted with the task's and
// the future's reprs.
func (t *Task) scheduleStepWith(th *vm.Thread, format string, fut vm.Value) error {
	tr, err := t.repr(th)
	if err != nil {
		return err
	}
	if fut == nil {
		return t.scheduleStepExc(vm.Errorf(vm.RuntimeErrorType, format, tr))
	}
	fr, err := vm.Repr(th, fut)
	if err != nil {
		return err
	}
	return t.scheduleStepExc(vm.Errorf(vm.RuntimeErrorType, format, tr, fr))
}

func (t *Task) scheduleStepExc(exc *vm.Exception) error {
	step := &goCallback{label: stepLabel, fn: func(th *vm.Thread, _ *Future) error { return t.step(th, exc) }}
	t.loop.callSoonDone(t, step, &t.Future)
	return nil
}

// waitOnPythonFuture handles a duck-typed future written in Python (an object whose class
// has _asyncio_future_blocking).
func (t *Task) waitOnPythonFuture(th *vm.Thread, fut vm.Value, blocking bool) error {
	if !blocking {
		return t.scheduleStepWith(th, "yield was used instead of yield from in task %s with %s", fut)
	}
	if err := vm.SetAttr(th, fut, "_asyncio_future_blocking", vm.False); err != nil {
		return err
	}
	wake := vm.NewBuiltin("asyncio", "task_wakeup", func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
		return vm.None, t.wakeupValue(th, args[0])
	})
	if _, err := callMethod(th, fut, "add_done_callback", []vm.Value{wake}, nil); err != nil {
		return err
	}
	return nil
}

// wakeup resumes the task once the future it waited for is done (Task.__wakeup).
func (t *Task) wakeup(th *vm.Thread, f *Future) error {
	if o := t.loop.state.Observer; o != nil {
		o.TaskWoken(t, f.outer)
	}
	if _, err := f.Result(); err != nil {
		exc := asException(err)
		if f.Cancelled() && exc != nil && exc.Context == nil {
			// CPython's wakeup raises it by calling future.result(), which chains it to the
			// exception being handled where the loop runs (asyncio.run's shutdown during a
			// SystemExit, a loop run from an except clause).
			if h := th.HandledException(); h != nil && h != exc {
				exc.Context = h
			}
		}
		return t.step(th, exc)
	}
	return t.step(th, nil)
}

func (t *Task) wakeupValue(th *vm.Thread, fut vm.Value) error {
	if _, err := callMethod(th, fut, "result", nil, nil); err != nil {
		if _, ok := err.(*vm.Exception); !ok {
			return err
		}
		return t.step(th, asException(err))
	}
	return t.step(th, nil)
}

// repr is Task.__repr__ (base_tasks._task_repr).
func (t *Task) repr(th *vm.Thread) (string, error) {
	info, err := t.reprInfo(th)
	if err != nil {
		return "", err
	}
	if t.numCancelsRequested > 0 && !t.Done() {
		info[0] = "cancelling"
	}
	coro, err := formatCoroutine(th, t.coro)
	if err != nil {
		return "", err
	}
	extra := []string{"name=" + pyStrRepr(t.Name()), "coro=<" + coro + ">"}
	if t.futWaiter != nil {
		w, err := vm.Repr(th, t.futWaiter)
		if err != nil {
			return "", err
		}
		extra = append(extra, "wait_for="+w)
	}
	info = append(info[:1], append(extra, info[1:]...)...)
	return "<" + t.Type().Name + " " + join(info, " ") + ">", nil
}

// owner reports the task whose step a handle runs, for slow-callback warnings.
func (h *Handle) owner() (*Task, bool) {
	return h.task, h.task != nil
}
