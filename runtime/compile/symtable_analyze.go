package compile

// This file is the second phase of the symbol table: it resolves each name's flags into a scope,
// top-down through the scopes, collecting free variables bottom-up (see symtable.go).

import "sort"

type nameSet map[string]bool

func (s nameSet) clone() nameSet {
	t := make(nameSet, len(s))
	for k := range s {
		t[k] = true
	}
	return t
}

func (s nameSet) addAll(t nameSet) {
	for k := range t {
		s[k] = true
	}
}

func (st *symtable) analyze() error {
	free := nameSet{}
	global := nameSet{}
	return st.analyzeBlock(st.top, nil, free, global)
}

func (st *symtable) analyzeName(s *Scope, scopes map[string]SymbolScope, name string, flags int, bound, local, free, global nameSet) error {
	if flags&defGlobal != 0 {
		if flags&defNonlocal != 0 {
			return st.errorf(s.directives[name], "name '%s' is nonlocal and global", name)
		}
		scopes[name] = ScopeGlobalExplicit
		global[name] = true
		if bound != nil {
			delete(bound, name)
		}
		return nil
	}
	if flags&defNonlocal != 0 {
		if bound == nil {
			return st.errorf(s.directives[name], "nonlocal declaration not allowed at module level")
		}
		if !bound[name] {
			return st.errorf(s.directives[name], "no binding for nonlocal '%s' found", name)
		}
		scopes[name] = ScopeFree
		s.hasFree = true
		free[name] = true
		return nil
	}
	if flags&defBound != 0 {
		scopes[name] = ScopeLocal
		local[name] = true
		delete(global, name)
		return nil
	}
	if bound != nil && bound[name] {
		scopes[name] = ScopeFree
		s.hasFree = true
		free[name] = true
		return nil
	}
	if global != nil && global[name] {
		scopes[name] = ScopeGlobalImplicit
		return nil
	}
	if s.nested {
		s.hasFree = true
	}
	scopes[name] = ScopeGlobalImplicit
	return nil
}

func (st *symtable) analyzeBlock(s *Scope, bound, free, global nameSet) error {
	local := nameSet{}
	scopes := make(map[string]SymbolScope)
	newGlobal := nameSet{}
	newFree := nameSet{}
	newBound := nameSet{}

	if s.Kind == ClassScope {
		newGlobal.addAll(global)
		if bound != nil {
			newBound.addAll(bound)
		}
	}
	for _, name := range s.Order {
		if err := st.analyzeName(s, scopes, name, s.Symbols[name].Flags, bound, local, free, global); err != nil {
			return err
		}
	}
	if s.Kind != ClassScope {
		if s.Kind == FunctionScope {
			newBound.addAll(local)
		}
		if bound != nil {
			newBound.addAll(bound)
		}
		newGlobal.addAll(global)
	} else {
		newBound["__class__"] = true
	}

	allFree := nameSet{}
	for _, child := range s.Children {
		// Each child gets copies, so that siblings do not see each other's names.
		childFree := nameSet{}
		if err := st.analyzeBlock(child, newBound.clone(), childFree, newGlobal.clone()); err != nil {
			return err
		}
		allFree.addAll(childFree)
		if child.hasFree || child.childFree {
			s.childFree = true
		}
	}
	newFree.addAll(allFree)

	if s.Kind == FunctionScope {
		// Locals used by children become cells.
		for name, sc := range scopes {
			if sc == ScopeLocal && newFree[name] {
				scopes[name] = ScopeCell
				delete(newFree, name)
			}
		}
	} else if s.Kind == ClassScope {
		if newFree["__class__"] {
			delete(newFree, "__class__")
			s.needsClassClosure = true
		}
	}

	// Record the results.
	for _, name := range s.Order {
		s.Symbols[name].Scope = scopes[name]
	}
	names := make([]string, 0, len(newFree))
	for name := range newFree {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if sym := s.Symbols[name]; sym != nil {
			if s.Kind == ClassScope && sym.Flags&(defBound|defGlobal) != 0 {
				sym.Flags |= defFreeClass
			}
			continue
		}
		if bound != nil && !bound[name] {
			continue // a global
		}
		s.Symbols[name] = &Symbol{Name: name, Scope: ScopeFree}
		s.Order = append(s.Order, name)
	}
	free.addAll(newFree)
	return nil
}
