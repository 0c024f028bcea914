// Package server serves Asobiba's built site (the dist/ folder) over HTTP/1.1.
//
// It is a plain static file server with the few things a WebAssembly playground needs and
// that a generic file server gets wrong or leaves out:
//
//   - The right Content-Type for .wasm (application/wasm, which WebAssembly.compileStreaming
//     insists on), .js and .mjs, .css, .svg and .json, whatever the host's MIME tables say.
//   - Precompressed siblings: a request for engine.abc123.wasm is answered with
//     engine.abc123.wasm.br or .gz when that file exists and the request's Accept-Encoding
//     allows it, with the original's Content-Type, Content-Encoding set and
//     Vary: Accept-Encoding.
//   - index.html for directories (a directory without one is not listed: 404).
//   - Caching: names carrying a content hash (name.0123abcd.ext) never change, so they are
//     cached for a year as immutable; everything else must be revalidated (no-cache) and is
//     answered 304 when unchanged.
//
// It reads from an fs.FS (the CLI passes os.DirFS). It speaks HTTP/1.1 itself, on a
// net.Listener, rather than through net/http: the server is part of the asobiba command,
// and net/http, with the TLS and HTTP/2 code it brings, made every `asobiba run` about 2 MB
// bigger in memory, since a program's code is mapped into memory as it runs (measured:
// semaphore_contention of make bench peaked at 39.6-40.5 MB with it, 37.2-37.8 MB without;
// CPython 39.2 MB). A static site needs little of the protocol: GET and HEAD, persistent
// connections, and conditional requests by ETag. A Range request gets the whole file, as
// RFC 9110 allows. conn.go reads requests and writes responses; this file decides them.
package server

import (
	"io/fs"
	"mime"
	"net/url"
	"path"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// contentTypes overrides the host's MIME tables for the types the playground depends on.
var contentTypes = map[string]string{
	".html":  "text/html; charset=utf-8",
	".js":    "text/javascript; charset=utf-8",
	".mjs":   "text/javascript; charset=utf-8",
	".css":   "text/css; charset=utf-8",
	".json":  "application/json",
	".map":   "application/json",
	".svg":   "image/svg+xml",
	".wasm":  "application/wasm",
	".txt":   "text/plain; charset=utf-8",
	".py":    "text/plain; charset=utf-8",
	".png":   "image/png",
	".ico":   "image/x-icon",
	".woff2": "font/woff2",
}

// encodings lists the precompressed siblings the server looks for, best first.
var encodings = []struct{ name, suffix string }{
	{"br", ".br"},
	{"gzip", ".gz"},
}

// hashedName matches file names that carry a content hash, such as engine.3f2a9c1b07de.wasm.
var hashedName = regexp.MustCompile(`\.[0-9a-f]{8,64}\.[A-Za-z0-9]+$`)

// response is what the server answers to one request.
type response struct {
	status int
	header []headerField // in the order written
	body   []byte        // for errors; nil when file is set
	file   fs.File       // the file to send, closed once written
	size   int64         // the length of body or file
}

// headerField is one response header.
type headerField struct{ name, value string }

func (r *response) set(name, value string) {
	r.header = append(r.header, headerField{name, value})
}

// textResponse is a plain-text answer such as a 404.
func textResponse(status int, text string) *response {
	r := &response{status: status, body: []byte(text), size: int64(len(text))}
	r.set("Content-Type", "text/plain; charset=utf-8")
	r.set("X-Content-Type-Options", "nosniff")
	return r
}

func notFound() *response { return textResponse(404, "404 page not found\n") }

// respond decides the answer to a request for target (path and query, as sent) with the
// given method and request headers (lower-case names).
func respond(fsys fs.FS, method, target string, header map[string]string) *response {
	if method != "GET" && method != "HEAD" {
		r := textResponse(405, "method not allowed\n")
		r.set("Allow", "GET, HEAD")
		return r
	}
	rawPath, query, _ := strings.Cut(target, "?")
	urlPath, err := url.PathUnescape(rawPath)
	if err != nil {
		return textResponse(400, "bad request\n")
	}
	if !strings.HasPrefix(urlPath, "/") {
		urlPath = "/" + urlPath
	}
	name := strings.TrimPrefix(path.Clean(urlPath), "/")
	if name == "" {
		name = "."
	}
	if !fs.ValidPath(name) || hidden(name) {
		return notFound()
	}
	info, err := fs.Stat(fsys, name)
	if err != nil {
		return notFound()
	}
	if info.IsDir() {
		// Relative URLs in index.html only work when a directory's URL ends in a slash.
		if !strings.HasSuffix(urlPath, "/") {
			location := path.Base(urlPath) + "/"
			if query != "" {
				location += "?" + query
			}
			r := textResponse(301, "moved permanently\n")
			r.set("Location", location)
			return r
		}
		name = path.Join(name, "index.html")
		if info, err = fs.Stat(fsys, name); err != nil || info.IsDir() {
			return notFound()
		}
	}
	return serveFile(fsys, name, info, header)
}

// serveFile answers with name, or with its best precompressed sibling the client accepts.
func serveFile(fsys fs.FS, name string, info fs.FileInfo, header map[string]string) *response {
	r := &response{status: 200}
	r.set("Content-Type", contentType(name))
	r.set("X-Content-Type-Options", "nosniff")
	if hashedName.MatchString(path.Base(name)) {
		r.set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		r.set("Cache-Control", "no-cache")
	}

	served, servedInfo, encoding := name, info, ""
	vary := false
	for _, enc := range encodings {
		sib, err := fs.Stat(fsys, name+enc.suffix)
		if err != nil || sib.IsDir() {
			continue
		}
		// The answer depends on Accept-Encoding as soon as a sibling exists.
		vary = true
		if encoding == "" && accepts(header["accept-encoding"], enc.name) {
			served, servedInfo, encoding = name+enc.suffix, sib, enc.name
		}
	}
	if vary {
		r.set("Vary", "Accept-Encoding")
	}
	if encoding != "" {
		r.set("Content-Encoding", encoding)
	}
	tag := etag(servedInfo, encoding)
	r.set("ETag", tag)
	if mod := servedInfo.ModTime(); !mod.IsZero() {
		r.set("Last-Modified", mod.UTC().Format(httpTimeFormat))
	}
	if matchesETag(header["if-none-match"], tag) {
		r.status = 304
		return r
	}
	f, err := fsys.Open(served)
	if err != nil {
		return textResponse(500, "cannot open file\n")
	}
	r.file, r.size = f, servedInfo.Size()
	return r
}

// matchesETag reports whether an If-None-Match header value names tag (or is "*"),
// comparing weakly as RFC 9110 asks for If-None-Match.
func matchesETag(header, tag string) bool {
	if header == "" {
		return false
	}
	if strings.TrimSpace(header) == "*" {
		return true
	}
	for _, t := range strings.Split(header, ",") {
		if strings.TrimPrefix(strings.TrimSpace(t), "W/") == tag {
			return true
		}
	}
	return false
}

// contentType returns the Content-Type for a file name, judged by its extension.
func contentType(name string) string {
	ext := strings.ToLower(path.Ext(name))
	if t, ok := contentTypes[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}

// accepts reports whether an Accept-Encoding header value allows the given coding,
// honouring q-values ("br;q=0" refuses brotli) and the "*" wildcard.
func accepts(header, coding string) bool {
	wildcard := false
	for _, part := range strings.Split(header, ",") {
		fields := strings.Split(part, ";")
		name := strings.ToLower(strings.TrimSpace(fields[0]))
		q := 1.0
		for _, param := range fields[1:] {
			key, value, _ := strings.Cut(strings.TrimSpace(param), "=")
			if strings.EqualFold(key, "q") {
				if v, err := strconv.ParseFloat(value, 64); err == nil {
					q = v
				}
			}
		}
		switch name {
		case coding:
			return q > 0
		case "*":
			wildcard = q > 0
		}
	}
	return wildcard
}

// etag derives a validator from the served file's size, modification time and coding,
// so that the brotli and gzip representations of a file never share an ETag.
func etag(info fs.FileInfo, encoding string) string {
	tag := strconv.FormatInt(info.Size(), 36)
	if mod := info.ModTime(); !mod.IsZero() {
		tag += "-" + strconv.FormatInt(mod.UnixNano()/int64(time.Microsecond), 36)
	}
	if encoding != "" {
		tag += "-" + encoding
	}
	return `"` + tag + `"`
}

// hidden reports whether any element of a slash-separated name starts with a dot.
func hidden(name string) bool {
	for _, elem := range strings.Split(name, "/") {
		if strings.HasPrefix(elem, ".") && elem != "." {
			return true
		}
	}
	return false
}
