// Package contextvars implements Python's contextvars module: ContextVar with get, set and
// reset, Token, and Context objects (copy_context(), Context(), Context.run) that behave as
// immutable mappings of variables to values, as in CPython 3.12.
//
// Each thread has a current context. Context.run makes another context current while a
// function runs, so code run through it sees and changes only that context. Asyncio uses
// Copy, Enter and Exit to run each task, and each callback, in the copy of the context
// captured when it was created, as CPython does.
package contextvars

import (
	"sync"
	"sync/atomic"

	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// The classes of the module.
var (
	ContextVarType = modkit.NewFinalClass("_contextvars", "ContextVar", nil)
	TokenType      = modkit.NewFinalClass("_contextvars", "Token", nil)
	ContextType    = modkit.NewFinalClass("_contextvars", "Context", nil)
	missingType    = modkit.NewFinalClass("_contextvars", "Token.MISSING", nil)
)

// missing is Token.MISSING, the old value of a token for a variable that had none.
var missing = &missingValue{}

type missingValue struct{}

// Type returns the class of Token.MISSING.
func (*missingValue) Type() *vm.Type { return missingType }

// ContextVar is a context variable.
type ContextVar struct {
	name string
	def  vm.Value // nil when there is no default
}

// Type returns ContextVarType.
func (*ContextVar) Type() *vm.Type { return ContextVarType }

// Token records a ContextVar.set so that it can be undone.
type Token struct {
	ctx  *Context
	v    *ContextVar
	old  vm.Value // missing when the variable had no value
	used bool
}

// Type returns TokenType.
func (*Token) Type() *vm.Type { return TokenType }

// bindings is an immutable set of variable values; changing a context replaces its
// bindings, so copies share them safely.
type bindings struct {
	m    map[*ContextVar]vm.Value
	keys []*ContextVar // insertion order, for iteration
}

func (b *bindings) with(v *ContextVar, val vm.Value) *bindings {
	n := &bindings{m: make(map[*ContextVar]vm.Value, len(b.m)+1), keys: append([]*ContextVar(nil), b.keys...)}
	for k, x := range b.m {
		n.m[k] = x
	}
	if _, ok := n.m[v]; !ok {
		n.keys = append(n.keys, v)
	}
	n.m[v] = val
	return n
}

func (b *bindings) without(v *ContextVar) *bindings {
	n := &bindings{m: make(map[*ContextVar]vm.Value, len(b.m))}
	for _, k := range b.keys {
		if k != v {
			n.keys = append(n.keys, k)
			n.m[k] = b.m[k]
		}
	}
	return n
}

// Context is a mapping of context variables to values.
type Context struct {
	vars *bindings
	// prev is the context to restore when an entered context is left, nil while it is not
	// entered (a thread's outermost context, never left, has outermost): a context is as
	// small as two pointers, so that an asyncio task can keep its own at no extra size.
	prev *Context
}

// outermost is the prev of each thread's outermost context, which is entered and never left.
var outermost = &Context{}

// entered reports whether c is entered (current in some thread, or waiting under one).
func (c *Context) entered() bool { return c.prev != nil }

// Type returns ContextType.
func (*Context) Type() *vm.Type { return ContextType }

func newContext(vars *bindings) *Context {
	if vars == nil {
		vars = &bindings{m: map[*ContextVar]vm.Value{}}
	}
	return &Context{vars: vars}
}

// Contexts maps each thread of an interpreter to its current context. The first thread to
// ask (the main one) is kept apart from the map: asyncio switches its context at every
// task step (twice), so that thread reads and writes its context without taking the lock.
// Only th0 itself touches ctx0; th0 is set once, atomically, so that another thread can
// tell it is not th0 without the lock.
type Contexts struct {
	mu      sync.Mutex
	th0     atomic.Pointer[vm.Thread]
	ctx0    *Context
	current map[*vm.Thread]*Context
}

type stateKey struct{}

// current returns the thread's current context, creating an empty one.
func current(th *vm.Thread) *Context { return stateOf(th).currentOf(th) }

func setCurrent(th *vm.Thread, c *Context) { stateOf(th).setCurrent(th, c) }

func (s *Contexts) currentOf(th *vm.Thread) *Context {
	if th == s.th0.Load() {
		return s.ctx0
	}
	s.mu.Lock()
	c := s.get(th)
	s.mu.Unlock()
	return c
}

func (s *Contexts) setCurrent(th *vm.Thread, c *Context) {
	if th == s.th0.Load() {
		s.ctx0 = c
		return
	}
	s.mu.Lock()
	s.set(th, c)
	s.mu.Unlock()
}

// get is currentOf with s.mu held.
func (s *Contexts) get(th *vm.Thread) *Context {
	if th == s.th0.Load() {
		return s.ctx0
	}
	c, ok := s.current[th]
	if !ok {
		c = newContext(nil)
		c.prev = outermost
		s.set(th, c)
	}
	return c
}

// set is setCurrent with s.mu held.
func (s *Contexts) set(th *vm.Thread, c *Context) {
	switch t0 := s.th0.Load(); {
	case th == t0:
		s.ctx0 = c
	case t0 == nil:
		s.ctx0 = c
		s.th0.Store(th)
	default:
		s.current[th] = c
	}
}

func stateOf(th *vm.Thread) *Contexts { return Of(th.Interp) }

// Of returns the current contexts of interpreter ip's threads.
func Of(ip *vm.Interp) *Contexts {
	if ip.Ext == nil {
		ip.Ext = map[any]any{}
	}
	s, ok := ip.Ext[stateKey{}].(*Contexts)
	if !ok {
		s = &Contexts{current: map[*vm.Thread]*Context{}}
		ip.Ext[stateKey{}] = s
	}
	return s
}

func addr(v vm.Value) string { return msgfmt.Sprintf("0x%x", vm.ObjectID(v)) }

func (v *ContextVar) repr(th *vm.Thread) (string, error) {
	name, err := vm.Repr(th, vm.Str(v.name))
	if err != nil {
		return "", err
	}
	s := "<ContextVar name=" + name
	if v.def != nil {
		d, err := vm.Repr(th, v.def)
		if err != nil {
			return "", err
		}
		s += " default=" + d
	}
	return s + " at " + addr(v) + ">", nil
}

func (t *Token) repr(th *vm.Thread) (string, error) {
	vr, err := t.v.repr(th)
	if err != nil {
		return "", err
	}
	used := ""
	if t.used {
		used = " used"
	}
	return "<Token" + used + " var=" + vr + " at " + addr(t) + ">", nil
}

// lookupError is the LookupError of a variable without a value.
func lookupError(v *ContextVar) error { return vm.NewException(vm.LookupErrorType, v) }

func (v *ContextVar) get(th *vm.Thread, def vm.Value) (vm.Value, error) {
	if val, ok := current(th).vars.m[v]; ok {
		return val, nil
	}
	if def != nil {
		return def, nil
	}
	if v.def != nil {
		return v.def, nil
	}
	return nil, lookupError(v)
}

func (v *ContextVar) set(th *vm.Thread, val vm.Value) *Token {
	c := current(th)
	old, ok := c.vars.m[v]
	if !ok {
		old = missing
	}
	c.vars = c.vars.with(v, val)
	return &Token{ctx: c, v: v, old: old}
}

func (v *ContextVar) reset(th *vm.Thread, t *Token) error {
	msg := func(cls *vm.Type, format string) error {
		r, err := t.repr(th)
		if err != nil {
			return err
		}
		return vm.Errorf(cls, format, r)
	}
	switch c := current(th); {
	case t.used:
		return msg(vm.RuntimeErrorType, "%s has already been used once")
	case t.v != v:
		return msg(vm.ValueErrorType, "%s was created by a different ContextVar")
	case t.ctx != c:
		return msg(vm.ValueErrorType, "%s was created in a different Context")
	}
	t.used = true
	c := t.ctx
	if t.old == missing {
		c.vars = c.vars.without(v)
	} else {
		c.vars = c.vars.with(v, t.old)
	}
	return nil
}

// Copy returns a copy of th's current context (contextvars.copy_context()).
func (s *Contexts) Copy(th *vm.Thread) *Context { return newContext(s.currentOf(th).vars) }

// CopyInto makes c, a zero Context kept inside another object, a copy of th's current
// context: Copy without an allocation of its own (each asyncio task keeps its context so).
func (s *Contexts) CopyInto(th *vm.Thread, c *Context) { c.vars = s.currentOf(th).vars }

// Enter makes c th's current context, as Context.run does before it calls its function,
// and returns the context that Exit restores. Entering a context that is already entered
// is a RuntimeError.
func (s *Contexts) Enter(th *vm.Thread, c *Context) (prev *Context, err error) {
	if c.entered() {
		r, err := vm.Repr(th, c)
		if err != nil {
			return nil, err
		}
		return nil, vm.Errorf(vm.RuntimeErrorType, "cannot enter context: %s is already entered", r)
	}
	if th == s.th0.Load() {
		prev, s.ctx0 = s.ctx0, c
	} else {
		s.mu.Lock()
		prev = s.get(th)
		s.set(th, c)
		s.mu.Unlock()
	}
	c.prev = prev
	return prev, nil
}

// Exit leaves c, entered by Enter, and makes prev current again.
func (s *Contexts) Exit(th *vm.Thread, c, prev *Context) {
	s.setCurrent(th, prev)
	c.prev = nil
}

// run calls fn in context c.
func (c *Context) run(th *vm.Thread, fn vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	if c.entered() {
		r, err := vm.Repr(th, c)
		if err != nil {
			return nil, err
		}
		return nil, vm.Errorf(vm.RuntimeErrorType, "cannot enter context: %s is already entered", r)
	}
	c.prev = current(th)
	setCurrent(th, c)
	defer func() {
		setCurrent(th, c.prev)
		c.prev = nil
	}()
	return vm.Call(th, fn, args, kwnames)
}

// varKey checks a Context subscript.
func varKey(th *vm.Thread, k vm.Value) (*ContextVar, error) {
	v, ok := k.(*ContextVar)
	if !ok {
		r, err := vm.Repr(th, k)
		if err != nil {
			return nil, err
		}
		return nil, vm.Errorf(vm.TypeErrorType, "a ContextVar key was expected, got %s", r)
	}
	return v, nil
}
