package engine

import (
	"sync/atomic"

	"github.com/asobiba/asobiba/runtime/vm"
)

// idleCodes is the code cache of the last run that ended (see vm.CodeCache), waiting for the
// next run: runs one after another, as in the browser's worker, reuse the code objects of the
// standard library's modules; a run that starts while another holds the cache makes its own.
var idleCodes atomic.Pointer[vm.CodeCache]

// takeCodes hands a run the idle code cache, or a new one.
func takeCodes() *vm.CodeCache {
	if c := idleCodes.Swap(nil); c != nil {
		return c
	}
	return vm.NewCodeCache()
}

// returnCodes gives back the cache of a run that has ended, with all its threads.
func returnCodes(c *vm.CodeCache) { idleCodes.Store(c) }
