a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5); a.extend([3, 5]); a.insert(0, 0)
print(a, len(a), a.count(1), a.index(4))
print(a.pop(), a.pop(0), a)
a.remove(1)
print(sorted(a), sorted(a, reverse=True), sorted(["b", "A", "c"], key=str.lower))
a.sort(); print(a); a.reverse(); print(a)
b = a[:]; b[1:3] = ["x", "y", "z"]; print(b)
b[::2] = [0] * len(b[::2]); print(b)
del b[::3]; print(b)
print([1, 2] + [3], [0] * 3, [[0] * 2] * 2, [1, 2] < [1, 3], [1, 2] == [1, 2])
nested = [1, [2, [3]]]; nested[1][1].append(nested); print(nested)
print(list(range(5)), list("abc"), list((1, 2)), list({"x": 1}), [].copy())
c = [5, 2]; c *= 2; c += (7,); print(c, 2 in c, 8 not in c)
try:
    [1][5]
except IndexError as e:
    print("IndexError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].index(9)
except ValueError as e:
    print("ValueError:", e)
