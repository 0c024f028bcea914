# range objects: len, indexing, slicing, containment, reversed, big ranges.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:4], r[::-1], list(r[::-1]), r.start, r.stop, r.step, 5 in r, 6 in r, r.index(8), r.count(8))
print(range(5), range(0), range(-3), list(range(5, 0, -1)), range(1, 2, 1), len(range(10, 0, -3)), list(reversed(range(4))))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), hash(range(3)) == hash(range(0, 3)), bool(range(0)), bool(range(1)))
big = range(10**20)
print(big, big[-1], 10**19 in big, big[10**19], big.stop)
show(lambda: len(big))
show(lambda: range(1, 2, 0))
show(lambda: range(1.5))
show(lambda: range())
show(lambda: r[100])
show(lambda: r.index(4))
show(lambda: range(3)['a'])
print(sum(range(101)), list(range(-5, 5, 4)), 2.0 in range(3), 'a' in range(3), list(range(0, -10, -3)))
