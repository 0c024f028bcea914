class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + o.v)
    def __iadd__(self, o):
        self.v += o.v * 10
        return self
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return self.v == o.v
    def __getitem__(self, k): return k * 2
    def __contains__(self, k): return k == 3
    def __iter__(self): return iter([self.v, self.v])
    def __bool__(self): return self.v > 0
    def __repr__(self): return f"V({self.v})"
a = V(1)
b = a + V(2)
a += V(3)
print(b, a, a < b, b < a, a == V(31), a[4], 3 in a, 4 in a, list(a))
x, y = V(7)
print(x, y, "yes" if V(1) else "no", "yes" if V(0) else "no", not V(0))
