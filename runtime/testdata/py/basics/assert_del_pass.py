x = [1, 2, 3, 4, 5]
del x[0]
del x[1:3]
print(x)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class C:
    pass
c = C()
c.attr = 1
del c.attr
print(hasattr(c, "attr"))
y = 10
del y
try:
    print(y)
except NameError as e:
    print("NameError:", e)
assert True, "never"
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
