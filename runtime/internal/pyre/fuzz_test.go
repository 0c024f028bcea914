package pyre

import (
	"testing"
	"unicode/utf8"
)

// FuzzCompileAndMatch checks that untrusted patterns, subjects and templates never panic and
// that spans stay inside the subject.
func FuzzCompileAndMatch(f *testing.F) {
	for _, s := range []string{`(?P<a>\w+)\s*$`, `[^\W\d]+|x*?`, `(?x) a # c`, `(?i)[k-ω]`, `a{2,3}?`,
		`\bfoo\B`, `(?m)^$`, `[\S\n]`, `(a)|(b)`, `(?a:\w)`, `(`, `\`, `(?P<a>)(?P=a)`} {
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
		n := NewText(subject).Len()
		for pos := 0; pos <= min(n, 3); pos++ {
			for _, m := range []*Match{re.Search(subject, pos, n), re.Match(subject, pos, n), re.FullMatch(subject, pos, n)} {
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
		re.FindAll(NewText(subject), 0, n)
		re.Split(NewText(subject), 0)
		re.SubTemplate(template, NewText(subject), 0)
	})
}
