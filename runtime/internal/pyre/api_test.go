package pyre

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode"
)

func TestEscapeAgainstCPython(t *testing.T) {
	for _, row := range loadRows(t, "escape.json") {
		var in, want string
		unmarshal(t, row[0], &in)
		unmarshal(t, row[1], &want)
		if got := Escape(in); got != want {
			t.Errorf("Escape(%q) = %q, CPython %q", in, got, want)
		}
	}
}

func TestText(t *testing.T) {
	for _, s := range []string{"", "abc", "日本語abc", "a\U0001F600b"} {
		tx := NewText(s)
		runes := []rune(s)
		if tx.Len() != len(runes) {
			t.Errorf("%q: Len %d", s, tx.Len())
		}
		for i := 0; i <= len(runes); i++ {
			if got := tx.Index(tx.ByteOffset(i)); got != i {
				t.Errorf("%q: Index(ByteOffset(%d)) = %d", s, i, got)
			}
			if got := tx.Slice(0, i); got != string(runes[:i]) {
				t.Errorf("%q: Slice(0, %d) = %q", s, i, got)
			}
		}
	}
}

func TestNamedEscapes(t *testing.T) {
	for _, tc := range []struct{ pattern, subject string }{
		{`\N{BULLET}+`, "••"}, {`[\N{bullet}x]`, "•"}, {`\N{CJK UNIFIED IDEOGRAPH-4E00}`, "一"},
	} {
		if m := MustCompile(tc.pattern, 0).FullMatch(tc.subject, 0, 10); m == nil {
			t.Errorf("%s does not match %q", tc.pattern, tc.subject)
		}
	}
}

func TestMatchPositionsAreCodePoints(t *testing.T) {
	re := MustCompile(`(\w+?)(さん)?$`, 0)
	m := re.Search("こんにちは 田中さん\n", 0, 100)
	if m == nil {
		t.Fatal("no match")
	}
	if s, e := m.Span(0); s != 6 || e != 10 {
		t.Errorf("span = (%d, %d), want (6, 10)", s, e)
	}
	if m.LastIndex() != 2 {
		t.Errorf("lastindex = %d, want 2", m.LastIndex())
	}
}

func TestCheckStopsCatastrophicPattern(t *testing.T) {
	re := MustCompile(`(a*)*b`, 0)
	stop := errors.New("stop")
	tx, calls := NewText(strings.Repeat("a", 30)), 0
	tx.SetCheck(func() error {
		if calls++; calls == 10 {
			return stop
		}
		return nil
	})
	if m := re.MatchText(tx, 0, 30); m != nil || tx.Err() != stop || calls != 10 {
		t.Fatalf("match %v, err %v after %d checks", m, tx.Err(), calls)
	}
	// Later matches on the stopped text fail at once.
	if m := MustCompile(`a`, 0).SearchText(tx, 0, 30); m != nil {
		t.Errorf("match after stop: %v", m)
	}
	// A pattern whose loop body matches empty is stopped too, without backtracking.
	tx, calls = NewText(""), 0
	tx.SetCheck(func() error { calls++; return stop })
	if m := MustCompile(`(?:a|){4000000000}`, 0).MatchText(tx, 0, 0); m != nil || tx.Err() != stop {
		t.Errorf("empty loop: match %v, err %v", m, tx.Err())
	}
}

// Long subjects do not deepen the Go stack: the matcher's choices live on its own stack.
func TestLongSubject(t *testing.T) {
	s := strings.Repeat("ab", 200000) + "c"
	for _, tc := range []struct {
		pattern string
		end     int
	}{
		{`(?:(a)|(b))*c`, len(s)},
		{`(?:(?!x).)*`, len(s)},
		{`(?:(?>ab)|x)+c`, len(s)},
		{`(?:a(?=b)|b(?<=b))*?c`, len(s)},
	} {
		m := MustCompile(tc.pattern, 0).Match(s, 0, len(s))
		if m == nil || m.End() != tc.end {
			t.Errorf("%s: %v", tc.pattern, m)
		}
	}
}

// caseGroups lists the lower-case letters sharing an upper case; check it against Go's tables
// (two pairs found only by full upper-casing, as CPython's generator does, are extra).
func TestCaseGroups(t *testing.T) {
	byUpper := map[rune][]rune{}
	for c := rune(0); c <= unicode.MaxRune; c++ {
		if unicode.ToLower(c) == c && unicode.ToUpper(c) != c {
			byUpper[unicode.ToUpper(c)] = append(byUpper[unicode.ToUpper(c)], c)
		}
	}
	want := map[string]bool{}
	for _, g := range byUpper {
		if len(g) > 1 {
			want[string(g)] = true
		}
	}
	got := map[string]bool{}
	for _, g := range caseGroups {
		if g[0] != 0x390 && g[0] != 0x3b0 {
			got[string(g)] = true
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("caseGroups = %v, Go's tables give %v", got, want)
	}
}

// Deeply nested groups are refused before they deepen the Go stack much.
func TestDeepNesting(t *testing.T) {
	if _, err := Compile(strings.Repeat("(", 1000)+"a"+strings.Repeat(")", 1000), 0); err != nil {
		t.Errorf("1000 levels: %v", err)
	}
	_, err := Compile(strings.Repeat("(?:", 100000)+"a"+strings.Repeat(")", 100000), 0)
	if e, ok := err.(*Error); !ok || e.Type != "RecursionError" {
		t.Errorf("100000 levels: %v", err)
	}
}
