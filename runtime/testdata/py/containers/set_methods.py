# set and frozenset methods, operators and errors (outputs printed in CPython's order).
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = {3, 1, 2}
s.add(4); s.add(1); s.discard(9); s.discard(3); s.remove(4)
print(s, len(s), 1 in s, 9 in s)
show(lambda: s.remove(42))
show(lambda: set().pop())
show(lambda: {[1]})
show(lambda: set([1, [2]]))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a.union(b, [9]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference(b))
print(a <= b, a < a, {3} < a, a >= {1}, a > a, a == {4, 3, 2, 1}, a != b, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([7]))
c = set(a); c |= b; print(c)
c &= {1, 5, 9}; print(c)
c -= {1}; print(c)
c ^= {5, 6}; print(c)
c.update([7, 8], (9,)); c.intersection_update(range(8)); print(c)
c.difference_update({6}); c.symmetric_difference_update({0}); print(c)
show(lambda: a | [1])
show(lambda: a < [1])
print(frozenset(a), frozenset(), frozenset('aab'), frozenset(a) | {9}, {9} | frozenset(a), type({9} | frozenset(a)).__name__)
print(hash(frozenset()), hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {frozenset([1]): 'x'}[frozenset({1})])
print(set(), set('hello'), {'apple', 'banana', 'cherry'}, {1.5, 2, 'x', 'y', (1, 2)}, set(range(20)))
print({s for s in ['dog', 'cat', 'bird', 'fish']}, set({'k1': 1, 'k2': 2}), set(x * x for x in range(-3, 4)))
big = set(range(0, 200, 7))
big.discard(14); big.add(1000); big.add(-5)
print(big)
print({'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'}, sorted({'b', 'a'}), {frozenset({1, 2}), frozenset()})
p = {5, 6, 7}
print(p.pop(), p.pop(), p)
print(set.__name__, type(set()).__name__, isinstance(frozenset(), set), {1, 2} == frozenset({1, 2}))
print({1, 2, 3}.copy(), frozenset({1}).copy(), set() == set(), {()} , {True, 1, 1.0})
class S(set):
    pass
x = S([1, 2])
print(x, type(x | {3}).__name__, x == {1, 2}, S())
