# Dictionary views: set operations, reprs, membership, live updates.
d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), 'a' in k, 2 in v, ('a', 1) in i, ('a', 2) in i)
d['e'] = 5
print(k, list(v), list(i)[-1])
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}), sorted({'a', 'q'} - k))
print(k == {'a', 'b', 'c', 'e'}, k <= {'a', 'b', 'c', 'e', 'f'}, k < {'a'}, i == {('a', 1), ('b', 2), ('c', 3), ('e', 5)})
print(k.isdisjoint({'x'}), k.isdisjoint(['a']), sorted(i & {('a', 1)}), list(reversed(k)), list(reversed(i)))
print(k.mapping, type(k).__name__, type(v).__name__, type(i).__name__)
try:
    hash(k)
except TypeError as e:
    print(e)
try:
    v | {1}
except TypeError as e:
    print(e)
