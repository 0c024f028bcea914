s = {3, 1, 2}
s.add(10); s.discard(99); s.remove(3)
print(s, len(s), 1 in s, sorted(s))
print({1, 2, 3} | {4}, {1, 2, 3} & {2, 3, 4}, {1, 2, 3} - {1}, {1, 2} ^ {2, 3})
print({1, 2} <= {1, 2, 3}, {1, 2}.isdisjoint({3}), set(), frozenset([1, 2]), set("aab") == {"a", "b"})
print(sorted({"banana", "apple", "cherry"}), {x % 3 for x in range(10)})
t = (1, "two", 3.0)
print(t, t[1], t[-1], t[::-1], len(t), t + (4,), t * 2, (1,), ())
print(t.index("two"), t.count(1), tuple([1, 2]), tuple("ab"), (1, 2) < (1, 3))
a, b, c = t
print(a, b, c)
print(hash((1, 2)) == hash((1, 2)), {(1, 2), (1, 2)})
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError:", e)
print({"b", "a", "c"} == {"a", "b", "c"}, set([5, 3, 8, 1]))
