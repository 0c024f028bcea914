package vm

import (
	"slices"
)

// NewList returns a list holding items (not copied).
func NewList(items []Value) *List { return &List{Items: items} }

// listSelf extracts the *List of a list or list-subclass instance.
func listSelf(v Value) (*List, bool) {
	switch x := v.(type) {
	case *List:
		return x, true
	case *Instance:
		l, ok := x.Base.(*List)
		return l, ok
	}
	return nil, false
}

// listRecv checks a list method's receiver.
func listRecv(name string, args []Value) (*List, error) {
	if len(args) == 0 {
		return nil, Errorf(TypeErrorType, "unbound method list.%s() needs an argument", name)
	}
	l, ok := listSelf(args[0])
	if !ok {
		return nil, descrError(name, ListType, args[0])
	}
	return l, nil
}

func listConcat(a, b []Value) *List {
	out := make([]Value, 0, len(a)+len(b))
	return &List{Items: append(append(out, a...), b...)}
}

// repeatItems returns items repeated n times, or MemoryError when too long.
func repeatItems(items []Value, n int) ([]Value, error) {
	if n <= 0 || len(items) == 0 {
		return []Value{}, nil
	}
	if n > maxSeqLen/len(items) || !fitsMemory(int64(n*len(items))*valueBytes) {
		return nil, NewException(MemoryErrorType)
	}
	// slices.Repeat copies the items once, then doubles what it has copied: a few big
	// copies rather than one append per repetition ([0] * 1000 was a thousand calls).
	return slices.Repeat(items, n), nil
}

// repeatCount converts the int operand of sequence repetition; ok is false when it is not
// an int (the operator then declines).
func repeatCount(th *Thread, v Value) (int, bool, error) {
	if i, ok := v.(Int); ok {
		return int(i), true, nil
	}
	if _, ok := v.(Float); ok {
		return 0, false, nil
	}
	if LookupSpecial(v, "__index__") == nil {
		return 0, false, nil
	}
	x, err := Index(th, v)
	if err != nil {
		return 0, true, err
	}
	if i, ok := x.(Int); ok {
		return int(i), true, nil
	}
	if intSign(x) < 0 {
		return 0, true, nil
	}
	return 0, true, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
}

func seqIndexError(kind string, key Value) error {
	return Errorf(TypeErrorType, "%s indices must be integers or slices, not %s", kind, typeNameOf(key))
}

// seqIndex normalises an integer index for a sequence of length n; ok is false when key is
// not an index (a slice, or a wrong type).
func seqIndex(th *Thread, key Value, n int) (int, bool, error) {
	switch k := key.(type) {
	case Int:
		i := int(k)
		if i < 0 {
			i += n
		}
		return i, true, nil
	case *Slice:
		return 0, false, nil
	}
	if _, ok := intLike(key); !ok && LookupSpecial(key, "__index__") == nil {
		return 0, false, nil
	}
	x, err := Index(th, key)
	if err != nil {
		return 0, true, err
	}
	i, ok := x.(Int)
	if !ok {
		return 0, true, Errorf(IndexErrorType, "cannot fit 'int' into an index-sized integer")
	}
	j := int(i)
	if j < 0 {
		j += n
	}
	return j, true, nil
}

// sliceItems returns the items selected by a slice (a new slice).
func sliceItems[T any](th *Thread, items []T, s *Slice) ([]T, error) {
	start, _, step, n, err := s.Indices(th, len(items))
	if err != nil {
		return nil, err
	}
	if step == 1 {
		return append([]T(nil), items[start:start+n]...), nil
	}
	out := make([]T, n)
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		out[i] = items[j]
	}
	return out, nil
}

func listGetItem(th *Thread, l *List, key Value) (Value, error) {
	if s, ok := key.(*Slice); ok {
		items, err := sliceItems(th, l.Items, s)
		if err != nil {
			return nil, err
		}
		return &List{Items: items}, nil
	}
	i, ok, err := seqIndex(th, key, len(l.Items))
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, seqIndexError("list", key)
	}
	if i < 0 || i >= len(l.Items) {
		return nil, Errorf(IndexErrorType, "list index out of range")
	}
	return l.Items[i], nil
}

func listSetItem(th *Thread, l *List, key, v Value) error {
	if s, ok := key.(*Slice); ok {
		return listSetSlice(th, l, s, v)
	}
	i, ok, err := seqIndex(th, key, len(l.Items))
	if err != nil {
		return err
	}
	if !ok {
		return seqIndexError("list", key)
	}
	if i < 0 || i >= len(l.Items) {
		return Errorf(IndexErrorType, "list assignment index out of range")
	}
	l.Items[i] = v
	return nil
}

// listSetSlice is l[s] = v.
func listSetSlice(th *Thread, l *List, s *Slice, v Value) error {
	size := len(l.Items)
	start, stop, step, n, err := s.Indices(th, size)
	if err != nil {
		return err
	}
	var src []Value
	if o, ok := listSelf(v); ok && o == l {
		src = append([]Value(nil), o.Items...)
	} else {
		items, err := Collect(th, v)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Class == TypeErrorType && LookupSpecial(v, "__iter__") == nil {
				if step == 1 {
					return Errorf(TypeErrorType, "can only assign an iterable")
				}
				return Errorf(TypeErrorType, "must assign iterable to extended slice")
			}
			return err
		}
		src = items
		if len(l.Items) != size {
			// Iterating the value changed the list: clamp to its new size.
			if start, stop, step, n, err = s.Indices(th, len(l.Items)); err != nil {
				return err
			}
		}
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		if len(l.Items)-(stop-start)+len(src) > maxSeqLen {
			return NewException(MemoryErrorType)
		}
		l.Items = slices.Replace(l.Items, start, stop, src...)
		return nil
	}
	if len(src) != n {
		return Errorf(ValueErrorType, "attempt to assign sequence of size %d to extended slice of size %d", len(src), n)
	}
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		l.Items[j] = src[i]
	}
	return nil
}

func listDelItem(th *Thread, l *List, key Value) error {
	if s, ok := key.(*Slice); ok {
		start, stop, step, n, err := s.Indices(th, len(l.Items))
		if err != nil {
			return err
		}
		if n == 0 {
			return nil
		}
		if step == 1 {
			l.Items = slices.Delete(l.Items, start, stop)
			return nil
		}
		if step < 0 {
			start = start + step*(n-1)
			step = -step
		}
		out := l.Items[:0:0]
		for i, v := range l.Items {
			if i >= start && (i-start)%step == 0 && (i-start)/step < n {
				continue
			}
			out = append(out, v)
		}
		l.Items = out
		return nil
	}
	i, ok, err := seqIndex(th, key, len(l.Items))
	if err != nil {
		return err
	}
	if !ok {
		return seqIndexError("list", key)
	}
	if i < 0 || i >= len(l.Items) {
		return Errorf(IndexErrorType, "list assignment index out of range")
	}
	l.Items = slices.Delete(l.Items, i, i+1)
	return nil
}

// listSort sorts items in place with Python semantics: stable, only < comparisons, optional
// key function and reverse flag; the first comparison error stops the sort.
func listSort(th *Thread, l *List, key Value, reverse bool) error {
	items := l.Items
	l.Items = nil
	defer func() {
		if l.Items == nil {
			l.Items = items
		}
	}()
	keys := items
	hasKey := key != nil && key != None
	if hasKey {
		keys = make([]Value, len(items))
		for i, it := range items {
			k, err := Call(th, key, []Value{it}, nil)
			if err != nil {
				l.Items = items
				return err
			}
			keys[i] = k
		}
	}
	var sortErr error
	less := func(a, b Value) bool {
		if sortErr != nil {
			return false
		}
		lt, err := Less(th, a, b)
		if err != nil {
			sortErr = err
			return false
		}
		return lt
	}
	// Keys all of one builtin type compare without the general protocol (as CPython's
	// pre-sort check does).
	switch sortKind(keys) {
	case IntType:
		less = func(a, b Value) bool { return a.(Int) < b.(Int) }
	case StrType:
		less = func(a, b Value) bool { return a.(Str) < b.(Str) }
	case TupleType:
		general := less
		less = func(a, b Value) bool {
			if lt, ok := lessTuplesFast(a.(Tuple), b.(Tuple)); ok {
				return lt
			}
			return general(a, b)
		}
	}
	// CPython sorts a reversed list, then reverses it again: equal items keep their order.
	sorted := append([]Value(nil), items...)
	if !hasKey {
		if reverse {
			slices.Reverse(sorted)
		}
		mergeSort(sorted, less)
	} else {
		pairs := make([]sortPair, len(items))
		for i := range pairs {
			pairs[i] = sortPair{keys[i], items[i]}
		}
		if reverse {
			slices.Reverse(pairs)
		}
		mergeSort(pairs, func(a, b sortPair) bool { return less(a.key, b.key) })
		for i, p := range pairs {
			sorted[i] = p.item
		}
	}
	if reverse {
		slices.Reverse(sorted)
	}
	modified := l.Items != nil
	if sortErr == nil {
		copy(items, sorted)
	}
	l.Items = items
	if sortErr != nil {
		return sortErr
	}
	if modified {
		return Errorf(ValueErrorType, "list modified during sort")
	}
	return nil
}

// sortPair is an item and its sort key.
type sortPair struct{ key, item Value }

// sortKind returns the type shared by all keys when it is int, str or tuple (exactly), else
// nil.
func sortKind(keys []Value) *Type {
	if len(keys) == 0 {
		return nil
	}
	var kind *Type
	switch keys[0].(type) {
	case Int:
		kind = IntType
	case Str:
		kind = StrType
	case Tuple:
		kind = TupleType
	default:
		return nil
	}
	for _, k := range keys[1:] {
		switch k.(type) {
		case Int:
			if kind != IntType {
				return nil
			}
		case Str:
			if kind != StrType {
				return nil
			}
		case Tuple:
			if kind != TupleType {
				return nil
			}
		default:
			return nil
		}
	}
	return kind
}
