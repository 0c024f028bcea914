# Operator type errors name both operand types as CPython does.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: 1 + 'a')
show(lambda: 'a' + 1)
show(lambda: [1] + (1,))
show(lambda: (1,) + [1])
show(lambda: b'a' + 'a')
show(lambda: 'a' * 'b')
show(lambda: [1] * 1.5)
show(lambda: 2.5 * 'ab')
show(lambda: 'ab' * 3)
show(lambda: 3 * [0, 1])
show(lambda: None + 1)
show(lambda: {} | [])
show(lambda: 3 @ 4)
show(lambda: 'a' ** 2)
show(lambda: pow('a', 2, 3))
show(lambda: divmod('a', 1))
show(lambda: -'a')
show(lambda: ~1.5)
show(lambda: +[1])
show(lambda: abs('x'))
show(lambda: 1 < 'a')
show(lambda: 'a' >= 1)
show(lambda: None < None)
show(lambda: [1] < [1, 'a'])
show(lambda: [1, 2] < [1, 'a'])
show(lambda: (1, 'a') < (1, 2))
show(lambda: {1} < {1, 2})
show(lambda: {1: 2} < {1: 2})
show(lambda: [0] * 2**40)
show(lambda: 'ab' * 2**62)
show(lambda: b'ab' * 2**62)
show(lambda: (1, 2) * 2**62)
show(lambda: (1,) * -5)
show(lambda: [1, 2] * True)
x = 5
try:
    x += 'a'
except TypeError as e:
    print(e)
y = [1]
y += (2, 3)
y += 'ab'
print(y)
try:
    y += 5
except TypeError as e:
    print(e)
t = (1,)
t += (2,)
print(t)
s = 'a'
s *= 3
print(s)
