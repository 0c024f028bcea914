package pyre

import (
	"errors"
	"testing"
	"unicode/utf8"
)

var errStop = errors.New("stopped")

// FuzzCompileAndMatch checks that untrusted patterns, subjects and templates never panic and
// that spans stay inside the subject.
func FuzzCompileAndMatch(f *testing.F) {
	for _, s := range []string{`(?P<a>\w+)\s*$`, `[^\W\d]+|x*?`, `(?x) a # c`, `(?i)[k-ω]`, `a{2,3}?`,
		`\bfoo\B`, `(?m)^$`, `[\S\n]`, `(a)|(b)`, `(?a:\w)`, `(`, `\`, `(?P<a>)(?P=a)`, `(?<=a|b)(?!\1)(x)`,
		`(?>a+)++`, `(a*)*b`, `(?(1)a|b)(c)?`, `(?=(\w))*\1`} {
		f.Add(s, "foo bar\nこんにちは 123\n", `<\g<0>\1>`, 0)
	}
	f.Fuzz(func(t *testing.T, pattern, subject, template string, flags int) {
		if !utf8.ValidString(subject) {
			return
		}
		re, err := Compile(pattern, Flags(flags)&(IGNORECASE|MULTILINE|DOTALL|VERBOSE|ASCII))
		if err != nil {
			return
		}
		// Exponential patterns are stopped by the check, as the re module's step budget would.
		text := func() *Text {
			t, calls := NewText(subject), 0
			t.SetCheck(func() error {
				if calls++; calls > 20 {
					return errStop
				}
				return nil
			})
			return t
		}
		n := NewText(subject).Len()
		for pos := 0; pos <= min(n, 3); pos++ {
			tx := text()
			for _, m := range []*Match{re.SearchText(tx, pos, n), re.MatchText(tx, pos, n), re.FullMatchText(tx, pos, n)} {
				if m == nil {
					continue
				}
				for g := 0; g <= re.Groups(); g++ {
					s, e := m.Span(g)
					if s < -1 || e > n || s > e {
						t.Fatalf("group %d span (%d, %d) outside subject of length %d", g, s, e, n)
					}
				}
				m.LastIndex()
				m.LastGroup()
			}
		}
		re.FindAll(text(), 0, n)
		re.Split(text(), 0)
		re.SubTemplate(template, text(), 0)
	})
}
