# abs, divmod, pow, round, hex/oct/bin, chr/ord, sum, min, max.
print(abs(-7), abs(-2.5), abs(3 + 4j))
print(divmod(17, 5), divmod(-17, 5), divmod(7.5, 2))
print(pow(2, 100), pow(3, 4, 5), pow(2, -1), pow(38, -1, 97))
print(round(2.5), round(3.5), round(2.675, 2), round(1234, -2), round(-0.5))
print(hex(255), hex(-255), oct(64), bin(10), bin(-3), hex(2**70))
print(chr(0x3042), ord("あ"), ord(b"A"))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum(range(101)), sum([2**62, 2**62]))
print(sum([0.5, 0.25]), sum([1, 2.5, True]))
print(min(3, 1, 2), max("apple", "pear", key=len), min([], default="empty"), max([1, 5, 3]))
print(min([(1, "b"), (1, "a")]), max([1, 2, 3], key=lambda x: -x))
for bad in [lambda: max([]), lambda: min(1), lambda: sum(["a"], ""), lambda: chr(-1), lambda: ord("ab")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
