# Every dict method and its errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 99), d)
print(d.pop('c'), d.pop('z', 'dflt'), d.popitem(), d, len(d))
d.update({'x': 1}, y=2); d.update([('p', 0), ('q', 1)]); d.update(z=26)
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict(a=1), dict([(1, 2)]), dict({1: 2}, b=3), dict(zip('ab', [1, 2])))
c = d.copy(); c.clear(); print(c, d == d.copy(), {1: 2} == {1: 2.0}, {1: 2} != {1: 3})
show(lambda: {}.pop('k'))
show(lambda: {}.popitem())
show(lambda: {}['missing'])
show(lambda: {}[[1]])
show(lambda: {[1]: 2})
show(lambda: dict([(1, 2, 3)]))
show(lambda: dict([1]))
show(lambda: dict(5))
show(lambda: {}.get())
show(lambda: {1: 2} < {1: 2})
show(lambda: {}.update(1, 2))
print({1: 'a'} | {2: 'b'}, {1: 'a'} | {1: 'z'})
e = {1: 'a'}; e |= {2: 'b'}; e |= [(3, 'c')]; print(e)
show(lambda: {1: 2} | [(3, 4)])
del e[1]; print(e)
def delmissing():
    del e[99]
show(delmissing)
print({True: 'x', 1: 'y', 1.0: 'z'}, {0: 'a', False: 'b'}, {(1, 2): 3, 'k': [1]})
class D(dict):
    def __missing__(self, key):
        return key * 2
dd = D(a=1)
print(dd['a'], dd['bb'], dd.get('bb'), 'bb' in dd, type(dd).__name__, dd)
from collections import defaultdict
print(dict(sorted({'b': 1, 'a': 2}.items())))
it = {'k': 1, 'j': 2}
try:
    for k in it:
        it['new'] = 1
except RuntimeError as ex:
    print(ex)
print(list(reversed({1: 'a', 2: 'b', 3: 'c'})), {}.keys(), {1: 2}.values(), {1: 2}.items())
