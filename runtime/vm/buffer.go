package vm

// Python-level buffers (PEP 688). Asobiba has no C buffer protocol: bytes, bytearray and
// memoryview expose their bytes to Go directly. A class written in Python (the array module
// of pylib, for one) exposes its bytes by defining __buffer__, which returns a memoryview, and
// __release_buffer__, which is called with that view once the reader is done with it. Readers
// in Go take the bytes through PythonBuffer; memoryview(obj) returns the view itself.

// PythonBuffer returns a copy of the bytes that v's class exposes through __buffer__, and
// ok false when the class defines none. The view is released (__release_buffer__) before it
// returns, as a C reader releases a buffer once it has read it.
func PythonBuffer(th *Thread, v Value) (data []byte, ok bool, err error) {
	view, err := pythonBufferView(th, v)
	if view == nil || err != nil {
		return nil, false, err
	}
	data = view.data()
	if _, _, err := CallSpecial(th, v, "__release_buffer__", view); err != nil {
		return nil, false, err
	}
	return data, true, nil
}

// pythonBufferView calls v's __buffer__ with flags 0 (inspect.BufferFlags.SIMPLE: the
// readers here read bytes and nothing more) and checks that it returned a memoryview; nil
// means v's class defines no __buffer__.
func pythonBufferView(th *Thread, v Value) (*MemoryView, error) {
	if th == nil || LookupSpecial(v, "__buffer__") == nil {
		return nil, nil
	}
	r, _, err := CallSpecial(th, v, "__buffer__", Int(0))
	if err != nil {
		return nil, err
	}
	view, ok := r.(*MemoryView)
	if !ok {
		return nil, Errorf(TypeErrorType, "__buffer__ returned non-memoryview object")
	}
	return view, nil
}
