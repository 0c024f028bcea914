import math

print(math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.trunc(-3.9))
print(math.factorial(20), math.gcd(12, 18, 30), math.lcm(4, 6), math.isqrt(10**20 + 1))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10))
print(math.log(100, 10), math.log2(1024), math.log10(10**300), math.log(10**400))
print(math.isclose(0.1 + 0.2, 0.3), math.hypot(3, 4), math.dist((0, 0), (1, 1)))
print(math.copysign(3, -0.0), math.fmod(-7, 3), math.remainder(7, 4), math.modf(3.5), math.frexp(8.0))
print(math.inf, -math.inf, math.isnan(math.nan), math.tau == 2 * math.pi, math.e)
print(math.degrees(math.pi), math.radians(180), math.exp(1), math.pow(2, 0.5))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.exp(1000),
            lambda: math.factorial(-1), lambda: math.ceil(math.inf), lambda: math.sqrt("x")]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
