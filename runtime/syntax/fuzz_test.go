package syntax

// Fuzz targets: the scanner and the parser must never panic, whatever the
// input. Run them with
//
//	go test ./runtime/syntax -fuzz FuzzScan -fuzztime 60s
//	go test ./runtime/syntax -fuzz FuzzParse -fuzztime 60s
//
// The seed corpus is every chunk of the golden files.

import (
	"os"
	"strings"
	"testing"
)

// addSeeds adds the chunks of the golden files to the fuzz corpus.
func addSeeds(f *testing.F) {
	for _, path := range []string{"testdata/ast.txt", "testdata/errors.txt"} {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		for _, c := range strings.Split(string(data), "\n---\n") {
			f.Add([]byte(c))
		}
	}
	for _, s := range []string{
		"", "\n", "\t", "\\", "\\\n", "(", ")", "f'", "f'{", "f'{x:{y:{z", "'''", "\xef\xbb\xbf",
		"\x00", "\xff", "if x:\n\tpass\n        pass\n", "x = \"\\N{", "f\"{x!}\"", "@", "lambda",
		"match x:\n case [a, *b] | {1: a, **b} | C(a, b=b) as c if c:\n  pass\n",
	} {
		f.Add([]byte(s))
	}
}

func FuzzScan(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		toks, _, err := Tokenize("fuzz", src)
		if err != nil {
			if e, ok := err.(*Error); ok && strings.HasPrefix(e.Msg, "internal error") {
				t.Fatalf("%s", e.Msg)
			}
			return
		}
		if len(toks) == 0 || toks[len(toks)-1].Kind != EOF {
			t.Fatalf("token stream does not end with EOF")
		}
	})
}

func FuzzParse(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		mod, _, err := ParseFile("fuzz", src)
		if err != nil {
			e, ok := err.(*Error)
			if !ok {
				t.Fatalf("error of type %T", err)
			}
			if strings.HasPrefix(e.Msg, "internal error") {
				t.Fatalf("%s", e.Msg)
			}
			return
		}
		Dump(mod) // must not panic either
		Inspect(mod, func(n Node) bool {
			if n != nil && n.Pos().IsValid() && n.End().Before(n.Pos()) {
				t.Fatalf("%T ends at %v before it starts at %v", n, n.End(), n.Pos())
			}
			return true
		})
		ParseExpr("fuzz", src)
	})
}

// TestDeepNesting checks that deeply nested sources fail cleanly.
func TestDeepNesting(t *testing.T) {
	for _, src := range []string{
		strings.Repeat("-", 100000) + "1",
		strings.Repeat("not ", 100000) + "1",
		strings.Repeat("lambda: ", 100000) + "1",
		strings.Repeat("a if b else ", 100000) + "1",
		strings.Repeat("2 ** ", 100000) + "1",
		strings.Repeat("(", 100000),
		strings.Repeat("[", 1000) + strings.Repeat("]", 1000),
		strings.Repeat("f'{", 1000),
		strings.Repeat("if x:\n", 200),
		strings.Repeat("f'{", 140) + strings.Repeat("}'", 140) + "+",
		strings.Repeat("with (", 180) + "a" + strings.Repeat(")", 180) + " as b:",
		strings.Repeat("(a - ", 190) + "$",
		strings.Repeat("f(", 190) + "$",
		strings.Repeat("[x for x in ", 190) + "$",
		strings.Repeat("a if b else ", 1000) + "$",
	} {
		_, _, err := ParseFile("deep", []byte(src))
		if err == nil {
			t.Errorf("%.20s...: no error", src)
		} else if e := err.(*Error); strings.HasPrefix(e.Msg, "internal error") {
			t.Errorf("%.20s...: %s", src, e.Msg)
		}
	}
	for _, src := range []string{
		strings.Repeat("-", 1000) + "1",
		strings.Repeat("f'{", 140) + "x" + strings.Repeat("}'", 140),
		strings.Repeat("(", 190) + "x" + strings.Repeat(")", 190),
	} {
		if _, _, err := ParseFile("ok", []byte(src)); err != nil {
			t.Errorf("%.20s...: %v", src, err)
		}
	}
}
