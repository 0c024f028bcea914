package asyncio

import "github.com/asobiba/asobiba/runtime/vm"

// The asyncio exception classes that the Go core raises. They live in asyncio.exceptions, as
// in CPython, so tracebacks name them asyncio.exceptions.CancelledError.
var (
	CancelledErrorType    = exceptionType("CancelledError", vm.BaseExceptionType)
	InvalidStateErrorType = exceptionType("InvalidStateError", vm.ExceptionType)
)

func exceptionType(name string, base *vm.Type) *vm.Type {
	t := vm.NewBuiltinType(name, base, vm.FlagBaseType)
	t.Solid = vm.BaseExceptionType
	t.Module = "asyncio.exceptions"
	return t
}

// asException converts a Go error coming out of the VM into a Python exception.
func asException(err error) *vm.Exception {
	if e, ok := err.(*vm.Exception); ok {
		return e
	}
	return vm.Errorf(vm.SystemErrorType, "internal error: %v", err)
}
