print(repr(bytearray(b"a'b")), repr(bytearray(b"\x27\x22")), repr(bytearray(b"\"")))
print(b"%c %c %r %5b|%-4s|%a %x %5.1f" % (65, b"z", "é", b"ab", bytearray(b"q"), b"x", 255, 2.25))
print(b"%(k)s" % {b"k": b"v"}, bytearray(b"%d!") % 5, b"%s" % memoryview(b"mv"), b"100%%" % ())
class B:
    def __bytes__(self): return b"BB"
print(b"<%s>" % B())
for a in [(b"%s", 1), (b"%c", 256), (b"%c", "a"), (b"%d", "x"), (b"%s %s", (1,)), (b"%y", 1), (b"%s", "str"), (b"%d %d", (1,)), (b"x", 1)]:
  try: print(a[0] % a[1])
  except Exception as e: print(type(e).__name__, e)
