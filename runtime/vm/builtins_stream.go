package vm

// The standard streams: sys.stdout, sys.stderr and sys.stdin are TextStream objects over the
// Interp's Go writers and reader. print() and input() look sys.stdout and sys.stdin up on
// every call, so a program that assigns sys.stdout (or uses contextlib.redirect_stdout)
// redirects them as in CPython; the TextStream fast path only avoids a Python-level call.

import (
	"bufio"
	"io"
	"strings"
	"unicode/utf8"
)

// TextStreamType is the class of the standard streams (CPython's _io.TextIOWrapper).
var TextStreamType = func() *Type {
	t := NewBuiltinType("TextIOWrapper", ObjectType, 0).SetSolid()
	t.Module = "_io"
	return t
}()

// TextStream is a text stream over a Go writer (sys.stdout, sys.stderr) or reader
// (sys.stdin). Writes go straight to the writer: there is no buffering to flush, so output
// interleaves exactly in program order.
type TextStream struct {
	// Name is the stream's name attribute ("<stdout>").
	Name string
	// W receives writes; nil for a read-only stream.
	W io.Writer
	// R is the buffered reader of a readable stream; nil for a write-only stream.
	R      *bufio.Reader
	closed bool
	// FileNo is what fileno() returns (0, 1 or 2).
	FileNo int
}

// Type returns TextStreamType.
func (*TextStream) Type() *Type { return TextStreamType }

// NewTextWriter returns a writable stream named name ("<stdout>") over w.
func NewTextWriter(name string, w io.Writer, fileno int) *TextStream {
	return &TextStream{Name: name, W: w, FileNo: fileno}
}

// NewTextReader returns a readable stream named name ("<stdin>") over r (nil reads as empty).
func NewTextReader(name string, r io.Reader, fileno int) *TextStream {
	if r == nil {
		r = strings.NewReader("")
	}
	return &TextStream{Name: name, R: bufio.NewReader(r), FileNo: fileno}
}

// WriteString writes s to the stream.
func (s *TextStream) WriteString(s2 string) error {
	if s.closed {
		return Errorf(ValueErrorType, "I/O operation on closed file.")
	}
	if s.W == nil {
		return s.unsupported("not writable")
	}
	_, err := io.WriteString(s.W, s2)
	if err != nil {
		return Errorf(OSErrorType, "%s", err.Error())
	}
	return nil
}

// ReadLine reads one line, including its "\n"; "" at the end of the input.
func (s *TextStream) ReadLine(limit int) (string, error) {
	if s.closed {
		return "", Errorf(ValueErrorType, "I/O operation on closed file.")
	}
	if s.R == nil {
		return "", s.unsupported("not readable")
	}
	var b strings.Builder
	for limit < 0 || utf8.RuneCountInString(b.String()) < limit {
		r, _, err := s.R.ReadRune()
		if err != nil {
			break
		}
		b.WriteRune(r)
		if r == '\n' {
			break
		}
	}
	return b.String(), nil
}

func (s *TextStream) unsupported(msg string) error {
	return NewException(OSErrorType, Str(msg))
}

func (s *TextStream) modeName() string {
	if s.R != nil {
		return "r"
	}
	return "w"
}

func textStreamSelf(name string, args []Value) (*TextStream, error) {
	if len(args) == 0 {
		return nil, Errorf(TypeErrorType, "descriptor '%s' of '_io.TextIOWrapper' object needs an argument", name)
	}
	s, ok := args[0].(*TextStream)
	if !ok {
		return nil, descrError(name, TextStreamType, args[0])
	}
	return s, nil
}

func init() {
	t := TextStreamType
	method := func(name string, min, max int, fn func(th *Thread, s *TextStream, args []Value) (Value, error)) {
		t.AddMethod(name, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			s, err := textStreamSelf(name, args)
			if err != nil {
				return nil, err
			}
			if err := checkArgRange(name, args, kwnames, min, max); err != nil {
				return nil, err
			}
			return fn(th, s, args[1:])
		})
	}
	method("write", 1, 1, func(th *Thread, s *TextStream, args []Value) (Value, error) {
		text, ok := strSelf(args[0])
		if !ok {
			return nil, Errorf(TypeErrorType, "write() argument must be str, not %s", typeNameOf(args[0]))
		}
		if err := s.WriteString(text); err != nil {
			return nil, err
		}
		return Int(utf8.RuneCountInString(text)), nil
	})
	method("writelines", 1, 1, func(th *Thread, s *TextStream, args []Value) (Value, error) {
		return None, ForEach(th, args[0], func(item Value) (bool, error) {
			text, ok := strSelf(item)
			if !ok {
				return false, Errorf(TypeErrorType, "write() argument must be str, not %s", typeNameOf(item))
			}
			return true, s.WriteString(text)
		})
	})
	method("flush", 0, 0, func(th *Thread, s *TextStream, args []Value) (Value, error) {
		if s.closed {
			return nil, Errorf(ValueErrorType, "I/O operation on closed file.")
		}
		return None, nil
	})
	method("close", 0, 0, func(th *Thread, s *TextStream, args []Value) (Value, error) {
		s.closed = true
		return None, nil
	})
	for _, name := range []string{"isatty", "seekable"} {
		method(name, 0, 0, func(th *Thread, s *TextStream, args []Value) (Value, error) { return False, nil })
	}
	method("readable", 0, 0, func(th *Thread, s *TextStream, args []Value) (Value, error) { return Bool(s.R != nil), nil })
	method("writable", 0, 0, func(th *Thread, s *TextStream, args []Value) (Value, error) { return Bool(s.W != nil), nil })
	method("fileno", 0, 0, func(th *Thread, s *TextStream, args []Value) (Value, error) { return Int(s.FileNo), nil })
	method("readline", 0, 1, func(th *Thread, s *TextStream, args []Value) (Value, error) {
		limit := -1
		if len(args) > 0 && args[0] != None {
			n, err := AsIndex(th, args[0])
			if err != nil {
				return nil, err
			}
			limit = n
		}
		line, err := s.ReadLine(limit)
		return Str(line), err
	})
	method("read", 0, 1, func(th *Thread, s *TextStream, args []Value) (Value, error) {
		if s.R == nil {
			return nil, s.unsupported("not readable")
		}
		limit := -1
		if len(args) > 0 && args[0] != None {
			n, err := AsIndex(th, args[0])
			if err != nil {
				return nil, err
			}
			limit = n
		}
		var b strings.Builder
		for n := 0; limit < 0 || n < limit; n++ {
			r, _, err := s.R.ReadRune()
			if err != nil {
				break
			}
			b.WriteRune(r)
		}
		return Str(b.String()), nil
	})
	method("readlines", 0, 1, func(th *Thread, s *TextStream, args []Value) (Value, error) {
		var lines []Value
		for {
			line, err := s.ReadLine(-1)
			if err != nil {
				return nil, err
			}
			if line == "" {
				return NewList(lines), nil
			}
			lines = append(lines, Str(line))
		}
	})
	method("__iter__", 0, 0, func(th *Thread, s *TextStream, args []Value) (Value, error) { return s, nil })
	method("__next__", 0, 0, func(th *Thread, s *TextStream, args []Value) (Value, error) {
		line, err := s.ReadLine(-1)
		if err != nil {
			return nil, err
		}
		if line == "" {
			return nil, NewException(StopIterationType)
		}
		return Str(line), nil
	})
	method("__enter__", 0, 0, func(th *Thread, s *TextStream, args []Value) (Value, error) { return s, nil })
	method("__exit__", 0, 3, func(th *Thread, s *TextStream, args []Value) (Value, error) {
		s.closed = true
		return None, nil
	})
	method("__repr__", 0, 0, func(th *Thread, s *TextStream, args []Value) (Value, error) {
		return Str("<_io.TextIOWrapper name='" + s.Name + "' mode='" + s.modeName() + "' encoding='utf-8'>"), nil
	})
	t.AddMethod("reconfigure", func(th *Thread, args []Value, kwnames []string) (Value, error) { return None, nil })
	get := func(name string, f func(s *TextStream) Value) {
		t.AddGetSet(name, func(th *Thread, self Value) (Value, error) {
			s, err := textStreamSelf(name, []Value{self})
			if err != nil {
				return nil, err
			}
			return f(s), nil
		}, nil)
	}
	get("name", func(s *TextStream) Value { return Str(s.Name) })
	get("mode", func(s *TextStream) Value { return Str(s.modeName()) })
	get("encoding", func(s *TextStream) Value { return Str("utf-8") })
	get("errors", func(s *TextStream) Value { return Str("strict") })
	get("closed", func(s *TextStream) Value { return Bool(s.closed) })
	get("line_buffering", func(s *TextStream) Value { return True })
	get("newlines", func(s *TextStream) Value { return None })
}

// sysStreamValue returns sys.<name> (stdout, stderr, stdin), or nil when there is no sys module
// or the attribute is missing or None.
func sysStreamValue(th *Thread, name string) (Value, error) {
	if th.Interp.Modules == nil {
		return nil, nil
	}
	sys, ok := th.Interp.Modules.GetStr("sys")
	if !ok {
		return nil, nil
	}
	v, ok, err := GetAttrOK(th, sys, name)
	if err != nil || !ok || v == None {
		return nil, err
	}
	return v, nil
}

// writeToStream writes text to a stream object: directly for a TextStream, through its write
// method otherwise.
func writeToStream(th *Thread, stream Value, text string) error {
	if s, ok := stream.(*TextStream); ok {
		return s.WriteString(text)
	}
	w, err := GetAttr(th, stream, "write")
	if err != nil {
		return err
	}
	_, err = Call(th, w, []Value{Str(text)}, nil)
	return err
}

// WriteStdout writes text to sys.stdout (or to Interp.Stdout when there is no sys module).
func WriteStdout(th *Thread, text string) error {
	return writeStdStream(th, "stdout", th.Interp.Stdout, text)
}

// WriteStderr writes text to sys.stderr (or to Interp.Stderr when there is no sys module);
// tracebacks and warnings use it.
func WriteStderr(th *Thread, text string) error {
	return writeStdStream(th, "stderr", th.Interp.Stderr, text)
}

func writeStdStream(th *Thread, name string, fallback io.Writer, text string) error {
	stream, err := sysStreamValue(th, name)
	if err != nil {
		return err
	}
	if stream == nil {
		if fallback != nil && th.Interp.Modules != nil {
			if _, hasSys := th.Interp.Modules.GetStr("sys"); !hasSys {
				_, _ = io.WriteString(fallback, text)
			}
		}
		return nil
	}
	return writeToStream(th, stream, text)
}

var builtinPrintSpec = argSpec{fname: "print", names: []string{"sep", "end", "file", "flush"}, kwOnly: 0, required: 0}

// builtinPrint is print(*objects, sep=' ', end='\n', file=None, flush=False).
func builtinPrint(th *Thread, args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	kw, err := builtinPrintSpec.parse(append(make([]Value, 0, len(kwnames)), args[npos:]...), kwnames, 0)
	if err != nil {
		return nil, err
	}
	sep, end := " ", "\n"
	for i, p := range []*string{&sep, &end} {
		v := kw[i]
		if v == nil || v == None {
			continue
		}
		s, ok := strSelf(v)
		if !ok {
			return nil, Errorf(TypeErrorType, "%s must be None or a string, not %s", builtinPrintSpec.names[i], typeNameOf(v))
		}
		*p = s
	}
	file := kw[2]
	if file == nil || file == None {
		if file, err = sysStreamValue(th, "stdout"); err != nil {
			return nil, err
		}
		if file == nil {
			if th.Interp.Modules != nil {
				if _, hasSys := th.Interp.Modules.GetStr("sys"); hasSys {
					return None, nil
				}
			}
			file = NewTextWriter("<stdout>", th.Interp.Stdout, 1)
		}
	}
	if ts, ok := file.(*TextStream); ok {
		var b strings.Builder
		for i, v := range args[:npos] {
			if i > 0 {
				b.WriteString(sep)
			}
			s, err := ToStr(th, v)
			if err != nil {
				return nil, err
			}
			b.WriteString(s)
		}
		b.WriteString(end)
		if err := ts.WriteString(b.String()); err != nil {
			return nil, err
		}
	} else {
		w, err := GetAttr(th, file, "write")
		if err != nil {
			return nil, err
		}
		write := func(s string) error {
			_, err := Call(th, w, []Value{Str(s)}, nil)
			return err
		}
		for i, v := range args[:npos] {
			if i > 0 {
				if err := write(sep); err != nil {
					return nil, err
				}
			}
			s, err := ToStr(th, v)
			if err != nil {
				return nil, err
			}
			if err := write(s); err != nil {
				return nil, err
			}
		}
		if err := write(end); err != nil {
			return nil, err
		}
	}
	if kw[3] != nil {
		flush, err := Truth(th, kw[3])
		if err != nil {
			return nil, err
		}
		if flush {
			if _, err := CallMethod(th, file, "flush"); err != nil {
				return nil, err
			}
		}
	}
	return None, nil
}

// builtinInput is input(prompt=""): the prompt goes to sys.stdout, the line comes from
// sys.stdin without its newline; EOFError at the end of the input.
func builtinInput(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := noKw("input", kwnames); err != nil {
		return nil, err
	}
	if len(args) > 1 {
		return nil, Errorf(TypeErrorType, "input expected at most 1 argument, got %d", len(args))
	}
	stdin, err := sysStreamValue(th, "stdin")
	if err != nil {
		return nil, err
	}
	if stdin == nil {
		return nil, Errorf(RuntimeErrorType, "input(): lost sys.stdin")
	}
	if len(args) == 1 {
		prompt, err := ToStr(th, args[0])
		if err != nil {
			return nil, err
		}
		stdout, err := sysStreamValue(th, "stdout")
		if err != nil {
			return nil, err
		}
		if stdout == nil {
			return nil, Errorf(RuntimeErrorType, "input(): lost sys.stdout")
		}
		if err := writeToStream(th, stdout, prompt); err != nil {
			return nil, err
		}
	}
	var line string
	if s, ok := stdin.(*TextStream); ok {
		if line, err = s.ReadLine(-1); err != nil {
			return nil, err
		}
	} else {
		r, err := CallMethod(th, stdin, "readline")
		if err != nil {
			return nil, err
		}
		s, ok := strSelf(r)
		if !ok {
			return nil, Errorf(TypeErrorType, "object.readline() returned non-string")
		}
		line = s
	}
	if line == "" {
		return nil, Errorf(EOFErrorType, "EOF when reading a line")
	}
	return Str(strings.TrimSuffix(line, "\n")), nil
}
