# The elementary functions of math on a grid of arguments and on pseudo-random ones (a fixed
# linear congruential generator, so the inputs do not depend on the random module).
import math

state = 2024


def uniform(lo, hi):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return lo + (hi - lo) * (state >> 11) / 2 ** 53


grid = [0.1, 0.25, 0.5, 1.0, 1.5, 2.0, math.pi / 6, math.pi / 4, math.pi / 3, math.pi, 10.0, 100.0]
randoms = [uniform(-20, 20) for _ in range(40)] + [uniform(0, 1) for _ in range(20)]


def show(name, f, xs):
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))


for xs in (grid, randoms):
    show("exp", math.exp, xs)
    show("exp2", math.exp2, xs)
    show("log", lambda x: math.log(abs(x)), xs)
    show("log2", lambda x: math.log2(abs(x)), xs)
    show("log10", lambda x: math.log10(abs(x)), xs)
    show("log_base3", lambda x: math.log(abs(x), 3), xs)
    show("sin", math.sin, xs)
    show("cos", math.cos, xs)
    show("tan", math.tan, xs)
    show("atan", math.atan, xs)
    show("atan2", lambda x: math.atan2(x, 1.5 - x), xs)
    show("asin", lambda x: math.asin(x / 21), xs)
    show("acos", lambda x: math.acos(x / 21), xs)
    show("sinh", math.sinh, xs)
    show("cosh", math.cosh, xs)
    show("tanh", math.tanh, xs)
    show("asinh", math.asinh, xs)
    show("acosh", lambda x: math.acosh(1 + abs(x)), xs)

print(math.sin(1e22), math.cos(1e22), math.tan(1e300), math.sin(2.0 ** 100))
print(math.exp(1), math.log(math.e), math.log10(1000), math.log2(1024), math.log(8, 2))
print(math.degrees(math.atan2(1, 1)), math.radians(180))
print(math.exp(-745.1), math.exp(1e-300), math.log(5e-324))
