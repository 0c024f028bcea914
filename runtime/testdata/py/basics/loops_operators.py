i = 0
total = 0
while i < 10:
    if i % 2 == 0 and not i == 4:
        total += i
    elif i > 7 or i < 1:
        total -= 1
    i += 1
print(total, 1 < 2 < 3, 1 < 3 < 2, 2 == 2.0, "a" < "b" <= "b")
x = [1, 2]
x += [3]
x *= 2
print(x, 7 // 2, -7 // 2, 7 % -3, 2 ** 10, 2 ** -1, 10 / 4, 1 << 70, -(2**63), 2**63 - 1 + 1)
d = {"a": 1}
d["a"] += 5
print(d, [1, 2, 3][-1], (1, 2)[0], "abc"[1], None is None, x is not None, 3 in [1, 3])
print(1.5 + 2, 3 - 0.5, 2 * 1.5, 1e308 * 10, float("inf") - float("inf"))
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    5 % 0
except ZeroDivisionError as e:
    print(e)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 3037000500 * 3037000500, -(-9223372036854775808))
