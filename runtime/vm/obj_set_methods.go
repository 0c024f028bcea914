package vm

// The methods and operators of set and frozenset, each following the CPython function of
// the same name so that the resulting table layouts (and so the printed orders) agree.

import "github.com/asobiba/asobiba/runtime/compile"

// makeNewSetBasetype returns an empty set of the builtin type behind s's class.
func makeNewSetBasetype(s *Set) *Set {
	n := NewSet()
	n.Frozen = s.Frozen
	return n
}

// setIntersection is CPython's set_intersection.
func setIntersection(th *Thread, so *Set, other Value) (*Set, error) {
	if o, ok := setSelf(other); ok && o == so {
		return so.copySet(so.Frozen), nil
	}
	result := makeNewSetBasetype(so)
	if o, ok := setSelf(other); ok {
		a, b := so, o
		if b.used > a.used {
			a, b = b, a
		}
		for _, e := range b.table {
			if e.key == nil {
				continue
			}
			i, err := a.lookkey(th, e.key, e.hash)
			if err != nil {
				return nil, err
			}
			if i >= 0 {
				if err := result.addEntry(th, e.key, e.hash); err != nil {
					return nil, err
				}
			}
		}
		return result, nil
	}
	err := ForEach(th, other, func(key Value) (bool, error) {
		h, err := Hash(th, key)
		if err != nil {
			return false, err
		}
		i, err := so.lookkey(th, key, h)
		if err != nil {
			return false, err
		}
		if i >= 0 {
			if err := result.addEntry(th, key, h); err != nil {
				return false, err
			}
			if result.used >= so.used {
				return false, nil
			}
		}
		return true, nil
	})
	return result, err
}

// setDifferenceUpdate is CPython's set_difference_update_internal.
func setDifferenceUpdate(th *Thread, so *Set, other Value) error {
	if o, ok := setSelf(other); ok {
		if o == so {
			so.clear()
			return nil
		}
		if o.used>>3 > so.used {
			inter, err := setIntersection(th, so, o)
			if err != nil {
				return err
			}
			o = inter
		}
		for _, e := range o.table {
			if e.key == nil {
				continue
			}
			if _, err := so.discardEntry(th, e.key, e.hash); err != nil {
				return err
			}
		}
	} else {
		err := ForEach(th, other, func(key Value) (bool, error) {
			h, err := Hash(th, key)
			if err != nil {
				return false, err
			}
			_, err = so.discardEntry(th, key, h)
			return true, err
		})
		if err != nil {
			return err
		}
	}
	if so.fill-so.used <= so.mask()/4 {
		return nil
	}
	if so.used > 50000 {
		so.resize(so.used * 2)
	} else {
		so.resize(so.used * 4)
	}
	return nil
}

// setDifference is CPython's set_difference.
func setDifference(th *Thread, so *Set, other Value) (*Set, error) {
	var otherSize int
	o, isSet := setSelf(other)
	d, isDict := other.(*Dict)
	switch {
	case isSet:
		otherSize = o.used
	case isDict:
		otherSize = d.Len()
	default:
		r := so.copySet(so.Frozen)
		return r, setDifferenceUpdate(th, r, other)
	}
	if so.used>>2 > otherSize {
		r := so.copySet(so.Frozen)
		return r, setDifferenceUpdate(th, r, other)
	}
	result := makeNewSetBasetype(so)
	for _, e := range so.table {
		if e.key == nil {
			continue
		}
		var in bool
		if isDict {
			_, ok, err := d.Get(th, e.key)
			if err != nil {
				return nil, err
			}
			in = ok
		} else {
			i, err := o.lookkey(th, e.key, e.hash)
			if err != nil {
				return nil, err
			}
			in = i >= 0
		}
		if !in {
			if err := result.addEntry(th, e.key, e.hash); err != nil {
				return nil, err
			}
		}
	}
	return result, nil
}

// setSymDiffUpdate is CPython's set_symmetric_difference_update.
func setSymDiffUpdate(th *Thread, so *Set, other Value) error {
	if o, ok := setSelf(other); ok && o == so {
		so.clear()
		return nil
	}
	toggle := func(key Value, h int64) error {
		found, err := so.discardEntry(th, key, h)
		if err != nil {
			return err
		}
		if !found {
			return so.addEntry(th, key, h)
		}
		return nil
	}
	if d, ok := other.(*Dict); ok {
		var err error
		d.Items(func(k, v Value) bool {
			var h int64
			if h, err = Hash(th, k); err == nil {
				err = toggle(k, h)
			}
			return err == nil
		})
		return err
	}
	o, ok := setSelf(other)
	if !ok {
		var err error
		if o, err = NewSetFrom(th, other); err != nil {
			return err
		}
	}
	for _, e := range o.table {
		if e.key == nil {
			continue
		}
		if err := toggle(e.key, e.hash); err != nil {
			return err
		}
	}
	return nil
}

// setIsSubset is CPython's set_issubset.
func setIsSubset(th *Thread, so *Set, other Value) (bool, error) {
	o, ok := setSelf(other)
	if !ok {
		tmp, err := setIntersection(th, so, other)
		if err != nil {
			return false, err
		}
		return tmp.used == so.used, nil
	}
	if so.used > o.used {
		return false, nil
	}
	for _, e := range so.table {
		if e.key == nil {
			continue
		}
		i, err := o.lookkey(th, e.key, e.hash)
		if err != nil {
			return false, err
		}
		if i < 0 {
			return false, nil
		}
	}
	return true, nil
}

// setIsSuperset is CPython's set_issuperset.
func setIsSuperset(th *Thread, so *Set, other Value) (bool, error) {
	if o, ok := setSelf(other); ok {
		return setIsSubset(th, o, so)
	}
	result := true
	err := ForEach(th, other, func(key Value) (bool, error) {
		in, err := setContainsKey(th, so, key)
		if err != nil {
			return false, err
		}
		result = in
		return in, nil
	})
	return result, err
}

// setRichCompare is CPython's set_richcompare for two sets.
func setRichCompare(th *Thread, v, w *Set, op compile.CompareOp) (Value, error) {
	var r bool
	var err error
	switch op {
	case compile.CmpEQ, compile.CmpNE:
		if v.used != w.used {
			r = false
		} else if v.hash != -1 && w.hash != -1 && v.hash != w.hash {
			r = false
		} else {
			r, err = setIsSubset(th, v, w)
		}
		if op == compile.CmpNE {
			r = !r
		}
	case compile.CmpLE:
		r, err = setIsSubset(th, v, w)
	case compile.CmpGE:
		r, err = setIsSuperset(th, v, w)
	case compile.CmpLT:
		if v.used < w.used {
			r, err = setIsSubset(th, v, w)
		}
	case compile.CmpGT:
		if v.used > w.used {
			r, err = setIsSuperset(th, v, w)
		}
	}
	return Bool(r), err
}

// setBinary computes the set-like operators of dict views, as CPython's dictviews_* do.
func setBinary(th *Thread, op compile.BinaryOp, left *Set, right Value) (Value, error) {
	switch op {
	case opSub:
		return left, setDifferenceUpdate(th, left, right)
	case opOr:
		return left, left.update(th, right)
	case opXor:
		return left, setSymDiffUpdate(th, left, right)
	case opAnd:
		return setIntersection(th, left, right)
	}
	return NotImplemented, nil
}

// setRecv checks the receiver of a set or frozenset method.
func setRecv(t *Type, name string, args []Value) (*Set, error) {
	if len(args) == 0 {
		return nil, Errorf(TypeErrorType, "unbound method %s.%s() needs an argument", t.Name, name)
	}
	s, ok := setSelf(args[0])
	if !ok || (t == SetType) == s.Frozen {
		return nil, descrError(name, t, args[0])
	}
	return s, nil
}

func init() {
	for _, t := range []*Type{SetType, FrozenSetType} {
		initSetType(t, t == FrozenSetType)
	}
}

func initSetType(t *Type, frozen bool) {
	qual := t.Name + "."
	meth := func(name string, f func(th *Thread, s *Set, args []Value) (Value, error)) {
		t.AddMethod(name, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			s, err := setRecv(t, name, args)
			if err != nil {
				return nil, err
			}
			if err := noKw(qual+name, kwnames); err != nil {
				return nil, err
			}
			return f(th, s, args)
		})
	}
	one := func(name string, f func(th *Thread, s *Set, other Value) (Value, error)) {
		meth(name, func(th *Thread, s *Set, args []Value) (Value, error) {
			if len(args) != 2 {
				return nil, Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", qual+name, len(args)-1)
			}
			return f(th, s, args[1])
		})
	}
	none := func(name string, f func(th *Thread, s *Set) (Value, error)) {
		meth(name, func(th *Thread, s *Set, args []Value) (Value, error) {
			if len(args) != 1 {
				return nil, Errorf(TypeErrorType, "%s() takes no arguments (%d given)", qual+name, len(args)-1)
			}
			return f(th, s)
		})
	}
	none("copy", func(th *Thread, s *Set) (Value, error) {
		if frozen {
			if _, exact := setSelfExact(s); exact {
				return s, nil
			}
		}
		return s.copySet(frozen), nil
	})
	meth("union", func(th *Thread, s *Set, args []Value) (Value, error) {
		r := s.copySet(frozen)
		for _, o := range args[1:] {
			if os, ok := setSelf(o); ok && os == s {
				continue
			}
			if err := r.update(th, o); err != nil {
				return nil, err
			}
		}
		return r, nil
	})
	meth("intersection", func(th *Thread, s *Set, args []Value) (Value, error) {
		if len(args) == 1 {
			return s.copySet(frozen), nil
		}
		r := s
		for _, o := range args[1:] {
			n, err := setIntersection(th, r, o)
			if err != nil {
				return nil, err
			}
			r = n
		}
		return r, nil
	})
	meth("difference", func(th *Thread, s *Set, args []Value) (Value, error) {
		if len(args) == 1 {
			return s.copySet(frozen), nil
		}
		r, err := setDifference(th, s, args[1])
		if err != nil {
			return nil, err
		}
		for _, o := range args[2:] {
			if err := setDifferenceUpdate(th, r, o); err != nil {
				return nil, err
			}
		}
		return r, nil
	})
	one("symmetric_difference", func(th *Thread, s *Set, other Value) (Value, error) {
		r, err := NewSetFrom(th, other)
		if err != nil {
			return nil, err
		}
		r.Frozen = frozen
		return r, setSymDiffUpdate(th, r, s)
	})
	one("isdisjoint", func(th *Thread, s *Set, other Value) (Value, error) {
		if o, ok := setSelf(other); ok {
			if o == s {
				return Bool(s.used == 0), nil
			}
			a, b := s, o
			if b.used > a.used {
				a, b = b, a
			}
			for _, e := range b.table {
				if e.key == nil {
					continue
				}
				i, err := a.lookkey(th, e.key, e.hash)
				if err != nil {
					return nil, err
				}
				if i >= 0 {
					return False, nil
				}
			}
			return True, nil
		}
		disjoint := true
		err := ForEach(th, other, func(key Value) (bool, error) {
			in, err := setContainsKey(th, s, key)
			if err != nil {
				return false, err
			}
			disjoint = !in
			return !in, nil
		})
		return Bool(disjoint), err
	})
	one("issubset", func(th *Thread, s *Set, other Value) (Value, error) {
		r, err := setIsSubset(th, s, other)
		return Bool(r), err
	})
	one("issuperset", func(th *Thread, s *Set, other Value) (Value, error) {
		r, err := setIsSuperset(th, s, other)
		return Bool(r), err
	})
	none("__len__", func(th *Thread, s *Set) (Value, error) { return Int(s.used), nil })
	none("__iter__", func(th *Thread, s *Set) (Value, error) { return newSetIter(s), nil })
	t.AddMethod("__repr__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		s, err := setRecv(t, "__repr__", args)
		if err != nil {
			return nil, err
		}
		_, exact := args[0].(*Set)
		r, err := setReprNamed(th, s, typeNameOf(args[0]), exact && !frozen)
		return Str(r), err
	})
	one("__contains__", func(th *Thread, s *Set, key Value) (Value, error) {
		r, err := setContainsKey(th, s, key)
		return Bool(r), err
	})
	none("__sizeof__", func(th *Thread, s *Set) (Value, error) { return Int(200 + 16*len(s.table)), nil })
	binop := func(name string, f func(th *Thread, a *Set, b *Set) (Value, error), reflected bool) {
		t.AddMethod(name, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := checkSlotArgs(name, args, kwnames, 1); err != nil {
				return nil, err
			}
			a, ok := setSelf(args[0])
			if !ok {
				return nil, descrError(name, t, args[0])
			}
			b, ok := setSelf(args[1])
			if !ok {
				return NotImplemented, nil
			}
			if reflected {
				return f(th, b, a)
			}
			return f(th, a, b)
		})
	}
	or := func(th *Thread, a, b *Set) (Value, error) {
		r := a.copySet(a.Frozen)
		if a == b {
			return r, nil
		}
		return r, r.update(th, b)
	}
	and := func(th *Thread, a, b *Set) (Value, error) { return setIntersection(th, a, b) }
	sub := func(th *Thread, a, b *Set) (Value, error) { return setDifference(th, a, b) }
	xor := func(th *Thread, a, b *Set) (Value, error) {
		r, err := NewSetFrom(th, b)
		if err != nil {
			return nil, err
		}
		r.Frozen = a.Frozen
		return r, setSymDiffUpdate(th, r, a)
	}
	for _, x := range []struct {
		n string
		f func(th *Thread, a, b *Set) (Value, error)
	}{{"or", or}, {"and", and}, {"sub", sub}, {"xor", xor}} {
		binop("__"+x.n+"__", x.f, false)
		binop("__r"+x.n+"__", x.f, true)
	}
	addRichCompare(t, func(th *Thread, a, b Value, op compile.CompareOp) (Value, error) {
		x, _ := setSelf(a)
		y, ok := setSelf(b)
		if !ok {
			return NotImplemented, nil
		}
		return setRichCompare(th, x, y, op)
	})
	addClassGetItem(t)
	if frozen {
		none("__hash__", func(th *Thread, s *Set) (Value, error) { return Int(s.frozenHash()), nil })
		t.AddStaticMethod("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			cls, err := iterNewCheck(args, FrozenSetType)
			if err != nil {
				return nil, err
			}
			if len(kwnames) > 0 && cls == FrozenSetType {
				return nil, Errorf(TypeErrorType, "frozenset() takes no keyword arguments")
			}
			npos := len(args) - len(kwnames)
			if npos > 2 {
				return nil, Errorf(TypeErrorType, "%s expected at most 1 argument, got %d", cls.Name, npos-1)
			}
			var it Value
			if npos == 2 {
				it = args[1]
				if fs, ok := it.(*Set); ok && fs.Frozen && cls == FrozenSetType {
					return fs, nil
				}
			}
			s, err := NewFrozenSetFrom(th, it)
			if err != nil {
				return nil, err
			}
			if cls == FrozenSetType {
				return s, nil
			}
			return newInstanceWithBase(cls, s), nil
		})
		return
	}
	t.Dict.SetStr("__hash__", None)
	one("add", func(th *Thread, s *Set, key Value) (Value, error) { return None, s.Add(th, key) })
	none("clear", func(th *Thread, s *Set) (Value, error) {
		s.clear()
		return None, nil
	})
	discard := func(th *Thread, s *Set, key Value) (bool, error) {
		h, err := Hash(th, key)
		if err != nil {
			if ks, ok := setSelf(key); ok && !ks.Frozen {
				return discardFrozen(th, s, ks)
			}
			return false, err
		}
		return s.discardEntry(th, key, h)
	}
	one("discard", func(th *Thread, s *Set, key Value) (Value, error) {
		_, err := discard(th, s, key)
		return None, err
	})
	one("remove", func(th *Thread, s *Set, key Value) (Value, error) {
		found, err := discard(th, s, key)
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, NewException(KeyErrorType, key)
		}
		return None, nil
	})
	none("pop", func(th *Thread, s *Set) (Value, error) {
		if s.used == 0 {
			return nil, Errorf(KeyErrorType, "pop from an empty set")
		}
		i := s.finger & s.mask()
		for s.table[i].key == nil {
			i++
			if i > s.mask() {
				i = 0
			}
		}
		key := s.table[i].key
		s.table[i] = setEntry{hash: setDummyHashV}
		s.used--
		s.finger = i + 1
		return key, nil
	})
	meth("update", func(th *Thread, s *Set, args []Value) (Value, error) {
		for _, o := range args[1:] {
			if err := s.update(th, o); err != nil {
				return nil, err
			}
		}
		return None, nil
	})
	meth("intersection_update", func(th *Thread, s *Set, args []Value) (Value, error) {
		r := s
		for _, o := range args[1:] {
			n, err := setIntersection(th, r, o)
			if err != nil {
				return nil, err
			}
			r = n
		}
		if r != s {
			*s = Set{table: r.table, fill: r.fill, used: r.used, hash: -1}
		}
		return None, nil
	})
	meth("difference_update", func(th *Thread, s *Set, args []Value) (Value, error) {
		for _, o := range args[1:] {
			if err := setDifferenceUpdate(th, s, o); err != nil {
				return nil, err
			}
		}
		return None, nil
	})
	one("symmetric_difference_update", func(th *Thread, s *Set, other Value) (Value, error) {
		return None, setSymDiffUpdate(th, s, other)
	})
	inplace := func(name string, f func(th *Thread, s *Set, o *Set) error) {
		t.AddMethod(name, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := checkSlotArgs(name, args, kwnames, 1); err != nil {
				return nil, err
			}
			s, ok := setSelf(args[0])
			if !ok {
				return nil, descrError(name, t, args[0])
			}
			o, ok := setSelf(args[1])
			if !ok {
				return NotImplemented, nil
			}
			return args[0], f(th, s, o)
		})
	}
	inplace("__ior__", func(th *Thread, s, o *Set) error { return s.update(th, o) })
	inplace("__isub__", func(th *Thread, s, o *Set) error { return setDifferenceUpdate(th, s, o) })
	inplace("__ixor__", func(th *Thread, s, o *Set) error { return setSymDiffUpdate(th, s, o) })
	inplace("__iand__", func(th *Thread, s, o *Set) error {
		r, err := setIntersection(th, s, o)
		if err != nil {
			return err
		}
		*s = Set{table: r.table, fill: r.fill, used: r.used, hash: -1}
		return nil
	})
	t.AddStaticMethod("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		cls, err := iterNewCheck(args, SetType)
		if err != nil {
			return nil, err
		}
		if cls == SetType {
			return NewSet(), nil
		}
		return newInstanceWithBase(cls, NewSet()), nil
	})
	t.AddMethod("__init__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		s, err := setRecv(t, "__init__", args)
		if err != nil {
			return nil, err
		}
		if len(kwnames) > 0 && args[0].Type() == SetType {
			return nil, Errorf(TypeErrorType, "set() takes no keyword arguments")
		}
		npos := len(args) - len(kwnames)
		if npos > 2 {
			return nil, Errorf(TypeErrorType, "%s expected at most 1 argument, got %d", typeNameOf(args[0]), npos-1)
		}
		if s.fill > 0 {
			s.clear()
		}
		s.hash = -1
		if npos == 2 {
			return None, s.update(th, args[1])
		}
		return None, nil
	})
}

// setSelfExact reports whether s is used directly (not through a subclass instance); it is
// always true for a bare *Set.
func setSelfExact(s *Set) (*Set, bool) { return s, true }

func discardFrozen(th *Thread, s *Set, key *Set) (bool, error) {
	fz := key.copySet(true)
	h := fz.frozenHash()
	return s.discardEntry(th, fz, h)
}
