package vm

// Truth, len, iteration, subscription and membership: the container protocols, each with Go
// fast paths for the builtin representations and the dunder fallback for everything else.

import (
	"strings"
	"unicode/utf8"
)

// Truth is bool(v).
func Truth(th *Thread, v Value) (bool, error) {
	switch x := v.(type) {
	case Bool:
		return bool(x), nil
	case *NoneType:
		return false, nil
	case Int:
		return x != 0, nil
	case Float:
		return x != 0, nil
	case Str:
		return len(x) > 0, nil
	case *List:
		return len(x.Items) > 0, nil
	case Tuple:
		return len(x) > 0, nil
	case *Dict:
		return x.Len() > 0, nil
	case *Set:
		return x.used > 0, nil
	case Bytes:
		return len(x) > 0, nil
	case *BigInt:
		return true, nil
	case Complex:
		return x != 0, nil
	case *Type:
		return true, nil
	}
	t := v.Type()
	if m := t.Lookup("__bool__"); m != nil {
		r, err := callDunder(th, m, v)
		if err != nil {
			return false, err
		}
		b, ok := r.(Bool)
		if !ok {
			return false, Errorf(TypeErrorType, "__bool__ should return bool, returned %s", typeNameOf(r))
		}
		return bool(b), nil
	}
	if m := t.Lookup("__len__"); m != nil {
		n, err := lenDunder(th, m, v)
		return n > 0, err
	}
	return true, nil
}

// Len is len(v).
func Len(th *Thread, v Value) (int, error) {
	switch x := v.(type) {
	case Str:
		if ix := th.strIndexFor(string(x)); ix != nil {
			return ix.n, nil
		}
		return strLen(string(x)), nil
	case *List:
		return len(x.Items), nil
	case Tuple:
		return len(x), nil
	case *Dict:
		return x.Len(), nil
	case *Set:
		return x.used, nil
	case Bytes:
		return len(x), nil
	}
	m := LookupSpecial(v, "__len__")
	if m == nil {
		return 0, Errorf(TypeErrorType, "object of type '%s' has no len()", typeNameOf(v))
	}
	return lenDunder(th, m, v)
}

func lenDunder(th *Thread, m, v Value) (int, error) {
	r, err := callDunder(th, m, v)
	if err != nil {
		return 0, err
	}
	x, err := Index(th, r)
	if err != nil {
		return 0, err
	}
	if intSign(x) < 0 {
		return 0, Errorf(ValueErrorType, "__len__() should return >= 0")
	}
	n, ok := x.(Int)
	if !ok {
		return 0, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
	}
	return int(n), nil
}

// strLen counts the code points of s.
func strLen(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return utf8.RuneCountInString(s)
		}
	}
	return len(s)
}

// Iter is iter(v).
func Iter(th *Thread, v Value) (Value, error) {
	switch x := v.(type) {
	case *List:
		return &listIter{list: x}, nil
	case Tuple:
		return &tupleIter{t: x}, nil
	case Str:
		return newStrIter(string(x)), nil
	case *Dict:
		return newDictIter(x, dictIterKeys), nil
	case *Set:
		return newSetIter(x), nil
	case *Range:
		return newRangeIter(x), nil
	case Bytes:
		return &bytesIter{b: string(x)}, nil
	}
	t := v.Type()
	m := t.Lookup("__iter__")
	if m == nil || m == None {
		if m == nil && t.Lookup("__getitem__") != nil {
			return &seqIter{seq: v}, nil
		}
		return nil, Errorf(TypeErrorType, "'%s' object is not iterable", t.Name)
	}
	r, err := callDunder(th, m, v)
	if err != nil {
		return nil, err
	}
	if r.Type().Lookup("__next__") == nil {
		return nil, Errorf(TypeErrorType, "iter() returned non-iterator of type '%s'", typeNameOf(r))
	}
	return r, nil
}

// Next advances an iterator; ok is false when it is exhausted (no StopIteration is built).
func Next(th *Thread, it Value) (v Value, ok bool, err error) {
	switch x := it.(type) {
	case *listIter:
		if x.list != nil && x.i < len(x.list.Items) {
			v := x.list.Items[x.i]
			x.i++
			return v, true, nil
		}
		x.list = nil
		return nil, false, nil
	case *tupleIter:
		if x.i < len(x.t) {
			v := x.t[x.i]
			x.i++
			return v, true, nil
		}
		return nil, false, nil
	case *rangeIter:
		if x.remaining > 0 {
			v := x.cur
			x.cur += x.step
			x.remaining--
			return Int(v), true, nil
		}
		return nil, false, nil
	case goIterator:
		return x.next(th)
	}
	m := LookupSpecial(it, "__next__")
	if m == nil {
		return nil, false, Errorf(TypeErrorType, "'%s' object is not an iterator", typeNameOf(it))
	}
	r, err := callDunder(th, m, it)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Class.IsSubtype(StopIterationType) {
			return nil, false, nil
		}
		return nil, false, err
	}
	return r, true, nil
}

// Collect returns the items of an iterable as a new slice (the caller owns it).
func Collect(th *Thread, v Value) ([]Value, error) {
	switch x := v.(type) {
	case *List:
		return append([]Value(nil), x.Items...), nil
	case Tuple:
		return append([]Value(nil), x...), nil
	case *Range:
		// CPython asks for the length first (list's length hint), which fails for a range
		// longer than sys.maxsize.
		if x.Big != nil && !x.Big.Len.IsInt64() {
			return nil, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
	}
	it, err := Iter(th, v)
	if err != nil {
		return nil, err
	}
	var out []Value
	for {
		item, ok, err := Next(th, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, item)
		if len(out)%collectCharge == 0 && th != nil {
			// An endless iterator written in Go (itertools.count()) runs no bytecode: the
			// items count against the step budget and Stop, so that it can be stopped.
			if err := th.Charge(collectCharge); err != nil {
				return nil, err
			}
		}
	}
}

// collectCharge is how many items Collect gathers between charges to the step budget.
const collectCharge = 1024

// collect is Collect for callers that only read the slice.
func collect(th *Thread, v Value) ([]Value, error) {
	switch x := v.(type) {
	case *List:
		return x.Items, nil
	case Tuple:
		return x, nil
	}
	return Collect(th, v)
}

// ForEach calls f for each item of an iterable until f returns false or an error.
func ForEach(th *Thread, v Value, f func(item Value) (bool, error)) error {
	if t, ok := v.(Tuple); ok {
		for _, item := range t {
			if more, err := f(item); err != nil || !more {
				return err
			}
		}
		return nil
	}
	it, err := Iter(th, v)
	if err != nil {
		return err
	}
	for {
		item, ok, err := Next(th, it)
		if err != nil || !ok {
			return err
		}
		if more, err := f(item); err != nil || !more {
			return err
		}
	}
}

// GetItem is obj[key].
func GetItem(th *Thread, obj, key Value) (Value, error) {
	switch x := obj.(type) {
	case *List:
		if i, ok := key.(Int); ok {
			n := Int(len(x.Items))
			if i < 0 {
				i += n
			}
			if i < 0 || i >= n {
				return nil, Errorf(IndexErrorType, "list index out of range")
			}
			return x.Items[i], nil
		}
		return listGetItem(th, x, key)
	case Tuple:
		if i, ok := key.(Int); ok {
			n := Int(len(x))
			if i < 0 {
				i += n
			}
			if i < 0 || i >= n {
				return nil, Errorf(IndexErrorType, "tuple index out of range")
			}
			return x[i], nil
		}
		return tupleGetItem(th, x, key)
	case *Dict:
		v, ok, err := x.Get(th, key)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, NewException(KeyErrorType, key)
		}
		return v, nil
	case Str:
		return strGetItem(th, string(x), key)
	}
	t := obj.Type()
	if m := t.Lookup("__getitem__"); m != nil {
		return callDunder(th, m, obj, key)
	}
	if cls, ok := obj.(*Type); ok {
		if cls == TypeType { // type[int] is special-cased, as in CPython's PyObject_GetItem
			return MakeGenericAlias(cls, key), nil
		}
		cg, found, err := GetAttrOK(th, cls, "__class_getitem__")
		if err != nil {
			return nil, err
		}
		if found {
			return Call(th, cg, []Value{key}, nil)
		}
		return nil, Errorf(TypeErrorType, "type '%s' is not subscriptable", cls.Name)
	}
	return nil, Errorf(TypeErrorType, "'%s' object is not subscriptable", t.Name)
}

// SetItem is obj[key] = v.
func SetItem(th *Thread, obj, key, v Value) error {
	switch x := obj.(type) {
	case *List:
		if i, ok := key.(Int); ok {
			n := Int(len(x.Items))
			if i < 0 {
				i += n
			}
			if i < 0 || i >= n {
				return Errorf(IndexErrorType, "list assignment index out of range")
			}
			x.Items[i] = v
			return nil
		}
		return listSetItem(th, x, key, v)
	case *Dict:
		return x.Set(th, key, v)
	}
	t := obj.Type()
	if m := t.Lookup("__setitem__"); m != nil {
		_, err := callDunder(th, m, obj, key, v)
		return err
	}
	return Errorf(TypeErrorType, "'%s' object does not support item assignment", t.Name)
}

// DelItem is del obj[key].
func DelItem(th *Thread, obj, key Value) error {
	switch x := obj.(type) {
	case *List:
		return listDelItem(th, x, key)
	case *Dict:
		ok, err := x.Delete(th, key)
		if err != nil {
			return err
		}
		if !ok {
			return NewException(KeyErrorType, key)
		}
		return nil
	}
	t := obj.Type()
	if m := t.Lookup("__delitem__"); m != nil {
		_, err := callDunder(th, m, obj, key)
		return err
	}
	return Errorf(TypeErrorType, "'%s' object doesn't support item deletion", t.Name)
}

// Contains is item in container.
func Contains(th *Thread, container, item Value) (bool, error) {
	switch x := container.(type) {
	case *List:
		for i := 0; i < len(x.Items); i++ {
			eq, err := equalItems(th, x.Items[i], item)
			if err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	case Tuple:
		for _, v := range x {
			eq, err := equalItems(th, v, item)
			if err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	case Str:
		s, ok := strSelf(item)
		if !ok {
			return false, Errorf(TypeErrorType, "'in <string>' requires string as left operand, not %s", typeNameOf(item))
		}
		return strings.Contains(string(x), s), nil
	case *Dict:
		_, ok, err := x.Get(th, item)
		return ok, err
	case *Set:
		return setContainsKey(th, x, item)
	case *Range:
		return rangeContains(th, x, item)
	}
	t := container.Type()
	if m := t.Lookup("__contains__"); m != nil {
		if m == None {
			return false, Errorf(TypeErrorType, "argument of type '%s' is not iterable", t.Name)
		}
		r, err := callDunder(th, m, container, item)
		if err != nil {
			return false, err
		}
		return Truth(th, r)
	}
	if t.Lookup("__iter__") == nil && t.Lookup("__getitem__") == nil {
		return false, Errorf(TypeErrorType, "argument of type '%s' is not iterable", t.Name)
	}
	found := false
	err := ForEach(th, container, func(v Value) (bool, error) {
		eq, err := equalItems(th, v, item)
		if err != nil {
			return false, err
		}
		found = eq
		return !eq, nil
	})
	return found, err
}

// seqIter is the iterator of the old sequence protocol: obj[0], obj[1], ... until
// IndexError (or StopIteration).
type seqIter struct {
	seq Value // nil once exhausted
	i   int
}

func (it *seqIter) next(th *Thread) (Value, bool, error) {
	if it.seq == nil {
		return nil, false, nil
	}
	v, err := GetItem(th, it.seq, Int(it.i))
	if err != nil {
		if e, ok := err.(*Exception); ok && (e.Class.IsSubtype(IndexErrorType) || e.Class.IsSubtype(StopIterationType)) {
			it.seq = nil
			return nil, false, nil
		}
		return nil, false, err
	}
	it.i++
	return v, true, nil
}
