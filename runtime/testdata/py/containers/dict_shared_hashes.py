# Keys whose hashes collide (and ints equal to them), inserted, looked up, deleted and
# re-inserted, with compaction in between: order, membership and lengths must hold.
class K:
    def __init__(self, n, h):
        self.n, self.h = n, h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, K) and other.n == self.n

    def __repr__(self):
        return f"K{self.n}"


d = {}
keys = [K(i, i % 3) for i in range(12)]
for i, k in enumerate(keys):
    d[k] = i
d[0] = "int0"  # hash 0, like K0, K3, ...
d[1.0] = "float1"
print(len(d), [d[k] for k in keys], d[0], d[1])
for k in keys[::2]:
    del d[k]
print(len(d), list(d.items()))
print(K(1, 1) in d, K(2, 2) in d, K(99, 0) in d, 0 in d, 0.0 in d)
for k in keys[::2]:
    d[k] = -k.n
print(list(d.values()))
while len(d) > 3:
    d.pop(next(iter(d)))
print(d)
e = dict.fromkeys(range(0, 2**70, 2**64))
e.update({K(5, 2**64 % (2**61 - 1)): "k"})
print(len(e), list(e)[-2:], e.copy() == e)
del e[0]
print(len(e), 2**64 in e, {**e} == e)
