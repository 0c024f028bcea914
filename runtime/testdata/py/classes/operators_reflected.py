# Operator overloading: reflected operands, subclass priority, NotImplemented, in-place forms.
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'V({self.x})'
    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, int):
            return V(self.x + other)
        return NotImplemented
    def __radd__(self, other):
        return V(other + self.x) if isinstance(other, int) else NotImplemented
    def __mul__(self, k):
        return V(self.x * k)
    __rmul__ = __mul__
    def __eq__(self, other):
        return isinstance(other, V) and self.x == other.x
    def __lt__(self, other):
        return self.x < other.x
    def __neg__(self):
        return V(-self.x)
    def __abs__(self):
        return V(abs(self.x))
    def __bool__(self):
        return self.x != 0
    def __len__(self):
        return 99
    def __contains__(self, item):
        return item == self.x
    def __getitem__(self, i):
        return self.x * i
    def __call__(self, *a):
        return ('called', a)
    def __iadd__(self, other):
        self.x += 1000
        return self
    def __hash__(self):
        return hash(self.x)
print(V(1) + V(2), V(1) + 5, 5 + V(1), V(2) * 3, 3 * V(2), -V(3), abs(V(-4)), bool(V(0)), len(V(1)))
print(V(1) == V(1), V(1) != V(2), V(1) < V(2), V(2) > V(1), sorted([V(3), V(1)]), 3 in V(3), V(5)[2], V(1)(7))
v = V(1)
v += 1
print(v)
try:
    V(1) + 'x'
except TypeError as e:
    print(e)
try:
    V(1) <= V(2)
except TypeError as e:
    print(e)
class W(V):
    def __radd__(self, other):
        return 'W.__radd__ first'
print(V(1) + W(2))
class Cmp:
    def __eq__(self, other):
        print('Cmp.__eq__')
        return NotImplemented
print(Cmp() == Cmp(), Cmp() != 3)
class Rev:
    def __gt__(self, other):
        return 'Rev.__gt__'
print(1 < Rev(), Rev() > 1)
class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], 'abc'[Idx()], 2 ** Idx() if False else 'skip', [0] * Idx(), bin(Idx()), range(Idx()))
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return self.v
    def __float__(self):
        return float(self.v) + 0.5
    def __complex__(self):
        return complex(self.v, 1)
print(int(Num(3)), float(Num(3)), complex(Num(3)))
class Pw:
    def __pow__(self, other, mod=None):
        return ('pow', other, mod)
    def __rpow__(self, other):
        return ('rpow', other)
print(Pw() ** 2, pow(Pw(), 2, 5), 2 ** Pw())
class Mat:
    def __matmul__(self, other):
        return 'matmul'
print(Mat() @ Mat())
