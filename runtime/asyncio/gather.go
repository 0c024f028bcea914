package asyncio

// The common case of asyncio.gather in Go.
//
// gather (lib/asyncio/tasks.py) wraps each argument in a future and counts the children as
// they finish, with a Python callback per child. For the commonest call — coroutines only,
// on a plain running loop — _asyncio._gather_tasks does the same in Go: it makes each task
// as loop.create_task would, adds one shared Go done-callback to every child, and builds the
// _GatheringFuture. The callback mirrors gather's _done_callback line by line, so results,
// exceptions, cancellations and the order of every callback on the loop are unchanged; a
// child's repr even shows the Python callback's name. Anything else (futures among the
// arguments, a task factory, a loop subclass, debug mode) takes the Python path.

import (
	"unsafe"

	"github.com/asobiba/asobiba/runtime/vm"
)

// gathering is the state one fast gather shares between its children's done-callbacks: the
// Python closure's `state`, `children`, `arg_to_fut` and `outer`.
type gathering struct {
	outer            vm.Value // the _GatheringFuture
	outerF           *Future  // its Go future
	children         *vm.List // the list outer._children holds
	total            int      // len(arg_to_fut): distinct arguments
	finished         int
	returnExceptions vm.Value
}

// gatherFuncs are the _asyncio functions behind asyncio.gather.
func gatherFuncs(st *State) map[string]vm.BuiltinFunc {
	return map[string]vm.BuiltinFunc{
		// _gather_tasks(coros_or_futures, return_exceptions, done_callback, future_class)
		// returns gather's outer future when every argument is a coroutine and a plain loop
		// runs in this thread, having done nothing otherwise (it then returns None).
		// done_callback is the Python callback it stands for: reprs name it.
		"_gather_tasks": func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
			if len(args) != 4 || len(kw) != 0 {
				return nil, vm.Errorf(vm.TypeErrorType, "_gather_tasks(coros_or_futures, return_exceptions, done_callback, future_class)")
			}
			coros, ok := args[0].(vm.Tuple)
			if !ok {
				return vm.None, nil
			}
			return st.gatherTasks(th, coros, args[1], args[2], args[3])
		},
	}
}

// gatherTasks is _gather_tasks once its arguments are checked.
func (st *State) gatherTasks(th *vm.Thread, coros vm.Tuple, returnExceptions, pyCallback, futureClass vm.Value) (vm.Value, error) {
	l := st.runningIn(th)
	if l == nil || l.outerValue() != vm.Value(l) || l.closed || l.debug || (l.taskFactory != nil && l.taskFactory != vm.None) {
		return vm.None, nil
	}
	for _, c := range coros {
		if g, ok := c.(*vm.Generator); !ok || g.Type() != vm.CoroutineType {
			return vm.None, nil
		}
	}
	g := &gathering{returnExceptions: returnExceptions}
	cb := &callback{goCb: &goCallback{fn: g.childDone, source: pyCallback}}
	children := make([]vm.Value, 0, len(coros))
	// Each new task's list of callbacks is a one-slot window of one array: a single
	// allocation for all of them (a second callback copies the window out).
	cbs := make([]*callback, len(coros))
	l.ready.reserve(len(coros)) // each new task's first step
	var seen map[*vm.Generator]*Task
	if hasDuplicates(coros) {
		seen = make(map[*vm.Generator]*Task)
	}
	for _, c := range coros {
		coro := c.(*vm.Generator)
		if t, ok := seen[coro]; ok {
			children = append(children, t)
			continue
		}
		t, err := newTask(th, l, coro, vm.None, vm.None, false)
		if err != nil {
			return nil, err
		}
		t.logDestroyPending = false
		if seen != nil {
			seen[coro] = t
		}
		i := len(children)
		cbs[i] = cb
		t.callbacks = cbs[i : i+1 : i+1]
		children = append(children, t)
	}
	g.total = len(children)
	if seen != nil {
		g.total = len(seen)
	}
	g.children = vm.NewList(children)
	outer, err := vm.Call(th, futureClass, []vm.Value{g.children, l.outerValue()}, []string{"loop"})
	if err != nil {
		return nil, err
	}
	outerF, ok := AsFuture(outer)
	if !ok {
		return nil, vm.Errorf(vm.TypeErrorType, "_gather_tasks: %s is not a future", outer.Type().Name)
	}
	g.outer, g.outerF = outer, outerF
	if st.Observer != nil {
		if err := st.label(th, outerF, "gather", vm.None, g.children); err != nil {
			return nil, err
		}
	}
	return outer, nil
}

// hasDuplicates reports whether a coroutine appears twice among coros (all coroutines). It
// puts their addresses in an open-addressing table of its own: one allocation, no sorting
// and no map, since gather needs the answer for every call and a duplicate only in the rare
// call that passes a coroutine twice.
func hasDuplicates(coros vm.Tuple) bool {
	if len(coros) < 2 {
		return false
	}
	size := 4
	for size < 2*len(coros) {
		size <<= 1
	}
	seen := make([]uintptr, size) // 0 marks a free slot; no object lives at address 0
	mask := uint64(size - 1)
	for _, c := range coros {
		addr := uintptr(unsafe.Pointer(c.(*vm.Generator)))
		// Fibonacci hashing of the address, whose low bits are alignment.
		i := (uint64(addr) >> 3) * 0x9E3779B97F4A7C15 >> 32 & mask
		for seen[i] != 0 {
			if seen[i] == addr {
				return true
			}
			i = (i + 1) & mask
		}
		seen[i] = addr
	}
	return false
}

// childDone is gather's _done_callback(fut) for the child f.
func (g *gathering) childDone(th *vm.Thread, f *Future) error {
	g.finished++
	if g.outerF.Done() {
		if !f.Cancelled() {
			f.Exception() // marks the exception retrieved
		}
		return nil
	}
	returnExceptions, err := vm.Truth(th, g.returnExceptions)
	if err != nil {
		return err
	}
	if !returnExceptions {
		if f.Cancelled() {
			return g.outerF.SetException(th, f.makeCancelledError())
		}
		if exc, _ := f.Exception(); exc != nil {
			return g.outerF.SetException(th, exc)
		}
	}
	if g.finished != g.total {
		return nil
	}
	results := make([]vm.Value, 0, len(g.children.Items))
	for _, child := range g.children.Items {
		res, err := childResult(th, child)
		if err != nil {
			return err
		}
		results = append(results, res)
	}
	cancelRequested, err := vm.GetAttr(th, g.outer, "_cancel_requested")
	if err != nil {
		return err
	}
	cancel, err := vm.Truth(th, cancelRequested)
	if err != nil {
		return err
	}
	if cancel {
		return g.outerF.SetException(th, f.makeCancelledError())
	}
	return g.outerF.SetResult(th, vm.NewList(results))
}

// childResult is what gather reports for a finished child: a CancelledError carrying its
// cancel message, its exception, or its result.
func childResult(th *vm.Thread, child vm.Value) (vm.Value, error) {
	cf, ok := AsFuture(child)
	if !ok {
		// outer._children was replaced by something else: ask it as gather does.
		cancelled, err := vm.CallMethod(th, child, "cancelled")
		if err != nil {
			return nil, err
		}
		if c, err := vm.Truth(th, cancelled); err != nil || c {
			if err != nil {
				return nil, err
			}
			msg, err := vm.GetAttr(th, child, "_cancel_message")
			if err != nil {
				return nil, err
			}
			return cancelledError(th, msg)
		}
		res, err := vm.CallMethod(th, child, "exception")
		if err != nil || res != vm.None {
			return res, err
		}
		return vm.CallMethod(th, child, "result")
	}
	if cf.Cancelled() {
		return cancelledError(th, msgOrNone(cf.cancelMsg()))
	}
	exc, err := cf.Exception()
	if err != nil {
		return nil, err
	}
	if exc != nil {
		return exc, nil
	}
	return cf.Result()
}

// cancelledError is exceptions.CancelledError(msg), with an empty message for None.
func cancelledError(th *vm.Thread, msg vm.Value) (vm.Value, error) {
	if msg == vm.None {
		msg = vm.Str("")
	}
	return vm.Call(th, CancelledErrorType, []vm.Value{msg}, nil)
}
