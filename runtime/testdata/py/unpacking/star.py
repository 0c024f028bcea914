a, *b = [1, 2, 3, 4]
*c, d = "xyz"
e, *f, g = range(5)
print(a, b, c, d, e, f, g)
(h, i), j = (1, 2), 3
print(h, i, j)
print([*range(3), *"ab"], (*[1], 2), {*{1}, 2}, {**{"a": 1}, "b": 2})
def show(*args, **kw):
    return args, kw
print(show(*[1, 2], *(3,), x=1, **{"y": 2}))
first, second = second, first = 1, 2
print(first, second)
for idx, (k, v) in enumerate({"a": 1}.items()):
    print(idx, k, v)
try:
    x, y = [1, 2, 3]
except ValueError as err:
    print("ValueError:", err)
try:
    x, y, z = [1]
except ValueError as err:
    print("ValueError:", err)
try:
    p, *q, r = [1]
except ValueError as err:
    print("ValueError:", err)
