// Package re implements Python's re module over runtime/internal/pyre, a port of CPython's
// pattern parser with its own backtracking matcher.
//
// Patterns are str patterns. Bytes patterns raise NotImplementedError with a message saying
// they are not supported in Asobiba; mistakes raise re.error with CPython's message and
// position. Long backtracking is charged to the run's step budget
// and stops with the Stop button, like a Python loop. Flags are plain ints with CPython's
// values, so re.I | re.M works, though repr(re.I) is 2 rather than re.IGNORECASE.
package re

import (
	"strings"

	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
	"github.com/asobiba/asobiba/runtime/internal/pyre"
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// The classes of the module.
var (
	PatternType = modkit.NewFinalClass("re", "Pattern", nil)
	MatchType   = modkit.NewFinalClass("re", "Match", nil)
	// ErrorType is re.error.
	ErrorType = func() *vm.Type {
		t := vm.NewBuiltinType("error", vm.ExceptionType, vm.FlagBaseType)
		t.Module = "re"
		return t
	}()
)

// Pattern is a compiled pattern object.
type Pattern struct {
	re *pyre.Regexp
}

// Type returns PatternType.
func (*Pattern) Type() *vm.Type { return PatternType }

// Match is a match object.
type Match struct {
	m       *pyre.Match
	pattern *Pattern
	str     vm.Value
	pos     int
	endpos  int
}

// Type returns MatchType.
func (*Match) Type() *vm.Type { return MatchType }

var flagNames = []struct {
	flag pyre.Flags
	name string
}{
	{pyre.TEMPLATE, "TEMPLATE"}, {pyre.IGNORECASE, "IGNORECASE"}, {pyre.LOCALE, "LOCALE"},
	{pyre.MULTILINE, "MULTILINE"}, {pyre.DOTALL, "DOTALL"}, {pyre.UNICODE, "UNICODE"},
	{pyre.VERBOSE, "VERBOSE"}, {pyre.DEBUG, "DEBUG"}, {pyre.ASCII, "ASCII"},
}

var shortFlags = map[string]pyre.Flags{"T": pyre.TEMPLATE, "I": pyre.IGNORECASE, "L": pyre.LOCALE,
	"M": pyre.MULTILINE, "S": pyre.DOTALL, "U": pyre.UNICODE, "X": pyre.VERBOSE, "A": pyre.ASCII}

// convert turns a pyre error into the Python exception it names.
func convert(err error) error {
	e, ok := err.(*pyre.Error)
	if !ok {
		return err
	}
	var cls *vm.Type
	switch e.Type {
	case "error":
		exc := vm.NewException(ErrorType, vm.Str(e.Message()))
		exc.Dict = vm.NewDict()
		exc.Dict.SetStr("msg", vm.Str(e.Msg))
		exc.Dict.SetStr("pattern", vm.Str(e.Pattern))
		if e.Pos >= 0 {
			exc.Dict.SetStr("pos", vm.Int(e.Pos))
			line, col := 1, 1
			for i, r := range []rune(e.Pattern) {
				if i == e.Pos {
					break
				}
				col++
				if r == '\n' {
					line, col = line+1, 1
				}
			}
			exc.Dict.SetStr("lineno", vm.Int(line))
			exc.Dict.SetStr("colno", vm.Int(col))
		} else {
			for _, k := range []string{"pos", "lineno", "colno"} {
				exc.Dict.SetStr(k, vm.None)
			}
		}
		return exc
	case "NotImplementedError":
		msg := e.Message()
		if !strings.Contains(msg, "not supported in Asobiba") {
			msg += " (not supported in Asobiba)"
		}
		return vm.Errorf(vm.NotImplementedErrorType, "%s", msg)
	case "OverflowError":
		cls = vm.OverflowErrorType
	case "IndexError":
		cls = vm.IndexErrorType
	case "TypeError":
		cls = vm.TypeErrorType
	case "RecursionError":
		cls = vm.RecursionErrorType
	default:
		cls = vm.ValueErrorType
	}
	return vm.Errorf(cls, "%s", e.Message())
}

// cacheKey names a compiled pattern in an interpreter's cache.
type cacheKey struct {
	pattern string
	flags   pyre.Flags
}

// patternCacheKey keys the interpreter's cache of compiled patterns in Interp.Ext.
type patternCacheKey struct{}

// patternCache returns the interpreter's cache of compiled patterns, which CPython's re
// module keeps too. Each interpreter has its own: runs may go on at once (tests, servers),
// and a pattern is a Python object of its run.
func patternCache(th *vm.Thread) map[cacheKey]*Pattern {
	ip := th.Interp
	if ip.Ext == nil {
		ip.Ext = map[any]any{}
	}
	c, ok := ip.Ext[patternCacheKey{}].(map[cacheKey]*Pattern)
	if !ok {
		c = map[cacheKey]*Pattern{}
		ip.Ext[patternCacheKey{}] = c
	}
	return c
}

// compile returns the Pattern for a pattern argument (a str or a Pattern) and flags.
func compile(th *vm.Thread, p vm.Value, flags vm.Value) (*Pattern, error) {
	var f int64
	if flags != nil {
		var err error
		if f, err = modkit.Int64(th, flags); err != nil {
			return nil, err
		}
	}
	if pat, ok := p.(*Pattern); ok {
		if f != 0 {
			return nil, vm.Errorf(vm.ValueErrorType, "cannot process flags argument with a compiled pattern")
		}
		return pat, nil
	}
	s, ok := modkit.Str(p)
	if !ok {
		if _, isBytes := modkit.Bytes(p); isBytes {
			return nil, vm.Errorf(vm.NotImplementedErrorType, "bytes patterns are not supported in Asobiba")
		}
		return nil, vm.Errorf(vm.TypeErrorType, "first argument must be string or compiled pattern")
	}
	cache := patternCache(th)
	key := cacheKey{s, pyre.Flags(f)}
	if pat, ok := cache[key]; ok {
		return pat, nil
	}
	r, err := pyre.Compile(s, pyre.Flags(f))
	if err != nil {
		return nil, convert(err)
	}
	pat := &Pattern{re: r}
	if len(cache) >= 512 {
		clear(cache)
	}
	cache[key] = pat
	return pat, nil
}

// text returns the subject string argument of a matching function.
func text(v vm.Value) (string, error) {
	if s, ok := modkit.Str(v); ok {
		return s, nil
	}
	if _, isBytes := modkit.Bytes(v); isBytes {
		return "", vm.Errorf(vm.TypeErrorType, "cannot use a string pattern on a bytes-like object")
	}
	return "", vm.Errorf(vm.TypeErrorType, "expected string or bytes-like object, got '%s'", v.Type().Name)
}

// Load builds the re module.
func Load(th *vm.Thread) (*vm.Module, error) {
	m := modkit.NewModule("re", "Support for regular expressions (RE).")
	for _, f := range flagNames {
		modkit.Set(m, f.name, vm.Int(f.flag))
	}
	for short, f := range shortFlags {
		modkit.Set(m, short, vm.Int(f))
	}
	modkit.Set(m, "NOFLAG", vm.Int(0))
	modkit.Set(m, "RegexFlag", vm.IntType)
	modkit.Set(m, "error", ErrorType)
	modkit.Set(m, "PatternError", ErrorType)
	modkit.Set(m, "Pattern", PatternType)
	modkit.Set(m, "Match", MatchType)
	modkit.Function(m, "compile", "pattern, flags=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		return compile(th, a[0], a[1])
	})
	for _, name := range []string{"match", "search", "fullmatch"} {
		name := name
		modkit.Function(m, name, "pattern, string, flags=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
			p, err := compile(th, a[0], a[2])
			if err != nil {
				return nil, err
			}
			return p.find(th, name, a[1], nil, nil)
		})
	}
	modkit.Function(m, "findall", "pattern, string, flags=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		p, err := compile(th, a[0], a[2])
		if err != nil {
			return nil, err
		}
		return p.findall(th, a[1], nil, nil)
	})
	modkit.Function(m, "finditer", "pattern, string, flags=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		p, err := compile(th, a[0], a[2])
		if err != nil {
			return nil, err
		}
		return p.finditer(th, a[1], nil, nil)
	})
	for _, name := range []string{"sub", "subn"} {
		name := name
		modkit.Function(m, name, "pattern, repl, string, count=, flags=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
			p, err := compile(th, a[0], a[4])
			if err != nil {
				return nil, err
			}
			return p.sub(th, a[1], a[2], a[3], name == "subn")
		})
	}
	modkit.Function(m, "split", "pattern, string, maxsplit=, flags=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		p, err := compile(th, a[0], a[3])
		if err != nil {
			return nil, err
		}
		return p.split(th, a[1], a[2])
	})
	modkit.Function(m, "escape", "pattern", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		s, ok := modkit.Str(a[0])
		if !ok {
			return nil, vm.Errorf(vm.NotImplementedErrorType, "re.escape of bytes is not supported in Asobiba")
		}
		return vm.Str(pyre.Escape(s)), nil
	})
	modkit.Function(m, "purge", "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		clear(patternCache(th))
		return vm.None, nil
	})
	return m, nil
}

// flagsRepr formats flags as CPython's Pattern repr does ("re.IGNORECASE|re.MULTILINE").
func flagsRepr(f pyre.Flags) string {
	var parts []string
	for _, fl := range flagNames {
		if f&fl.flag != 0 {
			parts = append(parts, "re."+fl.name)
			f &^= fl.flag
		}
	}
	if f != 0 || len(parts) == 0 {
		parts = append(parts, msgfmt.Sprintf("0x%x", int(f)))
	}
	return strings.Join(parts, "|")
}
