package weakref

import (
	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// The proxy classes: weakref.ProxyType, and CallableProxyType for proxies to callables.
var (
	ProxyType         = modkit.NewFinalClass("weakref", "ProxyType", nil)
	CallableProxyType = modkit.NewFinalClass("weakref", "CallableProxyType", nil)
)

// Proxy is a weak proxy: every attribute access and operator is forwarded to the object.
type Proxy struct {
	obj      vm.Value
	callback vm.Value
	callable bool
}

// Type returns ProxyType or CallableProxyType.
func (p *Proxy) Type() *vm.Type {
	if p.callable {
		return CallableProxyType
	}
	return ProxyType
}

// unwrap returns the object behind a proxy, or v itself.
func unwrap(v vm.Value) vm.Value {
	if p, ok := v.(*Proxy); ok {
		return p.obj
	}
	return v
}

var proxyFunc = vm.NewBuiltin("_weakref", "proxy", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := modkit.NoKwargs("proxy", kwnames); err != nil {
		return nil, err
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, modkit.ClinicCountError("proxy", len(args), 1, 2)
	}
	obj := args[0]
	if err := CheckWeakrefable(obj); err != nil {
		return nil, err
	}
	var cb vm.Value
	if len(args) == 2 && args[1] != vm.None {
		cb = args[1]
	}
	reg := registryOf(th)
	if cb == nil {
		for _, w := range reg.list(obj) {
			if p, ok := w.(*Proxy); ok && p.callback == nil {
				return p, nil
			}
		}
	}
	p := &Proxy{obj: obj, callback: cb, callable: vm.IsCallable(obj)}
	reg.add(obj, p)
	return p, nil
})

// binaryDunders lists the forwarded binary dunders with their operators (constant data, not
// a map built at start-up).
var binaryDunders = [...]struct {
	name string
	op   compile.BinaryOp
}{
	{"add", compile.OpAdd}, {"sub", compile.OpSub}, {"mul", compile.OpMul}, {"matmul", compile.OpMatMul},
	{"truediv", compile.OpTrueDiv}, {"floordiv", compile.OpFloorDiv}, {"mod", compile.OpMod},
	{"pow", compile.OpPow}, {"lshift", compile.OpLShift}, {"rshift", compile.OpRShift},
	{"and", compile.OpAnd}, {"xor", compile.OpXor}, {"or", compile.OpOr},
}

// initProxy gives the proxy classes their methods; setup calls it.
func initProxy() {
	for _, t := range []*vm.Type{ProxyType, CallableProxyType} {
		addProxyMethods(t)
	}
	CallableProxyType.AddMethod("__call__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return vm.Call(th, unwrap(args[0]), args[1:], kwnames)
	})
}

func addProxyMethods(t *vm.Type) {
	t.Dict.SetStr("__hash__", vm.None)
	fwd := func(name string, fn func(th *vm.Thread, obj vm.Value, args []vm.Value) (vm.Value, error)) {
		t.AddMethod(name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			rest := make([]vm.Value, len(args)-1)
			for i, a := range args[1:] {
				rest[i] = unwrap(a)
			}
			return fn(th, unwrap(args[0]), rest)
		})
	}
	fwd("__getattribute__", func(th *vm.Thread, obj vm.Value, a []vm.Value) (vm.Value, error) {
		name, _ := modkit.Str(a[0])
		return vm.GetAttr(th, obj, name)
	})
	fwd("__setattr__", func(th *vm.Thread, obj vm.Value, a []vm.Value) (vm.Value, error) {
		name, _ := modkit.Str(a[0])
		return vm.None, vm.SetAttr(th, obj, name, a[1])
	})
	fwd("__delattr__", func(th *vm.Thread, obj vm.Value, a []vm.Value) (vm.Value, error) {
		name, _ := modkit.Str(a[0])
		return vm.None, vm.DelAttr(th, obj, name)
	})
	t.AddMethod("__repr__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		obj := unwrap(args[0])
		return vm.Str(msgfmt.Sprintf("<weakproxy at %s; to '%s' at %s>", addr(args[0]), obj.Type().Name, addr(obj))), nil
	})
	fwd("__str__", func(th *vm.Thread, obj vm.Value, a []vm.Value) (vm.Value, error) {
		s, err := vm.ToStr(th, obj)
		return vm.Str(s), err
	})
	fwd("__bool__", func(th *vm.Thread, obj vm.Value, a []vm.Value) (vm.Value, error) {
		b, err := vm.Truth(th, obj)
		return vm.Bool(b), err
	})
	fwd("__len__", func(th *vm.Thread, obj vm.Value, a []vm.Value) (vm.Value, error) {
		n, err := vm.Len(th, obj)
		return vm.Int(n), err
	})
	fwd("__iter__", func(th *vm.Thread, obj vm.Value, a []vm.Value) (vm.Value, error) {
		return vm.Iter(th, obj)
	})
	fwd("__next__", func(th *vm.Thread, obj vm.Value, a []vm.Value) (vm.Value, error) {
		v, ok, err := vm.Next(th, obj)
		if err == nil && !ok {
			err = vm.NewException(vm.StopIterationType)
		}
		return v, err
	})
	fwd("__contains__", func(th *vm.Thread, obj vm.Value, a []vm.Value) (vm.Value, error) {
		b, err := vm.Contains(th, obj, a[0])
		return vm.Bool(b), err
	})
	fwd("__getitem__", func(th *vm.Thread, obj vm.Value, a []vm.Value) (vm.Value, error) {
		return vm.GetItem(th, obj, a[0])
	})
	fwd("__setitem__", func(th *vm.Thread, obj vm.Value, a []vm.Value) (vm.Value, error) {
		return vm.None, vm.SetItem(th, obj, a[0], a[1])
	})
	fwd("__delitem__", func(th *vm.Thread, obj vm.Value, a []vm.Value) (vm.Value, error) {
		return vm.None, vm.DelItem(th, obj, a[0])
	})
	fwd("__index__", func(th *vm.Thread, obj vm.Value, a []vm.Value) (vm.Value, error) {
		return vm.Index(th, obj)
	})
	fwd("__abs__", func(th *vm.Thread, obj vm.Value, a []vm.Value) (vm.Value, error) {
		return vm.Abs(th, obj)
	})
	for name, op := range map[string]compile.Opcode{"__neg__": compile.UNARY_NEGATIVE,
		"__pos__": compile.UNARY_POSITIVE, "__invert__": compile.UNARY_INVERT} {
		fwd(name, func(th *vm.Thread, obj vm.Value, a []vm.Value) (vm.Value, error) {
			return vm.Unary(th, op, obj)
		})
	}
	for name, op := range map[string]compile.CompareOp{"__lt__": compile.CmpLT, "__le__": compile.CmpLE,
		"__eq__": compile.CmpEQ, "__ne__": compile.CmpNE, "__gt__": compile.CmpGT, "__ge__": compile.CmpGE} {
		fwd(name, func(th *vm.Thread, obj vm.Value, a []vm.Value) (vm.Value, error) {
			return vm.RichCompare(th, obj, a[0], op)
		})
	}
	for _, d := range binaryDunders {
		name, op := d.name, d.op
		fwd("__"+name+"__", func(th *vm.Thread, obj vm.Value, a []vm.Value) (vm.Value, error) {
			return vm.BinaryOp(th, op, obj, a[0])
		})
		fwd("__r"+name+"__", func(th *vm.Thread, obj vm.Value, a []vm.Value) (vm.Value, error) {
			return vm.BinaryOp(th, op, a[0], obj)
		})
		fwd("__i"+name+"__", func(th *vm.Thread, obj vm.Value, a []vm.Value) (vm.Value, error) {
			return vm.BinaryOp(th, op+compile.InplaceOffset, obj, a[0])
		})
	}
	fwd("__int__", func(th *vm.Thread, obj vm.Value, a []vm.Value) (vm.Value, error) {
		return vm.Call(th, vm.IntType, []vm.Value{obj}, nil)
	})
	fwd("__float__", func(th *vm.Thread, obj vm.Value, a []vm.Value) (vm.Value, error) {
		return vm.Call(th, vm.FloatType, []vm.Value{obj}, nil)
	})
	fwd("__reversed__", func(th *vm.Thread, obj vm.Value, a []vm.Value) (vm.Value, error) {
		return vm.Reversed(th, obj)
	})
	fwd("__dir__", func(th *vm.Thread, obj vm.Value, a []vm.Value) (vm.Value, error) {
		return vm.CallMethod(th, obj, "__dir__")
	})
	fwd("__bytes__", func(th *vm.Thread, obj vm.Value, a []vm.Value) (vm.Value, error) {
		return vm.Call(th, vm.BytesType, []vm.Value{obj}, nil)
	})
}
