package vm

// setBases assigns a class's __bases__ (CPython's type_set_bases): the class and every class
// below it get a new MRO, and the lookup caches along the way are cleared. typing.NamedTuple
// relies on it.
func setBases(th *Thread, v Value, nv Value) error {
	t := v.(*Type)
	if t.Flags&FlagHeapType == 0 {
		return Errorf(TypeErrorType, "cannot set '__bases__' attribute of immutable type '%s'", t.Name)
	}
	if nv == nil {
		return Errorf(TypeErrorType, "cannot delete '__bases__' attribute of immutable type '%s'", t.Name)
	}
	tuple, ok := nv.(Tuple)
	if !ok {
		return Errorf(TypeErrorType, "can only assign tuple to %s.__bases__, not %s", t.Name, typeNameOf(nv))
	}
	if len(tuple) == 0 {
		return Errorf(TypeErrorType, "can only assign non-empty tuple to %s.__bases__, not ()", t.Name)
	}
	bases := make([]*Type, len(tuple))
	for i, item := range tuple {
		b, ok := item.(*Type)
		if !ok {
			return Errorf(TypeErrorType, "%s.__bases__ must be tuple of classes, not '%s'", t.Name, typeNameOf(item))
		}
		if b.IsSubtype(t) {
			return Errorf(TypeErrorType, "a __bases__ item causes an inheritance cycle")
		}
		bases[i] = b
	}
	newBase, err := bestBase(bases)
	if err != nil {
		return err
	}
	oldBase, err := bestBase(t.Bases)
	if err != nil {
		return err
	}
	if err := compatibleForAssignment(newBase, oldBase, "__bases__"); err != nil {
		return err
	}
	oldBases := t.Bases
	t.Bases = bases
	restore, err := recomputeMROs(th, t)
	if err != nil {
		t.Bases = oldBases
		restore()
		return err
	}
	for _, b := range oldBases {
		b.removeSubclass(t)
	}
	for _, b := range bases {
		b.subclasses = append(b.subclasses, t)
	}
	t.InvalidateCaches()
	return nil
}

// compatibleForAssignment checks that instances laid out for oldBase can serve newBase, as
// CPython does before __bases__ or __class__ assignment: both must be classes defined in
// Python or the very same builtin, with the same builtin layout underneath.
func compatibleForAssignment(newBase, oldBase *Type, attr string) error {
	newHeap, oldHeap := newBase.Flags&FlagHeapType != 0, oldBase.Flags&FlagHeapType != 0
	if newHeap != oldHeap || (!newHeap && newBase != oldBase) {
		return Errorf(TypeErrorType, "%s assignment: '%s' deallocator differs from '%s'", attr, newBase.Name, oldBase.Name)
	}
	if newBase.Solid != oldBase.Solid {
		return Errorf(TypeErrorType, "%s assignment: '%s' object layout differs from '%s'", attr, newBase.Name, oldBase.Name)
	}
	return nil
}

// recomputeMROs computes the MRO of t and of every class below it from their bases. On
// failure the caller restores what it changed and calls restore, which puts the old MROs back.
func recomputeMROs(th *Thread, t *Type) (restore func(), err error) {
	type saved struct {
		t   *Type
		mro []*Type
	}
	var done []saved
	restore = func() {
		for _, s := range done {
			s.t.MRO = s.mro
		}
	}
	var visit func(c *Type) error
	visit = func(c *Type) error {
		old := c.MRO
		mro, err := classMRO(th, c, c.Bases)
		if err != nil {
			c.MRO = old // classMRO may have left a placeholder
			return err
		}
		done = append(done, saved{c, old})
		c.MRO = mro
		for _, s := range c.subclasses {
			if err := visit(s); err != nil {
				return err
			}
		}
		return nil
	}
	return restore, visit(t)
}

// removeSubclass drops c from t's list of direct subclasses.
func (t *Type) removeSubclass(c *Type) {
	for i, s := range t.subclasses {
		if s == c {
			t.subclasses = append(t.subclasses[:i:i], t.subclasses[i+1:]...)
			return
		}
	}
}
