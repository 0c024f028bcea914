# Float powers, roots and compound growth print the same last digits as CPython's C library.
for base in [2.0, 8.0, 10.0, 1.5, 0.3, 7.0, 27.0, 100.0]:
    print(base, [base ** e for e in [1/3, 0.5, 2.5, -1.7, 10.1, 0.1]])
print(10 ** -2, 10 ** -7, 2 ** -3, 3 ** 0.5, 100 ** (1/3), 64 ** (1/3))
balance = 1000.0
for year in range(1, 11):
    balance *= 1.05
print(balance, 1000 * 1.05 ** 10, 1000 * (1 + 0.07 / 12) ** (12 * 30))
print((-27) ** (1/3), (-8) ** 0.5, (1+2j) ** 0.5, 2 ** (1+1j), abs(1.1+2.2j))
print([round(1.1 ** n, 12) for n in range(5)], [1.1 ** n for n in range(8)])
