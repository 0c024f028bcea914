def t(f, *a, **k):
    try:
        f(*a, **k)
    except TypeError as e:
        print(e)
def f(x, y): pass
def g(a, b, /, c, *, d, e=1): pass
def h(x, y=2, *args, z, **kw): return (x, y, args, z, kw)
def k(): pass
class C:
    def m(self, x): pass
t(f); t(f, 1); t(f, 1, 2, 3); t(f, 1, y=2, x=3); t(f, 1, 2, z=3)
t(g, 1, 2, 3); t(g, a=1, b=2, c=3, d=4); t(g, 1, 2, 3, 4, d=5); t(g, 1)
t(h); t(h, 1, 2, 3); t(k, 1); t(k, x=1); t(C().m); t(C().m, 1, 2); t(C.m)
def z(a, b, c, *, d, e): pass
t(z, 1); t(z, 1, 2, 3); t(z, 1, 2, 3, d=1)
def w(a, b=1): pass
t(w, 1, 2, 3); t(w)
def v(a, *, b): pass
t(v, 1, 2, b=3); t(v, 1, 2)
print(h(1, z=3), h(1, 2, 3, 4, z=5, q=6))
def gg(a, /, **kw): return a, kw
print(gg(1, a=2))
