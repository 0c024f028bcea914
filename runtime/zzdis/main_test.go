package dis

import (
	"fmt"
	"os"
	"testing"

	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/syntax"
)

func TestDis(t *testing.T) {
	src, _ := os.ReadFile(os.Getenv("F"))
	mod, _, err := syntax.ParseFile("x.py", src)
	if err != nil {
		t.Fatal(err)
	}
	c, err := compile.Compile(mod, "x.py", 0)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println(compile.Disassemble(c))
}
