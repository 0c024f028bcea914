package vm

import "sync"

// Interned names.
//
// The names of a code object (attributes, globals) are interned when it is wrapped, so that
// the same name used by different functions shares one string: an attribute stored by
// __init__ and loaded by another method then has the very key the attribute cache compares
// by address (attr_cache.go). The table is shared by the interpreters of the process and
// bounded, since a long-lived process (the playground's server) compiles many programs.

var interned = struct {
	sync.Mutex
	m map[string]string
}{m: map[string]string{}}

// maxInterned bounds the table; names past it are used as they are.
const maxInterned = 1 << 16

// internNames returns names with each string replaced by its interned copy.
func internNames(names []string) []string {
	out := make([]string, len(names))
	interned.Lock()
	defer interned.Unlock()
	for i, n := range names {
		if s, ok := interned.m[n]; ok {
			out[i] = s
			continue
		}
		if len(interned.m) < maxInterned {
			interned.m[n] = n
		}
		out[i] = n
	}
	return out
}
