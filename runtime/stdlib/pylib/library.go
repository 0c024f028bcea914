package pylib

import (
	"encoding/binary"
	"errors"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
)

// library is where the sources come from: the list of every file, and a way to read one.
type library struct {
	paths []string        // every source file, sorted
	files map[string]bool // the same, as a set
	fetch func(path string) ([]byte, error)

	// deferred are the files whose text Source leaves out (it returns nil for them), since
	// their compiled code is shipped: only a traceback that shows one of their lines reads
	// them (see vm.SetDeferredSource).
	deferred map[string]bool

	mu    sync.Mutex
	texts map[string][]byte // files read so far (or given up front)
}

var lib atomic.Pointer[library]

// current returns the library in use; an engine built with stdlibfetch that has not been
// given one has no Python modules at all.
func current() *library {
	if l := lib.Load(); l != nil {
		return l
	}
	return &library{}
}

func newLibrary(paths []string, texts map[string][]byte, fetch func(string) ([]byte, error)) *library {
	l := &library{paths: slices.Sorted(slices.Values(paths)), files: map[string]bool{}, fetch: fetch, texts: texts}
	for _, p := range paths {
		l.files[p] = true
	}
	if l.texts == nil {
		l.texts = map[string][]byte{}
	}
	return l
}

func (l *library) has(path string) bool { return l.files[path] }

// read returns a file's text, fetching it on first use. A failed fetch is not remembered,
// so that the next import tries again.
func (l *library) read(path string) ([]byte, error) {
	if !l.files[path] {
		return nil, msgfmt.Errorf("pylib: no file %s", path)
	}
	l.mu.Lock()
	data, ok := l.texts[path]
	l.mu.Unlock()
	if ok {
		return data, nil
	}
	if l.fetch == nil {
		return nil, msgfmt.Errorf("pylib: %s is not available in this build", path)
	}
	data, err := l.fetch(path)
	if err != nil {
		return nil, err
	}
	l.mu.Lock()
	l.texts[path] = data
	l.mu.Unlock()
	return data, nil
}

// unreadable returns the source given to a module whose file could not be read: importing
// it raises ImportError with the reason.
func unreadable(module string, err error) []byte {
	msg := msgfmt.Sprintf("cannot load the standard library module %s: %v", module, err)
	return msgfmt.Appendf(nil, "raise ImportError(%s, name=%s)\n", strconv.QuoteToASCII(msg), strconv.QuoteToASCII(module))
}

// A bundle lists every source file and holds the text of some of them:
//
//	"PYLB" version count (path-length path kind [text-length text])...
//
// with lengths as unsigned varints and kind one byte: textFetched, textHeld (the text
// follows) or textDeferred.
const (
	bundleMagic   = "PYLB"
	bundleVersion = 2
)

// The kinds of files in a bundle.
const (
	textFetched  = 0 // fetched when the module is first imported
	textHeld     = 1 // in the bundle
	textDeferred = 2 // fetched only when its lines are shown (see the field library.deferred)
)

// EncodeBundle writes a bundle of every file this build provides, holding the text of
// those named in withText and deferring those named in deferred (the rest are fetched when
// imported; see UseBundle).
func EncodeBundle(withText, deferred []string) ([]byte, error) {
	kinds := map[string]byte{}
	for kind, list := range map[byte][]string{textHeld: withText, textDeferred: deferred} {
		for _, p := range list {
			if !current().has(p) {
				return nil, msgfmt.Errorf("pylib: no file %s", p)
			}
			kinds[p] = kind
		}
	}
	paths := Paths()
	out := append([]byte(bundleMagic), bundleVersion)
	out = binary.AppendUvarint(out, uint64(len(paths)))
	for _, p := range paths {
		out = binary.AppendUvarint(out, uint64(len(p)))
		out = append(out, p...)
		out = append(out, kinds[p])
		if kinds[p] != textHeld {
			continue
		}
		data, err := ReadFile(p)
		if err != nil {
			return nil, err
		}
		out = binary.AppendUvarint(out, uint64(len(data)))
		out = append(out, data...)
	}
	return out, nil
}

// UseBundle makes the files listed in a bundle written by EncodeBundle the library's
// sources, for the whole process. The texts it holds are used as they are; fetch is called,
// when a module is first imported, for the others, except the deferred ones, which Source
// gives as nil and ReadFile fetches. fetch must be safe to call from several
// goroutines. The data must not change afterwards.
func UseBundle(data []byte, fetch func(path string) ([]byte, error)) error {
	bad := errors.New("pylib: the source bundle is damaged")
	if len(data) < len(bundleMagic)+1 || string(data[:len(bundleMagic)]) != bundleMagic {
		return bad
	}
	if v := data[len(bundleMagic)]; v != bundleVersion {
		return msgfmt.Errorf("pylib: source bundle version %d, want %d", v, bundleVersion)
	}
	pos := len(bundleMagic) + 1
	next := func() ([]byte, bool) {
		n, k := binary.Uvarint(data[pos:])
		if k <= 0 || n > uint64(len(data)-pos-k) {
			return nil, false
		}
		pos += k
		b := data[pos : pos+int(n)]
		pos += int(n)
		return b, true
	}
	count, k := binary.Uvarint(data[pos:])
	if k <= 0 || count > uint64(len(data)) {
		return bad
	}
	pos += k
	paths := make([]string, 0, count)
	texts := map[string][]byte{}
	deferred := map[string]bool{}
	for range count {
		p, ok := next()
		if !ok || pos >= len(data) {
			return bad
		}
		path := string(p)
		paths = append(paths, path)
		kind := data[pos]
		pos++
		switch kind {
		case textFetched:
		case textHeld:
			text, ok := next()
			if !ok {
				return bad
			}
			texts[path] = text
		case textDeferred:
			deferred[path] = true
		default:
			return bad
		}
	}
	if pos != len(data) {
		return bad
	}
	l := newLibrary(paths, texts, fetch)
	l.deferred = deferred
	lib.Store(l)
	return nil
}
