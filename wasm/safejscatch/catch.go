//go:build js && wasm

// Package catch is Asobiba's replacement for github.com/hack-pad/safejs/internal/catch in
// the browser engine's build (issue #5, size); it is our own code, not a copy of safejs's.
//
// Every call safejs makes into JavaScript goes through its internal/catch, which turns a
// panic of syscall/js into an error. safejs's version formats an unexpected panic value with
// fmt.Errorf("%+v", value) and wraps every error with a stack trace that only fmt's %+v
// prints: that one call links fmt, reflect and internal/fmtsort, about 38 KB of brotli, into
// an engine that calls fmt nowhere else. make bin/engine.wasm copies safejs from the module
// cache to bin/safejs, puts this file in place of internal/catch/catch.go, and builds with
// -modfile=bin/engine.mod, which replaces github.com/hack-pad/safejs with that copy. The
// rest of safejs, and every safejs API the engine calls, is unchanged.
//
// Try and TrySideEffect keep safejs's signatures and meaning: a panic with an error returns
// that error, a panic with a js.Value returns it as a js.Error, and a panic with a string
// returns an error with that text (which is what %+v printed). The errors carry no stack
// trace, which nothing in the engine could print without fmt. Any other panic value gives an
// error saying so, where fmt printed the value.
package catch

import (
	"errors"
	"syscall/js"
)

// Try runs fn and returns its result. If fn panicked, the panic value is returned as an
// error instead.
func Try[Result any](fn func() Result) (result Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = asError(r)
		}
	}()
	return fn(), nil
}

// TrySideEffect is Try for a function without a result.
func TrySideEffect(fn func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = asError(r)
		}
	}()
	fn()
	return nil
}

// asError returns the error that stands for the panic value r.
func asError(r any) error {
	switch r := r.(type) {
	case error:
		return r
	case js.Value:
		return js.Error{Value: r}
	case string:
		return errors.New(r)
	case interface{ String() string }:
		return errors.New(r.String())
	}
	return errors.New("safejs: a panic with a value that is neither an error nor a string")
}
