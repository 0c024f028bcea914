# The elementary functions of math round like CPython's (glibc's) on ordinary arguments.
import math
xs = [0.1, 0.5, 1.0, 2.0, 3.0, 10.0, 100.0, 0.7, 1.3, 2.2, 5.5, 12.34, 7.77]
for name in ["sin", "cos", "tan", "exp", "log", "log2", "log10", "atan", "sinh", "cosh",
             "tanh", "asinh", "expm1", "log1p"]:
    f = getattr(math, name)
    print(name, [f(x) for x in xs])
print([math.asin(x / 10) for x in range(-10, 11, 3)], [math.acos(x / 10) for x in range(-10, 11, 3)])
print([math.atan2(y, x) for y, x in [(1, 2), (-3, 4), (5, -6), (-7, -8), (0.5, 0.25)]])
print([math.hypot(x, 1.5) for x in [0.3, 1.1, 2.2, 7.0]], math.acosh(7.3), math.atanh(0.3))
print(math.log(1000, 10), math.log(8, 2), math.log(2 ** 1000), math.pow(2, 0.5), math.pow(1.5, 40))
print(math.sin(math.pi / 6), math.cos(math.pi / 3), math.tan(math.pi / 4), math.degrees(math.atan(1)))
angles = [i * math.pi / 12 for i in range(12)]
print([(round(math.cos(a), 6), math.sin(a)) for a in angles])
