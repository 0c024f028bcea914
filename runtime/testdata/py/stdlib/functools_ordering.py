from functools import total_ordering, cmp_to_key, reduce, partial
import operator

@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "Version(" + ".".join(map(str, self.parts)) + ")"

vs = [Version(v) for v in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), Version("1.2") <= Version("1.2"), Version("2.0") >= Version("1.9"), Version("1.0") > Version("1.0"))
try:
    Version("1.0") < 3
except TypeError as e:
    print("TypeError:", e)

@total_ordering
class Desc:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __gt__(self, o):
        return self.v > o.v
print(Desc(1) < Desc(2), Desc(2) <= Desc(2), Desc(3) >= Desc(4))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)

def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
print(sorted(words, key=cmp_to_key(lambda a, b: by_length_then_alpha(b, a))))
key = cmp_to_key(by_length_then_alpha)
print(key("ab") < key("abc"), key("b") == key("b"), key("zz") > key("aa"))
print(reduce(operator.add, [[1], [2, 3], [4]]), reduce(max, [3, 9, 2]), reduce(lambda acc, ch: acc * 10 + int(ch), "2024", 0))
base2 = partial(int, base=2)
print(base2("1011"), base2("11", base=3), [partial(pow, exp=e)(2) for e in range(5)])
