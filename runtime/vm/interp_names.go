package vm

import "github.com/asobiba/asobiba/runtime/compile"

// Name look-ups that are not inline in the eval loop: the slow path of LOAD_GLOBAL (which
// fills the site's cache), and the LOAD_NAME family for namespaces that may be any mapping
// (class bodies under a metaclass __prepare__, exec with a custom locals).

// loadGlobal looks name up in the frame's globals, then its builtins, recording where it was
// found in c so that the next execution of the site can skip the dict look-ups.
func loadGlobal(f *Frame, c *globalCache, name string) (Value, error) {
	g, b := f.Globals, f.Builtins
	if i, ok := g.strs[name]; ok {
		*c = globalCache{globals: g, gver: g.version, gidx: i}
		return g.entries[i].value, nil
	}
	if g.strLike > 0 {
		if v, ok := g.GetStr(name); ok {
			return v, nil
		}
	}
	if b != nil {
		if i, ok := b.strs[name]; ok {
			if g.strLike == 0 {
				*c = globalCache{globals: g, gver: g.version, gidx: -1, builtins: b, bver: b.version, bidx: i}
			}
			return b.entries[i].value, nil
		}
		if b.strLike > 0 {
			if v, ok := b.GetStr(name); ok {
				return v, nil
			}
		}
	}
	return nil, nameError(name)
}

// fillStoreCache makes the global cache c of name point at its entry in g after a store, so
// that the next STORE_NAME (or LOAD_NAME) of name at module level finds it directly.
func fillStoreCache(c *globalCache, g *Dict, name string) {
	if i, ok := g.strs[name]; ok && g.strLike == 0 {
		*c = globalCache{globals: g, gver: g.version, gidx: i}
	}
}

// lookupMapping reads key from a namespace mapping: a *Dict directly, anything else through
// __getitem__ with KeyError meaning "absent".
func (th *Thread) lookupMapping(m Value, name string) (Value, bool, error) {
	if d, ok := m.(*Dict); ok {
		v, ok := d.GetStr(name)
		return v, ok, nil
	}
	v, err := GetItem(th, m, Str(name))
	if err != nil {
		if ExceptionMatches(err, KeyErrorType) {
			return nil, false, nil
		}
		return nil, false, err
	}
	return v, true, nil
}

// loadName implements LOAD_NAME: locals, then globals, then builtins.
func (th *Thread) loadName(f *Frame, name string) (Value, error) {
	if f.Locals == nil {
		return nil, Errorf(SystemErrorType, "no locals when loading '%s'", name)
	}
	v, ok, err := th.lookupMapping(f.Locals, name)
	if err != nil || ok {
		return v, err
	}
	if v, ok := f.Globals.GetStr(name); ok {
		return v, nil
	}
	if f.Builtins != nil {
		if v, ok := f.Builtins.GetStr(name); ok {
			return v, nil
		}
	}
	return nil, nameError(name)
}

// storeName implements STORE_NAME on a namespace that is not a plain dict.
func (th *Thread) storeName(f *Frame, name string, v Value) error {
	switch m := f.Locals.(type) {
	case nil:
		return Errorf(SystemErrorType, "no locals found when storing '%s'", name)
	case *Dict:
		m.SetStr(name, v)
		return nil
	}
	return SetItem(th, f.Locals, Str(name), v)
}

// deleteName implements DELETE_NAME.
func (th *Thread) deleteName(f *Frame, name string) error {
	switch m := f.Locals.(type) {
	case nil:
		return Errorf(SystemErrorType, "no locals when deleting '%s'", name)
	case *Dict:
		if !m.DelStr(name) {
			return nameError(name)
		}
		return nil
	}
	if err := DelItem(th, f.Locals, Str(name)); err != nil {
		if ExceptionMatches(err, KeyErrorType) {
			return nameError(name)
		}
		return err
	}
	return nil
}

// loadClassDeref implements LOAD_CLASSDEREF: a class body reads a free variable from its
// namespace first, then from the enclosing function's cell.
func (th *Thread) loadClassDeref(f *Frame, i int) (Value, error) {
	name := f.Code.cellNames[i]
	if f.Locals != nil {
		v, ok, err := th.lookupMapping(f.Locals, name)
		if err != nil || ok {
			return v, err
		}
	}
	if v := f.cells[i].Value; v != nil {
		return v, nil
	}
	return nil, unboundDeref(f.Code, i)
}

// kwNames returns the keyword names of a CALL_KW: the cached strings of the constant loaded
// just before the call when that is where they came from, otherwise a conversion of v.
func (th *Thread) kwNames(code *Code, instrs []compile.Instr, pc int, v Value) []string {
	if pc >= 2 {
		if prev := instrs[pc-2]; prev.Op == compile.LOAD_CONST {
			if names := code.kwnames[prev.Arg]; names != nil {
				return names
			}
		}
	}
	t, _ := v.(Tuple)
	names := make([]string, len(t))
	for i, x := range t {
		if s, ok := x.(Str); ok {
			names[i] = string(s)
		}
	}
	return names
}
