//go:build !js

// The test starts a child process, which js/wasm cannot; the tool runs natively anyway.

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/asobiba/asobiba/runtime/asyncio"
	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/compile/codefile"
	"github.com/asobiba/asobiba/runtime/engine"
	"github.com/asobiba/asobiba/runtime/stdlib/pylib"
	"github.com/asobiba/asobiba/runtime/vm"
)

// program exercises the shipped modules: tasks, a queue, a task group whose failure comes
// back as an ExceptionGroup, and an uncaught error whose traceback passes through asyncio's
// own source lines.
const program = `import asyncio


async def worker(name, q):
    await asyncio.sleep(0.1)
    await q.put(name)


async def fail():
    raise ValueError("boom")


async def main():
    q = asyncio.Queue()
    await asyncio.gather(*(worker(n, q) for n in "abc"))
    print(sorted([q.get_nowait() for _ in range(3)]))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail())
    except* ValueError as eg:
        print("caught", eg.exceptions)
    await asyncio.wait_for(fail(), 1)


asyncio.run(main())
`

// childEnv names the set file a child process should install before running program.
const childEnv = "STDLIBCODES_TEST_SET"

// TestMain lets the test binary act as the child of TestShippedModules: a fresh process,
// whose standard-library cache is empty, so the modules really come from the set.
func TestMain(m *testing.M) {
	if path := os.Getenv(childEnv); path != "" {
		os.Exit(child(path))
	}
	os.Exit(m.Run())
}

func child(path string) int {
	data, err := os.ReadFile(path)
	if err != nil {
		println(err.Error())
		return 3
	}
	set, err := codefile.OpenSet(data)
	if err != nil {
		println(err.Error())
		return 3
	}
	var found atomic.Int64
	var missedMu sync.Mutex
	var missed []string
	vm.SetStdlibCodes(func(filename string, src []byte) (*compile.Code, bool) {
		code, ok := set.Find(filename, src)
		if ok {
			found.Add(1)
		} else if strings.HasPrefix(filename, "<stdlib>/asyncio/") {
			missedMu.Lock()
			missed = append(missed, filename)
			missedMu.Unlock()
		}
		return code, ok
	})
	os.Stdout.WriteString(runProgram())
	os.Stdout.WriteString("\nmodules from the set: " + strconv.FormatInt(found.Load(), 10) + "\n")
	os.Stdout.WriteString("asyncio modules compiled from source: " + strings.Join(missed, " ") + "\n")
	return 0
}

func runProgram() string {
	var out strings.Builder
	res := engine.Run([]byte(program), engine.Options{}, func(ev engine.Event) { out.WriteString(ev.Kind + ": " + ev.Data) })
	out.WriteString("exit " + strconv.Itoa(res.ExitStatus))
	return out.String()
}

// TestShippedModules builds the set, runs program in a process that takes asyncio's modules
// from it, and expects exactly the output of a run that compiles them from source.
func TestShippedModules(t *testing.T) {
	data, _, err := build()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "stdlib.codes")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	want := runProgram()
	if !strings.Contains(want, "<stdlib>/asyncio/") || !strings.Contains(want, "caught") {
		t.Fatalf("the program did not do what the test needs:\n%s", want)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+path)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	got, report, _ := strings.Cut(string(out), "\nmodules from the set: ")
	found, missed, _ := strings.Cut(report, "\nasyncio modules compiled from source: ")
	if got != want {
		t.Errorf("output with the shipped modules:\n%s\nwant (compiled from source):\n%s", got, want)
	}
	// import asyncio loads a dozen modules and the program a few more (locks, queues, task
	// groups, timeouts...), all of which must come from the set.
	if n, _ := strconv.Atoi(strings.TrimSpace(found)); n < 12 {
		t.Errorf("only %d modules came from the set", n)
	}
	if missed := strings.TrimSpace(missed); missed != "" {
		t.Errorf("asyncio modules the set lacks: %s", missed)
	}
	t.Logf("%s modules came from the set", strings.TrimSpace(found))
}

// TestBundleAndSources writes the set, pylib's bundle and the source folder, then makes the
// bundle the library with the folder behind it, as the browser engine does: the modules the
// set holds must run without their text being read, every other one must come from the
// folder, and program must run as before, its traceback reading the lines it shows.
func TestBundleAndSources(t *testing.T) {
	dir := t.TempDir()
	sources := filepath.Join(dir, "pylib")
	codes := filepath.Join(dir, "stdlib.codes")
	if err := run(codes, filepath.Join(dir, "stdlib.pylib"), sources); err != nil {
		t.Fatal(err)
	}
	paths := pylib.Paths()
	for _, p := range paths {
		want, _ := pylib.ReadFile(p)
		got, err := os.ReadFile(filepath.Join(sources, filepath.FromSlash(p)))
		if err != nil || string(got) != string(want) {
			t.Fatalf("%s: not written as it is (%v)", p, err)
		}
	}
	for _, name := range asyncio.ModuleNames() {
		want, filename, _, _ := asyncio.Source(name)
		got, err := os.ReadFile(filepath.Join(sources, filepath.FromSlash(strings.TrimPrefix(filename, "<stdlib>/"))))
		if err != nil || string(got) != string(want) {
			t.Fatalf("%s: not written as asyncio.Source gives it (%v)", name, err)
		}
	}
	bundle, err := os.ReadFile(filepath.Join(dir, "stdlib.pylib"))
	if err != nil {
		t.Fatal(err)
	}
	set, err := os.ReadFile(codes)
	if err != nil {
		t.Fatal(err)
	}
	want := runProgram()
	var fetched, deferred atomic.Int32
	err = pylib.UseBundle(bundle, func(path string) ([]byte, error) {
		fetched.Add(1)
		return os.ReadFile(filepath.Join(sources, filepath.FromSlash(path)))
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := vm.UseStdlibCodes(set); err != nil {
		t.Fatal(err)
	}
	vm.SetDeferredSource(func(filename string) ([]byte, error) {
		deferred.Add(1)
		return os.ReadFile(filepath.Join(sources, filepath.FromSlash(strings.TrimPrefix(filename, "<stdlib>/"))))
	})
	t.Cleanup(func() { vm.SetStdlibCodes(nil); vm.SetDeferredSource(nil) })
	if got := pylib.Paths(); len(got) != len(paths) {
		t.Errorf("the bundle lists %d files, want %d", len(got), len(paths))
	}
	if src, ok := pylib.Source("heapq"); !ok || src != nil {
		t.Errorf("the text of heapq, which the set holds, is not deferred (%d bytes, %v)", len(src), ok)
	}
	if got := runProgram(); got != want {
		t.Errorf("output with the bundle:\n%s\nwant:\n%s", got, want)
	}
	if n := fetched.Load(); n != 0 {
		t.Errorf("running the program fetched %d files on import, all of which the set holds", n)
	}
	if _, ok := pylib.Source("json"); !ok || fetched.Load() != 1 {
		t.Errorf("json was not fetched from the folder")
	}
	t.Logf("deferred texts read: %d", deferred.Load())
}
