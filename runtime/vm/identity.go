package vm

import (
	"sync"
	"unsafe"
	"weak"
)

// Object identities. CPython's id() is the object's address; we hand out fake addresses from
// a counter the first time an object's identity is asked for, so that programs print stable
// reprs (<__main__.C object at 0x7f0000000020>) and sets of plain objects iterate in a
// deterministic order.
//
// An identity is recorded under the object's address with a weak pointer to the object. Go
// reuses the address of a collected object, so a recorded identity counts only while its
// weak pointer still reaches the object: a new object at the same address gets a new
// identity, never its predecessor's. The identities of collected objects are swept out
// whenever the table has doubled since the last sweep, which keeps it proportional to the
// objects alive without a cleanup per object.
var ids struct {
	sync.Mutex
	m    map[uintptr]identity
	next int64
	// sweepAt is the table size at which the next sweep runs.
	sweepAt int
}

// identity is one recorded identity.
type identity struct {
	id int64
	// obj reaches the object while it lives; static identities (of objects not known to
	// live in Go's memory) have none and are never swept.
	obj    weak.Pointer[byte]
	static bool
}

const idBase = 0x7f0000000000

// minSweep is the table size below which collected objects' identities are not swept.
const minSweep = 1024

// recordID returns the identity of the object at p, handing out the next one the first
// time. With collectable set, p points into an object in Go's memory (the heap, or a global,
// which is never collected); otherwise the identity is kept for good.
func recordID(p unsafe.Pointer, collectable bool) int64 {
	addr := uintptr(p)
	ids.Lock()
	defer ids.Unlock()
	if e, ok := ids.m[addr]; ok && (e.static || e.obj.Value() != nil) {
		return e.id
	}
	if ids.m == nil {
		ids.m = make(map[uintptr]identity)
	}
	if len(ids.m) >= ids.sweepAt {
		sweepIdentities()
		ids.sweepAt = max(2*len(ids.m), minSweep)
	}
	ids.next++
	e := identity{id: idBase + ids.next*32, static: !collectable || p == nil}
	if !e.static {
		// Any pointer into the object will do: weak pointers allow interior ones.
		e.obj = weak.Make((*byte)(p))
	}
	ids.m[addr] = e
	return e.id
}

// sweepIdentities drops the identities of collected objects. ids must be locked.
func sweepIdentities() {
	for addr, e := range ids.m {
		if !e.static && e.obj.Value() == nil {
			delete(ids.m, addr)
		}
	}
}
