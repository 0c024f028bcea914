package vm

import (
	"runtime"

	"github.com/asobiba/asobiba/runtime/compile"
	"testing"
	"time"
)

// idEntries returns how many objects hold an identity.
func idEntries() int {
	ids.Lock()
	defer ids.Unlock()
	return len(ids.m)
}

// The identities handed out to objects that Python code hashes by identity (a set of
// coroutines, a dict keyed by functions) are forgotten once the objects are collected, so a
// long program does not keep one entry per object it ever hashed.
func TestObjectIDsAreForgotten(t *testing.T) {
	code := &Code{Code: &compile.Code{Name: "f", QualName: "f"}}
	objects := map[string]func() Value{
		"generator": func() Value { g, _ := allocGenFrame(code); return g },
		"function":  func() Value { return &Function{Code: code} },
	}
	for kind, newObject := range objects {
		before := idEntries()
		alive := make([]Value, 1000)
		for i := range alive {
			alive[i] = newObject()
			ObjectID(alive[i])
		}
		if n := idEntries() - before; n < 1000 {
			t.Fatalf("%s: ObjectID recorded %d identities for 1000 objects", kind, n)
		}
		alive = nil
		deadline := time.Now().Add(5 * time.Second)
		for idEntries() > before+100 && time.Now().Before(deadline) {
			runtime.GC()
			time.Sleep(10 * time.Millisecond)
		}
		if n := idEntries() - before; n > 100 {
			t.Errorf("%s: %d of 1000 identities still recorded after the objects were collected", kind, n)
		}
	}
}
