package vm

import (
	"runtime"
	"sync/atomic"
)

// DefaultMemoryLimit is the heap size past which a program gets MemoryError unless the host
// sets another limit: 1 GiB, far more than a lesson needs and well inside what a browser
// lets a worker's WebAssembly memory grow to (4 GiB at most).
const DefaultMemoryLimit = 1 << 30

// memoryLimit is the limit in force (see SetMemoryLimit). It is one number for the whole
// process, not a setting of an Interp, because Go's heap is shared by everything running.
var memoryLimit atomic.Int64

func init() { memoryLimit.Store(DefaultMemoryLimit) }

// SetMemoryLimit sets the heap size, in bytes, past which running programs get MemoryError
// (0 or less: no limit), and returns the previous limit. Go cannot recover from running out
// of memory: without a limit, a program that fills memory ends the process (or the browser's
// worker) and everything it printed with it, where CPython raises MemoryError.
//
// Go's collector is left to its own pacing (GOGC): a soft limit (debug.SetMemoryLimit) near
// this one made it run almost without pause while a growing program crept towards the
// limit, ten times slower than raising MemoryError at once.
func SetMemoryLimit(n int64) int64 { return memoryLimit.Swap(n) }

// How the limit is enforced. The eval loop looks at the heap every memoryCheckEvery
// checkpoints (each cancelInterval instructions, or the Go work Charge counts): about 65,000
// instructions, so the look (runtime.ReadMemStats, 5 µs natively) costs under 1%.
// (runtime/metrics reads faster but adds 4 KB to the browser's download.) Go code that sizes an object from a
// Python value (a repetition, bytes(n), ...) asks roomFor before allocating, since a few big
// allocations can outrun the checkpoints; it looks at the heap once such allocations add up
// to a sixteenth of the limit. When the heap (live objects and garbage not yet swept) is
// over the limit, a collection tells how much is live, and MemoryError comes once live data
// passes seven eighths of the limit: a program whose live data stayed just under the limit
// would otherwise force a full collection every few megabytes.
const (
	memoryCheckEvery = 64
	// sizedAllocationFloor is the smallest sized allocation roomFor counts.
	sizedAllocationFloor = 64 << 10
)

// sizedSinceLook adds up the sized allocations since the heap was last looked at.
var sizedSinceLook atomic.Int64

// checkMemory returns MemoryError when the program's live data has outgrown the limit.
func checkMemory() error {
	if !roomFor(0) {
		return NewException(MemoryErrorType)
	}
	return nil
}

// fitsMemory reports whether allocating n more bytes at once keeps the program within the
// limit. Small requests always fit, without a look at the heap.
func fitsMemory(n int64) bool {
	limit := memoryLimit.Load()
	switch {
	case limit <= 0 || n < sizedAllocationFloor:
		return true
	case n > limit:
		return false
	case sizedSinceLook.Add(n) < limit/16:
		return true
	}
	return roomFor(n)
}

// roomFor looks at the heap and reports whether n more bytes fit (see the constants above).
func roomFor(n int64) bool {
	limit := memoryLimit.Load()
	if limit <= 0 {
		return true
	}
	sizedSinceLook.Store(0)
	if heapObjects()+uint64(n) <= uint64(limit) {
		return true
	}
	runtime.GC()
	return heapObjects()+uint64(n) <= uint64(limit-limit/8)
}

// heapObjects returns the bytes the Go heap holds in objects, live or not yet swept.
func heapObjects() uint64 {
	var st runtime.MemStats
	runtime.ReadMemStats(&st)
	return st.HeapAlloc
}

// valueBytes is the size of one item of a list or tuple (a Go interface value).
const valueBytes = 16
