package asyncio

import (
	"math"
	"testing"

	"github.com/asobiba/asobiba/runtime/vm"
)

// TestArgLabelReuse checks that labels made of a number are reused, and that numbers that
// are equal but print differently (1 and 1.0, 0.0 and -0.0) keep labels of their own.
func TestArgLabelReuse(t *testing.T) {
	in := &vm.Interp{Builtins: vm.NewBuiltins()}
	th := &vm.Thread{Interp: in}
	s := &State{}
	for _, c := range []struct {
		arg  vm.Value
		want string
	}{
		{vm.Float(0.1), "sleep(0.1)"}, {vm.Float(0.1), "sleep(0.1)"},
		{vm.Int(1), "sleep(1)"}, {vm.Float(1), "sleep(1.0)"},
		{vm.Float(0), "sleep(0.0)"}, {vm.Float(math.Copysign(0, -1)), "sleep(-0.0)"},
		{vm.Str("x"), "sleep('x')"},
	} {
		got, err := s.argLabel(th, "sleep", c.arg)
		if err != nil || got != c.want {
			t.Errorf("argLabel(sleep, %v) = %q, %v; want %q", c.arg, got, err, c.want)
		}
	}
	if len(s.labels) != 5 {
		t.Errorf("%d labels kept, want 5 (one per distinct number)", len(s.labels))
	}
}
