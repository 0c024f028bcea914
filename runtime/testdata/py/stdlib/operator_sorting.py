from operator import itemgetter, attrgetter, methodcaller
import operator
from collections import namedtuple

Student = namedtuple("Student", "name grade age")
students = [Student("john", "A", 15), Student("jane", "B", 12), Student("dave", "B", 10), Student("amy", "A", 12)]
print(sorted(students, key=attrgetter("age")))
print(sorted(students, key=attrgetter("grade", "age")))
print(sorted(students, key=itemgetter(1, 0), reverse=True)[0])
rows = [{"n": "b", "v": 2}, {"n": "a", "v": 3}, {"n": "c", "v": 1}]
print([r["n"] for r in sorted(rows, key=itemgetter("v"))], max(rows, key=itemgetter("v"))["n"])
print(list(map(itemgetter(0), [(1, 2), (3, 4)])), itemgetter(slice(1, 3))("abcdef"), itemgetter(-1)([1, 2, 3]))
print(list(map(methodcaller("strip", "*"), ["*a*", "**b"])), sorted(["Bb", "aa", "Cc"], key=methodcaller("lower")))
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "**": operator.pow}
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(float(tok))
    return stack[0]
print(rpn("3 4 + 2 *"), rpn("2 3 ** 1 -"), rpn("10 4 /"))
class Vec:
    def __init__(self, *xs):
        self.xs = xs
    def __add__(self, o):
        return Vec(*map(operator.add, self.xs, o.xs))
    def __matmul__(self, o):
        return sum(map(operator.mul, self.xs, o.xs))
    def __iadd__(self, o):
        self.xs = (self + o).xs
        return self
    def __repr__(self):
        return f"Vec{self.xs}"
v = Vec(1, 2)
print(operator.add(v, Vec(3, 4)), operator.matmul(v, Vec(3, 4)), operator.iadd(v, Vec(1, 1)), v)
print(operator.attrgetter("real", "imag")(3 + 4j), operator.index(True), operator.truth(Vec()))
