from fractions import Fraction
import math

def egyptian(f):
    parts = []
    while f.numerator != 0:
        d = math.ceil(f.denominator / f.numerator)
        parts.append(Fraction(1, d))
        f -= Fraction(1, d)
    return parts

for f in (Fraction(4, 13), Fraction(5, 6), Fraction(7, 15)):
    parts = egyptian(f)
    print(f, "=", " + ".join(map(str, parts)), sum(parts) == f)

def harmonic(n):
    return sum(Fraction(1, k) for k in range(1, n + 1))
print([str(harmonic(n)) for n in range(1, 8)])
approx = Fraction(0)
for k in range(10):
    approx += Fraction(1, math.factorial(k))
print(approx, float(approx), approx.limit_denominator(1000), math.e)
recipe = {"flour": Fraction(3, 4), "sugar": Fraction(1, 3), "butter": Fraction(1, 2)}
scale = Fraction(3, 2)
for item, qty in recipe.items():
    scaled = qty * scale
    whole, rest = divmod(scaled, 1)
    print(item, scaled, f"{whole} {rest}" if whole and rest else scaled)
print(Fraction("3.1415926535").limit_denominator(100), Fraction(1, 3) + 0.5, round(Fraction(1, 3), 4))
