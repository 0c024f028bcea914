package engine

import "github.com/asobiba/asobiba/runtime/vm"

// eventWriter turns writes to one of the program's standard streams into events stamped
// with the virtual time of the write.
type eventWriter struct {
	kind  string
	clock vm.Clock
	emit  func(Event)
}

// Write emits p as one event; it never fails.
func (w *eventWriter) Write(p []byte) (int, error) {
	if len(p) > 0 {
		w.emit(Event{Kind: w.kind, VT: w.clock.Now(), Data: string(p)})
	}
	return len(p), nil
}
