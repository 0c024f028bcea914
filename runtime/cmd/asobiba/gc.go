package main

// Garbage collector pacing for "asobiba run".
//
// Go's collector lets the heap grow to (1 + GOGC/100) times the live data before the next
// collection; the process's peak resident size follows that goal, not the live data. A large
// GOGC is cheap for small programs (few collections, each marking little) but makes a
// program that keeps a hundred thousand suspended tasks peak at three times what it uses.
// So the percentage is chosen again after every collection from the live heap it left:
// the heap may grow by half the live data, or by minHeadroom when that is more, and never by
// more than maxGCPercent (the former fixed setting).
//
// Half is enough since suspended tasks got smaller: measured on a loaded machine, the asyncio
// benchmarks (runtime/bench/programs) peak at the same size with a half as with a quarter
// (tasks_sleep0 103 MB, semaphore_contention 33-36 MB, queue_pipeline 19 MB; CPython 148,
// 39 and 24 MB), and a quarter costs CPU: a third more on tasks_sleep0, a tenth more on
// dict_list and strings.
//
// The CLI also turns off heap profiling: it never writes a profile, and the sampled
// allocation records (about 1.4 MB after importing asyncio) would only add to its size.

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

const (
	// maxGCPercent bounds the percentage. On the benchmark programs that build large lists
	// and strings it cuts the instructions executed by about a tenth against Go's default
	// of 100.
	maxGCPercent = 200
	// minHeadroom is the least growth allowed between collections, so that small
	// programs are not collected over and over.
	minHeadroom = 4 << 20
	// headroomDivisor sets the growth allowed for a large heap: live/headroomDivisor.
	headroomDivisor = 2
)

func init() {
	runtime.MemProfileRate = 0
}

var startPacing sync.Once

// tuneGC starts the pacing unless the user chose a GOGC.
func tuneGC() {
	if os.Getenv("GOGC") != "" {
		return
	}
	startPacing.Do(func() {
		debug.SetGCPercent(maxGCPercent)
		p := &gcPacer{metrics: []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/gogc:percent"}}}
		p.arm()
	})
}

// gcPercent is the GOGC to use after a collection left live bytes of live heap.
func gcPercent(live uint64) int {
	if live == 0 {
		return maxGCPercent
	}
	headroom := max(uint64(minHeadroom), live/headroomDivisor)
	return int(min(headroom*100/live, maxGCPercent))
}

// gcPacer sets GOGC after every collection (see the top of this file).
type gcPacer struct {
	metrics []metrics.Sample // the live heap and the GOGC in force
}

// gcSentinel is garbage whose finalizer runs after each collection that found it; the
// finalizer arms a new one.
type gcSentinel struct{ p *gcPacer }

// arm makes the sentinel for the next collection.
func (p *gcPacer) arm() {
	runtime.SetFinalizer(&gcSentinel{p: p}, func(s *gcSentinel) {
		s.p.collected()
		s.p.arm()
	})
}

// collected runs after a collection: it sets GOGC for the live heap the collection left.
func (p *gcPacer) collected() {
	metrics.Read(p.metrics)
	if percent := gcPercent(p.metrics[0].Value.Uint64()); uint64(percent) != p.metrics[1].Value.Uint64() {
		debug.SetGCPercent(percent)
	}
}
