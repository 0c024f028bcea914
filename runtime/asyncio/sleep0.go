package asyncio

import (
	"github.com/asobiba/asobiba/runtime/vm"
)

// sleep0 is what asyncio.sleep(0) awaits (CPython's tasks.__sleep0): awaiting it yields None
// once, which tells the task to run its next step on the loop's next iteration. It is a Go
// object rather than a Python generator so that a hundred thousand tasks parked in sleep(0)
// do not each keep a generator and its frame.
type sleep0 struct{}

var sleep0Type = newClass("_Sleep0", "_asyncio", vm.ObjectType)

func (sleep0) Type() *vm.Type { return sleep0Type }

// yieldOnce is the iterator sleep0's __await__ returns.
type yieldOnce struct {
	yielded, done bool
}

var yieldOnceType = newClass("_YieldOnce", "_asyncio", vm.ObjectType)

func (*yieldOnce) Type() *vm.Type { return yieldOnceType }

// Send yields None the first time and returns None the second.
func (it *yieldOnce) Send(th *vm.Thread, v vm.Value) (vm.Value, bool, error) {
	if it.done || it.yielded {
		it.done = true
		return vm.None, true, nil
	}
	it.yielded = true
	return vm.None, false, nil
}

// Throw raises exc where the iterator is suspended: it does not handle it.
func (it *yieldOnce) Throw(th *vm.Thread, exc *vm.Exception) (vm.Value, bool, error) {
	it.done = true
	return nil, false, exc
}

// Close finalizes the iterator.
func (it *yieldOnce) Close(th *vm.Thread) error {
	it.done = true
	return nil
}

func init() {
	addIterMethods[*yieldOnce](yieldOnceType)
	sleep0Type.AddMethod("__await__", func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
		return &yieldOnce{}, nil
	})
}
