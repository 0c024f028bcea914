package vm

import (
	"testing"
	"unsafe"
)

// TestSuspendedObjectSizes guards the size of what every suspended coroutine keeps: a
// program may hold a hundred thousand of them, so a field added carelessly (or a bool placed
// between two pointers) costs megabytes. Grow these bounds only on purpose.
func TestSuspendedObjectSizes(t *testing.T) {
	for _, c := range []struct {
		name      string
		size, max uintptr
	}{
		{"Frame", unsafe.Sizeof(Frame{}), 104},
		{"Generator", unsafe.Sizeof(Generator{}), 64},
	} {
		if c.size > c.max {
			t.Errorf("%s is %d bytes, more than %d", c.name, c.size, c.max)
		}
	}
}
