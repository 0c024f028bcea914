name, n, pi = "Asobiba", 42, 3.14159265
print(f"{name} {n} {pi}")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:05}|{n:+}|{n:x}|{n:#o}|{n:b}|{1234567:,}|{1234567:_}")
print(f"{pi:.3f}|{pi:10.2f}|{pi:e}|{pi:g}|{0.000012345:g}|{pi:%}|{12.0:.0f}")
print(f"{name!r} {name!s} {'日本'!a} {name:>10} {name:.3}")
print(f"{n=} {pi=:.2f} {name = }")
width = 8
print(f"[{name:>{width}}] [{n:{'*'}^{width}}]")
print(f"{'nested ' + f'{n}'}", f"{{literal}}", f"{[1, 2][0]}", f"{ {'k': 1}['k'] }")
print(format(255, "x"), format(0.5, ".1%"), format("s", "^3"), "{:>4}".format(7))
print("{0[0]}-{0[1]}-{1.real}".format(["a", "b"], 3), "{:,.2f}".format(9876.5))
print(f"{True!r:>6}", f"{None}", f"{3+4j}", f"{-0.0}")
