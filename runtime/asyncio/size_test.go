package asyncio

import (
	"testing"
	"unsafe"
)

// TestWaitingObjectSizes guards the size of what every waiting task keeps: a program may
// hold a hundred thousand tasks, so a field added carelessly costs megabytes. Rarely set
// fields belong in futureExtra. Grow these bounds only on purpose.
func TestWaitingObjectSizes(t *testing.T) {
	for _, c := range []struct {
		name      string
		size, max uintptr
	}{
		{"Future", unsafe.Sizeof(Future{}), 96},
		{"Task", unsafe.Sizeof(Task{}), 176}, // with its own context (16 bytes, an allocation fewer)
		{"callback", unsafe.Sizeof(callback{}), 48},
	} {
		if c.size > c.max {
			t.Errorf("%s is %d bytes, more than %d", c.name, c.size, c.max)
		}
	}
}
