package server

// The HTTP/1.1 side: reading requests from a connection and writing responses (RFC 9112),
// as much of it as a static site served to browsers needs.

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"net"
	"strconv"
	"strings"
	"time"
)

const (
	// maxHeaderBytes bounds a request's line and headers together.
	maxHeaderBytes = 16 << 10
	// maxDiscardedBody is the largest request body read and ignored before the next request
	// on the same connection; a bigger one ends the connection.
	maxDiscardedBody = 64 << 10
	// idleTimeout is how long a connection may wait for its next request, and readTimeout
	// how long a request's headers may take once they have started.
	idleTimeout = 2 * time.Minute
	readTimeout = 10 * time.Second
	// writeTimeout bounds the sending of one response.
	writeTimeout = 2 * time.Minute
	// httpTimeFormat is the date format of HTTP headers (IMF-fixdate).
	httpTimeFormat = "Mon, 02 Jan 2006 15:04:05 GMT"
)

// Serve answers HTTP/1.1 requests on ln with the files of fsys until ln is closed, which
// makes it return nil.
func Serve(ln net.Listener, fsys fs.FS) error {
	for {
		c, err := ln.Accept()
		if errors.Is(err, net.ErrClosed) {
			return nil
		}
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			time.Sleep(10 * time.Millisecond) // out of file descriptors, for example
			continue
		}
		if err != nil {
			return err
		}
		go serveConn(c, fsys)
	}
}

// serveConn answers the requests of one connection, one after the other.
func serveConn(c net.Conn, fsys fs.FS) {
	defer c.Close()
	br := bufio.NewReaderSize(c, 4096)
	bw := bufio.NewWriterSize(c, 32<<10)
	for {
		_ = c.SetReadDeadline(time.Now().Add(idleTimeout))
		if _, err := br.Peek(1); err != nil {
			return // closed by the client, or idle for too long
		}
		_ = c.SetReadDeadline(time.Now().Add(readTimeout))
		req, err := readRequest(br)
		var resp *response
		switch {
		case errors.Is(err, errBadRequest):
			resp, req = textResponse(400, "bad request\n"), &request{method: "GET"}
		case errors.Is(err, errTooLarge):
			resp, req = textResponse(431, "request header fields too large\n"), &request{method: "GET"}
		case err != nil:
			return
		default:
			resp = respond(fsys, req.method, req.target, req.header)
		}
		_ = c.SetWriteDeadline(time.Now().Add(writeTimeout))
		err = writeResponse(bw, req, resp)
		if err == nil {
			err = bw.Flush()
		}
		if err != nil || !req.keepAlive {
			return
		}
	}
}

var (
	errBadRequest = errors.New("malformed request")
	errTooLarge   = errors.New("request headers too large")
)

// request is what serveConn needs of an HTTP request.
type request struct {
	method, target string
	header         map[string]string // lower-case names; repeated fields joined by ", "
	keepAlive      bool
}

// readRequest reads a request line, its header fields and any body, which it throws away.
// It returns errBadRequest or errTooLarge for a request it cannot serve, after which the
// connection must be closed, and other errors when the connection failed.
func readRequest(br *bufio.Reader) (*request, error) {
	budget := maxHeaderBytes
	line, err := readLine(br, &budget)
	if err != nil {
		return nil, err
	}
	method, rest, ok1 := strings.Cut(line, " ")
	target, proto, ok2 := strings.Cut(rest, " ")
	if !ok1 || !ok2 || method == "" || !strings.HasPrefix(target, "/") || (proto != "HTTP/1.1" && proto != "HTTP/1.0") {
		return nil, errBadRequest
	}
	req := &request{method: method, target: target, header: map[string]string{}}
	for {
		line, err := readLine(br, &budget)
		if err != nil {
			return nil, err
		}
		if line == "" {
			break
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok || name == "" || strings.ContainsAny(name, " \t") {
			return nil, errBadRequest // includes obsolete line folding
		}
		name, value = strings.ToLower(name), strings.TrimSpace(value)
		if old, seen := req.header[name]; seen {
			value = old + ", " + value
		}
		req.header[name] = value
	}
	connection := strings.ToLower(req.header["connection"])
	if proto == "HTTP/1.1" {
		req.keepAlive = !strings.Contains(connection, "close")
	} else {
		req.keepAlive = strings.Contains(connection, "keep-alive")
	}
	// Requests for files carry no body; one that does is skipped when small.
	if _, chunked := req.header["transfer-encoding"]; chunked {
		return nil, errBadRequest
	}
	if cl, ok := req.header["content-length"]; ok {
		n, err := strconv.ParseInt(cl, 10, 64)
		if err != nil || n < 0 {
			return nil, errBadRequest
		}
		if n > maxDiscardedBody {
			return nil, errTooLarge
		}
		if _, err := io.CopyN(io.Discard, br, n); err != nil {
			return nil, err
		}
	}
	return req, nil
}

// readLine reads one CRLF- (or LF-) terminated line, charging its length to budget.
func readLine(br *bufio.Reader, budget *int) (string, error) {
	var b []byte
	for {
		chunk, err := br.ReadSlice('\n')
		*budget -= len(chunk)
		if *budget < 0 {
			return "", errTooLarge
		}
		b = append(b, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil {
			return "", err
		}
		break
	}
	return strings.TrimRight(string(b), "\r\n"), nil
}

// statusText gives the reason phrases of the statuses respond and serveConn use.
var statusText = map[int]string{
	200: "OK",
	301: "Moved Permanently",
	304: "Not Modified",
	400: "Bad Request",
	404: "Not Found",
	405: "Method Not Allowed",
	431: "Request Header Fields Too Large",
	500: "Internal Server Error",
}

// writeResponse writes resp as the answer to req (no body for HEAD and 304).
func writeResponse(bw *bufio.Writer, req *request, resp *response) error {
	if resp.file != nil {
		defer resp.file.Close()
	}
	bw.WriteString("HTTP/1.1 " + strconv.Itoa(resp.status) + " " + statusText[resp.status] + "\r\n")
	bw.WriteString("Date: " + time.Now().UTC().Format(httpTimeFormat) + "\r\n")
	for _, h := range resp.header {
		bw.WriteString(h.name + ": " + h.value + "\r\n")
	}
	if resp.status != 304 {
		bw.WriteString("Content-Length: " + strconv.FormatInt(resp.size, 10) + "\r\n")
	}
	if !req.keepAlive {
		bw.WriteString("Connection: close\r\n")
	}
	bw.WriteString("\r\n")
	if req.method == "HEAD" || resp.status == 304 {
		return nil
	}
	if resp.file == nil {
		_, err := bw.Write(resp.body)
		return err
	}
	n, err := io.Copy(bw, resp.file)
	if err == nil && n != resp.size {
		err = io.ErrUnexpectedEOF // the file changed while sent: the length was wrong
	}
	return err
}
