package vm

import "github.com/asobiba/asobiba/runtime/compile"

// FrameType is the class of frame objects.
var FrameType = NewBuiltinType("frame", ObjectType, 0).SetSolid()

// Frame is one activation of a code object: its fast locals, cells, value stack and block
// stack, and where it is in its code.
//
// Function frames are recycled: each call depth keeps one frame whose slices are reused by
// the next call at that depth, which keeps calls cheap. A frame that anything may still refer
// to after it returns — a traceback entry, sys._getframe, a generator — is marked escaped and
// is never recycled.
type Frame struct {
	Code     *Code
	Globals  *Dict
	Builtins *Dict
	// Back is the calling frame (f_back), valid while the frame runs.
	Back *Frame

	fn  *Function
	buf []Value // the fast slots (fastSlots), then the value stack (valueStack)
	// frameAux holds the cells, the block stack and Locals. Frames of optimized code
	// (functions) with neither cells nor blocks share noAux, so that a suspended coroutine
	// of a simple function keeps no buffers for them.
	*frameAux
	// gen is the generator, coroutine or async generator running this frame, or nil.
	gen *Generator
	// The small fields last, packed: suspended coroutines each keep a frame.
	nblocks int32
	sp      int32
	pc      int32 // the next instruction to run
	lasti   int32 // the instruction being run (for f_lineno and tracebacks)
	nfast   int32 // the number of fast slots, -1 before the first use
	state   frameState
	escaped bool
	pooled  bool
	// inlined is set for a call the eval loop runs in place of its caller (see enterInline):
	// returning resumes the caller in the same loop.
	inlined bool
}

// frameAux holds a frame's Locals, cells and block stack (see Frame).
type frameAux struct {
	// Locals is the namespace LOAD_NAME and STORE_NAME use: the globals dict for a module,
	// the class namespace (any mapping) for a class body, the given mapping for exec. It is
	// nil for function frames, whose locals live in fast slots.
	Locals Value
	cells  []*Cell // CellVars then FreeVars
	blocks []block
}

// noAux is the frameAux of every frame of optimized code with no cells and no blocks. It
// is never written: such code stores no cell, pushes no block and has no Locals.
var noAux = &frameAux{}

// frameState tracks a frame through its life; generators look at it.
type frameState uint8

const (
	frameCreated frameState = iota
	frameRunning
	frameSuspended
	frameDone
)

// blockKind distinguishes the two kinds of block-stack entries.
type blockKind uint8

const (
	// blockHandler is pushed by SETUP_FINALLY, SETUP_WITH and SETUP_ASYNC_WITH.
	blockHandler blockKind = iota
	// blockExceptHandler is pushed when a handler starts; it remembers the exception that
	// was being handled before.
	blockExceptHandler
)

// block is one block-stack entry.
type block struct {
	kind    blockKind
	handler int32
	level   int32
	prev    *Exception
}

// Type returns FrameType.
func (*Frame) Type() *Type { return FrameType }

// newFrame makes (or recycles) a frame for code. Frames for generator code are never pooled.
func (th *Thread) newFrame(code *Code, globals, builtins *Dict, pooled bool) *Frame {
	var f *Frame
	if pooled {
		d := th.exec.depth
		if d < len(th.exec.pool) {
			f = th.exec.pool[d]
		}
		if f == nil || cap(f.buf) < code.frameSize || cap(f.blocks) < code.BlockStackSize || cap(f.cells) < len(code.cellNames) {
			f = allocFrame(code, 8)
			f.pooled = true
			for len(th.exec.pool) <= d {
				th.exec.pool = append(th.exec.pool, nil)
			}
			th.exec.pool[d] = f
		}
	} else if f = code.spare; f != nil {
		code.spare = nil
	} else {
		f = allocFrame(code, 0)
	}
	th.initFrame(f, code, globals, builtins)
	return f
}

// initFrame readies a new or recycled frame to run code.
func (th *Thread) initFrame(f *Frame, code *Code, globals, builtins *Dict) {
	if int(f.nfast) != len(code.VarNames) {
		f.nfast = int32(len(code.VarNames))
	}
	if len(f.cells) != len(code.cellNames) {
		f.cells = f.cells[:len(code.cellNames)] // never noAux's: its code has no cells
	}
	f.Code = code
	f.Globals = globals
	f.Builtins = builtins
	f.state = frameCreated
	f.inlined = false
}

// fastSlots returns the frame's fast locals (its buffer's first nfast slots).
func (f *Frame) fastSlots() []Value { return f.buf[:f.nfast:f.nfast] }

// valueStack returns the frame's value stack (its buffer after the fast slots).
func (f *Frame) valueStack() []Value { return f.buf[f.nfast:] }

// allocFrame allocates a frame's buffers for code, with some slack for reuse.
func allocFrame(code *Code, slack int) *Frame {
	return &Frame{buf: make([]Value, code.frameSize+slack), frameAux: newFrameAux(code, slack), nfast: -1}
}

// newFrameAux returns the frameAux a new frame for code needs (see Frame), with some slack
// for reuse.
func newFrameAux(code *Code, slack int) *frameAux {
	if slack > 0 || code.BlockStackSize > 0 || len(code.cellNames) > 0 || code.Flags&compile.FlagOptimized == 0 {
		return &frameAux{
			blocks: make([]block, code.BlockStackSize+slack/4),
			cells:  make([]*Cell, len(code.cellNames), len(code.cellNames)+slack/4),
		}
	}
	return noAux
}

// recycle keeps the frame of a finished generator as its code's spare, when nothing can
// refer to it any more: it never escaped (no traceback, gi_frame or sys._getframe saw it).
// What it refers to is cleared now, so that the spare keeps nothing alive.
func (f *Frame) recycle() {
	if f.escaped || f.pooled || f.Locals != nil {
		return
	}
	clear(f.buf)
	clear(f.cells)
	for f.nblocks > 0 {
		f.nblocks--
		f.blocks[f.nblocks].prev = nil
	}
	f.Back, f.fn, f.gen, f.Globals, f.Builtins = nil, nil, nil, nil, nil
	f.sp, f.pc, f.lasti = 0, 0, 0
	f.Code.spare = f
}

// release returns a finished pooled frame to its depth slot, clearing what it refers to.
func (th *Thread) release(f *Frame) {
	if !f.pooled {
		return
	}
	if f.escaped {
		d := th.exec.depth
		if d < len(th.exec.pool) && th.exec.pool[d] == f {
			th.exec.pool[d] = nil
		}
		return
	}
	// Indexed loops, not range loops: the compiler turns those into memclr calls, which cost
	// more than these few stores.
	fast := f.fastSlots()
	for i := 0; i < len(fast); i++ {
		fast[i] = nil
	}
	for i := 0; i < len(f.cells); i++ {
		f.cells[i] = nil
	}
	for f.nblocks > 0 {
		f.nblocks--
		f.blocks[f.nblocks].prev = nil
	}
	f.sp, f.pc = 0, 0
	if f.Locals != nil {
		f.Locals = nil
	}
}

// escape marks f, and the frames that called it, as referenced from outside.
func (f *Frame) escape() {
	for ; f != nil && !f.escaped; f = f.Back {
		f.escaped = true
	}
}

// Escape marks the frame as kept by the caller (sys._getframe, inspect): it and its callers
// will not be recycled.
func (f *Frame) Escape() *Frame {
	f.escape()
	return f
}

// ResultDiscarded reports whether the instruction after the one running (a call) throws its
// result away (POP_TOP): the call is an expression statement such as `create_task(job())`.
func (f *Frame) ResultDiscarded() bool {
	i := int(f.lasti) + 1
	return i > 0 && i < len(f.Code.Instrs) && f.Code.Instrs[i].Op == compile.POP_TOP
}

// Line returns the line being executed (f_lineno).
func (f *Frame) Line() int { return f.Code.lineAt(int(f.lasti)) }

// Function returns the function whose call created the frame, or nil (module and class
// bodies, exec).
func (f *Frame) Function() *Function { return f.fn }

// LocalsDict returns the frame's local variables as a dict (locals(), f_locals): the Locals
// mapping itself when the frame has one, otherwise a snapshot of the fast slots and cells.
func (f *Frame) LocalsDict() Value {
	if f.Locals != nil {
		return f.Locals
	}
	d := NewDict()
	for i, name := range f.Code.VarNames {
		if i < len(f.fastSlots()) && f.fastSlots()[i] != nil {
			d.SetStr(name, f.fastSlots()[i])
		}
	}
	for i, name := range f.Code.cellNames {
		if i < len(f.cells) && f.cells[i] != nil && f.cells[i].Value != nil {
			d.SetStr(name, f.cells[i].Value)
		}
	}
	return d
}

// SuperArgs returns the implicit arguments of a zero-argument super() called in this frame:
// the class from the __class__ cell and the first argument, with CPython's errors.
func (f *Frame) SuperArgs() (*Type, Value, error) {
	co := f.Code
	if co.ArgCount == 0 {
		return nil, nil, Errorf(RuntimeErrorType, "super(): no arguments")
	}
	var first Value
	if len(f.fastSlots()) > 0 {
		first = f.fastSlots()[0]
	}
	for i, a := range co.Cell2Arg {
		if a == 0 && f.cells[i] != nil {
			first = f.cells[i].Value
		}
	}
	if first == nil {
		return nil, nil, Errorf(RuntimeErrorType, "super(): arg[0] deleted")
	}
	for i, name := range co.FreeVars {
		if name != "__class__" {
			continue
		}
		cell := f.cells[len(co.CellVars)+i]
		if cell == nil {
			return nil, nil, Errorf(RuntimeErrorType, "super(): bad __class__ cell")
		}
		if cell.Value == nil {
			return nil, nil, Errorf(RuntimeErrorType, "super(): empty __class__ cell")
		}
		t, ok := cell.Value.(*Type)
		if !ok {
			return nil, nil, Errorf(RuntimeErrorType, "super(): __class__ is not a type (%s)", typeName(cell.Value))
		}
		return t, first, nil
	}
	return nil, nil, Errorf(RuntimeErrorType, "super(): __class__ cell not found")
}

// pushFrame makes f the innermost frame of th.
func (th *Thread) pushFrame(f *Frame) {
	f.Back = th.exec.frame
	th.exec.frame = f
	th.exec.depth++
}

// popFrame undoes pushFrame.
func (th *Thread) popFrame(f *Frame) {
	th.exec.frame = f.Back
	th.exec.depth--
}
