package engine

import (
	"strings"
	"testing"
)

// TestImportAsyncioStaysSmall guards the cost of a first run in the browser, where module
// bodies run ten times slower than natively: `import asyncio` must not import the modules
// that asyncio needs only for rarely used functions (inspect, socket, functools) or that
// cost much to create (enum, collections with its ABCs and namedtuple). CPython imports
// them all; Asobiba imports them when a program first needs them.
func TestImportAsyncioStaysSmall(t *testing.T) {
	src := "import asyncio, sys\nprint(' '.join(sorted(sys.modules)))\n"
	var out strings.Builder
	res := Run([]byte(src), Options{}, func(ev Event) { out.WriteString(ev.Data) })
	if res.ExitStatus != 0 {
		t.Fatalf("exit status %d: %s", res.ExitStatus, out.String())
	}
	loaded := map[string]bool{}
	for _, name := range strings.Fields(out.String()) {
		loaded[name] = true
	}
	if !loaded["asyncio.tasks"] {
		t.Fatalf("asyncio.tasks is not among the modules: %s", out.String())
	}
	for _, heavy := range []string{"inspect", "enum", "collections", "collections.abc", "socket", "os", "functools", "typing"} {
		if loaded[heavy] {
			t.Errorf("import asyncio imported %s", heavy)
		}
	}
}

// BenchmarkImportAsyncio times a run of `import asyncio` after a first one, as in the
// browser's worker: "shared" reuses the code objects of the earlier runs (vm.CodeCache),
// "fresh" makes them again.
//
//	go test ./runtime/engine -run '^$' -bench ImportAsyncio
func BenchmarkImportAsyncio(b *testing.B) {
	src := []byte("import asyncio\n")
	for _, mode := range []string{"shared", "fresh"} {
		b.Run(mode, func(b *testing.B) {
			Run(src, Options{}, func(Event) {})
			for b.Loop() {
				if mode == "fresh" {
					idleCodes.Store(nil)
				}
				if res := Run(src, Options{}, func(Event) {}); res.ExitStatus != 0 {
					b.Fatalf("exit status %d", res.ExitStatus)
				}
			}
		})
	}
}

// TestRunsAreIsolated proves that a run sees none of what an earlier run in the same process
// did to the standard library, although runs one after another share its code objects
// (vm.CodeCache): module globals and classes patched, the event loop policy replaced, task
// names counted, a global that an asyncio function looks up (through the code object's
// cache) replaced by one that would fail.
func TestRunsAreIsolated(t *testing.T) {
	observe := `import asyncio, asyncio.tasks


async def main():
    await asyncio.sleep(0)
    await asyncio.sleep(0.5)
    print(asyncio.current_task().get_name(), hasattr(asyncio.tasks, "patched"),
          hasattr(asyncio.Lock, "patched"), type(asyncio.get_event_loop_policy()).__name__)


asyncio.run(main())
`
	meddle := `import asyncio, asyncio.tasks


class Policy(asyncio.DefaultEventLoopPolicy):
    pass


async def main():
    for _ in range(3):
        await asyncio.sleep(0)
    asyncio.tasks.patched = asyncio.Lock.patched = True
    asyncio.set_event_loop_policy(Policy())
    asyncio.tasks._sleep0 = asyncio.tasks._sleep_for = None
    print(asyncio.current_task().get_name())


asyncio.run(main())
asyncio.run(main())
`
	run := func(src string) string {
		t.Helper()
		var out strings.Builder
		if res := Run([]byte(src), Options{}, func(ev Event) { out.WriteString(ev.Data) }); res.ExitStatus != 0 {
			t.Fatalf("exit status %d:\n%s", res.ExitStatus, out.String())
		}
		return out.String()
	}
	first := run(observe)
	if !strings.HasPrefix(first, "Task-1 False False ") {
		t.Fatalf("a first run printed %q", first)
	}
	var out strings.Builder
	Run([]byte(meddle), Options{}, func(ev Event) { out.WriteString(ev.Data) })
	if !strings.HasPrefix(out.String(), "Task-1\n") || !strings.Contains(out.String(), "TypeError") {
		t.Fatalf("the meddling run did not meddle: %q", out.String())
	}
	if again := run(observe); again != first {
		t.Errorf("after a run that changed asyncio, a run printed %q, not %q", again, first)
	}
}
