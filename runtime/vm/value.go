package vm

// Value is a Python object.
type Value interface {
	// Type returns the object's class (type(obj) in Python).
	Type() *Type
}

// NoneType is the type of None; None is its only value.
type NoneType struct{}

// None is Python's None.
var None = &NoneType{}

// Type returns NoneTypeType.
func (*NoneType) Type() *Type { return NoneTypeType }

// NotImplementedType is the type of NotImplemented.
type NotImplementedType struct{}

// NotImplemented is returned by binary dunders that do not support an operand.
var NotImplemented = &NotImplementedType{}

// Type returns NotImplementedTypeType.
func (*NotImplementedType) Type() *Type { return NotImplementedTypeType }

// EllipsisValue is the type of Ellipsis.
type EllipsisValue struct{}

// Ellipsis is Python's `...`.
var Ellipsis = &EllipsisValue{}

// Type returns EllipsisType.
func (*EllipsisValue) Type() *Type { return EllipsisType }

// Bool is a Python bool.
type Bool bool

// The two bools.
const (
	True  = Bool(true)
	False = Bool(false)
)

// Type returns BoolType.
func (Bool) Type() *Type { return BoolType }

// Int is a Python int that fits in int64. Ints that do not fit are *BigInt.
type Int int64

// Type returns IntType.
func (Int) Type() *Type { return IntType }

// Float is a Python float.
type Float float64

// Type returns FloatType.
func (Float) Type() *Type { return FloatType }

// Complex is a Python complex.
type Complex complex128

// Type returns ComplexType.
func (Complex) Type() *Type { return ComplexType }

// Str is a Python str, stored as UTF-8. Indexing and len count code points.
type Str string

// Type returns StrType.
func (Str) Type() *Type { return StrType }

// Bytes is a Python bytes object; the Go string holds the raw bytes.
type Bytes string

// Type returns BytesType.
func (Bytes) Type() *Type { return BytesType }

// Tuple is a Python tuple. Tuples are not comparable with ==: use Is for identity.
type Tuple []Value

// Type returns TupleType.
func (Tuple) Type() *Type { return TupleType }

// List is a Python list.
type List struct {
	Items []Value
}

// Type returns ListType.
func (*List) Type() *Type { return ListType }

// Cell is a variable captured by a closure.
type Cell struct {
	// Value is the cell's content, or nil when the variable is unbound.
	Value Value
}

// Type returns CellType.
func (*Cell) Type() *Type { return CellType }

// Instance is an object of a user-defined class (or of a builtin class with no special
// layout, such as object()).
type Instance struct {
	Class *Type
	// Dict is the instance __dict__ (nil for classes whose instances have none).
	Dict *Dict
	// Base holds the builtin payload for instances of subclasses of builtin types: for
	// `class MyList(list)` it is the *List the instance behaves as; nil otherwise.
	Base Value
	// Slots holds __slots__ values by index (nil when unset).
	Slots []Value
}

// Type returns the instance's class.
func (o *Instance) Type() *Type { return o.Class }

// Is reports whether a and b are the same object (Python's `is`).
func Is(a, b Value) bool {
	switch x := a.(type) {
	case Tuple:
		y, ok := b.(Tuple)
		if !ok || len(x) != len(y) {
			return false
		}
		return len(x) == 0 || &x[0] == &y[0]
	case Float:
		y, ok := b.(Float)
		// Two floats are the same object only if they are the same value and bits.
		return ok && (x == y || x != x && y != y)
	}
	if _, ok := b.(Tuple); ok {
		return false
	}
	return a == b
}
