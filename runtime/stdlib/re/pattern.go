package re

import (
	"math"
	"sort"

	"github.com/asobiba/asobiba/runtime/internal/pyre"
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// bounds converts the optional pos and endpos arguments.
func bounds(th *vm.Thread, pos, endpos vm.Value) (int, int, error) {
	p, e := 0, math.MaxInt
	if pos != nil {
		n, err := vm.AsClampedIndex(th, pos)
		if err != nil {
			return 0, 0, err
		}
		p = max(n, 0)
	}
	if endpos != nil {
		n, err := vm.AsClampedIndex(th, endpos)
		if err != nil {
			return 0, 0, err
		}
		e = max(n, 0)
	}
	return p, e, nil
}

// subject prepares the subject string of a matching function. Long backtracking charges the
// thread's step budget, so that the Stop button and the budget end a catastrophic pattern.
func subject(th *vm.Thread, str vm.Value) (*pyre.Text, error) {
	s, err := text(str)
	if err != nil {
		return nil, err
	}
	t := pyre.NewText(s)
	t.SetCheck(func() error { return th.Charge(pyre.CheckInterval) })
	return t, nil
}

func (p *Pattern) wrap(m *pyre.Match, str vm.Value) vm.Value {
	if m == nil {
		return vm.None
	}
	return &Match{m: m, pattern: p, str: str, pos: m.Pos, endpos: m.EndPos}
}

// find is match, search or fullmatch.
func (p *Pattern) find(th *vm.Thread, kind string, str, pos, endpos vm.Value) (vm.Value, error) {
	t, err := subject(th, str)
	if err != nil {
		return nil, err
	}
	b, e, err := bounds(th, pos, endpos)
	if err != nil {
		return nil, err
	}
	var m *pyre.Match
	switch kind {
	case "match":
		m = p.re.MatchText(t, b, e)
	case "fullmatch":
		m = p.re.FullMatchText(t, b, e)
	default:
		m = p.re.SearchText(t, b, e)
	}
	if err := t.Err(); err != nil {
		return nil, err
	}
	return p.wrap(m, str), nil
}

func (p *Pattern) findall(th *vm.Thread, str, pos, endpos vm.Value) (vm.Value, error) {
	t, err := subject(th, str)
	if err != nil {
		return nil, err
	}
	b, e, err := bounds(th, pos, endpos)
	if err != nil {
		return nil, err
	}
	var out []vm.Value
	rows := p.re.FindAll(t, b, e)
	if err := t.Err(); err != nil {
		return nil, err
	}
	for _, groups := range rows {
		switch len(groups) {
		case 1:
			out = append(out, vm.Str(groups[0]))
		default:
			t := make(vm.Tuple, len(groups))
			for i, g := range groups {
				t[i] = vm.Str(g)
			}
			out = append(out, t)
		}
	}
	return vm.NewList(out), nil
}

func (p *Pattern) finditer(th *vm.Thread, str, pos, endpos vm.Value) (vm.Value, error) {
	t, err := subject(th, str)
	if err != nil {
		return nil, err
	}
	b, e, err := bounds(th, pos, endpos)
	if err != nil {
		return nil, err
	}
	var out []vm.Value
	it := p.re.IterText(t, b, e)
	for m := it.Next(); m != nil; m = it.Next() {
		out = append(out, p.wrap(m, str))
	}
	if err := t.Err(); err != nil {
		return nil, err
	}
	return vm.Iter(th, vm.NewList(out))
}

func (p *Pattern) sub(th *vm.Thread, repl, str, count vm.Value, n bool) (vm.Value, error) {
	t, err := subject(th, str)
	if err != nil {
		return nil, err
	}
	c := int64(0)
	if count != nil {
		if c, err = modkit.Int64(th, count); err != nil {
			return nil, err
		}
	}
	var result string
	var k int
	if tmpl, ok := modkit.Str(repl); ok {
		result, k, err = p.re.SubTemplate(tmpl, t, int(c))
		if err != nil {
			return nil, convert(err)
		}
	} else if vm.IsCallable(repl) {
		result, k, err = p.re.Sub(t, int(c), func(m *pyre.Match) (string, error) {
			r, err := vm.Call(th, repl, []vm.Value{p.wrap(m, str)}, nil)
			if err != nil {
				return "", err
			}
			rs, ok := modkit.Str(r)
			if !ok {
				return "", vm.Errorf(vm.TypeErrorType, "expected str instance, %s found", r.Type().Name)
			}
			return rs, nil
		})
		if err != nil {
			return nil, err
		}
	} else {
		return nil, vm.Errorf(vm.TypeErrorType, "expected str instance, %s found", repl.Type().Name)
	}
	if err := t.Err(); err != nil {
		return nil, err
	}
	if n {
		return vm.Tuple{vm.Str(result), vm.Int(k)}, nil
	}
	return vm.Str(result), nil
}

func (p *Pattern) split(th *vm.Thread, str, maxsplit vm.Value) (vm.Value, error) {
	t, err := subject(th, str)
	if err != nil {
		return nil, err
	}
	n := int64(0)
	if maxsplit != nil {
		if n, err = modkit.Int64(th, maxsplit); err != nil {
			return nil, err
		}
	}
	var out []vm.Value
	pieces := p.re.Split(t, int(n))
	if err := t.Err(); err != nil {
		return nil, err
	}
	for _, piece := range pieces {
		if piece.None {
			out = append(out, vm.None)
		} else {
			out = append(out, vm.Str(piece.Text))
		}
	}
	return vm.NewList(out), nil
}

func init() {
	t := PatternType
	for _, name := range []string{"match", "search", "fullmatch"} {
		name := name
		modkit.Method(t, name, "string, pos=, endpos=", func(th *vm.Thread, p *Pattern, a []vm.Value) (vm.Value, error) {
			return p.find(th, name, a[0], a[1], a[2])
		})
	}
	modkit.Method(t, "findall", "string, pos=, endpos=", func(th *vm.Thread, p *Pattern, a []vm.Value) (vm.Value, error) {
		return p.findall(th, a[0], a[1], a[2])
	})
	modkit.Method(t, "finditer", "string, pos=, endpos=", func(th *vm.Thread, p *Pattern, a []vm.Value) (vm.Value, error) {
		return p.finditer(th, a[0], a[1], a[2])
	})
	for _, name := range []string{"sub", "subn"} {
		name := name
		modkit.Method(t, name, "repl, string, count=", func(th *vm.Thread, p *Pattern, a []vm.Value) (vm.Value, error) {
			return p.sub(th, a[0], a[1], a[2], name == "subn")
		})
	}
	modkit.Method(t, "split", "string, maxsplit=", func(th *vm.Thread, p *Pattern, a []vm.Value) (vm.Value, error) {
		return p.split(th, a[0], a[1])
	})
	modkit.Method(t, "__repr__", "", func(th *vm.Thread, p *Pattern, a []vm.Value) (vm.Value, error) {
		r, err := vm.Repr(th, vm.Str(p.re.Pattern()))
		if err != nil {
			return nil, err
		}
		if f := p.re.Flags() &^ pyre.UNICODE; f != 0 {
			return vm.Str("re.compile(" + r + ", " + flagsRepr(f) + ")"), nil
		}
		return vm.Str("re.compile(" + r + ")"), nil
	})
	get := func(name string, f func(p *Pattern) vm.Value) {
		t.AddGetSet(name, func(th *vm.Thread, self vm.Value) (vm.Value, error) {
			return f(self.(*Pattern)), nil
		}, nil)
	}
	get("pattern", func(p *Pattern) vm.Value { return vm.Str(p.re.Pattern()) })
	get("flags", func(p *Pattern) vm.Value { return vm.Int(p.re.Flags() | pyre.UNICODE) })
	get("groups", func(p *Pattern) vm.Value { return vm.Int(p.re.Groups()) })
	get("groupindex", func(p *Pattern) vm.Value {
		d := vm.NewDict()
		for _, name := range sortedNames(p.re) {
			d.SetStr(name, vm.Int(p.re.GroupIndex()[name]))
		}
		return d
	})
	initMatch()
}

// sortedNames lists the group names of r in group order.
func sortedNames(r *pyre.Regexp) []string {
	idx := r.GroupIndex()
	names := make([]string, 0, len(idx))
	for name := range idx {
		names = append(names, name)
	}
	sort.Slice(names, func(i, j int) bool { return idx[names[i]] < idx[names[j]] })
	return names
}
