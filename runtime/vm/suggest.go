package vm

import (
	"sort"
	"unicode"
)

// SuggestionHint is the hint CPython 3.12 appends to the message line of exc, or "": ". Did
// you mean: 'x'?" for an AttributeError, a NameError or an ImportError of `from m import x`
// whose name is close to a known one, and for a NameError naming a standard-library module
// ". Did you forget to import 'm'?" (after the other hint as " Or did you forget to import
// 'm'?"). tb is the traceback whose innermost frame a NameError looks in. The hint is
// computed when printed, never stored in the message: str(e) has none.
//
// CPython 3.12 has two implementations. The exception printer (an uncaught exception,
// sys.excepthook) hints only for exactly those three classes and reads names as UTF-8 bytes;
// the traceback module (module true) also hints for their subclasses, reads code points,
// looks in a NameError's frame's locals, globals and builtins as one list, gives up on a
// name over 40 characters or over (not from) 750 candidates, and writes the import hint
// without its question mark.
func SuggestionHint(th *Thread, exc *Exception, tb *Traceback, module bool) string {
	r := suggestRules{module: module}
	is := func(t *Type) bool {
		if module {
			return exc.Class.IsSubtype(t)
		}
		return exc.Class == t
	}
	var sug string
	switch {
	case is(AttributeErrorType):
		name, ok := excStrField(exc, "name")
		obj, hasObj := excField(exc, "obj")
		if module && !hasObj {
			obj, hasObj = None, true
		}
		if !ok || !hasObj {
			return ""
		}
		sug = r.closest(dirNames(th, obj), name)
	case is(ImportErrorType):
		name, ok := excStrField(exc, "name_from")
		modName, hasMod := excStrField(exc, "name")
		if !ok || !hasMod {
			return ""
		}
		mod, ok := th.Interp.Modules.GetStr(modName)
		if module {
			// traceback.py asks __import__(name), whose answer for a dotted name is the
			// top-level package.
			imp, found := th.Interp.Builtins.GetStr("__import__")
			if !found {
				return ""
			}
			var err error
			if mod, err = Call(th, imp, []Value{Str(modName)}, nil); err != nil {
				return ""
			}
			ok = true
		}
		if !ok {
			return ""
		}
		sug = r.closest(dirNames(th, mod), name)
	case is(NameErrorType):
		name, ok := excStrField(exc, "name")
		if !ok {
			return ""
		}
		if tb != nil {
			sug = r.nameErrorSuggestion(th, tb, name)
		}
		if isStdlibModuleName(name) {
			forgot := "forget to import " + r.quote(th, name)
			if !module {
				forgot += "?"
			}
			if sug == "" {
				return ". Did you " + forgot
			}
			return ". Did you mean: " + r.quote(th, sug) + "? Or did you " + forgot
		}
	}
	if sug == "" {
		return ""
	}
	return ". Did you mean: " + r.quote(th, sug) + "?"
}

// suggestRules selects the printer's rules or the traceback module's (see SuggestionHint).
type suggestRules struct{ module bool }

// quote is the suggestion as the hint shows it: repr() for the printer, plain quotes for
// the traceback module.
func (r suggestRules) quote(th *Thread, s string) string {
	if r.module {
		return "'" + s + "'"
	}
	if q, err := Repr(th, Str(s)); err == nil {
		return q
	}
	return "'" + s + "'"
}

// excStrField returns the str attribute name of exc when it was set.
func excStrField(exc *Exception, name string) (string, bool) {
	v, ok := excField(exc, name)
	if !ok {
		return "", false
	}
	s, ok := v.(Str)
	return string(s), ok
}

// nameErrorSuggestion looks for a name close to name in the innermost frame of tb: first
// "self.name" when the frame has a local self with that attribute (a method forgot
// "self."), then among its local variable names, its globals and its builtins.
func (r suggestRules) nameErrorSuggestion(th *Thread, tb *Traceback, name string) string {
	for tb.Next != nil {
		tb = tb.Next
	}
	f, ok := tb.Frame.(*Frame)
	if !ok {
		return ""
	}
	locals, _ := f.LocalsDict().(*Dict)
	if locals == nil {
		locals = NewDict()
	}
	hasSelf := false
	if r.module {
		_, hasSelf = locals.GetStr("self")
	} else {
		for _, v := range f.Code.VarNames {
			hasSelf = hasSelf || v == "self"
		}
	}
	if hasSelf {
		self, ok := locals.GetStr("self")
		if !ok {
			return ""
		}
		_, has, err := GetAttrOK(th, self, name)
		if err != nil {
			return ""
		}
		if has {
			return "self." + name
		}
	}
	if r.module {
		all := append(append(dictStrKeys(locals), dictStrKeys(f.Globals)...), dictStrKeys(f.Builtins)...)
		return r.closest(all, name)
	}
	for _, names := range [][]string{f.Code.VarNames, dictStrKeys(f.Globals), dictStrKeys(f.Builtins)} {
		if s := r.closest(names, name); s != "" {
			return s
		}
	}
	return ""
}

// dirNames returns sorted dir(obj), or nil.
func dirNames(th *Thread, obj Value) []string {
	m := LookupSpecial(obj, "__dir__")
	if m == nil {
		return nil
	}
	r, err := callUnbound(th, m, obj, []Value{obj})
	if err != nil {
		return nil
	}
	it, err := Iter(th, r)
	if err != nil {
		return nil
	}
	var out []string
	for {
		v, ok, err := Next(th, it)
		if err != nil || !ok {
			break
		}
		if s, ok := v.(Str); ok {
			out = append(out, string(s))
		}
	}
	sort.Strings(out)
	return out
}

// dictStrKeys lists the str keys of d in order.
func dictStrKeys(d *Dict) []string {
	if d == nil {
		return nil
	}
	var out []string
	for _, k := range d.Keys() {
		if s, ok := k.(Str); ok {
			out = append(out, string(s))
		}
	}
	return out
}

const (
	suggestMaxItems  = 750
	suggestMaxString = 40
	suggestMoveCost  = 2
	suggestCaseCost  = 1
)

// closest picks the candidate closest to name by CPython's weighted Levenshtein distance,
// or returns "".
func (r suggestRules) closest(dir []string, name string) string {
	target := r.units(name)
	if len(dir) > suggestMaxItems || !r.module && len(dir) == suggestMaxItems ||
		r.module && len(target) > suggestMaxString {
		return ""
	}
	best, bestDist := "", int(^uint(0)>>1)
	for _, item := range dir {
		if item == name {
			continue
		}
		cand := r.units(item)
		maxDist := (len(target) + len(cand) + 3) * suggestMoveCost / 6
		maxDist = min(maxDist, bestDist-1)
		d := r.levenshtein(target, cand, maxDist)
		if d > maxDist {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = item, d
		}
	}
	return best
}

// units splits s into what the distance counts: UTF-8 bytes for the printer, code points
// for the traceback module.
func (r suggestRules) units(s string) []rune {
	if r.module {
		return []rune(s)
	}
	out := make([]rune, len(s))
	for i := 0; i < len(s); i++ {
		out[i] = rune(s[i])
	}
	return out
}

// substitutionCost is the cost of replacing a by b: nothing, a case change, or a move.
func (r suggestRules) substitutionCost(a, b rune) int {
	if a == b {
		return 0
	}
	if r.module {
		if unicode.ToLower(a) == unicode.ToLower(b) {
			return suggestCaseCost
		}
		return suggestMoveCost
	}
	if a&31 != b&31 {
		return suggestMoveCost
	}
	if 'A' <= a && a <= 'Z' {
		a += 'a' - 'A'
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	if a == b {
		return suggestCaseCost
	}
	return suggestMoveCost
}

func (r suggestRules) levenshtein(a, b []rune, maxCost int) int {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * suggestMoveCost
	}
	if len(a) > suggestMaxString || len(b) > suggestMaxString {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*suggestMoveCost > maxCost {
		return maxCost + 1
	}
	var buffer [suggestMaxString]int
	tmp := suggestMoveCost
	for i := 0; i < len(a); i++ {
		buffer[i] = tmp
		tmp += suggestMoveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		code := b[bi]
		distance := bi * suggestMoveCost
		result = distance
		minimum := int(^uint(0) >> 1)
		for i := 0; i < len(a); i++ {
			substitute := distance + r.substitutionCost(code, a[i])
			distance = buffer[i]
			insertDelete := min(result, distance) + suggestMoveCost
			result = min(insertDelete, substitute)
			buffer[i] = result
			if result < minimum {
				minimum = result
			}
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}
