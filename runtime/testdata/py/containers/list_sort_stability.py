# list.sort and sorted are stable, with and without key and reverse, on data made of runs
# (ascending, descending, with equal keys), short and long lists, and lists whose merges
# are already in order. A pseudo-random generator keeps the data reproducible.

seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n


def shapes(n):
    yield "random", [rand(50) for _ in range(n)]
    yield "ascending", list(range(n))
    yield "descending", list(range(n, 0, -1))
    yield "equal", [7] * n
    yield "sawtooth", [i % 13 for i in range(n)]
    yield "runs", [(i // 40) * -1 + i % 40 for i in range(n)]
    yield "descending runs", [-(i % 37) for i in range(n)]
    yield "two halves", list(range(n // 2)) + list(range(n // 2))


def checksum(items):
    total = 0
    for pos, item in enumerate(items):
        total = (total * 31 + pos * 7 + hash(item)) % 1_000_000_007
    return total


for n in [0, 1, 2, 3, 5, 31, 32, 33, 64, 65, 100, 257, 1000, 4099]:
    for name, keys in shapes(n):
        pairs = [(k, i) for i, k in enumerate(keys)]
        by_key = sorted(pairs, key=lambda p: p[0])
        by_key_rev = sorted(pairs, key=lambda p: p[0], reverse=True)
        plain = sorted(keys)
        plain_rev = sorted(keys, reverse=True)
        tuples = sorted(pairs)
        # Stability: equal keys keep their original order (i ascending), also in reverse.
        assert all(a[0] < b[0] or (a[0] == b[0] and a[1] < b[1]) for a, b in zip(by_key, by_key[1:]))
        assert all(a[0] > b[0] or (a[0] == b[0] and a[1] < b[1]) for a, b in zip(by_key_rev, by_key_rev[1:]))
        in_place = list(keys)
        in_place.sort()
        assert in_place == plain
        print(n, name, checksum(by_key), checksum(by_key_rev), checksum(plain), checksum(plain_rev), checksum(tuples))

# Mixed tuples fall back to the general comparison.
print(sorted([(1, "b"), (1, "a"), (0, 2.5), (0, 1), (1, "a", 0), ()]))
print(sorted([(True, 1), (1, 0), (0.5, 3), (False, 2)]))
try:
    sorted([(1, "x"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)


# A comparison that fails stops the sort. (What the list holds then depends on the algorithm:
# CPython leaves it partly sorted.)
class Bad:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 13 or other.v == 13:
            raise ValueError("cannot compare 13")
        return self.v < other.v

    def __repr__(self):
        return f"Bad({self.v})"


items = [Bad(i * 7 % 20) for i in range(20)]
try:
    items.sort()
except ValueError as e:
    print("ValueError:", e)
print(sorted(items, key=lambda b: b.v)[:3])
