tests = [
    lambda: ",".join([1, 2]), lambda: ",".join(None), lambda: "a".replace(1, "b"), lambda: "abc".split(1),
    lambda: "x".center("a"), lambda: "x" * 2.5, lambda: [1] * "a", lambda: "abc".startswith(["a"]),
    lambda: dict([1, 2]), lambda: {}.update(5), lambda: {}.fromkeys(5), lambda: list(5), lambda: tuple(None),
    lambda: set([[1]]), lambda: frozenset(3), lambda: sorted([3, None]), lambda: [3, "a"].sort(),
    lambda: max(1, "a"), lambda: sum(["a", "b"]), lambda: sum([[1]], []) and sum(["a"], ""),
    lambda: int("1", 2, 3), lambda: int(x=1), lambda: float("1,5"), lambda: complex("1+"), lambda: bool(1, 2),
    lambda: str(b"x", "bad-encoding"), lambda: bytes("abc"), lambda: bytes([256]), lambda: bytearray("x"),
    lambda: range(1.5), lambda: range(1, 2, 3, 4), lambda: [].index(), lambda: {}.get(), lambda: "a".encode(1),
    lambda: divmod(1, 0), lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: round("1"), lambda: abs(None),
    lambda: len(iter([])), lambda: next(iter([])), lambda: reversed(5), lambda: enumerate(5), lambda: zip(5),
    lambda: map(None), lambda: filter(5, 5), lambda: getattr(1), lambda: setattr(1, 2, 3), lambda: delattr(1, "x"),
    lambda: hasattr(1, 2), lambda: isinstance(1, (int, 2)), lambda: chr("a"), lambda: ord(5), lambda: hex(1.5),
    lambda: format(1, "q"), lambda: format("a", "d"), lambda: "{:d}".format(1.5), lambda: "{:s}".format(1),
    lambda: "{0}{}".format(1, 2), lambda: "{a.b}".format(a=1), lambda: "{0[x]}".format([1]), lambda: "%z" % 1,
    lambda: f"{1:{'x'}}", lambda: [1, 2, 3][1:2:0], lambda: "abc"[::0], lambda: (1, 2).count(), lambda: {1: 2}.pop(),
    lambda: [].extend(5), lambda: [].insert(1), lambda: {}.setdefault(), lambda: set().add([1]), lambda: {1} < 5,
    lambda: 1 < None, lambda: None < None, lambda: [] < (), lambda: 1j < 2j, lambda: int.bit_length("x"),
    lambda: object.__new__(5), lambda: type("X", 5, {}), lambda: type(1, 2), lambda: super(), lambda: iter(5, 6),
    lambda: memoryview("x"), lambda: slice(), lambda: property(1, 2, 3, 4, 5), lambda: staticmethod(),
    lambda: vars(5), lambda: dir(1, 2), lambda: id(), lambda: hash(1, 2), lambda: print(sep=5),
    lambda: sorted([1], key=5), lambda: min([1], key=5), lambda: "abc".translate(5), lambda: str.maketrans("ab", "c"),
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "ok", repr(r)[:40])
    except Exception as e:
        print(i, type(e).__name__, e)
