package vm

import "github.com/asobiba/asobiba/runtime/internal/msgfmt"

// FunctionType is the class of Python functions (def and lambda).
var FunctionType = NewBuiltinType("function", ObjectType, 0).SetSolid()

// Function is a Python function: code, the globals it runs in, its defaults and closure.
type Function struct {
	Code     *Code
	Globals  *Dict
	Builtins *Dict
	// Defaults are the positional parameters' default values (__defaults__), or nil.
	Defaults Tuple
	// KwDefaults maps keyword-only parameters to their defaults (__kwdefaults__), or nil.
	KwDefaults *Dict
	// Closure holds the cells of the code's free variables (__closure__).
	Closure []*Cell
	// Annotations is __annotations__ (created empty on first access when nil).
	Annotations *Dict
	Name        string
	QualName    string
	// Module is __module__ (the defining globals' __name__).
	Module Value
	// Doc is __doc__.
	Doc Value
	// Dict is the function's __dict__ (attributes set on it, __wrapped__, ...), nil until
	// the first one is set.
	Dict *Dict
}

// Type returns FunctionType.
func (*Function) Type() *Type { return FunctionType }

// NewFunction makes a function from a code object, as MAKE_FUNCTION does.
func NewFunction(code *Code, globals, builtins *Dict) *Function {
	fn := &Function{Code: code, Globals: globals, Builtins: builtins, Name: code.Name, QualName: code.QualName}
	if fn.QualName == "" {
		fn.QualName = code.Name
	}
	fn.Module = None
	if m, ok := globals.GetStr("__name__"); ok {
		fn.Module = m
	}
	fn.Doc = None
	if code.Doc != nil {
		fn.Doc = constValue(code.Doc)
	}
	return fn
}

// String returns the function's repr, "<function f at 0x...>".
func (fn *Function) String() string {
	return msgfmt.Sprintf("<function %s at %s>", fn.QualName, addrOf(fn))
}

// addrOf formats an object's identity the way CPython's reprs show addresses.
func addrOf(v Value) string {
	return msgfmt.Sprintf("%#x", ObjectID(v))
}

// Call calls the function with positional arguments followed by keyword arguments named by
// kwnames.
func (fn *Function) Call(th *Thread, args []Value, kwnames []string) (Value, error) {
	return th.callFunction(fn, args, kwnames)
}

// callFunction runs a Python function call: it binds the arguments into a new frame and runs
// it, or, for generator, coroutine and async generator functions, returns the new object.
func (th *Thread) callFunction(fn *Function, args []Value, kwnames []string) (Value, error) {
	code := fn.Code
	if d := th.exec.depth; d >= th.Interp.RecursionLimit || d >= maxFrameDepth {
		if d >= th.recursionLimit() {
			return nil, Errorf(RecursionErrorType, "maximum recursion depth exceeded")
		}
	}
	if code.kind != kindPlain {
		g, f := th.newGenFrame(code, fn.Globals, fn.Builtins)
		f.fn = fn
		if err := f.bindArgs(fn, args, kwnames); err != nil {
			return nil, err
		}
		return initGenerator(th, g, f, fn), nil
	}
	f := th.newFrame(code, fn.Globals, fn.Builtins, true)
	f.fn = fn
	if code.simple && len(kwnames) == 0 && len(args) == code.ArgCount {
		fast := f.fastSlots()
		for i, a := range args {
			fast[i] = a
		}
		if len(f.cells) > 0 {
			f.initCells(fn)
		}
	} else if err := f.bindArgs(fn, args, kwnames); err != nil {
		th.release(f)
		return nil, err
	}
	if err := th.enterGo(); err != nil {
		th.release(f)
		return nil, err
	}
	f.Back = th.exec.frame
	th.exec.frame = f
	th.exec.depth++
	res, err := th.run(f, nil)
	th.exec.frame = f.Back
	th.exec.depth--
	th.exec.goDepth--
	th.release(f)
	return res, err
}

// enterInline starts a call of a plain Python function inside the running eval loop, without
// recursing in Go: it binds the arguments into a new frame and suspends the caller, whose
// stack will receive the result at slot resultSlot. It returns nil (and no error) when the
// call must go through callFunction instead (the recursion limit is near).
func (th *Thread) enterInline(caller *Frame, fn *Function, args []Value, kwnames []string, resultSlot int) (*Frame, error) {
	code := fn.Code
	e := &th.exec
	d := e.depth
	if d+1 >= th.Interp.RecursionLimit || d+1 >= maxFrameDepth {
		return nil, nil
	}
	var f *Frame
	if d < len(e.pool) {
		f = e.pool[d]
	}
	if f != nil && f.Code == code {
		// The frame last used at this depth ran the same code: its buffers fit as they are.
		f.Globals, f.Builtins = fn.Globals, fn.Builtins
	} else {
		f = th.newFrame(code, fn.Globals, fn.Builtins, true)
	}
	f.fn = fn
	if code.simple && len(kwnames) == 0 && len(args) == code.ArgCount {
		fast := f.fastSlots()
		for i, a := range args {
			fast[i] = a
		}
		if len(f.cells) > 0 {
			f.initCells(fn)
		}
	} else if err := f.bindArgs(fn, args, kwnames); err != nil {
		th.release(f)
		return nil, err
	}
	stack := caller.valueStack()
	for i := resultSlot + 1; i < int(caller.sp); i++ {
		stack[i] = nil
	}
	caller.sp = int32(resultSlot + 1)
	caller.pc = int32(caller.lasti + 1)
	f.inlined = true
	f.Back = caller
	e.frame = f
	e.depth++
	return f, nil
}

// leaveInline ends an inlined call and returns the caller, whose stack top is the slot for
// the result.
func (th *Thread) leaveInline(f *Frame) *Frame {
	caller := f.Back
	th.exec.frame = caller
	th.exec.depth--
	th.release(f)
	return caller
}
