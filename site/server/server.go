// Package server serves Asobiba's built site (the dist/ folder) over HTTP.
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
// The handler reads from an fs.FS, so the native CLI serves a folder (os.DirFS) and a
// Cloudflare worker can serve an embedded copy (embed.FS) with the same code.
package server

import (
	"bytes"
	"io"
	"io/fs"
	"mime"
	"net/http"
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

// New returns a handler that serves the files of fsys as a static site.
func New(fsys fs.FS) http.Handler {
	return &handler{fsys: fsys}
}

type handler struct {
	fsys fs.FS
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	urlPath := r.URL.Path
	if !strings.HasPrefix(urlPath, "/") {
		urlPath = "/" + urlPath
	}
	name := strings.TrimPrefix(path.Clean(urlPath), "/")
	if name == "" {
		name = "."
	}
	if !fs.ValidPath(name) || hidden(name) {
		http.NotFound(w, r)
		return
	}
	info, err := fs.Stat(h.fsys, name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if info.IsDir() {
		// Relative URLs in index.html only work when a directory's URL ends in a slash.
		if !strings.HasSuffix(urlPath, "/") {
			redirect(w, r, path.Base(urlPath)+"/")
			return
		}
		name = path.Join(name, "index.html")
		if info, err = fs.Stat(h.fsys, name); err != nil || info.IsDir() {
			http.NotFound(w, r)
			return
		}
	}
	h.serveFile(w, r, name, info)
}

// serveFile answers with name, or with its best precompressed sibling the client accepts.
func (h *handler) serveFile(w http.ResponseWriter, r *http.Request, name string, info fs.FileInfo) {
	header := w.Header()
	header.Set("Content-Type", contentType(name))
	header.Set("X-Content-Type-Options", "nosniff")
	if hashedName.MatchString(path.Base(name)) {
		header.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		header.Set("Cache-Control", "no-cache")
	}

	served, servedInfo, encoding := name, info, ""
	vary := false
	for _, enc := range encodings {
		sib, err := fs.Stat(h.fsys, name+enc.suffix)
		if err != nil || sib.IsDir() {
			continue
		}
		// The answer depends on Accept-Encoding as soon as a sibling exists.
		vary = true
		if encoding == "" && accepts(r.Header.Get("Accept-Encoding"), enc.name) {
			served, servedInfo, encoding = name+enc.suffix, sib, enc.name
		}
	}
	if vary {
		header.Set("Vary", "Accept-Encoding")
	}
	if encoding != "" {
		header.Set("Content-Encoding", encoding)
	}
	header.Set("ETag", etag(servedInfo, encoding))

	f, err := h.fsys.Open(served)
	if err != nil {
		http.Error(w, "cannot open file", http.StatusInternalServerError)
		return
	}
	defer f.Close()
	content, ok := f.(io.ReadSeeker)
	if !ok {
		data, err := io.ReadAll(f)
		if err != nil {
			http.Error(w, "cannot read file", http.StatusInternalServerError)
			return
		}
		content = bytes.NewReader(data)
	}
	// ServeContent handles HEAD, Range, If-None-Match and If-Modified-Since.
	http.ServeContent(w, r, name, servedInfo.ModTime(), content)
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

// redirect sends a relative redirect that keeps the query string.
func redirect(w http.ResponseWriter, r *http.Request, target string) {
	if r.URL.RawQuery != "" {
		target += "?" + r.URL.RawQuery
	}
	w.Header().Set("Location", target)
	w.WriteHeader(http.StatusMovedPermanently)
}
