package vm

// The builtin classes. Each one's methods are added to its Dict by the file that implements
// the type (an init function there), so that this list stays a readable index.
var (
	ObjectType             = NewBuiltinType("object", nil, FlagBaseType)
	TypeType               = NewBuiltinType("type", ObjectType, FlagBaseType).SetSolid()
	NoneTypeType           = NewBuiltinType("NoneType", ObjectType, 0).SetSolid()
	NotImplementedTypeType = NewBuiltinType("NotImplementedType", ObjectType, 0).SetSolid()
	EllipsisType           = NewBuiltinType("ellipsis", ObjectType, 0).SetSolid()
	IntType                = NewBuiltinType("int", ObjectType, FlagBaseType).SetSolid()
	BoolType               = NewBuiltinType("bool", IntType, 0).SetSolid()
	FloatType              = NewBuiltinType("float", ObjectType, FlagBaseType).SetSolid()
	ComplexType            = NewBuiltinType("complex", ObjectType, FlagBaseType).SetSolid()
	StrType                = NewBuiltinType("str", ObjectType, FlagBaseType).SetSolid()
	BytesType              = NewBuiltinType("bytes", ObjectType, FlagBaseType).SetSolid()
	ByteArrayType          = NewBuiltinType("bytearray", ObjectType, FlagBaseType).SetSolid()
	TupleType              = NewBuiltinType("tuple", ObjectType, FlagBaseType).SetSolid()
	ListType               = NewBuiltinType("list", ObjectType, FlagBaseType).SetSolid()
	DictType               = NewBuiltinType("dict", ObjectType, FlagBaseType).SetSolid()
	SetType                = NewBuiltinType("set", ObjectType, FlagBaseType).SetSolid()
	FrozenSetType          = NewBuiltinType("frozenset", ObjectType, FlagBaseType).SetSolid()
	RangeType              = NewBuiltinType("range", ObjectType, 0).SetSolid()
	SliceType              = NewBuiltinType("slice", ObjectType, 0).SetSolid()
	CellType               = NewBuiltinType("cell", ObjectType, 0).SetSolid()
	TracebackType          = NewBuiltinType("traceback", ObjectType, 0).SetSolid()
	ModuleType             = NewBuiltinType("module", ObjectType, FlagBaseType).SetSolid()
	// BuiltinFunctionType is the class of Go functions and of methods bound to builtin
	// objects ("builtin_function_or_method").
	BuiltinFunctionType = NewBuiltinType("builtin_function_or_method", ObjectType, 0).SetSolid()
	// MethodDescriptorType is the class of unbound Go methods of builtin types
	// (list.append is a "method_descriptor").
	MethodDescriptorType = NewBuiltinType("method_descriptor", ObjectType, 0).SetSolid()
	// WrapperDescriptorType is the class of unbound Go methods that fill a type slot
	// (int.__add__ and object.__init__ are "wrapper_descriptor"s, shown as slot wrappers).
	WrapperDescriptorType = NewBuiltinType("wrapper_descriptor", ObjectType, 0).SetSolid()
	// MethodWrapperType is the class of a slot method bound to its object ((1).__add__).
	MethodWrapperType = NewBuiltinType("method-wrapper", ObjectType, 0).SetSolid()
	// ClassMethodDescriptorType is the class of a Go class method as its type's dict holds
	// it (dict.__dict__["fromkeys"]); looked up on the class, it binds the class.
	ClassMethodDescriptorType = NewBuiltinType("classmethod_descriptor", ObjectType, 0).SetSolid()
)
