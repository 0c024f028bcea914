package contextvars_test

import (
	"testing"

	"github.com/asobiba/asobiba/runtime/stdlib/internal/testrun"
)

// The expected outputs were printed by CPython 3.12.
func TestContextvarsModule(t *testing.T) {
	testrun.Expect(t, `
import contextvars
v = contextvars.ContextVar("v", default=0)
t = v.set(1)
ctx = contextvars.copy_context()
def f():
    v.set(2)
    return v.get()
print(ctx.run(f), v.get(), ctx[v], t.old_value is contextvars.Token.MISSING)
v.reset(t)
print(v.get(), len(ctx), v in ctx)
try:
    v.reset(t)
except RuntimeError:
    print("used")
print(contextvars.Context().run(v.get), repr(contextvars.Token.MISSING))
`, `2 1 2 True
0 1 True
used
0 <Token.MISSING>
`)
}
