# list.sort and sorted: stability, key, reverse, errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y'), (2, 'c')]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True), sorted(pairs))
nums = [5, -3, 2.5, 0, -1, 10**20, True]
nums.sort(); print(nums)
nums.sort(key=abs, reverse=True); print(nums)
show(lambda: sorted([1, 'a']))
show(lambda: sorted(['a', 1]))
show(lambda: sorted([3, 2, None]))
show(lambda: [3, 1].sort(key=lambda x: 1 / 0))
show(lambda: [1, 2].sort(lambda x: x))
show(lambda: [1, 2].sort(bogus=1))
show(lambda: sorted([{1}, {2}]))
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'K%d' % self.v
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5)]), min(K(3), K(5)))
data = list(range(50))
data.sort(key=lambda x: (x % 3, -x)); print(data)
bad = [3, 1, 2]
def mutate(x):
    bad.append(x)
    return x
show(lambda: bad.sort(key=mutate))
print(bad)
big = [(i * 7919) % 1000 for i in range(2000)]
print(sorted(big)[:10], sorted(big, reverse=True)[:5], sorted(big) == sorted(big, key=lambda x: x))
