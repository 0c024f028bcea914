package vm

import (
	"strings"
	"testing"
)

// A long string's index gives the byte offset of every code point, as a scan does, for
// characters of every UTF-8 length and at every distance from a recorded mark.
func TestStrIndexOffsets(t *testing.T) {
	th := &Thread{}
	texts := []string{
		strings.Repeat("abcdefg", 100),
		strings.Repeat("aé", 150) + strings.Repeat("あ😀", 90),
		strings.Repeat("😀", 200),
	}
	for _, s := range texts {
		ix := th.strIndexFor(s)
		if ix == nil {
			t.Fatalf("no index for a string of %d bytes", len(s))
		}
		if ix.n != strLen(s) {
			t.Fatalf("index counts %d code points, want %d", ix.n, strLen(s))
		}
		for i := 0; i <= ix.n; i++ {
			if got, want := ix.offset(i), byteOffset(s, i); got != want {
				t.Fatalf("offset(%d) = %d, want %d", i, got, want)
			}
		}
		if th.strIndexFor(s) != ix {
			t.Fatalf("the index of the string just indexed was built again")
		}
	}
	// Only the last two strings are remembered.
	if ix := th.strIndexFor(texts[0]); ix.s != texts[0] || th.strIndexFor(texts[2]).s != texts[2] {
		t.Fatalf("an index was found for the wrong string")
	}
}
