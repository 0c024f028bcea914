package asyncio

import (
	"testing"

	"github.com/asobiba/asobiba/runtime/vm"
)

// TestHasDuplicates checks gather's duplicate check on sizes around its table's growth, with
// no duplicate and with one at each end and in the middle.
func TestHasDuplicates(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 4, 5, 31, 32, 33, 1000, 10_000} {
		coros := make(vm.Tuple, n)
		for i := range coros {
			coros[i] = new(vm.Generator)
		}
		if hasDuplicates(coros) {
			t.Fatalf("%d distinct coroutines reported as having a duplicate", n)
		}
		if n < 2 {
			continue
		}
		for _, pair := range [][2]int{{0, n - 1}, {n - 1, 0}, {n / 2, n/2 - 1}, {0, 1}} {
			if pair[0] == pair[1] {
				continue
			}
			dup := append(vm.Tuple(nil), coros...)
			dup[pair[1]] = dup[pair[0]]
			if !hasDuplicates(dup) {
				t.Fatalf("%d coroutines, #%d repeated at #%d: no duplicate reported", n, pair[0], pair[1])
			}
		}
	}
}
