package engine

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/asobiba/asobiba/runtime/vm"
)

// shortRepr is repr(v) for the timeline, cut to about max runes, computed without running
// any Python code: the timeline is recorded from inside the event loop's machinery, where a
// user's __repr__ must not run (it could print, fail or loop). Values of builtin types are
// written as Python writes them (containers as far as max allows), exceptions as
// Class(args...) like BaseException.__repr__, and any other object as <Class object>, which
// — unlike CPython's default repr — shows no address, so that timelines are deterministic.
func shortRepr(v vm.Value, max int) string {
	// The commonest results, written without a builder: every task of a big run records one.
	switch x := v.(type) {
	case *vm.NoneType:
		return "None"
	case vm.Bool:
		if x {
			return "True"
		}
		return "False"
	case vm.Int:
		if s := strconv.FormatInt(int64(x), 10); len(s) <= max {
			return s
		}
	}
	w := &reprWriter{max: max}
	w.value(v, 0)
	s := w.b.String()
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	n := 0
	for i := range s {
		if n == max-1 {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

// reprWriter builds a repr and stops early once it is longer than max bytes.
type reprWriter struct {
	b   strings.Builder
	max int
}

// full reports whether enough has been written.
func (w *reprWriter) full() bool { return w.b.Len() > 4*w.max }

// maxDepth is how deep shortRepr goes into nested containers.
const maxDepth = 4

func (w *reprWriter) value(v vm.Value, depth int) {
	if w.full() {
		return
	}
	switch x := v.(type) {
	case vm.Str, vm.Int, vm.Float, vm.Bool, *vm.NoneType, *vm.BigInt, vm.Bytes, vm.Complex:
		s, err := vm.Repr(nil, x)
		if err != nil {
			s = "<" + v.Type().Name + ">"
		}
		w.b.WriteString(s)
	case *vm.List:
		w.seq("[", "]", x.Items, depth)
	case vm.Tuple:
		if len(x) == 1 {
			w.seq("(", ",)", x, depth)
		} else {
			w.seq("(", ")", x, depth)
		}
	case *vm.Set:
		if x.Len() == 0 {
			w.b.WriteString("set()")
		} else {
			w.seq("{", "}", x.Items(), depth)
		}
	case *vm.Dict:
		w.dict(x, depth)
	case *vm.Exception:
		w.b.WriteString(x.Class.Name)
		w.seq("(", ")", x.Args, depth)
	default:
		w.b.WriteString("<" + v.Type().Name + " object>")
	}
}

func (w *reprWriter) seq(open, close string, items []vm.Value, depth int) {
	w.b.WriteString(open)
	if depth >= maxDepth && len(items) > 0 {
		w.b.WriteString("...")
	} else {
		for i, it := range items {
			if i > 0 {
				w.b.WriteString(", ")
			}
			if w.full() {
				w.b.WriteString("...")
				break
			}
			w.value(it, depth+1)
		}
	}
	w.b.WriteString(close)
}

func (w *reprWriter) dict(d *vm.Dict, depth int) {
	w.b.WriteString("{")
	if depth >= maxDepth && d.Len() > 0 {
		w.b.WriteString("...")
	} else {
		first := true
		d.Items(func(k, v vm.Value) bool {
			if !first {
				w.b.WriteString(", ")
			}
			first = false
			if w.full() {
				w.b.WriteString("...")
				return false
			}
			w.value(k, depth+1)
			w.b.WriteString(": ")
			w.value(v, depth+1)
			return true
		})
	}
	w.b.WriteString("}")
}
