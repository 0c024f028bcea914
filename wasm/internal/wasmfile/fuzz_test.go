package wasmfile

import (
	"bytes"
	"testing"
)

// FuzzDecodeData feeds arbitrary bytes to DecodeData: it must return an error or an image
// that EncodeData writes back as the same memory, and never panic.
func FuzzDecodeData(f *testing.F) {
	f.Add(dataPayload(segment{100, []byte{1, 2, 3}}, segment{120, []byte{4}}))
	f.Add(dataPayload(segment{0, []byte{0, 0, 9}}, segment{2, []byte{8, 0, 0, 0, 0, 0, 0, 0, 0, 7}}))
	f.Add([]byte{0})
	f.Add([]byte{1, 0, 0x41, 0x80, 0x80, 0x80, 0x80, 0x08, 0x0b, 1, 5})
	f.Fuzz(func(t *testing.T, payload []byte) {
		img, _, err := DecodeData(payload)
		if err != nil || len(img.Bytes) > 1<<20 {
			return // the round trip of a sparse image of many MiB only costs time
		}
		out, _, err := EncodeData(img, 8)
		if err != nil {
			t.Fatalf("EncodeData of a decoded image: %v", err)
		}
		back, _, err := DecodeData(out)
		if err != nil {
			t.Fatalf("EncodeData wrote a payload DecodeData refuses: %v", err)
		}
		trimmed := bytes.TrimLeft(img.Bytes, "\x00")
		base := img.Base + uint32(len(img.Bytes)-len(trimmed))
		trimmed = bytes.TrimRight(trimmed, "\x00")
		if len(trimmed) == 0 {
			if len(back.Bytes) != 0 {
				t.Fatalf("an all-zero image came back as %d bytes", len(back.Bytes))
			}
			return
		}
		if back.Base != base || !bytes.Equal(back.Bytes, trimmed) {
			t.Fatalf("round trip changed the memory: base %d/%d, %d/%d bytes", back.Base, base, len(back.Bytes), len(trimmed))
		}
	})
}
