package vm

import "unsafe"

// Attribute caches of LOAD_ATTR, STORE_ATTR and LOAD_METHOD.
//
// Each code object keeps one attrCache per entry of its Names: what the class of the object
// last seen with that name says about it — whether the attribute is a plain instance
// attribute (no class attribute of that name, object's __getattribute__ and __setattr__), or
// a method found on the class that the instance does not shadow. The answer stays valid while
// the class's look-up cache is the same map (Type.methodCache): every change to a class dict
// along the MRO clears that map, so a different pointer means "look again". The cache holds
// the map, so it cannot be freed and reused for another while compared against.
//
// The fast paths below agree with genericGetAttr, genericSetAttr and LoadMethod: when they
// do not apply they return nil (or false) and the caller takes the general path.

// attrCache is one name's cache.
type attrCache struct {
	class *Type
	ver   *map[string]Value
	// descr is the method found on the class (when flags has attrMethod).
	descr Value
	flags uint8
	// idx is where the attribute was last found in an instance dict: instances of one class
	// usually set their attributes in the same order.
	idx int32
}

// The attrCache flags.
const (
	attrPlainGet uint8 = 1 << iota // no class attribute; object.__getattribute__
	attrPlainSet                   // no class attribute; object.__setattr__
	attrMethod                     // descr is a method; object.__getattribute__
)

// check brings c up to date for class t and reports whether it can be used.
func (c *attrCache) check(t *Type, name string) bool {
	if c.class == t && t.methodCache.Load() == c.ver {
		return true
	}
	ga := t.Lookup("__getattribute__")
	sa := t.Lookup("__setattr__")
	descr := t.Lookup(name)
	c.class, c.ver, c.descr, c.flags = t, t.methodCache.Load(), nil, 0
	if c.ver == nil {
		c.class = nil // never valid: a nil cache pointer is no version
		return false
	}
	switch {
	case descr == nil:
		if ga == objectGetAttribute {
			c.flags |= attrPlainGet
		}
		if sa == objectSetAttr {
			c.flags |= attrPlainSet
		}
	case ga == objectGetAttribute && isMethodDescr(descr):
		c.flags, c.descr = attrMethod, descr
	}
	return true
}

// isMethodDescr reports whether LOAD_METHOD may call descr unbound with the object as its
// first argument: a Python function or a builtin method.
func isMethodDescr(descr Value) bool {
	if d, ok := descr.(*Builtin); ok {
		return d.Kind == BuiltinMethod && d.Self == nil
	}
	return descr.Type().Flags&FlagMethodDescriptor != 0
}

// find returns the index of the str key name in d, or -1, trying the remembered index first.
func (c *attrCache) find(d *Dict, name string) int32 {
	if i := c.idx; int(i) < len(d.entries) {
		// Names are interned: the key is usually the very string, compared by address.
		if s, ok := d.entries[i].key.(Str); ok && len(s) == len(name) && unsafe.StringData(string(s)) == unsafe.StringData(name) {
			return i
		}
	}
	if i, ok := d.strs[name]; ok {
		c.idx = i
		return i
	}
	return -1
}

// load returns o's plain instance attribute name, or nil.
func (c *attrCache) load(o *Instance, name string) Value {
	if !c.check(o.Class, name) || c.flags&attrPlainGet == 0 || o.Dict == nil {
		return nil
	}
	if i := c.find(o.Dict, name); i >= 0 {
		return o.Dict.entries[i].value
	}
	return nil
}

// moduleLoad returns module m's attribute name when it is a plain entry of the module's
// dict (module has no class attribute of that name), or nil: `asyncio.sleep` then costs a
// look-up in the module dict, starting at the remembered index.
func (c *attrCache) moduleLoad(m *Module, name string) Value {
	if m.Dict == nil || !c.check(ModuleType, name) || c.flags&attrPlainGet == 0 {
		return nil
	}
	if i := c.find(m.Dict, name); i >= 0 {
		return m.Dict.entries[i].value
	}
	return nil
}

// store sets o's plain instance attribute name to v, reporting whether it could.
func (c *attrCache) store(o *Instance, name string, v Value) bool {
	d := o.Dict
	if !c.check(o.Class, name) || c.flags&attrPlainSet == 0 || d == nil {
		return false
	}
	if i := c.find(d, name); i >= 0 {
		d.entries[i].value = v
		return true
	}
	d.SetStr(name, v)
	return true
}

// method returns the method name of obj's class for a call with obj as self, or nil.
func (c *attrCache) method(obj Value, name string) Value {
	if !c.check(obj.Type(), name) || c.flags&attrMethod == 0 {
		return nil
	}
	var d *Dict
	if o, ok := obj.(*Instance); ok {
		d = o.Dict
	} else {
		d = instanceDict(obj, false)
	}
	if d != nil && d.live > 0 && !d.lacksStr(name) {
		return nil
	}
	return c.descr
}

// lacksStr reports whether d certainly has no key equal to the str name.
func (d *Dict) lacksStr(name string) bool {
	if d.strLike > 0 {
		return false
	}
	if len(d.entries) <= 8 {
		for i := range d.entries {
			if s, ok := d.entries[i].key.(Str); ok && string(s) == name {
				return false
			}
		}
		return true
	}
	_, ok := d.strs[name]
	return !ok
}
