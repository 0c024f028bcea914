package pyre

import (
	"testing"
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

func TestUnsupportedMessages(t *testing.T) {
	want := `re: named Unicode escapes \N{...} are not supported in Asobiba`
	_, err := Compile(`\N{BULLET}`, 0)
	if e, ok := err.(*Error); !ok || e.Type != "NotImplementedError" || e.Message() != want {
		t.Errorf("Compile(`\\N{BULLET}`) = %v, want NotImplementedError %q", err, want)
	}
	// A syntax error later in the pattern wins, as CPython would report it.
	if _, err := Compile(`\N{BULLET}(`, 0); err == nil || err.(*Error).Type != "error" {
		t.Errorf("Compile(`\\N{BULLET}(`) = %v, want re.error", err)
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
