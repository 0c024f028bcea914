package vm

import (
	"runtime"
	"testing"
	"unsafe"

	"github.com/asobiba/asobiba/runtime/compile"
)

// idEntries returns how many identities are recorded.
func idEntries() int {
	ids.Lock()
	defer ids.Unlock()
	return len(ids.m)
}

// The identities handed out to objects that Python code hashes by identity (a set of
// coroutines, a dict keyed by functions, a set of asyncio tasks, which are Go objects of
// another package) are swept out once the objects are collected, so a long program does not
// keep one entry per object it ever hashed.
func TestObjectIDsAreForgotten(t *testing.T) {
	code := &Code{Code: &compile.Code{Name: "f", QualName: "f"}}
	objects := map[string]func() Value{
		"generator": func() Value { g, _ := allocGenFrame(code); return g },
		"function":  func() Value { return &Function{Code: code} },
		"instance":  func() Value { return &Instance{Class: ObjectType} },
		"Go object": func() Value { return &Builtin{Name: "f"} },
	}
	for kind, newObject := range objects {
		for round := range 20 {
			alive := make([]Value, 1000)
			for i := range alive {
				alive[i] = newObject()
				ObjectID(alive[i])
			}
			alive = nil
			runtime.GC()
			if round > 2 && idEntries() > 4*minSweep+3000 {
				t.Fatalf("%s: %d identities recorded after %d rounds of 1000 collected objects", kind, idEntries(), round+1)
			}
		}
	}
}

// A new object at the address of a collected one gets an identity of its own: ids never
// pass from an object to its successor, so a set holding the new object keeps finding it.
func TestObjectIDIsNotInheritedAtAReusedAddress(t *testing.T) {
	seen := map[uintptr]int64{}
	reused := 0
	for i := range 20000 {
		x := &Instance{Class: ObjectType}
		addr := uintptr(unsafe.Pointer(x))
		id := ObjectID(x)
		if old, ok := seen[addr]; ok {
			reused++
			if old == id {
				t.Fatalf("an object at a reused address %#x got its predecessor's identity %#x", addr, id)
			}
		}
		seen[addr] = id
		if ObjectID(x) != id {
			t.Fatalf("an identity changed while its object lived")
		}
		if i%1000 == 999 {
			runtime.GC()
		}
	}
	if reused == 0 {
		t.Fatalf("no address was reused, so the test checked nothing: it needs rewriting")
	}
}
