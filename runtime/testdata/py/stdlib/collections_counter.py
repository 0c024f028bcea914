from collections import Counter

c = Counter("abracadabra")
print(c)
print(c.most_common(2), c.most_common())
print(sorted(c.elements()), list(c.elements())[:4])
print(c["z"], "z" in c, c.total())
c.update({"a": 1, "z": 3})
c.update("zz")
print(c)
c.subtract(a=10)
print(c)
print(+c, -c)
d = Counter(a=3, b=1)
e = Counter(a=1, b=2)
print(d + e, d - e, d | e, d & e)
print(d == Counter(b=1, a=3), d <= Counter(a=5, b=5), Counter(a=1) < Counter(a=1))
del d["missing"]
d["zero"] = 0
print(d, Counter())
print(Counter(["x", "y", "x"]).most_common(1), Counter({"k": 2}))
try:
    Counter.fromkeys("ab")
except NotImplementedError as exc:
    print("NotImplementedError:", exc)
d += Counter(c=2)
d -= Counter(a=5)
print(d, type(d).__name__)
words = "the quick the lazy the end quick".split()
for word, n in Counter(words).most_common():
    print(word, n)
