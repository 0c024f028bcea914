//go:build js && wasm

package catch

import (
	"errors"
	"syscall/js"
	"testing"
)

func TestTry(t *testing.T) {
	if v, err := Try(func() int { return 7 }); v != 7 || err != nil {
		t.Errorf("Try without a panic = %v, %v", v, err)
	}
	sentinel := errors.New("sentinel")
	if _, err := Try(func() int { panic(sentinel) }); err != sentinel {
		t.Errorf("Try(panic(err)) = %v, want the error itself", err)
	}
	if _, err := Try(func() int { panic("text") }); err == nil || err.Error() != "text" {
		t.Errorf("Try(panic(string)) = %v, want text", err)
	}
	if _, err := Try(func() int { panic(42) }); err == nil {
		t.Errorf("Try(panic(42)) = nil error")
	}
	// A JavaScript exception: calling a value that is not a function.
	_, err := Try(func() js.Value { return js.Global().Call("parseInt", js.Undefined()).Call("x") })
	if err == nil {
		t.Fatalf("Try(a failing JavaScript call) = nil error")
	}
	// syscall/js panics with a js.Error for a thrown exception, or a *js.ValueError.
	var jsErr js.Error
	var valueErr *js.ValueError
	if !errors.As(err, &jsErr) && !errors.As(err, &valueErr) {
		t.Errorf("Try(a failing JavaScript call) = %T %v, want a js.Error or *js.ValueError", err, err)
	}
	if err := TrySideEffect(func() { js.Global().Get("undefinedThing").Set("x", 1) }); err == nil {
		t.Errorf("TrySideEffect(setting a property of undefined) = nil error")
	}
	if err := TrySideEffect(func() {}); err != nil {
		t.Errorf("TrySideEffect without a panic = %v", err)
	}
}
