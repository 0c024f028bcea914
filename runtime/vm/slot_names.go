package vm

// slotMethodNames are the dunder methods that fill a type slot in CPython (its slotdefs):
// a builtin type's own definition of one is a slot wrapper ("<slot wrapper '__add__' of
// 'int' objects>"), while its other methods are method descriptors.
var slotMethodNames = map[string]bool{
	"__getattribute__": true, "__getattr__": true, "__setattr__": true, "__delattr__": true,
	"__repr__": true, "__str__": true, "__hash__": true, "__call__": true,
	"__lt__": true, "__le__": true, "__eq__": true, "__ne__": true, "__gt__": true, "__ge__": true,
	"__iter__": true, "__next__": true, "__get__": true, "__set__": true, "__delete__": true,
	"__init__": true, "__del__": true, "__await__": true, "__aiter__": true, "__anext__": true,
	"__len__": true, "__getitem__": true, "__setitem__": true, "__delitem__": true, "__contains__": true,
	"__buffer__": true, "__release_buffer__": true,
	"__add__": true, "__radd__": true, "__sub__": true, "__rsub__": true, "__mul__": true, "__rmul__": true,
	"__mod__": true, "__rmod__": true, "__divmod__": true, "__rdivmod__": true, "__pow__": true, "__rpow__": true,
	"__neg__": true, "__pos__": true, "__abs__": true, "__bool__": true, "__invert__": true,
	"__lshift__": true, "__rlshift__": true, "__rshift__": true, "__rrshift__": true,
	"__and__": true, "__rand__": true, "__xor__": true, "__rxor__": true, "__or__": true, "__ror__": true,
	"__int__": true, "__float__": true, "__index__": true,
	"__floordiv__": true, "__rfloordiv__": true, "__truediv__": true, "__rtruediv__": true,
	"__matmul__": true, "__rmatmul__": true,
	"__iadd__": true, "__isub__": true, "__imul__": true, "__imod__": true, "__ipow__": true,
	"__ilshift__": true, "__irshift__": true, "__iand__": true, "__ixor__": true, "__ior__": true,
	"__ifloordiv__": true, "__itruediv__": true, "__imatmul__": true,
}

// isSlotMethod reports whether CPython shows t's own method name as a slot wrapper. A few
// types define a slot's method again as an ordinary method for speed (METH_COEXIST), and
// CPython shows those as method descriptors: list and dict's __getitem__, and dict, set and
// frozenset's __contains__.
func isSlotMethod(t *Type, name string) bool {
	if !slotMethodNames[name] {
		return false
	}
	switch t {
	case ListType:
		return name != "__getitem__"
	case DictType:
		return name != "__getitem__" && name != "__contains__"
	case SetType, FrozenSetType:
		return name != "__contains__"
	}
	return true
}
