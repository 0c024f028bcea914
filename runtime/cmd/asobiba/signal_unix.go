//go:build unix

package main

import (
	"os"
	"os/signal"
	"syscall"
	"time"
)

// exitBySignal ends the process with signal sig and its default action, as python3 ends
// itself with SIGINT after an uncaught KeyboardInterrupt; it falls back to status 128+sig.
func exitBySignal(sig int) {
	s := syscall.Signal(sig)
	signal.Reset(s)
	_ = syscall.Kill(os.Getpid(), s)
	time.Sleep(100 * time.Millisecond)
	os.Exit(128 + sig)
}
