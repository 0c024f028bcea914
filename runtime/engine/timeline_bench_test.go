//go:build unix

package engine

import (
	"io"
	"runtime"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/asobiba/asobiba/runtime/timeline"
)

// tasks10k is the benchmark's program: 10,000 tasks that sleep, some of them twice, under a
// gather, which exercises every hook of the recorder (creation, steps, waits, timers, wake-ups,
// await links, results).
const tasks10k = `import asyncio

async def job(i):
    await asyncio.sleep((i % 10 + 1) / 10)
    if i % 3 == 0:
        await asyncio.sleep(0)
    return i

async def main():
    results = await asyncio.gather(*(job(i) for i in range(10_000)))
    print(len(results), sum(results))

asyncio.run(main())
`

// BenchmarkTimelineOverhead runs the 10,000-task program without and with the timeline; the
// difference between the two is the cost of recording (the target is at most 10%). Besides
// wall time it reports the process's CPU time per run (cpu-ms/op, garbage collection
// included), which a busy machine disturbs much less:
//
//	go test ./runtime/engine -run '^$' -bench TimelineOverhead -count 5
func BenchmarkTimelineOverhead(b *testing.B) {
	for _, bc := range []struct {
		name string
		on   bool
	}{{"off", false}, {"on", true}} {
		b.Run(bc.name, func(b *testing.B) {
			var size int
			cpu0 := cpuTime()
			for b.Loop() {
				res := Run([]byte(tasks10k), Options{Timeline: bc.on}, func(e Event) {
					if e.Kind == "timeline" {
						size = len(e.Data)
					}
				})
				if res.ExitStatus != 0 {
					b.Fatalf("exit status %d", res.ExitStatus)
				}
			}
			b.ReportMetric(float64((cpuTime()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
			b.ReportMetric(float64(size), "timeline-bytes")
		})
	}
}

// BenchmarkTimelineOverheadPaired runs the program without and with the timeline in turns,
// each run starting and ending with a garbage collection, and reports the overhead in
// percent from the least CPU time of each (overhead-%), and from the median of the pairs'
// ratios (overhead-median-%). Other processes only ever add to a run's time, so the least
// of several runs is the steadiest figure on a busy machine; a busy machine slows both runs
// of a pair alike, which steadies the ratios.
//
//	go test ./runtime/engine -run '^$' -bench TimelineOverheadPaired -benchtime 10x
func BenchmarkTimelineOverheadPaired(b *testing.B) {
	src := []byte(tasks10k)
	measure := func(on bool) time.Duration {
		runtime.GC()
		c0 := cpuTime()
		Run(src, Options{Timeline: on}, func(Event) {})
		runtime.GC()
		return cpuTime() - c0
	}
	var ratios []float64
	var minOff, minOn time.Duration
	for i := 0; b.Loop(); i++ {
		var off, on time.Duration
		if i%2 == 0 {
			off, on = measure(false), measure(true)
		} else {
			on, off = measure(true), measure(false)
		}
		ratios = append(ratios, float64(on)/float64(off))
		if i == 0 || off < minOff {
			minOff = off
		}
		if i == 0 || on < minOn {
			minOn = on
		}
	}
	slices.Sort(ratios)
	b.ReportMetric(100*(float64(minOn)/float64(minOff)-1), "overhead-%")
	b.ReportMetric(100*(ratios[len(ratios)/2]-1), "overhead-median-%")
}

// cpuTime is the CPU time the process has used so far, in user and system mode.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkTimelineViews10k measures what the issue bounds at one second: a 10,000-task run
// drawn as an SVG image and as a Chrome trace. "svg" and "chrome" draw the run's recorded
// timeline; "all" runs the program with the timeline recording and draws both.
//
//	go test ./runtime/engine -run '^$' -bench TimelineViews10k
func BenchmarkTimelineViews10k(b *testing.B) {
	src := []byte(tasks10k)
	tl := Run(src, Options{Timeline: true}, func(Event) {}).Timeline()
	if tl == nil || len(tl.Lanes) < 10_000 {
		b.Fatal("the run recorded no timeline of 10,000 tasks")
	}
	draw := func(b *testing.B, tl *timeline.Timeline, svg, chrome bool) {
		if svg {
			if err := timeline.WriteSVG(io.Discard, tl, timeline.SVGOptions{}); err != nil {
				b.Fatal(err)
			}
		}
		if chrome {
			if err := timeline.WriteChrome(io.Discard, tl); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.Run("svg", func(b *testing.B) {
		for b.Loop() {
			draw(b, tl, true, false)
		}
	})
	b.Run("chrome", func(b *testing.B) {
		for b.Loop() {
			draw(b, tl, false, true)
		}
	})
	b.Run("all", func(b *testing.B) {
		for b.Loop() {
			draw(b, Run(src, Options{Timeline: true}, func(Event) {}).Timeline(), true, true)
		}
	})
}
