# complex numbers: construction, repr, arithmetic, attributes.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for c in [1j, 1 + 2j, -1 - 1j, complex(0, 0), complex(-0.0, 1), complex(1.5, -0.0), complex(1e20, 1e-20), complex('inf+nanj')]:
    print(repr(c), str(c), c.real, c.imag, c.conjugate())
show(lambda: complex('1+2j'))
show(lambda: complex(' (3-4j) '))
show(lambda: complex('j'))
show(lambda: complex('-2.5J'))
show(lambda: complex('1+'))
show(lambda: complex(1, 2j))
show(lambda: complex('1', 2))
show(lambda: complex([]))
print((1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 1j), (1 + 2j) + 1, 2 - (1 + 1j), (1j) ** 2, (1 + 1j) ** 3, 2 ** (1j))
print(abs(3 + 4j), (1 + 2j) == (1 + 2j), (1 + 0j) == 1, (1 + 0j) == 1.0, 1j != 1)
show(lambda: (1 + 2j) / 0)
show(lambda: 0j ** -1)
show(lambda: (1 + 2j) < (2 + 3j))
show(lambda: (1 + 2j) // 2)
show(lambda: (1 + 2j) % 2)
print(hash(1 + 0j) == hash(1), hash(2j), hash(complex(1, 2)))
print(format(1 + 2j, ''), format(1.5 - 2j, '.2f'))
