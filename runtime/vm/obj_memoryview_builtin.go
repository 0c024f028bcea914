package vm

// Binds memoryview in the builtins namespace (until builtins.go lists it itself).
func init() { RegisterBuiltin("memoryview", MemoryViewType) }
