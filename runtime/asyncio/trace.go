package asyncio

// What an Observer (the timeline recorder) needs beyond the loop's own reports.
//
// The loop reports task steps, wake-ups, cancellations, timers and clock jumps by itself (see
// Observer). Three facts it cannot see by itself are gathered here, and each costs a nil check
// when no Observer is installed:
//
//   - What a future stands for. The asyncio package labels the futures it makes a task wait
//     on by calling _asyncio._label(fut, name[, arg[, awaits]]): sleep's future becomes
//     "sleep(1.0)", a lock's waiter "Lock", a queue's getter "Queue.get", gather's outer
//     future "gather" together with the tasks it gathers. Without an Observer the call
//     returns at once and nothing is stored.
//   - Who caused what. While an Observer is installed every callback the loop schedules
//     remembers on whose behalf it was scheduled: the running task, or — for a callback
//     scheduled by another callback — that callback's own cause, or the loop itself when a
//     timer started the chain. State.Cause reads it, so an observer can tell that the last
//     child of a gather woke its parent, or that a timer woke a sleeper. A task's wake-up,
//     the commonest callback, is kept without a Handle: the Observer is told its cause when
//     it is scheduled (Observer.WakeScheduled).
//   - What a blocking call is. time.sleep calls AnnounceBlocking just before it advances the
//     virtual clock, so that the blocking span the clock reports can be labelled with the
//     call ("time.sleep(2)").

import (
	"math"

	"github.com/asobiba/asobiba/runtime/vm"
)

// futureNote is what the timeline shows of a future a task waits on.
type futureNote struct {
	label  string
	awaits []*Task
}

// Label returns what the future stands for on the timeline ("sleep(1.0)", "Queue.get",
// "gather"), or "" when the asyncio package did not label it.
func (f *Future) Label() string {
	if f.note == nil {
		return ""
	}
	return f.note.label
}

// Awaits returns the tasks the future stands for (gather's children, a wait_for's inner
// task), in the order the asyncio package gave them, or nil.
func (f *Future) Awaits() []*Task {
	if f.note == nil {
		return nil
	}
	return f.note.awaits
}

// Outcome reports how a done future ended: its result, its exception, or that it was
// cancelled. Unlike Result and Exception it neither consumes a saved CancelledError nor
// marks the exception as retrieved, so an observer may call it freely.
func (f *Future) Outcome() (result vm.Value, exc *vm.Exception, cancelled bool) {
	return f.result, f.exc, f.state == stateCancelled
}

// AsFuture returns the Go future behind a Future or Task value, also when the value is an
// instance of a Python subclass (such as gather's _GatheringFuture).
func AsFuture(v vm.Value) (*Future, bool) {
	f, ok := asFuture(v)
	if !ok {
		return nil, false
	}
	return f.base(), true
}

// AsTask returns the Go task behind a Task value, also of a Python subclass of Task.
func AsTask(v vm.Value) (*Task, bool) {
	f, ok := asFuture(v)
	if !ok {
		return nil, false
	}
	t, ok := f.(*Task)
	return t, ok
}

// Cause says on whose behalf the running loop runs code at this moment: the task whose step
// is running; else, inside a callback, the task that caused the callback to be scheduled.
// A nil task means the loop itself, and timer then reports whether a timer started the chain
// (a sleep's deadline, a timeout). With no loop running, Cause returns nil and false.
//
// Causes are only tracked while an Observer is installed, and not for a task's wake-up: while
// one runs (before the task's step), Cause reports the loop, and the Observer has the
// wake-up's cause from WakeScheduled.
func (s *State) Cause() (task *Task, timer bool) {
	l := s.Running()
	if l == nil {
		return nil, false
	}
	return l.causeNow()
}

// causeNow is Cause for one loop.
func (l *Loop) causeNow() (*Task, bool) {
	if l.current != nil {
		return l.current, false
	}
	if h := l.handle; h != nil {
		return h.cause, h.timer || h.byTimer
	}
	return nil, false
}

// noteCause records on a newly scheduled callback on whose behalf it was scheduled.
func (l *Loop) noteCause(h *Handle) {
	if l.state.Observer != nil {
		h.cause, h.byTimer = l.causeNow()
	}
}

// labelFunc is _asyncio._label(fut, name, arg=None, awaits=None): it labels fut for the
// timeline as name, or as name(repr(arg)) when arg is not None, and records the tasks that
// fut stands for: awaits is one task, or a list, tuple or set of futures (its tasks are
// kept). Callers pass what they already hold, so that the call allocates nothing when no
// Observer is installed; then it does nothing at all.
func labelFunc(st *State) vm.BuiltinFunc {
	return func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
		if st.Observer == nil || len(args) < 2 || len(kw) > 0 {
			return vm.None, nil
		}
		f, ok := AsFuture(args[0])
		name, isStr := args[1].(vm.Str)
		if !ok || !isStr {
			return nil, vm.Errorf(vm.TypeErrorType, "_label(fut, name, arg=None, awaits=None)")
		}
		var arg, awaits vm.Value
		if len(args) > 2 {
			arg = args[2]
		}
		if len(args) > 3 {
			awaits = args[3]
		}
		return vm.None, st.label(th, f, string(name), arg, awaits)
	}
}

// label labels f as _label(f, name, arg, awaits) does; arg and awaits may be nil.
func (s *State) label(th *vm.Thread, f *Future, name string, arg, awaits vm.Value) error {
	label := name
	if arg != nil && arg != vm.None {
		var err error
		if label, err = s.argLabel(th, name, arg); err != nil {
			return err
		}
	}
	if awaits == nil {
		// A note without tasks never changes: the futures of one label share it.
		f.note = s.sharedNote(label)
		return nil
	}
	note := &futureNote{label: label}
	var items []vm.Value
	switch x := awaits.(type) {
	case *vm.List:
		items = x.Items
	case vm.Tuple:
		items = x
	case *vm.Set:
		items = x.Items()
	default:
		items = []vm.Value{x}
	}
	for _, it := range items {
		if t, ok := AsTask(it); ok {
			note.awaits = append(note.awaits, t)
		}
	}
	f.note = note
	return nil
}

// sharedNote returns a note of label without tasks, made once for up to maxLabels labels.
func (s *State) sharedNote(label string) *futureNote {
	if note, ok := s.notes[label]; ok {
		return note
	}
	note := &futureNote{label: label}
	if len(s.notes) < maxLabels {
		if s.notes == nil {
			s.notes = map[string]*futureNote{}
		}
		s.notes[label] = note
	}
	return note
}

// labelKey is a label made of a name and a number, such as sleep(0.1): the labels a
// program makes over and over, which State.labels keeps.
type labelKey struct {
	name  string
	float bool   // the number is a float
	bits  uint64 // the int, or the float's bits (so that -0.0 is not 0.0)
}

// maxLabels bounds State.labels and State.notes.
const maxLabels = 256

// argLabel returns name(repr(arg)), reusing the label made last time for a number.
func (s *State) argLabel(th *vm.Thread, name string, arg vm.Value) (string, error) {
	var key labelKey
	known := false
	switch x := arg.(type) {
	case vm.Int:
		key, known = labelKey{name, false, uint64(x)}, true
	case vm.Float:
		key, known = labelKey{name, true, math.Float64bits(float64(x))}, true
	}
	if known {
		if label, ok := s.labels[key]; ok {
			return label, nil
		}
	}
	r, err := vm.Repr(th, arg)
	if err != nil {
		return "", err
	}
	label := name + "(" + r + ")"
	if known && len(s.labels) < maxLabels {
		if s.labels == nil {
			s.labels = map[labelKey]string{}
		}
		s.labels[key] = label
	}
	return label, nil
}

// BlockingObserver is an Observer that also wants to know what each blocking call is.
type BlockingObserver interface {
	Observer
	// BlockingCall is told, just before the virtual clock advances for a blocking call,
	// what the call is ("time.sleep(2)").
	BlockingCall(label string)
}

// AnnounceBlocking tells the interpreter's Observer, if it is a BlockingObserver, that the
// blocking call `call(arg)` is about to advance the virtual clock. Standard-library functions
// that block (time.sleep) call it; it costs a map lookup when no timeline is recording.
func AnnounceBlocking(th *vm.Thread, call string, arg vm.Value) {
	in := th.Interp
	if in == nil || in.Ext == nil {
		return
	}
	s, ok := in.Ext[stateKey{}].(*State)
	if !ok || s.Observer == nil {
		return
	}
	b, ok := s.Observer.(BlockingObserver)
	if !ok {
		return
	}
	label := call
	if arg != nil {
		r, err := vm.Repr(th, arg)
		if err != nil {
			r = "…"
		}
		label += "(" + r + ")"
	}
	b.BlockingCall(label)
}
