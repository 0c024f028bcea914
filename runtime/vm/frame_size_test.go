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

// TestGenFrameSizeClasses checks that each generator-and-frame variant (genframe.go) fits the
// Go size class its slot array was chosen for: a Frame or Generator that grew would push
// every coroutine into the next class.
func TestGenFrameSizeClasses(t *testing.T) {
	for _, c := range []struct {
		name      string
		size, max uintptr
	}{
		{"genFrame1", unsafe.Sizeof(genFrame1{}), 192},
		{"genFrame2", unsafe.Sizeof(genFrame2{}), 208},
		{"genFrame3", unsafe.Sizeof(genFrame3{}), 224},
		{"genFrame4", unsafe.Sizeof(genFrame4{}), 240},
		{"genFrame5", unsafe.Sizeof(genFrame5{}), 256},
		{"genFrame7", unsafe.Sizeof(genFrame7{}), 288},
		{"genFrame9", unsafe.Sizeof(genFrame9{}), 320},
		{"genFrame11", unsafe.Sizeof(genFrame11{}), 352},
		{"genFrame13", unsafe.Sizeof(genFrame13{}), 384},
		{"genFrame15", unsafe.Sizeof(genFrame15{}), 416},
		{"genFrame17", unsafe.Sizeof(genFrame17{}), 448},
		{"genFrame19", unsafe.Sizeof(genFrame19{}), 480},
		{"genFrame21", unsafe.Sizeof(genFrame21{}), 512},
	} {
		if c.size > c.max {
			t.Errorf("%s is %d bytes, more than its size class, %d", c.name, c.size, c.max)
		}
	}
}
