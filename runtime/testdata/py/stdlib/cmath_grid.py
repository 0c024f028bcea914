# cmath: every function over a grid of finite, tiny, huge, infinite and NaN parts, and the
# argument conversions and call errors.
import cmath
import math

parts = [0.0, -0.0, 0.5, -1.0, 1.0, 2.5, -3.75, 1e-310, 1e300, -1e300, 800.0, math.inf, -math.inf, math.nan]
names = ["sqrt", "exp", "log", "log10", "cosh", "sinh", "tanh", "cos", "sin", "tan",
         "acos", "acosh", "asin", "asinh", "atan", "atanh", "phase", "polar", "isfinite", "isinf", "isnan"]


def show(v):
    if isinstance(v, tuple):
        return "(" + ", ".join(show(x) for x in v) + ")"
    if isinstance(v, complex):
        return "(%r, %r)" % (v.real, v.imag)
    return repr(v)


for name in names:
    f = getattr(cmath, name)
    rows = []
    for re in parts:
        for im in parts:
            try:
                rows.append(show(f(complex(re, im))))
            except (ValueError, OverflowError) as e:
                rows.append(type(e).__name__[0] + ":" + str(e))
    print(name, len(rows))
    for i in range(0, len(rows), 7):
        print("  " + " ".join(rows[i:i + 7]))

for r in [0.0, -0.0, 2.0, -2.0, math.inf, -math.inf, math.nan]:
    row = []
    for phi in [0.0, -0.0, 1.0, -2.0, math.inf, math.nan]:
        try:
            row.append(show(cmath.rect(r, phi)))
        except ValueError as e:
            row.append("V:" + str(e))
    print("rect", r, " ".join(row))

print(cmath.log(100, 10), cmath.log(1j, 1j), cmath.log(2 + 3j, 1 - 1j), cmath.log(8, 2.0))
for args in [(1, 0), (0, 2), (1, 1)]:
    try:
        print(cmath.log(*args))
    except ValueError as e:
        print("log", args, e)
print(cmath.isclose(1e-10j, 0), cmath.isclose(1e-10j, 0, abs_tol=1e-9), cmath.isclose(math.nan, math.nan))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(complex(math.inf, 1), complex(math.inf, 2)))


class C(complex):
    pass


class Bad:
    def __complex__(self):
        return 1.5


class FloatSub(float):
    pass


print(cmath.sqrt(C(4)), cmath.exp(FloatSub(0.0)), cmath.phase(-1), cmath.polar(C(0, 2)))
for call in [lambda: cmath.sqrt(Bad()), lambda: cmath.sqrt([]), lambda: cmath.sqrt(1, 2),
             lambda: cmath.sqrt(z=1), lambda: cmath.log(), lambda: cmath.log(1, 2, 3),
             lambda: cmath.rect(1), lambda: cmath.rect("a", 1), lambda: cmath.isclose(1),
             lambda: cmath.isclose(), lambda: cmath.isclose(1, 2, rel_tol="a"),
             lambda: cmath.phase(), lambda: cmath.sqrt(10 ** 400)]:
    try:
        print(call())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(cmath.sqrt.__name__, cmath.__name__, cmath.__doc__.split("\n")[0])
