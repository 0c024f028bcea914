# Without a network: socket resolves only local names and refuses connections; urllib's
# urlopen fails with the URLError CPython gets under the oracle.
import socket
import urllib.error
import urllib.parse
import urllib.request

print(socket.getaddrinfo('localhost', 80, type=socket.SOCK_STREAM))
print(socket.gethostbyname('localhost'), socket.AF_INET, repr(socket.SOCK_STREAM))
print(socket.timeout is TimeoutError, socket.error is OSError)
try:
    socket.getaddrinfo('example.com', 443)
except socket.gaierror as e:
    print("gaierror:", e, e.errno)
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
for addr in [("example.com", 80), ("127.0.0.1", 9)]:
    try:
        s.connect(addr)
    except ConnectionRefusedError as e:
        print("ConnectionRefusedError:", e)
s.close()
try:
    socket.create_connection(("localhost", 9))
except OSError as e:
    print(type(e).__name__, e)

for url in ["http://localhost:9/", "https://example.com/", "https://api.example.com/users"]:
    try:
        urllib.request.urlopen(url)
    except urllib.error.URLError as e:
        print(type(e).__name__, e, "|", repr(e.reason))
try:
    urllib.request.urlopen("notaurl")
except ValueError as e:
    print("ValueError:", e)
req = urllib.request.Request("https://example.com/a?b=1", data=b"x",
                             headers={"X-Test": "1"})
print(req.get_method(), req.host, req.selector, req.type, req.header_items())

u = urllib.parse.urlparse("https://user:pw@Example.com:8080/p/a;x?q=1&r=2#frag")
print(u)
print(u.hostname, u.port, u.username, u.password, u.geturl())
print(urllib.parse.urlsplit("//host/path?x"), urllib.parse.urlunsplit(("http", "h", "/p", "a=1", "")))
print(urllib.parse.urljoin("http://a/b/c/d;p?q", "../g"), urllib.parse.urljoin("http://a/b/", "c?x=1"))
print(urllib.parse.quote("a b/c?é"), urllib.parse.quote_plus("a b&c"), urllib.parse.unquote("%E3%81%82%20x"))
print(urllib.parse.urlencode({"q": "asyncio 入門", "page": 2}), urllib.parse.urlencode([("a", [1, 2])], doseq=True))
print(urllib.parse.parse_qs("a=1&a=2&b=&c=3"), urllib.parse.parse_qsl("a=1&b=", keep_blank_values=True))
print(urllib.parse.urldefrag("http://x/y#z"))
