package pyre

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
)

// This file replays the tables CPython generated into testdata (see testdata/gen.py).

func loadRows(t *testing.T, name string) [][]json.RawMessage {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	var rows [][]json.RawMessage
	if err := json.Unmarshal(data, &rows); err != nil {
		t.Fatal(err)
	}
	return rows
}

func unmarshal(t *testing.T, raw json.RawMessage, v any) {
	t.Helper()
	if err := json.Unmarshal(raw, v); err != nil {
		t.Fatalf("%s: %v", raw, err)
	}
}

func errString(err error) string {
	if e, ok := err.(*Error); ok {
		return e.Type + ": " + e.Message()
	}
	return err.Error()
}

func TestCompileErrors(t *testing.T) {
	for _, row := range loadRows(t, "compile.json") {
		var pattern, want string
		var flags int
		var unsupported bool
		unmarshal(t, row[0], &pattern)
		unmarshal(t, row[1], &flags)
		unmarshal(t, row[2], &want)
		unmarshal(t, row[3], &unsupported)
		_, err := Compile(pattern, Flags(flags))
		got := "OK"
		if err != nil {
			got = errString(err)
		}
		if unsupported {
			if !strings.HasPrefix(got, "NotImplementedError: re: ") || !strings.Contains(got, "not supported in Asobiba") {
				t.Errorf("Compile(%q) = %s, want NotImplementedError", pattern, got)
			}
			continue
		}
		if got != want {
			t.Errorf("Compile(%q, %d) = %s, CPython %s", pattern, flags, got, want)
		}
	}
}

// spanResult mirrors the generator's rendering of a match.
type spanResult struct {
	Spans     [][2]int `json:"spans"`
	LastIndex *int     `json:"lastindex"`
	LastGroup *string  `json:"lastgroup"`
}

func render(m *Match) *spanResult {
	if m == nil {
		return nil
	}
	r := &spanResult{}
	for g := 0; g <= m.Regexp().Groups(); g++ {
		s, e := m.Span(g)
		r.Spans = append(r.Spans, [2]int{s, e})
	}
	if li := m.LastIndex(); li >= 0 {
		r.LastIndex = &li
	}
	if lg, ok := m.LastGroup(); ok {
		r.LastGroup = &lg
	}
	return r
}

func TestMatchAgainstCPython(t *testing.T) {
	failures := 0
	for _, row := range loadRows(t, "match.json") {
		var pattern, s string
		var flags int
		var want map[string]json.RawMessage
		unmarshal(t, row[0], &pattern)
		unmarshal(t, row[1], &flags)
		unmarshal(t, row[2], &s)
		unmarshal(t, row[3], &want)
		var known bool
		unmarshal(t, row[4], &known)
		if known {
			continue // a documented difference
		}
		re, err := Compile(pattern, Flags(flags))
		if err != nil {
			t.Errorf("Compile(%q, %d): %v", pattern, flags, err)
			continue
		}
		n := len([]rune(s))
		got := map[string]any{
			"search":          render(re.Search(s, 0, n)),
			"match":           render(re.Match(s, 0, n)),
			"fullmatch":       render(re.FullMatch(s, 0, n)),
			"search1":         render(re.Search(s, 1, n)),
			"match1":          render(re.Match(s, 1, n)),
			"search_end":      render(re.Search(s, 0, max(n-1, 0))),
			"fullmatch_1_end": render(re.FullMatch(s, 1, max(n-1, 1))),
		}
		findall := [][]string{}
		for _, r := range re.FindAll(NewText(s), 0, n) {
			findall = append(findall, r)
		}
		got["findall"] = findall
		iter := [][2]int{}
		it := re.Iter(s, 0, n)
		for m := it.Next(); m != nil; m = it.Next() {
			iter = append(iter, [2]int{m.Start(), m.End()})
		}
		got["finditer"] = iter
		split := func(max int) []*string {
			var out []*string
			for _, p := range re.Split(NewText(s), max) {
				if p.None {
					out = append(out, nil)
				} else {
					text := p.Text
					out = append(out, &text)
				}
			}
			return out
		}
		got["split"], got["split1"] = split(0), split(1)
		sub := func(tmpl string, count int) []any {
			out, k, err := re.SubTemplate(tmpl, NewText(s), count)
			if err != nil {
				return []any{err.Error()}
			}
			return []any{out, k}
		}
		got["sub"], got["sub2"] = sub(`<\g<0>>`, 0), sub(`[\g<0>]`, 2)
		if re.Groups() > 0 {
			got["subg"] = sub(`(\1)`, 0)
		}
		for key, w := range want {
			g, _ := json.Marshal(got[key])
			var wv, gv any
			json.Unmarshal(w, &wv)
			json.Unmarshal(g, &gv)
			if !reflect.DeepEqual(wv, gv) {
				failures++
				if failures <= 300 {
					t.Errorf("re.compile(%q, %d).%s(%q):\n got  %s\n want %s", pattern, flags, key, s, g, w)
				}
			}
		}
	}
	if failures > 0 {
		t.Errorf("%d failures", failures)
	}
}

func TestTemplates(t *testing.T) {
	re := MustCompile(`(?P<name>a)(b)?`, 0)
	for _, row := range loadRows(t, "template.json") {
		var tmpl, want string
		unmarshal(t, row[0], &tmpl)
		unmarshal(t, row[1], &want)
		out, _, err := re.SubTemplate(tmpl, NewText("xaby a"), 0)
		if err != nil {
			out = errString(err)
		}
		if out != want {
			t.Errorf("sub(%q) = %q, CPython %q", tmpl, out, want)
		}
	}
}

func ExampleCompile() {
	re := MustCompile(`(?P<word>\w+)さん`, 0)
	m := re.Search("こんにちは、田中さん！", 0, 100)
	word, _ := m.Group(1)
	fmt.Println(word, m.Start(), m.End())
	// Output: 田中 6 10
}

func TestCategoriesAgainstCPython(t *testing.T) {
	data, err := os.ReadFile("testdata/categories.json")
	if err != nil {
		t.Fatal(err)
	}
	var all []map[string][2]json.RawMessage
	unmarshal(t, data, &all)
	cats := all[0]
	for name, entry := range cats {
		var limit int
		var ranges [][2]int
		unmarshal(t, entry[0], &limit)
		unmarshal(t, entry[1], &ranges)
		want := map[int]bool{}
		for _, r := range ranges {
			for c := r[0]; c <= r[1]; c++ {
				want[c] = true
			}
		}
		for _, pattern := range []string{`\` + name, `[\` + name + `]`, `[^\` + strings.ToUpper(name) + `]`} {
			re := MustCompile(pattern, 0)
			bad := 0
			for c := 0; c < limit; c++ {
				if c >= 0xd800 && c <= 0xdfff {
					continue
				}
				if got := re.Match(string(rune(c)), 0, 1) != nil; got != want[c] {
					if bad++; bad < 5 {
						t.Errorf("%s on U+%04X: got %v, CPython %v", pattern, c, got, want[c])
					}
				}
			}
		}
	}
}

// TestCaseFoldingAgainstCPython checks which BMP code points case-insensitive literals and
// classes match, with and without re.ASCII.
func TestCaseFoldingAgainstCPython(t *testing.T) {
	data, err := os.ReadFile("testdata/fold.json")
	if err != nil {
		t.Fatal(err)
	}
	var all []map[string][][2]int
	unmarshal(t, data, &all)
	for key, ranges := range all[0] {
		flagText, pattern, _ := strings.Cut(key, " ")
		var flags int
		unmarshal(t, json.RawMessage(flagText), &flags)
		re := MustCompile(pattern, Flags(flags))
		want := map[int]bool{}
		for _, r := range ranges {
			for c := r[0]; c <= r[1]; c++ {
				want[c] = true
			}
		}
		bad := 0
		for c := 0; c < 0x10000; c++ {
			if c >= 0xd800 && c <= 0xdfff {
				continue
			}
			if got := re.Match(string(rune(c)), 0, 1) != nil; got != want[c] {
				if bad++; bad < 5 {
					t.Errorf("%q (flags %d) on U+%04X: got %v, CPython %v", pattern, flags, c, got, want[c])
				}
			}
		}
	}
}
