package vm

// super: attribute look-ups that search the MRO of an object's class past a given class.
// Zero-argument super() asks the interpreter for the calling frame's __class__ cell and first
// argument through the hook it installs with SetFrameSuperArgs.

// SuperType is the class of super objects.
var SuperType = NewBuiltinType("super", ObjectType, FlagBaseType).SetSolid()

// Super is a super object: attribute look-ups search the MRO of ObjType after ThisType.
type Super struct {
	ThisType *Type
	Obj      Value // nil for an unbound super
	ObjType  *Type
}

// Type returns SuperType.
func (*Super) Type() *Type { return SuperType }

// frameSuperArgs finds the arguments of a zero-argument super() call: the __class__ cell of
// the calling function and its first argument. The interpreter installs it.
var frameSuperArgs func(th *Thread) (*Type, Value, error)

// SetFrameSuperArgs installs the interpreter's implementation of zero-argument super().
func SetFrameSuperArgs(f func(th *Thread) (*Type, Value, error)) { frameSuperArgs = f }

func initSuper() {
	t := SuperType
	t.AddStaticMethod("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return &Super{}, nil
	})
	t.AddMethod("__init__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(kwnames) > 0 {
			return nil, Errorf(TypeErrorType, "super() takes no keyword arguments")
		}
		s, ok := args[0].(*Super)
		if !ok {
			return nil, descrError("__init__", SuperType, args[0])
		}
		var typ *Type
		var obj Value
		switch len(args) - 1 {
		case 0:
			if frameSuperArgs == nil {
				return nil, Errorf(RuntimeErrorType, "super(): no arguments")
			}
			var err error
			if typ, obj, err = frameSuperArgs(th); err != nil {
				return nil, err
			}
		case 1, 2:
			tt, ok := args[1].(*Type)
			if !ok {
				return nil, Errorf(TypeErrorType, "super() argument 1 must be a type, not %s", typeNameOf(args[1]))
			}
			typ = tt
			if len(args) == 3 && args[2] != None {
				obj = args[2]
			}
		default:
			return nil, Errorf(TypeErrorType, "super() expected at most 2 arguments, got %d", len(args)-1)
		}
		s.ThisType = typ
		if obj != nil {
			ot, err := superCheck(typ, obj)
			if err != nil {
				return nil, err
			}
			s.Obj, s.ObjType = obj, ot
		}
		return None, nil
	})
	t.AddMethod("__getattribute__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkSlotArgs("__getattribute__", args, kwnames, 1); err != nil {
			return nil, err
		}
		name, ok := args[1].(Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", typeNameOf(args[1]))
		}
		return superGetAttr(th, args[0].(*Super), string(name))
	})
	t.AddMethod("__get__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		s := args[0].(*Super)
		if len(args) < 2 || args[1] == None || s.Obj != nil {
			return s, nil
		}
		ot, err := superCheck(s.ThisType, args[1])
		if err != nil {
			return nil, err
		}
		return &Super{ThisType: s.ThisType, Obj: args[1], ObjType: ot}, nil
	})
	t.AddMethod("__repr__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		s := args[0].(*Super)
		name := "NULL"
		if s.ThisType != nil {
			name = s.ThisType.Name
		}
		if s.ObjType != nil {
			return Str("<super: <class '" + name + "'>, <" + s.ObjType.Name + " object>>"), nil
		}
		return Str("<super: <class '" + name + "'>, NULL>"), nil
	})
	addGetter(t, "__thisclass__", func(th *Thread, self Value) (Value, error) { return self.(*Super).ThisType, nil })
	addGetter(t, "__self__", func(th *Thread, self Value) (Value, error) {
		if s := self.(*Super); s.Obj != nil {
			return s.Obj, nil
		}
		return None, nil
	})
	addGetter(t, "__self_class__", func(th *Thread, self Value) (Value, error) {
		if s := self.(*Super); s.ObjType != nil {
			return s.ObjType, nil
		}
		return None, nil
	})
}

// superCheck finds the type whose MRO super(typ, obj) searches.
func superCheck(typ *Type, obj Value) (*Type, error) {
	if t, ok := obj.(*Type); ok && t.IsSubtype(typ) {
		return t, nil
	}
	if obj.Type().IsSubtype(typ) {
		return obj.Type(), nil
	}
	if cls, err := GetAttr(nil, obj, "__class__"); err == nil {
		if ct, ok := cls.(*Type); ok && ct.IsSubtype(typ) {
			return ct, nil
		}
	}
	return nil, Errorf(TypeErrorType, "super(type, obj): obj must be an instance or subtype of type")
}

// superGetAttr looks name up along the MRO after ThisType.
func superGetAttr(th *Thread, s *Super, name string) (Value, error) {
	if s.ObjType != nil && name != "__class__" {
		mro := s.ObjType.MRO
		i := 0
		for i < len(mro) && mro[i] != s.ThisType {
			i++
		}
		for i++; i < len(mro); i++ {
			if mro[i].Dict == nil {
				continue
			}
			v, ok := mro[i].Dict.GetStr(name)
			if !ok {
				continue
			}
			inst := s.Obj
			if Is(s.Obj, s.ObjType) {
				inst = nil
			}
			return descrGet(th, v, inst, s.ObjType)
		}
	}
	return genericGetAttr(th, s, SuperType, name, nil)
}
