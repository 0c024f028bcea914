package vm_test

import (
	"bytes"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/asobiba/asobiba/runtime/vm"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestCPUTimes reports the best process CPU time of a few runs of each benchmark program
// (run with -v and ASOBIBA_CPU=1): on a loaded machine wall-clock benchmarks are too noisy
// to compare with CPython's time.process_time().
func TestCPUTimes(t *testing.T) {
	if os.Getenv("ASOBIBA_CPU") == "" {
		t.Skip("set ASOBIBA_CPU=1")
	}
	for name, src := range map[string]string{"fib27": fibSource, "loop(func)": "def loop():\n    s = 0\n    for i in range(10**6):\n        s += i * i\nloop()\n", "calls": "def f(a):\n    return a\ndef loop():\n    for i in range(10**6):\n        f(i)\nloop()\n"} {
		best := time.Hour
		for range 5 {
			var stdout, stderr bytes.Buffer
			th := newThread(&stdout, &stderr)
			c := cpuTime()
			if err := vm.RunMain(th, "main.py", []byte(src)); err != nil {
				t.Fatal(err)
			}
			best = min(best, cpuTime()-c)
		}
		t.Logf("%s cpu best %.1f ms", name, float64(best)/1e6)
	}
}

func BenchmarkLoopFunc(b *testing.B) {
	src := "def loop():\n    s = 0\n    for i in range(10**6):\n        s += i * i\nloop()\n"
	for range b.N {
		var stdout, stderr bytes.Buffer
		th := newThread(&stdout, &stderr)
		if err := vm.RunMain(th, "main.py", []byte(src)); err != nil {
			b.Fatal(err)
		}
	}
}

// TestPerfProgram runs the program named by $ASOBIBA_PERF ("fib" or "loop", or the path of a
// .py file such as ../bench/programs/methods.py) once, for measuring with perf stat or
// go test -cpuprofile.
func TestPerfProgram(t *testing.T) {
	name := os.Getenv("ASOBIBA_PERF")
	src := map[string]string{"fib": fibSource, "loop": "def loop():\n    s = 0\n    for i in range(10**6):\n        s += i * i\nloop()\n", "none": "pass\n"}[name]
	if strings.HasSuffix(name, ".py") {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		src = string(b)
	}
	if src == "" {
		t.Skip("set ASOBIBA_PERF")
	}
	var stdout, stderr bytes.Buffer
	th := newThread(&stdout, &stderr)
	if err := vm.RunMain(th, "main.py", []byte(src)); err != nil {
		t.Fatal(err)
	}
}

func BenchmarkCalls(b *testing.B) {
	src := "def f(a):\n    return a\ndef loop():\n    for i in range(10**6):\n        f(i)\nloop()\n"
	for range b.N {
		var stdout, stderr bytes.Buffer
		th := newThread(&stdout, &stderr)
		if err := vm.RunMain(th, "main.py", []byte(src)); err != nil {
			b.Fatal(err)
		}
	}
}
