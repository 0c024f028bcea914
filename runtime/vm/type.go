package vm

import (
	"maps"
	"sync/atomic"
)

// TypeFlags describe a class.
type TypeFlags uint32

// The type flags.
const (
	// FlagHeapType marks classes created by a class statement or type(name, bases, ns).
	FlagHeapType TypeFlags = 1 << iota
	// FlagBaseType marks classes that may be subclassed (bool, NoneType, ... may not).
	FlagBaseType
	// FlagAbstract marks classes with abstract methods (set by abc).
	FlagAbstract
	// FlagExtensionType marks a Go type that stands for a type CPython writes in C outside
	// the builtins module (asyncio's Future and Task): messages name it as CPython's tp_name
	// does, "_asyncio.Task" (see MessageName).
	FlagExtensionType
)

// MessageName is how error messages name the type of an object of class t: its name, or,
// for a type marked FlagExtensionType, "module.Name" as CPython's tp_name.
func (t *Type) MessageName() string {
	if t.Flags&(FlagExtensionType|FlagHeapType) == FlagExtensionType {
		return t.Module + "." + t.Name
	}
	return t.Name
}

// Type is a Python class: builtin or user-defined.
type Type struct {
	Name     string
	QualName string
	Module   string // "builtins" for builtin types
	Bases    []*Type
	// MRO is the C3 linearisation, starting with the type itself.
	MRO []*Type
	// Dict is the class namespace: methods, class attributes and dunders, including the Go
	// implementations of builtin types' methods.
	Dict *Dict
	// Solid is the builtin type whose instance layout this type uses (ObjectType for plain
	// classes, ListType for subclasses of list, BaseExceptionType for exceptions, ...).
	Solid *Type
	// Meta is the metaclass (type(cls)); nil means TypeType.
	Meta  *Type
	Flags TypeFlags
	// Slots names the __slots__ of user classes (nil when the class has a __dict__).
	Slots []string
	// Extra holds a metaclass-specific payload for instances of subclasses of type.
	Extra *Instance

	// methodCache caches MRO lookups by name; it is cleared whenever a class dict along an
	// MRO changes (see InvalidateCaches). Builtin types are shared by every interpreter of
	// the process, which may run at the same time, so the cache is an immutable map replaced
	// as a whole (copy on write): readers never lock.
	methodCache atomic.Pointer[map[string]Value]
	subclasses  []*Type
}

// Type returns the metaclass.
func (t *Type) Type() *Type {
	if t.Meta != nil {
		return t.Meta
	}
	return TypeType
}

// Lookup finds name along the MRO without invoking descriptors (CPython's _PyType_Lookup).
// It returns nil when no class in the MRO defines it.
func (t *Type) Lookup(name string) Value {
	cache := t.methodCache.Load()
	if cache != nil {
		if v, ok := (*cache)[name]; ok {
			return v
		}
	}
	var found Value
	for _, c := range t.MRO {
		if c.Dict == nil {
			continue
		}
		if v, ok := c.Dict.GetStr(name); ok {
			found = v
			break
		}
	}
	var next map[string]Value
	if cache == nil {
		next = make(map[string]Value, 8)
	} else {
		if len(*cache) >= maxCachedNames {
			return found // a class probed for many absent names: stop growing the cache
		}
		// Clone copies the map's tables as they are; copying it entry by entry was most
		// of the engine's map iteration at start-up, enough for the browser to optimise
		// Go's map iterator before the first output.
		next = maps.Clone(*cache)
	}
	next[name] = found
	t.methodCache.CompareAndSwap(cache, &next)
	return found
}

// LookupEpoch returns a token for the state of t's lookup cache: while the token stays the
// same (and is not nil), Lookup returns what it returned before, so Go code may remember what
// it learned from Lookup. The token changes when a class along the MRO changes, and also
// whenever the cache learns a new name.
func (t *Type) LookupEpoch() any {
	if c := t.methodCache.Load(); c != nil {
		return c
	}
	return nil
}

// maxCachedNames bounds a type's lookup cache (copying it on every new name is linear).
const maxCachedNames = 512

// InvalidateCaches must be called after t.Dict changes (setattr on a class, or the class
// body's namespace being replaced); it clears the lookup caches of t and its subclasses.
func (t *Type) InvalidateCaches() {
	t.methodCache.Store(nil)
	for _, s := range t.subclasses {
		s.InvalidateCaches()
	}
}

// IsSubtype reports whether t is sub (or a subclass of sub).
func (t *Type) IsSubtype(sub *Type) bool {
	if t == sub {
		return true
	}
	for _, c := range t.MRO {
		if c == sub {
			return true
		}
	}
	return false
}

// Subclasses returns the classes that name t among their bases (type.__subclasses__()).
func (t *Type) Subclasses() []*Type { return t.subclasses }

// NewBuiltinType makes a builtin class with one base (nil for object itself). The class dict
// is empty; the file that implements the type fills it in an init function.
//
// It is never inlined: package initialisation calls it for every builtin class, and inlined
// copies made the vm package's init function hundreds of kilobytes of WebAssembly, which the
// browser's optimising compiler then spent seconds on at start-up.
//
//go:noinline
func NewBuiltinType(name string, base *Type, flags TypeFlags) *Type {
	t := &Type{Name: name, QualName: name, Module: "builtins", Flags: flags, Dict: NewDict()}
	if base != nil {
		t.Bases = []*Type{base}
		t.MRO = append([]*Type{t}, base.MRO...)
		t.Solid = base.Solid
		base.subclasses = append(base.subclasses, t)
	} else {
		t.MRO = []*Type{t}
		t.Solid = t
	}
	return t
}

// SetSolid marks t as a builtin type with its own instance layout.
func (t *Type) SetSolid() *Type { t.Solid = t; return t }

// ComputeMRO computes the C3 linearisation of a class with the given bases, or returns a
// TypeError exception as CPython would ("Cannot create a consistent method resolution order
// (MRO) for bases A, B").
func ComputeMRO(t *Type, bases []*Type) ([]*Type, error) {
	seqs := make([][]*Type, 0, len(bases)+1)
	for _, b := range bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), bases...))
	mro := []*Type{t}
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
				break
			}
		}
		if empty {
			return mro, nil
		}
		var cand *Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			c := s[0]
			inTail := false
			for _, s2 := range seqs {
				for _, x := range s2[min(1, len(s2)):] {
					if x == c {
						inTail = true
					}
				}
			}
			if !inTail {
				cand = c
				break
			}
		}
		if cand == nil {
			names := ""
			for i, b := range bases {
				if i > 0 {
					names += ", "
				}
				names += b.Name
			}
			return nil, Errorf(TypeErrorType, "Cannot create a consistent method resolution order (MRO) for bases %s", names)
		}
		mro = append(mro, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

// LinkSubclass records t as a subclass of each of its bases that is itself a class of the
// program. Builtin classes are shared by every interpreter of the process and never change
// after start-up, so they do not list the program's subclasses: int.__subclasses__() shows
// builtin subclasses only (unlike CPython), and no run can see, or keep alive, the classes
// of another.
func LinkSubclass(t *Type) {
	for _, b := range t.Bases {
		if b.Flags&FlagHeapType != 0 || t.Flags&FlagHeapType == 0 {
			b.subclasses = append(b.subclasses, t)
		}
	}
}
