package modkit

import "sync"

// OnFirstImport returns a function that runs steps once, in order, the first time it is
// called: a module calls it from its Load to finish its classes (their methods, descriptors,
// tables) when a program first imports it, not when the engine starts. Most programs never
// import most modules, and in the browser every function that runs at start-up is compiled
// before the first output, so start-up is shorter without them.
func OnFirstImport(steps ...func()) func() {
	return sync.OnceFunc(func() {
		for _, step := range steps {
			step()
		}
	})
}
