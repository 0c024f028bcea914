package vm

import (
	"slices"

	"github.com/asobiba/asobiba/runtime/compile"
)

func init() {
	t := ListType
	t.AddStaticMethod("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) < 1 {
			return nil, Errorf(TypeErrorType, "list.__new__(): not enough arguments")
		}
		cls, ok := args[0].(*Type)
		if !ok || !cls.IsSubtype(ListType) {
			return nil, Errorf(TypeErrorType, "list.__new__(X): X is not a subtype of list")
		}
		if cls == ListType {
			return &List{}, nil
		}
		return newInstanceWithBase(cls, &List{}), nil
	})
	t.AddMethod("__init__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		l, err := listRecv("__init__", args)
		if err != nil {
			return nil, err
		}
		if len(kwnames) > 0 && args[0].Type() == ListType {
			return nil, Errorf(TypeErrorType, "list() takes no keyword arguments")
		}
		if len(args)-len(kwnames) > 2 {
			return nil, Errorf(TypeErrorType, "list expected at most 1 argument, got %d", len(args)-1-len(kwnames))
		}
		l.Items = nil
		if len(args)-len(kwnames) == 2 {
			items, err := Collect(th, args[1])
			if err != nil {
				return nil, err
			}
			l.Items = items
		}
		if l.Items == nil {
			l.Items = []Value{}
		}
		return None, nil
	})
	t.AddMethod("append", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		l, err := listRecv("append", args)
		if err != nil {
			return nil, err
		}
		if err := checkOneArg("list.append", args, kwnames); err != nil {
			return nil, err
		}
		l.Items = append(l.Items, args[1])
		return None, nil
	})
	t.AddMethod("extend", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		l, err := listRecv("extend", args)
		if err != nil {
			return nil, err
		}
		if err := checkOneArg("list.extend", args, kwnames); err != nil {
			return nil, err
		}
		return None, listExtend(th, l, args[1])
	})
	t.AddMethod("insert", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		l, err := listRecv("insert", args)
		if err != nil {
			return nil, err
		}
		if err := checkArgRange("insert", args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		i, err := AsClampedIndex(th, args[1])
		if err != nil {
			return nil, err
		}
		n := len(l.Items)
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		l.Items = slices.Insert(l.Items, i, args[2])
		return None, nil
	})
	t.AddMethod("remove", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		l, err := listRecv("remove", args)
		if err != nil {
			return nil, err
		}
		if err := checkOneArg("list.remove", args, kwnames); err != nil {
			return nil, err
		}
		for i := 0; i < len(l.Items); i++ {
			eq, err := equalItems(th, l.Items[i], args[1])
			if err != nil {
				return nil, err
			}
			if eq {
				if i < len(l.Items) {
					l.Items = slices.Delete(l.Items, i, i+1)
				}
				return None, nil
			}
		}
		return nil, Errorf(ValueErrorType, "list.remove(x): x not in list")
	})
	t.AddMethod("pop", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		l, err := listRecv("pop", args)
		if err != nil {
			return nil, err
		}
		if err := checkArgRange("pop", args, kwnames, 0, 1); err != nil {
			return nil, err
		}
		i := -1
		if len(args) == 2 {
			if i, err = AsIndex(th, args[1]); err != nil {
				return nil, err
			}
		}
		n := len(l.Items)
		if n == 0 {
			return nil, Errorf(IndexErrorType, "pop from empty list")
		}
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, Errorf(IndexErrorType, "pop index out of range")
		}
		v := l.Items[i]
		if i == n-1 {
			l.Items[i] = nil
			l.Items = l.Items[:i]
		} else {
			l.Items = slices.Delete(l.Items, i, i+1)
		}
		return v, nil
	})
	t.AddMethod("index", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		l, err := listRecv("index", args)
		if err != nil {
			return nil, err
		}
		if err := checkArgRange("index", args, kwnames, 1, 3); err != nil {
			return nil, err
		}
		start, stop, err := searchRange(th, args[2:], len(l.Items))
		if err != nil {
			return nil, err
		}
		for i := start; i < stop && i < len(l.Items); i++ {
			eq, err := equalItems(th, l.Items[i], args[1])
			if err != nil {
				return nil, err
			}
			if eq {
				return Int(i), nil
			}
		}
		r, err := Repr(th, args[1])
		if err != nil {
			return nil, err
		}
		return nil, Errorf(ValueErrorType, "%s is not in list", r)
	})
	t.AddMethod("count", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		l, err := listRecv("count", args)
		if err != nil {
			return nil, err
		}
		if err := checkOneArg("list.count", args, kwnames); err != nil {
			return nil, err
		}
		n := 0
		for i := 0; i < len(l.Items); i++ {
			eq, err := equalItems(th, l.Items[i], args[1])
			if err != nil {
				return nil, err
			}
			if eq {
				n++
			}
		}
		return Int(n), nil
	})
	t.AddMethod("sort", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		l, err := listRecv("sort", args)
		if err != nil {
			return nil, err
		}
		if len(args)-len(kwnames) > 1 {
			return nil, Errorf(TypeErrorType, "sort() takes no positional arguments")
		}
		spec := argSpec{fname: "sort", names: []string{"key", "reverse"}, kwOnly: 0}
		a, err := spec.parse(args, kwnames, 1)
		if err != nil {
			return nil, err
		}
		reverse := false
		if a[1] != nil {
			if reverse, err = Truth(th, a[1]); err != nil {
				return nil, err
			}
		}
		return None, listSort(th, l, a[0], reverse)
	})
	t.AddMethod("reverse", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		l, err := listRecv("reverse", args)
		if err != nil {
			return nil, err
		}
		if err := checkNoArgs("list.reverse", args, kwnames); err != nil {
			return nil, err
		}
		slices.Reverse(l.Items)
		return None, nil
	})
	t.AddMethod("copy", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		l, err := listRecv("copy", args)
		if err != nil {
			return nil, err
		}
		if err := checkNoArgs("list.copy", args, kwnames); err != nil {
			return nil, err
		}
		return &List{Items: append([]Value{}, l.Items...)}, nil
	})
	t.AddMethod("clear", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		l, err := listRecv("clear", args)
		if err != nil {
			return nil, err
		}
		if err := checkNoArgs("list.clear", args, kwnames); err != nil {
			return nil, err
		}
		l.Items = []Value{}
		return None, nil
	})
	listSlots(t)
}

// searchRange parses the optional start and stop of index() methods.
func searchRange(th *Thread, args []Value, n int) (int, int, error) {
	start, stop := 0, n
	var err error
	if len(args) > 0 && args[0] != None {
		if start, err = sliceIndex(th, args[0]); err != nil {
			return 0, 0, err
		}
	}
	if len(args) > 1 && args[1] != None {
		if stop, err = sliceIndex(th, args[1]); err != nil {
			return 0, 0, err
		}
	}
	start, stop, _ = adjustIndices(n, start, stop, 1)
	if start < 0 {
		start = 0
	}
	return start, stop, nil
}

// listExtend is list.extend(iterable).
func listExtend(th *Thread, l *List, v Value) error {
	if o, ok := listSelf(v); ok {
		l.Items = append(l.Items, o.Items...)
		return nil
	}
	if t, ok := v.(Tuple); ok {
		l.Items = append(l.Items, t...)
		return nil
	}
	return ForEach(th, v, func(item Value) (bool, error) {
		l.Items = append(l.Items, item)
		return true, nil
	})
}

func listSlots(t *Type) {
	slot := func(name string, n int, f func(th *Thread, l *List, args []Value) (Value, error)) *Builtin {
		return t.AddMethod(name, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := checkSlotArgs(name, args, kwnames, n); err != nil {
				return nil, err
			}
			l, ok := listSelf(args[0])
			if !ok {
				return nil, descrError(name, ListType, args[0])
			}
			return f(th, l, args)
		})
	}
	slot("__len__", 0, func(th *Thread, l *List, args []Value) (Value, error) { return Int(len(l.Items)), nil })
	slot("__getitem__", 1, func(th *Thread, l *List, args []Value) (Value, error) { return listGetItem(th, l, args[1]) })
	slot("__setitem__", 2, func(th *Thread, l *List, args []Value) (Value, error) {
		return None, listSetItem(th, l, args[1], args[2])
	})
	slot("__delitem__", 1, func(th *Thread, l *List, args []Value) (Value, error) { return None, listDelItem(th, l, args[1]) })
	slot("__contains__", 1, func(th *Thread, l *List, args []Value) (Value, error) {
		r, err := Contains(th, l, args[1])
		return Bool(r), err
	})
	slot("__iter__", 0, func(th *Thread, l *List, args []Value) (Value, error) { return &listIter{list: l}, nil })
	slot("__reversed__", 0, func(th *Thread, l *List, args []Value) (Value, error) {
		return &listRevIter{list: l, i: len(l.Items) - 1}, nil
	})
	slot("__repr__", 0, func(th *Thread, l *List, args []Value) (Value, error) {
		s, err := listRepr(th, l)
		return Str(s), err
	})
	add := slot("__add__", 1, func(th *Thread, l *List, args []Value) (Value, error) {
		o, ok := listSelf(args[1])
		if !ok {
			return nil, Errorf(TypeErrorType, "can only concatenate list (not \"%s\") to list", typeNameOf(args[1]))
		}
		return listConcat(l.Items, o.Items), nil
	})
	seqSlots[add] = func(th *Thread, a, b Value) (Value, error) {
		x, _ := listSelf(a)
		y, ok := listSelf(b)
		if !ok {
			return NotImplemented, nil
		}
		return listConcat(x.Items, y.Items), nil
	}
	slot("__iadd__", 1, func(th *Thread, l *List, args []Value) (Value, error) {
		if err := listExtend(th, l, args[1]); err != nil {
			return nil, err
		}
		return args[0], nil
	})
	mulImpl := func(th *Thread, l *List, n Value, strict bool) (Value, error) {
		k, ok, err := repeatCount(th, n)
		if err != nil {
			return nil, err
		}
		if !ok {
			if strict {
				return nil, Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", typeNameOf(n))
			}
			return NotImplemented, nil
		}
		items, err := repeatItems(l.Items, k)
		if err != nil {
			return nil, err
		}
		return &List{Items: items}, nil
	}
	mul := slot("__mul__", 1, func(th *Thread, l *List, args []Value) (Value, error) { return mulImpl(th, l, args[1], true) })
	rmul := slot("__rmul__", 1, func(th *Thread, l *List, args []Value) (Value, error) { return mulImpl(th, l, args[1], true) })
	for _, b := range []*Builtin{mul, rmul} {
		seqSlots[b] = func(th *Thread, a, n Value) (Value, error) {
			l, _ := listSelf(a)
			return mulImpl(th, l, n, false)
		}
	}
	slot("__imul__", 1, func(th *Thread, l *List, args []Value) (Value, error) {
		k, ok, err := repeatCount(th, args[1])
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", typeNameOf(args[1]))
		}
		items, err := repeatItems(l.Items, k)
		if err != nil {
			return nil, err
		}
		l.Items = items
		return args[0], nil
	})
	slot("__sizeof__", 0, func(th *Thread, l *List, args []Value) (Value, error) { return Int(40 + 8*cap(l.Items)), nil })
	t.Dict.SetStr("__hash__", None)
	addRichCompare(t, func(th *Thread, a, b Value, op compile.CompareOp) (Value, error) {
		x, _ := listSelf(a)
		y, ok := listSelf(b)
		if !ok {
			return NotImplemented, nil
		}
		return compareSequences(th, func() []Value { return x.Items }, func() []Value { return y.Items }, op)
	})
	addClassGetItem(t)
}

// addClassGetItem adds __class_getitem__ (list[int] -> types.GenericAlias).
func addClassGetItem(t *Type) {
	t.AddClassMethod("__class_getitem__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkOneArg(t.Name+".__class_getitem__", args, kwnames); err != nil {
			return nil, err
		}
		return MakeGenericAlias(args[0], args[1]), nil
	})
}
