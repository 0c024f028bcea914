// Package vm is Asobiba's Python object model and bytecode interpreter.
//
// # Values
//
// Every Python object is a Value: a Go value whose Type method returns its Python class. The
// common objects have their own Go representations, chosen so that hot operations allocate
// little:
//
//	None                 *NoneType (the singleton None)
//	bool                 Bool (True, False)
//	int                  Int (int64) when the value fits, otherwise *BigInt; arithmetic always
//	                     returns the smallest form, so an Int is never a *BigInt in disguise
//	float, complex       Float, Complex
//	str                  Str (a Go string holding UTF-8; indices count code points)
//	bytes                Bytes (a Go string holding the raw bytes)
//	tuple                Tuple ([]Value; never compare Values with == when they may be tuples:
//	                     use Is)
//	list, dict, set      *List, *Dict, *Set (frozenset shares *Set with its Frozen flag)
//	user objects         *Instance (a class, a __dict__, and for subclasses of builtin types the
//	                     builtin payload in Base: class MyInt(int) holds an Int there)
//	exceptions           *Exception (also for user subclasses of BaseException)
//	classes              *Type
//
// # Behaviour lives in type dictionaries
//
// What a Python program can observe about a type — its methods, its dunders — lives in the
// type's Dict, exactly as in CPython: list.__len__ and list.append are *Builtin entries of
// ListType.Dict. The generic operations in protocol.go (Repr, Hash, Equal, BinaryOp, GetItem,
// Iter, Next, ...) first try Go fast paths for the builtin representations and otherwise look
// the dunder up along the type's MRO and call it, so a user class that defines __add__ or
// subclasses list behaves as in CPython. A fast path must never disagree with the dunder it
// shortcuts.
//
// # Errors are exceptions
//
// Functions that can fail return (Value, error). A Python exception travels as *Exception,
// which implements error; any other error reaching the interpreter is converted to an
// internal-error exception. Build exceptions with Errorf(TypeErrorType, ...) or
// NewException(cls, args...). Go panics are bugs: they are recovered only at the engine's API
// boundary.
//
// # Calling convention
//
// Callables are called as Call(th, fn, args, kwnames): the positional arguments come first in
// args, followed by one value per name in kwnames. Builtins implemented in Go have the same
// shape (BuiltinFunc) and parse their arguments with the helpers in args.go.
//
// # Threads of execution
//
// A *Thread is one Python thread of execution: its frame stack, the exception being handled,
// the step counter and the cancel check. An *Interp owns what threads share: sys.modules, the
// builtins, the standard streams and the injected virtual clock.
package vm
