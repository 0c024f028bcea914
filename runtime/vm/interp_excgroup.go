package vm

// The except* machinery: CHECK_EG_MATCH and PREP_RERAISE_STAR, ported from CPython's
// _PyEval_ExceptionGroupMatch and _PyExc_PrepReraiseStar.

// frozenSetConst builds a frozenset constant.
func frozenSetConst(items []Value) Value {
	s, err := NewFrozenSetConst(items)
	if err != nil {
		panic("vm: unhashable frozenset constant")
	}
	return s
}

// exceptionGroupMatch splits exc by typ for an except* clause: (rest, match), match None
// when nothing matched.
func (th *Thread) exceptionGroupMatch(exc, typ Value) (rest, match Value, err error) {
	if err := validExceptType(typ); err != nil {
		return nil, nil, err
	}
	if isGroupType(typ) {
		return nil, nil, Errorf(TypeErrorType, "catching ExceptionGroup with except* is not allowed. Use except instead.")
	}
	if exc == None {
		return None, None, nil
	}
	e, ok := exc.(*Exception)
	if !ok {
		return exc, None, nil
	}
	if excMatches(e.Class, typ) {
		if e.Class.IsSubtype(BaseExceptionGroupType) {
			return None, e, nil
		}
		w, err := th.newExceptionGroup([]Value{e})
		if err != nil {
			return nil, nil, err
		}
		w.Traceback = e.Traceback
		return None, w, nil
	}
	if e.Class.IsSubtype(BaseExceptionGroupType) {
		match, rest, err := ExceptionGroupSplit(th, e, typ)
		if err != nil {
			return nil, nil, err
		}
		return rest, match, nil
	}
	return exc, None, nil
}

func isGroupType(typ Value) bool {
	switch t := typ.(type) {
	case *Type:
		return t.IsSubtype(BaseExceptionGroupType)
	case Tuple:
		for _, x := range t {
			if isGroupType(x) {
				return true
			}
		}
	}
	return false
}

// newExceptionGroup is BaseExceptionGroup("", excs): an ExceptionGroup when all are
// Exceptions.
func (th *Thread) newExceptionGroup(excs []Value) (*Exception, error) {
	r, err := Call(th, BaseExceptionGroupType, []Value{Str(""), Tuple(excs)}, nil)
	if err != nil {
		return nil, err
	}
	e, ok := r.(*Exception)
	if !ok {
		return nil, Errorf(SystemErrorType, "BaseExceptionGroup() did not return an exception")
	}
	return e, nil
}

// sameMetadata reports whether two exceptions share traceback, cause, context and notes
// (a re-raise of the original group or a split of it).
func sameMetadata(a, b *Exception) bool {
	na, _ := excAttr(a, "__notes__")
	nb, _ := excAttr(b, "__notes__")
	return a.Traceback == b.Traceback && a.Cause == b.Cause && a.Context == b.Context && (na == nil && nb == nil || na != nil && nb != nil && Is(na, nb))
}

// prepReraiseStar computes what a try/except* statement re-raises: nothing when every part
// was handled, otherwise the re-raised parts (keeping the original group's structure) and
// the newly raised exceptions, combined.
func (th *Thread) prepReraiseStar(orig Value, excs []Value) (Value, error) {
	if len(excs) == 0 {
		return None, nil
	}
	o, ok := orig.(*Exception)
	if !ok || !o.Class.IsSubtype(BaseExceptionGroupType) {
		return excs[0], nil
	}
	var raised, reraised []Value
	for _, x := range excs {
		e, ok := x.(*Exception)
		if !ok {
			continue
		}
		if sameMetadata(e, o) {
			reraised = append(reraised, e)
		} else {
			raised = append(raised, e)
		}
	}
	reraisedEG, err := th.groupProjection(o, reraised)
	if err != nil {
		return nil, err
	}
	if len(raised) == 0 {
		return reraisedEG, nil
	}
	if reraisedEG != None {
		raised = append(raised, reraisedEG)
	}
	if len(raised) > 1 {
		return th.newExceptionGroup(raised)
	}
	return raised[0], nil
}

// groupProjection returns the largest subgroup of eg whose leaves are all leaves of the
// groups in keep, or None.
func (th *Thread) groupProjection(eg *Exception, keep []Value) (Value, error) {
	if len(keep) == 0 {
		return None, nil
	}
	leaves := map[*Exception]bool{}
	for _, k := range keep {
		if err := th.collectLeaves(k, leaves); err != nil {
			return nil, err
		}
	}
	match, _, err := egSplit(th, eg, func(e *Exception) (bool, error) { return leaves[e], nil }, false)
	if err != nil || match == nil {
		return None, err
	}
	return match, nil
}

func (th *Thread) collectLeaves(v Value, leaves map[*Exception]bool) error {
	e, ok := v.(*Exception)
	if !ok {
		return nil
	}
	if !e.Class.IsSubtype(BaseExceptionGroupType) {
		leaves[e] = true
		return nil
	}
	excs, err := GetAttr(th, e, "exceptions")
	if err != nil {
		return err
	}
	t, _ := excs.(Tuple)
	for _, x := range t {
		if err := th.collectLeaves(x, leaves); err != nil {
			return err
		}
	}
	return nil
}
