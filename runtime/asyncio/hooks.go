package asyncio

import "github.com/asobiba/asobiba/runtime/vm"

// asyncGenHooks and setAsyncGenHooks reach the thread's sys.set_asyncgen_hooks state.
func asyncGenHooks(th *vm.Thread) (firstIter, finalizer vm.Value) { return th.AsyncGenHooks() }

func setAsyncGenHooks(th *vm.Thread, firstIter, finalizer vm.Value) {
	th.SetAsyncGenHooks(firstIter, finalizer)
}
