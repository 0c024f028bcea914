// Package timeline records the life of every task of an asyncio program as plain data — lanes,
// spans, instants and links — and draws it (JSON, Chrome trace, SVG, text).
//
// The package is a leaf: it knows nothing of the VM. The runtime reports what happens through
// the Recorder's methods, using small integers for lanes and strings for labels; exporters
// read the resulting Timeline. Every record carries two clocks, because at one virtual
// instant many steps happen and their order is the lesson: the virtual time in seconds and a
// sequence number that increases with every record.
package timeline

// SchemaVersion is the version of the JSON document Encode writes. Bump it on any change of
// field names or meanings, and describe the change in schema.md.
const SchemaVersion = 1

// Stamp is a point in a run: virtual time and the record's sequence number.
type Stamp struct {
	T   float64 `json:"t"`
	Seq int64   `json:"seq"`
}

// LaneKind says what a lane shows.
type LaneKind string

// The lane kinds.
const (
	LaneLoop   LaneKind = "loop"   // the event loop itself: idle time until the next timer, warnings
	LaneTask   LaneKind = "task"   // one asyncio task
	LaneThread LaneKind = "thread" // a thread, executor worker or process
	LaneServer LaneKind = "server" // a simulated server
)

// Lane is one horizontal track of the timeline.
type Lane struct {
	ID   int      `json:"id"`
	Kind LaneKind `json:"kind"`
	Name string   `json:"name"`
	// Coro is the coroutine's qualified name for task lanes ("main", "fetch").
	Coro string `json:"coro,omitempty"`
	// Parent is the lane of the task that created this one, or -1.
	Parent  int   `json:"parent"`
	Created Stamp `json:"created"`
}

// SpanKind says what a lane was doing during a span.
type SpanKind string

// The span kinds.
const (
	SpanRunning  SpanKind = "running"  // a task step: the task held the loop
	SpanWaiting  SpanKind = "waiting"  // between steps, waiting for Label; on the loop lane, idle
	SpanBlocking SpanKind = "blocking" // a call that held the loop while the clock moved (time.sleep)
)

// Span is an interval of one lane.
type Span struct {
	Lane  int      `json:"lane"`
	Kind  SpanKind `json:"kind"`
	Start Stamp    `json:"start"`
	End   Stamp    `json:"end"`
	// Label says what a waiting span waits for ("sleep(1.0)", "Task-3", "Queue.get") or
	// what a blocking span was ("time.sleep(2)").
	Label string `json:"label,omitempty"`
}

// InstantKind says what happened at an instant.
type InstantKind string

// The instant kinds.
const (
	InstantCreated         InstantKind = "created"
	InstantCancelRequested InstantKind = "cancel_requested"
	InstantCancelled       InstantKind = "cancelled" // CancelledError delivered into the task
	InstantDone            InstantKind = "done"      // finished with a result
	InstantRaised          InstantKind = "raised"    // finished with an exception
	InstantPrint           InstantKind = "print"     // wrote to stdout or stderr
	InstantWarning         InstantKind = "warning"
)

// Instant is something that happened at one point of a lane.
type Instant struct {
	Lane int         `json:"lane"`
	Kind InstantKind `json:"kind"`
	At   Stamp       `json:"at"`
	// Text is the result repr (trimmed), the exception, the printed text or the warning.
	Text string `json:"text,omitempty"`
	// Stream is "stdout" or "stderr" for prints.
	Stream string `json:"stream,omitempty"`
}

// LinkKind says what a link means.
type LinkKind string

// The link kinds.
const (
	LinkWake   LinkKind = "wake"   // From's action (a result, a timer, a release) woke To
	LinkAwait  LinkKind = "await"  // From awaits To (the await graph)
	LinkCancel LinkKind = "cancel" // From asked To to cancel
)

// Link relates two lanes at a moment.
type Link struct {
	Kind  LinkKind `json:"kind"`
	From  int      `json:"from"`
	To    int      `json:"to"`
	At    Stamp    `json:"at"`
	Label string   `json:"label,omitempty"`
}

// Timeline is a whole run.
//
// Invariants (Recorder guarantees them, Decode checks them): Lanes[i].ID == i; every lane
// reference is an index into Lanes; a span never ends before it starts; Spans are ordered by
// Start.Seq, Instants by At.Seq and Links by At.Seq. Spans of one lane do not overlap, except
// that a blocking span lies inside the running span of the step that made the blocking call.
type Timeline struct {
	Version  int       `json:"version"`
	Lanes    []Lane    `json:"lanes"`
	Spans    []Span    `json:"spans"`
	Instants []Instant `json:"instants"`
	Links    []Link    `json:"links"`
	// End is when the run ended.
	End Stamp `json:"end"`
}
