package vm

import (
	"fmt"
	"testing"
	"unsafe"
)

func TestZZSizes(t *testing.T) {
	fmt.Println("Frame", unsafe.Sizeof(Frame{}), "Generator", unsafe.Sizeof(Generator{}), "excInfo", unsafe.Sizeof(excInfo{}), "block", unsafe.Sizeof(block{}))
}
