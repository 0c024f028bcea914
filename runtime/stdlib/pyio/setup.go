package pyio

import "sync"

var setupOnce sync.Once

// setup finishes the module's classes (their methods) the first time a program imports the
// module (Load), not when the engine starts: most programs never import it, and in the
// browser every function that runs at start-up is compiled first, so start-up is shorter
// without them.
func setup() {
	setupOnce.Do(func() {
		initMemFiles()
	})
}
