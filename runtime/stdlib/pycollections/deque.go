// Package pycollections implements the _collections module: collections.deque, a
// double-ended queue kept in a ring buffer, with CPython 3.12's API, messages and mutation
// checks.
package pycollections

import (
	"strconv"
	"strings"
	"sync"

	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// DequeType is the class collections.deque.
var DequeType = modkit.NewClass("collections", "deque", nil)

var (
	dequeIterType    = modkit.NewFinalClass("_collections", "_deque_iterator", nil)
	dequeRevIterType = modkit.NewFinalClass("_collections", "_deque_reverse_iterator", nil)
)

// minCap is the smallest ring buffer a non-empty deque keeps.
const minCap = 8

// Deque is the payload of a deque object: n items starting at buf[head], wrapping around.
// len(buf) is zero or a power of two.
type Deque struct {
	buf    []vm.Value
	head   int
	n      int
	maxlen int // -1 when unbounded
	// state counts mutations, so that iterators notice them (CPython's deque->state).
	state uint64
}

// Type returns DequeType.
func (*Deque) Type() *vm.Type { return DequeType }

// New returns an empty unbounded deque.
func New() *Deque { return &Deque{maxlen: -1} }

// Len returns the number of items.
func (d *Deque) Len() int { return d.n }

// At returns the i-th item (0 <= i < Len()).
func (d *Deque) At(i int) vm.Value { return d.buf[(d.head+i)&(len(d.buf)-1)] }

func (d *Deque) set(i int, v vm.Value) { d.buf[(d.head+i)&(len(d.buf)-1)] = v }

// Items returns a copy of the items in order.
func (d *Deque) Items() []vm.Value {
	out := make([]vm.Value, d.n)
	for i := range out {
		out[i] = d.At(i)
	}
	return out
}

// resize moves the items into a new buffer of capacity c (a power of two >= n).
func (d *Deque) resize(c int) {
	nb := make([]vm.Value, c)
	if d.n > 0 {
		end := d.head + d.n
		if end <= len(d.buf) {
			copy(nb, d.buf[d.head:end])
		} else {
			k := copy(nb, d.buf[d.head:])
			copy(nb[k:], d.buf[:end-len(d.buf)])
		}
	}
	d.buf, d.head = nb, 0
}

func (d *Deque) grow() {
	c := len(d.buf) * 2
	if c < minCap {
		c = minCap
	}
	d.resize(c)
}

// shrinkFrom is the smallest buffer maybeShrink gives back: below it a deque that fills
// and drains in turns (an asyncio.Queue(maxsize=100), whose deque would shrink from 128
// slots to 32 and grow back on every round) keeps its buffer, at most 16 KB.
const shrinkFrom = 1024

// maybeShrink gives memory back once a large deque is mostly empty.
func (d *Deque) maybeShrink() {
	if c := len(d.buf); c > shrinkFrom && d.n < c/8 {
		d.resize(c / 4)
	}
}

// pushBack appends v on the right without the maxlen check.
func (d *Deque) pushBack(v vm.Value) {
	if d.n == len(d.buf) {
		d.grow()
	}
	d.buf[(d.head+d.n)&(len(d.buf)-1)] = v
	d.n++
}

// pushFront appends v on the left without the maxlen check.
func (d *Deque) pushFront(v vm.Value) {
	if d.n == len(d.buf) {
		d.grow()
	}
	d.head = (d.head - 1) & (len(d.buf) - 1)
	d.buf[d.head] = v
	d.n++
}

func (d *Deque) popBack() vm.Value {
	i := (d.head + d.n - 1) & (len(d.buf) - 1)
	v := d.buf[i]
	d.buf[i] = nil
	d.n--
	d.maybeShrink()
	return v
}

func (d *Deque) popFront() vm.Value {
	v := d.buf[d.head]
	d.buf[d.head] = nil
	d.head = (d.head + 1) & (len(d.buf) - 1)
	d.n--
	if d.n == 0 {
		d.head = 0
	}
	d.maybeShrink()
	return v
}

// Append is deque.append(v).
func (d *Deque) Append(v vm.Value) {
	if d.maxlen == 0 {
		return
	}
	d.state++
	if d.maxlen > 0 && d.n >= d.maxlen {
		d.popFront()
	}
	d.pushBack(v)
}

// AppendLeft is deque.appendleft(v).
func (d *Deque) AppendLeft(v vm.Value) {
	if d.maxlen == 0 {
		return
	}
	d.state++
	if d.maxlen > 0 && d.n >= d.maxlen {
		d.popBack()
	}
	d.pushFront(v)
}

var errEmpty = "pop from an empty deque"

// Pop is deque.pop().
func (d *Deque) Pop() (vm.Value, error) {
	if d.n == 0 {
		return nil, vm.Errorf(vm.IndexErrorType, "%s", errEmpty)
	}
	d.state++
	return d.popBack(), nil
}

// PopLeft is deque.popleft().
func (d *Deque) PopLeft() (vm.Value, error) {
	if d.n == 0 {
		return nil, vm.Errorf(vm.IndexErrorType, "%s", errEmpty)
	}
	d.state++
	return d.popFront(), nil
}

// Clear is deque.clear().
func (d *Deque) Clear() {
	d.buf, d.head, d.n = nil, 0, 0
	d.state++
}

// setItems replaces the content with items (respecting maxlen by keeping the rightmost).
func (d *Deque) setItems(items []vm.Value) {
	d.Clear()
	if d.maxlen >= 0 && len(items) > d.maxlen {
		items = items[len(items)-d.maxlen:]
	}
	if len(items) == 0 {
		return
	}
	c := minCap
	for c < len(items) {
		c *= 2
	}
	d.buf = make([]vm.Value, c)
	d.n = copy(d.buf, items)
}

// extend is deque.extend(iterable).
func (d *Deque) extend(th *vm.Thread, self, iterable vm.Value) error {
	if vm.Is(iterable, self) {
		items := d.Items()
		for _, v := range items {
			d.Append(v)
		}
		return nil
	}
	return modkit.Iterate(th, iterable, func(item vm.Value) (bool, error) {
		d.Append(item)
		return true, nil
	})
}

func (d *Deque) extendLeft(th *vm.Thread, self, iterable vm.Value) error {
	if vm.Is(iterable, self) {
		items := d.Items()
		for _, v := range items {
			d.AppendLeft(v)
		}
		return nil
	}
	return modkit.Iterate(th, iterable, func(item vm.Value) (bool, error) {
		d.AppendLeft(item)
		return true, nil
	})
}

// Rotate is deque.rotate(k): k steps to the right (negative: to the left).
func (d *Deque) Rotate(k int64) {
	if d.n <= 1 {
		return
	}
	n := int64(d.n)
	k %= n
	if k < 0 {
		k += n
	}
	if k == 0 {
		return
	}
	d.state++
	if d.n == len(d.buf) {
		// A full ring rotates by moving its head.
		d.head = int((int64(d.head) - k) & int64(len(d.buf)-1))
		return
	}
	if k <= n/2 {
		for ; k > 0; k-- {
			d.pushFront(d.popBackRaw())
		}
	} else {
		for k = n - k; k > 0; k-- {
			d.pushBack(d.popFrontRaw())
		}
	}
}

func (d *Deque) popBackRaw() vm.Value {
	i := (d.head + d.n - 1) & (len(d.buf) - 1)
	v := d.buf[i]
	d.buf[i] = nil
	d.n--
	return v
}

func (d *Deque) popFrontRaw() vm.Value {
	v := d.buf[d.head]
	d.buf[d.head] = nil
	d.head = (d.head + 1) & (len(d.buf) - 1)
	d.n--
	return v
}

// Reverse is deque.reverse().
func (d *Deque) Reverse() {
	for i, j := 0, d.n-1; i < j; i, j = i+1, j-1 {
		a, b := d.At(i), d.At(j)
		d.set(i, b)
		d.set(j, a)
	}
	d.state++
}

// removeAt deletes the i-th item.
func (d *Deque) removeAt(i int) {
	if i < d.n/2 {
		for j := i; j > 0; j-- {
			d.set(j, d.At(j-1))
		}
		d.popFront()
	} else {
		for j := i; j < d.n-1; j++ {
			d.set(j, d.At(j+1))
		}
		d.popBack()
	}
	d.state++
}

// insertAt inserts v before position i (0 <= i <= n).
func (d *Deque) insertAt(i int, v vm.Value) {
	d.state++
	if i >= d.n {
		d.pushBack(v)
		return
	}
	if i <= d.n/2 {
		d.pushFront(v)
		for j := 0; j < i; j++ {
			d.set(j, d.At(j+1))
		}
	} else {
		d.pushBack(v)
		for j := d.n - 1; j > i; j-- {
			d.set(j, d.At(j-1))
		}
	}
	d.set(i, v)
}

// copyOf returns a new deque with the same items and maxlen.
func (d *Deque) copyOf() *Deque {
	c := &Deque{maxlen: d.maxlen}
	c.setItems(d.Items())
	c.state = 0
	return c
}

// self returns the Deque behind a method's receiver.
func self(v vm.Value) *Deque {
	d, _ := modkit.Payload[*Deque](v)
	return d
}

// reprRunning holds, per thread, the deques whose repr is in progress.
var reprRunning struct {
	sync.Mutex
	m map[*vm.Thread][]*Deque
}

func reprEnter(th *vm.Thread, d *Deque) bool {
	reprRunning.Lock()
	defer reprRunning.Unlock()
	for _, x := range reprRunning.m[th] {
		if x == d {
			return false
		}
	}
	if reprRunning.m == nil {
		reprRunning.m = map[*vm.Thread][]*Deque{}
	}
	reprRunning.m[th] = append(reprRunning.m[th], d)
	return true
}

func reprLeave(th *vm.Thread) {
	reprRunning.Lock()
	defer reprRunning.Unlock()
	st := reprRunning.m[th]
	if len(st) <= 1 {
		delete(reprRunning.m, th)
		return
	}
	reprRunning.m[th] = st[:len(st)-1]
}

func (d *Deque) repr(th *vm.Thread, cls *vm.Type) (string, error) {
	if !reprEnter(th, d) {
		return "[...]", nil
	}
	body, err := vm.Repr(th, vm.NewList(d.Items()))
	reprLeave(th)
	if err != nil {
		return "", err
	}
	name := cls.Name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	if d.maxlen >= 0 {
		return name + "(" + body + ", maxlen=" + strconv.Itoa(d.maxlen) + ")", nil
	}
	return name + "(" + body + ")", nil
}

// Load builds the _collections module.
func Load(th *vm.Thread) (*vm.Module, error) {
	setup()
	m := modkit.NewModule("_collections", "High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n")
	modkit.Set(m, "deque", DequeType)
	return m, nil
}
