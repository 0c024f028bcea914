package pyos

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// path is a path argument after os.fspath: its text and whether it was bytes (results are
// then bytes too).
type path struct {
	s       string
	isBytes bool
}

// value returns s as a Python value of the path's kind.
func (p path) value(s string) vm.Value {
	if p.isBytes {
		return vm.Bytes(s)
	}
	return vm.Str(s)
}

// fspath is os.fspath: str and bytes pass through, objects with __fspath__ are asked.
func fspath(th *vm.Thread, v vm.Value) (path, error) {
	if s, ok := modkit.Str(v); ok {
		return path{s: s}, nil
	}
	if b, ok := v.(vm.Bytes); ok {
		return path{s: string(b), isBytes: true}, nil
	}
	if inst, ok := v.(*vm.Instance); ok {
		if b, ok := inst.Base.(vm.Bytes); ok {
			return path{s: string(b), isBytes: true}, nil
		}
	}
	m := vm.LookupSpecial(v, "__fspath__")
	if m == nil || m == vm.None {
		return path{}, vm.Errorf(vm.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", v.Type().Name)
	}
	r, err := vm.CallMethod(th, v, "__fspath__")
	if err != nil {
		return path{}, err
	}
	if s, ok := modkit.Str(r); ok {
		return path{s: s}, nil
	}
	if b, ok := r.(vm.Bytes); ok {
		return path{s: string(b), isBytes: true}, nil
	}
	return path{}, vm.Errorf(vm.TypeErrorType, "expected %s.__fspath__() to return str or bytes, not %s", v.Type().Name, r.Type().Name)
}

// split is posixpath.split.
func split(p string) (head, tail string) {
	i := strings.LastIndexByte(p, '/') + 1
	head, tail = p[:i], p[i:]
	if head != "" && head != strings.Repeat("/", len(head)) {
		head = strings.TrimRight(head, "/")
	}
	return head, tail
}

// splitext is posixpath.splitext: the extension starts at the last dot of the last
// component, unless only dots precede it.
func splitext(p string) (root, ext string) {
	sep := strings.LastIndexByte(p, '/')
	dot := strings.LastIndexByte(p, '.')
	if dot > sep {
		for i := sep + 1; i < dot; i++ {
			if p[i] != '.' {
				return p[:dot], p[dot:]
			}
		}
	}
	return p, ""
}

// normpath is posixpath.normpath.
func normpath(p string) string {
	if p == "" {
		return "."
	}
	initial := 0
	if strings.HasPrefix(p, "/") {
		initial = 1
		if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
			initial = 2
		}
	}
	var comps []string
	for _, c := range strings.Split(p, "/") {
		if c == "" || c == "." {
			continue
		}
		if c != ".." || (initial == 0 && len(comps) == 0) || (len(comps) > 0 && comps[len(comps)-1] == "..") {
			comps = append(comps, c)
		} else if len(comps) > 0 {
			comps = comps[:len(comps)-1]
		}
	}
	out := strings.Repeat("/", initial) + strings.Join(comps, "/")
	if out == "" {
		return "."
	}
	return out
}

// join is posixpath.join.
func join(parts []string) string {
	out := parts[0]
	for _, b := range parts[1:] {
		switch {
		case strings.HasPrefix(b, "/"):
			out = b
		case out == "" || strings.HasSuffix(out, "/"):
			out += b
		default:
			out += "/" + b
		}
	}
	return out
}

// abspath is posixpath.abspath against the fixed working directory.
func abspath(p string) string {
	if !strings.HasPrefix(p, "/") {
		p = join([]string{Cwd, p})
	}
	return normpath(p)
}

// expandUser is posixpath.expanduser: "~" and "~/..." use $HOME; "~user" stays unchanged
// (there is no password database).
func expandUser(p string, env *vm.Dict) string {
	if !strings.HasPrefix(p, "~") {
		return p
	}
	i := strings.IndexByte(p[1:], '/') + 1
	if i == 0 {
		i = len(p)
	}
	if i != 1 {
		return p
	}
	home := Home
	if v, ok := env.GetStr("HOME"); ok {
		if s, isStr := v.(vm.Str); isStr {
			home = string(s)
		}
	}
	home = strings.TrimRight(home, "/")
	if out := home + p[i:]; out != "" {
		return out
	}
	return "/"
}

func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// expandVars is posixpath.expandvars: $name and ${name} are replaced by the environment's
// value; unknown names stay as written.
func expandVars(p string, env *vm.Dict) string {
	if !strings.Contains(p, "$") {
		return p
	}
	i := 0
	for {
		k := strings.IndexByte(p[i:], '$')
		if k < 0 {
			return p
		}
		start := i + k
		j := start + 1
		var name string
		switch {
		case j < len(p) && p[j] == '{':
			end := strings.IndexByte(p[j:], '}')
			if end < 0 {
				i = start + 1
				continue
			}
			name, j = p[j+1:j+end], j+end+1
		case j < len(p) && isWordByte(p[j]):
			for j < len(p) && isWordByte(p[j]) {
				j++
			}
			name = p[start+1 : j]
		default:
			i = start + 1
			continue
		}
		v, ok := env.GetStr(name)
		s, isStr := v.(vm.Str)
		if !ok || !isStr {
			i = j
			continue
		}
		tail := p[j:]
		p = p[:start] + string(s)
		i = len(p)
		p += tail
	}
}

// nonEmpty returns the non-empty components of p split at "/".
func nonEmpty(p string) []string {
	var out []string
	for _, c := range strings.Split(p, "/") {
		if c != "" {
			out = append(out, c)
		}
	}
	return out
}

// relpath is posixpath.relpath.
func relpath(p, start string) string {
	sl, pl := nonEmpty(abspath(start)), nonEmpty(abspath(p))
	i := 0
	for i < len(sl) && i < len(pl) && sl[i] == pl[i] {
		i++
	}
	var rel []string
	for range len(sl) - i {
		rel = append(rel, "..")
	}
	rel = append(rel, pl[i:]...)
	if len(rel) == 0 {
		return "."
	}
	return join(rel)
}

// commonpath is posixpath.commonpath.
func commonpath(paths []string) (string, error) {
	abs := strings.HasPrefix(paths[0], "/")
	split := make([][]string, len(paths))
	for i, p := range paths {
		if strings.HasPrefix(p, "/") != abs {
			return "", vm.Errorf(vm.ValueErrorType, "Can't mix absolute and relative paths")
		}
		for _, c := range strings.Split(p, "/") {
			if c != "" && c != "." {
				split[i] = append(split[i], c)
			}
		}
	}
	s1 := slices.MinFunc(split, slices.Compare[[]string])
	s2 := slices.MaxFunc(split, slices.Compare[[]string])
	common := s1
	for i, c := range s1 {
		if c != s2[i] {
			common = s1[:i]
			break
		}
	}
	prefix := ""
	if abs {
		prefix = "/"
	}
	return prefix + strings.Join(common, "/"), nil
}

// commonprefix is genericpath.commonprefix over strings.
func commonprefix(ss []string) string {
	if len(ss) == 0 {
		return ""
	}
	s1, s2 := slices.Min(ss), slices.Max(ss)
	for i := 0; i < len(s1); i++ {
		if s1[i] != s2[i] {
			for i > 0 && !utf8.RuneStart(s1[i]) {
				i--
			}
			return s1[:i]
		}
	}
	return s1
}
