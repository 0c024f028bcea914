package vm

// The builtins module: the namespace every module's code falls back to for names it does
// not define. NewBuiltins builds a fresh one per interpreter, so that a program assigning
// builtins.print = ... affects only itself.
//
// The classes (int, list, range, enumerate, property, ...) are the object model's types; the
// functions are here, in builtins*.go, grouped by theme. A few builtins need the
// interpreter's internals (exec, eval, compile, __import__, __build_class__): the files that
// implement them register them with RegisterBuiltin, and NewBuiltins installs whatever was
// registeredBuiltins, so this file does not depend on how they work.

import (
	"math/big"
	"strconv"
	"strings"
)

// registeredBuiltins holds the builtins contributed by other files through RegisterBuiltin.
var registeredBuiltins = map[string]Value{}

// RegisterBuiltin adds (or replaces) a name that NewBuiltins installs in every new builtins
// namespace. Call it from an init function.
func RegisterBuiltin(name string, v Value) { registeredBuiltins[name] = v }

// builtinFuncs lists the builtin functions implemented in Go in this package, in name order
// (the order NewBuiltins adds them in). It is constant data, not a map that every start of
// the engine would build.
var builtinFuncs = [...]struct {
	name string
	fn   BuiltinFunc
}{
	{"abs", builtinAbs},
	{"aiter", builtinAiter},
	{"all", builtinAll},
	{"anext", builtinAnext},
	{"any", builtinAny},
	{"ascii", builtinASCII},
	{"bin", builtinBin},
	{"breakpoint", builtinBreakpoint},
	{"callable", builtinCallable},
	{"chr", builtinChr},
	{"delattr", builtinDelattr},
	{"dir", builtinDir},
	{"divmod", builtinDivmod},
	{"format", builtinFormat},
	{"getattr", builtinGetattr},
	{"globals", builtinGlobals},
	{"hasattr", builtinHasattr},
	{"hash", builtinHash},
	{"help", builtinHelp},
	{"hex", builtinHex},
	{"id", builtinID},
	{"input", builtinInput},
	{"isinstance", builtinIsinstance},
	{"issubclass", builtinIssubclass},
	{"iter", builtinIter},
	{"len", builtinLen},
	{"locals", builtinLocals},
	{"max", builtinMax},
	{"min", builtinMin},
	{"next", builtinNext},
	{"oct", builtinOct},
	{"open", builtinOpen},
	{"ord", builtinOrd},
	{"pow", builtinPow},
	{"print", builtinPrint},
	{"repr", builtinRepr},
	{"round", builtinRound},
	{"setattr", builtinSetattr},
	{"sorted", builtinSorted},
	{"sum", builtinSum},
	{"vars", builtinVars},
}

// builtinClasses lists the classes bound in builtins under their own names.
var builtinClasses = []*Type{
	BoolType, ByteArrayType, BytesType, ClassMethodType, ComplexType, DictType, EnumerateType,
	FilterType, FloatType, FrozenSetType, IntType, ListType, MapType, ObjectType, PropertyType,
	RangeType, ReversedType, SetType, SliceType, StaticMethodType, StrType, SuperType,
	TupleType, TypeType, ZipType,
}

// NewBuiltins returns a fresh namespace of the builtins module.
func NewBuiltins() *Dict {
	d := NewDict()
	d.SetStr("__name__", Str("builtins"))
	d.SetStr("__doc__", Str("Built-in functions, types, exceptions, and other objects."))
	d.SetStr("__package__", Str(""))
	d.SetStr("__debug__", True)
	d.SetStr("None", None)
	d.SetStr("True", True)
	d.SetStr("False", False)
	d.SetStr("Ellipsis", Ellipsis)
	d.SetStr("NotImplemented", NotImplemented)
	for _, t := range builtinClasses {
		d.SetStr(t.Name, t)
	}
	for _, t := range BuiltinExceptionTypes() {
		d.SetStr(t.Name, t)
	}
	d.SetStr("EnvironmentError", OSErrorType)
	d.SetStr("IOError", OSErrorType)
	for _, f := range builtinFuncs {
		d.SetStr(f.name, NewBuiltin("builtins", f.name, f.fn))
	}
	for _, b := range []*Builtin{ExecBuiltin, EvalBuiltin, CompileBuiltin, ImportBuiltin, BuildClassBuiltin} {
		d.SetStr(b.Name, b)
	}
	for name, v := range registeredBuiltins {
		d.SetStr(name, v)
	}
	return d
}

// builtinOneArg checks the arguments of a METH_O builtin: exactly one positional argument.
func builtinOneArg(name string, args []Value, kwnames []string) error {
	if err := noKw(name, kwnames); err != nil {
		return err
	}
	if len(args) != 1 {
		return Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", name, len(args))
	}
	return nil
}

// builtinPosArgs checks the arguments of a positional-only builtin declared with Argument Clinic:
// "divmod expected 2 arguments, got 1".
func builtinPosArgs(name string, args []Value, kwnames []string, min, max int) error {
	if err := noKw(name, kwnames); err != nil {
		return err
	}
	n := len(args)
	if n >= min && n <= max {
		return nil
	}
	switch {
	case min == max:
		return Errorf(TypeErrorType, "%s expected %d argument%s, got %d", name, min, pluralS(min), n)
	case n < min:
		return Errorf(TypeErrorType, "%s expected at least %d argument%s, got %d", name, min, pluralS(min), n)
	}
	return Errorf(TypeErrorType, "%s expected at most %d argument%s, got %d", name, max, pluralS(max), n)
}

func builtinAbs(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := builtinOneArg("abs", args, kwnames); err != nil {
		return nil, err
	}
	return Abs(th, args[0])
}

func builtinLen(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := builtinOneArg("len", args, kwnames); err != nil {
		return nil, err
	}
	n, err := Len(th, args[0])
	if err != nil {
		return nil, err
	}
	return Int(n), nil
}

func builtinRepr(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := builtinOneArg("repr", args, kwnames); err != nil {
		return nil, err
	}
	s, err := Repr(th, args[0])
	return Str(s), err
}

func builtinASCII(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := builtinOneArg("ascii", args, kwnames); err != nil {
		return nil, err
	}
	s, err := ASCII(th, args[0])
	return Str(s), err
}

func builtinHash(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := builtinOneArg("hash", args, kwnames); err != nil {
		return nil, err
	}
	h, err := Hash(th, args[0])
	return Int(h), err
}

func builtinID(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := builtinOneArg("id", args, kwnames); err != nil {
		return nil, err
	}
	return Int(ObjectID(args[0])), nil
}

func builtinCallable(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := builtinOneArg("callable", args, kwnames); err != nil {
		return nil, err
	}
	return Bool(IsCallable(args[0])), nil
}

// IsCallable reports whether v can be called (callable(v)).
func IsCallable(v Value) bool {
	switch v.(type) {
	case *Builtin, *Function, *Type:
		return true
	}
	return LookupSpecial(v, "__call__") != nil
}

func builtinFormat(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := builtinPosArgs("format", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	spec := ""
	if len(args) == 2 {
		s, ok := strSelf(args[1])
		if !ok {
			return nil, Errorf(TypeErrorType, "format() argument 2 must be str, not %s", typeNameOf(args[1]))
		}
		spec = s
	}
	s, err := Format(th, args[0], spec)
	return Str(s), err
}

func builtinDivmod(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := builtinPosArgs("divmod", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	return Divmod(th, args[0], args[1])
}

var builtinPowSpec = argSpec{fname: "pow", names: []string{"base", "exp", "mod"}, kwOnly: 3, required: 2}

func builtinPow(th *Thread, args []Value, kwnames []string) (Value, error) {
	a, err := builtinPowSpec.parse(args, kwnames, 0)
	if err != nil {
		return nil, err
	}
	if a[2] == nil {
		a[2] = None
	}
	return Pow3(th, a[0], a[1], a[2])
}

var builtinRoundSpec = argSpec{fname: "round", names: []string{"number", "ndigits"}, kwOnly: 2, required: 1}

func builtinRound(th *Thread, args []Value, kwnames []string) (Value, error) {
	a, err := builtinRoundSpec.parse(args, kwnames, 0)
	if err != nil {
		return nil, err
	}
	var r Value
	var found bool
	if a[1] == nil || a[1] == None {
		r, found, err = CallSpecial(th, a[0], "__round__")
	} else {
		r, found, err = CallSpecial(th, a[0], "__round__", a[1])
	}
	if !found {
		return nil, Errorf(TypeErrorType, "type %s doesn't define __round__ method", typeNameOf(a[0]))
	}
	return r, err
}

func builtinChr(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := builtinOneArg("chr", args, kwnames); err != nil {
		return nil, err
	}
	x, err := Index(th, args[0])
	if err != nil {
		return nil, err
	}
	i, ok := x.(Int)
	if !ok {
		return nil, Errorf(OverflowErrorType, "Python int too large to convert to C int")
	}
	if i < 0 || i > 0x10ffff {
		return nil, Errorf(ValueErrorType, "chr() arg not in range(0x110000)")
	}
	if 0xd800 <= i && i <= 0xdfff {
		return nil, ErrLoneSurrogate("chr(0x" + strconv.FormatInt(int64(i), 16) + ")")
	}
	return Str(string(rune(i))), nil
}

func builtinOrd(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := builtinOneArg("ord", args, kwnames); err != nil {
		return nil, err
	}
	if s, ok := strSelf(args[0]); ok {
		rs := []rune(s)
		if len(rs) != 1 {
			return nil, Errorf(TypeErrorType, "ord() expected a character, but string of length %d found", len(rs))
		}
		return Int(rs[0]), nil
	}
	if b, ok := bytesLike(args[0]); ok {
		if len(b) != 1 {
			return nil, Errorf(TypeErrorType, "ord() expected a character, but string of length %d found", len(b))
		}
		return Int(b[0]), nil
	}
	return nil, Errorf(TypeErrorType, "ord() expected string of length 1, but %s found", typeNameOf(args[0]))
}

// builtinIntText converts an integer argument to its digits in base with a prefix ("0x"), as
// bin, oct and hex do.
func builtinIntText(th *Thread, name string, args []Value, kwnames []string, base int, prefix string) (Value, error) {
	if err := builtinOneArg(name, args, kwnames); err != nil {
		return nil, err
	}
	x, err := Index(th, args[0])
	if err != nil {
		return nil, err
	}
	var digits string
	switch i := x.(type) {
	case Int:
		digits = big.NewInt(int64(i)).Text(base)
	case *BigInt:
		digits = i.Big().Text(base)
	}
	if strings.HasPrefix(digits, "-") {
		return Str("-" + prefix + digits[1:]), nil
	}
	return Str(prefix + digits), nil
}

func builtinBin(th *Thread, args []Value, kwnames []string) (Value, error) {
	return builtinIntText(th, "bin", args, kwnames, 2, "0b")
}

func builtinOct(th *Thread, args []Value, kwnames []string) (Value, error) {
	return builtinIntText(th, "oct", args, kwnames, 8, "0o")
}

func builtinHex(th *Thread, args []Value, kwnames []string) (Value, error) {
	return builtinIntText(th, "hex", args, kwnames, 16, "0x")
}

func builtinIsinstance(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := builtinPosArgs("isinstance", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	r, err := IsInstance(th, args[0], args[1])
	return Bool(r), err
}

func builtinIssubclass(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := builtinPosArgs("issubclass", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	r, err := IsSubclass(th, args[0], args[1])
	return Bool(r), err
}

// builtinOpen is open(): the file objects of Asobiba's in-memory file system, implemented
// in Python by the standard-library module _fileio.
func builtinOpen(th *Thread, args []Value, kwnames []string) (Value, error) {
	m, err := th.ImportModule("_fileio")
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Class.IsSubtype(ImportErrorType) {
			return nil, Errorf(NotImplementedErrorType, "open() is not supported in this build of Asobiba")
		}
		return nil, err
	}
	open, err := GetAttr(th, m, "open")
	if err != nil {
		return nil, err
	}
	return Call(th, open, args, kwnames)
}

func builtinBreakpoint(th *Thread, args []Value, kwnames []string) (Value, error) {
	return nil, Errorf(NotImplementedErrorType, "breakpoint() is not supported in Asobiba: there is no debugger")
}

func builtinHelp(th *Thread, args []Value, kwnames []string) (Value, error) {
	text := "Asobiba has no interactive help. Try print(obj.__doc__), dir(obj) or type(obj).\n"
	if len(args) == 1 {
		doc, ok, err := GetAttrOK(th, args[0], "__doc__")
		if err != nil {
			return nil, err
		}
		name := typeNameOf(args[0])
		if n, ok2, _ := GetAttrOK(th, args[0], "__name__"); ok2 {
			if s, isStr := strSelf(n); isStr {
				name = s
			}
		}
		text = "Help on " + name + ":\n\n"
		if s, isStr := strSelf(doc); ok && isStr {
			text += s + "\n"
		} else {
			text += "(no documentation)\n"
		}
	}
	return None, WriteStdout(th, text)
}
