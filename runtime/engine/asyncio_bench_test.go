package engine

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// BenchmarkAsyncioPrograms runs the asyncio programs of runtime/bench/programs in-process, so
// that they can be profiled:
//
//	go test ./runtime/engine -run '^$' -bench AsyncioPrograms/queue -cpuprofile cpu.out
func BenchmarkAsyncioPrograms(b *testing.B) {
	for _, name := range []string{"tasks_sleep0", "queue_pipeline", "semaphore_contention"} {
		src, err := os.ReadFile(filepath.Join("..", "bench", "programs", name+".py"))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				res := Run(src, Options{}, func(Event) {})
				if res.ExitStatus != 0 {
					b.Fatalf("exit status %d", res.ExitStatus)
				}
			}
		})
	}
}

// BenchmarkBrowserTasks runs the "tasks" program of the browser benchmark
// (site/bench/programs/tasks_10k.py: 10,000 tasks that each await sleep(0) twice under one
// gather) in-process, module bodies and all:
//
//	go test ./runtime/engine -run '^$' -bench BrowserTasks -cpuprofile cpu.out
func BenchmarkBrowserTasks(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("..", "..", "site", "bench", "programs", "tasks_10k.py"))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		var out string
		res := Run(src, Options{}, func(e Event) {
			if e.Kind == "stdout" {
				out += e.Data
			}
		})
		if res.ExitStatus != 0 || out != "10000\n" {
			b.Fatalf("exit status %d, output %q", res.ExitStatus, out)
		}
	}
}

// BenchmarkSuspendedTaskBytes measures the heap that one suspended task costs: 100,000 tasks
// are created under a gather and each runs to its first await (sleep(0), or a semaphore all
// but ten of them wait for); the live heap then, less the live heap before, divided by the
// number of tasks, is reported as bytes/task.
//
//	go test ./runtime/engine -run '^$' -bench SuspendedTaskBytes -benchtime 1x
func BenchmarkSuspendedTaskBytes(b *testing.B) {
	programs := map[string]string{
		"sleep0": `import asyncio
async def hop():
    await asyncio.sleep(0)
    await asyncio.sleep(0)
async def main():
    print("before")
    g = asyncio.gather(*(hop() for _ in range(100_000)))
    await asyncio.sleep(0)
    print("suspended")
    await g
asyncio.run(main())
`,
		"semaphore": `import asyncio
async def hop(sem):
    async with sem:
        await asyncio.sleep(0.01)
async def main():
    sem = asyncio.Semaphore(10)
    print("before")
    g = asyncio.gather(*(hop(sem) for _ in range(100_000)))
    await asyncio.sleep(0)
    print("suspended")
    await g
asyncio.run(main())
`,
	}
	for _, name := range []string{"sleep0", "semaphore"} {
		src := []byte(programs[name])
		b.Run(name, func(b *testing.B) {
			var perTask float64
			for b.Loop() {
				var before uint64
				Run(src, Options{}, func(e Event) {
					if e.Kind != "stdout" || e.Data == "\n" {
						return
					}
					runtime.GC()
					var ms runtime.MemStats
					runtime.ReadMemStats(&ms)
					if before == 0 {
						before = ms.HeapAlloc
						return
					}
					perTask = float64(ms.HeapAlloc-before) / 100_000
				})
			}
			b.ReportMetric(perTask, "bytes/task")
		})
	}
}
