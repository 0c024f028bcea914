package asyncio

import (
	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/vm"
)

// checkCallback is BaseEventLoop._check_callback, which CPython runs on the callback of
// call_soon, call_at (and so call_later) and call_soon_threadsafe in debug mode only: a
// coroutine or coroutine function, or anything not callable, is refused at scheduling time
// instead of failing later in the exception handler.
func (l *Loop) checkCallback(th *vm.Thread, cb vm.Value, method string) error {
	if !l.debug {
		return nil
	}
	if isCoroutine(cb) || isCoroutineFunction(cb) {
		return vm.Errorf(vm.TypeErrorType, "coroutines cannot be used with %s()", method)
	}
	if !vm.IsCallable(cb) {
		r, err := vm.Repr(th, cb)
		if err != nil {
			return err
		}
		return vm.Errorf(vm.TypeErrorType, "a callable object was expected by %s(), got %s", method, r)
	}
	return nil
}

// isCoroutineFunction reports whether v is an async def function or a method of one.
func isCoroutineFunction(v vm.Value) bool {
	if m, ok := v.(*vm.BoundMethod); ok {
		v = m.Func
	}
	f, ok := v.(*vm.Function)
	return ok && f.Code != nil && f.Code.Flags&compile.FlagCoroutine != 0
}
