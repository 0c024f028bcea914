package asyncio

import (
	"github.com/asobiba/asobiba/runtime/stdlib/pycollections"
	"github.com/asobiba/asobiba/runtime/vm"
)

// The fast paths of asyncio.Queue (lib/asyncio/queues.py).
//
// Queue is written in Python, as CPython's is, so that subclasses (PriorityQueue, LifoQueue,
// a learner's own) and reprs behave the same. But a put or a get that need not wait runs a
// chain of small methods — full, qsize, put_nowait, _put, _wakeup_next, Event.clear — that
// costs more than the rest of a producer/consumer program. queuePut and queueGet do the
// same work in Go when the queue is a plain one: none of those methods is overridden, on the
// class or on the instance, and its attributes are the types Queue.__init__ makes. Otherwise
// they do nothing and report so, and the Python code runs its usual path.

// queueMethods are the Queue and Event methods the fast paths stand for, as registered by
// queues.py (_queue_register).
type queueMethods struct {
	fns   map[string]vm.Value // Queue's own methods by name
	clear vm.Value            // Event.clear
}

// queueNoItem is what _queue_get returns when it did not take an item.
var queueNoItem = vm.NewBuiltin("_asyncio", "_queue_no_item", func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
	return vm.None, nil
})

// queueAttrs is the instance dict of a Queue, read for a fast path.
type queueAttrs struct {
	d          *vm.Dict
	items      *pycollections.Deque
	maxsize    int64
	unfinished vm.Int
	finished   *vm.Instance
	getters    *pycollections.Deque
	putters    *pycollections.Deque
}

// queueInitAttrs are the attributes Queue.__init__ sets (besides _loop, which _get_loop may add).
var queueInitAttrs = [...]string{"_maxsize", "_getters", "_putters", "_unfinished_tasks", "_finished", "_queue"}

// plainQueue reads q's attributes when q is a plain Queue for the methods named: not
// overridden on its class or its instance, with attributes of the types __init__ makes.
func (m *queueMethods) plainQueue(q vm.Value, names ...string) (queueAttrs, bool) {
	var a queueAttrs
	inst, ok := q.(*vm.Instance)
	if !ok || m == nil || inst.Dict == nil {
		return a, false
	}
	for _, name := range names {
		if inst.Class.Lookup(name) != m.fns[name] {
			return a, false
		}
	}
	d := inst.Dict
	switch n := d.Len(); {
	case n < len(queueInitAttrs):
		return a, false
	case n == len(queueInitAttrs):
	case n == len(queueInitAttrs)+1:
		if _, ok := d.GetStr("_loop"); !ok {
			return a, false
		}
	default:
		// Other instance attributes: make sure none of them hides a method.
		for _, name := range names {
			if _, ok := d.GetStr(name); ok {
				return a, false
			}
		}
	}
	a.d = d
	var vals [len(queueInitAttrs)]vm.Value
	for i, name := range queueInitAttrs {
		v, ok := d.GetStr(name)
		if !ok {
			return a, false
		}
		vals[i] = v
	}
	max, ok1 := vals[0].(vm.Int)
	a.getters, ok = vals[1].(*pycollections.Deque)
	p, ok2 := vals[2].(*pycollections.Deque)
	u, ok3 := vals[3].(vm.Int)
	ev, ok4 := vals[4].(*vm.Instance)
	items, ok5 := vals[5].(*pycollections.Deque)
	if !ok || !ok1 || !ok2 || !ok3 || !ok4 || !ok5 {
		return a, false
	}
	if a.getters.Type() != pycollections.DequeType || p.Type() != pycollections.DequeType || items.Type() != pycollections.DequeType {
		return a, false
	}
	a.maxsize, a.putters, a.unfinished, a.finished, a.items = int64(max), p, u, ev, items
	return a, true
}

// full is Queue.full.
func (a *queueAttrs) full() bool {
	return a.maxsize > 0 && int64(a.items.Len()) >= a.maxsize
}

// put is Queue.put_nowait on a queue that is not full. It reports false, having done
// nothing, when the queue's Event is not a plain one.
func (m *queueMethods) put(th *vm.Thread, a *queueAttrs, item vm.Value) (bool, error) {
	ev := a.finished
	if ev.Dict == nil || ev.Class.Lookup("clear") != m.clear {
		return false, nil
	}
	if _, ok := ev.Dict.GetStr("clear"); ok {
		return false, nil
	}
	a.items.Append(item)
	a.d.SetStr("_unfinished_tasks", a.unfinished+1)
	ev.Dict.SetStr("_value", vm.False)
	return true, wakeupNext(th, a.getters)
}

// wakeupNext is Queue._wakeup_next: it wakes the first waiter that is not done yet.
func wakeupNext(th *vm.Thread, waiters *pycollections.Deque) error {
	for waiters.Len() > 0 {
		w, err := waiters.PopLeft()
		if err != nil {
			return err
		}
		if f, ok := w.(*Future); ok {
			if f.Done() {
				continue
			}
			return f.SetResult(th, vm.None)
		}
		done, err := callMethod(th, w, "done", nil, nil)
		if err != nil {
			return err
		}
		if b, err := vm.Truth(th, done); err != nil || b {
			if err != nil {
				return err
			}
			continue
		}
		_, err = callMethod(th, w, "set_result", []vm.Value{vm.None}, nil)
		return err
	}
	return nil
}

// queueFuncs are the _asyncio functions of the fast paths.
func queueFuncs(st *State) map[string]vm.BuiltinFunc {
	return map[string]vm.BuiltinFunc{
		// _queue_register(Queue, Event) records the methods the fast paths stand for.
		"_queue_register": func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
			if len(args) != 2 {
				return nil, vm.Errorf(vm.TypeErrorType, "_queue_register(Queue, Event)")
			}
			q, ok1 := args[0].(*vm.Type)
			ev, ok2 := args[1].(*vm.Type)
			if !ok1 || !ok2 {
				return nil, vm.Errorf(vm.TypeErrorType, "_queue_register(Queue, Event)")
			}
			m := &queueMethods{fns: map[string]vm.Value{}, clear: ev.Lookup("clear")}
			for _, name := range [...]string{"full", "qsize", "empty", "put_nowait", "get_nowait", "_put", "_get", "_wakeup_next"} {
				m.fns[name] = q.Lookup(name)
			}
			st.queue = m
			return vm.None, nil
		},
		// _queue_put(q, item) is `if not q.full(): q.put_nowait(item)` for a plain queue;
		// it returns whether it put the item.
		"_queue_put": func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
			if len(args) != 2 {
				return nil, vm.Errorf(vm.TypeErrorType, "_queue_put(queue, item)")
			}
			a, ok := st.queue.plainQueue(args[0], "full", "qsize", "put_nowait", "_put", "_wakeup_next")
			if !ok || a.full() {
				return vm.False, nil
			}
			done, err := st.queue.put(th, &a, args[1])
			return vm.Bool(done), err
		},
		// _queue_get(q) is `if not q.empty(): return q.get_nowait()` for a plain queue; it
		// returns _queue_no_item when it took nothing.
		"_queue_get": func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
			if len(args) != 1 {
				return nil, vm.Errorf(vm.TypeErrorType, "_queue_get(queue)")
			}
			a, ok := st.queue.plainQueue(args[0], "empty", "get_nowait", "_get", "_wakeup_next")
			if !ok || a.items.Len() == 0 {
				return queueNoItem, nil
			}
			item, err := a.items.PopLeft()
			if err != nil {
				return nil, err
			}
			return item, wakeupNext(th, a.putters)
		},
	}
}
