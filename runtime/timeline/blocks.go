package timeline

// blocks is an append-only list of records kept in fixed-size blocks, which is how the
// Recorder stores what it records until Finish.
//
// A run of ten thousand tasks records about a hundred thousand records. In one growing slice
// each growth allocates a larger slice and copies everything recorded so far — append grows
// large slices by a quarter at a time, so the records are copied several times over and the
// garbage collector clears and scans every abandoned copy. Blocks never move what they hold;
// Finish copies each record once into a slice of the exact size.
type blocks[E any] struct {
	full [][]E // blocks that are full, oldest first
	cur  []E   // the block being filled
	n    int   // records in all blocks
}

// blockSize is the number of records in one block: large enough that a block's allocation
// is cheap per record, small enough that a short run does not pay for room it never uses.
const blockSize = 256

// add appends e and returns its index.
func (b *blocks[E]) add(e E) int {
	if len(b.cur) == cap(b.cur) {
		if b.cur != nil {
			b.full = append(b.full, b.cur)
		}
		b.cur = make([]E, 0, blockSize)
	}
	b.cur = append(b.cur, e)
	b.n++
	return b.n - 1
}

// at returns the record of index i.
func (b *blocks[E]) at(i int) *E {
	if k := i / blockSize; k < len(b.full) {
		return &b.full[k][i%blockSize]
	}
	return &b.cur[i%blockSize]
}

// each calls f with every record in order.
func (b *blocks[E]) each(f func(*E)) {
	for _, blk := range b.full {
		for i := range blk {
			f(&blk[i])
		}
	}
	for i := range b.cur {
		f(&b.cur[i])
	}
}

// len returns the number of records.
func (b *blocks[E]) len() int { return b.n }

// slice returns every record in one slice of the exact length (nil when there is none) and
// empties b.
func (b *blocks[E]) slice() []E {
	if b.n == 0 {
		return nil
	}
	s := make([]E, 0, b.n)
	for _, blk := range b.full {
		s = append(s, blk...)
	}
	s = append(s, b.cur...)
	*b = blocks[E]{}
	return s
}
