package pythread

// Reporting the threads' lives to a timeline.
//
// A recording timeline installs an Observer in Interp.Ext under ObserverKey before the
// program runs; the scheduler picks it up when it is created and tells it when a thread
// starts, takes the baton, waits and ends. Without one each report costs a nil check.

import (
	"strings"

	"github.com/asobiba/asobiba/runtime/vm"
)

// Observer is told about the program's threads; the timeline recorder implements it. Its
// methods are called on the thread that holds the baton and must not run Python code.
type Observer interface {
	// ThreadStarted is called when parent starts th, named name; th is runnable.
	ThreadStarted(parent, th *vm.Thread, name string)
	// ThreadRunning is called when th takes the baton.
	ThreadRunning(th *vm.Thread)
	// ThreadWaiting is called when th gives up the baton: it waits for what label says
	// ("Thread.join", "Queue.get", "Lock"), or, when label is "", it is still runnable and
	// lets the others have a turn.
	ThreadWaiting(th *vm.Thread, label string)
	// ThreadEnded is called when th has finished.
	ThreadEnded(th *vm.Thread)
	// ThreadNamed is called when th takes on the identity of something named name (a
	// multiprocessing process runs as a thread named MainThread).
	ThreadNamed(th *vm.Thread, name string)
}

// ObserverKey is the Interp.Ext key under which a recording timeline installs its Observer.
type ObserverKey struct{}

// observer returns the interpreter's Observer, or nil.
func observer(in *vm.Interp) Observer {
	o, _ := in.Ext[ObserverKey{}].(Observer)
	return o
}

// waitLabel names what t waits for, as a learner would write it: the call of the standard
// library that the program made ("Thread.join", "Event.wait", "Queue.get",
// "Future.result"). It is the outermost public function among the standard-library frames
// on top of t's stack — Event.wait rather than the Condition.wait it uses inside. When a
// thread of the library itself waits (an executor's worker waiting for work) there is no
// program frame below them, and the thread's own run method does not count. When the
// program blocks on a lock directly, what the scheduler says is used ("Lock", "RLock").
func waitLabel(t *T, what string) string {
	label := ""
	for f := t.th.CurrentFrame(); f != nil && f.Code != nil; f = f.Back {
		if !strings.HasPrefix(f.Code.Filename, "<stdlib>/") {
			break
		}
		if name := f.Code.Name; name != "" && name[0] != '_' && f.Code.QualName != "Thread.run" && !strings.Contains(f.Code.QualName, "<locals>") {
			label = f.Code.QualName
		}
	}
	if label != "" {
		return label
	}
	switch what {
	case "a lock":
		return "Lock"
	case "an RLock":
		return "RLock"
	}
	return what
}

// idleLoop is what an event loop waiting for the other threads waits for (Idle).
const idleLoop = "the event loop"

// reportWaiting tells the observer, if any, that t gives up the baton waiting for what
// (the scheduler's description), or runnable when what is "".
func (s *Scheduler) reportWaiting(t *T, what string) {
	if s.obs == nil {
		return
	}
	label := what
	if what != "" && what != idleLoop {
		label = waitLabel(t, what)
	}
	s.obs.ThreadWaiting(t.th, label)
}
