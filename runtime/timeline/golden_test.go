package timeline

import (
	"bytes"
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata from the current output")

// renders are the four views of a timeline, by golden-file suffix.
var renders = []struct {
	suffix string
	render func(*Timeline) ([]byte, error)
}{
	{".json", encodeBytes},
	{".chrome.json", func(tl *Timeline) ([]byte, error) {
		var b bytes.Buffer
		err := WriteChrome(&b, tl)
		return b.Bytes(), err
	}},
	{".svg", func(tl *Timeline) ([]byte, error) {
		var b bytes.Buffer
		err := WriteSVG(&b, tl, SVGOptions{})
		return b.Bytes(), err
	}},
	{".txt", func(tl *Timeline) ([]byte, error) {
		var b bytes.Buffer
		err := WriteText(&b, tl, TextOptions{})
		return b.Bytes(), err
	}},
}

// TestGolden compares every view of every scenario with testdata; go test -update rewrites
// the files. Big scenarios keep a digest (size and SHA-256) of their JSON and Chrome output
// rather than megabytes of text.
func TestGolden(t *testing.T) {
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			tl := sc.timeline()
			var digest bytes.Buffer
			for _, r := range renders {
				got, err := r.render(tl)
				if err != nil {
					t.Fatalf("%s: %v", r.suffix, err)
				}
				if sc.big && (r.suffix == ".json" || r.suffix == ".chrome.json") {
					fmt.Fprintf(&digest, "%s %d bytes sha256 %x\n", r.suffix, len(got), sha256.Sum256(got))
					continue
				}
				golden(t, sc.name+r.suffix, got)
			}
			if digest.Len() > 0 {
				golden(t, sc.name+".digest", digest.Bytes())
			}
		})
	}
}

// encodeBytes is Encode into a byte slice.
func encodeBytes(tl *Timeline) ([]byte, error) {
	var buf bytes.Buffer
	err := Encode(&buf, tl)
	return buf.Bytes(), err
}

// golden compares got with testdata/name, or rewrites the file under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the current output; if the change is intended, run go test -update and review the diff\n%s",
			path, firstDiff(want, got))
	}
}

// firstDiff shows the first line where want and got differ.
func firstDiff(want, got []byte) string {
	wl, gl := bytes.Split(want, []byte("\n")), bytes.Split(got, []byte("\n"))
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g []byte
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if !bytes.Equal(w, g) {
			return fmt.Sprintf("line %d:\nwant: %s\ngot:  %s", i+1, w, g)
		}
	}
	return "(no line differs)"
}
