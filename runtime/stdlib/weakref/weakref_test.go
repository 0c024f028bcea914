package weakref_test

import (
	"testing"

	"github.com/asobiba/asobiba/runtime/stdlib/internal/testrun"
)

// The expected outputs were printed by CPython 3.12.
func TestWeakrefModule(t *testing.T) {
	testrun.Expect(t, `
import weakref
class C:
    pass
c = C()
r = weakref.ref(c)
r2 = weakref.ref(c, lambda ref: None)
print(r() is c, weakref.ref(c) is r, weakref.getweakrefcount(c), r == r2)
p = weakref.proxy(c)
p.x = 5
print(c.x, p.x, weakref.getweakrefcount(c), type(p).__name__)
for v in (1, "s", [], None, object()):
    try:
        weakref.ref(v)
    except TypeError as e:
        print(e)
d = weakref.WeakValueDictionary(a=c)
k = weakref.WeakKeyDictionary({c: 1})
s = weakref.WeakSet([c])
print(d["a"] is c, k[c], c in s, len(d), len(k), len(s))
f = weakref.finalize(c, lambda *a: a, 1, 2)
print(f.alive, f(), f.alive, f())
`, `True True 2 True
5 5 3 ProxyType
cannot create weak reference to 'int' object
cannot create weak reference to 'str' object
cannot create weak reference to 'list' object
cannot create weak reference to 'NoneType' object
cannot create weak reference to 'object' object
True 1 True 1 1 1
True (1, 2) False None
`)
}
