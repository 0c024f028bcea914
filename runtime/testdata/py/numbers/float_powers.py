# Powers with float results: the last digit must be the one CPython's C library gives.

principal = 1000.0
for rate in (0.01, 0.025, 0.05, 0.07, 0.1):
    for years in (1, 5, 10, 30):
        print(f"{rate:>5} {years:>2} {principal * (1 + rate) ** years!r}")

for base in (1.1, 0.9, 2.5, -1.5, 3.7, 1.0001, 10.5):
    print(base, [base ** n for n in range(-6, 7)])

print([2 ** -n for n in range(1, 12)])
print([10 ** -n for n in range(1, 8)])
print([x ** 0.5 for x in (2, 3, 10, 0.5)], [x ** (1 / 3) for x in (8, 27, 2, 10)])
print([x ** 1.5 for x in (2.0, 3.3, 7.77)], [x ** -2.5 for x in (2.0, 3.3, 7.77)])
print(pow(2.0, 0.1), pow(1.5, 100), pow(0.5, 1074), pow(0.5, 1075), pow(1.0000001, 1e7))
print((-8.0) ** 3, (-2.0) ** -3, (-0.5) ** 11)
print((1 + 2j) ** 2, (1 + 2j) ** 0.5, (2 + 0j) ** 3.5, 1j ** 1j)

for exp in (709.0, 709.78, -745.0, -746.0):
    try:
        print(exp, 2.718281828459045 ** exp)
    except OverflowError as e:
        print(exp, "OverflowError:", e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
