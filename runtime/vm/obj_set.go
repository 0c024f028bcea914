package vm

// set and frozenset, implemented exactly as CPython's Objects/setobject.c: an open-addressing
// table of (hash, key) entries, probing LINEAR_PROBES neighbours before perturbing, dummy
// entries for deletions, the same growth policy and the same bulk-update shortcuts. Python
// programs print sets in table order, so matching CPython's table slot for slot is what makes
// print({'b', 'a'}) agree.

const (
	setMinSize     = 8
	linearProbes   = 9
	perturbShift   = 5
	setDummyHashV  = -1
	setUnusedHashV = 0
)

// setEntry is one table slot: key nil and hash 0 is unused; key nil and hash -1 is a dummy.
type setEntry struct {
	key  Value
	hash int64
}

// Set is a Python set or frozenset.
type Set struct {
	table  []setEntry
	fill   int // active + dummy entries
	used   int // active entries
	finger int
	hash   int64 // frozenset hash cache; -1 when not computed
	// Frozen marks a frozenset.
	Frozen bool
}

// Type returns SetType or FrozenSetType.
func (s *Set) Type() *Type {
	if s.Frozen {
		return FrozenSetType
	}
	return SetType
}

// NewSet returns an empty set.
func NewSet() *Set {
	return &Set{table: make([]setEntry, setMinSize), hash: -1}
}

// NewFrozenSet returns an empty frozenset.
func NewFrozenSet() *Set {
	s := NewSet()
	s.Frozen = true
	return s
}

// Len returns the number of elements.
func (s *Set) Len() int { return s.used }

func (s *Set) mask() int { return len(s.table) - 1 }

// lookkey finds key's slot: the index of the active entry holding it, or -1.
func (s *Set) lookkey(th *Thread, key Value, hash int64) (int, error) {
restart:
	table := s.table
	mask := uint64(len(table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; ; j++ {
			e := &table[j]
			if e.key == nil && e.hash == setUnusedHashV {
				return -1, nil
			}
			if e.hash == hash && e.key != nil {
				start := e.key
				if Is(start, key) {
					return int(j), nil
				}
				if a, ok := start.(Str); ok {
					if b, ok := key.(Str); ok {
						if a == b {
							return int(j), nil
						}
						goto nextEntry
					}
				}
				eq, err := Equal(th, start, key)
				if err != nil {
					return -1, err
				}
				if len(s.table) != len(table) || &s.table[0] != &table[0] || table[j].key != nil && !Is(table[j].key, start) {
					goto restart
				}
				if eq {
					return int(j), nil
				}
				mask = uint64(len(s.table) - 1)
			}
		nextEntry:
			if probes == 0 {
				break
			}
			probes--
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// addEntry inserts key (with its hash) if absent: CPython's set_add_entry.
func (s *Set) addEntry(th *Thread, key Value, hash int64) error {
restart:
	table := s.table
	mask := uint64(len(table) - 1)
	i := uint64(hash) & mask
	perturb := uint64(hash)
	freeslot := -1
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; ; j++ {
			e := &table[j]
			if e.key == nil && e.hash == setUnusedHashV {
				if freeslot >= 0 {
					s.used++
					table[freeslot] = setEntry{key: key, hash: hash}
					return nil
				}
				s.fill++
				s.used++
				*e = setEntry{key: key, hash: hash}
				if uint64(s.fill)*5 < mask*3 {
					return nil
				}
				if s.used > 50000 {
					s.resize(s.used * 2)
				} else {
					s.resize(s.used * 4)
				}
				return nil
			}
			if e.hash == hash && e.key != nil {
				start := e.key
				if Is(start, key) {
					return nil
				}
				if a, ok := start.(Str); ok {
					if b, ok := key.(Str); ok {
						if a == b {
							return nil
						}
						goto nextEntry
					}
				}
				eq, err := Equal(th, start, key)
				if err != nil {
					return err
				}
				if eq {
					return nil
				}
				if len(s.table) != len(table) || &s.table[0] != &table[0] || !Is(table[j].key, start) {
					goto restart
				}
				mask = uint64(len(s.table) - 1)
			} else if e.key == nil && e.hash == setDummyHashV {
				freeslot = int(j)
			}
		nextEntry:
			if probes == 0 {
				break
			}
			probes--
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// insertClean places a key known to be absent into a table without dummies.
func insertClean(table []setEntry, key Value, hash int64) {
	mask := uint64(len(table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		if table[i].key == nil {
			table[i] = setEntry{key: key, hash: hash}
			return
		}
		if i+linearProbes <= mask {
			for j := uint64(1); j <= linearProbes; j++ {
				if table[i+j].key == nil {
					table[i+j] = setEntry{key: key, hash: hash}
					return
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize rebuilds the table with the smallest size > minused (set_table_resize).
func (s *Set) resize(minused int) {
	newsize := setMinSize
	for newsize <= minused {
		newsize <<= 1
	}
	old := s.table
	if newsize == setMinSize && len(old) == setMinSize && s.fill == s.used {
		return
	}
	s.table = make([]setEntry, newsize)
	if s.fill != s.used {
		s.fill = s.used
	}
	for _, e := range old {
		if e.key != nil {
			insertClean(s.table, e.key, e.hash)
		}
	}
}

// discardEntry removes key; found reports whether it was present.
func (s *Set) discardEntry(th *Thread, key Value, hash int64) (bool, error) {
	i, err := s.lookkey(th, key, hash)
	if err != nil || i < 0 {
		return false, err
	}
	s.table[i] = setEntry{hash: setDummyHashV}
	s.used--
	return true, nil
}

// clear empties the set.
func (s *Set) clear() {
	s.table = make([]setEntry, setMinSize)
	s.fill, s.used, s.hash = 0, 0, -1
}

// next returns the active entry at or after pos, for iteration in table order.
func (s *Set) next(pos int) (setEntry, int, bool) {
	for pos < len(s.table) {
		e := s.table[pos]
		pos++
		if e.key != nil {
			return e, pos, true
		}
	}
	return setEntry{}, pos, false
}

// Items returns the elements in iteration order.
func (s *Set) Items() []Value {
	out := make([]Value, 0, s.used)
	for _, e := range s.table {
		if e.key != nil {
			out = append(out, e.key)
		}
	}
	return out
}

// Add adds a key.
func (s *Set) Add(th *Thread, key Value) error {
	h, err := Hash(th, key)
	if err != nil {
		return err
	}
	return s.addEntry(th, key, h)
}

// setContainsKey is key in s, retrying a set key as a frozenset as CPython does.
func setContainsKey(th *Thread, s *Set, key Value) (bool, error) {
	h, err := Hash(th, key)
	if err != nil {
		if ks, ok := setSelf(key); ok && !ks.Frozen {
			fz := NewFrozenSet()
			fz.merge(ks)
			return setContainsKey(th, s, fz)
		}
		return false, err
	}
	i, err := s.lookkey(th, key, h)
	return i >= 0, err
}

// merge adds the elements of another set (set_merge).
func (s *Set) merge(o *Set) {
	if o == s || o.used == 0 {
		return
	}
	if (s.fill+o.used)*5 >= s.mask()*3 {
		s.resize((s.used + o.used) * 2)
	}
	if s.fill == 0 && len(s.table) == len(o.table) && o.fill == o.used {
		copy(s.table, o.table)
		s.fill, s.used = o.fill, o.used
		return
	}
	if s.fill == 0 {
		s.fill, s.used = o.used, o.used
		for _, e := range o.table {
			if e.key != nil {
				insertClean(s.table, e.key, e.hash)
			}
		}
		return
	}
	for _, e := range o.table {
		if e.key != nil {
			_ = s.addEntry(nil, e.key, e.hash)
		}
	}
}

// update adds the elements of any iterable (set_update_internal).
func (s *Set) update(th *Thread, other Value) error {
	if o, ok := setSelf(other); ok {
		if o == s || o.used == 0 {
			return nil
		}
		if (s.fill+o.used)*5 >= s.mask()*3 {
			s.resize((s.used + o.used) * 2)
		}
		if s.fill == 0 && len(s.table) == len(o.table) && o.fill == o.used {
			copy(s.table, o.table)
			s.fill, s.used = o.fill, o.used
			return nil
		}
		if s.fill == 0 {
			s.fill, s.used = o.used, o.used
			for _, e := range o.table {
				if e.key != nil {
					insertClean(s.table, e.key, e.hash)
				}
			}
			return nil
		}
		for _, e := range o.table {
			if e.key != nil {
				if err := s.addEntry(th, e.key, e.hash); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if d, ok := other.(*Dict); ok {
		if (s.fill+d.Len())*5 >= s.mask()*3 {
			s.resize((s.used + d.Len()) * 2)
		}
		var err error
		d.Items(func(k, v Value) bool {
			err = s.Add(th, k)
			return err == nil
		})
		return err
	}
	return ForEach(th, other, func(item Value) (bool, error) {
		return true, s.Add(th, item)
	})
}

// NewSetFrom is set(iterable).
func NewSetFrom(th *Thread, iterable Value) (*Set, error) {
	s := NewSet()
	if iterable == nil {
		return s, nil
	}
	return s, s.update(th, iterable)
}

// NewFrozenSetFrom is frozenset(iterable).
func NewFrozenSetFrom(th *Thread, iterable Value) (*Set, error) {
	s, err := NewSetFrom(th, iterable)
	if err != nil {
		return nil, err
	}
	s.Frozen = true
	return s, nil
}

// NewFrozenSetConst builds a frozenset constant as CPython's compiler does: a frozenset of
// the items in source order, rebuilt from its own iteration order when the constants are
// merged (merge_consts_recursive). The table layout, and so the printed order of a set
// display filled from it with SET_UPDATE, then matches CPython's.
func NewFrozenSetConst(items []Value) (*Set, error) {
	first, err := NewFrozenSetFrom(nil, Tuple(items))
	if err != nil {
		return nil, err
	}
	return NewFrozenSetFrom(nil, Tuple(first.Items()))
}

// setSelf extracts the *Set of a set, frozenset or subclass instance.
func setSelf(v Value) (*Set, bool) {
	switch x := v.(type) {
	case *Set:
		return x, true
	case *Instance:
		s, ok := x.Base.(*Set)
		return s, ok
	}
	return nil, false
}

// copySet returns a copy with the same table layout (set_copy -> make_new_set -> merge).
func (s *Set) copySet(frozen bool) *Set {
	n := NewSet()
	n.merge(s)
	n.Frozen = frozen
	return n
}

// frozenHash is CPython's frozenset_hash.
func (s *Set) frozenHash() int64 {
	if s.hash != -1 {
		return s.hash
	}
	shuffle := func(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }
	var hash uint64
	for _, e := range s.table {
		hash ^= shuffle(uint64(e.hash))
	}
	if (len(s.table)-s.fill)&1 == 1 {
		hash ^= shuffle(0)
	}
	if (s.fill-s.used)&1 == 1 {
		hash ^= shuffle(^uint64(0))
	}
	hash ^= (uint64(s.used) + 1) * 1927868237
	hash ^= (hash >> 11) ^ (hash >> 25)
	hash = hash*69069 + 907133923
	if hash == ^uint64(0) {
		hash = 590923713
	}
	s.hash = int64(hash)
	return s.hash
}

// setIter iterates a set in table order.
type setIter struct {
	s    *Set // nil once exhausted
	used int
	pos  int
	left int
}

func newSetIter(s *Set) *setIter { return &setIter{s: s, used: s.used, left: s.used} }

// Type returns SetIterType.
func (*setIter) Type() *Type { return SetIterType }

func (it *setIter) next(th *Thread) (Value, bool, error) {
	if it.s == nil {
		return nil, false, nil
	}
	if it.used != it.s.used {
		it.used = -1
		return nil, false, Errorf(RuntimeErrorType, "Set changed size during iteration")
	}
	e, pos, ok := it.s.next(it.pos)
	it.pos = pos
	if !ok {
		it.s = nil
		return nil, false, nil
	}
	it.left--
	return e.key, true, nil
}

func (it *setIter) lengthHint() int {
	if it.s == nil || it.used != it.s.used {
		return 0
	}
	return it.left
}

// setRepr is repr() of a set: {1, 2}, set(), frozenset({1}).
func setRepr(th *Thread, s *Set) (string, error) {
	return setReprNamed(th, s, s.Type().Name, !s.Frozen)
}

func setReprNamed(th *Thread, s *Set, name string, bare bool) (string, error) {
	if s.used == 0 {
		return name + "()", nil
	}
	ok, err := reprEnter(th, s)
	if err != nil {
		return "", err
	}
	if !ok {
		return name + "(...)", nil
	}
	defer reprLeave(th, s)
	body, err := joinReprs(th, "{", s.Items(), "}")
	if err != nil {
		return "", err
	}
	if bare {
		return body, nil
	}
	return name + "(" + body + ")", nil
}
