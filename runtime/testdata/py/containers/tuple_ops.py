# Tuples: construction, methods, comparison, hashing, unpacking errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t = (1, 2, 3, 2)
print(t, (), (1,), tuple('ab'), tuple([1, [2]]), t.count(2), t.index(2), t.index(2, 2), len(t), t + (4,), t * 2, 2 * (0,))
show(lambda: t.index(9))
show(lambda: t[9])
show(lambda: (1,) + [2])
show(lambda: hash((1, [2])))
show(lambda: tuple(5))
def assign():
    t[0] = 1
show(assign)
def delete():
    del t[0]
show(delete)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), (1,) == [1], () < (0,))
print(hash((1, 2)) == hash((1, 2)), hash(()), hash((1,)), {(1, 2): 'a'}[(1, 2)])
class T(tuple):
    pass
x = T([1, 2])
print(x, type(x).__name__, x + (3,), type(x + (3,)).__name__, x == (1, 2), x[0], len(x), hash(x) == hash((1, 2)))
print(((1, 2),) * 2, ((),), (((),),))
