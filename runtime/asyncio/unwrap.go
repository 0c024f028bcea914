package asyncio

import "github.com/asobiba/asobiba/runtime/vm"

// Python code may subclass Future, Task and the loop (the asyncio package's own
// _GatheringFuture does). An instance of such a subclass is a *vm.Instance whose Base holds
// the Go object; these helpers find the Go object behind either form.

// asFuture returns the Go future behind v.
func asFuture(v vm.Value) (futureLike, bool) {
	switch x := v.(type) {
	case *Future:
		return x, true
	case *Task:
		return x, true
	case *vm.Instance:
		f, ok := x.Base.(futureLike)
		return f, ok
	}
	return nil, false
}

// asLoop returns the Go loop behind v.
func asLoop(v vm.Value) (*Loop, bool) {
	switch x := v.(type) {
	case *Loop:
		return x, true
	case *vm.Instance:
		l, ok := x.Base.(*Loop)
		return l, ok
	}
	return nil, false
}

// wrapIfSubclass returns obj itself when cls is base, else an instance of the Python
// subclass cls whose payload is obj.
func wrapIfSubclass(cls, base *vm.Type, obj vm.Value) vm.Value {
	if cls == base {
		return obj
	}
	return &vm.Instance{Class: cls, Dict: vm.NewDict(), Base: obj}
}
