//go:build !(objwip && interpwip)

package asyncio

import "github.com/asobiba/asobiba/runtime/vm"

// Until the interpreter's coroutine bookkeeping is built in (it is behind build tags while
// it is finished), async generator hooks are not available.
func asyncGenHooks(th *vm.Thread) (firstIter, finalizer vm.Value) { return nil, nil }

func setAsyncGenHooks(th *vm.Thread, firstIter, finalizer vm.Value) {}
