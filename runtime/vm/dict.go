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
	hashed  hashIndex
	// version changes on every insertion or deletion (not on value replacement); iterators
	// use it to detect "dictionary changed size during iteration".
	version uint64
	// strLike counts entries in the hash index whose key is an instance of a str subclass.
	strLike int32
}

// hashIndex maps the hash of each key that is not a str to the positions of its entries.
// Most hashes belong to a single key: those live in one, a map without pointers that the
// collector need not scan (about 16 bytes an entry, against about 50 for a slice per hash;
// gather keeps such a dict of its 100,000 awaitables). The few hashes shared by several
// keys live in more, their positions in insertion order.
type hashIndex struct {
	one  map[int64]int32
	more map[int64][]int32
}

// candidates returns the positions of the entries whose key hashes to h; buf provides the
// storage for a single one.
func (x *hashIndex) candidates(h int64, buf *[1]int32) []int32 {
	if i, ok := x.one[h]; ok {
		buf[0] = i
		return buf[:]
	}
	return x.more[h]
}

// add records that the entry at position i has a key hashing to h; sizeHint sizes a new map.
func (x *hashIndex) add(h int64, i int32, sizeHint int) {
	if first, ok := x.one[h]; ok {
		delete(x.one, h)
		if x.more == nil {
			x.more = make(map[int64][]int32)
		}
		x.more[h] = []int32{first, i}
		return
	}
	if idx, ok := x.more[h]; ok {
		x.more[h] = append(idx, i)
		return
	}
	if x.one == nil {
		x.one = make(map[int64]int32, sizeHint)
	}
	x.one[h] = i
}

// remove forgets the entry at position i, whose key hashes to h.
func (x *hashIndex) remove(h int64, i int32) {
	if j, ok := x.one[h]; ok {
		if j == i {
			delete(x.one, h)
		}
		return
	}
	idx := x.more[h]
	for j, k := range idx {
		if k == i {
			idx = append(idx[:j:j], idx[j+1:]...)
			break
		}
	}
	switch len(idx) {
	case 0:
		delete(x.more, h)
	case 1:
		delete(x.more, h)
		x.add(h, idx[0], 0)
	default:
		x.more[h] = idx
	}
}

// len is the number of distinct hashes.
func (x *hashIndex) len() int { return len(x.one) + len(x.more) }

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
	var buf [1]int32
	for _, i := range d.hashed.candidates(h, &buf) {
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
	if inst, ok := key.(*Instance); ok && inst.Class.IsSubtype(StrType) {
		d.strLike++
	}
	d.hashed.add(h, int32(len(d.entries)), 0)
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
		d.hashed.remove(e.hash, i)
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
	d.hashed = hashIndex{}
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
			d.hashed.add(e.hash, n, 0)
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
			n.hashed.add(e.hash, i, d.hashed.len())
		}
		n.entries = append(n.entries, e)
	}
	n.live = len(n.entries)
	return n
}
