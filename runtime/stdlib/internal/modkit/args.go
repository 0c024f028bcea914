// Package modkit holds the small helpers that Asobiba's Go-implemented standard-library
// modules share: binding call arguments to parameters with CPython's error messages,
// converting Python values to Go ones, and building module and class objects.
//
// A module written with modkit declares each function's parameters once, as a signature
// string in Python syntax ("x, /, y=, *, key=") parsed at package initialisation, and binds
// every call against it. Parameters that were not passed come back as nil, so optional
// arguments and their defaults stay visible in the function body.
package modkit

import (
	"strings"

	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
	"github.com/asobiba/asobiba/runtime/vm"
)

// Style selects the wording of argument-count errors, which in CPython depends on how each C
// function declares its arguments.
type Style uint8

// The error styles.
const (
	// StyleKeywords is the wording of functions with named parameters:
	// "f() missing required argument 'x' (pos 1)", "f() takes at most 2 arguments (3 given)".
	StyleKeywords Style = iota
	// StyleClinic is Argument Clinic's wording for positional-only functions:
	// "f expected 2 arguments, got 1", "f expected at most 1 argument, got 2".
	StyleClinic
	// StyleOne is the wording of METH_O functions: "f() takes exactly one argument (0 given)".
	StyleOne
	// StyleNoArgs is the wording of METH_NOARGS functions: "f() takes no arguments (1 given)".
	StyleNoArgs
)

// Sig is a parsed function signature.
type Sig struct {
	// Name is the function's name as CPython's messages show it ("sqrt", "math.sqrt").
	Name  string
	names []string
	// posOnly is how many leading parameters are positional-only; kwOnly the index of the
	// first keyword-only one (len(names) when none).
	posOnly, kwOnly int
	// required marks the parameters without a default.
	required []bool
	style    Style
}

// NewSig parses a signature such as "x, /, y=, *, key=". A trailing "=" marks a parameter
// with a default; "/" ends the positional-only ones and "*" starts the keyword-only ones.
// The error style is chosen from the shape unless given: StyleOne for a single
// positional-only parameter, StyleNoArgs for none, StyleClinic when all are positional-only.
func NewSig(name, params string, style ...Style) *Sig {
	s := &Sig{Name: name, posOnly: 0, kwOnly: -1}
	sawSlash := false
	for _, p := range strings.Split(params, ",") {
		p = strings.TrimSpace(p)
		switch {
		case p == "":
			continue
		case p == "/":
			s.posOnly = len(s.names)
			sawSlash = true
			continue
		case p == "*":
			s.kwOnly = len(s.names)
			continue
		}
		req := !strings.HasSuffix(p, "=")
		s.names = append(s.names, strings.TrimSuffix(p, "="))
		s.required = append(s.required, req)
	}
	if s.kwOnly < 0 {
		s.kwOnly = len(s.names)
	}
	if !sawSlash && strings.TrimSpace(params) == "" {
		s.posOnly = 0
	}
	switch {
	case len(style) > 0:
		s.style = style[0]
	case len(s.names) == 0:
		s.style = StyleNoArgs
	case len(s.names) == 1 && s.posOnly == 1 && s.required[0]:
		s.style = StyleOne
	case s.posOnly == len(s.names):
		s.style = StyleClinic
	default:
		s.style = StyleKeywords
	}
	return s
}

// Bind matches a call's arguments (positional values first, then one value per name in
// kwnames) to the parameters and returns one value per parameter, nil for those not passed.
func (s *Sig) Bind(args []vm.Value, kwnames []string) ([]vm.Value, error) {
	npos := len(args) - len(kwnames)
	out := make([]vm.Value, len(s.names))
	if len(kwnames) > 0 && s.posOnly == len(s.names) {
		return nil, vm.Errorf(vm.TypeErrorType, "%s() takes no keyword arguments", s.Name)
	}
	if npos > s.kwOnly {
		return nil, s.countError(npos)
	}
	copy(out, args[:npos])
	for i, k := range kwnames {
		idx := -1
		for j, n := range s.names {
			if n == k {
				idx = j
				break
			}
		}
		if idx < s.posOnly {
			if idx >= 0 {
				return nil, vm.Errorf(vm.TypeErrorType, "%s() got some positional-only arguments passed as keyword arguments: '%s'", s.Name, k)
			}
			return nil, vm.Errorf(vm.TypeErrorType, "%s() got an unexpected keyword argument '%s'", s.Name, k)
		}
		if out[idx] != nil {
			return nil, vm.Errorf(vm.TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", s.Name, k, idx+1)
		}
		out[idx] = args[npos+i]
	}
	for i, req := range s.required {
		if req && out[i] == nil {
			if s.style != StyleKeywords {
				return nil, s.countError(npos)
			}
			if i >= s.kwOnly {
				return nil, vm.Errorf(vm.TypeErrorType, "%s() missing required keyword-only argument: '%s'", s.Name, s.names[i])
			}
			return nil, vm.Errorf(vm.TypeErrorType, "%s() missing required argument '%s' (pos %d)", s.Name, s.names[i], i+1)
		}
	}
	return out, nil
}

func (s *Sig) countError(n int) error {
	min := 0
	for i, r := range s.required {
		if r && i < s.kwOnly {
			min = i + 1
		}
	}
	max := s.kwOnly
	switch s.style {
	case StyleOne:
		return vm.Errorf(vm.TypeErrorType, "%s() takes exactly one argument (%d given)", s.Name, n)
	case StyleNoArgs:
		return vm.Errorf(vm.TypeErrorType, "%s() takes no arguments (%d given)", s.Name, n)
	case StyleClinic:
		return ClinicCountError(s.Name, n, min, max)
	}
	if n > max {
		return vm.Errorf(vm.TypeErrorType, "%s() takes at most %d %s (%d given)", s.Name, max, Plural(max, "argument"), n)
	}
	return vm.Errorf(vm.TypeErrorType, "%s() takes at least %d %s (%d given)", s.Name, min, Plural(min, "argument"), n)
}

// ClinicCountError is Argument Clinic's error for a call with n positional arguments where
// min to max are accepted.
func ClinicCountError(name string, n, min, max int) error {
	switch {
	case min == max:
		return vm.Errorf(vm.TypeErrorType, "%s expected %d %s, got %d", name, min, Plural(min, "argument"), n)
	case n < min:
		return vm.Errorf(vm.TypeErrorType, "%s expected at least %d %s, got %d", name, min, Plural(min, "argument"), n)
	}
	return vm.Errorf(vm.TypeErrorType, "%s expected at most %d %s, got %d", name, max, Plural(max, "argument"), n)
}

// NoKwargs fails with "f() takes no keyword arguments" when keywords were passed.
func NoKwargs(name string, kwnames []string) error {
	if len(kwnames) > 0 {
		return vm.Errorf(vm.TypeErrorType, "%s() takes no keyword arguments", name)
	}
	return nil
}

// Plural returns word, with an "s" unless n is 1.
func Plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// Or returns v, or def when v is nil (a parameter that was not passed).
func Or(v, def vm.Value) vm.Value {
	if v == nil {
		return def
	}
	return v
}

// String implements fmt.Stringer for debugging.
func (s *Sig) String() string { return msgfmt.Sprintf("%s(%s)", s.Name, strings.Join(s.names, ", ")) }
