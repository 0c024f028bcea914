package wasmfile

import (
	"bytes"
	"strings"
	"testing"
)

// vec builds a vector: its count, then its entries.
func vec(entries ...[]byte) []byte {
	return append(AppendU32(nil, uint32(len(entries))), bytes.Join(entries, nil)...)
}

func TestAddStartFunction(t *testing.T) {
	i32ToI32 := []byte{0x60, 1, 0x7f, 1, 0x7f}
	importFunc := append([]byte{1, 'g', 1, 'f', 0}, 0) // g.f: a function of type 0
	importMem := []byte{1, 'g', 1, 'm', 2, 1, 1, 2}    // g.m: a memory with limits 1..2
	importGlobal := []byte{1, 'g', 1, 'v', 3, 0x7f, 0} // g.v: an immutable i32 global
	body := []byte{0, 0x0b}                            // no locals; end
	mod := []Section{
		{ID: 1, Payload: vec(i32ToI32)},
		{ID: 2, Payload: vec(importFunc, importMem, importGlobal, importFunc)},
		{ID: 3, Payload: vec([]byte{0}, []byte{0}, []byte{0})},
		{ID: 7, Payload: vec()},
		{ID: 9, Payload: vec()},
		{ID: 10, Payload: vec([]byte{2, 0, 0x0b}, []byte{2, 0, 0x0b}, []byte{2, 0, 0x0b})},
		{ID: 11, Payload: vec()},
		{ID: 0, Payload: []byte("\x04name")},
	}
	got, err := AddStartFunction(mod, body)
	if err != nil {
		t.Fatal(err)
	}
	var ids []byte
	for _, s := range got {
		ids = append(ids, s.ID)
	}
	if !bytes.Equal(ids, []byte{1, 2, 3, 7, 8, 9, 10, 11, 0}) {
		t.Fatalf("section order %v", ids)
	}
	// A new type () -> (), index 1; the new function is the 6th: 2 imported and 3 own before it.
	if want := vec(i32ToI32, []byte{0x60, 0, 0}); !bytes.Equal(got[0].Payload, want) {
		t.Errorf("type section % x, want % x", got[0].Payload, want)
	}
	if want := vec([]byte{0}, []byte{0}, []byte{0}, []byte{1}); !bytes.Equal(got[2].Payload, want) {
		t.Errorf("function section % x, want % x", got[2].Payload, want)
	}
	if !bytes.Equal(got[4].Payload, []byte{5}) {
		t.Errorf("start section % x, want 05", got[4].Payload)
	}
	if want := vec([]byte{2, 0, 0x0b}, []byte{2, 0, 0x0b}, []byte{2, 0, 0x0b}, []byte{2, 0, 0x0b}); !bytes.Equal(got[6].Payload, want) {
		t.Errorf("code section % x, want % x", got[6].Payload, want)
	}
	if !bytes.Equal(mod[0].Payload, vec(i32ToI32)) || len(mod) != 8 {
		t.Error("AddStartFunction changed the sections it was given")
	}

	// A module that has the type already uses it.
	again, err := AddStartFunction([]Section{got[0], got[2], got[6]}, body)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again[0].Payload, got[0].Payload) || again[2].ID != 8 || !bytes.Equal(again[2].Payload, []byte{4}) {
		t.Errorf("with the type present: %v", again)
	}
}

func TestAddStartFunctionRefuses(t *testing.T) {
	typ := Section{ID: 1, Payload: vec([]byte{0x60, 0, 0})}
	fn := Section{ID: 3, Payload: vec([]byte{0})}
	code := Section{ID: 10, Payload: vec([]byte{2, 0, 0x0b})}
	for name, tc := range map[string]struct {
		mod  []Section
		want string
	}{
		"has a start":       {[]Section{typ, fn, {ID: 8, Payload: []byte{0}}, code}, "already"},
		"no code":           {[]Section{typ, fn}, "lacks"},
		"count mismatch":    {[]Section{typ, {ID: 3, Payload: vec([]byte{0}, []byte{0})}, code}, "does not match"},
		"bad type":          {[]Section{{ID: 1, Payload: vec([]byte{0x5f, 0, 0})}, fn, code}, "type section"},
		"bad import":        {[]Section{typ, {ID: 2, Payload: vec([]byte{1, 'g', 1, 'f', 9})}, fn, code}, "import section"},
		"truncated imports": {[]Section{typ, {ID: 2, Payload: []byte{3, 1}}, fn, code}, "import section"},
	} {
		if _, err := AddStartFunction(tc.mod, []byte{0, 0x0b}); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want an error about %q", name, err, tc.want)
		}
	}
}
