package engine

import (
	"os"
	"path/filepath"
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
