// Program caller is built for GOOS=js GOARCH=wasm by gopclntab's test, which runs it before
// and after StripLines: it prints where runtime.Caller says it is, exercises the garbage
// collector's stack scanning through a deep recursion, and prints a recovered panic's
// stack trace.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

// depth recurses n times with a live pointer in every frame, collecting garbage at the
// bottom, so that the collector walks every frame with its stack map.
func depth(n int) int {
	p := &[4]int{n, n, n, n}
	if n == 0 {
		runtime.GC()
		return 0
	}
	return depth(n-1) + p[0] + p[3]
}

func fail() (trace string) {
	defer func() {
		recover()
		trace = string(debug.Stack())
	}()
	var m map[string]int
	m["x"] = 1
	return ""
}

func main() {
	_, file, line, ok := runtime.Caller(0)
	if i := strings.LastIndex(file, "/"); i >= 0 {
		file = file[i+1:]
	}
	fmt.Println("caller", file, line, ok)
	fmt.Println("sum", depth(1000))
	trace := fail()
	fmt.Println("trace names main.fail", strings.Contains(trace, "main.fail"))
	fmt.Println("trace has main.go", strings.Contains(trace, "main.go:"))
}
