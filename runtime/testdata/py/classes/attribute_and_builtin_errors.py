class M(type):
    def __repr__(cls): return f"<M {cls.__name__}>"
class K(metaclass=M): pass
print(K, [K], type(K).__name__)
class P:
    __slots__ = ("a",)
try: P().b = 1
except AttributeError as e: print(e)
try: P().a
except AttributeError as e: print(e)
class Q: pass
try: Q().missing
except AttributeError as e: print(e)
try: Q.missing
except AttributeError as e: print(e)
try: object().x = 1
except AttributeError as e: print(e)
try: (1).x = 2
except AttributeError as e: print(e)
try: del Q().nope
except AttributeError as e: print(e)
class V:
    def __init__(self): self.v = 1
    def __repr__(self): return "V()"
    def __eq__(self, o): return isinstance(o, V)
print(V() == V(), V() != V(), V() in [V()], hash(V) is not None)
try: hash(V())
except TypeError as e: print(e)
try: {[]: 1}
except TypeError as e: print(e)
try: {1: 2}[[]]
except TypeError as e: print(e)
try: set().remove(1)
except KeyError as e: print(repr(e))
try: [].pop()
except IndexError as e: print(e)
try: {}.popitem()
except KeyError as e: print(e)
try: [1].index(2)
except ValueError as e: print(e)
try: (1,).index(2)
except ValueError as e: print(e)
try: "abc".index("z")
except ValueError as e: print(e)
try: [].remove(0)
except ValueError as e: print(e)
try: int.foo
except AttributeError as e: print(e)
try: None.foo
except AttributeError as e: print(e)
try: type("X", (), {})().f()
except AttributeError as e: print(e)
print(vars(Q()), dir(Q())[:3], Q.__qualname__, Q.__module__, Q.__dict__["__module__"])
import functools
@functools.total_ordering
class T:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return self.v == o.v
print(T(1) <= T(2), T(3) > T(2), sorted([T(3), T(1)], key=lambda t: t.v)[0].v)
class W:
    def __bool__(self): return 2
try: bool(W())
except TypeError as e: print(e)
class L:
    def __len__(self): return -1
try: len(L())
except ValueError as e: print(e)
class I:
    def __index__(self): return 3
print([0, 1, 2, 3][I()], bin(I()), range(I()), "ab" * I())
class H:
    def __hash__(self): return "x"
try: hash(H())
except TypeError as e: print(e)
print(isinstance(True, int), issubclass(bool, (str, int)), type(True) is bool, True + True, -True, ~True if False else 0)
print(round(2.5), round(-2.5), round(0.5 + 1e-16), divmod(True, 2), abs(-0.0), max("abc"), min((), default=None))
print(list(zip("ab", [1, 2, 3])), list(map(lambda *a: a, [1], [2, 3])), list(enumerate("ab", start=5)), list(filter(None, [0, 1, "", "a"])))
try: list(zip("a", "bc", strict=True))
except ValueError as e: print(e)
print(ascii("é\n"), repr("'\""), repr('a"b'), repr("a'b"), chr(0x1F600).encode("utf-8"), ord("€"), format(255, "08b"), oct(-8), hex(-255))
