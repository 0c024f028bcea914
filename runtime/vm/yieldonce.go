package vm

// YieldOnce is the iterator of an awaitable that suspends its awaiter exactly once: the
// first send yields None, the next one returns None. It is what awaiting asyncio's sleep(0)
// drives (CPython's tasks.__sleep0, a bare yield under types.coroutine). It lives in the VM,
// not in asyncio, so that an await driving it (sendInto) recognizes its concrete type and
// calls it directly: a hundred thousand tasks each sleeping twice make that the most common
// send after a coroutine's own.
type YieldOnce struct {
	yielded, done bool
}

// YieldOnceType is the class of YieldOnce iterators, _asyncio._YieldOnce; asyncio gives it
// its iterator methods.
var YieldOnceType = func() *Type {
	t := NewBuiltinType("_YieldOnce", ObjectType, 0).SetSolid()
	t.Module = "_asyncio"
	return t
}()

// Type returns YieldOnceType.
func (*YieldOnce) Type() *Type { return YieldOnceType }

// Send yields None the first time and returns None the second.
func (it *YieldOnce) Send(th *Thread, v Value) (Value, bool, error) {
	if it.done || it.yielded {
		it.done = true
		return None, true, nil
	}
	it.yielded = true
	return None, false, nil
}

// Throw raises exc where the iterator is suspended: it does not handle it.
func (it *YieldOnce) Throw(th *Thread, exc *Exception) (Value, bool, error) {
	it.done = true
	return nil, false, exc
}

// Close finalizes the iterator.
func (it *YieldOnce) Close(th *Thread) error {
	it.done = true
	return nil
}
