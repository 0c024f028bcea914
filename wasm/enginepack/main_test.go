package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/asobiba/asobiba/wasm/internal/wasmfile"
)

// tinySegments is a data section in the style of Go's linker: a segment for every two bytes,
// each followed by 18 zero bytes.
func tinySegments(t *testing.T, n int) []byte {
	t.Helper()
	img := &wasmfile.Image{Base: 4096, Bytes: make([]byte, 20*n)}
	for i := range n {
		img.Bytes[20*i] = byte(i)
		img.Bytes[20*i+1] = 1
	}
	payload, segments, err := wasmfile.EncodeData(img, 8)
	if err != nil || segments != n {
		t.Fatalf("building %d tiny segments: got %d, %v", n, segments, err)
	}
	return payload
}

func TestPackKeepsMemoryAndOtherSections(t *testing.T) {
	code := wasmfile.Section{ID: 10, Payload: []byte{1, 2, 3}}
	data := wasmfile.Section{ID: wasmfile.SectionData, Payload: tinySegments(t, 1000)}
	name := wasmfile.Section{ID: 0, Payload: []byte("\x04name")}
	in := wasmfile.Encode([]wasmfile.Section{code, data, name})
	out, err := pack(in, options{keepLines: true, keepFindFuncTab: true})
	if err != nil {
		t.Fatal(err)
	}
	sections, err := wasmfile.Parse(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(sections) != 3 || !bytes.Equal(sections[0].Payload, code.Payload) || !bytes.Equal(sections[2].Payload, name.Payload) {
		t.Fatalf("the other sections changed: %v", sections)
	}
	want, _, _ := wasmfile.DecodeData(data.Payload)
	got, segments, err := wasmfile.DecodeData(sections[1].Payload)
	if err != nil {
		t.Fatal(err)
	}
	if segments != 1 || !sameMemory(want, got) {
		t.Errorf("packed into %d segments; same memory: %v", segments, sameMemory(want, got))
	}
	// One segment: the image's bytes and a header of a few bytes.
	if len(sections[1].Payload) > len(got.Bytes)+16 {
		t.Errorf("packed data section is %d bytes for %d bytes of memory", len(sections[1].Payload), len(got.Bytes))
	}
}

func TestPackRefuses(t *testing.T) {
	data := wasmfile.Section{ID: wasmfile.SectionData, Payload: tinySegments(t, 10)}
	for name, tc := range map[string]struct {
		module    []byte
		keepLines bool
		want      string
	}{
		"no data section":  {wasmfile.Encode([]wasmfile.Section{{ID: 10, Payload: []byte{0}}}), true, "no data section"},
		"data count":       {wasmfile.Encode([]wasmfile.Section{{ID: wasmfile.SectionDataCount, Payload: []byte{10}}, data}), true, "data count"},
		"no Go line table": {wasmfile.Encode([]wasmfile.Section{data}), false, "pclntab"},
	} {
		if _, err := pack(tc.module, options{keepLines: tc.keepLines, keepFindFuncTab: true}); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want an error about %q", name, err, tc.want)
		}
	}
}

func TestSameMemory(t *testing.T) {
	a := &wasmfile.Image{Base: 10, Bytes: []byte{0, 1, 2, 0}}
	b := &wasmfile.Image{Base: 11, Bytes: []byte{1, 2}}
	c := &wasmfile.Image{Base: 11, Bytes: []byte{1, 3}}
	if !sameMemory(a, b) || !sameMemory(b, a) || sameMemory(a, c) {
		t.Error("sameMemory is wrong about images that differ only in zeros at their ends")
	}
}
