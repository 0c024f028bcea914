# cmath: the basic functions on values with exact results, special values and errors.
import cmath
import math

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.sqrt(-4), cmath.sqrt(3 + 4j), cmath.sqrt(-3 - 4j), cmath.sqrt(0), cmath.sqrt(complex(0, -0.0)))
print(cmath.sqrt(1j * 2), cmath.sqrt(complex(-math.inf, 1)), cmath.sqrt(complex(1, math.inf)))
print(cmath.exp(0), cmath.exp(complex(-math.inf, 2)), cmath.exp(complex(math.nan, 0)))
print(cmath.log(1), cmath.log(-1), cmath.log(1j), cmath.log(8, 2), cmath.log(math.e))
print(cmath.log10(100), cmath.log10(-10), cmath.log(complex(math.inf, -math.inf)))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(1j), cmath.phase(0))
print(cmath.polar(1j), cmath.polar(-2), cmath.polar(3 + 4j)[0], cmath.polar(complex(math.inf, math.nan)))
print(cmath.rect(1, 0), cmath.rect(2, -0.0), cmath.rect(0, 1), cmath.rect(math.inf, 0), cmath.rect(math.nan, 0))
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(1, math.inf)), cmath.isnan(complex(math.nan, 0)))
print(cmath.isclose(1, 1 + 1e-10j), cmath.isclose(1, 1.1), cmath.isclose(1, 1.1, rel_tol=0.2))
print(cmath.isclose(1, 1.1, abs_tol=0.5), cmath.isclose(complex(math.inf, 0), complex(math.inf, 0)))
print(cmath.sinh(0), cmath.cosh(0), cmath.tanh(0), cmath.sin(0), cmath.cos(0), cmath.tan(0))
print(cmath.asin(0), cmath.acos(1), cmath.atan(0), cmath.asinh(0), cmath.acosh(1), cmath.atanh(0))
print(cmath.tanh(complex(math.inf, 1)), cmath.cosh(complex(math.inf, 0)), cmath.sinh(complex(0, math.nan)))


class AsComplex:
    def __complex__(self):
        return 4j


class AsFloat:
    def __float__(self):
        return 4.0


class AsIndex:
    def __index__(self):
        return 9


print(cmath.sqrt(AsComplex()), cmath.sqrt(AsFloat()), cmath.sqrt(AsIndex()), cmath.sqrt(True))


def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)


attempt(cmath.log, 0)
attempt(cmath.log, 2, 1)
attempt(cmath.exp, 1000)
attempt(cmath.sqrt, "x")
attempt(cmath.sqrt)
attempt(cmath.rect, 1j, 1)
attempt(cmath.rect, 1, math.inf)
attempt(cmath.atanh, 1)
attempt(cmath.isclose, 1, 1, rel_tol=-1)
attempt(cmath.isclose, 1, 2, 3)
attempt(cmath.cosh, complex(1, math.inf))
