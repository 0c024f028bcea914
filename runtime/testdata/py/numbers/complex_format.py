for s in ["010", "0<10", "=10", "d", "s", "", ".2", "10", "<12", "^12", "+", " ", "#", ".3e", "n", "_", ",.2f", "z.1f", ".0", "#.0f", "x^15.1f", "%"]:
  for c in [3-4j, 1j, -0.0+2j, 1e20+1e-20j, complex("nan+infj"), -1.5-0.0j]:
    try: print(repr(s), repr(format(c, s)))
    except ValueError as e: print(repr(s), e)
print(f"{2+3j:>10}|{1.5j:.3f}|{-1-1j!r:^12}|")
