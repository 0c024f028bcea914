package engine

import (
	"testing"

	"github.com/asobiba/asobiba/runtime/vm"
)

// TestShortReprScalars checks that the scalars shortRepr writes without a builder read as
// Python's repr, and that a long int is still cut.
func TestShortReprScalars(t *testing.T) {
	for _, v := range []vm.Value{vm.None, vm.Bool(true), vm.Bool(false), vm.Int(0), vm.Int(-7), vm.Int(1234567), vm.Int(-1 << 63)} {
		want, err := vm.Repr(nil, v)
		if err != nil {
			t.Fatal(err)
		}
		if got := shortRepr(v, maxRepr); got != want {
			t.Errorf("shortRepr(%s) = %q, want %q", want, got, want)
		}
	}
	if got := shortRepr(vm.Int(1234567), 4); got != "123…" {
		t.Errorf("shortRepr(1234567, 4) = %q, want %q", got, "123…")
	}
}
