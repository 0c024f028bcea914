package modkit

import (
	"strings"

	"github.com/asobiba/asobiba/runtime/vm"
)

// StructSeq is a named-tuple-like class implemented in Go, like CPython's structseq types
// (time.struct_time, sys.version_info, sys.flags, os.stat_result): a subclass of tuple whose
// items are also readable as attributes, with a repr such as
// "sys.version_info(major=3, minor=12, ...)". Extra fields beyond the visible ones are
// attributes only (struct_time.tm_zone).
type StructSeq struct {
	// Type is the class; its instances are *vm.Instance values whose Base is the tuple of
	// visible fields.
	Type *vm.Type
	// Fields names every field, the visible ones first.
	Fields []string
	// Visible is the number of fields that are tuple items.
	Visible int
}

// structSeqs finds the StructSeq of a class from its methods.
var structSeqs = map[*vm.Type]*StructSeq{}

// NewStructSeq defines a struct sequence class. qualname is what repr shows ("time.struct_time"
// has module "time" and name "struct_time").
func NewStructSeq(module, name string, fields []string, visible int) *StructSeq {
	t := vm.NewBuiltinType(name, vm.TupleType, 0)
	t.Module = module
	s := &StructSeq{Type: t, Fields: fields, Visible: visible}
	structSeqs[t] = s
	t.Dict.SetStr("n_sequence_fields", vm.Int(visible))
	t.Dict.SetStr("n_fields", vm.Int(len(fields)))
	t.Dict.SetStr("n_unnamed_fields", vm.Int(0))
	match := make(vm.Tuple, visible)
	for i := range match {
		match[i] = vm.Str(fields[i])
	}
	t.Dict.SetStr("__match_args__", match)
	t.AddStaticMethod("__new__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return s.construct(th, args, kwnames)
	})
	t.AddMethod("__repr__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return s.repr(th, args[0])
	})
	// Each field is a descriptor of the class, so that reading one is an ordinary attribute
	// look-up rather than a call of __getattr__ (which stays for names the look-up misses).
	for _, field := range fields {
		if _, seen := t.Dict.GetStr(field); seen {
			continue // a repeated name: Get returns its last field
		}
		t.AddGetSet(field, func(th *vm.Thread, v vm.Value) (vm.Value, error) {
			if x, ok := s.Get(v, field); ok {
				return x, nil
			}
			return nil, vm.Errorf(vm.TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", field, s.qualname(), v.Type().Name)
		}, nil)
	}
	t.AddMethod("__getattr__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if len(args) != 2 {
			return nil, vm.Errorf(vm.TypeErrorType, "expected 1 argument, got %d", len(args)-1)
		}
		name, _ := Str(args[1])
		if v, ok := s.Get(args[0], name); ok {
			return v, nil
		}
		return nil, vm.Errorf(vm.AttributeErrorType, "'%s' object has no attribute '%s'", s.qualname(), name)
	})
	t.AddMethod("__setattr__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		name := ""
		if len(args) > 1 {
			name, _ = Str(args[1])
		}
		for _, f := range s.Fields {
			if f == name {
				return nil, vm.Errorf(vm.AttributeErrorType, "readonly attribute")
			}
		}
		return nil, vm.Errorf(vm.AttributeErrorType, "'%s' object has no attribute '%s'", s.qualname(), name)
	})
	t.AddMethod("__reduce__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		inst := args[0].(*vm.Instance)
		return vm.Tuple{t, vm.Tuple{inst.Base}}, nil
	})
	return s
}

func (s *StructSeq) qualname() string {
	if s.Type.Module == "builtins" {
		return s.Type.Name
	}
	return s.Type.Module + "." + s.Type.Name
}

// New returns an instance holding values, one per field (missing trailing extra fields are
// None).
func (s *StructSeq) New(values ...vm.Value) vm.Value {
	all := make([]vm.Value, len(s.Fields))
	for i := range all {
		all[i] = vm.None
		if i < len(values) {
			all[i] = values[i]
		}
	}
	inst := &vm.Instance{Class: s.Type, Base: vm.Tuple(all[:s.Visible:s.Visible])}
	if len(all) > s.Visible {
		inst.Slots = all[s.Visible:]
	}
	return inst
}

// Get returns the field called name of the instance v.
func (s *StructSeq) Get(v vm.Value, name string) (vm.Value, bool) {
	inst, ok := v.(*vm.Instance)
	if !ok {
		return nil, false
	}
	tup, _ := inst.Base.(vm.Tuple)
	// The last field of a name wins: os.stat_result's float st_mtime follows its unnamed
	// integer item.
	for i := len(s.Fields) - 1; i >= 0; i-- {
		if s.Fields[i] != name {
			continue
		}
		if i < len(tup) {
			return tup[i], true
		}
		if j := i - s.Visible; j < len(inst.Slots) {
			return inst.Slots[j], true
		}
		return vm.None, true
	}
	return nil, false
}

// Items returns all the field values of the instance v (visible and extra).
func (s *StructSeq) Items(v vm.Value) []vm.Value {
	out := make([]vm.Value, len(s.Fields))
	for i, f := range s.Fields {
		out[i], _ = s.Get(v, f)
	}
	return out
}

func (s *StructSeq) construct(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	name := s.qualname()
	sig := NewSig(s.Type.Name, "sequence, dict=")
	a, err := sig.Bind(args[1:], kwnames)
	if err != nil {
		return nil, err
	}
	items, err := Collect(th, a[0])
	if err != nil {
		return nil, vm.Errorf(vm.TypeErrorType, "constructor requires a sequence")
	}
	n := len(items)
	switch {
	case n < s.Visible:
		if s.Visible == len(s.Fields) {
			return nil, vm.Errorf(vm.TypeErrorType, "%s() takes a %d-sequence (%d-sequence given)", name, s.Visible, n)
		}
		return nil, vm.Errorf(vm.TypeErrorType, "%s() takes an at least %d-sequence (%d-sequence given)", name, s.Visible, n)
	case n > len(s.Fields):
		if s.Visible == len(s.Fields) {
			return nil, vm.Errorf(vm.TypeErrorType, "%s() takes a %d-sequence (%d-sequence given)", name, s.Visible, n)
		}
		return nil, vm.Errorf(vm.TypeErrorType, "%s() takes an at most %d-sequence (%d-sequence given)", name, len(s.Fields), n)
	}
	all := make([]vm.Value, len(s.Fields))
	copy(all, items)
	if d, ok := a[1].(*vm.Dict); ok {
		for i := n; i < len(all); i++ {
			if v, ok := d.GetStr(s.Fields[i]); ok {
				all[i] = v
			}
		}
	}
	for i := range all {
		if all[i] == nil {
			all[i] = vm.None
		}
	}
	out := s.New(all...).(*vm.Instance)
	if cls, ok := args[0].(*vm.Type); ok && cls != s.Type {
		out.Class = cls
		out.Dict = vm.NewDict()
	}
	return out, nil
}

func (s *StructSeq) repr(th *vm.Thread, v vm.Value) (vm.Value, error) {
	inst, ok := v.(*vm.Instance)
	if !ok {
		return nil, vm.Errorf(vm.TypeErrorType, "descriptor '__repr__' requires a '%s' object", s.qualname())
	}
	tup, _ := inst.Base.(vm.Tuple)
	var b strings.Builder
	b.WriteString(s.qualname())
	b.WriteByte('(')
	for i, item := range tup {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := vm.Repr(th, item)
		if err != nil {
			return nil, err
		}
		b.WriteString(s.Fields[i])
		b.WriteByte('=')
		b.WriteString(r)
	}
	b.WriteByte(')')
	return vm.Str(b.String()), nil
}
