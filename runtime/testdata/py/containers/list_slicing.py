# Slice reads, writes and deletions, including extended slices.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::2], a[::-1], a[-3:], a[-3:-1], a[8:2:-2], a[100:], a[-100:2], a[::3][::-1])
b = a[:]
b[2:5] = ['x']; print(b)
b[:0] = [-2, -1]; print(b)
b[len(b):] = [99]; print(b)
b[1:3] = []; print(b)
b[::2] = 'ABCDEF'[:len(b[::2])]; print(b)
c = list(range(10))
del c[::3]; print(c)
del c[1:3]; print(c)
del c[::-2]; print(c)
d = list(range(6))
def ext():
    d[::2] = [1, 2]
show(ext)
def ext2():
    d[::2] = 5
show(ext2)
d[1:4] = range(3)
print(d)
e = [1, 2, 3]
e[1:2] = e; print(e)
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None, None, -1).indices(4), slice(5).indices(3), a[s])
show(lambda: a[::0])
show(lambda: slice(1, 2, 0).indices(3))
show(lambda: a['x':])
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
t = tuple(range(5))
print(t[1:3], t[::-1], t[:], t[4:1:-1])
