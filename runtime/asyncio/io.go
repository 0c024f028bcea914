package asyncio

// I/O events of the simulated network.
//
// Asobiba has no sockets: asyncio's streams, servers and transports (lib/asyncio/_simnet.py)
// connect in-process endpoints. To keep CPython's timing, counted in loop iterations, the
// simulated network does not deliver data with call_soon: a write (or a connect, an accept,
// an EOF) queues an I/O event with loop._call_io(callback, *args), and RunOnce moves the
// pending events into the ready queue at the start of the next iteration, after the
// callbacks scheduled before and before the timers that are due — exactly where a
// selector's events land in BaseEventLoop._run_once. A loop with pending I/O events neither
// waits for other threads, nor moves the clock, nor reports a deadlock.

import "github.com/asobiba/asobiba/runtime/vm"

// CallIO queues fn(*args) as an I/O event delivered at the start of the next iteration.
func (l *Loop) CallIO(fn vm.Value, args []vm.Value) *Handle {
	if l.state.io == nil {
		l.state.io = map[*Loop][]*Handle{}
	}
	h := &Handle{loop: l, callback: fn, args: args}
	l.state.io[l] = append(l.state.io[l], h)
	return h
}

// ioPending reports whether I/O events wait for the next iteration.
func (l *Loop) ioPending() bool { return len(l.state.io[l]) > 0 }

// pollIO moves the pending I/O events into the ready queue.
func (l *Loop) pollIO() {
	if evs := l.state.io[l]; len(evs) > 0 {
		for _, h := range evs {
			l.pushReady(h)
		}
		delete(l.state.io, l)
	}
}

func init() {
	method(LoopType, "_call_io", asLoop, func(th *vm.Thread, l *Loop, a callArgs) (vm.Value, error) {
		if err := l.checkOpen(); err != nil {
			return nil, err
		}
		if err := wantArgs("_call_io", a, 1, -1); err != nil {
			return nil, err
		}
		return l.CallIO(a.pos[0], append([]vm.Value(nil), a.pos[1:]...)), nil
	})
}
