package compile

// This file is the assembler: it turns a unit's instruction list, whose jumps name labels, into
// the final Code. It resolves labels, walks the control-flow graph from the entry to find the
// reachable instructions and the depth of the value stack and of the block stack before each
// one, and removes unreachable instructions (code after a return, the dead arm of `if True:`).
//
// Every path must reach an instruction with the same depths; the compiler's sequences are
// designed that way, so a mismatch is a compiler bug and panics (Compile turns the panic into
// an internal error).

import (
	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
	"github.com/asobiba/asobiba/runtime/syntax"
)

// stackEffect returns the change in value-stack depth of an instruction: on the fall-through
// path, or on the jump (or handler) path when jump is true.
func stackEffect(op Opcode, arg int, jump bool) int {
	switch op {
	case NOP, ROT_TWO, ROT_THREE, ROT_FOUR, ROT_N:
		return 0
	case POP_TOP:
		return -1
	case DUP_TOP, GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS:
		return 1
	case MATCH_CLASS:
		return -2
	case COPY_DICT_WITHOUT_KEYS:
		return 0
	case DUP_TOP_TWO:
		return 2
	case LOAD_CONST, LOAD_FAST, LOAD_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF, LOAD_NAME,
		LOAD_GLOBAL, LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR:
		return 1
	case STORE_FAST, STORE_DEREF, STORE_NAME, STORE_GLOBAL:
		return -1
	case DELETE_FAST, DELETE_DEREF, DELETE_NAME, DELETE_GLOBAL:
		return 0
	case LOAD_ATTR:
		return 0
	case STORE_ATTR:
		return -2
	case DELETE_ATTR:
		return -1
	case LOAD_METHOD:
		return 1
	case UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT:
		return 0
	case BINARY_OP, COMPARE_OP, IS_OP, CONTAINS_OP, BINARY_SUBSCR:
		return -1
	case STORE_SUBSCR:
		return -3
	case DELETE_SUBSCR:
		return -2
	case BUILD_SLICE:
		return 1 - arg
	case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING:
		return 1 - arg
	case BUILD_MAP:
		return 1 - 2*arg
	case BUILD_CONST_KEY_MAP:
		return -arg
	case LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE:
		return -1
	case MAP_ADD:
		return -2
	case LIST_TO_TUPLE:
		return 0
	case UNPACK_SEQUENCE:
		return arg - 1
	case UNPACK_EX:
		return (arg & 0xFF) + (arg >> 8)
	case FORMAT_VALUE:
		if arg&4 != 0 {
			return -1
		}
		return 0
	case JUMP:
		return 0
	case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE:
		return -1
	case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP:
		if jump {
			return 0
		}
		return -1
	case GET_ITER:
		return 0
	case FOR_ITER:
		if jump {
			return -1
		}
		return 1
	case RETURN_VALUE:
		return -1
	case CALL:
		return -arg
	case CALL_KW:
		return -arg - 1
	case CALL_EX:
		return -1 - arg&1
	case CALL_METHOD:
		return -arg - 1
	case CALL_METHOD_KW:
		return -arg - 2
	case MAKE_FUNCTION:
		n := 0
		for f := arg; f != 0; f >>= 1 {
			n += f & 1
		}
		return -n
	case SETUP_FINALLY:
		if jump {
			return 1
		}
		return 0
	case POP_BLOCK, POP_EXCEPT:
		return 0
	case RERAISE:
		return -1
	case RAISE_VARARGS:
		return -arg
	case CHECK_EXC_MATCH, CHECK_EG_MATCH:
		return 0
	case PREP_RERAISE_STAR:
		return -1
	case SETUP_WITH:
		return 1
	case WITH_EXCEPT_START:
		return 1
	case GEN_START:
		return -1
	case YIELD_VALUE:
		return 0
	case YIELD_FROM:
		return -1
	case GET_YIELD_FROM_ITER, GET_AWAITABLE, GET_AITER:
		return 0
	case GET_ANEXT:
		return 1
	case END_ASYNC_FOR:
		return -2
	case BEFORE_ASYNC_WITH:
		return 1
	case SETUP_ASYNC_WITH:
		return 0
	case IMPORT_NAME:
		return -1
	case IMPORT_FROM:
		return 1
	case IMPORT_STAR:
		return -1
	case SETUP_ANNOTATIONS:
		return 0
	case PRINT_EXPR:
		return -1
	}
	panic(msgfmt.Sprintf("stackEffect: unknown opcode %d", int(op)))
}

// blockEffect returns the change in block-stack depth of an instruction, on the fall-through
// or the jump path. Entering a handler pops the setup block and pushes an EXCEPT_HANDLER block.
func blockEffect(op Opcode, jump bool) int {
	switch op {
	case SETUP_FINALLY, SETUP_WITH, SETUP_ASYNC_WITH:
		return 1
	case POP_BLOCK, POP_EXCEPT, END_ASYNC_FOR:
		return -1
	}
	return 0
}

// isTerminal reports whether control never falls through the instruction.
func isTerminal(op Opcode) bool {
	switch op {
	case JUMP, RETURN_VALUE, RERAISE, RAISE_VARARGS:
		return true
	}
	return false
}

// assemble finishes u.code: instructions with resolved jumps, line table, stack sizes.
func assemble(u *unit) {
	code := u.code
	instrs := u.instrs
	lines := u.lines
	// Resolve labels.
	for i := range instrs {
		if instrs[i].Op.IsJump() {
			target := u.labels[instrs[i].Arg]
			if target < 0 {
				panic("jump to an unbound label")
			}
			if int(target) >= len(instrs) {
				panic(msgfmt.Sprintf("jump past the end in %s", code.QualName))
			}
			instrs[i].Arg = uint32(target)
		}
	}

	// Walk the control-flow graph.
	const unseen = -1
	depth := make([]int, len(instrs))
	blocks := make([]int, len(instrs))
	for i := range depth {
		depth[i] = unseen
	}
	maxDepth, maxBlocks := 0, 0
	var work []int
	visit := func(from, to, d, b int) {
		if to >= len(instrs) {
			panic(msgfmt.Sprintf("control falls off the end of %s", code.QualName))
		}
		if d < 0 || b < 0 {
			panic(msgfmt.Sprintf("negative stack depth at %d (from %d) in %s", to, from, code.QualName))
		}
		if depth[to] == unseen {
			depth[to], blocks[to] = d, b
			work = append(work, to)
			return
		}
		if depth[to] != d || blocks[to] != b {
			panic(msgfmt.Sprintf("inconsistent stack depth at %d in %s: %d/%d from %d, was %d/%d",
				to, code.QualName, d, b, from, depth[to], blocks[to]))
		}
	}
	start := 0
	if code.Flags&(FlagGenerator|FlagCoroutine|FlagAsyncGenerator) != 0 {
		start = 1 // the first sent value, which GEN_START pops
	}
	if len(instrs) > 0 {
		visit(-1, 0, start, 0)
	}
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		in := instrs[i]
		d, b := depth[i], blocks[i]
		if d > maxDepth {
			maxDepth = d
		}
		if b > maxBlocks {
			maxBlocks = b
		}
		if in.Op.IsJump() {
			jd := d + stackEffect(in.Op, int(in.Arg), true)
			jb := b + blockEffect(in.Op, true)
			if jd > maxDepth {
				maxDepth = jd
			}
			visit(i, int(in.Arg), jd, jb)
		}
		if !isTerminal(in.Op) {
			nd := d + stackEffect(in.Op, int(in.Arg), false)
			nb := b + blockEffect(in.Op, false)
			if nd > maxDepth {
				maxDepth = nd
			}
			if nb > maxBlocks {
				maxBlocks = nb
			}
			visit(i, i+1, nd, nb)
		}
	}

	// Drop unreachable instructions.
	newIndex := make([]int, len(instrs))
	n := 0
	for i := range instrs {
		newIndex[i] = n
		if depth[i] != unseen {
			n++
		}
	}
	outInstrs := make([]Instr, 0, n)
	outLines := make([]int32, 0, n)
	outSpans := make([]syntax.Span, 0, n)
	for i, in := range instrs {
		if depth[i] == unseen {
			continue
		}
		if in.Op.IsJump() {
			in.Arg = uint32(newIndex[in.Arg])
		}
		outInstrs = append(outInstrs, in)
		outLines = append(outLines, lines[i])
		outSpans = append(outSpans, u.spans[i])
	}
	code.Instrs = outInstrs
	code.Lines = outLines
	code.Positions = outSpans
	code.StackSize = maxDepth
	code.BlockStackSize = maxBlocks
}
