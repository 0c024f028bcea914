package vm

import (
	"math/big"

	"github.com/asobiba/asobiba/runtime/compile"
)

// CodeType is the class of code objects.
var CodeType = NewBuiltinType("code", ObjectType, 0).SetSolid()

// Code is a code object: the compiler's plain-data *compile.Code together with what the
// interpreter derives from it once — the constants as Values, the keyword-name tuples of
// calls as Go strings, and the per-site caches of global look-ups.
//
// A Code and the functions made from it belong to one Interp: its caches are not safe for
// concurrent use. The *compile.Code it wraps is read-only and may be shared.
type Code struct {
	*compile.Code

	// ops are the instructions the eval loop runs: Instrs with superinstructions
	// (interp_quicken.go).
	ops []compile.Instr
	// consts are the constants converted to Values (nested code objects become *Code).
	consts []Value
	// kwnames[i] holds the strings of consts[i] when it is a tuple of str (the keyword
	// names of CALL_KW), else nil.
	kwnames [][]string
	// cellNames lists CellVars then FreeVars, the names of the cell slots.
	cellNames []string
	// globals holds one look-up cache per entry of Names.
	globals []globalCache
	// names are the Names, interned (intern.go).
	names []string
	// attrs holds one attribute cache per entry of Names (attr_cache.go).
	attrs []attrCache
	// nparams counts the parameters: positional, keyword-only, *args and **kwargs.
	nparams int
	// simple is true when a call with exactly ArgCount positional arguments and no keywords
	// can copy them straight into the fast slots.
	simple bool
	// hasCell2Arg is true when some cell copies a parameter at entry.
	hasCell2Arg bool
	// frameSize is the length of a frame's buffer: fast slots and value stack.
	frameSize int
	// unreadSlots lists the fast slots that no instruction reads (see releaseUnreadLocals).
	unreadSlots []int32
	// kind is the generator kind: 0 for plain functions.
	kind genKind
	// spare is the frame of a finished generator of this code that nothing else refers
	// to, kept for the next generator (see Generator.finish): a coroutine awaited in a
	// loop then costs no new frame per call.
	spare *Frame
	// awaitShortcut, when set, may stand in for the coroutine of an immediately awaited
	// call (await_shortcut.go).
	awaitShortcut AwaitShortcut
	// source is the text of the file, for tracebacks (may be nil).
	source *sourceText
}

// globalCache remembers where a LOAD_GLOBAL found its name: the entry index in the globals
// dict, or (when globals lacked it) in the builtins dict, valid while both dicts keep the
// versions recorded here (a version changes whenever keys are added or removed, so entry
// positions are stable in between).
type globalCache struct {
	globals  *Dict
	gver     uint64
	gidx     int32 // entry index in globals, or -1 when absent
	builtins *Dict
	bver     uint64
	bidx     int32
}

// Type returns CodeType.
func (*Code) Type() *Type { return CodeType }

// NewCode wraps compiled code (and, recursively, the code objects among its constants).
func NewCode(c *compile.Code) *Code {
	co := &Code{Code: c, ops: quicken(c.Instrs)}
	co.consts = make([]Value, len(c.Consts))
	co.kwnames = make([][]string, len(c.Consts))
	for i, k := range c.Consts {
		co.consts[i] = constValue(k)
		if t, ok := k.(compile.Tuple); ok {
			names := make([]string, 0, len(t))
			for _, x := range t {
				if s, ok := x.(string); ok {
					names = append(names, s)
				}
			}
			if len(names) == len(t) {
				co.kwnames[i] = names
			}
		}
	}
	co.cellNames = append(append([]string(nil), c.CellVars...), c.FreeVars...)
	co.globals = make([]globalCache, len(c.Names))
	co.names = internNames(c.Names)
	co.attrs = make([]attrCache, len(c.Names))
	co.frameSize = len(c.VarNames) + c.StackSize + 1
	co.unreadSlots = unreadSlots(c)
	co.nparams = c.ArgCount + c.KwOnlyCount
	if c.Flags&compile.FlagVarArgs != 0 {
		co.nparams++
	}
	if c.Flags&compile.FlagVarKeywords != 0 {
		co.nparams++
	}
	for _, a := range c.Cell2Arg {
		if a >= 0 {
			co.hasCell2Arg = true
		}
	}
	co.simple = c.Flags&(compile.FlagVarArgs|compile.FlagVarKeywords) == 0 && c.KwOnlyCount == 0 &&
		!co.hasCell2Arg
	switch {
	case c.Flags&compile.FlagGenerator != 0:
		co.kind = kindGenerator
	case c.Flags&compile.FlagCoroutine != 0:
		co.kind = kindCoroutine
	case c.Flags&compile.FlagAsyncGenerator != 0:
		co.kind = kindAsyncGenerator
	}
	return co
}

// constValue converts a compile-time constant to a Value.
func constValue(k compile.Const) Value {
	switch x := k.(type) {
	case nil:
		return None
	case bool:
		return Bool(x)
	case int64:
		return Int(x)
	case *big.Int:
		return MakeInt(x)
	case float64:
		return Float(x)
	case complex128:
		return Complex(x)
	case string:
		return Str(x)
	case compile.Bytes:
		return Bytes(x)
	case compile.EllipsisType:
		return Ellipsis
	case compile.Tuple:
		t := make(Tuple, len(x))
		for i, e := range x {
			t[i] = constValue(e)
		}
		return t
	case compile.FrozenSet:
		items := make([]Value, len(x))
		for i, e := range x {
			items[i] = constValue(e)
		}
		return frozenSetConst(items)
	case *compile.Code:
		return NewCode(x)
	}
	panic("vm: unknown constant type")
}

// setSource attaches a file's text to c and to every code object nested in it.
func (c *Code) setSource(src *sourceText) {
	c.source = src
	for _, k := range c.consts {
		if sub, ok := k.(*Code); ok {
			sub.setSource(src)
		}
	}
}

// lineAt returns the source line of instruction i.
func (c *Code) lineAt(i int) int {
	if i < 0 {
		i = 0
	}
	if i < len(c.Lines) {
		return int(c.Lines[i])
	}
	return c.FirstLine
}

// namesThatReadLocals are the builtins through which code can read its local variables
// without LOAD_FAST.
var namesThatReadLocals = map[string]bool{"locals": true, "vars": true, "eval": true, "exec": true, "dir": true}

// unreadSlots returns the fast slots of a function's code that no LOAD_FAST reads, or nil
// when there are none or the code may read its locals another way (locals() and the like).
func unreadSlots(c *compile.Code) []int32 {
	if c.Flags&compile.FlagOptimized == 0 || len(c.VarNames) == 0 {
		return nil
	}
	for _, name := range c.Names {
		if namesThatReadLocals[name] {
			return nil
		}
	}
	read := make([]bool, len(c.VarNames))
	for _, in := range c.Instrs {
		if in.Op == compile.LOAD_FAST && int(in.Arg) < len(read) {
			read[in.Arg] = true
		}
	}
	var out []int32
	for i, r := range read {
		if !r {
			out = append(out, int32(i))
		}
	}
	return out
}
