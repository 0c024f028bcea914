import itertools
from itertools import count, cycle, repeat, islice

c = count(5)
print(next(c), next(c), c, type(c), type(c).__name__)
print(count(), count(1.5, 0.5), count(0, 2), count(10, -1), count(3, 1.0))
print(list(islice(count(0, 0.1), 4)))
print(list(islice(cycle("abc"), 7)), list(islice(cycle([]), 3)))
r = repeat("x", 3)
print(r, list(r), r, repeat(7), list(repeat(1, -2)))
print(list(map(pow, range(4), repeat(2))))
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 2, None)),
      list(islice("abcdefg", 0, None, 2)), list(islice(range(10), 1, 8, 3)))
for args in ((-1,), (1, -1), (0, 5, 0), ("a",)):
    try:
        islice([], *args)
    except ValueError as e:
        print("ValueError:", e)
it = iter(range(10))
print(list(islice(it, 3)), next(it))
try:
    count("a")
except TypeError as e:
    print("TypeError:", e)
print(type(itertools.chain()).__name__, type(itertools.islice([], 1)), type(itertools.tee([])[0]).__name__)
