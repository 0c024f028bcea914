package pyos

import (
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// path is a path argument after os.fspath: its text and whether it was bytes (results are
// then bytes too).
type path struct {
	s       string
	isBytes bool
}

// value returns s as a Python value of the path's kind.
func (p path) value(s string) vm.Value {
	if p.isBytes {
		return vm.Bytes(s)
	}
	return vm.Str(s)
}

// fspath is os.fspath: str and bytes pass through, objects with __fspath__ are asked.
func fspath(th *vm.Thread, v vm.Value) (path, error) {
	if s, ok := modkit.Str(v); ok {
		return path{s: s}, nil
	}
	if b, ok := v.(vm.Bytes); ok {
		return path{s: string(b), isBytes: true}, nil
	}
	if inst, ok := v.(*vm.Instance); ok {
		if b, ok := inst.Base.(vm.Bytes); ok {
			return path{s: string(b), isBytes: true}, nil
		}
	}
	m := vm.LookupSpecial(v, "__fspath__")
	if m == nil || m == vm.None {
		return path{}, vm.Errorf(vm.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", v.Type().Name)
	}
	r, err := vm.CallMethod(th, v, "__fspath__")
	if err != nil {
		return path{}, err
	}
	if s, ok := modkit.Str(r); ok {
		return path{s: s}, nil
	}
	if b, ok := r.(vm.Bytes); ok {
		return path{s: string(b), isBytes: true}, nil
	}
	return path{}, vm.Errorf(vm.TypeErrorType, "expected %s.__fspath__() to return str or bytes, not %s", v.Type().Name, r.Type().Name)
}
