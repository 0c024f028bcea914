package vm

// Attribute access: getattr, setattr, delattr and the method look-up of LOAD_METHOD.
//
// The generic algorithm is CPython's PyObject_GenericGetAttr: a data descriptor found on the
// class (property, getset, slot member, any object whose class defines __set__ or
// __delete__) wins over the instance __dict__; then the instance __dict__; then a non-data
// descriptor or plain class attribute. Classes look attributes up through their own MRO and
// then their metaclass (type_getattro); modules fall back to a module-level __getattr__.
// A user __getattribute__ replaces all of this, and __getattr__ runs when the normal look-up
// raises AttributeError.

// AttrDictHolder is implemented by objects that have a __dict__ but none of the
// representations this package knows (functions, for instance), so that generic attribute
// access can find it. AttrDict returns the dict, creating it when create is true.
type AttrDictHolder interface {
	AttrDict(create bool) *Dict
}

// instanceDict returns obj's __dict__, or nil when it has none (yet, unless create).
func instanceDict(obj Value, create bool) *Dict {
	switch o := obj.(type) {
	case *Instance:
		return o.Dict
	case *Exception:
		if o.Dict == nil && create {
			o.Dict = NewDict()
		}
		return o.Dict
	case *Module:
		return o.Dict
	case *Property:
		return o.Dict
	case *ClassMethod:
		return o.Dict
	case *StaticMethod:
		return o.Dict
	case AttrDictHolder:
		return o.AttrDict(create)
	}
	return nil
}

// attrErrorf builds an AttributeError carrying name and obj (used for "Did you mean"
// suggestions).
func attrErrorf(obj Value, name string, format string, a ...any) *Exception {
	e := Errorf(AttributeErrorType, format, a...)
	e.Dict = NewDict()
	e.Dict.SetStr("name", Str(name))
	if obj == nil {
		obj = None
	}
	e.Dict.SetStr("obj", obj)
	return e
}

// noAttr is the AttributeError for a missing attribute, worded for the kind of object.
func noAttr(obj Value, name string) *Exception {
	return attrErrorf(obj, name, "%s", noAttrMessage(obj, name))
}

// noAttrToStore is the AttributeError of a store or delete of a missing attribute. Like
// CPython's, it carries no name or obj, so it gets no "Did you mean" hint.
func noAttrToStore(obj Value, name string) *Exception {
	return Errorf(AttributeErrorType, "%s", noAttrMessage(obj, name))
}

func noAttrMessage(obj Value, name string) string {
	switch o := obj.(type) {
	case *Type:
		return "type object '" + o.Name + "' has no attribute '" + name + "'"
	case *Module:
		if n, ok := o.Dict.GetStr("__name__"); ok {
			if s, ok := n.(Str); ok {
				return "module '" + string(s) + "' has no attribute '" + name + "'"
			}
		}
		return "module has no attribute '" + name + "'"
	}
	return "'" + obj.Type().MessageName() + "' object has no attribute '" + name + "'"
}

// withAttrContext gives an AttributeError that a lookup of obj.name raised without a name
// or obj (one a __getattr__ or a property raised, say) that name and obj, as CPython's
// PyObject_GetAttr does, so that its traceback can suggest a close attribute.
func withAttrContext(err error, obj Value, name string) error {
	e, ok := err.(*Exception)
	if !ok || !e.Class.IsSubtype(AttributeErrorType) {
		return err
	}
	if _, ok := excField(e, "name"); ok {
		return err
	}
	if _, ok := excField(e, "obj"); ok {
		return err
	}
	setExcField(e, "name", Str(name))
	setExcField(e, "obj", obj)
	return err
}

// IsAttributeError reports whether err is a Python AttributeError.
func IsAttributeError(err error) bool {
	e, ok := err.(*Exception)
	return ok && e.Class.IsSubtype(AttributeErrorType)
}

// The default __getattribute__ / __setattr__ / __delattr__ implementations, recognised so
// that GetAttr can skip calling them through the type dict.
var (
	objectGetAttribute, typeGetAttribute, moduleGetAttribute *Builtin
	objectSetAttr, typeSetAttrB                              *Builtin
	objectDelAttr, typeDelAttrB                              *Builtin
)

// GetAttr is getattr(obj, name).
func GetAttr(th *Thread, obj Value, name string) (Value, error) {
	t := obj.Type()
	ga := t.Lookup("__getattribute__")
	var v Value
	var err error
	switch ga {
	case objectGetAttribute:
		if m, ok := obj.(*Module); ok && t == ModuleType {
			return moduleGetAttr(th, m, name)
		}
		v, err = genericGetAttr(th, obj, t, name, instanceDict(obj, false))
	case typeGetAttribute:
		v, err = typeGetAttr(th, obj.(*Type), name)
	case moduleGetAttribute:
		return moduleGetAttr(th, obj.(*Module), name)
	default:
		if s, ok := obj.(*Super); ok && t == SuperType {
			v, err = superGetAttr(th, s, name)
		} else if ga == nil {
			v, err = genericGetAttr(th, obj, t, name, instanceDict(obj, false))
		} else {
			v, err = callDunder(th, ga, obj, Str(name))
		}
	}
	if err != nil && IsAttributeError(err) {
		if g := t.Lookup("__getattr__"); g != nil {
			v, err = callDunder(th, g, obj, Str(name))
		}
	}
	if err != nil {
		return v, withAttrContext(err, obj, name)
	}
	return v, nil
}

// GetAttrOK is getattr(obj, name, None) with ok reporting presence: AttributeError becomes
// ok == false, other errors are returned.
func GetAttrOK(th *Thread, obj Value, name string) (Value, bool, error) {
	if t, ok := obj.(*Type); ok && typeLacks(t, name) {
		return nil, false, nil
	}
	if m, ok := obj.(*Module); ok && moduleLacks(m, name) {
		return nil, false, nil
	}
	v, err := GetAttr(th, obj, name)
	if err != nil {
		if IsAttributeError(err) {
			return nil, false, nil
		}
		return nil, false, err
	}
	return v, true, nil
}

// typeLacks reports whether class t certainly has no attribute name under the default
// type.__getattribute__, so that hasattr and getattr with a default can answer without
// building the AttributeError (futures.isfuture asks every coroutine's class for
// _asyncio_future_blocking). When it returns false, GetAttr decides.
func typeLacks(t *Type, name string) bool {
	meta := t.Type()
	return meta.Lookup("__getattribute__") == typeGetAttribute && meta.Lookup("__getattr__") == nil &&
		meta.Lookup(name) == nil && t.Lookup(name) == nil
}

// moduleLacks reports whether module m certainly has no attribute name, so that GetAttrOK
// can answer without building the AttributeError (every import asks each module it loads
// for __path__, and each `from package import name` asks the package for name first).
// When it returns false, GetAttr decides.
func moduleLacks(m *Module, name string) bool {
	if m.Dict.strLike > 0 {
		return false
	}
	_, has := m.Dict.strs[name]
	_, hook := m.Dict.strs["__getattr__"]
	_, lazy := m.Dict.strs[lazyModuleAttrs]
	return !has && !hook && !lazy && ModuleType.Lookup(name) == nil
}

// genericGetAttr is object.__getattribute__.
func genericGetAttr(th *Thread, obj Value, t *Type, name string, dict *Dict) (Value, error) {
	descr := t.Lookup(name)
	if descr != nil {
		switch d := descr.(type) {
		case *Builtin:
			// A method: never a data descriptor.
			if dict == nil || dict.Len() == 0 {
				return descrGet(th, d, obj, t)
			}
		default:
			if isDataDescr(descr) {
				return descrGet(th, descr, obj, t)
			}
		}
	}
	if dict != nil {
		if v, ok := dict.GetStr(name); ok {
			return v, nil
		}
	}
	if descr != nil {
		return descrGet(th, descr, obj, t)
	}
	return nil, noAttr(obj, name)
}

// typeGetAttr is type.__getattribute__: attributes of a class.
func typeGetAttr(th *Thread, t *Type, name string) (Value, error) {
	meta := t.Type()
	metaAttr := meta.Lookup(name)
	if metaAttr != nil && isDataDescr(metaAttr) {
		return descrGet(th, metaAttr, t, meta)
	}
	if attr := t.Lookup(name); attr != nil {
		return descrGet(th, attr, nil, t)
	}
	if metaAttr != nil {
		return descrGet(th, metaAttr, t, meta)
	}
	return nil, noAttr(t, name)
}

// moduleGetAttr is module.__getattribute__ with the module-level __getattr__ fallback, and
// the lazy attributes of Asobiba's own packages before it (see lazyModuleAttr).
func moduleGetAttr(th *Thread, m *Module, name string) (Value, error) {
	v, err := genericGetAttr(th, m, ModuleType, name, m.Dict)
	if err == nil || !IsAttributeError(err) {
		return v, err
	}
	if v, found, lerr := lazyModuleAttr(th, m, name); found || lerr != nil {
		return v, lerr
	}
	if g, ok := m.Dict.GetStr("__getattr__"); ok {
		return Call(th, g, []Value{Str(name)}, nil)
	}
	return nil, err
}

// lazyModuleAttrs names the dict entry by which a package of Asobiba's standard library
// (asyncio) leaves some of its submodules to first use: a dict from attribute name to the
// submodule that defines it (a submodule's own name maps to itself). Unlike a module-level
// __getattr__ written in Python, it puts no frame of its own in a traceback, and a name it
// lacks raises the AttributeError CPython's package would, suggestions included.
const lazyModuleAttrs = "__lazy_attrs__"

// lazyModuleAttr imports the submodule that defines name, when m declares one in
// __lazy_attrs__, and returns the attribute, which is then kept in m's dict.
func lazyModuleAttr(th *Thread, m *Module, name string) (Value, bool, error) {
	table, ok := m.Dict.GetStr(lazyModuleAttrs)
	if !ok {
		return nil, false, nil
	}
	d, ok := table.(*Dict)
	if !ok {
		return nil, false, nil
	}
	sub, ok := d.GetStr(name)
	if !ok {
		return nil, false, nil
	}
	subName, ok := sub.(Str)
	if !ok {
		return nil, false, nil
	}
	mod, err := th.ImportModule(m.Name + "." + string(subName))
	if err != nil {
		return nil, true, err
	}
	if string(subName) == name {
		return mod, true, nil
	}
	v, err := GetAttr(th, mod, name)
	if err != nil {
		return nil, true, err
	}
	m.Dict.SetStr(name, v)
	return v, true, nil
}

// SetAttr is setattr(obj, name, v).
func SetAttr(th *Thread, obj Value, name string, v Value) error {
	t := obj.Type()
	sa := t.Lookup("__setattr__")
	switch sa {
	case objectSetAttr:
		return genericSetAttr(th, obj, t, name, v)
	case typeSetAttrB:
		return typeSetAttr(th, obj.(*Type), name, v)
	case nil:
		return genericSetAttr(th, obj, t, name, v)
	}
	_, err := callDunder(th, sa, obj, Str(name), v)
	return err
}

// DelAttr is delattr(obj, name).
func DelAttr(th *Thread, obj Value, name string) error {
	t := obj.Type()
	da := t.Lookup("__delattr__")
	switch da {
	case objectDelAttr:
		return genericSetAttr(th, obj, t, name, nil)
	case typeDelAttrB:
		return typeSetAttr(th, obj.(*Type), name, nil)
	case nil:
		return genericSetAttr(th, obj, t, name, nil)
	}
	_, err := callDunder(th, da, obj, Str(name))
	return err
}

// genericSetAttr is object.__setattr__ (v != nil) and object.__delattr__ (v == nil).
func genericSetAttr(th *Thread, obj Value, t *Type, name string, v Value) error {
	descr := t.Lookup(name)
	if descr != nil && isDataDescr(descr) {
		return setDescr(th, descr, obj, v)
	}
	if m, ok := obj.(*Module); ok && v != nil {
		m.Dict.SetStr(name, v)
		return nil
	}
	dict := instanceDict(obj, v != nil)
	if dict == nil {
		if descr != nil {
			return Errorf(AttributeErrorType, "'%s' object attribute '%s' is read-only", t.Name, name)
		}
		return noAttrToStore(obj, name)
	}
	if v == nil {
		if !dict.DelStr(name) {
			return noAttrToStore(obj, name)
		}
		return nil
	}
	dict.SetStr(name, v)
	return nil
}

// typeSetAttr is type.__setattr__ / type.__delattr__.
func typeSetAttr(th *Thread, t *Type, name string, v Value) error {
	meta := t.Type()
	if d := meta.Lookup(name); d != nil && isDataDescr(d) {
		return setDescr(th, d, t, v)
	}
	if t.Flags&FlagHeapType == 0 {
		if v == nil {
			return Errorf(TypeErrorType, "cannot delete '%s' attribute of immutable type '%s'", name, t.Name)
		}
		return Errorf(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name, t.Name)
	}
	defer t.InvalidateCaches()
	if v == nil {
		if !t.Dict.DelStr(name) {
			return noAttrToStore(t, name)
		}
		return nil
	}
	t.Dict.SetStr(name, v)
	if s, ok := v.(Str); ok && name == "__module__" {
		// A metaclass's own __module__ (ABCMeta's "abc") hides type's descriptor, so the
		// class dict is written directly, which is where CPython reads a class's module.
		t.Module = string(s)
	}
	return nil
}

// LoadMethod looks up a method for a call without binding it: it returns (function, obj)
// when name is a plain function or method descriptor found on obj's class, else
// (nil, attribute).
func LoadMethod(th *Thread, obj Value, name string) (meth, selfOrAttr Value, err error) {
	t := obj.Type()
	if t.Lookup("__getattribute__") == objectGetAttribute {
		descr := t.Lookup(name)
		if descr != nil {
			isMeth := false
			switch d := descr.(type) {
			case *Builtin:
				isMeth = d.Kind == BuiltinMethod && d.Self == nil
			default:
				isMeth = descr.Type().Flags&FlagMethodDescriptor != 0
			}
			if isMeth {
				if dict := instanceDict(obj, false); dict == nil || dict.Len() == 0 {
					return descr, obj, nil
				} else if _, shadowed := dict.GetStr(name); !shadowed {
					return descr, obj, nil
				}
			}
		}
	}
	v, err := GetAttr(th, obj, name)
	return nil, v, err
}

// callDunder calls m, a dunder found on self's class, as self.m(args...).
func callDunder(th *Thread, m Value, self Value, args ...Value) (Value, error) {
	if b, ok := m.(*Builtin); ok && b.Self == nil {
		switch b.Kind {
		case BuiltinMethod:
			full := make([]Value, len(args)+1)
			full[0] = self
			copy(full[1:], args)
			return b.Fn(th, full, nil)
		case BuiltinStaticMethod, BuiltinPlain:
			return b.Fn(th, args, nil)
		case BuiltinClassMethod:
			full := make([]Value, len(args)+1)
			full[0] = self.Type()
			copy(full[1:], args)
			return b.Fn(th, full, nil)
		}
	}
	switch d := m.(type) {
	case *StaticMethod:
		if d.Class == nil {
			return Call(th, d.Func, args, nil)
		}
	case *ClassMethod:
		if d.Class == nil {
			full := append([]Value{self.Type()}, args...)
			return Call(th, d.Func, full, nil)
		}
	}
	full := make([]Value, len(args)+1)
	full[0] = self
	copy(full[1:], args)
	if m.Type().Flags&FlagMethodDescriptor != 0 {
		return callUnbound(th, m, self, full)
	}
	bound, err := descrGet(th, m, self, self.Type())
	if err != nil {
		return nil, err
	}
	return Call(th, bound, args, nil)
}

// attrName checks that an attribute name passed to getattr/setattr/delattr is a str.
func attrName(v Value) (string, error) {
	if s, ok := strSelf(v); ok {
		return s, nil
	}
	return "", Errorf(TypeErrorType, "attribute name must be string, not '%s'", typeNameOf(v))
}
