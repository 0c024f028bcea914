package vm

// A generator and its frame are made together: calling a coroutine function creates both,
// and a program may create a hundred thousand coroutines. Allocating the Generator, the Frame
// and the frame's buffer as one object, in a struct whose slot array fills a size class of
// Go's allocator, costs one allocation where three were made, and fewer bytes for the garbage
// collector to scan: on the browser's single thread every allocation is paid in full.
//
// The frame stays inside its generator's memory for its whole life. When the generator
// finishes, the frame may still become its code's spare (Frame.recycle), which keeps the
// finished Generator's memory alive with it; finish has already dropped what it refers to
// but its code and names, so the spare keeps nothing of the program's alive.

// genFrame is a generator followed by its frame; the generator's slot array follows in the
// sized variants below.
type genFrame struct {
	g Generator
	f Frame
}

// The sized variants: each slot array takes a genFrame (168 bytes) to just under one of Go's
// size classes (every 16 bytes up to 256, then every 32 up to 512), so that no slot is paid
// for and left unused.
type (
	genFrame1 struct {
		genFrame
		slots [1]Value
	}
	genFrame2 struct {
		genFrame
		slots [2]Value
	}
	genFrame3 struct {
		genFrame
		slots [3]Value
	}
	genFrame4 struct {
		genFrame
		slots [4]Value
	}
	genFrame5 struct {
		genFrame
		slots [5]Value
	}
	genFrame7 struct {
		genFrame
		slots [7]Value
	}
	genFrame9 struct {
		genFrame
		slots [9]Value
	}
	genFrame11 struct {
		genFrame
		slots [11]Value
	}
	genFrame13 struct {
		genFrame
		slots [13]Value
	}
	genFrame15 struct {
		genFrame
		slots [15]Value
	}
	genFrame17 struct {
		genFrame
		slots [17]Value
	}
	genFrame19 struct {
		genFrame
		slots [19]Value
	}
	genFrame21 struct {
		genFrame
		slots [21]Value
	}
)

// allocGenFrame allocates a generator and a fresh frame for code together: one object when
// the frame's buffer fits a sized variant, else the buffer on its own.
func allocGenFrame(code *Code) (*Generator, *Frame) {
	n := code.frameSize
	var gf *genFrame
	var buf []Value
	switch {
	case n <= 1:
		x := new(genFrame1)
		gf, buf = &x.genFrame, x.slots[:n]
	case n <= 2:
		x := new(genFrame2)
		gf, buf = &x.genFrame, x.slots[:n]
	case n <= 3:
		x := new(genFrame3)
		gf, buf = &x.genFrame, x.slots[:n]
	case n <= 4:
		x := new(genFrame4)
		gf, buf = &x.genFrame, x.slots[:n]
	case n <= 5:
		x := new(genFrame5)
		gf, buf = &x.genFrame, x.slots[:n]
	case n <= 7:
		x := new(genFrame7)
		gf, buf = &x.genFrame, x.slots[:n]
	case n <= 9:
		x := new(genFrame9)
		gf, buf = &x.genFrame, x.slots[:n]
	case n <= 11:
		x := new(genFrame11)
		gf, buf = &x.genFrame, x.slots[:n]
	case n <= 13:
		x := new(genFrame13)
		gf, buf = &x.genFrame, x.slots[:n]
	case n <= 15:
		x := new(genFrame15)
		gf, buf = &x.genFrame, x.slots[:n]
	case n <= 17:
		x := new(genFrame17)
		gf, buf = &x.genFrame, x.slots[:n]
	case n <= 19:
		x := new(genFrame19)
		gf, buf = &x.genFrame, x.slots[:n]
	case n <= 21:
		x := new(genFrame21)
		gf, buf = &x.genFrame, x.slots[:n]
	default:
		gf, buf = new(genFrame), make([]Value, n)
	}
	gf.f.buf, gf.f.frameAux, gf.f.nfast = buf, newFrameAux(code, 0), -1
	return &gf.g, &gf.f
}

// newGenFrame returns a generator and a frame ready for its arguments: the code's spare
// frame with a new Generator when there is one, else both allocated together.
func (th *Thread) newGenFrame(code *Code, globals, builtins *Dict) (*Generator, *Frame) {
	var g *Generator
	f := code.spare
	if f != nil {
		code.spare = nil
		g = new(Generator)
	} else {
		g, f = allocGenFrame(code)
	}
	th.initFrame(f, code, globals, builtins)
	return g, f
}
