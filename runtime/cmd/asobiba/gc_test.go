package main

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
	"time"
)

func TestGCPercent(t *testing.T) {
	const mb = 1 << 20
	for _, c := range []struct {
		live uint64
		want int
	}{
		{0, 200},
		{1 * mb, 200},   // the 4 MB floor would be 400%: capped
		{2 * mb, 200},   // 4 MB of headroom
		{4 * mb, 100},   // 4 MB of headroom
		{8 * mb, 50},    // live/2 from here on
		{100 * mb, 50},  //
		{1000 * mb, 50}, //
	} {
		if got := gcPercent(c.live); got != c.want {
			t.Errorf("gcPercent(%d MB) = %d, want %d", c.live/mb, got, c.want)
		}
	}
}

// TestGCPacerFollowsLiveHeap checks that a collection leaving a large live heap lowers GOGC
// to what gcPercent says, and that the pacer keeps running: freeing it raises GOGC again.
func TestGCPacerFollowsLiveHeap(t *testing.T) {
	t.Setenv("GOGC", "")
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	tuneGC()
	gogc := []metrics.Sample{{Name: "/gc/gogc:percent"}}
	waitFor := func(want int) {
		t.Helper()
		for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); {
			runtime.GC()
			metrics.Read(gogc)
			if int(gogc[0].Value.Uint64()) == want {
				return
			}
			time.Sleep(10 * time.Millisecond)
		}
		t.Fatalf("GOGC is %d, want %d", gogc[0].Value.Uint64(), want)
	}
	keep := make([]*[1024]byte, 64<<10) // 64 MB live: half of it as headroom
	for i := range keep {
		keep[i] = new([1024]byte)
	}
	waitFor(100 / headroomDivisor)
	runtime.KeepAlive(keep)
	keep = nil
	waitFor(maxGCPercent) // the test's own live heap is below 2 MB
}
