package vm

// WhileHandling runs fn as if inside an `except` block that caught exc: sys.exception()
// returns exc meanwhile, and exceptions raised by fn's Python code get exc as __context__.
// asyncio uses it to call the loop's exception handler for a failing callback, as CPython
// does from the callback's `except` clause.
func (th *Thread) WhileHandling(exc *Exception, fn func() error) error {
	th.init()
	item := &excInfo{value: exc, prev: th.exec.exc}
	th.exec.exc = item
	defer func() { th.exec.exc = item.prev }()
	return fn()
}
