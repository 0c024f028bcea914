class R:
    def __repr__(self): return 5
try: repr(R())
except TypeError as e: print(e)
class S:
    def __str__(self): return None
try: str(S())
except TypeError as e: print(e)
try: print(S())
except TypeError as e: print(e)
class Ln:
    def __len__(self): return "3"
try: len(Ln())
except TypeError as e: print(e)
class Big:
    def __len__(self): return 2**70
try: len(Big())
except OverflowError as e: print(e)
class G:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(G()), 20 in G(), 5 in G(), list(reversed([1, 2])), iter(G()).__class__.__name__)
try: reversed(G())
except TypeError as e: print(e)
class Seq:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i
print(list(reversed(Seq())), bool(Seq()))
class Z:
    def __len__(self): return 0
print(bool(Z()), not Z())
class NI:
    def __iter__(self): return self
try: iter(NI())
except TypeError as e: print(e)
class C:
    def __contains__(self, x): return 1
print(3 in C(), 3 not in C())
try: 1 in 5
except TypeError as e: print(e)
class Cal:
    __call__ = None
try: Cal()()
except TypeError as e: print(e)
class H:
    __hash__ = None
try: {H()}
except TypeError as e: print(e)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration
        return self.n
a, b = It(); print(a, b, list(It()), sum(It()), max(It()), sorted(It(), reverse=True), dict.fromkeys(It()), set(It()))
print(*It(), sep="|")
try: x, = It()
except ValueError as e: print(e)
class Str2(str):
    def __str__(self): return "overridden"
print(str(Str2("x")), f"{Str2('x')}", "%s" % Str2("x"), print is print, Str2("x") + "y", repr(Str2("q")))
class IntSub(int):
    def __repr__(self): return "IntSub!"
print(IntSub(5), str(IntSub(5)), f"{IntSub(5)}", [IntSub(5)], IntSub(5) + 1, type(IntSub(5) + 1).__name__)
class FS(float): pass
print(FS(1.5), repr(FS(2)), FS(1) + 1, type(-FS(1)).__name__)
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1); print(d["zz"], d.get("zz"), "zz" in d, d)
class LS(list): pass
print(LS([1]) + [2], type(LS([1]) + [2]).__name__, LS([3]) == [3], repr(LS()))
