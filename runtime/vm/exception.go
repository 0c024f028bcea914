package vm

import (
	"strconv"

	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
)

// Exception is a Python exception instance: an instance of BaseException or of any subclass,
// builtin or user-defined. It implements error so that it can travel through Go returns.
type Exception struct {
	Class *Type
	Args  Tuple
	// Dict holds the instance attributes (user subclasses' fields, StopIteration.value,
	// OSError.errno, SyntaxError.lineno, ...); nil until the first one is set.
	Dict            *Dict
	Cause           *Exception // __cause__ (raise ... from ...)
	Context         *Exception // __context__ (the exception being handled when this one was raised)
	SuppressContext bool       // __suppress_context__
	Traceback       *Traceback // __traceback__: the innermost-last chain of frames it went through
	// Base is the builtin payload when a user class also derives from a builtin type with
	// its own layout (rare; e.g. class E(Exception, dict) is refused by CPython too).
	Base Value
}

// Type returns the exception's class.
func (e *Exception) Type() *Type { return e.Class }

// Error formats the exception as the last line of a traceback would ("TypeError: msg"); it is
// meant for Go-side debugging. Use the traceback printer for what Python shows.
func (e *Exception) Error() string {
	switch len(e.Args) {
	case 0:
		return e.Class.Name
	case 1:
		if s, ok := e.Args[0].(Str); ok {
			if s == "" {
				return e.Class.Name
			}
			return e.Class.Name + ": " + string(s)
		}
	}
	// As fmt's %v of the args would show them, without reflect: "[a 1 2.5]". Objects other
	// than str, int, bool and float show as <type name>.
	b := []byte(e.Class.Name + ": [")
	for i, a := range e.Args {
		if i > 0 {
			b = append(b, ' ')
		}
		switch a := a.(type) {
		case Str:
			b = append(b, a...)
		case Int:
			b = strconv.AppendInt(b, int64(a), 10)
		case Bool:
			b = strconv.AppendBool(b, bool(a))
		case Float:
			b = strconv.AppendFloat(b, float64(a), 'g', -1, 64)
		default:
			b = append(b, "<"+a.Type().Name+">"...)
		}
	}
	return string(append(b, ']'))
}

// Traceback is one entry of an exception's traceback, in the order Python prints it (outermost
// first; Next goes inwards).
type Traceback struct {
	Next     *Traceback
	Filename string
	Name     string // the code object's name (function name, "<module>", ...)
	Line     int
	// Lasti is the index of the frame's instruction the exception passed through (tb_lasti
	// is twice that, as CPython counts bytes); its source span places the caret line.
	Lasti int
	// Frame is the *Frame the entry belongs to, when still available (tb_frame).
	Frame Value
}

// Type returns TracebackType.
func (*Traceback) Type() *Type { return TracebackType }

// NewException makes an exception of class cls with the given args, without running any
// Python-level __init__ (use it for builtin exception classes).
func NewException(cls *Type, args ...Value) *Exception {
	return &Exception{Class: cls, Args: Tuple(args)}
}

// Errorf makes an exception of class cls whose single argument is the formatted message.
func Errorf(cls *Type, format string, a ...any) *Exception {
	return &Exception{Class: cls, Args: Tuple{Str(msgfmt.Sprintf(format, a...))}}
}

// The builtin exception classes, in CPython 3.12's hierarchy.
var (
	BaseExceptionType      = NewBuiltinType("BaseException", ObjectType, FlagBaseType).SetSolid()
	BaseExceptionGroupType = excType("BaseExceptionGroup", BaseExceptionType)
	GeneratorExitType      = excType("GeneratorExit", BaseExceptionType)
	KeyboardInterruptType  = excType("KeyboardInterrupt", BaseExceptionType)
	SystemExitType         = excType("SystemExit", BaseExceptionType)
	ExceptionType          = excType("Exception", BaseExceptionType)

	ArithmeticErrorType     = excType("ArithmeticError", ExceptionType)
	FloatingPointErrorType  = excType("FloatingPointError", ArithmeticErrorType)
	OverflowErrorType       = excType("OverflowError", ArithmeticErrorType)
	ZeroDivisionErrorType   = excType("ZeroDivisionError", ArithmeticErrorType)
	AssertionErrorType      = excType("AssertionError", ExceptionType)
	AttributeErrorType      = excType("AttributeError", ExceptionType)
	BufferErrorType         = excType("BufferError", ExceptionType)
	EOFErrorType            = excType("EOFError", ExceptionType)
	ExceptionGroupType      = excType2("ExceptionGroup", BaseExceptionGroupType, ExceptionType)
	ImportErrorType         = excType("ImportError", ExceptionType)
	ModuleNotFoundErrorType = excType("ModuleNotFoundError", ImportErrorType)
	LookupErrorType         = excType("LookupError", ExceptionType)
	IndexErrorType          = excType("IndexError", LookupErrorType)
	KeyErrorType            = excType("KeyError", LookupErrorType)
	MemoryErrorType         = excType("MemoryError", ExceptionType)
	NameErrorType           = excType("NameError", ExceptionType)
	UnboundLocalErrorType   = excType("UnboundLocalError", NameErrorType)

	OSErrorType                   = excType("OSError", ExceptionType)
	BlockingIOErrorType           = excType("BlockingIOError", OSErrorType)
	ChildProcessErrorType         = excType("ChildProcessError", OSErrorType)
	ConnectionErrorType           = excType("ConnectionError", OSErrorType)
	BrokenPipeErrorType           = excType("BrokenPipeError", ConnectionErrorType)
	ConnectionAbortedErrorType    = excType("ConnectionAbortedError", ConnectionErrorType)
	ConnectionRefusedErrorType    = excType("ConnectionRefusedError", ConnectionErrorType)
	ConnectionResetErrorType      = excType("ConnectionResetError", ConnectionErrorType)
	FileExistsErrorType           = excType("FileExistsError", OSErrorType)
	FileNotFoundErrorType         = excType("FileNotFoundError", OSErrorType)
	InterruptedErrorType          = excType("InterruptedError", OSErrorType)
	IsADirectoryErrorType         = excType("IsADirectoryError", OSErrorType)
	NotADirectoryErrorType        = excType("NotADirectoryError", OSErrorType)
	PermissionErrorType           = excType("PermissionError", OSErrorType)
	ProcessLookupErrorType        = excType("ProcessLookupError", OSErrorType)
	TimeoutErrorType              = excType("TimeoutError", OSErrorType)
	ReferenceErrorType            = excType("ReferenceError", ExceptionType)
	RuntimeErrorType              = excType("RuntimeError", ExceptionType)
	NotImplementedErrorType       = excType("NotImplementedError", RuntimeErrorType)
	RecursionErrorType            = excType("RecursionError", RuntimeErrorType)
	StopAsyncIterationType        = excType("StopAsyncIteration", ExceptionType)
	StopIterationType             = excType("StopIteration", ExceptionType)
	SyntaxErrorType               = excType("SyntaxError", ExceptionType)
	IndentationErrorType          = excType("IndentationError", SyntaxErrorType)
	TabErrorType                  = excType("TabError", IndentationErrorType)
	SystemErrorType               = excType("SystemError", ExceptionType)
	TypeErrorType                 = excType("TypeError", ExceptionType)
	ValueErrorType                = excType("ValueError", ExceptionType)
	UnicodeErrorType              = excType("UnicodeError", ValueErrorType)
	UnicodeDecodeErrorType        = excType("UnicodeDecodeError", UnicodeErrorType)
	UnicodeEncodeErrorType        = excType("UnicodeEncodeError", UnicodeErrorType)
	UnicodeTranslateErrorType     = excType("UnicodeTranslateError", UnicodeErrorType)
	WarningType                   = excType("Warning", ExceptionType)
	BytesWarningType              = excType("BytesWarning", WarningType)
	DeprecationWarningType        = excType("DeprecationWarning", WarningType)
	EncodingWarningType           = excType("EncodingWarning", WarningType)
	FutureWarningType             = excType("FutureWarning", WarningType)
	ImportWarningType             = excType("ImportWarning", WarningType)
	PendingDeprecationWarningType = excType("PendingDeprecationWarning", WarningType)
	ResourceWarningType           = excType("ResourceWarning", WarningType)
	RuntimeWarningType            = excType("RuntimeWarning", WarningType)
	SyntaxWarningType             = excType("SyntaxWarning", WarningType)
	UnicodeWarningType            = excType("UnicodeWarning", WarningType)
	UserWarningType               = excType("UserWarning", WarningType)
)

// BuiltinExceptionTypes lists the builtin exception classes, for the builtins module.
func BuiltinExceptionTypes() []*Type {
	var out []*Type
	var walk func(t *Type)
	seen := map[*Type]bool{}
	walk = func(t *Type) {
		// Classes created by programs (heap types) are subclasses too, but never builtins:
		// without this check a program's class TimeoutError(Exception) would replace the
		// builtin in every later run's builtins.
		if seen[t] || t.Flags&FlagHeapType != 0 {
			return
		}
		seen[t] = true
		out = append(out, t)
		for _, s := range t.subclasses {
			walk(s)
		}
	}
	walk(BaseExceptionType)
	return out
}

func excType(name string, base *Type) *Type {
	t := NewBuiltinType(name, base, FlagBaseType)
	return t
}

func excType2(name string, base1, base2 *Type) *Type {
	t := &Type{Name: name, QualName: name, Module: "builtins", Flags: FlagBaseType, Dict: NewDict(),
		Bases: []*Type{base1, base2}, Solid: BaseExceptionType}
	mro, err := ComputeMRO(t, t.Bases)
	if err != nil {
		panic(err)
	}
	t.MRO = mro
	LinkSubclass(t)
	return t
}
