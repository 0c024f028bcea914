package vm

// Creating and calling classes: type.__new__ (the work behind every class statement),
// type.__call__ (instantiation: __new__ then __init__), and the layout rules that decide
// what Go representation a class's instances use.
//
// A user class's instances are *Instance values unless the class derives from a builtin
// type with its own layout (its Solid type): then object creation goes through that
// builtin's __new__, which returns an *Instance whose Base holds the builtin payload (a
// *List for `class Stack(list)`), or, for exceptions, an *Exception whose Class is the user
// class. Two bases with unrelated layouts cannot be combined ("multiple bases have instance
// lay-out conflict"), exactly as in CPython.

import (
	"strings"
	"unicode"
)

// currentGlobals returns the globals of the running Python frame (for type()'s __module__);
// the interpreter installs it.
var currentGlobals func(th *Thread) *Dict

// SetCurrentGlobalsHook installs the interpreter's way of finding the running frame's
// globals, used when type(name, bases, ns) creates a class without __module__.
func SetCurrentGlobalsHook(f func(th *Thread) *Dict) { currentGlobals = f }

var typeCallB, typeNewB, typeInitB *Builtin

// callType calls a class: type.__call__ (metaclass __call__, __new__, __init__).
func callType(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
	if meta := t.Type(); meta != TypeType {
		if c := meta.Lookup("__call__"); c != nil && c != typeCallB {
			return callMethodKw(th, c, t, args, kwnames)
		}
	}
	return typeCall(th, t, args, kwnames)
}

// callMethodKw calls m, found on self's class, as self.m(*args, **kw).
func callMethodKw(th *Thread, m Value, self Value, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) == 0 {
		return callDunder(th, m, self, args...)
	}
	if b, ok := m.(*Builtin); ok && b.Self == nil && b.Kind == BuiltinMethod {
		full := make([]Value, len(args)+1)
		full[0] = self
		copy(full[1:], args)
		return b.Fn(th, full, kwnames)
	}
	if m.Type().Flags&FlagMethodDescriptor != 0 {
		full := make([]Value, len(args)+1)
		full[0] = self
		copy(full[1:], args)
		return Call(th, m, full, kwnames)
	}
	bound, err := descrGet(th, m, self, self.Type())
	if err != nil {
		return nil, err
	}
	return Call(th, bound, args, kwnames)
}

// callStatic calls a __new__-like static method found on a class with cls prepended.
func callNew(th *Thread, m Value, cls *Type, args []Value, kwnames []string) (Value, error) {
	full := make([]Value, len(args)+1)
	full[0] = cls
	copy(full[1:], args)
	switch f := m.(type) {
	case *Builtin:
		if f.Self == nil {
			return f.Fn(th, full, kwnames)
		}
	case *StaticMethod:
		return Call(th, f.Func, full, kwnames)
	}
	fn, err := descrGet(th, m, nil, cls)
	if err != nil {
		return nil, err
	}
	return Call(th, fn, full, kwnames)
}

// typeCall is type.__call__: create with __new__, initialise with __init__.
func typeCall(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
	if t == TypeType && len(args) == 1 && len(kwnames) == 0 {
		return args[0].Type(), nil
	}
	newm := t.Lookup("__new__")
	if newm == nil {
		return nil, Errorf(TypeErrorType, "cannot create '%s' instances", t.Name)
	}
	obj, err := callNew(th, newm, t, args, kwnames)
	if err != nil {
		return nil, err
	}
	ot := obj.Type()
	if !ot.IsSubtype(t) {
		return obj, nil
	}
	initm := ot.Lookup("__init__")
	if initm == nil || initm == objectInitB {
		return obj, nil
	}
	r, err := callMethodKw(th, initm, obj, args, kwnames)
	if err != nil {
		return nil, err
	}
	if r != None {
		return nil, Errorf(TypeErrorType, "__init__() should return None, not '%s'", typeNameOf(r))
	}
	return obj, nil
}

// calculateMeta finds the most derived metaclass among meta and the bases' metaclasses.
func calculateMeta(meta *Type, bases []*Type) (*Type, error) {
	winner := meta
	for _, b := range bases {
		bm := b.Type()
		if winner.IsSubtype(bm) {
			continue
		}
		if bm.IsSubtype(winner) {
			winner = bm
			continue
		}
		return nil, Errorf(TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
	}
	return winner, nil
}

// layoutOwner is the class that determines the instance layout of t: the nearest class in
// its MRO that adds __slots__ or is a builtin with its own layout.
func layoutOwner(t *Type) *Type {
	for _, c := range t.MRO {
		if len(c.Slots) > 0 || c == c.Solid || c == t.Solid {
			return c
		}
	}
	return ObjectType
}

// bestBase picks the base whose layout the new class extends.
func bestBase(bases []*Type) (*Type, error) {
	var winner, base *Type
	for _, b := range bases {
		if b.Flags&FlagBaseType == 0 {
			return nil, Errorf(TypeErrorType, "type '%s' is not an acceptable base type", b.Name)
		}
		cand := layoutOwner(b)
		switch {
		case winner == nil:
			winner, base = cand, b
		case winner.IsSubtype(cand):
		case cand.IsSubtype(winner):
			winner, base = cand, b
		default:
			return nil, Errorf(TypeErrorType, "multiple bases have instance lay-out conflict")
		}
	}
	return base, nil
}

// NewClass is type.__new__(meta, name, bases, ns, **kwargs): it creates a class the way a
// class statement does. kwargs go to __init_subclass__.
func NewClass(th *Thread, meta *Type, name string, bases []*Type, ns *Dict, kwnames []string, kwvalues []Value) (*Type, error) {
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	for i, b := range bases {
		for _, c := range bases[:i] {
			if c == b {
				return nil, Errorf(TypeErrorType, "duplicate base class %s", b.Name)
			}
		}
	}
	base, err := bestBase(bases)
	if err != nil {
		return nil, err
	}
	t := &Type{Name: name, QualName: name, Bases: bases, Flags: FlagHeapType | FlagBaseType, Solid: base.Solid}
	if meta != TypeType {
		t.Meta = meta
	}
	t.Dict = ns.Copy()
	mro, err := classMRO(th, t, bases)
	if err != nil {
		return nil, err
	}
	t.MRO = mro
	if q, ok := t.Dict.GetStr("__qualname__"); ok {
		s, ok := q.(Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "type __qualname__ must be a str, not %s", typeNameOf(q))
		}
		t.QualName = string(s)
		t.Dict.DelStr("__qualname__")
	}
	if m, ok := t.Dict.GetStr("__module__"); ok {
		if s, ok := m.(Str); ok {
			t.Module = string(s)
		}
	} else {
		mod := "__main__"
		if currentGlobals != nil {
			if g := currentGlobals(th); g != nil {
				if n, ok := g.GetStr("__name__"); ok {
					if s, ok := n.(Str); ok {
						mod = string(s)
					}
				}
			}
		}
		t.Module = mod
		t.Dict.SetStr("__module__", Str(mod))
	}
	for _, special := range []string{"__init_subclass__", "__class_getitem__"} {
		if f, ok := t.Dict.GetStr(special); ok && f.Type().Flags&FlagMethodDescriptor != 0 {
			t.Dict.SetStr(special, &ClassMethod{Func: f})
		}
	}
	if f, ok := t.Dict.GetStr("__new__"); ok && f.Type().Flags&FlagMethodDescriptor != 0 {
		t.Dict.SetStr("__new__", &StaticMethod{Func: f})
	}
	if _, hasEq := t.Dict.GetStr("__eq__"); hasEq {
		if _, hasHash := t.Dict.GetStr("__hash__"); !hasHash {
			t.Dict.SetStr("__hash__", None)
		}
	}
	if err := setupSlots(th, t); err != nil {
		return nil, err
	}
	// After the slots: a '__doc__' slot is a member descriptor, not a conflict.
	if _, ok := t.Dict.GetStr("__doc__"); !ok {
		t.Dict.SetStr("__doc__", None)
	}
	var cell *Cell
	if c, ok := t.Dict.GetStr("__classcell__"); ok {
		cc, ok := c.(*Cell)
		if !ok {
			return nil, Errorf(TypeErrorType, "__classcell__ must be a nonlocal cell, not %s", typeNameOf(c))
		}
		cell = cc
		t.Dict.DelStr("__classcell__")
	}
	LinkSubclass(t)
	if cell != nil {
		cell.Value = t
	}
	if err := setNames(th, t); err != nil {
		return nil, err
	}
	if err := initSubclass(th, t, kwnames, kwvalues); err != nil {
		return nil, err
	}
	return t, nil
}

// classMRO computes the MRO, through a metaclass's mro() override when there is one.
func classMRO(th *Thread, t *Type, bases []*Type) ([]*Type, error) {
	if meta := t.Type(); meta != TypeType {
		if m := meta.Lookup("mro"); m != nil && m != TypeType.Dict.mustStr("mro") {
			t.MRO = []*Type{t}
			r, err := callDunder(th, m, t)
			if err != nil {
				return nil, err
			}
			items, err := collect(th, r)
			if err != nil {
				return nil, err
			}
			out := make([]*Type, 0, len(items))
			for _, it := range items {
				c, ok := it.(*Type)
				if !ok {
					return nil, Errorf(TypeErrorType, "mro() returned a non-class ('%s')", typeNameOf(it))
				}
				out = append(out, c)
			}
			return out, nil
		}
	}
	mro, err := ComputeMRO(t, bases)
	if e, ok := err.(*Exception); ok && len(e.Args) == 1 {
		// CPython's message breaks the line after "resolution".
		if s, ok := e.Args[0].(Str); ok {
			e.Args[0] = Str(strings.Replace(string(s), "resolution order", "resolution\norder", 1))
		}
	}
	return mro, err
}

// setupSlots processes __slots__ and adds the __dict__ / __weakref__ descriptors.
func setupSlots(th *Thread, t *Type) error {
	sv, ok := t.Dict.GetStr("__slots__")
	baseHasDict := false
	for _, b := range t.MRO[1:] {
		if typeHasDict(b) {
			baseHasDict = true
		}
	}
	switch t.Solid {
	case BaseExceptionType, TypeType, ModuleType:
		// These layouts carry their own __dict__.
		baseHasDict = true
	}
	if !ok {
		if !baseHasDict {
			addInstanceDictDescr(t)
		}
		return nil
	}
	var names []Value
	if s, ok := sv.(Str); ok {
		names = []Value{s}
	} else {
		items, err := collect(th, sv)
		if err != nil {
			return err
		}
		names = items
	}
	if len(names) > 0 {
		switch t.Solid {
		case IntType, TupleType, BytesType:
			return Errorf(TypeErrorType, "nonempty __slots__ not supported for subtype of '%s'", t.Solid.Name)
		}
	}
	offset := 0
	for _, c := range t.MRO[1:] {
		offset += len(c.Slots)
	}
	t.Slots = []string{}
	addDict := false
	for _, nv := range names {
		s, ok := nv.(Str)
		if !ok {
			return Errorf(TypeErrorType, "__slots__ items must be strings, not '%s'", typeNameOf(nv))
		}
		n := string(s)
		if !isIdentifier(n) {
			return Errorf(TypeErrorType, "__slots__ must be identifiers")
		}
		switch n {
		case "__dict__":
			if addDict || baseHasDict {
				return Errorf(TypeErrorType, "__dict__ slot disallowed: we already got one")
			}
			addDict = true
			continue
		case "__weakref__":
			continue
		}
		n = mangle(t.Name, n)
		if _, clash := t.Dict.GetStr(n); clash {
			return Errorf(ValueErrorType, "'%s' in __slots__ conflicts with class variable", n)
		}
		t.Dict.SetStr(n, &MemberDescr{Name: n, Owner: t, Index: offset + len(t.Slots)})
		t.Slots = append(t.Slots, n)
	}
	if addDict {
		t.Flags |= flagHasDictSlot
		addInstanceDictDescr(t)
	}
	return nil
}

// addInstanceDictDescr adds the __dict__ and __weakref__ attributes of a class whose
// instances gain a __dict__.
func addInstanceDictDescr(t *Type) {
	t.Dict.SetStr("__dict__", &GetSetDescr{Name: "__dict__", Owner: t, Get: func(th *Thread, self Value) (Value, error) {
		d := instanceDict(self, true)
		if d == nil {
			return nil, noAttr(self, "__dict__")
		}
		return d, nil
	}, Set: func(th *Thread, self Value, v Value) error {
		nd, ok := v.(*Dict)
		if !ok {
			if v == nil {
				return Errorf(TypeErrorType, "cannot delete __dict__")
			}
			return Errorf(TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", typeNameOf(v))
		}
		switch o := self.(type) {
		case *Instance:
			o.Dict = nd
		case *Exception:
			o.Dict = nd
		}
		return nil
	}})
	t.Dict.SetStr("__weakref__", &GetSetDescr{Name: "__weakref__", Owner: t, Get: func(th *Thread, self Value) (Value, error) {
		return None, nil
	}})
}

// mangle applies private name mangling (__x in class C is _C__x).
func mangle(class, name string) string {
	if !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	c := strings.TrimLeft(class, "_")
	if c == "" {
		return name
	}
	return "_" + c + name
}

// isIdentifier is str.isidentifier.
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if notXIDContinue(r) {
			return false
		}
		if (r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)) && (i > 0 || !notXIDStart(r)) {
			continue
		}
		if i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Nd, r) || unicode.Is(unicode.Pc, r) || unicode.Is(unicode.Other_ID_Continue, r)) {
			continue
		}
		return false
	}
	return true
}

// notXIDStart reports the ID_Start code points that are not XID_Start (their NFKC forms are
// not identifiers), so cannot begin an identifier.
func notXIDStart(r rune) bool {
	switch r {
	case 0x0e33, 0x0eb3, 0xff9e, 0xff9f:
		return true
	}
	return notXIDContinue(r)
}

// notXIDContinue reports the ID_Continue code points that are not XID_Continue.
func notXIDContinue(r rune) bool {
	switch {
	case r == 0x037a, r == 0x2e2f, r == 0x309b, r == 0x309c, r >= 0xfc5e && r <= 0xfc63, r == 0xfdfa, r == 0xfdfb:
		return true
	case r >= 0xfe70 && r <= 0xfe7e:
		return r%2 == 0
	}
	return false
}

// setNames calls __set_name__(owner, name) on the class attributes that define it.
func setNames(th *Thread, t *Type) error {
	type pair struct {
		k string
		v Value
	}
	var todo []pair
	t.Dict.Items(func(k, v Value) bool {
		if s, ok := k.(Str); ok {
			if _, isProp := v.(*Property); isProp || v.Type().Lookup("__set_name__") != nil {
				todo = append(todo, pair{string(s), v})
			}
		}
		return true
	})
	for _, p := range todo {
		m := p.v.Type().Lookup("__set_name__")
		if m == nil {
			continue
		}
		if _, err := callDunder(th, m, p.v, t, Str(p.k)); err != nil {
			if e, ok := err.(*Exception); ok {
				r, _ := Repr(th, t)
				_ = r
				addNote(e, "Error calling __set_name__ on '"+typeNameOf(p.v)+"' instance '"+p.k+"' in '"+t.Name+"'")
			}
			return err
		}
	}
	return nil
}

// initSubclass calls super(t, t).__init_subclass__(**kwargs).
func initSubclass(th *Thread, t *Type, kwnames []string, kwvalues []Value) error {
	for _, c := range t.MRO[1:] {
		m, ok := c.Dict.GetStr("__init_subclass__")
		if !ok {
			continue
		}
		fn, err := descrGet(th, m, nil, t)
		if err != nil {
			return err
		}
		_, err = Call(th, fn, kwvalues, kwnames)
		return err
	}
	return nil
}

// typeNew implements type.__new__ as called from Python.
func typeNew(th *Thread, args []Value, kwnames []string) (Value, error) {
	if len(args) < 1 {
		return nil, Errorf(TypeErrorType, "type.__new__(): not enough arguments")
	}
	meta, ok := args[0].(*Type)
	if !ok || !meta.IsSubtype(TypeType) {
		return nil, Errorf(TypeErrorType, "type.__new__(X): X is not a type object (%s)", typeNameOf(args[0]))
	}
	npos := len(args) - 1 - len(kwnames)
	if meta == TypeType && npos == 1 && len(kwnames) == 0 {
		return args[1].Type(), nil
	}
	if npos != 3 {
		return nil, Errorf(TypeErrorType, "type() takes 1 or 3 arguments")
	}
	name, ok := args[1].(Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "type.__new__() argument 1 must be str, not %s", typeNameOf(args[1]))
	}
	bt, ok := args[2].(Tuple)
	if !ok {
		return nil, Errorf(TypeErrorType, "type.__new__() argument 2 must be tuple, not %s", typeNameOf(args[2]))
	}
	ns, ok := dictSelf(args[3])
	if !ok {
		return nil, Errorf(TypeErrorType, "type.__new__() argument 3 must be dict, not %s", typeNameOf(args[3]))
	}
	bases := make([]*Type, 0, len(bt))
	for _, b := range bt {
		c, ok := b.(*Type)
		if !ok {
			return nil, Errorf(TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
		bases = append(bases, c)
	}
	winner, err := calculateMeta(meta, bases)
	if err != nil {
		return nil, err
	}
	if winner != meta {
		if nm := winner.Lookup("__new__"); nm != typeNewB {
			return callNew(th, nm, winner, args[1:], kwnames)
		}
		meta = winner
	}
	return NewClass(th, meta, string(name), bases, ns, kwnames, args[4:])
}
