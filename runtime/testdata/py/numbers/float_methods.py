# float methods, conversions and special values.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for x in [0.0, -0.0, 0.5, 1.0, -1.5, 3.14159, 1e16, 1e-5, 123456789.0, 1.7976931348623157e308, 5e-324]:
    print(repr(x), str(x), x.is_integer(), x.hex(), x.as_integer_ratio(), x.real, x.imag, x.conjugate())
for s in ['1.5', '  -2.5e3 ', 'inf', '-Infinity', 'nan', '1_000.5', '0x10', 'abc', '', '1e400', '١٢٣']:
    show(lambda: float(s))
show(lambda: float.fromhex('0x1.8p1'))
show(lambda: float.fromhex('-0x1p-1074'))
show(lambda: float.fromhex('zz'))
show(lambda: float('inf').as_integer_ratio())
show(lambda: float('nan').as_integer_ratio())
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1.23456, 3), round(1234.5, -2), round(0.5 + 1e-17))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0), round(-2.5, 0))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(2.9999999999999999))
show(lambda: round(float('inf')))
show(lambda: round(float('nan')))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, float('inf') - float('inf'))
print(0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3, 10 / 4, 1e22, 1e21 + 1, 1.0 * 2**53, 2**53 + 1.0)
print(float('nan') == float('nan'), float('inf') > 10**400, 2**1000 < float('inf'), 1.0 == 1, 2**53 + 1 == float(2**53 + 1))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(float('inf')), hash(float('-inf')), hash(1e300))
print(format(3.14159, '.3'), format(3.14159, '10.2f'), format(1e-7, 'g'), format(123456789.0, ',.1f'), format(0.25, '%'), format(1.5, '+.1e'))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), 7.5 % 2, -7.5 % 2, 7.5 // -2, 5.0 // 0.1, 5.0 % 0.1)
show(lambda: 1.0 / 0)
show(lambda: 1.0 // 0)
show(lambda: 1.0 % 0)
show(lambda: divmod(1.0, 0))
show(lambda: 0.0 ** -1)
show(lambda: 10.0 ** 400)
show(lambda: 2.0 ** 0.5)
show(lambda: (-2.0) ** 2)
show(lambda: float(10**400))
show(lambda: 10**400 / 1.0)
show(lambda: 10**400 / 10**399)
show(lambda: float.__add__(1, 2.0))
show(lambda: (1.5).__add__('x'))
class F(float):
    def __repr__(self):
        return 'F!'
print(F(2.5), F(2.5) + 1, repr(F(2.5) * 2), F('3.5'), isinstance(F(1), float))
