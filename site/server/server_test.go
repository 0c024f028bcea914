package server

import (
	"io"
	"net"
	"net/http"
	"sync"
	"testing"
	"testing/fstest"
	"time"
)

// testSite is a small dist/ with a hashed engine and its precompressed siblings.
func testSite() fstest.MapFS {
	mod := time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC)
	file := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s), ModTime: mod} }
	return fstest.MapFS{
		"index.html":                  file("<!doctype html>home"),
		"main.js":                     file("console.log(1)"),
		"main.css":                    file("body{}"),
		"worker.mjs":                  file("export {}"),
		"icon.svg":                    file("<svg/>"),
		"samples.json":                file("{}"),
		"engine.0123456789ab.wasm":    file("\x00asm raw"),
		"engine.0123456789ab.wasm.br": file("brotli bytes"),
		"engine.0123456789ab.wasm.gz": file("gzip bytes"),
		"only-gz.js":                  file("plain"),
		"only-gz.js.gz":               file("gzipped"),
		"docs/index.html":             file("docs home"),
		"empty/readme.txt":            file("no index here"),
		".secret":                     file("hidden"),
	}
}

// testURL is the address of a server of testSite, started by the first get.
var (
	testURL  string
	startSrv sync.Once
)

// client sends requests as written: no Accept-Encoding of its own.
var client = &http.Client{
	Transport:     &http.Transport{DisableCompression: true},
	CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
}

// get performs one request against a server of testSite.
func get(t *testing.T, method, target string, header map[string]string) *http.Response {
	t.Helper()
	startSrv.Do(func() {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		go Serve(ln, testSite())
		testURL = "http://" + ln.Addr().String()
	})
	req, err := http.NewRequest(method, testURL+target, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

func body(t *testing.T, resp *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestContentTypes(t *testing.T) {
	cases := map[string]string{
		"/":                         "text/html; charset=utf-8",
		"/main.js":                  "text/javascript; charset=utf-8",
		"/worker.mjs":               "text/javascript; charset=utf-8",
		"/main.css":                 "text/css; charset=utf-8",
		"/icon.svg":                 "image/svg+xml",
		"/samples.json":             "application/json",
		"/engine.0123456789ab.wasm": "application/wasm",
	}
	for target, want := range cases {
		resp := get(t, "GET", target, nil)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s: status %d", target, resp.StatusCode)
		}
		if got := resp.Header.Get("Content-Type"); got != want {
			t.Errorf("GET %s: Content-Type %q, want %q", target, got, want)
		}
	}
}

func TestPrecompressed(t *testing.T) {
	cases := []struct {
		accept, wantEncoding, wantBody string
	}{
		{"gzip, deflate, br, zstd", "br", "brotli bytes"},
		{"gzip", "gzip", "gzip bytes"},
		{"br;q=0, gzip;q=0.5", "gzip", "gzip bytes"},
		{"*", "br", "brotli bytes"},
		{"identity", "", "\x00asm raw"},
		{"", "", "\x00asm raw"},
		{"gzip;q=0, br;q=0", "", "\x00asm raw"},
	}
	for _, c := range cases {
		resp := get(t, "GET", "/engine.0123456789ab.wasm", map[string]string{"Accept-Encoding": c.accept})
		if got := resp.Header.Get("Content-Encoding"); got != c.wantEncoding {
			t.Errorf("Accept-Encoding %q: Content-Encoding %q, want %q", c.accept, got, c.wantEncoding)
		}
		if got := body(t, resp); got != c.wantBody {
			t.Errorf("Accept-Encoding %q: body %q, want %q", c.accept, got, c.wantBody)
		}
		if got := resp.Header.Get("Content-Type"); got != "application/wasm" {
			t.Errorf("Accept-Encoding %q: Content-Type %q", c.accept, got)
		}
		if got := resp.Header.Values("Vary"); len(got) != 1 || got[0] != "Accept-Encoding" {
			t.Errorf("Accept-Encoding %q: Vary %q", c.accept, got)
		}
	}

	resp := get(t, "GET", "/only-gz.js", map[string]string{"Accept-Encoding": "br, gzip"})
	if enc, b := resp.Header.Get("Content-Encoding"), body(t, resp); enc != "gzip" || b != "gzipped" {
		t.Errorf("only-gz.js: encoding %q body %q", enc, b)
	}
	resp = get(t, "GET", "/main.js", map[string]string{"Accept-Encoding": "br, gzip"})
	if enc := resp.Header.Get("Content-Encoding"); enc != "" {
		t.Errorf("main.js has no siblings but was served with encoding %q", enc)
	}
	if vary := resp.Header.Get("Vary"); vary != "" {
		t.Errorf("main.js has no siblings but sent Vary %q", vary)
	}
}

func TestCaching(t *testing.T) {
	resp := get(t, "GET", "/engine.0123456789ab.wasm", nil)
	if got := resp.Header.Get("Cache-Control"); got != "public, max-age=31536000, immutable" {
		t.Errorf("hashed file Cache-Control %q", got)
	}
	resp = get(t, "GET", "/main.js", nil)
	if got := resp.Header.Get("Cache-Control"); got != "no-cache" {
		t.Errorf("unhashed file Cache-Control %q", got)
	}
	tag := resp.Header.Get("ETag")
	if tag == "" {
		t.Fatal("no ETag")
	}
	resp = get(t, "GET", "/main.js", map[string]string{"If-None-Match": tag})
	if resp.StatusCode != http.StatusNotModified {
		t.Errorf("If-None-Match: status %d, want 304", resp.StatusCode)
	}
	br := get(t, "GET", "/engine.0123456789ab.wasm", map[string]string{"Accept-Encoding": "br"}).Header.Get("ETag")
	gz := get(t, "GET", "/engine.0123456789ab.wasm", map[string]string{"Accept-Encoding": "gzip"}).Header.Get("ETag")
	if br == gz {
		t.Errorf("brotli and gzip share the ETag %s", br)
	}
}

func TestDirectories(t *testing.T) {
	resp := get(t, "GET", "/docs/", nil)
	if b := body(t, resp); resp.StatusCode != http.StatusOK || b != "docs home" {
		t.Errorf("/docs/: status %d body %q", resp.StatusCode, b)
	}
	resp = get(t, "GET", "/docs?x=1", nil)
	if resp.StatusCode != http.StatusMovedPermanently || resp.Header.Get("Location") != "docs/?x=1" {
		t.Errorf("/docs: status %d Location %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	for _, target := range []string{"/empty/", "/missing.js", "/.secret", "/../server.go", "/docs/../.secret"} {
		if resp := get(t, "GET", target, nil); resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: status %d, want 404", target, resp.StatusCode)
		}
	}
}

func TestMethods(t *testing.T) {
	resp := get(t, "HEAD", "/main.js", nil)
	if resp.StatusCode != http.StatusOK || body(t, resp) != "" {
		t.Errorf("HEAD: status %d", resp.StatusCode)
	}
	if resp.Header.Get("Content-Length") != "14" {
		t.Errorf("HEAD: Content-Length %q", resp.Header.Get("Content-Length"))
	}
	resp = get(t, "POST", "/main.js", nil)
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST: status %d", resp.StatusCode)
	}
}

func TestAccepts(t *testing.T) {
	cases := []struct {
		header, coding string
		want           bool
	}{
		{"br", "br", true},
		{"BR", "br", true},
		{"gzip, br;q=0.1", "br", true},
		{"br;q=0", "br", false},
		{"br; q=0.000", "br", false},
		{"*;q=0.2", "br", true},
		{"*, br;q=0", "br", false},
		{"gzip", "br", false},
		{"", "gzip", false},
	}
	for _, c := range cases {
		if got := accepts(c.header, c.coding); got != c.want {
			t.Errorf("accepts(%q, %q) = %v, want %v", c.header, c.coding, got, c.want)
		}
	}
}
