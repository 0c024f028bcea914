package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asobiba/asobiba/runtime/timeline"
)

const sleepers = `import asyncio

async def main():
    await asyncio.gather(asyncio.sleep(1), asyncio.sleep(1))
    print("done")

asyncio.run(main())
`

// runTimeline runs sleepers with the given flags before the file name.
func runTimeline(t *testing.T, flags ...string) (stdout, stderr string, status int) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "main.py")
	if err := os.WriteFile(path, []byte(sleepers), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	status = cli(append(append([]string{"run"}, flags...), path), nil, &out, &errOut)
	return out.String(), errOut.String(), status
}

func TestRunTimelineText(t *testing.T) {
	out, errOut, status := runTimeline(t, "--timeline=text")
	if out != "done\n" || status != 0 {
		t.Fatalf("stdout %q status %d", out, status)
	}
	if !strings.HasPrefix(errOut, "asyncio timeline: 3 tasks, 1 s of virtual time") || !strings.Contains(errOut, "sleep(1)") {
		t.Errorf("stderr does not hold the text chart:\n%s", errOut)
	}
}

func TestRunTimelineFiles(t *testing.T) {
	for _, tc := range []struct{ format, prefix string }{
		{"json", "{\n\"version\":1,"},
		{"chrome", "{"},
		{"svg", "<svg"},
		{"text", "asyncio timeline:"},
	} {
		t.Run(tc.format, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "timeline.out")
			out, errOut, status := runTimeline(t, "--timeline="+tc.format, "--timeline-out="+file)
			if out != "done\n" || errOut != "" || status != 0 {
				t.Fatalf("stdout %q stderr %q status %d", out, errOut, status)
			}
			b, err := os.ReadFile(file)
			if err != nil || !strings.HasPrefix(string(b), tc.prefix) {
				t.Fatalf("%s starts %.40q (%v), want %q", file, b, err, tc.prefix)
			}
			if tc.format == "json" {
				if _, err := timeline.Decode(bytes.NewReader(b)); err != nil {
					t.Error(err)
				}
			}
		})
	}
}

func TestRunTimelineStdout(t *testing.T) {
	out, _, status := runTimeline(t, "--timeline=json", "--timeline-out=-")
	json, ok := strings.CutPrefix(out, "done\n")
	if !ok || status != 0 {
		t.Fatalf("stdout %.60q status %d; want the program's output first", out, status)
	}
	if _, err := timeline.Decode(strings.NewReader(json)); err != nil {
		t.Error(err)
	}
}

func TestRunTimelineUsage(t *testing.T) {
	for _, flags := range [][]string{{"--timeline=json"}, {"--timeline=gif", "--timeline-out=x"}, {"--timeline-out=x"}} {
		if _, errOut, status := runTimeline(t, flags...); status != 2 || !strings.Contains(errOut, "--timeline") {
			t.Errorf("%q: status %d stderr %q, want a usage error", flags, status, errOut)
		}
	}
}
