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
// queues.py (_queue_register), with what the last fast path learned about its queue.
type queueMethods struct {
	fns   map[string]vm.Value // Queue's own methods by name
	clear vm.Value            // Event.clear
	cache queueCache
}

// queueCache remembers, for the queue used last, where its attributes sit in its __dict__
// (valid while the dict's keys do not change) and that its class overrides none of the
// methods of each fast path (valid while the class's lookup epoch does not change). A
// program usually moves all its items through one or two queues, so that the checks cost a
// few comparisons per operation instead of a dozen dict look-ups.
type queueCache struct {
	inst    *vm.Instance
	version uint64
	idx     [len(queueInitAttrs)]int
	cls     *vm.Type
	epochs  [2]any // per queueOp, the class's epoch when it was found plain

	ev        *vm.Instance // the queue's _finished Event
	evVersion uint64
	evValue   int // position of _value in the Event's __dict__
	evEpoch   any
}

// queueOp says which fast path runs.
type queueOp int

const (
	opPut queueOp = iota
	opGet
)

// queueOpMethods are the methods each fast path stands for.
var queueOpMethods = [2][]string{
	opPut: {"full", "qsize", "put_nowait", "_put", "_wakeup_next"},
	opGet: {"empty", "get_nowait", "_get", "_wakeup_next"},
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

// queueInitAttrs are the attributes Queue.__init__ sets (besides _loop, which _get_loop may
// add), in the order it sets them.
var queueInitAttrs = [...]string{"_maxsize", "_getters", "_putters", "_unfinished_tasks", "_finished", "_queue"}

// plainQueue reads q's attributes when q is a plain Queue for op: none of op's methods is
// overridden on its class or its instance, and its attributes have the types __init__ gives.
func (m *queueMethods) plainQueue(q vm.Value, op queueOp) (queueAttrs, bool) {
	var a queueAttrs
	inst, ok := q.(*vm.Instance)
	if !ok || m == nil || inst.Dict == nil {
		return a, false
	}
	c := &m.cache
	d := inst.Dict
	if c.inst != inst || c.version != d.Version() {
		c.inst = nil
		if !c.learnLayout(inst) {
			return a, false
		}
	}
	if cls := inst.Class; c.cls != cls || c.epochs[op] == nil || cls.LookupEpoch() != c.epochs[op] {
		if c.cls != cls {
			c.cls, c.epochs = cls, [2]any{}
		}
		c.epochs[op] = nil
		for _, name := range queueOpMethods[op] {
			if cls.Lookup(name) != m.fns[name] {
				return a, false
			}
		}
		c.epochs[op] = cls.LookupEpoch()
	}
	a.d = d
	max, ok1 := d.ValueAt(c.idx[0]).(vm.Int)
	g, ok2 := d.ValueAt(c.idx[1]).(*pycollections.Deque)
	p, ok3 := d.ValueAt(c.idx[2]).(*pycollections.Deque)
	u, ok4 := d.ValueAt(c.idx[3]).(vm.Int)
	ev, ok5 := d.ValueAt(c.idx[4]).(*vm.Instance)
	items, ok6 := d.ValueAt(c.idx[5]).(*pycollections.Deque)
	if !ok1 || !ok2 || !ok3 || !ok4 || !ok5 || !ok6 {
		return a, false
	}
	if g.Type() != pycollections.DequeType || p.Type() != pycollections.DequeType || items.Type() != pycollections.DequeType {
		return a, false
	}
	a.maxsize, a.getters, a.putters, a.unfinished, a.finished, a.items = int64(max), g, p, u, ev, items
	return a, true
}

// learnLayout records where inst's attributes sit in its __dict__, after checking that the
// dict hides none of the methods the fast paths stand for.
func (c *queueCache) learnLayout(inst *vm.Instance) bool {
	d := inst.Dict
	switch n := d.Len(); {
	case n < len(queueInitAttrs):
		return false
	case n == len(queueInitAttrs):
	case n == len(queueInitAttrs)+1 && d.StrIndex("_loop") >= 0:
	default:
		// Other instance attributes: make sure none of them hides a method.
		for _, names := range queueOpMethods {
			for _, name := range names {
				if _, ok := d.GetStr(name); ok {
					return false
				}
			}
		}
	}
	for i, name := range queueInitAttrs {
		if c.idx[i] = d.StrIndex(name); c.idx[i] < 0 {
			return false
		}
	}
	c.inst, c.version = inst, d.Version()
	return true
}

// full is Queue.full.
func (a *queueAttrs) full() bool {
	return a.maxsize > 0 && int64(a.items.Len()) >= a.maxsize
}

// put is Queue.put_nowait on a queue that is not full. It reports false, having done
// nothing, when the queue's Event is not a plain one.
func (m *queueMethods) put(th *vm.Thread, a *queueAttrs, item vm.Value) (bool, error) {
	ev := a.finished
	if ev.Dict == nil {
		return false, nil
	}
	c := &m.cache
	if c.ev != ev || c.evVersion != ev.Dict.Version() || c.evEpoch == nil || ev.Class.LookupEpoch() != c.evEpoch {
		c.ev = nil
		if ev.Class.Lookup("clear") != m.clear {
			return false, nil
		}
		if _, ok := ev.Dict.GetStr("clear"); ok {
			return false, nil
		}
		if c.evValue = ev.Dict.StrIndex("_value"); c.evValue < 0 {
			return false, nil
		}
		c.ev, c.evVersion, c.evEpoch = ev, ev.Dict.Version(), ev.Class.LookupEpoch()
	}
	a.items.Append(item)
	a.d.SetValueAt(c.idx[3], a.unfinished+1)
	ev.Dict.SetValueAt(c.evValue, vm.False)
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
			a, ok := st.queue.plainQueue(args[0], opPut)
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
			a, ok := st.queue.plainQueue(args[0], opGet)
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
