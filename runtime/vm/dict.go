package vm

// Dict is a Python dict: insertion-ordered, with arbitrary hashable keys.
//
// Entries live in insertion order in a slice (deleted ones become holes that are compacted
// when they outnumber the live ones). Two indexes map keys to entry positions: keys whose
// class is exactly str go through a Go map keyed by the string itself, which makes attribute
// and global look-ups cheap; every other key goes through a map keyed by its Python hash, with
// equality checked by Equal (which may run user __eq__ code, and may fail). Instances of str
// subclasses (StrEnum members, ...) live in the hash index; a look-up that may match across
// the two indexes checks both.
type Dict struct {
	entries []dictEntry
	live    int
	strs    map[string]int32
	hashed  map[int64][]int32
	// strLike counts entries in the hash index whose key is an instance of a str subclass.
	strLike int
	// version changes on every insertion or deletion (not on value replacement); iterators
	// use it to detect "dictionary changed size during iteration".
	version uint64
}

type dictEntry struct {
	key   Value // nil marks a deleted entry
	value Value
	hash  int64
}

// Type returns DictType.
func (*Dict) Type() *Type { return DictType }

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// Len returns the number of items.
func (d *Dict) Len() int { return d.live }

// Version changes whenever keys are added or removed.
func (d *Dict) Version() uint64 { return d.version }

// GetStr looks up a str key without running Python code.
func (d *Dict) GetStr(key string) (Value, bool) {
	if i, ok := d.strs[key]; ok {
		return d.entries[i].value, true
	}
	if d.strLike > 0 {
		v, ok, _ := d.Get(nil, Str(key))
		return v, ok
	}
	return nil, false
}

// StrIndex returns the position of the str key among the entries, or -1 (also when the key
// may be stored as a str subclass instance). Positions stay valid while Version is unchanged,
// for Go code that reads the same keys of a dict again and again (ValueAt, SetValueAt).
func (d *Dict) StrIndex(key string) int {
	if i, ok := d.strs[key]; ok && d.strLike == 0 {
		return int(i)
	}
	return -1
}

// ValueAt returns the value of the entry at position i (from StrIndex).
func (d *Dict) ValueAt(i int) Value { return d.entries[i].value }

// SetValueAt replaces the value of the entry at position i (from StrIndex).
func (d *Dict) SetValueAt(i int, v Value) { d.entries[i].value = v }

// SetStr sets a str key.
func (d *Dict) SetStr(key string, v Value) {
	if i, ok := d.strs[key]; ok {
		d.entries[i].value = v
		return
	}
	if d.strLike > 0 {
		_ = d.Set(nil, Str(key), v)
		return
	}
	d.insertStr(key, v)
}

func (d *Dict) insertStr(key string, v Value) {
	if d.strs == nil {
		d.strs = make(map[string]int32)
	}
	d.strs[key] = int32(len(d.entries))
	d.entries = append(d.entries, dictEntry{key: Str(key), value: v})
	d.live++
	d.version++
}

// DelStr deletes a str key, reporting whether it was present.
func (d *Dict) DelStr(key string) bool {
	ok, _ := d.Delete(nil, Str(key))
	return ok
}

// lookup finds the entry index of key, or -1. th may be nil when key's equality cannot run
// Python code (str, int, float, bool, None, tuples of those).
func (d *Dict) lookup(th *Thread, key Value) (int32, int64, error) {
	if s, ok := key.(Str); ok {
		if i, ok := d.strs[string(s)]; ok {
			return i, 0, nil
		}
		if d.strLike == 0 {
			return -1, 0, nil
		}
	}
	h, err := Hash(th, key)
	if err != nil {
		return -1, 0, err
	}
	for _, i := range d.hashed[h] {
		e := &d.entries[i]
		if e.key == nil {
			continue
		}
		if Is(e.key, key) {
			return i, h, nil
		}
		eq, err := Equal(th, e.key, key)
		if err != nil {
			return -1, h, err
		}
		if eq {
			return i, h, nil
		}
	}
	if d.strs != nil {
		if inst, ok := key.(*Instance); ok && inst.Class.IsSubtype(StrType) {
			if s, ok := inst.Base.(Str); ok {
				if i, ok := d.strs[string(s)]; ok {
					eq, err := Equal(th, d.entries[i].key, key)
					if err != nil || eq {
						return i, h, err
					}
				}
			}
		}
	}
	return -1, h, nil
}

// Get looks key up. It fails with TypeError for unhashable keys and with whatever a key's
// __eq__ raises.
func (d *Dict) Get(th *Thread, key Value) (Value, bool, error) {
	i, _, err := d.lookup(th, key)
	if err != nil || i < 0 {
		return nil, false, err
	}
	return d.entries[i].value, true, nil
}

// Set inserts or replaces key's value.
func (d *Dict) Set(th *Thread, key Value, v Value) error {
	if s, ok := key.(Str); ok && d.strLike == 0 {
		d.SetStr(string(s), v)
		return nil
	}
	i, h, err := d.lookup(th, key)
	if err != nil {
		return err
	}
	if i >= 0 {
		d.entries[i].value = v
		return nil
	}
	if s, ok := key.(Str); ok {
		d.insertStr(string(s), v)
		return nil
	}
	if d.hashed == nil {
		d.hashed = make(map[int64][]int32)
	}
	if inst, ok := key.(*Instance); ok && inst.Class.IsSubtype(StrType) {
		d.strLike++
	}
	d.hashed[h] = append(d.hashed[h], int32(len(d.entries)))
	d.entries = append(d.entries, dictEntry{key: key, value: v, hash: h})
	d.live++
	d.version++
	return nil
}

// Delete removes key, reporting whether it was present.
func (d *Dict) Delete(th *Thread, key Value) (bool, error) {
	i, _, err := d.lookup(th, key)
	if err != nil || i < 0 {
		return false, err
	}
	d.removeAt(i)
	return true, nil
}

func (d *Dict) removeAt(i int32) {
	e := &d.entries[i]
	if s, ok := e.key.(Str); ok {
		delete(d.strs, string(s))
	} else {
		idx := d.hashed[e.hash]
		for j, k := range idx {
			if k == i {
				idx = append(idx[:j:j], idx[j+1:]...)
				break
			}
		}
		if len(idx) == 0 {
			delete(d.hashed, e.hash)
		} else {
			d.hashed[e.hash] = idx
		}
		if inst, ok := e.key.(*Instance); ok && inst.Class.IsSubtype(StrType) {
			d.strLike--
		}
	}
	*e = dictEntry{}
	d.live--
	d.version++
	if len(d.entries) > 16 && d.live < len(d.entries)/2 {
		d.compact()
	}
}

func (d *Dict) compact() {
	old := d.entries
	d.entries = make([]dictEntry, 0, d.live+d.live/2)
	d.strs = nil
	d.hashed = nil
	for _, e := range old {
		if e.key == nil {
			continue
		}
		n := int32(len(d.entries))
		if s, ok := e.key.(Str); ok {
			if d.strs == nil {
				d.strs = make(map[string]int32)
			}
			d.strs[string(s)] = n
		} else {
			if d.hashed == nil {
				d.hashed = make(map[int64][]int32)
			}
			d.hashed[e.hash] = append(d.hashed[e.hash], n)
		}
		d.entries = append(d.entries, e)
	}
}

// Clear removes every item.
func (d *Dict) Clear() {
	*d = Dict{version: d.version + 1}
}

// Next supports iteration in insertion order: starting from position 0, it returns the
// item at or after pos and the position to continue from, or ok=false at the end.
func (d *Dict) Next(pos int) (key, value Value, next int, ok bool) {
	for pos < len(d.entries) {
		e := &d.entries[pos]
		pos++
		if e.key != nil {
			return e.key, e.value, pos, true
		}
	}
	return nil, nil, pos, false
}

// Keys returns the keys in insertion order.
func (d *Dict) Keys() []Value {
	out := make([]Value, 0, d.live)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, e.key)
		}
	}
	return out
}

// Items calls f for each item in insertion order until f returns false.
func (d *Dict) Items(f func(k, v Value) bool) {
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key != nil && !f(e.key, e.value) {
			return
		}
	}
}

// PopLast removes and returns the most recently inserted item (dict.popitem).
func (d *Dict) PopLast() (Value, Value, bool) {
	for i := len(d.entries) - 1; i >= 0; i-- {
		if e := d.entries[i]; e.key != nil {
			d.removeAt(int32(i))
			d.entries = d.entries[:i]
			return e.key, e.value, true
		}
	}
	return nil, nil, false
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	n := &Dict{entries: make([]dictEntry, 0, d.live), strLike: d.strLike}
	for _, e := range d.entries {
		if e.key == nil {
			continue
		}
		i := int32(len(n.entries))
		if s, ok := e.key.(Str); ok {
			if n.strs == nil {
				n.strs = make(map[string]int32, len(d.strs))
			}
			n.strs[string(s)] = i
		} else {
			if n.hashed == nil {
				n.hashed = make(map[int64][]int32, len(d.hashed))
			}
			n.hashed[e.hash] = append(n.hashed[e.hash], i)
		}
		n.entries = append(n.entries, e)
	}
	n.live = len(n.entries)
	return n
}
