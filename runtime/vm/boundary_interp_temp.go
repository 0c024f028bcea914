//go:build !(objwip && interpwip)

package vm

// TEMPORARY: the interpreter placeholders, split out of boundary_temp.go so that the real
// implementations can be developed under the interpwip build tag without breaking the build.
// Deleted when the interpreter lands.

// ---- owned by the interpreter engineer (interp*.go, frame.go, function.go, ...) ----

type execState struct{}

// callOther calls anything that is not a *Builtin: Python functions, bound methods,
// classes (via callType) and objects with __call__.
func callOther(th *Thread, fn Value, args []Value, kwnames []string) (Value, error) {
	if t, ok := fn.(*Type); ok {
		return callType(th, t, args, kwnames)
	}
	return nil, notYet("callOther")
}

// callUnbound calls m, found on self's class, with args whose first element is self.
func callUnbound(th *Thread, m, self Value, args []Value) (Value, error) {
	return nil, notYet("callUnbound")
}
