# bytes and bytearray: construction, repr, methods and mutation.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(b'abc', b"it's", b'q"', b'\x00\xff\n\t\\', bytes(3), bytes([65, 66]), bytes('é', 'utf-8'), bytes(b'x'), bytes(range(5)))
b = b'Hello, World'
print(b[0], b[-1], b[:5], b[::-1], b.lower(), b.upper(), b.split(b', '), b.find(b'o'), b.count(b'l'), b.replace(b'l', b'L'), len(b))
print(b.startswith(b'He'), b.endswith((b'x', b'ld')), b.strip(b'Hd'), b.hex(), b.hex(':'), b.hex('-', 4), bytes.fromhex('48 65'), b.isalpha(), b'123'.isdigit())
print(b'a,b'.partition(b','), b' x '.strip(), b'-'.join([b'a', b'b']), b'abc' + b'def', b'ab' * 3, b'a' in b'abc', 97 in b'abc', list(b'hi'))
print(b.decode(), b'\xe3\x81\x82'.decode(), b'abc' < b'abd', b'abc' == b'abc', hash(b'abc') == hash(b'abc'), b'x'.center(5, b'*'))
show(lambda: b'a' + 'b')
show(lambda: bytes('x'))
show(lambda: bytes([256]))
show(lambda: bytes(-1))
show(lambda: b'abc'[5])
show(lambda: bytes.fromhex('zz'))
show(lambda: b'a'.join(['b']))
ba = bytearray(b'hello')
ba[0] = 72; ba.append(33); ba.extend(b'??'); ba += b'!'
print(ba, len(ba), ba[1:3], ba.pop(), ba.pop(0), ba)
ba.insert(0, 104); ba.remove(33); ba.reverse(); print(ba)
ba[1:3] = b'XYZ'; print(ba)
del ba[0]; print(ba, bytes(ba), ba.decode(), ba == b'ZYXlleh'[1:], bytearray(3), bytearray('ab', 'ascii'))
show(lambda: ba.__setitem__(0, 300))
show(lambda: hash(ba))
show(lambda: bytearray().pop())
m = memoryview(b'abcdef')
print(m[0], m[1:3].tobytes(), m.tolist()[:3], len(m), m.readonly, bytes(m[::2]), m == b'abcdef')
mb = bytearray(b'xyz')
mv = memoryview(mb)
mv[0] = 65
print(mb, mv.readonly, mv.nbytes)
