//go:build !(objwip && interpwip)

package engine

// TEMPORARY: this file stands in for the real Run until the interpreter lands. The lead
// deletes it when runtime/engine gains its own Run. It never pretends to run the program.

// Run reports on stderr that the interpreter is not built yet and returns exit status 1.
func Run(src []byte, opts Options, emit func(Event)) Result {
	emit(Event{Kind: "stderr", Data: "interpreter not built yet\n"})
	return Result{ExitStatus: 1}
}
