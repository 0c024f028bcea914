# Subclasses of builtin types keep the builtin behaviour and allow overrides.
class MyList(list):
    def sum(self):
        return sum(self)
m = MyList([1, 2, 3])
m.append(4)
print(m, m.sum(), len(m), m[1:], type(m[1:]).__name__, m * 2, isinstance(m, list), m.__class__.__name__)
class MyDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 10)
d = MyDict()
d['a'] = 1
d.update(b=2)
print(d, d['a'], dict(d))
class MyStr(str):
    def shout(self):
        return self.upper() + '!'
s = MyStr('hey')
print(s, s.shout(), s + 'x', type(s + 'x').__name__, len(s), s == 'hey', {s: 1}['hey'], repr(s), s[0])
class MyInt(int):
    def __add__(self, other):
        return MyInt(int(self) + int(other) + 100)
    def __repr__(self):
        return f'MyInt({int(self)})'
i = MyInt(1)
print(i + 1, 1 + i, i * 3, repr(i), str(i), i == 1, i.bit_length())
class MyFloat(float):
    pass
print(MyFloat(2.5) * 2, MyFloat('1.5'), round(MyFloat(2.675), 2))
class MyTuple(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
t = MyTuple(1, 2)
print(t, t[0], len(t), t + (3,), isinstance(t, tuple))
class MySet(set):
    pass
ms = MySet([3, 1])
ms.add(2)
print(sorted(ms), type(ms).__name__, ms | {9}, type(ms | {9}).__name__)
class Reverse(list):
    def __iter__(self):
        return iter(reversed(list(super().__iter__())))
print(list(Reverse([1, 2, 3])), [x for x in Reverse('ab')])
class E(Exception):
    def __init__(self, code):
        super().__init__(f'code {code}')
        self.code = code
try:
    raise E(7)
except E as e:
    print(e, e.code, e.args, repr(e))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class Truthy:
    def __bool__(self):
        return 1
try:
    bool(Truthy())
except TypeError as e:
    print(e)
