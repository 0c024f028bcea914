// Package pyio implements Python's io module: in-memory streams (StringIO, BytesIO), the
// class hierarchy that isinstance checks use (IOBase, TextIOBase, ...), and TextIOWrapper,
// which is the class of sys.stdout. io.open is builtins.open, which works on the run's
// in-memory file system (package vfs, module _fileio). The package is named pyio so that it does not shadow Go's io.
package pyio

import (
	"strings"

	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// The io class hierarchy.
var (
	IOBaseType         = modkit.NewClass("io", "IOBase", nil)
	RawIOBaseType      = modkit.NewClass("io", "RawIOBase", IOBaseType)
	BufferedIOBaseType = modkit.NewClass("io", "BufferedIOBase", IOBaseType)
	TextIOBaseType     = modkit.NewClass("io", "TextIOBase", IOBaseType)
	StringIOType       = modkit.NewClass("io", "StringIO", TextIOBaseType)
	BytesIOType        = modkit.NewClass("io", "BytesIO", BufferedIOBaseType)
	// UnsupportedOperationType is io.UnsupportedOperation (an OSError and a ValueError).
	UnsupportedOperationType = func() *vm.Type {
		t := &vm.Type{Name: "UnsupportedOperation", QualName: "UnsupportedOperation", Module: "io",
			Flags: vm.FlagBaseType | vm.FlagHeapType, Dict: vm.NewDict(),
			Bases: []*vm.Type{vm.OSErrorType, vm.ValueErrorType}, Solid: vm.BaseExceptionType}
		mro, err := vm.ComputeMRO(t, t.Bases)
		if err != nil {
			panic(err)
		}
		t.MRO = mro
		vm.LinkSubclass(t)
		return t
	}()
)

// memFile is the payload of StringIO and BytesIO: a growable buffer of runes (StringIO) or
// bytes (BytesIO, stored one byte per rune) and a position.
type memFile struct {
	cls    *vm.Type
	buf    []rune
	pos    int
	closed bool
	binary bool
	// newline is StringIO's newline argument: "\n" (the default), "", "\r", "\r\n", or
	// "none" for None (universal newlines: "\r\n" and "\r" become "\n" when written).
	newline string
}

// Type returns StringIO or BytesIO.
func (f *memFile) Type() *vm.Type { return f.cls }

func (f *memFile) check() error {
	if f.closed {
		return vm.Errorf(vm.ValueErrorType, "I/O operation on closed file.")
	}
	return nil
}

func (f *memFile) value(s []rune) vm.Value {
	if f.binary {
		b := make([]byte, len(s))
		for i, r := range s {
			b[i] = byte(r)
		}
		return vm.Bytes(b)
	}
	return vm.Str(string(s))
}

// input converts a write argument to runes.
func (f *memFile) input(th *vm.Thread, v vm.Value) ([]rune, error) {
	if f.binary {
		b, ok, err := modkit.Buffer(th, v)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, vm.Errorf(vm.TypeErrorType, "a bytes-like object is required, not '%s'", v.Type().Name)
		}
		out := make([]rune, len(b))
		for i, c := range b {
			out[i] = rune(c)
		}
		return out, nil
	}
	s, ok := modkit.Str(v)
	if !ok {
		return nil, vm.Errorf(vm.TypeErrorType, "string argument expected, got '%s'", v.Type().Name)
	}
	switch f.newline {
	case "none":
		s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	case "\r", "\r\n":
		s = strings.ReplaceAll(s, "\n", f.newline)
	}
	return []rune(s), nil
}

// lineEnd reports the length of the line terminator starting at buf[i], or 0: "\n" by
// default, any of "\n", "\r" and "\r\n" for newline "", and the newline itself otherwise.
func (f *memFile) lineEnd(i int) int {
	c := f.buf[i]
	switch f.newline {
	case "":
		if c == '\n' {
			return 1
		}
		if c == '\r' {
			if i+1 < len(f.buf) && f.buf[i+1] == '\n' {
				return 2
			}
			return 1
		}
	case "\r":
		if c == '\r' {
			return 1
		}
	case "\r\n":
		if c == '\r' && i+1 < len(f.buf) && f.buf[i+1] == '\n' {
			return 2
		}
	default:
		if c == '\n' {
			return 1
		}
	}
	return 0
}

func (f *memFile) write(rs []rune) {
	for len(f.buf) < f.pos {
		f.buf = append(f.buf, 0)
	}
	end := f.pos + len(rs)
	if end > len(f.buf) {
		f.buf = append(f.buf[:f.pos], rs...)
	} else {
		copy(f.buf[f.pos:], rs)
	}
	f.pos = end
}

func (f *memFile) readLine(limit int) []rune {
	if f.pos >= len(f.buf) {
		return nil
	}
	end := f.pos
	for end < len(f.buf) && (limit < 0 || end-f.pos < limit) {
		if f.binary {
			end++
			if f.buf[end-1] == '\n' {
				break
			}
			continue
		}
		if n := f.lineEnd(end); n > 0 {
			if limit >= 0 && end+n-f.pos > limit {
				n = limit - (end - f.pos)
			}
			end += n
			break
		}
		end++
	}
	out := f.buf[f.pos:end]
	f.pos = end
	return out
}

// sizeArg converts an optional size argument (None or missing means -1).
func sizeArg(th *vm.Thread, v vm.Value) (int, error) {
	if v == nil || v == vm.None {
		return -1, nil
	}
	n, err := modkit.Int64(th, v)
	return int(n), err
}

func newMemFile(th *vm.Thread, args []vm.Value, kwnames []string, binary bool) (vm.Value, error) {
	cls := args[0].(*vm.Type)
	name, params := "StringIO", "initial_value=, newline="
	if binary {
		name, params = "BytesIO", "initial_bytes="
	}
	a, err := modkit.NewSig(name, params).Bind(args[1:], kwnames)
	if err != nil {
		return nil, err
	}
	base := StringIOType
	if binary {
		base = BytesIOType
	}
	f := &memFile{cls: base, binary: binary, newline: "\n"}
	if !binary && a[1] != nil {
		switch nl := a[1].(type) {
		case vm.Str:
			switch nl {
			case "", "\n", "\r", "\r\n":
				f.newline = string(nl)
			default:
				r, _ := vm.Repr(th, nl)
				return nil, vm.Errorf(vm.ValueErrorType, "illegal newline value: %s", r)
			}
		default:
			if a[1] != vm.None {
				return nil, vm.Errorf(vm.TypeErrorType, "newline must be str or None, not %s", a[1].Type().Name)
			}
			f.newline = "none"
		}
	}
	if a[0] != nil && a[0] != vm.None {
		rs, err := f.input(th, a[0])
		if err != nil {
			if !binary {
				return nil, vm.Errorf(vm.TypeErrorType, "initial_value must be str or None, not %s", a[0].Type().Name)
			}
			return nil, err
		}
		f.buf = rs
	}
	return modkit.NewInstance(cls, f), nil
}

// initMemFiles gives StringIO and BytesIO their methods; setup calls it.
func initMemFiles() {
	for _, t := range []*vm.Type{StringIOType, BytesIOType} {
		binary := t == BytesIOType
		t.AddStaticMethod("__new__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			return newMemFile(th, args, kwnames, binary)
		})
		t.AddMethod("__init__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			return vm.None, nil
		})
		addMethods(t)
	}
	IOBaseType.AddMethod("__enter__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return args[0], nil
	})
	IOBaseType.AddMethod("__exit__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		_, err := vm.Call(th, mustAttr(th, args[0], "close"), nil, nil)
		return vm.None, err
	})
}

func mustAttr(th *vm.Thread, v vm.Value, name string) vm.Value {
	a, err := vm.GetAttr(th, v, name)
	if err != nil {
		return vm.NewBuiltin("io", name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			return nil, err
		})
	}
	return a
}

func addMethods(t *vm.Type) {
	method := func(name, params string, fn func(th *vm.Thread, f *memFile, a []vm.Value) (vm.Value, error)) {
		modkit.Method(t, name, params, func(th *vm.Thread, f *memFile, a []vm.Value) (vm.Value, error) {
			if name != "close" && name != "__repr__" {
				if err := f.check(); err != nil {
					return nil, err
				}
			}
			return fn(th, f, a)
		})
	}
	method("write", "s, /", func(th *vm.Thread, f *memFile, a []vm.Value) (vm.Value, error) {
		rs, err := f.input(th, a[0])
		if err != nil {
			return nil, err
		}
		f.write(rs)
		return vm.Int(len(rs)), nil
	})
	method("writelines", "lines, /", func(th *vm.Thread, f *memFile, a []vm.Value) (vm.Value, error) {
		return vm.None, modkit.Iterate(th, a[0], func(item vm.Value) (bool, error) {
			rs, err := f.input(th, item)
			if err != nil {
				return false, err
			}
			f.write(rs)
			return true, nil
		})
	})
	method("getvalue", "", func(th *vm.Thread, f *memFile, a []vm.Value) (vm.Value, error) {
		return f.value(f.buf), nil
	})
	method("read", "size=, /", func(th *vm.Thread, f *memFile, a []vm.Value) (vm.Value, error) {
		n, err := sizeArg(th, a[0])
		if err != nil {
			return nil, err
		}
		if f.pos >= len(f.buf) {
			return f.value(nil), nil
		}
		end := len(f.buf)
		if n >= 0 && f.pos+n < end {
			end = f.pos + n
		}
		out := f.buf[f.pos:end]
		f.pos = end
		return f.value(out), nil
	})
	method("readline", "size=, /", func(th *vm.Thread, f *memFile, a []vm.Value) (vm.Value, error) {
		n, err := sizeArg(th, a[0])
		if err != nil {
			return nil, err
		}
		return f.value(f.readLine(n)), nil
	})
	method("readlines", "hint=, /", func(th *vm.Thread, f *memFile, a []vm.Value) (vm.Value, error) {
		var out []vm.Value
		for {
			line := f.readLine(-1)
			if line == nil {
				return vm.NewList(out), nil
			}
			out = append(out, f.value(line))
		}
	})
	t.AddMethod("__iter__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return args[0], nil
	})
	method("__next__", "", func(th *vm.Thread, f *memFile, a []vm.Value) (vm.Value, error) {
		line := f.readLine(-1)
		if line == nil {
			return nil, vm.NewException(vm.StopIterationType)
		}
		return f.value(line), nil
	})
	method("seek", "pos, whence=, /", func(th *vm.Thread, f *memFile, a []vm.Value) (vm.Value, error) {
		pos, err := modkit.Int64(th, a[0])
		if err != nil {
			return nil, err
		}
		whence := int64(0)
		if a[1] != nil {
			if whence, err = modkit.Int64(th, a[1]); err != nil {
				return nil, err
			}
		}
		switch whence {
		case 0:
			if pos < 0 {
				return nil, vm.Errorf(vm.ValueErrorType, "Negative seek position %d", pos)
			}
			f.pos = int(pos)
		case 1, 2:
			if pos != 0 && !f.binary {
				return nil, vm.NewException(UnsupportedOperationType, vm.Str("Can't do nonzero cur-relative seeks"))
			}
			base := f.pos
			if whence == 2 {
				base = len(f.buf)
			}
			f.pos = max(base+int(pos), 0)
		default:
			return nil, vm.Errorf(vm.ValueErrorType, "Invalid whence (%d, should be 0, 1 or 2)", whence)
		}
		return vm.Int(f.pos), nil
	})
	method("tell", "", func(th *vm.Thread, f *memFile, a []vm.Value) (vm.Value, error) {
		return vm.Int(f.pos), nil
	})
	method("truncate", "size=, /", func(th *vm.Thread, f *memFile, a []vm.Value) (vm.Value, error) {
		n := f.pos
		if a[0] != nil && a[0] != vm.None {
			m, err := modkit.Int64(th, a[0])
			if err != nil {
				return nil, err
			}
			if m < 0 {
				return nil, vm.Errorf(vm.ValueErrorType, "Negative size value %d", m)
			}
			n = int(m)
		}
		if n < len(f.buf) {
			f.buf = f.buf[:n]
		}
		return vm.Int(n), nil
	})
	method("close", "", func(th *vm.Thread, f *memFile, a []vm.Value) (vm.Value, error) {
		f.closed = true
		return vm.None, nil
	})
	method("flush", "", func(th *vm.Thread, f *memFile, a []vm.Value) (vm.Value, error) { return vm.None, nil })
	for _, name := range []string{"readable", "writable", "seekable"} {
		method(name, "", func(th *vm.Thread, f *memFile, a []vm.Value) (vm.Value, error) { return vm.True, nil })
	}
	method("isatty", "", func(th *vm.Thread, f *memFile, a []vm.Value) (vm.Value, error) { return vm.False, nil })
	t.AddGetSet("closed", func(th *vm.Thread, self vm.Value) (vm.Value, error) {
		f, ok := modkit.Payload[*memFile](self)
		return vm.Bool(ok && f.closed), nil
	}, nil)
	if t == StringIOType {
		t.AddGetSet("line_buffering", func(th *vm.Thread, self vm.Value) (vm.Value, error) { return vm.False, nil }, nil)
		t.AddGetSet("newlines", func(th *vm.Thread, self vm.Value) (vm.Value, error) { return vm.None, nil }, nil)
		t.AddGetSet("encoding", func(th *vm.Thread, self vm.Value) (vm.Value, error) { return vm.None, nil }, nil)
	}
}

// Load builds the io module.
func Load(th *vm.Thread) (*vm.Module, error) {
	setup()
	m := modkit.NewModule("io", "The io module provides the Python interfaces to stream handling.")
	for _, t := range []*vm.Type{IOBaseType, RawIOBaseType, BufferedIOBaseType, TextIOBaseType, StringIOType, BytesIOType, UnsupportedOperationType} {
		modkit.Set(m, t.Name, t)
	}
	modkit.Set(m, "TextIOWrapper", vm.TextStreamType)
	modkit.Set(m, "DEFAULT_BUFFER_SIZE", vm.Int(8192))
	modkit.Set(m, "SEEK_SET", vm.Int(0))
	modkit.Set(m, "SEEK_CUR", vm.Int(1))
	modkit.Set(m, "SEEK_END", vm.Int(2))
	if th.Interp.Builtins != nil {
		if open, ok := th.Interp.Builtins.GetStr("open"); ok {
			modkit.Set(m, "open", open)
		}
	}
	modkit.Function(m, "text_encoding", "encoding, stacklevel=, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		if a[0] == vm.None {
			return vm.Str("utf-8"), nil
		}
		return a[0], nil
	})
	return m, nil
}
