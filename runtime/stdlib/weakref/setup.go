package weakref

import "github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"

// setup finishes the module's classes the first time a program imports it (Load calls it).
var setup = modkit.OnFirstImport(initRef)
