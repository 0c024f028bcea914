package syntax

import (
	"os"
	"testing"
)

// BenchmarkParseFile parses a large module of the standard library.
func BenchmarkParseFile(b *testing.B) {
	src, err := os.ReadFile(stdlibDirs[1] + "/argparse.py")
	if err != nil {
		b.Skip("no standard library")
	}
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		if _, _, err := ParseFile("argparse.py", src); err != nil {
			b.Fatal(err)
		}
	}
}
