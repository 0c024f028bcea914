# Every list method, with its error messages.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = [3, 1, 2]
a.append(4); a.extend([5, 6]); a.extend((7,)); a.extend(range(8, 10)); a.extend("ab")
print(a)
a.insert(0, 'first'); a.insert(100, 'last'); a.insert(-1, 'before-last'); a.insert(-100, 'very-first')
print(a)
a.remove('a'); print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(2), a.index(5, 3), a.count(2), a.count('zz'), len(a))
a.reverse(); print(a)
b = a.copy(); b.clear(); print(a, b)
show(lambda: [].pop())
show(lambda: [1].pop(5))
show(lambda: [1].remove(2))
show(lambda: [1, 2].index(3))
show(lambda: [1, 2].index(1, 1))
show(lambda: [].append())
show(lambda: [].append(1, 2))
show(lambda: [].insert(1))
show(lambda: [].pop(1, 2))
show(lambda: [].copy(1))
show(lambda: [].extend(5))
show(lambda: list.append(5, 1))
show(lambda: list.append())
show(lambda: [].append(x=1))
show(lambda: [1, 2][5])
key = 'a'
show(lambda: [1, 2][key])
key = 1.0
show(lambda: [1, 2][key])
show(lambda: hash([]))
c = [1, 2, 3]
c[0] = 'x'; c[-1] = 'z'
print(c)
def setitem():
    c[5] = 1
show(setitem)
def delitem():
    del c[9]
show(delitem)
del c[0]; print(c)
print(list(), list('abc'), list(range(3)), list({'k': 1}), list((1, 2)), [1, 2] + [3], [0] * 3, 2 * [1], [[]] * 2)
d = [1, 2]; d *= 2; print(d); d *= 0; print(d)
e = [1, 2, 3]
print(e == [1, 2, 3], e != [1, 2], e < [1, 3], e > [1, 2], e <= [1, 2, 3], [] < [0], [1] == (1,))
print(3 in e, 9 not in e, min(e), max(e), sum(e), sorted(e, reverse=True), list(reversed(e)))
class L(list):
    def append(self, x):
        super().append(x * 2)
l = L([1])
l.append(5)
print(l, type(l).__name__, len(l), l + [1], type(l + [1]).__name__, l == [1, 10], isinstance(l, list))
l2 = L()
l2 += [3]
print(l2, type(l2).__name__)
