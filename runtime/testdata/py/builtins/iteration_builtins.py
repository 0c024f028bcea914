# iter (both forms), next with default, sorted, any, all, enumerate/zip/map/filter names.
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
calls = [3, 2, 1]
print(list(iter(calls.pop, 2)))
print(sorted("banana"), sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len))
print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in [1, 0]), any([]), all([]))
print(list(enumerate("ab", 1)), list(zip("ab", [1, 2])), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])))
print(list(reversed([1, 2, 3])))


def gen():
    yield 1
    return "result"


g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next([1])
except TypeError as e:
    print(e)
