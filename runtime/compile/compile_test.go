package compile

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asobiba/asobiba/runtime/syntax"
)

var update = flag.Bool("update", false, "rewrite the expected output in testdata from the current output")

// A chunk is one test case of a data file:
//
//	--- name
//	python source
//	===
//	expected output
//
// The expected output is the disassembly, or "error: " and the error. A name ending in
// " [eval]" or " [single]" selects the compilation mode.
type chunk struct {
	name, src, want string
}

func readChunks(t *testing.T, path string) []chunk {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var chunks []chunk
	var cur *chunk
	inWant := false
	for _, line := range strings.SplitAfter(string(data), "\n") {
		switch {
		case strings.HasPrefix(line, "--- "):
			chunks = append(chunks, chunk{name: strings.TrimSpace(line[4:])})
			cur = &chunks[len(chunks)-1]
			inWant = false
		case cur == nil:
			// Text before the first chunk is a comment.
		case strings.TrimRight(line, "\n") == "===" && !inWant:
			inWant = true
		case inWant:
			cur.want += line
		default:
			cur.src += line
		}
	}
	for i := range chunks {
		chunks[i].want = strings.TrimRight(chunks[i].want, "\n")
	}
	return chunks
}

func writeChunks(t *testing.T, path, header string, chunks []chunk) {
	t.Helper()
	var b strings.Builder
	b.WriteString(header)
	for i, c := range chunks {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString("--- " + c.name + "\n" + c.src + "===\n" + c.want + "\n")
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// fileHeader returns the comment text before the first chunk.
func fileHeader(path string) string {
	data, _ := os.ReadFile(path)
	s := string(data)
	if i := strings.Index(s, "--- "); i >= 0 && (i == 0 || s[i-1] == '\n') {
		return s[:i]
	}
	return ""
}

// compileSource parses and compiles src, returning the disassembly or the error.
func compileSource(name, src string) string {
	mode := Exec
	switch {
	case strings.HasSuffix(name, "[eval]"):
		mode = Eval
	case strings.HasSuffix(name, "[single]"):
		mode = Single
	}
	mod, _, err := syntax.ParseFile("test.py", []byte(src))
	if err != nil {
		return "parse error: " + err.Error()
	}
	code, err := Compile(mod, "test.py", mode)
	if err != nil {
		return "error: " + err.Error()
	}
	return strings.TrimRight(Disassemble(code), "\n")
}

func TestCompile(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range files {
		chunks := readChunks(t, path)
		changed := false
		for i := range chunks {
			c := &chunks[i]
			got := compileSource(c.name, c.src)
			if got == c.want {
				continue
			}
			if *update {
				c.want = got
				changed = true
				continue
			}
			t.Errorf("%s: %s: got\n%s\nwant\n%s", path, c.name, got, c.want)
		}
		if changed {
			writeChunks(t, path, fileHeader(path), chunks)
		}
	}
}

func TestOpcodeNames(t *testing.T) {
	seen := map[string]bool{}
	for op := Opcode(0); op < numOpcodes; op++ {
		name := op.String()
		if strings.HasPrefix(name, "Opcode(") {
			t.Errorf("opcode %d has no name", op)
		}
		if seen[name] {
			t.Errorf("duplicate opcode name %s", name)
		}
		seen[name] = true
	}
}

func TestStackEffectsKnown(t *testing.T) {
	for op := Opcode(0); op < numOpcodes; op++ {
		stackEffect(op, 0, false) // panics on an opcode the assembler does not know
	}
}
