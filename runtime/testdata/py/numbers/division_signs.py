# Floor division and modulo follow the sign of the divisor.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for a in [7, -7, 0, 9223372036854775807, -9223372036854775808]:
    for b in [2, -2, 3, -3, 1, -1]:
        print(a, b, a // b, a % b, divmod(a, b), a / b)
for a in [7.5, -7.5, 0.0, -0.0]:
    for b in [2, -2, 0.5, -0.5]:
        print(a, b, a // b, a % b, divmod(a, b))
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: divmod(1, 0))
show(lambda: 1 / 0)
show(lambda: 0 / 0)
show(lambda: 5 // 0.0)
show(lambda: True / False)
print(True + True, True * 3, True / 2, -True, ~True if False else 'skip', True & False, True | False, True ^ True, True & 3)
