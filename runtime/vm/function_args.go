package vm

import (
	"strconv"
	"strings"

	"github.com/asobiba/asobiba/runtime/compile"
)

// Argument binding, ported from CPython's initialize_locals so that every error message —
// missing, surplus, duplicate and unexpected arguments — reads exactly as CPython's, with the
// function's qualified name.

// bindArgs fills f's fast slots and cells from a call's arguments: positional arguments
// first in args, then one value per name in kwnames.
func (f *Frame) bindArgs(fn *Function, args []Value, kwnames []string) error {
	co := fn.Code
	fast := f.fastSlots()
	nkw := len(kwnames)
	argcount := len(args) - nkw
	total := co.ArgCount + co.KwOnlyCount
	varargs := co.Flags&compile.FlagVarArgs != 0

	var kwdict *Dict
	if co.Flags&compile.FlagVarKeywords != 0 {
		kwdict = NewDict()
		i := total
		if varargs {
			i++
		}
		fast[i] = kwdict
	}
	n := min(argcount, co.ArgCount)
	copy(fast, args[:n])
	if varargs {
		t := make(Tuple, argcount-n)
		copy(t, args[n:argcount])
		fast[total] = t
	}
	for k, name := range kwnames {
		v := args[argcount+k]
		j := -1
		for p := co.PosOnlyCount; p < total; p++ {
			if co.VarNames[p] == name {
				j = p
				break
			}
		}
		if j < 0 {
			if kwdict == nil {
				if co.PosOnlyCount > 0 {
					if err := posOnlyAsKeyword(fn, kwnames); err != nil {
						return err
					}
				}
				return Errorf(TypeErrorType, "%s() got an unexpected keyword argument '%s'", fn.QualName, name)
			}
			kwdict.SetStr(name, v)
			continue
		}
		if fast[j] != nil {
			return Errorf(TypeErrorType, "%s() got multiple values for argument '%s'", fn.QualName, name)
		}
		fast[j] = v
	}
	if argcount > co.ArgCount && !varargs {
		return tooManyPositional(fn, fast, argcount)
	}
	if argcount < co.ArgCount {
		defcount := len(fn.Defaults)
		m := co.ArgCount - defcount
		missing := 0
		for i := argcount; i < m; i++ {
			if fast[i] == nil {
				missing++
			}
		}
		if missing > 0 {
			return missingArguments(fn, fast, 0, m, "positional")
		}
		start := 0
		if n > m {
			start = n - m
		}
		for i := start; i < defcount; i++ {
			if fast[m+i] == nil {
				fast[m+i] = fn.Defaults[i]
			}
		}
	}
	if co.KwOnlyCount > 0 {
		missing := 0
		for i := co.ArgCount; i < total; i++ {
			if fast[i] != nil {
				continue
			}
			if fn.KwDefaults != nil {
				if d, ok := fn.KwDefaults.GetStr(co.VarNames[i]); ok {
					fast[i] = d
					continue
				}
			}
			missing++
		}
		if missing > 0 {
			return missingArguments(fn, fast, co.ArgCount, total, "keyword-only")
		}
	}
	f.initCells(fn)
	return nil
}

// initCells creates the frame's own cells (copying the parameters that are also cells) and
// installs the closure's cells after them.
func (f *Frame) initCells(fn *Function) {
	co := fn.Code
	for i := range co.CellVars {
		c := &Cell{}
		if i < len(co.Cell2Arg) {
			if a := co.Cell2Arg[i]; a >= 0 && a < len(f.fastSlots()) {
				c.Value = f.fastSlots()[a]
				f.fastSlots()[a] = nil
			}
		}
		f.cells[i] = c
	}
	copy(f.cells[len(co.CellVars):], fn.Closure)
}

// missingArguments builds "f() missing 2 required positional arguments: 'a' and 'b'".
func missingArguments(fn *Function, fast []Value, start, end int, kind string) error {
	var names []string
	for i := start; i < end; i++ {
		if fast[i] == nil {
			names = append(names, "'"+fn.Code.VarNames[i]+"'")
		}
	}
	var list string
	switch len(names) {
	case 1:
		list = names[0]
	case 2:
		list = names[0] + " and " + names[1]
	default:
		list = strings.Join(names[:len(names)-2], ", ") + ", " + names[len(names)-2] + ", and " + names[len(names)-1]
	}
	s := "s"
	if len(names) == 1 {
		s = ""
	}
	return Errorf(TypeErrorType, "%s() missing %d required %s argument%s: %s", fn.QualName, len(names), kind, s, list)
}

// tooManyPositional builds "f() takes 2 positional arguments but 3 were given", counting
// the keyword-only arguments that were given as CPython does.
func tooManyPositional(fn *Function, fast []Value, given int) error {
	co := fn.Code
	kwonlyGiven := 0
	for i := co.ArgCount; i < co.ArgCount+co.KwOnlyCount; i++ {
		if fast[i] != nil {
			kwonlyGiven++
		}
	}
	var sig string
	plural := true
	if defcount := len(fn.Defaults); defcount > 0 {
		sig = strconv.Itoa(co.ArgCount-defcount) + " to " + strconv.Itoa(co.ArgCount)
		sig = "from " + sig
	} else {
		plural = co.ArgCount != 1
		sig = strconv.Itoa(co.ArgCount)
	}
	kwonlySig := ""
	if kwonlyGiven > 0 {
		kwonlySig = " positional argument" + plural1(given) + " (and " + strconv.Itoa(kwonlyGiven) + " keyword-only argument" + plural1(kwonlyGiven) + ")"
	}
	was := "were"
	if given == 1 && kwonlyGiven == 0 {
		was = "was"
	}
	ps := ""
	if plural {
		ps = "s"
	}
	return Errorf(TypeErrorType, "%s() takes %s positional argument%s but %d%s %s given", fn.QualName, sig, ps, given, kwonlySig, was)
}

func plural1(n int) string {
	if n != 1 {
		return "s"
	}
	return ""
}

// posOnlyAsKeyword builds "f() got some positional-only arguments passed as keyword
// arguments: 'a, b'", or returns nil when no keyword names a positional-only parameter.
func posOnlyAsKeyword(fn *Function, kwnames []string) error {
	co := fn.Code
	var names []string
	for k := 0; k < co.PosOnlyCount; k++ {
		for _, kw := range kwnames {
			if kw == co.VarNames[k] {
				names = append(names, kw)
			}
		}
	}
	if len(names) == 0 {
		return nil
	}
	return Errorf(TypeErrorType, "%s() got some positional-only arguments passed as keyword arguments: '%s'", fn.QualName, strings.Join(names, ", "))
}
