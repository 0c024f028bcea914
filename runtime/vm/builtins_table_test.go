package vm

import "testing"

// builtinFuncs must stay in strictly increasing name order: NewBuiltins adds the functions
// in that order, and CPython's builtins namespace lists them so.
func TestBuiltinFuncsSorted(t *testing.T) {
	for i := 1; i < len(builtinFuncs); i++ {
		if builtinFuncs[i-1].name >= builtinFuncs[i].name {
			t.Errorf("builtinFuncs: %q before %q", builtinFuncs[i-1].name, builtinFuncs[i].name)
		}
	}
}

// osErrorSubclass is OSError's errno table (CPython's Objects/exceptions.c, on Linux).
func TestOSErrorSubclass(t *testing.T) {
	for errno, want := range map[int64]*Type{
		1: PermissionErrorType, 2: FileNotFoundErrorType, 3: ProcessLookupErrorType, 4: InterruptedErrorType,
		10: ChildProcessErrorType, 11: BlockingIOErrorType, 13: PermissionErrorType, 17: FileExistsErrorType,
		20: NotADirectoryErrorType, 21: IsADirectoryErrorType, 32: BrokenPipeErrorType, 103: ConnectionAbortedErrorType,
		104: ConnectionResetErrorType, 110: TimeoutErrorType, 111: ConnectionRefusedErrorType, 114: BlockingIOErrorType,
		115: BlockingIOErrorType,
	} {
		if got, ok := osErrorSubclass(errno); !ok || got != want {
			t.Errorf("osErrorSubclass(%d) = %v, %v; want %s", errno, got, ok, want.Name)
		}
	}
	if got, ok := osErrorSubclass(0); ok {
		t.Errorf("osErrorSubclass(0) = %s, want none", got.Name)
	}
}
