import io
import sys
import errno
import gc

s = io.StringIO("line1\nline2\n")
print(s.readline(), s.read(), repr(s.read()))
s.seek(0)
print(list(s), s.tell())
out = io.StringIO()
out.write("abc")
out.write("def")
print(out.getvalue(), isinstance(out, io.TextIOBase))
b = io.BytesIO(b"hello")
print(b.read(2), b.getvalue())
print(sys.maxsize, sys.byteorder, sys.getrecursionlimit(), type(sys.argv).__name__)
print(sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit)
print(errno.ENOENT, errno.errorcode[2], gc.collect() >= 0, gc.isenabled())
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    raise ValueError("boom")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, sys.exception() is v)
