package codefile_test

import (
	"testing"

	"github.com/asobiba/asobiba/runtime/asyncio"
	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/compile/codefile"
	"github.com/asobiba/asobiba/runtime/syntax"
)

// BenchmarkDecodeSet opens a set of asyncio's modules and decodes every one, as the first
// run of a program that imports asyncio does.
func BenchmarkDecodeSet(b *testing.B) {
	var modules []codefile.Module
	for _, name := range []string{"", ".base_events", ".coroutines", ".events", ".exceptions", ".futures",
		".locks", ".queues", ".runners", ".streams", ".taskgroups", ".tasks", ".timeouts"} {
		src, filename, _, ok := asyncio.Source("asyncio" + name)
		if !ok {
			b.Fatalf("no source for asyncio%s", name)
		}
		mod, _, err := syntax.ParseFile(filename, src)
		if err != nil {
			b.Fatal(err)
		}
		code, err := compile.Compile(mod, filename, compile.Exec)
		if err != nil {
			b.Fatal(err)
		}
		modules = append(modules, codefile.Module{Filename: filename, Source: src, Code: code})
	}
	data, err := codefile.EncodeSet(modules)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		set, err := codefile.OpenSet(data)
		if err != nil {
			b.Fatal(err)
		}
		for _, m := range modules {
			if _, ok := set.Find(m.Filename, m.Source); !ok {
				b.Fatalf("%s is missing", m.Filename)
			}
		}
	}
}
