# str.encode and bytes.decode with common codecs and error handlers.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t = "héllo 日本"
print(t.encode(), t.encode('utf-8'), t.encode('UTF8'), len(t.encode()))
show(lambda: t.encode('ascii'))
show(lambda: t.encode('latin-1'))
show(lambda: "é".encode('latin-1'))
show(lambda: t.encode('ascii', 'ignore'))
show(lambda: t.encode('ascii', 'replace'))
show(lambda: t.encode('ascii', 'backslashreplace'))
show(lambda: t.encode('ascii', 'xmlcharrefreplace'))
show(lambda: t.encode('nope'))
show(lambda: "ab".encode('utf-16'))
show(lambda: "ab".encode('utf-16-le'))
b = t.encode()
print(b.decode(), b.decode('utf-8'), repr(b[:2].decode('latin-1')))
show(lambda: b'\xff'.decode())
show(lambda: b'\xe6\x97'.decode())
show(lambda: b'\xe6\x41'.decode())
show(lambda: b'abc\xff'.decode('ascii'))
show(lambda: b'a\xffb'.decode('utf-8', 'replace'))
show(lambda: b'a\xffb'.decode('utf-8', 'ignore'))
show(lambda: b'a\xffb'.decode('utf-8', 'backslashreplace'))
show(lambda: b'\xff\xfea\x00'.decode('utf-16'))
show(lambda: str(b'\xc3\xa9', 'utf-8'))
show(lambda: b'x'.decode('utf-8', 'bogus'))
try:
    "日".encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
try:
    b'\xff'.decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, isinstance(e, ValueError))
