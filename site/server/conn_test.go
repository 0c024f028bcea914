package server

import (
	"bufio"
	"io"
	"net"
	"strings"
	"testing"
	"time"
)

// exchange sends raw bytes to a fresh connection to a server of testSite and returns all
// it answers until it closes the connection (or a second passes).
func exchange(t *testing.T, raw string) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go Serve(ln, testSite())
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := io.WriteString(c, raw); err != nil {
		t.Fatal(err)
	}
	_ = c.SetReadDeadline(time.Now().Add(time.Second))
	out, _ := io.ReadAll(bufio.NewReader(c))
	return string(out)
}

func TestKeepAliveAnswersEveryRequestInTurn(t *testing.T) {
	out := exchange(t, "GET /main.js HTTP/1.1\r\nHost: x\r\n\r\n"+
		"HEAD /main.css HTTP/1.1\r\nHost: x\r\n\r\n"+
		"GET /missing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
	if n := strings.Count(out, "HTTP/1.1 "); n != 3 {
		t.Fatalf("%d responses, want 3:\n%s", n, out)
	}
	first, rest, _ := strings.Cut(out, "HTTP/1.1 200 OK\r\n")
	if first != "" || !strings.Contains(rest, "\r\n\r\nconsole.log(1)HTTP/1.1 200 OK\r\n") {
		t.Errorf("first response is not main.js followed by the next:\n%s", out)
	}
	if !strings.Contains(out, "Content-Type: text/css; charset=utf-8\r\n") || strings.Contains(out, "body{}") {
		t.Errorf("HEAD main.css sent no Content-Type or a body:\n%s", out)
	}
	if !strings.HasSuffix(out, "Connection: close\r\n\r\n404 page not found\n") {
		t.Errorf("last response does not end the connection with a 404:\n%s", out)
	}
}

func TestHTTP10ClosesAfterOneRequest(t *testing.T) {
	out := exchange(t, "GET /main.js HTTP/1.0\r\n\r\nGET /main.css HTTP/1.0\r\n\r\n")
	if strings.Count(out, "HTTP/1.1 200 OK") != 1 || !strings.Contains(out, "Connection: close\r\n") {
		t.Errorf("want one response that closes:\n%s", out)
	}
}

func TestMalformedRequestsAreRefused(t *testing.T) {
	for _, raw := range []string{
		"GET\r\n\r\n",
		"GET main.js HTTP/1.1\r\n\r\n",
		"GET /main.js HTTP/2.0\r\n\r\n",
		"GET /main.js HTTP/1.1\r\nNo colon here\r\n\r\n",
		"GET /main.js HTTP/1.1\r\nX-A: 1\r\n folded\r\n\r\n",
		"POST /main.js HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
		"GET /%zz HTTP/1.1\r\nConnection: close\r\n\r\n",
	} {
		out := exchange(t, raw)
		if !strings.HasPrefix(out, "HTTP/1.1 400 Bad Request\r\n") {
			t.Errorf("%q: answered\n%s", raw, out)
		}
	}
}

func TestHugeHeadersAreRefused(t *testing.T) {
	out := exchange(t, "GET /main.js HTTP/1.1\r\nX-Big: "+strings.Repeat("a", maxHeaderBytes)+"\r\n\r\n")
	if !strings.HasPrefix(out, "HTTP/1.1 431 ") || !strings.Contains(out, "Connection: close") {
		t.Errorf("answered\n%.200s", out)
	}
}

func TestSmallBodiesAreSkipped(t *testing.T) {
	out := exchange(t, "POST /main.js HTTP/1.1\r\nContent-Length: 5\r\n\r\nhelloGET /main.js HTTP/1.1\r\nConnection: close\r\n\r\n")
	if !strings.HasPrefix(out, "HTTP/1.1 405 Method Not Allowed\r\n") || !strings.Contains(out, "HTTP/1.1 200 OK\r\n") {
		t.Errorf("answered\n%s", out)
	}
}

func TestNotModifiedHasNoBody(t *testing.T) {
	tag := get(t, "GET", "/main.js", nil).Header.Get("ETag")
	out := exchange(t, "GET /main.js HTTP/1.1\r\nIf-None-Match: W/"+tag+"\r\nConnection: close\r\n\r\n")
	if !strings.HasPrefix(out, "HTTP/1.1 304 Not Modified\r\n") || strings.Contains(out, "Content-Length") || !strings.HasSuffix(out, "\r\n\r\n") {
		t.Errorf("answered\n%s", out)
	}
}
