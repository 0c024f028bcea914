# The classes and reprs CPython gives the functions of builtin types: ordinary methods are
# method descriptors, dunders that fill a type slot are slot wrappers (method-wrappers once
# bound), class methods in a type's dict are classmethod descriptors, and a few slot dunders
# that CPython defines again as methods (list and dict __getitem__, __contains__ of dict and
# sets) stay method descriptors.


def kind(f):
    return type(f).__name__


print("unbound:", kind(str.center), kind(int.__add__), kind(object.__init__), kind(list.__len__))
print("bound:", kind("a".center), kind((1).__add__), kind([].__len__), kind(len))
print("class methods:", kind(int.__dict__["from_bytes"]), kind(int.from_bytes), kind(dict.fromkeys))
print(int.__add__, list.__len__, object.__init__, type.__call__)
print(str.center, list.append, dict.__dict__["fromkeys"], int.__dict__["from_bytes"])
print(list.__dict__["__getitem__"], dict.__dict__["__getitem__"], dict.__dict__["__contains__"])
print(set.__dict__["__contains__"], frozenset.__dict__["__contains__"], str.__dict__["__getitem__"])
print(tuple.__dict__["__getitem__"], bytes.__dict__["__len__"], object.__dict__["__repr__"])

# The attributes each kind has.
for f in (int.__add__, (1).__add__, str.center, "a".center, len, int.__dict__["from_bytes"]):
    own = sorted(n for n in ("__self__", "__objclass__", "__module__", "__get__", "__text_signature__") if hasattr(f, n))
    print(kind(f), f.__name__, f.__qualname__, own)
print(int.__add__.__objclass__, (1).__add__.__objclass__, (1).__add__.__self__, str.center.__objclass__)
print(object.__new__.__self__, int.__new__.__qualname__, int.from_bytes.__self__)

# Calling and binding them.
print(int.__add__(1, 2), int.__add__.__get__(5)(6), (1).__add__(2), list.__len__([1, 2, 3]))
print(int.__dict__["from_bytes"].__get__(None, int)(b"\x01\x00", "little"))
print(dict.__dict__["fromkeys"].__get__({}, dict)("ab"))

# A function bound to an object equals the same function bound to the same object.
x = [1]
y = [1]
print(x.append == x.append, x.append == y.append, x.append != y.append)
print((1).__add__ == (1).__add__, x.__len__ == x.__len__, x.__len__ == y.__len__)
print(hash(x.append) == hash(x.append), hash(x.__len__) == hash(x.__len__))
table = {x.append: "append", x.__len__: "len", len: "builtin"}
print(table[x.append], table[x.__len__], table[len], x.append in table, y.append in table)
print(int.from_bytes == int.from_bytes, len == len, len == print)

# What inspect and types make of them.
import inspect
import types

print(inspect.ismethoddescriptor(int.__add__), inspect.ismethoddescriptor(str.center), inspect.ismethoddescriptor((1).__add__))
print(inspect.isbuiltin(len), inspect.isbuiltin("a".center), inspect.isbuiltin((1).__add__), inspect.ismethodwrapper((1).__add__))
print([inspect.isroutine(f) for f in (int.__add__, (1).__add__, str.center, "a".center, len, int.__dict__["from_bytes"])])
print(type(object.__init__) is types.WrapperDescriptorType, type(object().__str__) is types.MethodWrapperType,
      type(str.join) is types.MethodDescriptorType, type(dict.__dict__["fromkeys"]) is types.ClassMethodDescriptorType)
