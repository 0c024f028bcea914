from fractions import Fraction
import numbers
import math

a = Fraction(3, 4)
b = Fraction("1/3")
print(a, repr(b), a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, abs(-a), +a)
print(Fraction(6, -8), Fraction(0, 5), Fraction(5), Fraction("0.75"), Fraction(" -1.5e2 "), Fraction(".5"), Fraction("1_000/3"))
print(Fraction(0.1), Fraction(1.5), Fraction(Fraction(1, 2), Fraction(3, 4)), Fraction.from_float(0.25))
print(a ** 2, a ** -2, a ** 0, Fraction(-2, 3) ** -3, Fraction(4, 9) ** 0.5, 2 ** Fraction(1, 2), 2 ** Fraction(3))
print(a + 1, 1 + a, a * 2, 3 - a, a + 0.25, 0.5 * a, a + 1j, 1 / a)
print(a == Fraction(6, 8), a == 0.75, a < 1, a > b, b <= Fraction(1, 3), a != 0.5, Fraction(1, 2) == 0.5 + 0j)
print(a < float("inf"), a > float("-inf"), a == float("nan"), sorted([a, b, Fraction(1, 2), 0.6, 1]))
print(float(a), int(Fraction(-7, 2)), math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(7, 2)))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(-5, 2)), round(Fraction(22, 7), 2), round(Fraction(1234), -2))
print(a.numerator, a.denominator, a.as_integer_ratio(), Fraction(4, 2).denominator == 1)
print(Fraction(math.pi).limit_denominator(1000), Fraction(math.pi).limit_denominator(10), Fraction(3, 7).limit_denominator(100))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), bool(Fraction(0)), bool(a))
print(isinstance(a, numbers.Rational), isinstance(a, numbers.Real), isinstance(1, numbers.Rational), isinstance(1.5, numbers.Rational))
print(sum([Fraction(1, n) for n in range(1, 11)]), format(a), f"{a}", str(Fraction(10, 5)))
for bad in ("1/0", "abc", "1.2.3", "", "1/", "/2"):
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
for bad in (lambda: Fraction(1, 0), lambda: a / 0, lambda: Fraction(0) ** -1, lambda: Fraction(1.5, 2), lambda: Fraction([1])):
    try:
        bad()
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
