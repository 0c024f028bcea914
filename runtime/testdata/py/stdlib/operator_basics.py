import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(5, 2), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3), operator.inv(5))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 4), operator.rshift(32, 2))
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
print(operator.getitem({"a": 1}, "a"), operator.index(7), operator.length_hint([1, 2]), operator.length_hint(iter(range(5))))
print(operator.length_hint(object(), 42), operator.call(max, 1, 5))
d = {}
operator.setitem(d, "k", 1)
print(d)
operator.delitem(d, "k")
print(d, operator.iadd([1], [2]), operator.iconcat([1], (3,)), operator.imul(3, 4))
f = itemgetter(1)
g = itemgetter(0, 2)
print(f("abc"), g("abc"), f, g, itemgetter("name")({"name": "x"}))
print(sorted([(1, "b"), (0, "c"), (2, "a")], key=itemgetter(1)))

class P:
    def __init__(self):
        self.name = "n"
        self.child = self
    def greet(self, who, punct="!"):
        return "hi " + who + punct

print(attrgetter("name")(P()), attrgetter("child.child.name", "name")(P()), attrgetter("name", "child.name"))
m = methodcaller("greet", "bob", punct="?")
print(m(P()), m, methodcaller("upper")("x"), methodcaller("split", ","))
for bad in (lambda: operator.index(1.5), lambda: attrgetter(1), lambda: methodcaller(3), lambda: operator.concat(1, 2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    operator.indexOf([1], 2)
except ValueError as e:
    print("ValueError:", e)
print(operator.__add__ is operator.add, operator.__not__(1))
