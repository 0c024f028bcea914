package compile

// Opcode is one bytecode operation. The instruction set is modelled on CPython 3.10's (a value
// stack, a block stack for exception handlers, YIELD_FROM for delegation), simplified where
// CPython's choices served only its C implementation.
//
// Each opcode below carries a stack picture: the values it pops (left of the arrow, top of the
// stack rightmost) and the values it pushes. "NULL" is a Go nil Value slot used by
// LOAD_METHOD / CALL_METHOD. Jump targets are absolute instruction indices.
//
// Exception handling uses a block stack kept in the frame:
//
//   - SETUP_FINALLY pushes a handler block {handler, stack level}.
//   - When an exception propagates inside the frame, the VM pops blocks: a handler block makes
//     it truncate the value stack to the block's level, push an EXCEPT_HANDLER block (which
//     remembers the thread's previously handled exception), push the exception object, make it
//     the thread's handled exception (sys.exc_info, bare raise, implicit __context__) and jump
//     to the handler; an EXCEPT_HANDLER block met while unwinding restores the previously
//     handled exception and its level. With no block left the exception leaves the frame.
//   - POP_EXCEPT pops the EXCEPT_HANDLER block and restores the previously handled exception.
//
// Generators, coroutines and async generators are frames whose value and block stacks persist
// between YIELD_VALUE / YIELD_FROM suspensions.
type Opcode uint8

// The opcodes. Keep the stack pictures exact: the compiler's stack-depth computation and the
// VM both follow them.
const (
	NOP Opcode = iota //             NOP                 -

	// Stack manipulation.
	POP_TOP     //                  x POP_TOP            -
	ROT_TWO     //                x y ROT_TWO            y x
	ROT_THREE   //              x y z ROT_THREE          z x y
	ROT_FOUR    //            w x y z ROT_FOUR           z w x y
	ROT_N       //       a1 .. an     ROT_N<n>           an a1 .. an-1
	DUP_TOP     //                  x DUP_TOP            x x
	DUP_TOP_TWO //                x y DUP_TOP_TWO        x y x y

	// Constants and names. Arg indexes Consts, Names, VarNames or the cell/free slots
	// (cells first: CellVars then FreeVars).
	LOAD_CONST           //        - LOAD_CONST<k>         value
	LOAD_FAST            //        - LOAD_FAST<i>          value    UnboundLocalError if unset
	STORE_FAST           //    value STORE_FAST<i>         -
	DELETE_FAST          //        - DELETE_FAST<i>        -
	LOAD_DEREF           //        - LOAD_DEREF<i>         value    NameError "free variable ... referenced before assignment" / UnboundLocalError
	STORE_DEREF          //    value STORE_DEREF<i>        -
	DELETE_DEREF         //        - DELETE_DEREF<i>       -
	LOAD_CLOSURE         //        - LOAD_CLOSURE<i>       cell
	LOAD_CLASSDEREF      //        - LOAD_CLASSDEREF<i>    value    class body: locals dict first, then the cell
	LOAD_NAME            //        - LOAD_NAME<n>          value    locals, globals, builtins
	STORE_NAME           //    value STORE_NAME<n>         -
	DELETE_NAME          //        - DELETE_NAME<n>        -
	LOAD_GLOBAL          //        - LOAD_GLOBAL<n>        value    globals, builtins
	STORE_GLOBAL         //    value STORE_GLOBAL<n>       -
	DELETE_GLOBAL        //        - DELETE_GLOBAL<n>      -
	LOAD_ATTR            //      obj LOAD_ATTR<n>          value
	STORE_ATTR           // value obj STORE_ATTR<n>        -
	DELETE_ATTR          //      obj DELETE_ATTR<n>        -
	LOAD_METHOD          //      obj LOAD_METHOD<n>        meth obj   (unbound function found on the type) or NULL attr
	LOAD_BUILD_CLASS     //        - LOAD_BUILD_CLASS      __build_class__
	LOAD_ASSERTION_ERROR //       - LOAD_ASSERTION_ERROR  AssertionError

	// Operators. BINARY_OP's arg is a BinaryOp (the in-place forms included); COMPARE_OP's a
	// CompareOp.
	UNARY_POSITIVE //       x UNARY_POSITIVE   +x
	UNARY_NEGATIVE //       x UNARY_NEGATIVE   -x
	UNARY_NOT      //       x UNARY_NOT        not x
	UNARY_INVERT   //       x UNARY_INVERT     ~x
	BINARY_OP      //     x y BINARY_OP<op>    x op y
	COMPARE_OP     //     x y COMPARE_OP<op>   x op y     (<, <=, ==, !=, >, >=)
	IS_OP          //     x y IS_OP<inv>       x is y     (inv=1: is not)
	CONTAINS_OP    //     x y CONTAINS_OP<inv> x in y     (inv=1: not in)
	BINARY_SUBSCR  //   obj k BINARY_SUBSCR    obj[k]
	STORE_SUBSCR   // v obj k STORE_SUBSCR     -          obj[k] = v
	DELETE_SUBSCR  //   obj k DELETE_SUBSCR    -
	BUILD_SLICE    //   a b [c] BUILD_SLICE<2|3> slice(a, b[, c])

	// Containers. Counts are in the arg.
	BUILD_TUPLE         //  x1..xn BUILD_TUPLE<n>        (x1, .., xn)
	BUILD_LIST          //  x1..xn BUILD_LIST<n>         [x1, .., xn]
	BUILD_SET           //  x1..xn BUILD_SET<n>          {x1, .., xn}
	BUILD_MAP           //  k1 v1 .. kn vn BUILD_MAP<n>  {k1: v1, ..}
	BUILD_CONST_KEY_MAP // v1..vn keys BUILD_CONST_KEY_MAP<n> {keys[0]: v1, ..}
	BUILD_STRING        //  s1..sn BUILD_STRING<n>       s1 + .. + sn
	LIST_APPEND         //  list at depth i below x: x LIST_APPEND<i> -   (comprehensions: list is i-th from top after popping x)
	SET_ADD             //  x SET_ADD<i>                 -
	MAP_ADD             //  k v MAP_ADD<i>               -
	LIST_EXTEND         //  list .. it LIST_EXTEND<i>    list ..   (list is i-th from top after popping it)
	SET_UPDATE          //  set .. it SET_UPDATE<i>      set ..
	DICT_UPDATE         //  dict .. m DICT_UPDATE<i>     dict ..   ({**m}: any mapping; TypeError "'int' object is not a mapping")
	DICT_MERGE          //  dict .. m DICT_MERGE<i>      dict ..   (f(**m): duplicate keys raise "got multiple values for keyword argument")
	LIST_TO_TUPLE       //  list LIST_TO_TUPLE           tuple
	UNPACK_SEQUENCE     //  seq UNPACK_SEQUENCE<n>       xn .. x1   (x1 on top)
	UNPACK_EX           //  seq UNPACK_EX<before | after<<8> after.. list before..  (first on top)
	FORMAT_VALUE        //  x [spec] FORMAT_VALUE<flags> str  (flags&3: 0 none, 1 str, 2 repr, 3 ascii; flags&4: spec on stack)

	// Control flow.
	JUMP                 //   - JUMP<target>                 -
	POP_JUMP_IF_FALSE    //   x POP_JUMP_IF_FALSE<target>    -
	POP_JUMP_IF_TRUE     //   x POP_JUMP_IF_TRUE<target>     -
	JUMP_IF_FALSE_OR_POP //   x JUMP_IF_FALSE_OR_POP<target> x (jumped) or - (fell through)
	JUMP_IF_TRUE_OR_POP  //   x JUMP_IF_TRUE_OR_POP<target>  x (jumped) or -
	GET_ITER             //   x GET_ITER                     iter(x)
	FOR_ITER             //  it FOR_ITER<target>             it next(it)   or - and jump when exhausted
	RETURN_VALUE         //   x RETURN_VALUE                 (frame returns x)

	// Calls and functions.
	CALL           // f a1..an CALL<n>                     f(a1..an)
	CALL_KW        // f a1..an names CALL_KW<n>            f(...) where names is a const tuple of the last len(names) args' keywords; n counts all args
	CALL_EX        // f args [kwargs] CALL_EX<flags>       f(*args, **kwargs)  (flags&1: kwargs dict present; args is a tuple)
	CALL_METHOD    // meth self a1..an CALL_METHOD<n>      meth(self, a1..an)   or  NULL f a1..an -> f(a1..an)
	CALL_METHOD_KW // meth self a1..an names CALL_METHOD_KW<n> as CALL_KW with the LOAD_METHOD pair
	MAKE_FUNCTION  // [defaults] [kwdefaults] [annotations] [closure] code MAKE_FUNCTION<flags> function
	//                flags: 1 defaults tuple, 2 kw-only defaults dict, 4 annotations dict, 8 closure tuple of cells

	// Exceptions and blocks.
	SETUP_FINALLY     //       - SETUP_FINALLY<handler>    -        push a handler block
	POP_BLOCK         //       - POP_BLOCK                 -        pop a handler block
	POP_EXCEPT        //       - POP_EXCEPT                -        pop the EXCEPT_HANDLER block, restore the handled exception
	RERAISE           //     exc RERAISE                   (raises exc again, keeping its traceback)
	RAISE_VARARGS     // [exc [cause]] RAISE_VARARGS<0|1|2> (raise / raise exc / raise exc from cause)
	CHECK_EXC_MATCH   //  exc typ CHECK_EXC_MATCH          exc bool   (TypeError if typ is not an exception class or tuple of them)
	CHECK_EG_MATCH    //  eg typ CHECK_EG_MATCH            rest match  (except*: split the group; match is None when nothing matched; see below)
	PREP_RERAISE_STAR //  orig list PREP_RERAISE_STAR      exc-or-None (except*: the group to raise from the raised/unhandled parts; see below)
	SETUP_WITH        //     mgr SETUP_WITH<handler>       exit enter_result   and pushes a handler block whose level counts exit but not enter_result
	WITH_EXCEPT_START //    exit exc WITH_EXCEPT_START     exit exc result   (exit is directly below exc; calls exit(type(exc), exc, exc.__traceback__))

	// Generators, coroutines, async.
	GEN_START           //        x GEN_START<kind>          -  (first instruction of generator code: pops the sent None; kind 0 gen, 1 coro, 2 async gen)
	YIELD_VALUE         //        x YIELD_VALUE              sent     (suspends the frame, handing x to the caller)
	YIELD_FROM          //   sub x YIELD_FROM                result   (sends x into sub; while sub yields, the frame yields that and repeats)
	GET_YIELD_FROM_ITER //        x GET_YIELD_FROM_ITER      iter
	GET_AWAITABLE       //        x GET_AWAITABLE<where>     awaitable  (where: 0 await, 1 __aenter__, 2 __aexit__ for messages)
	GET_AITER           //        x GET_AITER                aiter
	GET_ANEXT           //    aiter GET_ANEXT                aiter awaitable
	END_ASYNC_FOR       // aiter exc END_ASYNC_FOR           -   (StopAsyncIteration: pops both and the EXCEPT_HANDLER block, as POP_EXCEPT; anything else is re-raised as RERAISE does)
	BEFORE_ASYNC_WITH   //      mgr BEFORE_ASYNC_WITH        aexit awaitable(aenter())   (the compiler follows it with GET_AWAITABLE<1>)
	SETUP_ASYNC_WITH    //        x SETUP_ASYNC_WITH<handler> x  and pushes a handler block whose level does not count x (it counts aexit below it)

	// Modules, classes, annotations.
	IMPORT_NAME       // level fromlist IMPORT_NAME<n>  module
	IMPORT_FROM       //           module IMPORT_FROM<n> module attr
	IMPORT_STAR       //           module IMPORT_STAR    -
	SETUP_ANNOTATIONS //               - SETUP_ANNOTATIONS -   (creates __annotations__ in the namespace if missing)
	PRINT_EXPR        //               x PRINT_EXPR        -   (interactive mode only: calls sys.displayhook(x))

	// Structural pattern matching (the match statement; see below).
	GET_LEN                //            x GET_LEN                x len(x)
	MATCH_MAPPING          //      subject MATCH_MAPPING          subject bool   (a collections.abc.Mapping)
	MATCH_SEQUENCE         //      subject MATCH_SEQUENCE         subject bool   (a collections.abc.Sequence, not str, bytes or bytearray)
	MATCH_KEYS             // subject keys MATCH_KEYS             subject keys values-or-None
	MATCH_CLASS            // subject cls names MATCH_CLASS<n>    attrs-or-None  (n positional sub-patterns; names: tuple of keyword attributes)
	COPY_DICT_WITHOUT_KEYS // subject keys COPY_DICT_WITHOUT_KEYS subject rest   (rest: a new dict of subject's items without keys)

	numOpcodes // not an opcode
)

// The compiler's instruction sequences, which the VM must support exactly. Stack pictures list
// values bottom to top; "level" is a handler block's value-stack level.
//
// try/except. The handler is entered with the exception pushed and an EXCEPT_HANDLER block on
// the block stack; CHECK_EXC_MATCH leaves the exception in place:
//
//	    SETUP_FINALLY H; <body>; POP_BLOCK; <else>; JUMP END
//	H:  exc                              (EXCEPT_HANDLER block pushed)
//	    <type>; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE NEXT          exc
//	    POP_TOP; <handler body>; POP_EXCEPT; JUMP END               (no "as" name)
//	    STORE e; SETUP_FINALLY C; <handler body>; POP_BLOCK; POP_EXCEPT
//	    LOAD_CONST None; STORE e; DELETE e; JUMP END                ("as e")
//	C:  LOAD_CONST None; STORE e; DELETE e; RERAISE                 (the handler body raised)
//	NEXT: ... RERAISE                                               (no clause matched)
//
// RERAISE raises its operand without touching its traceback or __context__; the unwinding then
// pops the EXCEPT_HANDLER blocks, each restoring the handled exception it saved.
//
// try/finally. The finally body is compiled once per exit: after POP_BLOCK on the normal path,
// before each return/break/continue that leaves the try, and once as the handler, which runs
// with the exception on the stack and as the handled exception, then re-raises it:
//
//	    SETUP_FINALLY H; <body>; POP_BLOCK; <finally>; JUMP END
//	H:  exc; <finally>; RERAISE
//
// A return/break/continue inside that handler copy first drops it: POP_TOP (exc) and
// POP_EXCEPT (a returned value stays on top, moved with ROT_TWO).
//
// with. SETUP_WITH looks up type(mgr).__enter__ and __exit__ (TypeError "'T' object does not
// support the context manager protocol" when missing), binds __exit__ to mgr (exit), calls
// __enter__, pushes a handler block at the level that includes exit, and pushes the result:
//
//	    <mgr>; SETUP_WITH H; STORE target | POP_TOP; <body>; POP_BLOCK
//	    LOAD_CONST None; DUP_TOP; DUP_TOP; CALL 3; POP_TOP; JUMP END
//	H:  exit exc; WITH_EXCEPT_START; POP_JUMP_IF_TRUE S; RERAISE
//	S:  POP_TOP; POP_EXCEPT; POP_TOP
//
// async with is the same with awaits (GET_AWAITABLE<where>; LOAD_CONST None; YIELD_FROM):
//
//	    <mgr>; BEFORE_ASYNC_WITH; GET_AWAITABLE 1; LOAD_CONST None; YIELD_FROM
//	    SETUP_ASYNC_WITH H; STORE target | POP_TOP; <body>; POP_BLOCK
//	    LOAD_CONST None; DUP_TOP; DUP_TOP; CALL 3; GET_AWAITABLE 2; LOAD_CONST None; YIELD_FROM; POP_TOP
//	H:  aexit exc; WITH_EXCEPT_START; GET_AWAITABLE 2; LOAD_CONST None; YIELD_FROM
//	    POP_JUMP_IF_TRUE S; RERAISE
//	S:  POP_TOP; POP_EXCEPT; POP_TOP
//
// async for:
//
//	    <iterable>; GET_AITER
//	L:  SETUP_FINALLY X; GET_ANEXT; LOAD_CONST None; YIELD_FROM; POP_BLOCK
//	    STORE target; <body>; JUMP L
//	X:  aiter exc; END_ASYNC_FOR; <else>
//
// except* (try with IsStar). CHECK_EG_MATCH validates typ like CHECK_EXC_MATCH and also raises
// TypeError "catching ExceptionGroup with except* is not allowed. Use except instead." for an
// ExceptionGroup subclass; then, as CPython's _PyEval_ExceptionGroupMatch: eg None gives
// (rest None, match None); a naked exception (not a BaseExceptionGroup) that matches gives
// (None, ExceptionGroup("", [eg])) with eg's traceback; a group splits with eg.split(typ) into
// (rest, match); no match gives (eg, None). When match is not None it becomes the thread's
// handled exception (sys.exc_info() in the clause body). The sequence:
//
//	H:  exc; DUP_TOP; BUILD_LIST 0; ROT_TWO                         orig list exc
//	    per clause: <type>; CHECK_EG_MATCH                          orig list rest match
//	      DUP_TOP; LOAD_CONST None; IS_OP 0; POP_JUMP_IF_TRUE N     (no match)
//	      STORE e | POP_TOP; SETUP_FINALLY R; <body>; POP_BLOCK; [clear e]; JUMP NEXT
//	R:    orig list rest raised; [clear e]; LIST_APPEND 2; POP_EXCEPT; JUMP NEXT
//	N:    POP_TOP
//	NEXT: ...
//	    LIST_APPEND 1; PREP_RERAISE_STAR                             exc-or-None
//	    DUP_TOP; LOAD_CONST None; IS_OP 0; POP_JUMP_IF_FALSE RR
//	    POP_TOP; POP_EXCEPT; JUMP END
//	RR: RERAISE
//
// PREP_RERAISE_STAR's list holds the exceptions raised by clause bodies, then the unhandled
// rest (None when everything matched); it returns what CPython's _PyExc_PrepReraiseStar(orig,
// list) returns: None when there is nothing to raise, otherwise the group to raise (re-raised
// parts keep orig's structure and tracebacks; new exceptions are combined with them into a new
// ExceptionGroup("", ...)).
//
// Classes. class C(B, metaclass=M): body compiles to
//
//	LOAD_BUILD_CLASS; [closure] LOAD_CONST <code C>; MAKE_FUNCTION 0|8; LOAD_CONST 'C'
//	LOAD_NAME B; LOAD_NAME M; LOAD_CONST ('metaclass',); CALL_KW 3
//
// (CALL, CALL_KW or CALL_EX as for any call), then the decorators' calls and the store. The body
// code has neither FlagOptimized nor FlagNewLocals: __build_class__ runs it with the new
// namespace as its locals (LOAD_NAME/STORE_NAME use that dict). The body begins
// LOAD_NAME __name__; STORE_NAME __module__; LOAD_CONST 'qualname'; STORE_NAME __qualname__
// and, when a method uses super() or __class__, ends LOAD_CLOSURE __class__; DUP_TOP;
// STORE_NAME __classcell__; RETURN_VALUE (otherwise LOAD_CONST None; RETURN_VALUE): type.__new__
// must pop __classcell__ from the namespace and set the cell to the new class.
//
// Comprehensions are functions of one positional parameter ".0", the iterator of the outermost
// iterable, which the caller evaluates: [closure] LOAD_CONST <code <listcomp>>; MAKE_FUNCTION;
// <iterable>; GET_ITER (GET_AITER when its for is async); CALL 1. A list, set or dict
// comprehension whose code is a coroutine is awaited at once (GET_AWAITABLE 0; LOAD_CONST None;
// YIELD_FROM); a generator expression returns the generator (or async generator).
//
// Generators and coroutines start with GEN_START<kind>: the VM pushes the first sent value
// (None) before running the frame. In an async generator YIELD_VALUE hands the caller a
// wrapped value (CPython's async-generator value wrapper) so that asend() can tell it from
// the awaits' yields, which come from YIELD_FROM.
//
// Keyword arguments are passed by name tuple: f(1, b=2) is LOAD f; LOAD_CONST 1; LOAD_CONST 2;
// LOAD_CONST ('b',); CALL_KW 2. Calls with *args or **kwargs build a tuple (BUILD_LIST,
// LIST_APPEND 1 / LIST_EXTEND 1, LIST_TO_TUPLE) and a dict (BUILD_MAP or BUILD_CONST_KEY_MAP
// for the named ones, DICT_MERGE 1 for each **m) and use CALL_EX.
//
// Pattern matching follows CPython 3.10's compiler. The subject is copied (DUP_TOP) for every
// case but the last one that needs it; a pattern consumes its copy. Captured values are not
// stored at once: each is rotated (ROT_N) below what the pattern still needs on the stack, and
// the names are stored only when the whole pattern has matched, before the guard. A failing
// test jumps to a chain of POP_TOPs that drops what the pattern has pushed so far, then to the
// next case. For example:
//
//	    <subject>; DUP_TOP                                   (case [x, 1]: ...)
//	    MATCH_SEQUENCE; POP_JUMP_IF_FALSE F1
//	    GET_LEN; LOAD_CONST 2; COMPARE_OP ==; POP_JUMP_IF_FALSE F1
//	    UNPACK_SEQUENCE 2; ROT_N 1 (x); LOAD_CONST 1; COMPARE_OP ==; POP_JUMP_IF_FALSE F1'
//	    STORE x; POP_TOP; <body>; JUMP END
//	F1': POP_TOP
//	F1:  POP_TOP; <next case>
//
// MATCH_KEYS looks each key up with the subject's get method (a missing key gives None as the
// result; a duplicate key raises ValueError). MATCH_CLASS checks isinstance(subject, cls)
// (TypeError "called match pattern must be a class" when cls is not a type), reads n
// positional attributes named by cls.__match_args__ (the subject itself for one positional
// sub-pattern of bool, bytearray, bytes, dict, float, frozenset, int, list, set, str or tuple)
// and then the keyword ones, and gives their tuple, or None when an attribute is missing.
//
// Annotations. MAKE_FUNCTION's annotations operand is a dict from (mangled) parameter name and
// "return" to the evaluated annotation (a str under "from __future__ import annotations").
// Module and class bodies that contain annotated assignments begin with SETUP_ANNOTATIONS and
// store each simple annotation with LOAD_NAME __annotations__; LOAD_CONST 'x'; STORE_SUBSCR.

// HasArg reports whether the opcode uses its argument.
func (op Opcode) HasArg() bool { return op == ROT_N || op >= LOAD_CONST && !noArg[op] }

var noArg = [numOpcodes]bool{
	LOAD_BUILD_CLASS: true, LOAD_ASSERTION_ERROR: true,
	UNARY_POSITIVE: true, UNARY_NEGATIVE: true, UNARY_NOT: true, UNARY_INVERT: true,
	BINARY_SUBSCR: true, STORE_SUBSCR: true, DELETE_SUBSCR: true,
	LIST_TO_TUPLE: true, GET_ITER: true, RETURN_VALUE: true,
	POP_BLOCK: true, POP_EXCEPT: true, RERAISE: true, CHECK_EXC_MATCH: true,
	CHECK_EG_MATCH: true, PREP_RERAISE_STAR: true, WITH_EXCEPT_START: true,
	YIELD_VALUE: true, YIELD_FROM: true, GET_YIELD_FROM_ITER: true, GET_AITER: true,
	GET_ANEXT: true, END_ASYNC_FOR: true, BEFORE_ASYNC_WITH: true,
	IMPORT_STAR: true, SETUP_ANNOTATIONS: true, PRINT_EXPR: true,
	GET_LEN: true, MATCH_MAPPING: true, MATCH_SEQUENCE: true, MATCH_KEYS: true,
	COPY_DICT_WITHOUT_KEYS: true,
}

// IsJump reports whether the opcode's argument is a jump target (or handler address).
func (op Opcode) IsJump() bool {
	switch op {
	case JUMP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP,
		FOR_ITER, SETUP_FINALLY, SETUP_WITH, SETUP_ASYNC_WITH:
		return true
	}
	return false
}

// BinaryOp is BINARY_OP's argument: the operator, and whether it is the in-place form.
type BinaryOp uint8

// The binary operators, in-place forms offset by InplaceOffset.
const (
	OpAdd BinaryOp = iota
	OpSub
	OpMul
	OpMatMul
	OpTrueDiv
	OpFloorDiv
	OpMod
	OpPow
	OpLShift
	OpRShift
	OpAnd
	OpXor
	OpOr
	numBinaryOps

	// InplaceOffset added to an operator gives its augmented-assignment form (+= is
	// OpAdd+InplaceOffset): the VM tries __iadd__ first.
	InplaceOffset BinaryOp = 16
)

// CompareOp is COMPARE_OP's argument.
type CompareOp uint8

// The rich comparisons.
const (
	CmpLT CompareOp = iota
	CmpLE
	CmpEQ
	CmpNE
	CmpGT
	CmpGE
)
