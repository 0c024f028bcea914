package vm

import "sort"

// SuggestionHint is the hint CPython 3.12's exception printer appends to the message line of
// an uncaught exception, or "": ". Did you mean: 'x'?" for an AttributeError, a NameError or
// an ImportError of `from m import x` (each of exactly that class) whose name is close to a
// known one, and for a NameError naming a standard-library module ". Did you forget to
// import 'm'?" (after the other hint as " Or did you forget to import 'm'?"). The hint is
// computed when printed, never stored in the message: str(e) has none.
func SuggestionHint(th *Thread, exc *Exception) string {
	var sug string
	switch exc.Class {
	case AttributeErrorType:
		name, ok := excStrField(exc, "name")
		obj, hasObj := excField(exc, "obj")
		if !ok || !hasObj {
			return ""
		}
		sug = calculateSuggestion(dirNames(th, obj), name)
	case ImportErrorType:
		name, ok := excStrField(exc, "name_from")
		modName, hasMod := excStrField(exc, "name")
		if !ok || !hasMod {
			return ""
		}
		mod, ok := th.Interp.Modules.GetStr(modName)
		if !ok {
			return ""
		}
		sug = calculateSuggestion(dirNames(th, mod), name)
	case NameErrorType:
		name, ok := excStrField(exc, "name")
		if !ok || exc.Traceback == nil {
			return ""
		}
		sug = nameErrorSuggestion(th, exc.Traceback, name)
		if isStdlibModuleName(name) {
			forgot := "forget to import " + reprString(th, name) + "?"
			if sug == "" {
				return ". Did you " + forgot
			}
			return ". Did you mean: " + reprString(th, sug) + "? Or did you " + forgot
		}
	}
	if sug == "" {
		return ""
	}
	return ". Did you mean: " + reprString(th, sug) + "?"
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

func reprString(th *Thread, s string) string {
	r, err := Repr(th, Str(s))
	if err != nil {
		return "'" + s + "'"
	}
	return r
}

// nameErrorSuggestion looks for a name close to name in the innermost frame of tb: first
// "self.name" when the code has a local self with that attribute (a method forgot "self."),
// then among its local variable names, its globals and its builtins, in that order.
func nameErrorSuggestion(th *Thread, tb *Traceback, name string) string {
	for tb.Next != nil {
		tb = tb.Next
	}
	f, ok := tb.Frame.(*Frame)
	if !ok {
		return ""
	}
	for _, v := range f.Code.VarNames {
		if v != "self" {
			continue
		}
		locals, ok := f.LocalsDict().(*Dict)
		if !ok {
			return ""
		}
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
		break
	}
	for _, names := range [][]string{f.Code.VarNames, dictStrKeys(f.Globals), dictStrKeys(f.Builtins)} {
		if s := calculateSuggestion(names, name); s != "" {
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

// calculateSuggestion picks the closest candidate to name by CPython's weighted Levenshtein
// distance, or returns "".
func calculateSuggestion(dir []string, name string) string {
	if len(dir) >= suggestMaxItems {
		return ""
	}
	best, bestDist := "", int(^uint(0)>>1)
	for _, item := range dir {
		if item == name {
			continue
		}
		maxDist := (len(name) + len(item) + 3) * suggestMoveCost / 6
		maxDist = min(maxDist, bestDist-1)
		d := levenshtein(name, item, maxDist)
		if d > maxDist {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = item, d
		}
	}
	return best
}

func substitutionCost(a, b byte) int {
	if a&31 != b&31 {
		return suggestMoveCost
	}
	if a == b {
		return 0
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

func levenshtein(a, b string, maxCost int) int {
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
			substitute := distance + substitutionCost(code, a[i])
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
