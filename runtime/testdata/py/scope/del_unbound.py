a = 1
del a
try:
    a
except NameError as e:
    print(e)
def f():
    b = 1
    del b
    return b
try:
    f()
except UnboundLocalError as e:
    print(e)
lst = [1, 2, 3]
del lst[0]
print(lst)
class O: pass
o = O()
o.x = 1
del o.x
print(hasattr(o, "x"))
