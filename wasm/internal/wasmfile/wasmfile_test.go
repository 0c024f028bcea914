package wasmfile

import (
	"bytes"
	"strings"
	"testing"
)

// module builds a binary module from sections.
func module(sections ...Section) []byte { return Encode(sections) }

func TestParseEncodeRoundTrip(t *testing.T) {
	in := []Section{{ID: 1, Payload: []byte{1, 2, 3}}, {ID: 0, Payload: bytes.Repeat([]byte{7}, 300)}, {ID: 11, Payload: []byte{0}}}
	b := module(in...)
	out, err := Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != len(in) {
		t.Fatalf("got %d sections, want %d", len(out), len(in))
	}
	for i := range in {
		if out[i].ID != in[i].ID || !bytes.Equal(out[i].Payload, in[i].Payload) {
			t.Errorf("section %d: got %d %x, want %d %x", i, out[i].ID, out[i].Payload, in[i].ID, in[i].Payload)
		}
	}
	if again := Encode(out); !bytes.Equal(again, b) {
		t.Errorf("Encode(Parse(b)) differs from b")
	}
}

func TestParseRejects(t *testing.T) {
	for name, b := range map[string][]byte{
		"not wasm":       []byte("\x7fELF...."),
		"past the end":   append(append([]byte{}, header...), 1, 5, 0),
		"bad size":       append(append([]byte{}, header...), 1, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01),
		"truncated size": append(append([]byte{}, header...), 1, 0x80),
	} {
		if _, err := Parse(b); err == nil {
			t.Errorf("%s: Parse succeeded", name)
		}
	}
}

func TestLEB(t *testing.T) {
	for _, v := range []int32{0, 1, -1, 63, 64, -64, -65, 0x1c143, 1<<31 - 1, -1 << 31} {
		r := reader{b: AppendI32(nil, v)}
		if got := r.i32(); got != v || r.err != nil || r.pos != len(r.b) {
			t.Errorf("i32 %d: got %d, err %v", v, got, r.err)
		}
	}
	for _, v := range []uint32{0, 127, 128, 300, 1<<32 - 1} {
		r := reader{b: AppendU32(nil, v)}
		if got := r.u32(); got != v || r.err != nil || r.pos != len(r.b) {
			t.Errorf("u32 %d: got %d, err %v", v, got, r.err)
		}
	}
	// Go's linker writes section sizes padded to five bytes.
	r := reader{b: []byte{0x85, 0x80, 0x80, 0x80, 0x00}}
	if got := r.u32(); got != 5 || r.err != nil {
		t.Errorf("padded u32: got %d, err %v", got, r.err)
	}
}

// dataPayload writes segments as a data section's payload.
func dataPayload(segs ...segment) []byte {
	out := AppendU32(nil, uint32(len(segs)))
	for _, s := range segs {
		out = append(out, 0, 0x41)
		out = AppendI32(out, int32(s.offset))
		out = append(out, 0x0b)
		out = AppendU32(out, uint32(len(s.data)))
		out = append(out, s.data...)
	}
	return out
}

func TestDecodeDataOverlapsAndGaps(t *testing.T) {
	img, n, err := DecodeData(dataPayload(
		segment{100, []byte{1, 2, 3, 4}},
		segment{110, []byte{9}},
		segment{102, []byte{7}}, // overwrites 3, as instantiation does
	))
	if err != nil {
		t.Fatal(err)
	}
	want := []byte{1, 2, 7, 4, 0, 0, 0, 0, 0, 0, 9}
	if n != 3 || img.Base != 100 || !bytes.Equal(img.Bytes, want) {
		t.Errorf("got %d segments, base %d, %v; want 3, 100, %v", n, img.Base, img.Bytes, want)
	}
}

func TestDecodeDataRejects(t *testing.T) {
	good := dataPayload(segment{8, []byte{1}})
	passive := append([]byte{1, 1}, 1, 5)
	cases := map[string][]byte{
		"passive segment": passive,
		"truncated":       good[:len(good)-1],
		"trailing bytes":  append(append([]byte{}, good...), 0),
		"too many":        AppendU32(nil, MaxSegments+1),
		"truncated count": {0xff, 0xff, 0xff, 0xff},
		"past 4 GiB":      dataPayload(segment{1<<32 - 2, []byte{1, 2, 3}}),
		"huge span":       dataPayload(segment{0, []byte{1}}, segment{1 << 31, []byte{1}}),
	}
	for name, payload := range cases {
		if _, _, err := DecodeData(payload); err == nil {
			t.Errorf("%s: DecodeData succeeded", name)
		}
	}
}

func TestEncodeDataSplitsOnlyAtLongGaps(t *testing.T) {
	b := []byte{0, 0, 5, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 7, 8, 0, 0}
	img := &Image{Base: 1000, Bytes: b}
	for _, tc := range []struct {
		minGap, segments int
	}{{1, 3}, {3, 3}, {4, 2}, {6, 2}, {7, 1}, {100, 1}} {
		payload, n, err := EncodeData(img, tc.minGap)
		if err != nil {
			t.Fatal(err)
		}
		if n != tc.segments {
			t.Errorf("minGap %d: %d segments, want %d", tc.minGap, n, tc.segments)
		}
		back, m, err := DecodeData(payload)
		if err != nil || m != n {
			t.Fatalf("minGap %d: decode: %v (%d segments)", tc.minGap, err, m)
		}
		// Leading and trailing zeros are dropped; the rest is the same memory.
		if back.Base != 1002 || !bytes.Equal(back.Bytes, b[2:15]) {
			t.Errorf("minGap %d: got base %d %v", tc.minGap, back.Base, back.Bytes)
		}
	}
}

func TestEncodeDataLimit(t *testing.T) {
	b := bytes.Repeat([]byte{1, 0}, MaxSegments+1)
	_, _, err := EncodeData(&Image{Bytes: b}, 1)
	if err == nil || !strings.Contains(err.Error(), "larger gap") {
		t.Errorf("got %v, want an error about the segment limit", err)
	}
	if _, n, err := EncodeData(&Image{Bytes: b}, 2); err != nil || n != 1 {
		t.Errorf("minGap 2: %d segments, %v", n, err)
	}
}

func TestEncodeDataEmpty(t *testing.T) {
	payload, n, err := EncodeData(&Image{Base: 5, Bytes: make([]byte, 10)}, 8)
	if err != nil || n != 0 || !bytes.Equal(payload, []byte{0}) {
		t.Errorf("got %x, %d, %v", payload, n, err)
	}
}
