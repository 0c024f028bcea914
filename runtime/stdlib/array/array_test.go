package array

import (
	"bytes"
	"testing"

	"github.com/asobiba/asobiba/runtime/vm"
)

func int64Value(n int64) vm.Value { return vm.Int(n) }

func TestLayout(t *testing.T) {
	setup() // as importing the module does
	for code, size := range map[byte]int{'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8} {
		if d := descs[code]; d == nil || d.size != size {
			t.Errorf("typecode %c: size %v; want %d", code, d, size)
		}
	}
	if len(descs) != len(Typecodes) {
		t.Errorf("%d type codes described; want %d", len(descs), len(Typecodes))
	}
	a := newArray(descs['h'], 0)
	a.buf = append(a.buf, 1, 0, 0xff, 0xff)
	if a.Len() != 2 || a.Item(0) != int64Value(1) || a.Item(1) != int64Value(-1) {
		t.Errorf("items of %v: %v %v", a.buf, a.Item(0), a.Item(1))
	}
	a.put(0, 0x0102)
	if !bytes.Equal(a.ByteSlice(), []byte{2, 1, 0xff, 0xff}) {
		t.Errorf("little-endian layout: %v", a.buf)
	}
	u := newArray(descs['u'], 0)
	u.fromUnicode("hé")
	if !bytes.Equal(u.buf, []byte{'h', 0, 0, 0, 0xe9, 0, 0, 0}) {
		t.Errorf("'u' layout: %v", u.buf)
	}
}

func TestClampIndex(t *testing.T) {
	cases := []struct {
		i    int64
		n    int
		want int
	}{{0, 3, 0}, {-1, 3, 2}, {-10, 3, 0}, {10, 3, 3}, {2, 3, 2}}
	for _, c := range cases {
		if got := clampIndex(c.i, c.n); got != c.want {
			t.Errorf("clampIndex(%d, %d) = %d; want %d", c.i, c.n, got, c.want)
		}
	}
}
