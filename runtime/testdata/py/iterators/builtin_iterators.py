# enumerate, zip (strict), map, filter, reversed, iter(callable, sentinel) and the iterator protocol.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(list(enumerate('abc')), list(enumerate('ab', 10)), list(enumerate([], start=5)), list(enumerate('x', -2**70)))
print(list(zip('abc', [1, 2, 3])), list(zip('ab', [1, 2, 3])), list(zip()), list(zip('a')), list(zip('ab', 'cd', 'ef')))
show(lambda: list(zip('ab', 'abc', strict=True)))
show(lambda: list(zip('abc', 'ab', strict=True)))
show(lambda: list(zip('a', 'b', 'cd', strict=True)))
show(lambda: list(zip('ab', 'ab', strict=True)))
show(lambda: zip(1))
print(list(map(str.upper, 'ab')), list(map(pow, [2, 3], [3, 2])), list(map(lambda x, y: x + y, 'ab', 'cde')))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x % 2, range(7))))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))), list(reversed({1: 2, 3: 4})))
show(lambda: reversed({1, 2}))
show(lambda: reversed(5))
show(lambda: iter(5))
show(lambda: next(iter([])))
show(lambda: next(5))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, 'default'), list(it))
calls = iter([3, 2, 1, 0, 5]).__next__
print(list(iter(calls, 0)))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq(), list(reversed([Seq()[i] for i in range(3)])))
class Count:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Count(3)), sum(Count(4)), sorted(Count(3)), max(Count(5)), tuple(Count(2)), set(Count(3)), dict(zip(Count(2), 'ab')))
class BadIter:
    def __iter__(self):
        return 5
show(lambda: iter(BadIter()))
e = enumerate('ab')
print(type(e).__name__, iter(e) is e, next(e), type(zip()).__name__, type(map(len, [])).__name__, type(iter([])).__name__)
print(type(iter('')).__name__, type(iter('日')).__name__, type(iter(())).__name__, type(iter({})).__name__, type(iter(set())).__name__, type(iter(range(1))).__name__)
print(type(reversed([])).__name__, type(reversed(range(2))).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__)
li = [1, 2]
for x in li:
    if len(li) < 5:
        li.append(x * 10)
print(li)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as err:
    print(err)
