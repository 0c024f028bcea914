package asyncio

import (
	"strconv"
	"strings"

	"github.com/asobiba/asobiba/runtime/vm"
)

// sender is implemented by the VM's generators and coroutines (*vm.Generator): resuming them
// directly is much cheaper than looking up and calling their send/throw methods, and a
// coroutine that returns reports its value without a StopIteration being built.
type sender interface {
	Send(th *vm.Thread, v vm.Value) (vm.Value, bool, error)
	Throw(th *vm.Thread, exc *vm.Exception) (vm.Value, bool, error)
}

// resume sends None into coro, or throws exc into it. It returns what the coroutine yielded,
// or done=true and the value it returned, or the error it ended with.
func resume(th *vm.Thread, coro vm.Value, exc *vm.Exception) (vm.Value, bool, error) {
	if g, ok := coro.(*vm.Generator); ok { // the common case, without an interface look-up
		if exc == nil {
			return g.Send(th, vm.None)
		}
		return g.Throw(th, exc)
	}
	if s, ok := coro.(sender); ok {
		if exc == nil {
			return s.Send(th, vm.None)
		}
		return s.Throw(th, exc)
	}
	var v vm.Value
	var err error
	if exc == nil {
		v, err = callMethod(th, coro, "send", []vm.Value{vm.None}, nil)
	} else {
		v, err = callMethod(th, coro, "throw", []vm.Value{exc}, nil)
	}
	return v, false, err
}

// callMethod calls obj.name(*args).
func callMethod(th *vm.Thread, obj vm.Value, name string, args []vm.Value, kwnames []string) (vm.Value, error) {
	m, err := vm.GetAttr(th, obj, name)
	if err != nil {
		return nil, err
	}
	return vm.Call(th, m, args, kwnames)
}

// stopIterationValue is StopIteration.value.
func stopIterationValue(th *vm.Thread, e *vm.Exception) (vm.Value, error) {
	v, err := vm.GetAttr(th, e, "value")
	if err != nil {
		if len(e.Args) > 0 {
			return e.Args[0], nil
		}
		return vm.None, nil
	}
	return v, nil
}

// isCoroutine is asyncio.iscoroutine: a native coroutine or anything implementing the
// collections.abc.Coroutine protocol.
func isCoroutine(v vm.Value) bool {
	if _, ok := v.(*vm.Generator); ok {
		// Generator objects are of builtin types, which no program can change: of them,
		// only coroutines have all four methods.
		return v.Type() == vm.CoroutineType
	}
	t := v.Type()
	for _, name := range [...]string{"send", "throw", "close", "__await__"} {
		if t.Lookup(name) == nil {
			return false
		}
	}
	return true
}

// isGenerator reports whether v is a generator object.
func isGenerator(v vm.Value) bool {
	t := v.Type()
	return t.Name == "generator" && t.Module == "builtins"
}

// pythonFutureBlocking reads _asyncio_future_blocking of a future-like object written in
// Python; ok is false when its class does not advertise one.
func pythonFutureBlocking(th *vm.Thread, v vm.Value) (blocking, ok bool, err error) {
	if v.Type().Lookup("_asyncio_future_blocking") == nil {
		return false, false, nil
	}
	b, err := vm.GetAttr(th, v, "_asyncio_future_blocking")
	if err != nil || b == vm.None {
		return false, false, err
	}
	blocking, err = vm.Truth(th, b)
	return blocking, true, err
}

func msgOrNone(v vm.Value) vm.Value {
	if v == nil {
		return vm.None
	}
	return v
}

// formatCoroutine is coroutines._format_coroutine: "main() running at x.py:5" or
// "boom() done, defined at x.py:3".
func formatCoroutine(th *vm.Thread, coro vm.Value) (string, error) {
	name := "<" + coro.Type().Name + " without __name__>"
	if q, err := vm.GetAttr(th, coro, "__qualname__"); err == nil {
		if s, ok := q.(vm.Str); ok && s != "" {
			name = string(s)
		}
	}
	name += "()"
	code := optionalAttr(th, coro, "cr_code", "gi_code")
	if code == nil {
		return name, nil
	}
	filename := "<empty co_filename>"
	if f, ok := optionalAttr(th, code, "co_filename").(vm.Str); ok && f != "" {
		filename = string(f)
	}
	if frame := optionalAttr(th, coro, "gi_frame", "cr_frame"); frame != nil {
		line, err := vm.Repr(th, optionalAttr(th, frame, "f_lineno"))
		if err != nil {
			return "", err
		}
		return name + " running at " + filename + ":" + line, nil
	}
	line, err := vm.Repr(th, optionalAttr(th, code, "co_firstlineno"))
	if err != nil {
		return "", err
	}
	return name + " done, defined at " + filename + ":" + line, nil
}

// optionalAttr returns the first of the named attributes that exists and is not None.
func optionalAttr(th *vm.Thread, obj vm.Value, names ...string) vm.Value {
	for _, n := range names {
		v, err := vm.GetAttr(th, obj, n)
		if err == nil && v != vm.None {
			return v
		}
	}
	return nil
}

// formatCallback is format_helpers._format_callback: "qualname(args...)".
func formatCallback(th *vm.Thread, fn vm.Value, args []vm.Value) (string, error) {
	name, err := callableName(th, fn)
	if err != nil {
		return "", err
	}
	parts := make([]string, len(args))
	for i, a := range args {
		if parts[i], err = shortRepr(th, a); err != nil {
			return "", err
		}
	}
	s := name + "(" + join(parts, ", ") + ")"
	if src := functionSource(th, fn); src != "" {
		s += " at " + src
	}
	return s, nil
}

// formatCallbackSource is format_helpers._format_callback_source(fn, ()).
func formatCallbackSource(th *vm.Thread, fn vm.Value) (string, error) {
	return formatCallback(th, fn, nil)
}

func callableName(th *vm.Thread, fn vm.Value) (string, error) {
	for _, attr := range [...]string{"__qualname__", "__name__"} {
		if v, err := vm.GetAttr(th, fn, attr); err == nil {
			if s, ok := v.(vm.Str); ok && s != "" {
				return string(s), nil
			}
		}
	}
	return vm.Repr(th, fn)
}

// functionSource is "file:line" of a Python function (format_helpers._get_function_source).
func functionSource(th *vm.Thread, fn vm.Value) string {
	code := optionalAttr(th, fn, "__code__")
	if code == nil {
		return ""
	}
	f, ok := optionalAttr(th, code, "co_filename").(vm.Str)
	if !ok {
		return ""
	}
	line, err := vm.Repr(th, optionalAttr(th, code, "co_firstlineno"))
	if err != nil {
		return ""
	}
	return string(f) + ":" + line
}

// shortRepr is reprlib.repr for the values futures usually hold: long reprs are cut in the
// middle to 30 characters as reprlib does for strings and other objects.
func shortRepr(th *vm.Thread, v vm.Value) (string, error) {
	r, err := vm.Repr(th, v)
	if err != nil {
		return "", err
	}
	limit := 30
	switch v.(type) {
	case vm.Int:
		limit = 40
	case *vm.List, vm.Tuple, *vm.Dict:
		return r, nil
	}
	runes := []rune(r)
	if len(runes) <= limit {
		return r, nil
	}
	i := (limit - 3) / 2
	j := limit - 3 - i
	return string(runes[:i]) + "..." + string(runes[len(runes)-j:]), nil
}

func pyStrRepr(s string) string {
	r, err := vm.Repr(nil, vm.Str(s))
	if err != nil {
		return strconv.Quote(s)
	}
	return r
}

func floatRepr(f float64) string {
	r, err := vm.Repr(nil, vm.Float(f))
	if err != nil {
		return strconv.FormatFloat(f, 'g', -1, 64)
	}
	return r
}

func lower(s string) string                  { return strings.ToLower(s) }
func itoa(n int) string                      { return strconv.Itoa(n) }
func join(parts []string, sep string) string { return strings.Join(parts, sep) }
