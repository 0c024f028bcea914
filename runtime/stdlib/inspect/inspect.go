// Package inspect implements the parts of Python's inspect module that programs about
// generators, coroutines and functions use: the is* predicates, getmembers, signature (whose
// str() is CPython's "(a, b=1, *args, c, **kw)"), getsource and getdoc, unwrap,
// currentframe and markcoroutinefunction. Signature, Parameter, BoundArguments, signature
// and getfullargspec come from the Python module _inspect_signature when it is available;
// the Go Signature below is the fallback (its parameters map names to formatted text).
package inspect

import (
	"strings"

	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// SignatureType is inspect.Signature.
var SignatureType = modkit.NewClass("inspect", "Signature", nil)

// emptyType is the class of inspect.Parameter.empty (inspect._empty).
var emptyType = modkit.NewFinalClass("inspect", "_empty", nil)

// Signature is a function's signature.
type Signature struct {
	params []param
	ret    string
}

type param struct {
	name, text string
}

// Type returns SignatureType.
func (*Signature) Type() *vm.Type { return SignatureType }

func (s *Signature) String() string {
	parts := make([]string, len(s.params))
	for i, p := range s.params {
		parts[i] = p.text
	}
	out := "(" + strings.Join(parts, ", ") + ")"
	if s.ret != "" {
		out += " -> " + s.ret
	}
	return out
}

// initSignature gives Signature its methods; setup calls it.
func initSignature() {
	t := SignatureType
	modkit.Method(t, "__str__", "", func(th *vm.Thread, s *Signature, a []vm.Value) (vm.Value, error) {
		return vm.Str(s.String()), nil
	})
	modkit.Method(t, "__repr__", "", func(th *vm.Thread, s *Signature, a []vm.Value) (vm.Value, error) {
		return vm.Str("<Signature " + s.String() + ">"), nil
	})
	t.AddGetSet("parameters", func(th *vm.Thread, self vm.Value) (vm.Value, error) {
		s := self.(*Signature)
		d := vm.NewDict()
		for _, p := range s.params {
			d.SetStr(strings.TrimLeft(p.name, "*"), vm.Str(p.text))
		}
		return d, nil
	}, nil)
}

// function unwraps bound methods and returns the Python function behind v and whether the
// first parameter is bound.
func function(th *vm.Thread, v vm.Value) (*vm.Function, bool) {
	if f, ok := v.(*vm.Function); ok {
		return f, false
	}
	if fn, ok, _ := vm.GetAttrOK(th, v, "__func__"); ok {
		if f, ok := fn.(*vm.Function); ok {
			_, hasSelf, _ := vm.GetAttrOK(th, v, "__self__")
			return f, hasSelf
		}
	}
	return nil, false
}

// unwrapPartial follows functools.partial objects to their function.
func unwrapPartial(th *vm.Thread, v vm.Value) vm.Value {
	for i := 0; i < 100; i++ {
		if _, ok := v.(*vm.Function); ok {
			return v
		}
		if v.Type().Name != "partial" {
			return v
		}
		fn, ok, _ := vm.GetAttrOK(th, v, "func")
		if !ok {
			return v
		}
		v = fn
	}
	return v
}

func codeFlag(th *vm.Thread, v vm.Value, flag compile.CodeFlags) bool {
	f, _ := function(th, unwrapPartial(th, v))
	return f != nil && f.Code.Flags&flag != 0
}

func annotation(th *vm.Thread, v vm.Value) string {
	if t, ok := v.(*vm.Type); ok {
		if t.Module == "builtins" {
			return t.QualName
		}
		return t.Module + "." + t.QualName
	}
	if s, ok := modkit.Str(v); ok {
		return s
	}
	r, err := vm.Repr(th, v)
	if err != nil {
		return "?"
	}
	return r
}

// signatureOf builds the signature of a Python function.
func signatureOf(th *vm.Thread, f *vm.Function, skipFirst bool) (*Signature, error) {
	c := f.Code
	ann := func(name string) string {
		if f.Annotations == nil {
			return ""
		}
		if v, ok := f.Annotations.GetStr(name); ok {
			return annotation(th, v)
		}
		return ""
	}
	s := &Signature{}
	add := func(name, prefix string, dflt vm.Value) error {
		text := prefix + name
		a := ann(name)
		if a != "" {
			text += ": " + a
		}
		if dflt != nil {
			r, err := vm.Repr(th, dflt)
			if err != nil {
				return err
			}
			if a != "" {
				text += " = " + r
			} else {
				text += "=" + r
			}
		}
		s.params = append(s.params, param{name: prefix + name, text: text})
		return nil
	}
	nd := len(f.Defaults)
	for i := 0; i < c.ArgCount; i++ {
		var d vm.Value
		if j := i - (c.ArgCount - nd); j >= 0 {
			d = f.Defaults[j]
		}
		if !(skipFirst && i == 0) {
			if err := add(c.VarNames[i], "", d); err != nil {
				return nil, err
			}
		}
		if i == c.PosOnlyCount-1 && !(skipFirst && c.PosOnlyCount == 1) {
			s.params = append(s.params, param{name: "/", text: "/"})
		}
	}
	next := c.ArgCount + c.KwOnlyCount
	if c.Flags&compile.FlagVarArgs != 0 {
		if err := add(c.VarNames[next], "*", nil); err != nil {
			return nil, err
		}
		next++
	} else if c.KwOnlyCount > 0 {
		s.params = append(s.params, param{name: "*", text: "*"})
	}
	for i := c.ArgCount; i < c.ArgCount+c.KwOnlyCount; i++ {
		var d vm.Value
		if f.KwDefaults != nil {
			d, _ = f.KwDefaults.GetStr(c.VarNames[i])
		}
		if err := add(c.VarNames[i], "", d); err != nil {
			return nil, err
		}
	}
	if c.Flags&compile.FlagVarKeywords != 0 {
		if err := add(c.VarNames[next], "**", nil); err != nil {
			return nil, err
		}
	}
	s.ret = ann("return")
	return s, nil
}

// cleandoc is inspect.cleandoc: remove the common indentation of the lines after the first
// and leading and trailing blank lines.
func cleandoc(doc string) string {
	lines := strings.Split(strings.ReplaceAll(doc, "\t", "        "), "\n")
	margin := -1
	for _, l := range lines[1:] {
		content := strings.TrimLeft(l, " ")
		if content == "" {
			continue
		}
		if ind := len(l) - len(content); margin < 0 || ind < margin {
			margin = ind
		}
	}
	lines[0] = strings.TrimLeft(lines[0], " ")
	if margin > 0 {
		for i := 1; i < len(lines); i++ {
			if len(lines[i]) >= margin {
				lines[i] = lines[i][margin:]
			} else {
				lines[i] = strings.TrimLeft(lines[i], " ")
			}
		}
	}
	for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}
