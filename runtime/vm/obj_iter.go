package vm

// The iterators of the builtin containers and the iterator builtins enumerate, zip, map,
// filter and reversed. Each is a Go struct implementing goIterator, so that Next (and thus
// every for loop) advances it without a dunder call; its class still has __iter__ and
// __next__ for Python code that calls them.

import "unicode/utf8"

// goIterator is implemented by the Go iterator objects.
type goIterator interface {
	Value
	next(th *Thread) (Value, bool, error)
}

// The iterator classes.
var (
	ListIterType        = newIterType("list_iterator")
	ListRevIterType     = newIterType("list_reverseiterator")
	TupleIterType       = newIterType("tuple_iterator")
	StrIterType         = newIterType("str_iterator")
	StrASCIIIterType    = newIterType("str_ascii_iterator")
	BytesIterType       = newIterType("bytes_iterator")
	SeqIterType         = newIterType("iterator")
	CallableIterType    = newIterType("callable_iterator")
	DictKeyIterType     = newIterType("dict_keyiterator")
	DictValueIterType   = newIterType("dict_valueiterator")
	DictItemIterType    = newIterType("dict_itemiterator")
	DictRevKeyIterType  = newIterType("dict_reversekeyiterator")
	DictRevValIterType  = newIterType("dict_reversevalueiterator")
	DictRevItemIterType = newIterType("dict_reverseitemiterator")
	SetIterType         = newIterType("set_iterator")
	RangeIterType       = newIterType("range_iterator")
	EnumerateType       = newIterBase("enumerate")
	ZipType             = newIterBase("zip")
	MapType             = newIterBase("map")
	FilterType          = newIterBase("filter")
	ReversedType        = newIterBase("reversed")
)

func newIterType(name string) *Type {
	t := NewBuiltinType(name, ObjectType, 0).SetSolid()
	addIterMethods(t)
	return t
}

func newIterBase(name string) *Type {
	t := NewBuiltinType(name, ObjectType, FlagBaseType).SetSolid()
	addIterMethods(t)
	return t
}

// iterSelf unwraps the Go iterator of an iterator object (or of an instance of a subclass).
func iterSelf(v Value) (goIterator, bool) {
	switch x := v.(type) {
	case goIterator:
		return x, true
	case *Instance:
		it, ok := x.Base.(goIterator)
		return it, ok
	}
	return nil, false
}

func addIterMethods(t *Type) {
	t.AddMethod("__iter__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkSlotArgs("__iter__", args, kwnames, 0); err != nil {
			return nil, err
		}
		return args[0], nil
	})
	t.AddMethod("__next__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkSlotArgs("__next__", args, kwnames, 0); err != nil {
			return nil, err
		}
		it, ok := iterSelf(args[0])
		if !ok {
			return nil, descrError("__next__", t, args[0])
		}
		v, ok, err := it.next(th)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, NewException(StopIterationType)
		}
		return v, nil
	})
	t.AddMethod("__length_hint__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		it, ok := iterSelf(args[0])
		if !ok {
			return nil, descrError("__length_hint__", t, args[0])
		}
		if h, ok := it.(interface{ lengthHint() int }); ok {
			return Int(h.lengthHint()), nil
		}
		return NotImplemented, nil
	})
}

// listIter iterates a list by index, seeing appends made during the loop.
type listIter struct {
	list *List // nil once exhausted
	i    int
}

// Type returns ListIterType.
func (*listIter) Type() *Type { return ListIterType }

func (it *listIter) next(th *Thread) (Value, bool, error) {
	if it.list != nil && it.i < len(it.list.Items) {
		v := it.list.Items[it.i]
		it.i++
		return v, true, nil
	}
	it.list = nil
	return nil, false, nil
}

func (it *listIter) lengthHint() int {
	if it.list == nil {
		return 0
	}
	return max(0, len(it.list.Items)-it.i)
}

// listRevIter is reversed(list).
type listRevIter struct {
	list *List
	i    int
}

// Type returns ListRevIterType.
func (*listRevIter) Type() *Type { return ListRevIterType }

func (it *listRevIter) next(th *Thread) (Value, bool, error) {
	if it.list != nil && it.i >= 0 && it.i < len(it.list.Items) {
		v := it.list.Items[it.i]
		it.i--
		return v, true, nil
	}
	it.list = nil
	return nil, false, nil
}

func (it *listRevIter) lengthHint() int {
	if it.list == nil || it.i >= len(it.list.Items) {
		return 0
	}
	return it.i + 1
}

// tupleIter iterates a tuple.
type tupleIter struct {
	t Tuple
	i int
}

// Type returns TupleIterType.
func (*tupleIter) Type() *Type { return TupleIterType }

func (it *tupleIter) next(th *Thread) (Value, bool, error) {
	if it.i < len(it.t) {
		v := it.t[it.i]
		it.i++
		return v, true, nil
	}
	return nil, false, nil
}

func (it *tupleIter) lengthHint() int { return max(0, len(it.t)-it.i) }

// strIter iterates a str by code point.
type strIter struct {
	s     string
	pos   int
	ascii bool
}

func newStrIter(s string) *strIter {
	return &strIter{s: s, ascii: strLen(s) == len(s)}
}

// Type returns str_ascii_iterator or str_iterator, as CPython 3.12 does.
func (it *strIter) Type() *Type {
	if it.ascii {
		return StrASCIIIterType
	}
	return StrIterType
}

func (it *strIter) next(th *Thread) (Value, bool, error) {
	if it.pos >= len(it.s) {
		return nil, false, nil
	}
	if it.s[it.pos] < utf8.RuneSelf {
		it.pos++
		return Str(it.s[it.pos-1 : it.pos]), true, nil
	}
	_, n := utf8.DecodeRuneInString(it.s[it.pos:])
	v := Str(it.s[it.pos : it.pos+n])
	it.pos += n
	return v, true, nil
}

func (it *strIter) lengthHint() int { return strLen(it.s[it.pos:]) }

// bytesIter iterates bytes as ints.
type bytesIter struct {
	b string
	i int
}

// Type returns BytesIterType.
func (*bytesIter) Type() *Type { return BytesIterType }

func (it *bytesIter) next(th *Thread) (Value, bool, error) {
	if it.i < len(it.b) {
		it.i++
		return Int(it.b[it.i-1]), true, nil
	}
	return nil, false, nil
}

func (it *bytesIter) lengthHint() int { return max(0, len(it.b)-it.i) }

// Type returns SeqIterType.
func (*seqIter) Type() *Type { return SeqIterType }

// callableIter is iter(callable, sentinel).
type callableIter struct {
	fn, sentinel Value // fn nil once exhausted
}

// Type returns CallableIterType.
func (*callableIter) Type() *Type { return CallableIterType }

// NewCallableIter returns iter(fn, sentinel).
func NewCallableIter(fn, sentinel Value) Value { return &callableIter{fn: fn, sentinel: sentinel} }

func (it *callableIter) next(th *Thread) (Value, bool, error) {
	if it.fn == nil {
		return nil, false, nil
	}
	v, err := Call(th, it.fn, nil, nil)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Class.IsSubtype(StopIterationType) {
			it.fn = nil
			return nil, false, nil
		}
		return nil, false, err
	}
	eq, err := Equal(th, v, it.sentinel)
	if err != nil {
		return nil, false, err
	}
	if eq {
		it.fn = nil
		return nil, false, nil
	}
	return v, true, nil
}

// enumerateIter is enumerate(iterable, start).
type enumerateIter struct {
	it    Value
	count Value // the next index: an Int, or a *BigInt after overflow
}

// Type returns EnumerateType.
func (*enumerateIter) Type() *Type { return EnumerateType }

func (e *enumerateIter) next(th *Thread) (Value, bool, error) {
	v, ok, err := Next(th, e.it)
	if err != nil || !ok {
		return nil, false, err
	}
	i := e.count
	if n, ok := i.(Int); ok {
		e.count = intAdd(n, 1)
	} else {
		e.count, _ = intBinary(opAdd, i, Int(1))
	}
	return Tuple{i, v}, true, nil
}

// zipIter is zip(*iterables, strict=False).
type zipIter struct {
	its    []Value // nil once exhausted
	strict bool
}

// Type returns ZipType.
func (*zipIter) Type() *Type { return ZipType }

func (z *zipIter) next(th *Thread) (Value, bool, error) {
	if z.its == nil || len(z.its) == 0 {
		return nil, false, nil
	}
	out := make(Tuple, len(z.its))
	for i, it := range z.its {
		v, ok, err := Next(th, it)
		if err != nil {
			return nil, false, err
		}
		if !ok {
			its := z.its
			z.its = nil
			if z.strict {
				if i > 0 {
					plural := "s"
					if i == 1 {
						plural = ""
					}
					return nil, false, Errorf(ValueErrorType, "zip() argument %d is shorter than argument%s 1%s", i+1, plural, rangeSuffix(i))
				}
				for j := 1; j < len(its); j++ {
					_, ok, err := Next(th, its[j])
					if err != nil {
						return nil, false, err
					}
					if ok {
						plural := "s"
						if j == 1 {
							plural = ""
						}
						return nil, false, Errorf(ValueErrorType, "zip() argument %d is longer than argument%s 1%s", j+1, plural, rangeSuffix(j))
					}
				}
			}
			return nil, false, nil
		}
		out[i] = v
	}
	return out, true, nil
}

// rangeSuffix renders the "-n" of CPython's "arguments 1-2" wording.
func rangeSuffix(i int) string {
	if i <= 1 {
		return ""
	}
	return "-" + itoa(i)
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	neg := i < 0
	if neg {
		i = -i
	}
	var b [20]byte
	p := len(b)
	for i > 0 {
		p--
		b[p] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		p--
		b[p] = '-'
	}
	return string(b[p:])
}

// mapIter is map(fn, *iterables).
type mapIter struct {
	fn  Value
	its []Value
}

// Type returns MapType.
func (*mapIter) Type() *Type { return MapType }

func (m *mapIter) next(th *Thread) (Value, bool, error) {
	args := make([]Value, len(m.its))
	for i, it := range m.its {
		v, ok, err := Next(th, it)
		if err != nil || !ok {
			return nil, false, err
		}
		args[i] = v
	}
	v, err := Call(th, m.fn, args, nil)
	if err != nil {
		return nil, false, err
	}
	return v, true, nil
}

// filterIter is filter(fn, iterable); fn None keeps the true items.
type filterIter struct {
	fn Value
	it Value
}

// Type returns FilterType.
func (*filterIter) Type() *Type { return FilterType }

func (f *filterIter) next(th *Thread) (Value, bool, error) {
	for {
		v, ok, err := Next(th, f.it)
		if err != nil || !ok {
			return nil, false, err
		}
		keep := v
		if f.fn != None {
			if keep, err = Call(th, f.fn, []Value{v}, nil); err != nil {
				return nil, false, err
			}
		}
		t, err := Truth(th, keep)
		if err != nil {
			return nil, false, err
		}
		if t {
			return v, true, nil
		}
	}
}

// reversedIter is reversed(seq) over the sequence protocol (__len__ and __getitem__).
type reversedIter struct {
	seq Value // nil once exhausted
	i   int
}

// Type returns ReversedType.
func (*reversedIter) Type() *Type { return ReversedType }

func (r *reversedIter) next(th *Thread) (Value, bool, error) {
	if r.seq == nil || r.i < 0 {
		r.seq = nil
		return nil, false, nil
	}
	v, err := GetItem(th, r.seq, Int(r.i))
	if err != nil {
		if e, ok := err.(*Exception); ok && (e.Class.IsSubtype(IndexErrorType) || e.Class.IsSubtype(StopIterationType)) {
			r.seq = nil
			return nil, false, nil
		}
		return nil, false, err
	}
	r.i--
	return v, true, nil
}

func (r *reversedIter) lengthHint() int {
	if r.seq == nil {
		return 0
	}
	return r.i + 1
}

// wrapIter returns payload itself for the base class, or an instance of the subclass cls
// holding it.
func wrapIter(cls, base *Type, payload Value) Value {
	if cls == base {
		return payload
	}
	return newInstanceWithBase(cls, payload)
}

func iterNewCheck(args []Value, base *Type) (*Type, error) {
	if len(args) < 1 {
		return nil, Errorf(TypeErrorType, "%s.__new__(): not enough arguments", base.Name)
	}
	cls, ok := args[0].(*Type)
	if !ok || !cls.IsSubtype(base) {
		return nil, Errorf(TypeErrorType, "%s.__new__(X): X is not a subtype of %s", base.Name, base.Name)
	}
	return cls, nil
}

func init() {
	EnumerateType.AddStaticMethod("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		cls, err := iterNewCheck(args, EnumerateType)
		if err != nil {
			return nil, err
		}
		spec := argSpec{fname: "enumerate", names: []string{"iterable", "start"}, kwOnly: 2, required: 1}
		a, err := spec.parse(args, kwnames, 1)
		if err != nil {
			return nil, err
		}
		it, err := Iter(th, a[0])
		if err != nil {
			return nil, err
		}
		var start Value = Int(0)
		if a[1] != nil {
			if start, err = Index(th, a[1]); err != nil {
				if x, ok := a[1].(Float); ok {
					_ = x
					return nil, Errorf(TypeErrorType, "'float' object cannot be interpreted as an integer")
				}
				return nil, err
			}
		}
		return wrapIter(cls, EnumerateType, &enumerateIter{it: it, count: start}), nil
	})
	ZipType.AddStaticMethod("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		cls, err := iterNewCheck(args, ZipType)
		if err != nil {
			return nil, err
		}
		strict := false
		npos := len(args) - len(kwnames)
		for i, k := range kwnames {
			if k != "strict" {
				return nil, Errorf(TypeErrorType, "zip() got an unexpected keyword argument '%s'", k)
			}
			if strict, err = Truth(th, args[npos+i]); err != nil {
				return nil, err
			}
		}
		its := make([]Value, 0, npos-1)
		for _, a := range args[1:npos] {
			it, err := Iter(th, a)
			if err != nil {
				if e, ok := err.(*Exception); ok && e.Class == TypeErrorType {
					return nil, Errorf(TypeErrorType, "'%s' object is not iterable", typeNameOf(a))
				}
				return nil, err
			}
			its = append(its, it)
		}
		return wrapIter(cls, ZipType, &zipIter{its: its, strict: strict}), nil
	})
	MapType.AddStaticMethod("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		cls, err := iterNewCheck(args, MapType)
		if err != nil {
			return nil, err
		}
		if len(kwnames) > 0 {
			return nil, Errorf(TypeErrorType, "map() takes no keyword arguments")
		}
		if len(args) < 3 {
			return nil, Errorf(TypeErrorType, "map() must have at least two arguments.")
		}
		its := make([]Value, 0, len(args)-2)
		for _, a := range args[2:] {
			it, err := Iter(th, a)
			if err != nil {
				return nil, err
			}
			its = append(its, it)
		}
		return wrapIter(cls, MapType, &mapIter{fn: args[1], its: its}), nil
	})
	FilterType.AddStaticMethod("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		cls, err := iterNewCheck(args, FilterType)
		if err != nil {
			return nil, err
		}
		if len(kwnames) > 0 {
			return nil, Errorf(TypeErrorType, "filter() takes no keyword arguments")
		}
		if len(args) != 3 {
			return nil, Errorf(TypeErrorType, "filter expected 2 arguments, got %d", len(args)-1)
		}
		it, err := Iter(th, args[2])
		if err != nil {
			return nil, err
		}
		return wrapIter(cls, FilterType, &filterIter{fn: args[1], it: it}), nil
	})
	ReversedType.AddStaticMethod("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		cls, err := iterNewCheck(args, ReversedType)
		if err != nil {
			return nil, err
		}
		if len(kwnames) > 0 {
			return nil, Errorf(TypeErrorType, "reversed() takes no keyword arguments")
		}
		if len(args) != 2 {
			return nil, Errorf(TypeErrorType, "reversed expected 1 argument, got %d", len(args)-1)
		}
		if cls == ReversedType {
			return Reversed(th, args[1])
		}
		r, err := reversedSeq(th, args[1])
		if err != nil {
			return nil, err
		}
		return wrapIter(cls, ReversedType, r), nil
	})
}

// Reversed is reversed(seq): the sequence's __reversed__ when it has one, else the sequence
// protocol walked backwards.
func Reversed(th *Thread, seq Value) (Value, error) {
	switch x := seq.(type) {
	case *List:
		return &listRevIter{list: x, i: len(x.Items) - 1}, nil
	case Tuple:
		return &reversedIter{seq: x, i: len(x) - 1}, nil
	case Str:
		return &reversedIter{seq: x, i: strLen(string(x)) - 1}, nil
	}
	if m := LookupSpecial(seq, "__reversed__"); m != nil {
		if m == None {
			return nil, Errorf(TypeErrorType, "'%s' object is not reversible", typeNameOf(seq))
		}
		return callDunder(th, m, seq)
	}
	return reversedSeq(th, seq)
}

func reversedSeq(th *Thread, seq Value) (*reversedIter, error) {
	if LookupSpecial(seq, "__getitem__") == nil {
		return nil, Errorf(TypeErrorType, "'%s' object is not reversible", typeNameOf(seq))
	}
	if _, ok := seq.(*Dict); ok {
		return nil, Errorf(TypeErrorType, "'%s' object is not reversible", typeNameOf(seq))
	}
	n, err := Len(th, seq)
	if err != nil {
		return nil, err
	}
	return &reversedIter{seq: seq, i: n - 1}, nil
}
