package codefile_test

import (
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/asobiba/asobiba/runtime/asyncio"
	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/compile/codefile"
	"github.com/asobiba/asobiba/runtime/stdlib/pylib"
	"github.com/asobiba/asobiba/runtime/syntax"
)

// TestRoundTrip encodes and decodes the compiled form of every standard-library module and
// every behaviour-test program, and expects the very same code objects back.
func TestRoundTrip(t *testing.T) {
	sources := map[string][]byte{}
	for _, name := range pylib.Names() {
		src, _ := pylib.Source(name)
		sources["pylib:"+name] = src
	}
	for _, name := range []string{"", "._simnet", ".coroutines", ".events", ".exceptions", ".futures",
		".locks", ".protocols", ".queues", ".runners", ".streams", ".taskgroups", ".tasks", ".threads",
		".timeouts", ".transports"} {
		src, _, _, ok := asyncio.Source("asyncio" + name)
		if !ok {
			t.Fatalf("no source for asyncio%s", name)
		}
		sources["asyncio"+name] = src
	}
	root := filepath.Join("..", "..", "testdata", "py")
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".py") {
			if src, err := os.ReadFile(path); err == nil {
				sources[path] = src
			}
		}
		return nil
	})
	if len(sources) < 100 {
		t.Fatalf("found only %d sources to round-trip", len(sources))
	}
	compiled := 0
	for name, src := range sources {
		mod, _, err := syntax.ParseFile(name, src)
		if err != nil {
			continue // programs that test syntax errors
		}
		code, err := compile.Compile(mod, name, compile.Exec)
		if err != nil {
			continue
		}
		compiled++
		data, err := codefile.Encode(code)
		if err != nil {
			t.Errorf("%s: Encode: %v", name, err)
			continue
		}
		back, err := codefile.Decode(data)
		if err != nil {
			t.Errorf("%s: Decode: %v", name, err)
			continue
		}
		if !reflect.DeepEqual(code, back) {
			t.Errorf("%s: the decoded code differs:\n%s\nwant:\n%s", name, compile.Disassemble(back), compile.Disassemble(code))
		}
	}
	if compiled < len(sources)/2 {
		t.Fatalf("only %d of %d sources compiled", compiled, len(sources))
	}
}

// TestConstants round-trips every kind of constant, including the ones the programs above
// may not contain.
func TestConstants(t *testing.T) {
	huge, _ := new(big.Int).SetString("-123456789012345678901234567890", 10)
	code := &compile.Code{
		Name: "<module>", QualName: "<module>", Filename: "t.py", FirstLine: 3,
		Instrs: []compile.Instr{{Op: 1, Arg: 0}, {Op: 2, Arg: 1 << 31}},
		Lines:  []int32{3, 1},
		Consts: []compile.Const{
			nil, true, false, int64(-7), huge, 1.5, complex(0, -2), "s", compile.Bytes("\x00b"),
			compile.Ellipsis, compile.Tuple{int64(1), compile.Tuple{}}, compile.FrozenSet{"a"},
			&compile.Code{Name: "f", Cell2Arg: []int{-1, 0}, Doc: "doc"},
		},
		Names: []string{"s", "s"},
	}
	data, err := codefile.Encode(code)
	if err != nil {
		t.Fatal(err)
	}
	back, err := codefile.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(code, back) {
		t.Errorf("got %#v\nwant %#v", back, code)
	}
}

// TestDamaged checks that every truncation of a valid file, and a few corruptions, give
// errors rather than panics or wrong code.
func TestDamaged(t *testing.T) {
	mod, _, err := syntax.ParseFile("t.py", []byte("def f(x, *a, k=1):\n    return [y * 2 for y in a] + [1.5, b'x']\n"))
	if err != nil {
		t.Fatal(err)
	}
	code, err := compile.Compile(mod, "t.py", compile.Exec)
	if err != nil {
		t.Fatal(err)
	}
	data, err := codefile.Encode(code)
	if err != nil {
		t.Fatal(err)
	}
	for n := 0; n < len(data); n++ {
		if _, err := codefile.Decode(data[:n]); err == nil {
			t.Errorf("Decode of the first %d of %d bytes succeeded", n, len(data))
		}
	}
	if _, err := codefile.Decode(append(append([]byte{}, data...), 0)); err == nil {
		t.Error("Decode accepted trailing data")
	}
	wrong := append([]byte{}, data...)
	wrong[4]++
	if _, err := codefile.Decode(wrong); err == nil || !strings.Contains(err.Error(), "version") {
		t.Errorf("Decode of another version: %v", err)
	}
	for i := 5; i < len(data); i++ {
		damaged := append([]byte{}, data...)
		damaged[i] ^= 0xff
		codefile.Decode(damaged) // must not panic
	}
}

// TestSet checks that a set finds a module only by its file name and its very source, and
// that damaged sets are refused.
func TestSet(t *testing.T) {
	var modules []codefile.Module
	for _, name := range []string{"a.py", "b.py"} {
		src := []byte("x = '" + name + "'\n")
		mod, _, err := syntax.ParseFile(name, src)
		if err != nil {
			t.Fatal(err)
		}
		code, err := compile.Compile(mod, name, compile.Exec)
		if err != nil {
			t.Fatal(err)
		}
		modules = append(modules, codefile.Module{Filename: name, Source: src, Code: code})
	}
	data, err := codefile.EncodeSet(modules)
	if err != nil {
		t.Fatal(err)
	}
	set, err := codefile.OpenSet(data)
	if err != nil {
		t.Fatal(err)
	}
	if set.Len() != 2 {
		t.Errorf("Len() = %d, want 2", set.Len())
	}
	for _, m := range modules {
		code, ok := set.Find(m.Filename, m.Source)
		if !ok || !reflect.DeepEqual(code, m.Code) {
			t.Errorf("Find(%q) = %v, %v", m.Filename, code, ok)
		}
	}
	if _, ok := set.Find("a.py", []byte("x = 'changed'\n")); ok {
		t.Error("Find accepted a changed source")
	}
	if _, ok := set.Find("a.py", []byte{}); ok {
		t.Error("Find accepted an empty source")
	}
	if code, ok := set.Find("b.py", nil); !ok || !reflect.DeepEqual(code, modules[1].Code) {
		t.Errorf("Find(b.py) without the source = %v, %v", code, ok)
	}
	if _, ok := set.Find("c.py", modules[0].Source); ok {
		t.Error("Find found a module the set does not hold")
	}
	for n := 0; n < len(data); n++ {
		if _, err := codefile.OpenSet(data[:n]); err == nil {
			t.Errorf("OpenSet of the first %d of %d bytes succeeded", n, len(data))
		}
	}
}
