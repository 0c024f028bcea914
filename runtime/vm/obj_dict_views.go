package vm

// dict views (dict_keys, dict_values, dict_items) and the dict iterators, which detect
// "dictionary changed size during iteration" as CPython does.

import "github.com/asobiba/asobiba/runtime/compile"

type dictIterKind uint8

const (
	dictIterKeys dictIterKind = iota
	dictIterValues
	dictIterItems
)

// The view classes.
var (
	DictKeysType   = NewBuiltinType("dict_keys", ObjectType, 0).SetSolid()
	DictValuesType = NewBuiltinType("dict_values", ObjectType, 0).SetSolid()
	DictItemsType  = NewBuiltinType("dict_items", ObjectType, 0).SetSolid()
)

// DictView is a live view of a dict's keys, values or items.
type DictView struct {
	D    *Dict
	Kind dictIterKind
}

// Type returns the view's class.
func (v *DictView) Type() *Type {
	return [...]*Type{DictKeysType, DictValuesType, DictItemsType}[v.Kind]
}

// dictIter iterates a dict.
type dictIter struct {
	d       *Dict // nil once exhausted
	pos     int
	size    int
	version uint64
	kind    dictIterKind
	left    int
}

func newDictIter(d *Dict, kind dictIterKind) *dictIter {
	return &dictIter{d: d, size: d.Len(), version: d.Version(), kind: kind, left: d.Len()}
}

// Type returns the iterator's class.
func (it *dictIter) Type() *Type {
	return [...]*Type{DictKeyIterType, DictValueIterType, DictItemIterType}[it.kind]
}

func (it *dictIter) next(th *Thread) (Value, bool, error) {
	if it.d == nil {
		return nil, false, nil
	}
	if it.d.Len() != it.size {
		it.size = -1
		return nil, false, Errorf(RuntimeErrorType, "dictionary changed size during iteration")
	}
	if it.d.Version() != it.version {
		it.d = nil
		return nil, false, Errorf(RuntimeErrorType, "dictionary keys changed during iteration")
	}
	k, v, next, ok := it.d.Next(it.pos)
	if !ok {
		it.d = nil
		return nil, false, nil
	}
	it.pos = next
	it.left--
	switch it.kind {
	case dictIterKeys:
		return k, true, nil
	case dictIterValues:
		return v, true, nil
	}
	return Tuple{k, v}, true, nil
}

func (it *dictIter) lengthHint() int {
	if it.d == nil {
		return 0
	}
	return max(it.left, 0)
}

// dictRevIter iterates a dict backwards (reversed(d)).
type dictRevIter struct {
	items []Value // keys, values or items, snapshot in reverse order
	d     *Dict
	size  int
	kind  dictIterKind
	i     int
}

func newDictRevIter(d *Dict, kind dictIterKind) *dictRevIter {
	var items []Value
	d.Items(func(k, v Value) bool {
		switch kind {
		case dictIterKeys:
			items = append(items, k)
		case dictIterValues:
			items = append(items, v)
		default:
			items = append(items, Tuple{k, v})
		}
		return true
	})
	for a, b := 0, len(items)-1; a < b; a, b = a+1, b-1 {
		items[a], items[b] = items[b], items[a]
	}
	return &dictRevIter{items: items, d: d, size: d.Len(), kind: kind}
}

// Type returns the iterator's class.
func (it *dictRevIter) Type() *Type {
	return [...]*Type{DictRevKeyIterType, DictRevValIterType, DictRevItemIterType}[it.kind]
}

func (it *dictRevIter) next(th *Thread) (Value, bool, error) {
	if it.d != nil && it.d.Len() != it.size {
		it.d = nil
		return nil, false, Errorf(RuntimeErrorType, "dictionary changed size during iteration")
	}
	if it.i >= len(it.items) {
		return nil, false, nil
	}
	it.i++
	return it.items[it.i-1], true, nil
}

// viewItems lists a view's elements.
func (v *DictView) elems() []Value {
	out := make([]Value, 0, v.D.Len())
	v.D.Items(func(k, val Value) bool {
		switch v.Kind {
		case dictIterKeys:
			out = append(out, k)
		case dictIterValues:
			out = append(out, val)
		default:
			out = append(out, Tuple{k, val})
		}
		return true
	})
	return out
}

// viewContains is x in view.
func (v *DictView) contains(th *Thread, x Value) (bool, error) {
	switch v.Kind {
	case dictIterKeys:
		_, ok, err := v.D.Get(th, x)
		return ok, err
	case dictIterItems:
		t, ok := x.(Tuple)
		if !ok || len(t) != 2 {
			return false, nil
		}
		val, ok, err := v.D.Get(th, t[0])
		if err != nil || !ok {
			return false, err
		}
		return equalItems(th, val, t[1])
	}
	for _, e := range v.elems() {
		eq, err := equalItems(th, e, x)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

// isSetLike reports whether v takes part in set operations with key/item views.
func isSetLike(v Value) bool {
	switch x := v.(type) {
	case *Set:
		return true
	case *DictView:
		return x.Kind != dictIterValues
	}
	t := v.Type()
	return t.IsSubtype(SetType) || t.IsSubtype(FrozenSetType)
}

func initViews() {
	for _, t := range []*Type{DictKeysType, DictValuesType, DictItemsType} {
		t := t
		self := func(v Value) *DictView { return v.(*DictView) }
		t.AddMethod("__len__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			return Int(self(args[0]).D.Len()), nil
		})
		t.AddMethod("__iter__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			v := self(args[0])
			return newDictIter(v.D, v.Kind), nil
		})
		t.AddMethod("__reversed__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			v := self(args[0])
			return newDictRevIter(v.D, v.Kind), nil
		})
		t.AddMethod("__contains__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := checkSlotArgs("__contains__", args, kwnames, 1); err != nil {
				return nil, err
			}
			ok, err := self(args[0]).contains(th, args[1])
			return Bool(ok), err
		})
		t.AddMethod("__repr__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			v := self(args[0])
			ok, err := reprEnter(th, v.D)
			if err != nil {
				return nil, err
			}
			if !ok {
				return Str("..."), nil
			}
			defer reprLeave(th, v.D)
			s, err := joinReprs(th, t.Name+"([", v.elems(), "])")
			return Str(s), err
		})
		addGetter(t, "mapping", func(th *Thread, v Value) (Value, error) {
			return &MappingProxy{M: self(v).D}, nil
		})
		if t == DictValuesType {
			continue
		}
		t.Dict.SetStr("__hash__", None)
		setOp := func(name string, op compile.BinaryOp, reflected bool) {
			t.AddMethod(name, func(th *Thread, args []Value, kwnames []string) (Value, error) {
				if err := checkSlotArgs(name, args, kwnames, 1); err != nil {
					return nil, err
				}
				a, b := args[0], args[1]
				if reflected {
					a, b = b, a
				}
				if LookupSpecial(b, "__iter__") == nil && LookupSpecial(a, "__iter__") == nil {
					return NotImplemented, nil
				}
				left, err := NewSetFrom(th, a)
				if err != nil {
					return NotImplemented, nil
				}
				right, err := NewSetFrom(th, b)
				if err != nil {
					return nil, err
				}
				return setBinary(th, op, left, right)
			})
		}
		setOp("__and__", opAnd, false)
		setOp("__rand__", opAnd, true)
		setOp("__or__", opOr, false)
		setOp("__ror__", opOr, true)
		setOp("__xor__", opXor, false)
		setOp("__rxor__", opXor, true)
		setOp("__sub__", opSub, false)
		setOp("__rsub__", opSub, true)
		t.AddMethod("isdisjoint", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := checkOneArg(t.Name+".isdisjoint", args, kwnames); err != nil {
				return nil, err
			}
			v := self(args[0])
			disjoint := true
			err := ForEach(th, args[1], func(x Value) (bool, error) {
				in, err := v.contains(th, x)
				if err != nil {
					return false, err
				}
				if in {
					disjoint = false
				}
				return !in, nil
			})
			return Bool(disjoint), err
		})
		addRichCompare(t, func(th *Thread, a, b Value, op compile.CompareOp) (Value, error) {
			if !isSetLike(b) {
				return NotImplemented, nil
			}
			left, err := NewSetFrom(th, a)
			if err != nil {
				return nil, err
			}
			right, err := NewSetFrom(th, b)
			if err != nil {
				return nil, err
			}
			return setRichCompare(th, left, right, op)
		})
	}
}

func init() {
	initViews()
	for _, t := range []*Type{DictKeysType, DictValuesType, DictItemsType} {
		guardReceivers(t)
	}
}
