package re

import (
	"strconv"

	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// group resolves a group reference (a number or a name) to its number.
func (m *Match) group(th *vm.Thread, g vm.Value) (int, error) {
	if name, ok := modkit.Str(g); ok {
		if i, ok := m.pattern.re.GroupIndex()[name]; ok {
			return i, nil
		}
		return 0, vm.Errorf(vm.IndexErrorType, "no such group")
	}
	if modkit.IsInt(g) {
		i, err := modkit.Int64(th, g)
		if err == nil && i >= 0 && int(i) <= m.pattern.re.Groups() {
			return int(i), nil
		}
	}
	return 0, vm.Errorf(vm.IndexErrorType, "no such group")
}

// value returns group i's text, or dflt when it did not participate.
func (m *Match) value(i int, dflt vm.Value) vm.Value {
	s, ok := m.m.Group(i)
	if !ok {
		return dflt
	}
	return vm.Str(s)
}

func (m *Match) groupArg(th *vm.Thread, a []vm.Value) (int, error) {
	if len(a) == 0 || a[0] == nil {
		return 0, nil
	}
	return m.group(th, a[0])
}

func initMatch() {
	t := MatchType
	t.AddMethod("group", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		m, err := modkit.Self[*Match](t, "group", args)
		if err != nil {
			return nil, err
		}
		if err := modkit.NoKwargs("group", kwnames); err != nil {
			return nil, err
		}
		if len(args) == 1 {
			return m.value(0, vm.None), nil
		}
		out := make(vm.Tuple, len(args)-1)
		for i, g := range args[1:] {
			n, err := m.group(th, g)
			if err != nil {
				return nil, err
			}
			out[i] = m.value(n, vm.None)
		}
		if len(out) == 1 {
			return out[0], nil
		}
		return out, nil
	})
	modkit.Method(t, "__getitem__", "g, /", func(th *vm.Thread, m *Match, a []vm.Value) (vm.Value, error) {
		n, err := m.group(th, a[0])
		if err != nil {
			return nil, err
		}
		return m.value(n, vm.None), nil
	})
	modkit.Method(t, "groups", "default=", func(th *vm.Thread, m *Match, a []vm.Value) (vm.Value, error) {
		dflt := modkit.Or(a[0], vm.None)
		out := make(vm.Tuple, m.pattern.re.Groups())
		for i := range out {
			out[i] = m.value(i+1, dflt)
		}
		return out, nil
	})
	modkit.Method(t, "groupdict", "default=", func(th *vm.Thread, m *Match, a []vm.Value) (vm.Value, error) {
		dflt := modkit.Or(a[0], vm.None)
		d := vm.NewDict()
		for _, name := range sortedNames(m.pattern.re) {
			d.SetStr(name, m.value(m.pattern.re.GroupIndex()[name], dflt))
		}
		return d, nil
	})
	modkit.Method(t, "span", "group=, /", func(th *vm.Thread, m *Match, a []vm.Value) (vm.Value, error) {
		g, err := m.groupArg(th, a)
		if err != nil {
			return nil, err
		}
		s, e := m.m.Span(g)
		return vm.Tuple{vm.Int(s), vm.Int(e)}, nil
	})
	modkit.Method(t, "start", "group=, /", func(th *vm.Thread, m *Match, a []vm.Value) (vm.Value, error) {
		g, err := m.groupArg(th, a)
		if err != nil {
			return nil, err
		}
		s, _ := m.m.Span(g)
		return vm.Int(s), nil
	})
	modkit.Method(t, "end", "group=, /", func(th *vm.Thread, m *Match, a []vm.Value) (vm.Value, error) {
		g, err := m.groupArg(th, a)
		if err != nil {
			return nil, err
		}
		_, e := m.m.Span(g)
		return vm.Int(e), nil
	})
	modkit.Method(t, "expand", "template", func(th *vm.Thread, m *Match, a []vm.Value) (vm.Value, error) {
		s, ok := modkit.Str(a[0])
		if !ok {
			return nil, vm.Errorf(vm.TypeErrorType, "expected str instance, %s found", a[0].Type().Name)
		}
		r, err := m.m.Expand(s)
		if err != nil {
			return nil, convert(err)
		}
		return vm.Str(r), nil
	})
	modkit.Method(t, "__repr__", "", func(th *vm.Thread, m *Match, a []vm.Value) (vm.Value, error) {
		r, err := vm.Repr(th, m.value(0, vm.Str("")))
		if err != nil {
			return nil, err
		}
		s, e := m.m.Span(0)
		return vm.Str("<re.Match object; span=(" + strconv.Itoa(s) + ", " + strconv.Itoa(e) + "), match=" + r + ">"), nil
	})
	get := func(name string, f func(m *Match) vm.Value) {
		t.AddGetSet(name, func(th *vm.Thread, self vm.Value) (vm.Value, error) {
			return f(self.(*Match)), nil
		}, nil)
	}
	get("string", func(m *Match) vm.Value { return m.str })
	get("re", func(m *Match) vm.Value { return m.pattern })
	get("pos", func(m *Match) vm.Value { return vm.Int(m.pos) })
	get("endpos", func(m *Match) vm.Value { return vm.Int(m.endpos) })
	get("lastindex", func(m *Match) vm.Value {
		if i := m.m.LastIndex(); i >= 0 {
			return vm.Int(i)
		}
		return vm.None
	})
	get("lastgroup", func(m *Match) vm.Value {
		if name, ok := m.m.LastGroup(); ok {
			return vm.Str(name)
		}
		return vm.None
	})
}
