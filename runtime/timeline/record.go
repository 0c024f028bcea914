package timeline

// The Recorder's compact records: what a Span, Instant or Link holds, without pointers.
// Kinds and texts are indexes into the Recorder's textTable, times indexes into its times.
// A span takes 28 bytes instead of a Span's 72 and the strings it points to; the records
// of a big run are megabytes, which are memory to fault in and caches to fill.

// laneRec is a Lane while it is being recorded. A numbered lane (num >= 0) is named by its
// name text followed by num in decimal ("Task-" and 7 make "Task-7"), so that a hundred
// thousand tasks named by the default scheme cost no string each until Finish.
type laneRec struct {
	created          stampRec
	parent, num      int32
	kind, name, coro textID
}

// spanRec is a Span while it is being recorded.
type spanRec struct {
	start, end  stampRec
	lane        int32
	kind, label textID
}

// instantRec is an Instant while it is being recorded.
type instantRec struct {
	at                 stampRec
	lane               int32
	kind, text, stream textID
}

// linkRec is a Link while it is being recorded.
type linkRec struct {
	at          stampRec
	from, to    int32
	kind, label textID
}

// stampRec is a Stamp while it is being recorded: the index of its time in the Recorder's
// times, where the records made one after another at one virtual time share one entry, and
// its sequence number. It takes half a Stamp's room; a recording has fewer than 2³² stamps.
type stampRec struct{ t, seq uint32 }

// textID is a text's index in a textTable; 0 is the empty text.
type textID uint32

// textTable stores the texts of records, each cleaned (see clean). The kinds and streams
// have fixed IDs. Other texts that recur — "sleep(0.1)", "timer", "None" — are looked up and
// stored once, up to maxShared distinct texts; beyond that new texts are stored without
// being looked up, so that a run with ten thousand different results does not grow a map
// of them, and the map stays small enough to be quick.
//
// In front of the map, recent holds texts recently looked up, in slots chosen from their
// length and end bytes: the labels of one run are few and come again and again, and a slot
// compares faster than the map hashes.
type textTable struct {
	list   []string
	shared map[string]textID
	recent [recentSlots]sharedText
}

// sharedText is a text and its ID.
type sharedText struct {
	s  string
	id textID
}

// recentSlots is the number of slots in textTable.recent, a power of two.
const recentSlots = 32

// maxShared is how many distinct texts a textTable looks up before it stops sharing new ones.
const maxShared = 512

// fixedTexts are the texts with fixed IDs (1, 2, ...): every kind of record and the streams.
var fixedTexts = []string{
	string(SpanRunning), string(SpanWaiting), string(SpanBlocking),
	string(InstantCreated), string(InstantCancelRequested), string(InstantCancelled), string(InstantDone),
	string(InstantRaised), string(InstantPrint), string(InstantWarning),
	string(LinkWake), string(LinkAwait), string(LinkCancel),
	"stdout", "stderr",
}

func (t *textTable) init() {
	t.list = append([]string{""}, fixedTexts...)
	t.shared = make(map[string]textID, 64)
}

// fixedID returns the fixed ID of s, or 0 when it has none.
func fixedID(s string) textID {
	switch s {
	case "running":
		return 1
	case "waiting":
		return 2
	case "blocking":
		return 3
	case "created":
		return 4
	case "cancel_requested":
		return 5
	case "cancelled":
		return 6
	case "done":
		return 7
	case "raised":
		return 8
	case "print":
		return 9
	case "warning":
		return 10
	case "wake":
		return 11
	case "await":
		return 12
	case "cancel":
		return 13
	case "stdout":
		return 14
	case "stderr":
		return 15
	}
	return 0
}

// kind returns the ID of a kind or stream.
func (t *textTable) kind(s string) textID {
	if id := fixedID(s); id != 0 {
		return id
	}
	return t.id(s)
}

// id returns the ID of s, storing it when it is new.
func (t *textTable) id(s string) textID {
	if s == "" {
		return 0
	}
	slot := &t.recent[(len(s)*7+int(s[0])*3+int(s[len(s)-1]))&(recentSlots-1)]
	if slot.s == s {
		return slot.id
	}
	if id, ok := t.shared[s]; ok {
		*slot = sharedText{s, id}
		return id
	}
	id := textID(len(t.list))
	t.list = append(t.list, clean(s))
	if len(t.shared) < maxShared {
		t.shared[s] = id
		*slot = sharedText{s, id}
	}
	return id
}
